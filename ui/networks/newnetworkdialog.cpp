#include "newnetworkdialog.h"

#include "connection.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

using Mode = NetworkSpec::Mode;

NewNetworkDialog::NewNetworkDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_name(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_bridge(new QLineEdit(this))
    , m_hostBridge(new QComboBox(this))
    , m_forwardDev(new QComboBox(this))
    , m_pfDev(new QComboBox(this))
    , m_network(new QLineEdit(this))
    , m_prefix(new QSpinBox(this))
    , m_dhcp(new QCheckBox(tr("Hand out addresses with &DHCP"), this))
    , m_dhcpStart(new QLineEdit(this))
    , m_dhcpEnd(new QLineEdit(this))
    , m_start(new QCheckBox(tr("Start the network &now"), this))
    , m_autostart(new QCheckBox(tr("Start the network &with the host"), this))
    , m_check(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newNetworkDialog"));
    setWindowTitle(tr("New Virtual Network"));
    m_name->setObjectName(QStringLiteral("networkName"));
    m_mode->setObjectName(QStringLiteral("networkMode"));
    m_bridge->setObjectName(QStringLiteral("bridgeName"));
    m_hostBridge->setObjectName(QStringLiteral("hostBridge"));
    m_forwardDev->setObjectName(QStringLiteral("forwardDevice"));
    m_pfDev->setObjectName(QStringLiteral("pfDevice"));
    m_network->setObjectName(QStringLiteral("ipv4Network"));
    m_prefix->setObjectName(QStringLiteral("ipv4Prefix"));
    m_dhcp->setObjectName(QStringLiteral("dhcpEnabled"));
    m_dhcpStart->setObjectName(QStringLiteral("dhcpStart"));
    m_dhcpEnd->setObjectName(QStringLiteral("dhcpEnd"));
    m_start->setObjectName(QStringLiteral("startNow"));
    m_autostart->setObjectName(QStringLiteral("autostart"));
    m_check->setObjectName(QStringLiteral("subnetCheck"));
    m_check->setWordWrap(true);

    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_.+-]{1,50}")), m_name));
    m_bridge->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]{0,15}")), m_bridge));
    //: Placeholder of the bridge name field: libvirt picks a free virbrN when it is left empty
    m_bridge->setPlaceholderText(tr("automatic (virbrN)"));
    m_hostBridge->setEditable(true);
    m_forwardDev->setEditable(true);
    m_pfDev->setEditable(true);
    m_prefix->setRange(8, 30);
    m_prefix->setValue(24);
    m_prefix->setPrefix(QStringLiteral("/"));
    m_network->setAccessibleName(tr("IPv4 network address"));
    m_prefix->setAccessibleName(tr("IPv4 prefix length"));
    m_dhcpStart->setAccessibleName(tr("First address handed out by DHCP"));
    m_dhcpEnd->setAccessibleName(tr("Last address handed out by DHCP"));

    //: Network mode: guests reach outside through the host's address (masquerading)
    m_mode->addItem(tr("NAT (guests reach the outside through the host's address)"), int(Mode::Nat));
    m_mode->addItem(tr("Routed (the host routes the guests' own addresses)"), int(Mode::Routed));
    m_mode->addItem(tr("Isolated (guests and the host only)"), int(Mode::Isolated));
    m_mode->addItem(tr("Open (routed, without firewall rules from libvirt)"), int(Mode::Open));
    m_mode->addItem(tr("Bridged to an existing host bridge"), int(Mode::Bridge));
    m_mode->addItem(tr("SR-IOV pool of virtual functions"), int(Mode::HostdevPool));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Bridge name:"), m_bridge);
    form->addRow(tr("Host &bridge:"), m_hostBridge);
    //: The host NIC NAT or routed traffic leaves by
    form->addRow(tr("&Forward to:"), m_forwardDev);
    //: The SR-IOV physical function whose virtual functions make the pool
    form->addRow(tr("&Physical function:"), m_pfDev);
    auto *netRow = new QHBoxLayout;
    netRow->addWidget(m_network, 1);
    netRow->addWidget(m_prefix);
    auto *netLabel = new QLabel(tr("IPv4 &network:"), this);
    netLabel->setBuddy(m_network);
    form->addRow(netLabel, netRow);
    form->addRow(QString(), m_dhcp);
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_dhcpStart);
    //: Between the first and last address of a DHCP range
    rangeRow->addWidget(new QLabel(tr("to"), this));
    rangeRow->addWidget(m_dhcpEnd);
    form->addRow(tr("DHCP range:"), rangeRow);
    form->addRow(QString(), m_start);
    form->addRow(QString(), m_autostart);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_check);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_start->setChecked(true);
    m_autostart->setChecked(true);
    m_dhcp->setChecked(true);
    m_forwardDev->addItem(tr("Any interface"), QString());

    connect(m_mode, &QComboBox::currentIndexChanged, this, &NewNetworkDialog::modeChanged);
    connect(m_network, &QLineEdit::textChanged, this, &NewNetworkDialog::networkChanged);
    connect(m_prefix, &QSpinBox::valueChanged, this, &NewNetworkDialog::networkChanged);
    for (QLineEdit *e : {m_name, m_bridge, m_dhcpStart, m_dhcpEnd})
        connect(e, &QLineEdit::textChanged, this, &NewNetworkDialog::validate);
    for (QComboBox *c : {m_hostBridge, m_pfDev, m_forwardDev})
        connect(c, &QComboBox::currentTextChanged, this, &NewNetworkDialog::validate);
    connect(m_dhcp, &QCheckBox::toggled, this, &NewNetworkDialog::modeChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewNetworkDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setHostFacts({}, {});
    m_factsKnown = false;
    resize(560, sizeHint().height());
    if (!connection)
        return;
    connection->networks().then(this, [this](const Result<QVector<NetworkInfo>> &nets) {
        if (!nets || !m_connection)
            return;
        const QVector<NetworkInfo> networks = nets.value();
        m_connection->hostInterfaces().then(this, [this, networks](const Result<QVector<HostInterfaceInfo>> &ifaces) {
            setHostFacts(networks, ifaces ? ifaces.value() : QVector<HostInterfaceInfo>());
        });
    });
}

