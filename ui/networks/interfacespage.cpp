#include "interfacespage.h"

#include "bridgesteps.h"
#include "connection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

InterfacesPage::InterfacesPage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_notice(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_steps(new QLabel(this))
    , m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("interfacesPage"));
    m_notice->setObjectName(QStringLiteral("interfacesNotice"));
    m_list->setObjectName(QStringLiteral("interfaceList"));
    m_details->setObjectName(QStringLiteral("interfaceDetails"));
    m_steps->setObjectName(QStringLiteral("bridgeSteps"));
    m_refresh->setObjectName(QStringLiteral("refreshInterfacesButton"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (QLabel *l : {m_details, m_steps}) {
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_steps->hide();

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_details);
    bottomLayout->addWidget(m_steps);
    bottomLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(bottom);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    topLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(scroll);
    // Room for the bridge steps below a list of a few interfaces.
    scroll->setMinimumHeight(320);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &InterfacesPage::showDetails);
    connect(m_refresh, &QPushButton::clicked, this, &InterfacesPage::reload);
    // A network's bridge comes and goes with the network.
    connect(connection, &Connection::networkChanged, this, [this] {
        if (m_loaded)
            reload();
    });
    // Shown before the connection opened (--show-host-interfaces at start-up), or
    // after a reconnect: read the interfaces once it is open.
    connect(connection, &Connection::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected && (m_loaded || isVisible()))
            reload();
    });
    retranslate();
}

void InterfacesPage::showEvent(QShowEvent *event)
{
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

void InterfacesPage::reload()
{
    m_loaded = true;
    if (!m_connection || m_connection->state() != ConnectionState::Connected)
        return;
    const int generation = ++m_generation;
    m_connection->networks().then(this, [this, generation](const Result<QVector<NetworkInfo>> &nets) {
        if (generation != m_generation || !m_connection)
            return;
        m_networkBridges.clear();
        if (nets) {
            for (const NetworkInfo &n : nets.value()) {
                if (!n.bridge.isEmpty() && n.forwardMode != QLatin1String("bridge"))
                    m_networkBridges << n.bridge;
            }
        }
        m_connection->hostInterfaces().then(this, [this, generation](const Result<QVector<HostInterfaceInfo>> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_interfaces.clear();
                m_notice->setText(m_connection && !m_connection->isLocal()
                                      ? tr("This host's libvirt has no interface driver, so its interfaces cannot be shown from here "
                                           "(on the host, \"ip address\" lists them): %1").arg(r.error().message)
                                      : tr("The host's interfaces could not be listed: %1").arg(r.error().message));
                m_notice->show();
            } else {
                m_interfaces = r.value();
                m_notice->hide();
            }
            fill();
            emit reloaded();
        });
    });
}

QStringList InterfacesPage::hostBridges() const
{
    QStringList bridges;
    for (const HostInterfaceInfo &i : m_interfaces) {
        if (i.type == QLatin1String("bridge") && !m_networkBridges.contains(i.name))
            bridges << i.name;
    }
    return bridges;
}

void InterfacesPage::fill()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->text(NameColumn) : QString();
    m_list->clear();
    QTreeWidgetItem *select = nullptr;
    for (const HostInterfaceInfo &i : m_interfaces) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, i.name);
        item->setText(TypeColumn, i.type);
        //: State of a host interface
        item->setText(StateColumn, i.active ? tr("Up") : tr("Down"));
        item->setText(MacColumn, i.mac);
        item->setText(Ipv4Column, i.ipv4.join(QStringLiteral(", ")));
        item->setText(Ipv6Column, i.ipv6.join(QStringLiteral(", ")));
        item->setText(MembersColumn, i.members.join(QStringLiteral(", ")));
        if (i.name == selected)
            select = item;
    }
    if (!select && m_list->topLevelItemCount() > 0)
        select = m_list->topLevelItem(0);
    m_list->setCurrentItem(select);
    showDetails();
    // The steps, where the host has no bridge of its own to put guests on its LAN.
    const bool show = hostBridges().isEmpty() && (!m_interfaces.isEmpty() || m_notice->isVisible());
    if (show) {
        QString nic;
        for (const HostInterfaceInfo &i : m_interfaces) {
            if (nic.isEmpty() && i.type == QLatin1String("ethernet") && i.active && !i.ipv4.isEmpty())
                nic = i.name;
        }
        const QString distribution = m_connection && m_connection->isLocal() ? localDistribution() : QString();
        m_steps->setText(BridgeSteps::html(BridgeSteps::familyOf(distribution), nic));
    }
    m_steps->setVisible(show);
}

void InterfacesPage::showDetails()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const HostInterfaceInfo *iface = nullptr;
    for (const HostInterfaceInfo &i : m_interfaces) {
        if (item && i.name == item->text(NameColumn))
            iface = &i;
    }
    if (!iface) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='3'>").arg(iface->name.toHtmlEscaped());
    auto row = [&html](const QString &k, const QString &v) {
        if (!v.isEmpty())
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(tr("Type:"), iface->type);
    row(tr("State:"), iface->active ? tr("Up") : tr("Down"));
    row(tr("MAC address:"), iface->mac);
    row(tr("IPv4 addresses:"), iface->ipv4.join(QStringLiteral(", ")));
    row(tr("IPv6 addresses:"), iface->ipv6.join(QStringLiteral(", ")));
    //: Row label: the interfaces enslaved to a bridge
    row(tr("Bridge ports:"), iface->members.join(QStringLiteral(", ")));
    if (m_networkBridges.contains(iface->name))
        //: Row label: what made a bridge; the value says it is a libvirt virtual network's own
        row(tr("Owner:"), tr("A libvirt virtual network"));
    if (iface->totalVfs > 0)
        //: %1 virtual functions configured, %2 the most the card can have
        row(tr("SR-IOV:"), tr("%1 of %2 virtual functions").arg(iface->numVfs).arg(iface->totalVfs));
    html += QStringLiteral("</table>");
    m_details->setText(html);
}

void InterfacesPage::retranslate()
{
    m_list->setHeaderLabels({tr("Name"), /*: Column: interface type (bridge, ethernet) */ tr("Type"), tr("State"), tr("MAC address"),
                             tr("IPv4"), tr("IPv6"), /*: Column: a bridge's ports */ tr("Bridge ports")});
    m_refresh->setText(tr("&Refresh"));
    m_list->setAccessibleName(tr("Host interfaces"));
    m_steps->setAccessibleName(tr("How to make a host bridge"));
    if (m_loaded)
        fill();
}

void InterfacesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
