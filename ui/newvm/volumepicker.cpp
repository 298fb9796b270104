#include "volumepicker.h"

#include "connection.h"
#include "filename.h"
#include <QLocale>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

VolumePicker::VolumePicker(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_pools(new QComboBox(this))
    , m_volumes(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("volumePicker"));
    setWindowTitle(tr("Choose a Volume"));
    m_pools->setObjectName(QStringLiteral("volumePickerPools"));
    m_pools->setAccessibleName(tr("Storage pool"));
    m_volumes->setObjectName(QStringLiteral("volumePickerVolumes"));
    m_volumes->setAccessibleName(tr("Volumes"));
    m_volumes->setRootIsDecorated(false);
    m_volumes->setHeaderLabels({tr("Name"), tr("Size"), tr("Format")});
    m_volumes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&hoose"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (selected().path.isEmpty())
            return;
        emit picked(selected());
        accept();
    });
    connect(m_volumes, &QTreeWidget::itemSelectionChanged, this, [this, buttons]() {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!selected().path.isEmpty());
    });
    connect(m_volumes, &QTreeWidget::itemDoubleClicked, buttons, &QDialogButtonBox::accepted);
    connect(m_pools, &QComboBox::currentIndexChanged, this, &VolumePicker::loadVolumes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pools);
    layout->addWidget(m_volumes, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 420);

    m_status->setText(tr("Reading the host's storage pools…"));
    if (!m_connection)
        return;
    m_connection->storagePools().then(this, [this](const Result<QVector<StoragePoolInfo>> &r) {
        if (!r) {
            m_status->setText(tr("The host's storage pools could not be read: %1").arg(r.error().message));
            return;
        }
        if (r.value().isEmpty()) {
            m_status->setText(tr("This host has no storage pools."));
            return;
        }
        m_status->clear();
        for (const StoragePoolInfo &pool : r.value())
            m_pools->addItem(pool.active ? pool.name : tr("%1 (inactive)").arg(pool.name), pool.name);
    });
}

StorageVolumeInfo VolumePicker::selected() const
{
    const QTreeWidgetItem *item = m_volumes->currentItem();
    if (!item)
        return {};
    const int row = item->data(0, Qt::UserRole).toInt();
    return row >= 0 && row < m_list.size() ? m_list.at(row) : StorageVolumeInfo{};
}

void VolumePicker::loadVolumes()
{
    m_volumes->clear();
    m_list.clear();
    const QString pool = m_pools->currentData().toString();
    if (!m_connection || pool.isEmpty())
        return;
    const int generation = ++m_generation;
    m_status->setText(tr("Reading the volumes of %1…").arg(pool));
    m_connection->storageVolumes(pool).then(this, [this, generation, pool](const Result<QVector<StorageVolumeInfo>> &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            m_status->setText(tr("The volumes of %1 could not be read: %2").arg(pool, r.error().message));
            return;
        }
        m_status->clear();
        m_list = r.value();
        QList<QTreeWidgetItem *> items;
        for (int i = 0; i < m_list.size(); ++i) {
            const StorageVolumeInfo &v = m_list.at(i);
            auto *item = new QTreeWidgetItem({v.name, v.capacity >= 0 ? QLocale().formattedDataSize(v.capacity) : QString(), v.format});
            item->setToolTip(0, FileName::display(v.path));
            item->setData(0, Qt::UserRole, i);
            items << item;
        }
        m_volumes->addTopLevelItems(items);
        if (m_list.isEmpty())
            m_status->setText(tr("The pool %1 holds no volumes.").arg(pool));
    });
}
