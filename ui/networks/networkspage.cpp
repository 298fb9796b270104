#include "networkspage.h"

#include "banner.h"
#include "connection.h"
#include "messagebox.h"
#include "newnetworkdialog.h"
#include "xmleditorpanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

NetworksPage::NetworksPage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_banner(new Banner(this))
    , m_list(new QTreeWidget(this))
    , m_new(new QPushButton(this))
    , m_start(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_autostart(new QCheckBox(this))
    , m_refresh(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new QLabel(this))
    , m_leasesTitle(new QLabel(this))
    , m_leases(new QTreeWidget(this))
    , m_xmlPage(new QWidget(this))
    , m_xmlLayout(new QVBoxLayout(m_xmlPage))
{
    setObjectName(QStringLiteral("networksPage"));
    m_banner->setObjectName(QStringLiteral("networksBanner"));
    m_banner->hide();
    m_list->setObjectName(QStringLiteral("networkList"));
    m_new->setObjectName(QStringLiteral("newNetworkButton"));
    m_start->setObjectName(QStringLiteral("startNetworkButton"));
    m_stop->setObjectName(QStringLiteral("stopNetworkButton"));
    m_delete->setObjectName(QStringLiteral("deleteNetworkButton"));
    m_autostart->setObjectName(QStringLiteral("networkAutostart"));
    m_refresh->setObjectName(QStringLiteral("refreshNetworksButton"));
    m_tabs->setObjectName(QStringLiteral("networkTabs"));
    m_details->setObjectName(QStringLiteral("networkDetails"));
    m_leases->setObjectName(QStringLiteral("leaseList"));
    m_xmlPage->setObjectName(QStringLiteral("networkXmlPage"));
    m_xmlLayout->setContentsMargins(0, 0, 0, 0);

    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_leases->setColumnCount(4);
    m_leases->setRootIsDecorated(false);
    m_leases->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_leasesTitle->setBuddy(m_leases);

    auto *detailsPage = new QWidget;
    auto *detailsLayout = new QHBoxLayout(detailsPage);
    detailsLayout->addWidget(m_details, 1);
    auto *leaseBox = new QVBoxLayout;
    leaseBox->addWidget(m_leasesTitle);
    leaseBox->addWidget(m_leases, 1);
    detailsLayout->addLayout(leaseBox, 2);
    m_tabs->addTab(detailsPage, QString());
    m_tabs->addTab(m_xmlPage, QString());

    auto *buttons = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_stop),
                       static_cast<QWidget *>(m_delete), static_cast<QWidget *>(m_autostart)})
        buttons->addWidget(w);
    buttons->addStretch();
    buttons->addWidget(m_refresh);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list, 1);
    topLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &NetworksPage::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, [this] { newNetwork(); });
    connect(m_start, &QPushButton::clicked, this, &NetworksPage::start);
    connect(m_stop, &QPushButton::clicked, this, &NetworksPage::stop);
    connect(m_delete, &QPushButton::clicked, this, &NetworksPage::remove);
    connect(m_autostart, &QCheckBox::clicked, this, &NetworksPage::setAutostart);
    connect(m_refresh, &QPushButton::clicked, this, &NetworksPage::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == XmlTab && m_xml)
            m_xml->activate();
    });
    connect(connection, &Connection::networkChanged, this, [this](const QString &name) {
        if (!m_loaded)
            return; // read when first shown
        reload();
        if (m_xml && name == currentName())
            m_xml->definitionChanged();
    });
    connect(connection, &Connection::stateChanged, this, [this](ConnectionState state) {
        updateButtons();
        if (state == ConnectionState::Connected && m_loaded)
            reload();
    });
    retranslate();
    updateButtons();
}

