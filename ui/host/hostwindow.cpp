#include "hostwindow.h"

#include "connection.h"
#include "domainlistmodel.h"
#include "hostdevicespage.h"
#include "hostoverview.h"
#include "hoststoragepage.h"
#include "interfacespage.h"
#include "networkspage.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

static QString versionString(quint64 v)
{
    return QStringLiteral("%1.%2.%3").arg(v / 1000000).arg((v / 1000) % 1000).arg(v % 1000);
}

HostWindow::HostWindow(Connection *connection, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_devices(new HostDevicesPage(connection))
    , m_overview(new HostOverview(connection->statsHistory(), connection->domainModel()))
    , m_storage(new HostStoragePage(connection))
    , m_networks(new ::NetworksPage(connection))
    , m_interfaces(new ::InterfacesPage(connection))
{
    setObjectName(QStringLiteral("hostWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(640, 480);
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("hostSummaryPage"));
    auto *layout = new QVBoxLayout(page);
    m_summary->setObjectName(QStringLiteral("hostSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addWidget(m_overview, 1);
    connect(m_overview, &HostOverview::openDomainRequested, this, &HostWindow::openDomainRequested);
    m_tabs->addTab(page, QString());
    m_tabs->addTab(m_devices, QString());
    m_tabs->addTab(m_storage, QString());
    m_tabs->addTab(m_networks, QString());
    m_tabs->addTab(m_interfaces, QString());
    m_pages = {{SummaryPage, page}, {DevicesPage, m_devices}, {StoragePage, m_storage}, {NetworksPage, m_networks}, {InterfacesPage, m_interfaces}};
    resize(900, 680);
    setCentralWidget(m_tabs);
    connect(connection, &Connection::stateChanged, this, &HostWindow::load);
    retranslate();
}

void HostWindow::retranslate()
{
    setWindowTitle(tr("%1 — Host Details — QVirt").arg(m_connection ? m_connection->displayName() : QString()));
    //: Tab of the host details window
    m_tabs->setTabText(m_tabs->indexOf(m_pages.value(SummaryPage)), tr("Summary"));
    m_tabs->setTabText(m_tabs->indexOf(m_devices), tr("Host Devices"));
    //: Tab of the host details window: storage pools and volumes
    m_tabs->setTabText(m_tabs->indexOf(m_storage), tr("Storage"));
    //: Tab of the host details window
    m_tabs->setTabText(m_tabs->indexOf(m_networks), tr("Virtual Networks"));
    //: Tab of the host details window: the host's network interfaces
    m_tabs->setTabText(m_tabs->indexOf(m_interfaces), tr("Interfaces"));
    load();
}

void HostWindow::showPage(Page page)
{
    if (QWidget *widget = m_pages.value(page))
        m_tabs->setCurrentWidget(widget);
}

void HostWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void HostWindow::load()
{
    if (!m_connection)
        return;
    if (m_connection->state() != ConnectionState::Connected) {
        //: %1 is the connection URI, %2 the connection state
        m_summary->setText(tr("%1: %2").arg(m_connection->uri().toHtmlEscaped(),
                                            Connection::stateName(m_connection->state()).toHtmlEscaped()));
        return;
    }
    m_connection->hostInfo().then(this, [this](const Result<HostInfo> &r) {
        if (!r) {
            m_summary->setText(tr("The host details could not be read: %1").arg(r.error().message.toHtmlEscaped()));
            return;
        }
        const HostInfo &h = r.value();
        QString html = QStringLiteral("<h2>%1</h2><table cellspacing='4'>").arg(h.hostname.toHtmlEscaped());
        auto row2 = [&html](const QString &k, const QString &v) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
        };
        row2(tr("Connection:"), h.uri);
        row2(tr("Hypervisor:"), QStringLiteral("%1 %2").arg(h.hypervisor, versionString(h.hypervisorVersion)));
        //: Row label: the version of libvirt on the host
        row2(tr("Libvirt:"), versionString(h.libvirtVersion));
        row2(tr("CPU:"), tr("%1, %2 logical CPUs at %3 MHz (%4 sockets, %5 cores, %6 threads)")
                             .arg(h.cpuModel).arg(h.cpus).arg(h.mhz).arg(h.sockets).arg(h.cores).arg(h.threads));
        row2(tr("Memory:"), /*: Host memory: %1 the total, %2 the free amount */ tr("%1 (%2 free)").arg(DomainListModel::formatMemory(h.memoryKiB),
                                                   DomainListModel::formatMemory(h.freeMemoryKiB)));
        row2(tr("Virtual machines:"), /*: Number of virtual machines on the host: %1 defined (all), %2 of them running */ tr("%1 defined, %2 running").arg(h.domainCount).arg(h.activeDomainCount));
        html += QStringLiteral("</table>");
        m_summary->setText(html);
    });
}
