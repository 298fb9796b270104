#include "newvmpages.h"
#include "newvmwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>


ResourcesPage::ResourcesPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_memory(new QSpinBox(this))
    , m_cpus(new QSpinBox(this))
    , m_memoryHint(new QLabel(this))
    , m_cpuHint(new QLabel(this))
    , m_chipset(new QComboBox(this))
    , m_firmware(new QComboBox(this))
    , m_secureBoot(new QCheckBox(this))
    , m_tpm(new QCheckBox(this))
    , m_firmwareHint(new QLabel(this))
    , m_tpmHint(new QLabel(this))
    , m_osHint(new QLabel(this))
{
    setObjectName(QStringLiteral("resourcesPage"));
    m_memory->setObjectName(QStringLiteral("memory"));
    m_memory->setRange(16, 16 * 1024 * 1024);
    m_memory->setSingleStep(256);
    m_cpus->setObjectName(QStringLiteral("vcpus"));
    m_cpus->setRange(1, 4096);
    m_chipset->setObjectName(QStringLiteral("chipset"));
    m_firmware->setObjectName(QStringLiteral("firmware"));
    m_secureBoot->setObjectName(QStringLiteral("secureBoot"));
    m_tpm->setObjectName(QStringLiteral("tpm"));
    m_osHint->setObjectName(QStringLiteral("resourcesOsHint"));
    for (QLabel *hint : {m_memoryHint, m_cpuHint, m_firmwareHint, m_tpmHint, m_osHint})
        hint->setWordWrap(true);
    m_chipset->addItem(QString(), true);
    m_chipset->addItem(QString(), false);
    m_firmware->addItem(QString(), false);
    m_firmware->addItem(QString(), true);
    auto *layout = new QFormLayout(this);
    layout->addRow(m_osHint);
    layout->addRow(buddyLabel(m_memory), m_memory);
    layout->addRow(QString(), m_memoryHint);
    layout->addRow(buddyLabel(m_cpus), m_cpus);
    layout->addRow(QString(), m_cpuHint);
    layout->addRow(buddyLabel(m_chipset), m_chipset);
    layout->addRow(buddyLabel(m_firmware), m_firmware);
    layout->addRow(QString(), m_secureBoot);
    layout->addRow(QString(), m_firmwareHint);
    layout->addRow(QString(), m_tpm);
    layout->addRow(QString(), m_tpmHint);
    connect(m_firmware, &QComboBox::currentIndexChanged, this, &ResourcesPage::updateHints);
    connect(m_memory, &QSpinBox::valueChanged, this, &ResourcesPage::updateHints);
    connect(m_cpus, &QSpinBox::valueChanged, this, &ResourcesPage::updateHints);
    connect(m_wizard, &NewVmWizard::hostLoaded, this, &ResourcesPage::updateHints);
}

void ResourcesPage::retranslate()
{
    setTitle(tr("Memory, CPUs and firmware"));
    setBuddyText(m_memory, tr("&Memory:"));
    setBuddyText(m_cpus, tr("&vCPUs:"));
    setBuddyText(m_chipset, tr("C&hipset:"));
    setBuddyText(m_firmware, tr("&Firmware:"));
    //: Unit suffix of a memory size in mebibytes
    m_memory->setSuffix(tr(" MiB"));
    m_chipset->setItemText(0, tr("Q35 (PCI Express; for current systems)"));
    m_chipset->setItemText(1, tr("i440FX (PCI; for old systems)"));
    m_firmware->setItemText(0, tr("BIOS"));
    m_firmware->setItemText(1, tr("UEFI"));
    m_secureBoot->setText(tr("&Secure boot"));
    m_tpm->setText(tr("Add an emulated &TPM 2.0"));
    updateHints();
}