QString NetworksPage::modeName(const QString &mode)
{
    //: Forward mode of a virtual network: no forwarding, guests and host only
    if (mode.isEmpty()) return tr("Isolated");
    if (mode == QLatin1String("nat")) return tr("NAT");
    //: Forward mode of a virtual network
    if (mode == QLatin1String("route")) return tr("Routed");
    //: Forward mode of a virtual network: routed without firewall rules
    if (mode == QLatin1String("open")) return tr("Open");
    //: Forward mode of a virtual network: guests on an existing host bridge
    if (mode == QLatin1String("bridge")) return tr("Bridged");
    //: Forward mode of a virtual network: a pool of SR-IOV virtual functions
    if (mode == QLatin1String("hostdev")) return tr("SR-IOV pool");
    return mode;
}

void NetworksPage::showEvent(QShowEvent *event)
{
    if (!m_loaded) {
        m_loaded = true;
        reload();
    }
    QWidget::showEvent(event);
}

void NetworksPage::reload()
{
    m_loaded = true;
    if (!m_connection || m_connection->state() != ConnectionState::Connected)
        return;
    const int generation = ++m_generation;
    m_connection->networks().then(this, [this, generation](const Result<QVector<NetworkInfo>> &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            m_banner->showMessage(Banner::Kind::Error, tr("The host's virtual networks could not be listed: %1").arg(r.error().message));
            m_banner->show();
            return;
        }
        m_banner->hide();
        fill(r.value());
        emit reloaded();
    });
}

void NetworksPage::fill(const QVector<NetworkInfo> &networks)
{
    m_networks = networks;
    const QString selected = currentName();
    QHash<QString, QTreeWidgetItem *> items;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        items.insert(m_list->topLevelItem(i)->text(NameColumn), m_list->topLevelItem(i));
    m_list->setSortingEnabled(false);
    for (const NetworkInfo &n : networks) {
        QTreeWidgetItem *item = items.take(n.name);
        if (!item)
            item = new QTreeWidgetItem(m_list);
        auto set = [item](int column, const QString &text) {
            if (item->text(column) != text)
                item->setText(column, text);
        };
        set(NameColumn, n.name);
        //: State of a virtual network
        set(StateColumn, n.active ? tr("Active") : tr("Inactive"));
        //: Whether a network starts with the host
        set(AutostartColumn, n.autostart ? tr("Yes") : tr("No"));
        set(PersistentColumn, n.persistent ? tr("Yes") : tr("No"));
        set(ModeColumn, modeName(n.forwardMode));
        set(BridgeColumn, n.bridge);
        set(AddressColumn, n.ipv4Address.isEmpty() ? QString() : QStringLiteral("%1/%2").arg(n.ipv4Address).arg(n.ipv4Prefix));
        //: A DHCP range: %1 the first address, %2 the last
        set(DhcpColumn, n.dhcpStart.isEmpty() ? QString() : tr("%1 – %2").arg(n.dhcpStart, n.dhcpEnd));
        set(ForwardDevColumn, !n.forwardDev.isEmpty() ? n.forwardDev : n.pfDev);
    }
    qDeleteAll(items);
    m_list->setSortingEnabled(true);
    if (!selectNetwork(selected) && !m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showDetails();
    updateButtons();
}

QString NetworksPage::currentName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(NameColumn) : QString();
}

