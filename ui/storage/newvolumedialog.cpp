#include "newvolumedialog.h"

#include "filename.h"
#include "storagepoolmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
}

NewVolumeDialog::NewVolumeDialog(const QString &pool, const QVector<StorageVolumeInfo> &volumes, qint64 available,
                                 QWidget *parent)
    : QDialog(parent)
    , m_pool(pool)
    , m_available(available)
    , m_name(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_capacity(new QDoubleSpinBox(this))
    , m_useBacking(new QCheckBox(tr("Create it as an overlay on an existing volume"), this))
    , m_backing(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newVolumeDialog"));
    setWindowTitle(tr("New Volume in %1").arg(pool));
    setMinimumWidth(440);
    m_name->setObjectName(QStringLiteral("volumeName"));
    m_format->setObjectName(QStringLiteral("volumeFormat"));
    m_capacity->setObjectName(QStringLiteral("volumeCapacity"));
    m_useBacking->setObjectName(QStringLiteral("volumeUseBacking"));
    m_backing->setObjectName(QStringLiteral("volumeBacking"));
    m_backing->setAccessibleName(tr("Backing volume"));
    m_hint->setObjectName(QStringLiteral("volumeHint"));
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createVolumeButton"));

    m_format->addItem(QStringLiteral("qcow2"), QStringLiteral("qcow2"));
    m_format->addItem(QStringLiteral("raw"), QStringLiteral("raw"));
    m_capacity->setDecimals(1);
    m_capacity->setRange(0.1, 64 * 1024);
    m_capacity->setValue(20);
    //: Unit after the size of a new volume
    m_capacity->setSuffix(tr(" GiB"));
    for (const StorageVolumeInfo &v : volumes) {
        m_names << v.name;
        if (v.format == QLatin1String("qcow2") || v.format == QLatin1String("raw")) {
            m_backings << v;
            m_backing->addItem(tr("%1 (%2, %3)").arg(FileName::display(v.name), v.format, StoragePoolModel::formatBytes(v.capacity)),
                               v.path);
        }
    }
    m_useBacking->setEnabled(!m_backings.isEmpty());
    m_backing->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Capacity:"), m_capacity);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_useBacking);
    layout->addWidget(m_backing);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewVolumeDialog::validate);
    connect(m_format, &QComboBox::currentIndexChanged, this, &NewVolumeDialog::validate);
    connect(m_capacity, &QDoubleSpinBox::valueChanged, this, &NewVolumeDialog::validate);
    connect(m_useBacking, &QCheckBox::toggled, this, &NewVolumeDialog::backingChanged);
    connect(m_backing, &QComboBox::currentIndexChanged, this, &NewVolumeDialog::backingChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void NewVolumeDialog::backingChanged()
{
    const bool on = m_useBacking->isChecked();
    m_backing->setEnabled(on);
    if (on) {
        // An overlay is qcow2 and at least as large as what it reads through to.
        m_format->setCurrentIndex(m_format->findData(QStringLiteral("qcow2")));
        const int i = m_backing->currentIndex();
        if (i >= 0 && m_backings.at(i).capacity > 0)
            m_capacity->setValue(qMax(m_capacity->value(), double(m_backings.at(i).capacity) / kGiB));
    }
    m_format->setEnabled(!on);
    validate();
}

void NewVolumeDialog::validate()
{
    const QString name = m_name->text().trimmed();
    QString problem;
    if (name.isEmpty())
        problem = tr("Give the volume a name.");
    else if (name.contains(QLatin1Char('/')))
        problem = tr("A volume's name cannot contain \"/\".");
    else if (m_names.contains(name) || m_names.contains(request().name))
        problem = tr("The pool already has a volume named %1.").arg(request().name);
    QString note;
    if (problem.isEmpty() && m_available >= 0 && qint64(m_capacity->value() * kGiB) > m_available)
        // Allowed (volumes are sparse), but the guest may fill the pool.
        note = tr("The pool has %1 free: the volume can be made, but the guest cannot fill it.")
                   .arg(StoragePoolModel::formatBytes(m_available));
    m_hint->setText(problem.isEmpty() ? note : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

VolumeRequest NewVolumeDialog::request() const
{
    VolumeRequest r;
    r.pool = m_pool;
    r.format = m_format->currentData().toString();
    r.name = m_name->text().trimmed();
    const QString suffix = QLatin1Char('.') + r.format;
    if (!r.name.isEmpty() && !r.name.contains(QLatin1Char('.')))
        r.name += suffix;
    r.capacity = qint64(m_capacity->value() * kGiB);
    if (m_useBacking->isChecked() && m_backing->currentIndex() >= 0) {
        const StorageVolumeInfo &b = m_backings.at(m_backing->currentIndex());
        r.backingPath = b.path;
        r.backingFormat = b.format;
        r.format = QStringLiteral("qcow2");
    }
    return r;
}
