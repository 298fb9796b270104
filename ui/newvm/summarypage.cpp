#include "newvmpages.h"
#include "newvmwizard.h"

#include "domainbuilder.h"
#include "filename.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>


SummaryPage::SummaryPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_nameHint(new QLabel(this))
    , m_summary(new QTextBrowser(this))
    , m_customize(new QCheckBox(this))
    , m_start(new QCheckBox(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    m_name->setObjectName(QStringLiteral("vmName"));
    m_nameHint->setObjectName(QStringLiteral("vmNameHint"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_customize->setObjectName(QStringLiteral("customize"));
    m_start->setObjectName(QStringLiteral("startAfter"));
    m_nameHint->setWordWrap(true);
    m_start->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(m_name), m_name);
    form->addRow(QString(), m_nameHint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_customize);
    layout->addWidget(m_start);
    connect(m_name, &QLineEdit::textChanged, this, [this]() {
        m_nameHint->setText(nameProblem());
        updateSummary();
        emit completeChanged();
    });
    connect(m_customize, &QCheckBox::toggled, this, [this]() { m_wizard->setCustomizedXml({}); });
}

void SummaryPage::retranslate()
{
    setTitle(tr("Ready to create the VM"));
    setBuddyText(m_name, tr("&Name:"));
    m_name->setAccessibleName(tr("Name of the VM"));
    m_summary->setAccessibleName(tr("Summary"));
    m_customize->setText(tr("C&ustomize the hardware before installing"));
    m_start->setText(tr("&Start the VM when it is created"));
    updateSummary();
}

QString SummaryPage::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the VM a name.");
    static const QRegularExpression allowed(QStringLiteral("^[^/\\\\<>&'\"\\s][^/\\\\<>&'\"]*$"));
    if (!allowed.match(name).hasMatch())
        return tr("A VM's name cannot contain / \\ < > & ' or \" or start with a space.");
    if (m_wizard->host().domainNames.contains(name))
        return tr("This host already has a VM named %1.").arg(name);
    return {};
}

bool SummaryPage::isComplete() const
{
    return nameProblem().isEmpty();
}

bool SummaryPage::customize() const
{
    return m_customize->isChecked();
}

bool SummaryPage::startAfter() const
{
    return m_start->isChecked();
}

void SummaryPage::initializePage()
{
    const VmSpec &spec = m_wizard->spec();
    if (m_name->text().isEmpty() || m_wizard->host().domainNames.contains(m_name->text())) {
        const auto &os = m_wizard->os();
        m_name->setText(DomainBuilder::uniqueName(os && !os->shortId.isEmpty() ? os->shortId : QStringLiteral("vm"), m_wizard->host().domainNames));
    }
    const bool installs = spec.method == VmSpec::InstallMethod::LocalMedia || spec.method == VmSpec::InstallMethod::NetworkTree
                          || spec.method == VmSpec::InstallMethod::Pxe;
    m_start->setChecked(spec.method != VmSpec::InstallMethod::Empty);
    m_wizard->setButtonText(QWizard::FinishButton, installs ? tr("&Begin Installation") : tr("&Create"));
    m_customize->setText(installs ? tr("C&ustomize the hardware before installing") : tr("C&ustomize the hardware before creating"));
    updateSummary();
}

void SummaryPage::updateSummary()
{
    VmSpec &spec = m_wizard->spec();
    spec.name = m_name->text().trimmed();
    QString poolPath;
    for (const StoragePoolInfo &pool : m_wizard->host().pools) {
        if (pool.name == spec.pool)
            poolPath = pool.targetPath;
    }
    if (spec.storage == VmSpec::Storage::NewVolume) {
        spec.volumeName = spec.name + (spec.diskFormat == QLatin1String("qcow2") ? QStringLiteral(".qcow2") : QStringLiteral(".img"));
        spec.diskPath = poolPath.isEmpty() ? spec.volumeName : poolPath + u'/' + spec.volumeName;
    }
    const QLocale locale;
    QString install;
    switch (spec.method) {
    case VmSpec::InstallMethod::LocalMedia:
        install = tr("From the ISO image %1").arg(FileName::display(spec.mediaPath));
        break;
    case VmSpec::InstallMethod::NetworkTree:
        install = tr("From the network install tree %1").arg(spec.treeUrl);
        break;
    case VmSpec::InstallMethod::ImportDisk:
        install = tr("Boots the existing image %1").arg(FileName::display(spec.diskPath));
        break;
    case VmSpec::InstallMethod::Pxe:
        install = tr("Boots from the network (PXE)");
        break;
    case VmSpec::InstallMethod::Empty:
        install = tr("No installation");
        break;
    }
    QString disk;
    switch (spec.storage) {
    case VmSpec::Storage::NewVolume:
        disk = tr("New %1 image of %2 in the pool %3 (%4), on the %5 bus")
                   .arg(spec.diskFormat, locale.formattedDataSize(spec.diskBytes), spec.pool, FileName::display(spec.diskPath), spec.diskBus);
        break;
    case VmSpec::Storage::Existing:
        disk = tr("%1 (%2), on the %3 bus").arg(FileName::display(spec.diskPath), spec.diskFormat, spec.diskBus);
        break;
    case VmSpec::Storage::None:
        disk = tr("None");
        break;
    }
    QString network;
    switch (spec.network) {
    case VmSpec::Network::Virtual:
        network = tr("Virtual network %1, %2").arg(spec.networkSource, spec.nicModel);
        break;
    case VmSpec::Network::Bridge:
        network = tr("Host bridge %1, %2").arg(spec.networkSource, spec.nicModel);
        break;
    case VmSpec::Network::Macvtap:
        network = tr("Macvtap on %1, %2").arg(spec.networkSource, spec.nicModel);
        break;
    case VmSpec::Network::User:
        network = tr("User-mode networking, %1").arg(spec.nicModel);
        break;
    case VmSpec::Network::None:
        network = tr("None");
        break;
    }
    const QString firmware = !spec.uefi ? tr("BIOS") : spec.secureBoot ? tr("UEFI with secure boot") : tr("UEFI");
    const auto &os = m_wizard->os();
    QString rows;
    auto row = [&rows](const QString &label, const QString &value) {
        rows += QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Operating system"), os ? os->name : tr("Generic"));
    row(tr("Installation"), install);
    row(tr("Memory"), locale.formattedDataSize(qint64(spec.memoryMiB) << 20));
    row(tr("vCPUs"), QString::number(spec.vcpus));
    row(tr("Chipset and firmware"), tr("%1, %2").arg(spec.q35 ? QStringLiteral("Q35") : QStringLiteral("i440FX"), firmware));
    row(tr("Disk"), disk);
    row(tr("Network"), network);
    row(tr("Display"), spec.vncPassword.isEmpty() ? tr("VNC on %1").arg(spec.vncListen) : tr("VNC on %1 with a password").arg(spec.vncListen));
    if (spec.tpm)
        row(tr("TPM"), tr("Emulated TPM 2.0"));
    m_summary->setHtml(QStringLiteral("<table>%1</table>").arg(rows));
}

bool SummaryPage::validatePage()
{
    updateSummary();
    return isComplete();
}