bool NetworksPage::selectNetwork(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(NameColumn) == name) {
            if (m_list->currentItem() != m_list->topLevelItem(i))
                m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

const NetworkInfo *NetworksPage::current() const
{
    const QString name = currentName();
    for (const NetworkInfo &n : m_networks) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

void NetworksPage::selectionChanged()
{
    showDetails();
    updateButtons();
    loadLeases();
    const NetworkInfo *n = current();
    const QString uuid = n ? n->uuid : QString();
    if (uuid == m_xmlUuid)
        return;
    delete m_xml;
    m_xml = nullptr;
    m_xmlUuid = uuid;
    if (!n)
        return;
    QPointer<Connection> weak(m_connection);
    const QString name = n->name;
    m_xml = new XmlEditorPanel(
        QStringLiteral("network"), uuid,
        [weak, name] {
            return weak ? weak->networkXml(name) : QtFuture::makeReadyFuture(Result<QString>(Error{0, tr("The connection is closed.")}));
        },
        [weak, uuid](const QString &xml) {
            return weak ? weak->redefineNetwork(uuid, xml) : QtFuture::makeReadyFuture(VoidResult(Error{0, tr("The connection is closed.")}));
        },
        m_xmlPage);
    m_xml->setObjectName(QStringLiteral("networkXmlEditor"));
    m_xmlLayout->addWidget(m_xml);
    connect(m_xml, &XmlEditorPanel::saved, this, &NetworksPage::reload);
    if (m_tabs->currentIndex() == XmlTab)
        m_xml->activate();
}

void NetworksPage::showDetails()
{
    const NetworkInfo *n = current();
    if (!n) {
        m_details->setText(tr("No network is selected."));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='3'>").arg(n->name.toHtmlEscaped());
    auto row = [&html](const QString &k, const QString &v) {
        if (!v.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(tr("State:"), n->active ? tr("Active") : tr("Inactive"));
    row(tr("Starts with the host:"), n->autostart ? tr("Yes") : tr("No"));
    //: Row label: whether the network has a persistent definition
    row(tr("Persistent:"), n->persistent ? tr("Yes") : tr("No"));
    row(tr("Mode:"), modeName(n->forwardMode));
    row(tr("Bridge:"), n->bridge);
    row(tr("IPv4 address:"), n->ipv4Address.isEmpty() ? QString() : QStringLiteral("%1/%2").arg(n->ipv4Address).arg(n->ipv4Prefix));
    row(tr("DHCP range:"), n->dhcpStart.isEmpty() ? (n->ipv4Address.isEmpty() ? QString() : tr("Off")) : tr("%1 – %2").arg(n->dhcpStart, n->dhcpEnd));
    row(tr("Forward device:"), n->forwardDev);
    row(tr("Physical function:"), n->pfDev);
    row(tr("UUID:"), n->uuid);
    html += QStringLiteral("</table>");
    m_details->setText(html);
}

void NetworksPage::loadLeases()
{
    const int generation = ++m_leaseGeneration;
    m_leases->clear();
    const NetworkInfo *n = current();
    if (!n || !n->active || !m_connection) {
        m_leasesTitle->setText(tr("DHCP leases (the network is not running)"));
        return;
    }
    m_leasesTitle->setText(tr("&DHCP leases"));
    const QString name = n->name;
    m_connection->networkLeases(name).then(this, [this, generation, name](const Result<QVector<NetworkLease>> &r) {
        if (generation != m_leaseGeneration)
            return;
        if (!r) {
            m_leasesTitle->setText(tr("The DHCP leases of %1 could not be read: %2").arg(name, r.error().message));
            return;
        }
        for (const NetworkLease &l : r.value()) {
            auto *item = new QTreeWidgetItem(m_leases);
            item->setText(0, l.mac);
            item->setText(1, l.ip);
            item->setText(2, l.hostname);
            //: Expiry of a DHCP lease that never expires
            item->setText(3, l.expiry.isValid() ? QLocale().toString(l.expiry.toLocalTime(), QLocale::ShortFormat) : tr("Never"));
        }
        if (r.value().isEmpty())
            m_leasesTitle->setText(tr("&DHCP leases: none"));
        emit leasesLoaded();
    });
}

void NetworksPage::updateButtons()
{
    const NetworkInfo *n = current();
    const bool connected = m_connection && m_connection->state() == ConnectionState::Connected;
    m_new->setEnabled(connected);
    m_start->setEnabled(connected && n && !n->active);
    m_stop->setEnabled(connected && n && n->active);
    m_delete->setEnabled(connected && n);
    m_autostart->setEnabled(connected && n && n->persistent);
    m_autostart->setChecked(n && n->autostart);
}

NewNetworkDialog *NetworksPage::newNetwork()
{
    auto *dialog = new NewNetworkDialog(m_connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewNetworkDialog::created, this, [this](const QString &name) {
        reload();
        connect(this, &NetworksPage::reloaded, this, [this, name] { selectNetwork(name); }, Qt::SingleShotConnection);
    });
    dialog->open();
    return dialog;
}

void NetworksPage::actionFailed(const QString &what, const Error &error)
{
    MessageBox::error(this, tr("Virtual Networks"), what, error.message,
                      tr("Check the network's definition on its XML tab and the host's libvirt log."));
    reload();
}

void NetworksPage::start()
{
    const NetworkInfo *n = current();
    if (!n || !m_connection)
        return;
    const QString name = n->name;
    m_connection->startNetwork(name).then(this, [this, name](const VoidResult &r) {
        if (!r)
            return actionFailed(tr("The network %1 could not be started.").arg(name), r.error());
        reload();
    });
}

void NetworksPage::stop()
{
    const NetworkInfo *n = current();
    if (!n || !m_connection)
        return;
    const QString name = n->name;
    MessageBox::confirm(this, tr("Stop Network"),
                        tr("Stop the network %1? Running VMs on it lose their connection until it is started again.").arg(name),
                        tr("&Stop"), this, [this, name](bool confirmed) {
        if (!confirmed || !m_connection)
            return;
        m_connection->stopNetwork(name).then(this, [this, name](const VoidResult &r) {
            if (!r)
                return actionFailed(tr("The network %1 could not be stopped.").arg(name), r.error());
            reload();
        });
    });
}

void NetworksPage::remove()
{
    const NetworkInfo *n = current();
    if (!n || !m_connection)
        return;
    const QString name = n->name;
    m_connection->networkUsers(name).then(this, [this, name](const Result<QStringList> &users) {
        QString text = tr("Delete the network %1? It is stopped and its definition removed; this cannot be undone.").arg(name);
        if (users && !users.value().isEmpty())
            //: %1 the network, %2 a list of VM names
            text = tr("Delete the network %1? These VMs have an interface on it and will not start until they are moved to another network: %2. It is stopped and its definition removed; this cannot be undone.")
                       .arg(name, QLocale().createSeparatedList(users.value()));
        MessageBox::confirm(this, tr("Delete Network"), text, tr("&Delete"), this, [this, name](bool confirmed) {
            if (!confirmed || !m_connection)
                return;
            m_connection->deleteNetwork(name).then(this, [this, name](const VoidResult &r) {
                if (!r)
                    return actionFailed(tr("The network %1 could not be deleted.").arg(name), r.error());
                reload();
            });
        });
    });
}

void NetworksPage::setAutostart(bool on)
{
    const NetworkInfo *n = current();
    if (!n || !m_connection)
        return;
    const QString name = n->name;
    m_connection->setNetworkAutostart(name, on).then(this, [this, name, on](const VoidResult &r) {
        if (!r)
            return actionFailed(on ? tr("The network %1 could not be set to start with the host.").arg(name)
                                   : tr("The network %1 could not be kept from starting with the host.").arg(name),
                                r.error());
        reload(); // libvirt has no event for autostart
    });
}

void NetworksPage::retranslate()
{
    m_list->setHeaderLabels({tr("Name"), tr("State"), /*: Column: starts with the host */ tr("Autostart"),
                             /*: Column: has a persistent definition */ tr("Persistent"), /*: Column: forward mode */ tr("Mode"),
                             tr("Bridge"), tr("IPv4 address"), tr("DHCP range"), /*: Column: the host NIC a network forwards to */ tr("Forward device")});
    m_leases->setHeaderLabels({tr("MAC address"), tr("IP address"), tr("Host name"), /*: Column: when a DHCP lease expires */ tr("Expires")});
    m_new->setText(tr("&New…"));
    //: Button: start the selected virtual network
    m_start->setText(tr("S&tart"));
    //: Button: stop the selected virtual network
    m_stop->setText(tr("St&op"));
    m_delete->setText(tr("&Delete…"));
    m_autostart->setText(tr("Start with the &host"));
    m_refresh->setText(tr("&Refresh"));
    m_list->setAccessibleName(tr("Virtual networks"));
    m_leases->setAccessibleName(tr("DHCP leases"));
    //: Tab of the virtual network details
    m_tabs->setTabText(DetailsTab, tr("Details"));
    //: Tab with the network's XML definition
    m_tabs->setTabText(XmlTab, tr("XML"));
    showDetails();
}

void NetworksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
