#include "newvmpages.h"
#include "newvmwizard.h"
#include "bridgesteps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

// The kind and the name behind each entry of the source list.
QString sourceKey(VmSpec::Network kind, const QString &name)
{
    return QString::number(int(kind)) + u':' + name;
}

} // namespace

NetworkPage::NetworkPage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_source(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_listen(new QComboBox(this))
    , m_video(new QComboBox(this))
    , m_mac(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_startNetwork(new QCheckBox(this))
    , m_sourceHint(new QLabel(this))
    , m_displayHint(new QLabel(this))
    , m_bridgeHelp(new QLabel(this))
{
    setObjectName(QStringLiteral("networkPage"));
    m_source->setObjectName(QStringLiteral("networkSource"));
    m_model->setObjectName(QStringLiteral("nicModel"));
    m_listen->setObjectName(QStringLiteral("vncListen"));
    m_video->setObjectName(QStringLiteral("videoModel"));
    m_mac->setObjectName(QStringLiteral("nicMac"));
    m_password->setObjectName(QStringLiteral("vncPassword"));
    m_startNetwork->setObjectName(QStringLiteral("startNetwork"));
    m_bridgeHelp->setObjectName(QStringLiteral("bridgeHelp"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(8); // VNC uses the first eight characters only
    m_mac->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^([0-9A-Fa-f]{2}:){0,5}[0-9A-Fa-f]{0,2}$")), m_mac));
    for (QLabel *l : {m_sourceHint, m_displayHint, m_bridgeHelp})
        l->setWordWrap(true);
    m_bridgeHelp->setTextFormat(Qt::RichText);
    m_bridgeHelp->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (const char *model : {"virtio", "e1000e", "e1000", "rtl8139"})
        m_model->addItem(QLatin1String(model), QLatin1String(model));
    m_listen->addItem(QString(), QStringLiteral("127.0.0.1"));
    m_listen->addItem(QString(), QStringLiteral("0.0.0.0"));
    for (const char *video : {"virtio", "qxl", "vga", "bochs", "cirrus"})
        m_video->addItem(QLatin1String(video), QLatin1String(video));

    auto *netBox = new QGroupBox(this);
    netBox->setObjectName(QStringLiteral("networkGroup"));
    auto *netForm = new QFormLayout(netBox);
    netForm->addRow(buddyLabel(m_source), m_source);
    netForm->addRow(QString(), m_startNetwork);
    netForm->addRow(QString(), m_sourceHint);
    netForm->addRow(buddyLabel(m_model), m_model);
    netForm->addRow(buddyLabel(m_mac), m_mac);
    // The steps for three distributions are long: they scroll rather than grow the wizard.
    auto *bridgeScroll = new QScrollArea(this);
    bridgeScroll->setObjectName(QStringLiteral("bridgeHelpScroll"));
    bridgeScroll->setWidget(m_bridgeHelp);
    bridgeScroll->setWidgetResizable(true);
    bridgeScroll->setFrameShape(QFrame::NoFrame);
    bridgeScroll->setMaximumHeight(160);
    bridgeScroll->setVisible(false);
    netForm->addRow(bridgeScroll);
    auto *displayBox = new QGroupBox(this);
    displayBox->setObjectName(QStringLiteral("displayGroup"));
    auto *displayForm = new QFormLayout(displayBox);
    displayForm->addRow(buddyLabel(m_listen), m_listen);
    displayForm->addRow(buddyLabel(m_password), m_password);
    displayForm->addRow(QString(), m_displayHint);
    displayForm->addRow(buddyLabel(m_video), m_video);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(netBox);
    layout->addWidget(displayBox);
    layout->addStretch(1);
    connect(m_source, &QComboBox::currentIndexChanged, this, &NetworkPage::updateHints);
    connect(m_source, &QComboBox::activated, this, [this]() { m_source->setProperty("chosen", m_source->currentData()); });
    connect(m_listen, &QComboBox::currentIndexChanged, this, &NetworkPage::updateHints);
    connect(m_password, &QLineEdit::textChanged, this, &NetworkPage::updateHints);
    connect(m_wizard, &NewVmWizard::hostLoaded, this, &NetworkPage::fillSources);
}

void NetworkPage::retranslate()
{
    setTitle(tr("Network and display"));
    findChild<QGroupBox *>(QStringLiteral("networkGroup"))->setTitle(tr("Network"));
    findChild<QGroupBox *>(QStringLiteral("displayGroup"))->setTitle(tr("Display (VNC)"));
    setBuddyText(m_source, tr("&Connect to:"));
    setBuddyText(m_model, tr("Device &model:"));
    setBuddyText(m_mac, tr("&MAC address:"));
    setBuddyText(m_listen, tr("&Listen on:"));
    setBuddyText(m_password, tr("&Password:"));
    setBuddyText(m_video, tr("&Video:"));
    m_mac->setPlaceholderText(tr("Chosen by libvirt"));
    m_password->setPlaceholderText(tr("Optional"));
    m_listen->setItemText(0, tr("This host only (127.0.0.1; reach it through QVirt or an SSH tunnel)"));
    m_listen->setItemText(1, tr("Every network interface of the host (0.0.0.0)"));
    m_startNetwork->setText(tr("&Start this network now and whenever the host starts"));
    fillSources();
}

void NetworkPage::fillSources()
{
    const NewVmHost &host = m_wizard->host();
    // The user's own choice stays when the host's lists are read again; a default does not.
    const QString current = m_source->property("chosen").toString();
    const QSignalBlocker block(m_source);
    m_source->clear();
    for (const NetworkInfo &net : host.networks) {
        const QString mode = net.forwardMode.isEmpty() ? tr("isolated") : net.forwardMode;
        m_source->addItem(net.active ? tr("Virtual network %1 (%2)").arg(net.name, mode) : tr("Virtual network %1 (%2, inactive)").arg(net.name, mode),
                          sourceKey(VmSpec::Network::Virtual, net.name));
    }
    bool bridges = false;
    for (const HostInterfaceInfo &iface : host.interfaces) {
        if (iface.type == QLatin1String("bridge")) {
            bridges = true;
            m_source->addItem(tr("Host bridge %1").arg(iface.name), sourceKey(VmSpec::Network::Bridge, iface.name));
        }
    }
    for (const HostInterfaceInfo &iface : host.interfaces) {
        if (iface.type == QLatin1String("ethernet") && iface.active)
            m_source->addItem(tr("Macvtap on %1 (the host itself cannot reach the VM)").arg(iface.name), sourceKey(VmSpec::Network::Macvtap, iface.name));
    }
    if (host.session)
        m_source->addItem(tr("User-mode networking (no setup on the host; slower)"), sourceKey(VmSpec::Network::User, {}));
    m_source->addItem(tr("No network"), sourceKey(VmSpec::Network::None, {}));
    int index = m_source->findData(current);
    if (index < 0)
        index = m_source->findData(sourceKey(VmSpec::Network::Virtual, QStringLiteral("default")));
    m_source->setCurrentIndex(qMax(0, index));
    QString nic;
    for (const HostInterfaceInfo &iface : host.interfaces) {
        if (nic.isEmpty() && iface.type == QLatin1String("ethernet") && iface.active)
            nic = iface.name;
    }
    m_bridgeHelp->setText(bridges || host.session ? QString() : BridgeSteps::html(BridgeSteps::familyOf(host.distribution), nic));
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("bridgeHelpScroll")))
        scroll->setVisible(!m_bridgeHelp->text().isEmpty());
    updateHints();
}

QString NetworkPage::networkToStart() const
{
    const QString key = m_source->currentData().toString();
    if (!m_startNetwork->isVisible() || !m_startNetwork->isChecked() || !key.startsWith(QString::number(int(VmSpec::Network::Virtual)) + u':'))
        return {};
    return key.section(u':', 1);
}

void NetworkPage::updateHints()
{
    const QString key = m_source->currentData().toString();
    const auto kind = VmSpec::Network(key.section(u':', 0, 0).toInt());
    const QString name = key.section(u':', 1);
    bool inactive = false;
    for (const NetworkInfo &net : m_wizard->host().networks)
        inactive |= kind == VmSpec::Network::Virtual && net.name == name && !net.active;
    m_startNetwork->setVisible(inactive);
    m_sourceHint->setText(inactive ? tr("The network %1 is not running: the VM cannot start until it is.").arg(name) : QString());
    m_sourceHint->setVisible(inactive);
    m_model->setEnabled(kind != VmSpec::Network::None);
    m_mac->setEnabled(kind != VmSpec::Network::None);
    const bool open = m_listen->currentIndex() == 1;
    m_displayHint->setText(open && m_password->text().isEmpty()
                               ? tr("Anyone who can reach the host can see and use this VM's screen. Set a password, or listen on this host only.")
                               : QString());
}

void NetworkPage::initializePage()
{
    const auto &os = m_wizard->os();
    const QString key = os ? os->id : QStringLiteral("generic");
    if (key != m_initializedFor) {
        m_initializedFor = key;
        m_model->setCurrentIndex(qMax(0, m_model->findData(os ? os->devices.nicModel : QStringLiteral("virtio"))));
        m_video->setCurrentIndex(qMax(0, m_video->findData(os ? os->devices.videoModel : QStringLiteral("virtio"))));
    }
    fillSources();
}

bool NetworkPage::validatePage()
{
    VmSpec &spec = m_wizard->spec();
    static const QRegularExpression fullMac(QStringLiteral("^([0-9a-f]{2}:){5}[0-9a-f]{2}$"));
    if (!m_mac->text().isEmpty() && !fullMac.match(m_mac->text().trimmed().toLower()).hasMatch()) {
        m_sourceHint->setText(tr("The MAC address must be six pairs of hexadecimal digits, such as 52:54:00:12:34:56, or empty."));
        m_sourceHint->setVisible(true);
        m_mac->setFocus();
        return false;
    }
    const QString key = m_source->currentData().toString();
    spec.network = VmSpec::Network(key.section(u':', 0, 0).toInt());
    spec.networkSource = key.section(u':', 1);
    spec.nicModel = m_model->currentData().toString();
    spec.mac = m_mac->text().trimmed().toLower();
    spec.vnc = true;
    spec.vncListen = m_listen->currentData().toString();
    spec.vncPassword = m_password->text();
    spec.videoModel = m_video->currentData().toString();
    const auto &os = m_wizard->os();
    spec.soundModel = os ? os->devices.soundModel : QString();
    spec.usbTablet = !os || os->devices.usbTablet;
    spec.virtioRng = !os || os->devices.virtioRng || os->devices.diskBus == QLatin1String("virtio");
    return true;
}
