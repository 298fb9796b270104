#include "hoststoragepage.h"

#include "banner.h"
#include "connection.h"
#include "filename.h"
#include "messagebox.h"
#include "newpooldialog.h"
#include "storagepoolmodel.h"
#include "storagevolumemodel.h"
#include "transferpanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

QTreeView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(name);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true); // thousands of volumes: no per-row size queries
    view->setAllColumnsShowFocus(true);
    view->setSortingEnabled(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

} // namespace

HostStoragePage::HostStoragePage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_pools(new StoragePoolModel(connection, this))
    , m_volumes(new StorageVolumeModel(connection, this))
    , m_volumeProxy(new QSortFilterProxyModel(this))
    , m_banner(new Banner(this))
    , m_poolsTitle(new QLabel(this))
    , m_poolView(makeTable(this, QStringLiteral("poolView")))
    , m_newPool(new QPushButton(this))
    , m_startPool(new QPushButton(this))
    , m_stopPool(new QPushButton(this))
    , m_autostart(new QCheckBox(this))
    , m_refreshPool(new QPushButton(this))
    , m_deletePool(new QPushButton(this))
    , m_details(new QLabel(this))
    , m_capacityBar(new QProgressBar(this))
    , m_volumesTitle(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_volumeView(makeTable(this, QStringLiteral("volumeView")))
    , m_newVolume(new QPushButton(this))
    , m_resize(new QPushButton(this))
    , m_wipe(new QPushButton(this))
    , m_deleteVolume(new QPushButton(this))
    , m_upload(new QPushButton(this))
    , m_uploadMenu(new QMenu(this))
    , m_download(new QPushButton(this))
    , m_transfers(new TransferPanel(this))
{
    setObjectName(QStringLiteral("storagePage"));
    m_banner->hide();
    m_poolView->setModel(m_pools);
    m_poolView->sortByColumn(-1, Qt::AscendingOrder);
    m_poolView->setSortingEnabled(false);
    m_volumeProxy->setSourceModel(m_volumes);
    m_volumeProxy->setSortRole(StorageVolumeModel::SortRole);
    m_volumeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_volumeProxy->setFilterKeyColumn(-1);
    m_volumeView->setModel(m_volumeProxy);
    m_volumeView->sortByColumn(StorageVolumeModel::NameColumn, Qt::AscendingOrder);
    m_volumeView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_volumeView->header()->resizeSection(StorageVolumeModel::NameColumn, 220);
    m_volumeView->header()->resizeSection(StorageVolumeModel::PathColumn, 300);
    for (int c : {StoragePoolModel::StateColumn, StoragePoolModel::AutostartColumn, StoragePoolModel::TypeColumn})
        m_poolView->header()->resizeSection(c, 70);
    m_poolView->header()->resizeSection(StoragePoolModel::NameColumn, 160);
    m_poolView->header()->resizeSection(StoragePoolModel::PathColumn, 200);
    for (int c : {StoragePoolModel::CapacityColumn, StoragePoolModel::AllocationColumn, StoragePoolModel::AvailableColumn})
        m_poolView->header()->resizeSection(c, 85);
    m_volumeView->header()->resizeSection(StorageVolumeModel::FormatColumn, 60);
    m_volumeView->header()->resizeSection(StorageVolumeModel::CapacityColumn, 85);
    m_volumeView->header()->resizeSection(StorageVolumeModel::AllocationColumn, 85);

    m_newPool->setObjectName(QStringLiteral("newPoolButton"));
    m_startPool->setObjectName(QStringLiteral("startPoolButton"));
    m_stopPool->setObjectName(QStringLiteral("stopPoolButton"));
    m_autostart->setObjectName(QStringLiteral("poolAutostartCheck"));
    m_refreshPool->setObjectName(QStringLiteral("refreshPoolButton"));
    m_deletePool->setObjectName(QStringLiteral("deletePoolButton"));
    m_details->setObjectName(QStringLiteral("poolDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_capacityBar->setObjectName(QStringLiteral("poolCapacityBar"));
    m_capacityBar->setRange(0, 1000);
    m_filter->setObjectName(QStringLiteral("volumeFilter"));
    m_filter->setClearButtonEnabled(true);
    m_newVolume->setObjectName(QStringLiteral("newVolumeButton"));
    m_resize->setObjectName(QStringLiteral("resizeVolumeButton"));
    m_wipe->setObjectName(QStringLiteral("wipeVolumeButton"));
    m_deleteVolume->setObjectName(QStringLiteral("deleteVolumeButton"));
    m_upload->setObjectName(QStringLiteral("uploadButton"));
    m_download->setObjectName(QStringLiteral("downloadButton"));
    m_upload->setMenu(m_uploadMenu);
    m_poolsTitle->setBuddy(m_poolView);
    m_volumesTitle->setBuddy(m_volumeView);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_poolsTitle);
    topLayout->addWidget(m_poolView, 1);
    auto *poolButtons = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_newPool, m_startPool, m_stopPool, m_autostart, m_refreshPool})
        poolButtons->addWidget(w);
    poolButtons->addStretch();
    poolButtons->addWidget(m_deletePool);
    topLayout->addLayout(poolButtons);
    auto *details = new QHBoxLayout;
    details->addWidget(m_details, 2);
    details->addWidget(m_capacityBar, 1);
    topLayout->addLayout(details);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_volumesTitle);
    filterRow->addStretch();
    filterRow->addWidget(m_filter, 1);
    bottomLayout->addLayout(filterRow);
    bottomLayout->addWidget(m_volumeView, 1);
    auto *volumeButtons = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_newVolume, m_resize, m_wipe, m_upload, m_download})
        volumeButtons->addWidget(w);
    volumeButtons->addStretch();
    volumeButtons->addWidget(m_deleteVolume);
    bottomLayout->addLayout(volumeButtons);
    bottomLayout->addWidget(m_transfers);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_pools, &StoragePoolModel::loaded, this, [this] {
        m_banner->hide();
        if (m_currentPool.isEmpty() || m_pools->rowOf(m_currentPool) < 0)
            selectPool(m_pools->pools().isEmpty() ? QString() : m_pools->pools().constFirst().name);
        updateDetails();
        updateButtons();
    });
    connect(m_pools, &StoragePoolModel::loadFailed, this, [this](const QString &error) {
        m_banner->showMessage(Banner::Kind::Error, tr("The host's storage pools could not be listed: %1").arg(error));
        m_banner->show();
    });
    // A pool that was stopped or started lists other volumes.
    connect(m_pools, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int row = m_pools->rowOf(m_currentPool);
        if (row >= from.row() && row <= to.row()) {
            updateDetails();
            updateButtons();
            if (from.column() <= StoragePoolModel::StateColumn && to.column() >= StoragePoolModel::StateColumn)
                m_volumes->reload();
        }
    });
    connect(m_pools, &QAbstractItemModel::modelReset, this, [this] {
        if (m_pools->rowOf(m_currentPool) >= 0)
            selectPool(m_currentPool);
    });
    connect(m_volumes, &StorageVolumeModel::loadFailed, this, [this](const QString &error) {
        m_banner->showMessage(Banner::Kind::Error, tr("The volumes of pool %1 could not be listed: %2").arg(m_currentPool, error));
        m_banner->show();
    });
    connect(m_volumes, &QAbstractItemModel::modelReset, this, &HostStoragePage::updateButtons);
    // A volume just made is selected once a list holding it arrives.
    connect(m_volumes, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selectAfterLoad.isEmpty() && m_volumes->rowOf(m_selectAfterLoad) >= 0)
            selectVolume(std::exchange(m_selectAfterLoad, QString()));
    });
    connect(m_poolView->selectionModel(), &QItemSelectionModel::currentChanged, this, &HostStoragePage::poolSelected);
    connect(m_volumeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &HostStoragePage::updateButtons);
    connect(m_filter, &QLineEdit::textChanged, m_volumeProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_newPool, &QPushButton::clicked, this, &HostStoragePage::newPool);
    connect(m_startPool, &QPushButton::clicked, this, [this] { startStopPool(true); });
    connect(m_stopPool, &QPushButton::clicked, this, [this] { startStopPool(false); });
    connect(m_autostart, &QCheckBox::clicked, this, &HostStoragePage::setAutostart);
    connect(m_refreshPool, &QPushButton::clicked, this, &HostStoragePage::refreshPool);
    connect(m_deletePool, &QPushButton::clicked, this, &HostStoragePage::deletePool);
    connect(m_newVolume, &QPushButton::clicked, this, &HostStoragePage::newVolume);
    connect(m_resize, &QPushButton::clicked, this, &HostStoragePage::resizeVolume);
    connect(m_wipe, &QPushButton::clicked, this, &HostStoragePage::wipeVolume);
    connect(m_deleteVolume, &QPushButton::clicked, this, &HostStoragePage::deleteVolume);
    connect(m_download, &QPushButton::clicked, this, &HostStoragePage::download);
    connect(m_volumeView, &QWidget::customContextMenuRequested, this, &HostStoragePage::volumeMenu);
    connect(m_transfers, &TransferPanel::transferFinished, this,
            [this](bool ok, bool cancelled, const QString &description, const QString &error) {
                m_volumes->reload();
                if (!ok && !cancelled)
                    failed(tr("Transfer"), tr("%1 failed.").arg(description), error);
            });
    if (connection) {
        connect(connection, &Connection::stateChanged, this, [this](ConnectionState s) {
            if (s == ConnectionState::Connected && m_shown)
                reload();
        });
    }
    retranslate();
    updateButtons();
}

