#include "newvmpages.h"
#include "newvmwizard.h"
#include "volumepicker.h"

#include "filename.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

} // namespace

StoragePage::StoragePage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_new(new QRadioButton(this))
    , m_existing(new QRadioButton(this))
    , m_none(new QRadioButton(this))
    , m_pool(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_bus(new QComboBox(this))
    , m_size(new QDoubleSpinBox(this))
    , m_path(new QComboBox(this))
    , m_browse(new QPushButton(this))
    , m_createPool(new QPushButton(this))
    , m_poolHint(new QLabel(this))
    , m_importLabel(new QLabel(this))
    , m_busHint(new QLabel(this))
{
    setObjectName(QStringLiteral("storagePage"));
    m_new->setObjectName(QStringLiteral("storageNew"));
    m_existing->setObjectName(QStringLiteral("storageExisting"));
    m_none->setObjectName(QStringLiteral("storageNone"));
    m_pool->setObjectName(QStringLiteral("storagePool"));
    m_format->setObjectName(QStringLiteral("storageFormat"));
    m_bus->setObjectName(QStringLiteral("storageBus"));
    m_size->setObjectName(QStringLiteral("storageSize"));
    m_path->setObjectName(QStringLiteral("storagePath"));
    m_browse->setObjectName(QStringLiteral("storageBrowse"));
    m_createPool->setObjectName(QStringLiteral("storageCreatePool"));
    m_poolHint->setObjectName(QStringLiteral("storagePoolHint"));
    for (QLabel *l : {m_poolHint, m_importLabel, m_busHint})
        l->setWordWrap(true);
    m_path->setEditable(true);
    m_size->setRange(0.1, 65536);
    m_size->setDecimals(1);
    m_format->addItems({QStringLiteral("qcow2"), QStringLiteral("raw")});
    for (const char *bus : {"virtio", "sata", "scsi", "ide", "usb"})
        m_bus->addItem(QString(), QLatin1String(bus));
    m_new->setChecked(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_importLabel);
    layout->addWidget(m_new);
    auto *newForm = new QFormLayout;
    newForm->setContentsMargins(24, 0, 0, 0);
    newForm->addRow(buddyLabel(m_pool), m_pool);
    newForm->addRow(QString(), m_poolHint);
    newForm->addRow(QString(), m_createPool);
    newForm->addRow(buddyLabel(m_size), m_size);
    newForm->addRow(buddyLabel(m_format), m_format);
    layout->addLayout(newForm);
    layout->addWidget(m_existing);
    auto *existingRow = new QHBoxLayout;
    existingRow->setContentsMargins(24, 0, 0, 0);
    existingRow->addWidget(m_path, 1);
    existingRow->addWidget(m_browse);
    layout->addLayout(existingRow);
    layout->addWidget(m_none);
    auto *busForm = new QFormLayout;
    busForm->addRow(buddyLabel(m_bus), m_bus);
    busForm->addRow(QString(), m_busHint);
    layout->addLayout(busForm);
    layout->addStretch(1);

    for (QRadioButton *b : {m_new, m_existing, m_none})
        connect(b, &QRadioButton::toggled, this, &StoragePage::updateHints);
    connect(m_pool, &QComboBox::currentIndexChanged, this, &StoragePage::updateHints);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, &StoragePage::updateHints);
    connect(m_bus, &QComboBox::currentIndexChanged, this, &StoragePage::updateHints);
    connect(m_path, &QComboBox::currentTextChanged, this, &StoragePage::completeChanged);
    connect(m_createPool, &QPushButton::clicked, this, &StoragePage::createDefaultPool);
    connect(m_browse, &QPushButton::clicked, this, &StoragePage::browseStorage);
    connect(m_wizard, &NewVmWizard::hostLoaded, this, &StoragePage::fillPools);
}

