#include "newvmpages.h"
#include "newvmwizard.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

MethodPage::MethodPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_methods(new QButtonGroup(this))
    , m_local(new QRadioButton(this))
    , m_tree(new QRadioButton(this))
    , m_import(new QRadioButton(this))
    , m_pxe(new QRadioButton(this))
    , m_empty(new QRadioButton(this))
    , m_hostLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("methodPage"));
    const std::pair<QRadioButton *, VmSpec::InstallMethod> buttons[] = {
        {m_local, VmSpec::InstallMethod::LocalMedia}, {m_tree, VmSpec::InstallMethod::NetworkTree},
        {m_import, VmSpec::InstallMethod::ImportDisk}, {m_pxe, VmSpec::InstallMethod::Pxe},
        {m_empty, VmSpec::InstallMethod::Empty}};
    const char *names[] = {"methodLocal", "methodTree", "methodImport", "methodPxe", "methodEmpty"};
    auto *layout = new QVBoxLayout(this);
    int i = 0;
    for (const auto &[button, method] : buttons) {
        button->setObjectName(QLatin1String(names[i++]));
        m_methods->addButton(button, int(method));
        layout->addWidget(button);
    }
    m_local->setChecked(true);
    layout->addSpacing(12);
    m_hostLabel->setObjectName(QStringLiteral("methodHost"));
    m_hostLabel->setWordWrap(true);
    layout->addWidget(m_hostLabel);
    layout->addStretch(1);
    connect(m_wizard, &NewVmWizard::hostLoaded, this, &MethodPage::hostLoaded);
}

void MethodPage::retranslate()
{
    setTitle(tr("How will the operating system be installed?"));
    m_local->setText(tr("From an installation ISO image or CD-ROM on the host"));
    m_tree->setText(tr("From a network install tree (HTTP, HTTPS or FTP)"));
    m_import->setText(tr("Import an existing disk image"));
    m_pxe->setText(tr("Network boot (PXE)"));
    m_empty->setText(tr("No installation: create an empty VM"));
    hostLoaded();
}

void MethodPage::hostLoaded()
{
    const NewVmHost &host = m_wizard->host();
    if (!host.loaded) {
        m_hostLabel->setText(tr("Reading what the host offers…"));
        return;
    }
    if (!host.loadError.isEmpty()) {
        m_hostLabel->setText(tr("The host's capabilities could not be read: %1").arg(host.loadError));
        return;
    }
    if (host.caps.domainType == QLatin1String("kvm"))
        m_hostLabel->setText(tr("VMs on this host run with KVM hardware acceleration."));
    else
        m_hostLabel->setText(tr("This host has no KVM: VMs run in QEMU's software emulation (TCG), which is much slower. "
                                "Enable virtualization in the host's firmware if its CPU has it."));
}

void MethodPage::initializePage()
{
    hostLoaded();
}

bool MethodPage::validatePage()
{
    m_wizard->spec().method = VmSpec::InstallMethod(m_methods->checkedId());
    return true;
}