void NewNetworkDialog::setHostFacts(const QVector<NetworkInfo> &networks, const QVector<HostInterfaceInfo> &interfaces)
{
    m_networks = networks;
    m_interfaces = interfaces;
    m_factsKnown = true;
    QStringList bridges;
    for (const NetworkInfo &n : networks) {
        if (!n.bridge.isEmpty())
            bridges << n.bridge;
    }
    const QString hostBridge = m_hostBridge->currentText();
    const QString forwardDev = m_forwardDev->currentData().toString().isEmpty() ? QString() : m_forwardDev->currentText();
    const QString pf = m_pfDev->currentText();
    m_hostBridge->clear();
    while (m_forwardDev->count() > 1)
        m_forwardDev->removeItem(1);
    m_pfDev->clear();
    for (const HostInterfaceInfo &i : interfaces) {
        // The bridges of libvirt's own networks are not for bridging to.
        if (i.type == QLatin1String("bridge") && !bridges.contains(i.name))
            m_hostBridge->addItem(i.name);
        if (i.type != QLatin1String("bridge"))
            m_forwardDev->addItem(i.name, i.name);
        if (i.totalVfs > 0)
            //: %1 an interface name, %2 how many virtual functions it has
            m_pfDev->addItem(tr("%1 (%2 virtual functions)").arg(i.name).arg(i.numVfs), i.name);
    }
    if (!hostBridge.isEmpty())
        m_hostBridge->setCurrentText(hostBridge);
    if (!forwardDev.isEmpty())
        m_forwardDev->setCurrentText(forwardDev);
    if (!pf.isEmpty())
        m_pfDev->setCurrentText(pf);
    // A free private network, when none was typed yet.
    if (m_network->text().isEmpty() || m_network->text() == m_suggestedNetwork) {
        for (int third = 100; third < 255; ++third) {
            const QString candidate = QStringLiteral("192.168.%1.0").arg(third);
            const bool taken = std::any_of(networks.begin(), networks.end(), [&](const NetworkInfo &n) {
                return !n.ipv4Address.isEmpty() && Subnet::overlaps(candidate, 24, n.ipv4Address, n.ipv4Prefix);
            });
            if (!taken) {
                m_suggestedNetwork = candidate;
                m_network->setText(candidate);
                break;
            }
        }
    }
    if (m_name->text().isEmpty() || m_name->text() == m_suggestedName) {
        for (int i = 1;; ++i) {
            const QString name = QStringLiteral("network%1").arg(i);
            if (std::none_of(networks.begin(), networks.end(), [&](const NetworkInfo &n) { return n.name == name; })) {
                m_suggestedName = name;
                m_name->setText(name);
                break;
            }
        }
    }
    modeChanged();
}

void NewNetworkDialog::modeChanged()
{
    const auto mode = Mode(m_mode->currentData().toInt());
    const bool ip = NetworkSpec::hasIp(mode);
    auto *form = qobject_cast<QFormLayout *>(static_cast<QVBoxLayout *>(layout())->itemAt(0)->layout());
    auto show = [form](QWidget *field, bool on) {
        form->setRowVisible(field, on);
    };
    show(m_bridge, ip);
    show(m_hostBridge, mode == Mode::Bridge);
    show(m_forwardDev, mode == Mode::Nat || mode == Mode::Routed);
    show(m_pfDev, mode == Mode::HostdevPool);
    form->setRowVisible(form->rowCount() - 5, ip); // network row
    show(m_dhcp, ip);
    form->setRowVisible(form->rowCount() - 3, ip); // range row
    m_dhcpStart->setEnabled(m_dhcp->isChecked());
    m_dhcpEnd->setEnabled(m_dhcp->isChecked());
    validate();
}

void NewNetworkDialog::networkChanged()
{
    QString host, start, end;
    if (Subnet::derive(m_network->text(), m_prefix->value(), &host, &start, &end)) {
        m_dhcpStart->setText(start);
        m_dhcpEnd->setText(end);
    }
    validate();
}