void HostStoragePage::retranslate()
{
    m_poolsTitle->setText(tr("Storage &pools:"));
    //: Button: make a new storage pool
    m_newPool->setText(tr("New Pool…"));
    //: Button: start (activate) the storage pool
    m_startPool->setText(tr("Start"));
    //: Button: stop (deactivate) the storage pool
    m_stopPool->setText(tr("Stop"));
    m_autostart->setText(tr("Start with the host"));
    //: Button: have libvirt read the pool's folder again
    m_refreshPool->setText(tr("Refresh"));
    //: Button: delete the storage pool (asks what to remove)
    m_deletePool->setText(tr("Delete Pool…"));
    m_volumesTitle->setText(tr("&Volumes:"));
    //: Text on the pool's capacity bar; %p is the percentage
    m_capacityBar->setFormat(tr("%p% used"));
    m_filter->setPlaceholderText(tr("Filter volumes"));
    m_filter->setAccessibleName(tr("Filter volumes"));
    //: Button: make a new volume in the pool
    m_newVolume->setText(tr("New Volume…"));
    //: Button: change the volume's capacity
    m_resize->setText(tr("Resize…"));
    //: Button: overwrite the volume's data with zeros
    m_wipe->setText(tr("Wipe…"));
    //: Button: delete the volume
    m_deleteVolume->setText(tr("Delete Volume…"));
    //: Button with a menu: copy a local file onto the host
    m_upload->setText(tr("Upload"));
    //: Button: copy the volume into a local file
    m_download->setText(tr("Download…"));
    m_uploadMenu->clear();
    m_uploadMenu->addAction(tr("Upload a File into a New Volume…"), this, [this] { upload(false); })
        ->setObjectName(QStringLiteral("uploadNewAction"));
    m_uploadMenu->addAction(tr("Upload a File into the Selected Volume…"), this, [this] { upload(true); })
        ->setObjectName(QStringLiteral("uploadIntoAction"));
    updateDetails();
}

void HostStoragePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HostStoragePage::showEvent(QShowEvent *event)
{
    // Nothing is read from the host until the page is first looked at.
    if (!std::exchange(m_shown, true))
        reload();
    QWidget::showEvent(event);
}

void HostStoragePage::reload()
{
    m_pools->reload();
    m_volumes->reload();
}

void HostStoragePage::selectPool(const QString &name)
{
    const int row = m_pools->rowOf(name);
    if (row < 0)
        return;
    m_poolView->setCurrentIndex(m_pools->index(row, 0));
    if (m_currentPool != name)
        poolSelected();
}

void HostStoragePage::selectVolume(const QString &path)
{
    const int row = m_volumes->rowOf(path);
    if (row < 0)
        return;
    m_volumeView->setCurrentIndex(m_volumeProxy->mapFromSource(m_volumes->index(row, 0)));
}

void HostStoragePage::poolSelected()
{
    const QModelIndex current = m_poolView->currentIndex();
    m_currentPool = current.isValid() ? current.data(StoragePoolModel::NameRole).toString() : QString();
    m_volumes->setPool(m_currentPool);
    updateDetails();
    updateButtons();
}

QString HostStoragePage::currentVolumePath() const
{
    const QModelIndex current = m_volumeView->currentIndex();
    return current.isValid() ? current.data(StorageVolumeModel::PathRole).toString() : QString();
}

void HostStoragePage::updateDetails()
{
    const StoragePoolInfo *p = m_pools->pool(m_currentPool);
    if (!p) {
        m_details->clear();
        m_capacityBar->hide();
        return;
    }
    if (!p->active || p->capacity <= 0) {
        //: Pool details: %1 the pool, %2 its type, %3 its folder on the host
        m_details->setText(tr("%1 (%2) at %3 is stopped.").arg(p->name, p->type, p->targetPath));
        m_capacityBar->hide();
        return;
    }
    //: Pool details: %1 the pool, %2 its type, %3 its folder, %4 used, %5 capacity, %6 free
    m_details->setText(tr("%1 (%2) at %3: %4 of %5 used, %6 free.")
                           .arg(p->name, p->type, p->targetPath, StoragePoolModel::formatBytes(p->allocation),
                                StoragePoolModel::formatBytes(p->capacity), StoragePoolModel::formatBytes(p->available)));
    const int used = int(p->allocation * 1000 / p->capacity);
    if (m_capacityBar->value() != used)
        m_capacityBar->setValue(used);
    m_capacityBar->setAccessibleName(tr("Space used in pool %1").arg(p->name));
    m_capacityBar->show();
}