void StoragePage::retranslate()
{
    setTitle(tr("Storage"));
    m_new->setText(tr("&Create a disk image"));
    m_existing->setText(tr("Use an &existing volume or disk image"));
    m_none->setText(tr("&No disk"));
    m_browse->setText(tr("&Browse…"));
    m_createPool->setText(tr("Create the storage pool \"default\" in /var/lib/libvirt/images"));
    //: Unit suffix of a disk size in gibibytes
    m_size->setSuffix(tr(" GiB"));
    m_size->setAccessibleName(tr("Disk size"));
    m_pool->setAccessibleName(tr("Storage pool"));
    m_format->setAccessibleName(tr("Disk image format"));
    m_path->setAccessibleName(tr("Path on the host"));
    m_bus->setAccessibleName(tr("Disk bus"));
    setBuddyText(m_pool, tr("&Pool:"));
    setBuddyText(m_size, tr("&Size:"));
    setBuddyText(m_format, tr("&Format:"));
    setBuddyText(m_bus, tr("Disk b&us:"));
    m_bus->setItemText(0, tr("VirtIO (fastest; needs VirtIO drivers)"));
    m_bus->setItemText(1, tr("SATA"));
    m_bus->setItemText(2, tr("SCSI (VirtIO SCSI)"));
    m_bus->setItemText(3, tr("IDE (i440FX only)"));
    m_bus->setItemText(4, tr("USB"));
    fillPools();
}

void StoragePage::fillPools()
{
    const QString current = m_pool->currentData().toString();
    const QSignalBlocker block(m_pool);
    m_pool->clear();
    const QLocale locale;
    for (const StoragePoolInfo &pool : m_wizard->host().pools) {
        const QString text = !pool.active ? tr("%1 (inactive)").arg(pool.name)
                             : pool.available >= 0 ? tr("%1 (%2, %3 free)").arg(pool.name, pool.type, locale.formattedDataSize(pool.available))
                                                   : tr("%1 (%2)").arg(pool.name, pool.type);
        m_pool->addItem(text, pool.name);
        if (pool.name == current || (current.isEmpty() && pool.name == QLatin1String("default")))
            m_pool->setCurrentIndex(m_pool->count() - 1);
    }
    updateHints();
}

void StoragePage::initializePage()
{
    const VmSpec &spec = m_wizard->spec();
    const bool import = spec.method == VmSpec::InstallMethod::ImportDisk;
    m_new->setVisible(!import);
    m_none->setVisible(!import);
    m_existing->setVisible(!import);
    m_pool->setEnabled(!import);
    m_importLabel->setVisible(import);
    if (import) {
        m_existing->setChecked(true);
        m_path->setEditText(FileName::display(spec.diskPath));
        m_path->setEnabled(false);
        m_browse->setVisible(false);
        m_importLabel->setText(tr("The VM boots from the image %1. QVirt does not copy it.").arg(FileName::display(spec.diskPath)));
        m_format->setCurrentText(spec.diskFormat);
    } else {
        m_path->setEnabled(true);
        m_browse->setVisible(true);
    }
    const auto &os = m_wizard->os();
    const QString key = (os ? os->id : QStringLiteral("generic")) + QString::number(int(spec.method)) + (spec.q35 ? u'q' : u'i');
    if (key != m_initializedFor) {
        m_initializedFor = key;
        const qint64 bytes = os && os->recommendedStorageBytes > 0 ? os->recommendedStorageBytes : 20LL * 1024 * 1024 * 1024;
        m_size->setValue(bytes / kGiB);
        QString bus = os ? os->devices.diskBus : QStringLiteral("virtio");
        if (bus == QLatin1String("ide") && spec.q35)
            bus = QStringLiteral("sata");
        m_bus->setCurrentIndex(qMax(0, m_bus->findData(bus)));
        if (spec.method == VmSpec::InstallMethod::Empty && !import)
            m_new->setChecked(true);
    }
    fillPools();
}