void ResourcesPage::initializePage()
{
    // The OS's recommendations, once per OS: a value the user changed stays while the OS does.
    const auto &os = m_wizard->os();
    const QString key = os ? os->id : QStringLiteral("generic");
    if (key == m_initializedFor) {
        updateHints();
        return;
    }
    m_initializedFor = key;
    const NewVmHost &host = m_wizard->host();
    qint64 ram = os && os->recommendedRamBytes > 0 ? os->recommendedRamBytes : (os && os->minimumRamBytes > 0 ? os->minimumRamBytes : 2048LL << 20);
    if (host.host.memoryKiB > 0)
        ram = qMin<qint64>(ram, qint64(host.host.memoryKiB) * 1024 / 2); // never half the host's memory or more by default
    m_memory->setValue(int(qMax<qint64>(ram >> 20, 256)));
    int cpus = os && os->recommendedCpus > 0 ? os->recommendedCpus : 2;
    if (host.host.cpus > 0)
        cpus = qMin(cpus, host.host.cpus);
    m_cpus->setValue(qMax(cpus, 1));
    m_chipset->setCurrentIndex(os && !os->devices.q35 ? 1 : 0);
    const bool uefi = os && os->devices.uefiRequired && host.caps.efi;
    m_firmware->setCurrentIndex(uefi ? 1 : 0);
    m_secureBoot->setChecked(uefi && os->devices.secureBoot && host.caps.secureBoot);
    m_tpm->setChecked(os && os->devices.tpm2 && host.caps.tpmEmulator());
    m_osHint->setText(os ? tr("Recommended for %1: the values below. Every choice can be changed.").arg(os->name)
                         : tr("No operating system was chosen: the values below suit most current systems."));
    updateHints();
}

void ResourcesPage::updateHints()
{
    const NewVmHost &host = m_wizard->host();
    const QLocale locale;
    if (host.host.memoryKiB > 0) {
        m_memoryHint->setText(tr("The host has %1 of memory, %2 of it free.")
                                  .arg(locale.formattedDataSize(qint64(host.host.memoryKiB) * 1024), locale.formattedDataSize(qint64(host.host.freeMemoryKiB) * 1024)));
        m_memory->setMaximum(int(qMin<quint64>(host.host.memoryKiB / 1024, 16 * 1024 * 1024)));
    } else {
        m_memoryHint->setText(tr("The host's memory is not known."));
    }
    if (host.caps.maxVcpus > 0)
        m_cpus->setMaximum(host.caps.maxVcpus);
    if (host.host.cpus > 0 && m_cpus->value() > host.host.cpus)
        m_cpuHint->setText(tr("The host has %n CPU(s): more vCPUs than that make the VM slower, not faster.", nullptr, host.host.cpus));
    else if (host.host.cpus > 0)
        m_cpuHint->setText(tr("The host has %n CPU(s).", nullptr, host.host.cpus));
    else
        m_cpuHint->clear();
    const bool uefi = m_firmware->currentIndex() == 1;
    m_firmware->setEnabled(host.caps.efi || uefi);
    m_secureBoot->setEnabled(uefi && host.caps.secureBoot);
    if (!uefi)
        m_secureBoot->setChecked(false);
    const auto &os = m_wizard->os();
    if (!host.caps.efi)
        m_firmwareHint->setText(tr("UEFI needs OVMF firmware on the host (the Debian package ovmf, edk2-ovmf on Fedora and CentOS)."));
    else if (uefi && !host.caps.secureBoot)
        m_firmwareHint->setText(tr("The host's OVMF firmware has no secure boot variant."));
    else if (!uefi && os && os->devices.uefiRequired)
        m_firmwareHint->setText(tr("%1 needs UEFI firmware.").arg(os->name));
    else
        m_firmwareHint->clear();
    m_tpm->setEnabled(host.caps.tpmEmulator() || m_tpm->isChecked());
    if (!host.caps.tpmEmulator())
        m_tpmHint->setText(os && os->devices.tpm2 ? tr("%1 needs a TPM 2.0, and an emulated one needs swtpm on the host (the Debian package swtpm-tools).").arg(os->name)
                                                  : tr("An emulated TPM needs swtpm on the host (the Debian package swtpm-tools)."));
    else
        m_tpmHint->clear();
}

bool ResourcesPage::validatePage()
{
    VmSpec &spec = m_wizard->spec();
    spec.memoryMiB = quint64(m_memory->value());
    spec.vcpus = m_cpus->value();
    spec.q35 = m_chipset->currentData().toBool();
    spec.uefi = m_firmware->currentIndex() == 1;
    spec.secureBoot = spec.uefi && m_secureBoot->isChecked();
    spec.tpm = m_tpm->isChecked() && m_tpm->isEnabled();
    return true;
}