void HostStoragePage::updateButtons()
{
    const StoragePoolInfo *p = m_pools->pool(m_currentPool);
    const bool active = p && p->active;
    const bool volume = active && !currentVolumePath().isEmpty();
    m_startPool->setEnabled(p && !p->active);
    m_stopPool->setEnabled(active);
    m_autostart->setEnabled(p && p->persistent);
    m_autostart->setChecked(p && p->autostart);
    m_refreshPool->setEnabled(active);
    m_deletePool->setEnabled(p != nullptr);
    m_newVolume->setEnabled(active);
    m_upload->setEnabled(active);
    m_uploadMenu->actions().value(1)->setEnabled(volume);
    for (QPushButton *b : {m_resize, m_wipe, m_deleteVolume, m_download})
        b->setEnabled(volume);
}

void HostStoragePage::failed(const QString &title, const QString &what, const QString &reason)
{
    MessageBox::error(this, title, what, reason);
}

void HostStoragePage::newPool()
{
    auto *dialog = new NewPoolDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_connection)
            return;
        const PoolRequest request = dialog->request();
        m_connection->defineStoragePool(poolXml(request), dialog->startNow(), dialog->autostart())
            .then(this, [this, request](const Result<QString> &r) {
                m_pools->reload();
                if (!r) {
                    failed(tr("New Storage Pool"), tr("The storage pool %1 could not be made.").arg(request.name), r.error().message);
                    return;
                }
                m_currentPool = r.value();
            });
    });
    dialog->open();
}

void HostStoragePage::startStopPool(bool start)
{
    const QString name = m_currentPool;
    if (name.isEmpty() || !m_connection)
        return;
    auto future = start ? m_connection->startStoragePool(name) : m_connection->stopStoragePool(name);
    future.then(this, [this, name, start](const VoidResult &r) {
        m_pools->reload();
        if (!r)
            failed(start ? tr("Start Pool") : tr("Stop Pool"),
                   start ? tr("The storage pool %1 could not be started.").arg(name)
                         : tr("The storage pool %1 could not be stopped.").arg(name),
                   r.error().message);
    });
}

void HostStoragePage::setAutostart(bool on)
{
    const QString name = m_currentPool;
    if (name.isEmpty() || !m_connection)
        return;
    m_connection->setStoragePoolAutostart(name, on).then(this, [this, name](const VoidResult &r) {
        m_pools->reload();
        if (!r)
            failed(tr("Autostart"), tr("Whether the storage pool %1 starts with the host could not be changed.").arg(name),
                   r.error().message);
    });
}

void HostStoragePage::refreshPool()
{
    const QString name = m_currentPool;
    if (name.isEmpty() || !m_connection)
        return;
    m_connection->refreshStoragePool(name).then(this, [this, name](const VoidResult &r) {
        m_pools->reload();
        m_volumes->reload();
        if (!r)
            failed(tr("Refresh"), tr("The storage pool %1 could not be read again.").arg(name), r.error().message);
    });
}

void HostStoragePage::deletePool()
{
    const StoragePoolInfo *p = m_pools->pool(m_currentPool);
    if (!p)
        return;
    const QString name = p->name;
    const QString where = p->targetPath.isEmpty() ? p->sourceDevice : p->targetPath;
    const QString text =
        tr("Delete the storage pool %1?\n\n"
           "\"Delete Pool Only\" stops it and removes its definition: its folder %2 and every volume in it stay on the host.\n\n"
           "\"Delete Pool and Folder\" also removes the pool's storage (for a folder pool the folder itself, which libvirt "
           "removes only when it is empty: delete the volumes first).")
            .arg(name, where);
    MessageBox::ask(this, QMessageBox::Warning, tr("Delete Storage Pool"), text,
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel,
                    {{QMessageBox::Yes, tr("Delete Pool Only")}, {QMessageBox::No, tr("Delete Pool and Folder")}}, this,
                    [this, name](QMessageBox::StandardButton answer) {
                        if (answer == QMessageBox::Cancel || !m_connection)
                            return;
                        const bool contents = answer == QMessageBox::No;
                        m_connection->deleteStoragePool(name, contents).then(this, [this, name](const VoidResult &r) {
                            m_pools->reload();
                            if (!r)
                                failed(tr("Delete Storage Pool"), tr("The storage pool %1 could not be deleted.").arg(name),
                                       r.error().message);
                        });
                    });
}