void StoragePage::updateHints()
{
    const NewVmHost &host = m_wizard->host();
    const bool noPools = host.loaded && host.pools.isEmpty();
    m_createPool->setVisible(noPools && m_new->isChecked());
    m_pool->setEnabled(m_new->isChecked() && !noPools);
    m_size->setEnabled(m_new->isChecked());
    m_format->setEnabled(m_new->isChecked() || m_wizard->spec().method == VmSpec::InstallMethod::ImportDisk);
    m_path->setEnabled(m_existing->isChecked() && m_wizard->spec().method != VmSpec::InstallMethod::ImportDisk);
    m_browse->setEnabled(m_existing->isChecked());
    m_bus->setEnabled(!m_none->isChecked());
    if (noPools) {
        m_poolHint->setText(tr("This host has no storage pools. A new disk image needs one."));
    } else if (m_new->isChecked()) {
        const QString poolName = m_pool->currentData().toString();
        m_poolHint->clear();
        for (const StoragePoolInfo &pool : host.pools) {
            if (pool.name != poolName)
                continue;
            if (!pool.active)
                m_poolHint->setText(tr("The pool %1 is not active: start it in the host's storage settings first.").arg(pool.name));
            else if (pool.available >= 0 && m_size->value() * kGiB > double(pool.available))
                m_poolHint->setText(tr("The disk may grow larger than the %1 free in this pool.").arg(QLocale().formattedDataSize(pool.available)));
        }
    } else {
        m_poolHint->clear();
    }
    const QString bus = m_bus->currentData().toString();
    if (bus == QLatin1String("ide") && m_wizard->spec().q35)
        m_busHint->setText(tr("The Q35 chipset has no IDE controller: choose SATA, or the i440FX chipset on the previous page."));
    else if (bus == QLatin1String("virtio") && m_wizard->os() && m_wizard->os()->devices.diskBus != QLatin1String("virtio"))
        m_busHint->setText(tr("%1 has no VirtIO drivers of its own: its installer will not see this disk without a driver disk.").arg(m_wizard->os()->name));
    else
        m_busHint->clear();
    emit completeChanged();
}

void StoragePage::createDefaultPool()
{
    Connection *connection = m_wizard->connection();
    if (!connection)
        return;
    m_createPool->setEnabled(false);
    const QString xml = QStringLiteral("<pool type='dir'><name>default</name><target><path>/var/lib/libvirt/images</path></target></pool>");
    connection->defineStoragePool(xml).then(this, [this](const Result<QString> &r) {
        m_createPool->setEnabled(true);
        if (!r) {
            MessageBox::error(this, tr("New VM"), tr("The storage pool \"default\" could not be created."), r.error().message,
                              tr("Check that /var/lib/libvirt/images can be made on the host, or choose an existing image instead."));
            return;
        }
        m_wizard->reloadHost();
    });
}

void StoragePage::browseStorage()
{
    auto *picker = new VolumePicker(m_wizard->connection(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &VolumePicker::picked, this, [this](const StorageVolumeInfo &volume) {
        m_path->setEditText(FileName::display(volume.path));
        if (!volume.format.isEmpty())
            m_format->setCurrentText(volume.format);
    });
    picker->open();
}

bool StoragePage::isComplete() const
{
    const NewVmHost &host = m_wizard->host();
    if (m_new->isChecked())
        return !m_pool->currentData().toString().isEmpty() && !(host.loaded && host.pools.isEmpty());
    if (m_existing->isChecked())
        return !m_path->currentText().trimmed().isEmpty();
    return true;
}

bool StoragePage::validatePage()
{
    VmSpec &spec = m_wizard->spec();
    spec.diskBus = m_bus->currentData().toString();
    if (spec.method == VmSpec::InstallMethod::ImportDisk) {
        spec.storage = VmSpec::Storage::Existing;
        spec.diskFormat = m_format->currentText();
        return true;
    }
    if (m_none->isChecked()) {
        spec.storage = VmSpec::Storage::None;
        return true;
    }
    if (m_existing->isChecked()) {
        spec.storage = VmSpec::Storage::Existing;
        spec.diskPath = m_path->currentText().trimmed();
        spec.diskFormat = m_format->currentText();
        return true;
    }
    spec.storage = VmSpec::Storage::NewVolume;
    spec.pool = m_pool->currentData().toString();
    spec.diskBytes = qint64(m_size->value() * kGiB);
    spec.diskFormat = m_format->currentText();
    // The name and path are settled on the summary page, with the VM's name.
    return true;
}