NetworkSpec NewNetworkDialog::spec() const
{
    NetworkSpec s;
    s.mode = Mode(m_mode->currentData().toInt());
    s.name = m_name->text().trimmed();
    s.autostart = m_autostart->isChecked();
    switch (s.mode) {
    case Mode::Bridge:
        s.bridge = m_hostBridge->currentText().trimmed();
        break;
    case Mode::HostdevPool: {
        const int i = m_pfDev->findText(m_pfDev->currentText());
        s.pfDev = i >= 0 && !m_pfDev->itemData(i).toString().isEmpty() ? m_pfDev->itemData(i).toString() : m_pfDev->currentText().trimmed();
        break;
    }
    default: {
        s.bridge = m_bridge->text().trimmed();
        if (s.mode == Mode::Nat || s.mode == Mode::Routed) {
            const int i = m_forwardDev->findText(m_forwardDev->currentText());
            s.forwardDev = i >= 0 ? m_forwardDev->itemData(i).toString() : m_forwardDev->currentText().trimmed();
        }
        QString host, start, end;
        if (Subnet::derive(m_network->text(), m_prefix->value(), &host, &start, &end)) {
            s.ipv4Address = host;
            s.ipv4Prefix = m_prefix->value();
        }
        s.dhcp = m_dhcp->isChecked();
        s.dhcpStart = m_dhcpStart->text().trimmed();
        s.dhcpEnd = m_dhcpEnd->text().trimmed();
        break;
    }
    }
    return s;
}

QString NewNetworkDialog::problem() const
{
    const NetworkSpec s = spec();
    if (s.name.isEmpty())
        return tr("Give the network a name.");
    for (const NetworkInfo &n : m_networks) {
        if (n.name == s.name)
            return tr("A network called \"%1\" exists already; choose another name.").arg(s.name);
    }
    if (s.mode == Mode::Bridge && s.bridge.isEmpty())
        return tr("Choose the host bridge the network puts guests on. The Interfaces page shows how to make one.");
    if (s.mode == Mode::HostdevPool && s.pfDev.isEmpty())
        return tr("Choose or type the SR-IOV network card (physical function) whose virtual functions make the pool.");
    if (!NetworkSpec::hasIp(s.mode))
        return {};
    if (s.ipv4Address.isEmpty())
        return tr("Type an IPv4 network such as 192.168.100.0 with its prefix length.");
    for (const NetworkInfo &n : m_networks) {
        if (!n.ipv4Address.isEmpty() && Subnet::overlaps(s.ipv4Address, s.ipv4Prefix, n.ipv4Address, n.ipv4Prefix))
            //: %1/%2 the new network, %3 the other network's name, %4/%5 its address and prefix
            return tr("The network %1/%2 overlaps the network \"%3\" (%4/%5); guests could not reach both. Choose another network.")
                .arg(s.ipv4Address).arg(s.ipv4Prefix).arg(n.name, n.ipv4Address).arg(n.ipv4Prefix);
    }
    for (const HostInterfaceInfo &i : m_interfaces) {
        for (const QString &a : i.ipv4) {
            const QString address = a.section(QLatin1Char('/'), 0, 0);
            const int prefix = a.section(QLatin1Char('/'), 1, 1).toInt();
            if (prefix > 0 && Subnet::overlaps(s.ipv4Address, s.ipv4Prefix, address, prefix))
                return tr("The network %1/%2 overlaps the host's address %3 on %4. Choose another network.")
                    .arg(s.ipv4Address).arg(s.ipv4Prefix).arg(a, i.name);
        }
    }
    if (s.dhcp) {
        quint32 a = 0, b = 0;
        if (!Subnet::parse(s.dhcpStart, &a) || !Subnet::parse(s.dhcpEnd, &b) || a > b
            || !Subnet::contains(s.ipv4Address, s.ipv4Prefix, s.dhcpStart) || !Subnet::contains(s.ipv4Address, s.ipv4Prefix, s.dhcpEnd))
            return tr("The DHCP range must be two addresses of the network %1/%2, the first not after the last.")
                .arg(s.ipv4Address).arg(s.ipv4Prefix);
    }
    return {};
}

void NewNetworkDialog::validate()
{
    const QString p = problem();
    const NetworkSpec s = spec();
    if (p.isEmpty() && NetworkSpec::hasIp(s.mode))
        m_check->setText(tr("The network %1/%2 overlaps no other network of this host.").arg(s.ipv4Address).arg(s.ipv4Prefix));
    else
        m_check->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty() && !m_busy);
}

void NewNetworkDialog::create()
{
    if (!m_connection || !problem().isEmpty() || m_busy)
        return;
    const NetworkSpec s = spec();
    m_busy = true;
    validate();
    m_connection->createNetwork(networkXml(s), m_start->isChecked(), s.autostart).then(this, [this, s](const Result<QString> &r) {
        m_busy = false;
        validate();
        if (!r) {
            MessageBox::error(this, tr("New Virtual Network"), tr("The network %1 could not be made.").arg(s.name), r.error().message,
                              tr("Check the fields (a bridge name in use, a subnet taken) and try again."));
            return;
        }
        emit created(r.value());
        accept();
    });
}
