#include "networks.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QUuid>
#include <QXmlStreamReader>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

Networks::Networks(Session &session)
    : m_session(session)
{
}

namespace {

NetworkHandle lookupNetwork(Session &session, const QString &name, std::optional<Error> *error)
{
    if (!session.isOpen()) {
        *error = session.notConnected();
        return {};
    }
    NetworkHandle net(virNetworkLookupByName(session.conn(), name.toUtf8().constData()));
    if (!net) {
        *error = Session::takeError();
        session.checkAlive();
    }
    return net;
}

} // namespace

Result<QVector<NetworkInfo>> Networks::networks()
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(m_session.conn(), &nets, 0);
    if (n < 0) {
        const Error e = Session::takeError(tr("The host's networks could not be listed."));
        m_session.checkAlive();
        return e;
    }
    QVector<NetworkInfo> list;
    for (const NetworkHandle &net : adoptList<NetworkHandle>(nets, n)) {
        NetworkInfo info;
        info.active = virNetworkIsActive(net.get()) == 1;
        info.persistent = virNetworkIsPersistent(net.get()) == 1;
        int autostart = 0;
        info.autostart = virNetworkGetAutostart(net.get(), &autostart) == 0 && autostart;
        if (const Result<QString> xml = Session::text(virNetworkGetXMLDesc(net.get(), 0)))
            parseNetworkXml(xml.value(), &info);
        Session::dropError(); // a network that went meanwhile: listed as far as known
        info.name = QString::fromUtf8(virNetworkGetName(net.get()));
        list << info;
    }
    return list;
}

Result<QString> Networks::defineNetwork(const QString &xml)
{
    const Result<QString> name = createNetwork(xml, true, false);
    if (name && !setAutostart(name.value(), true))
        Session::dropError(); // it runs; only the next boot would not start it
    return name;
}

Result<QString> Networks::createNetwork(const QString &xml, bool start, bool autostart)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const NetworkHandle net(virNetworkDefineXMLFlags(m_session.conn(), xml.toUtf8().constData(), VIR_NETWORK_DEFINE_VALIDATE));
    if (!net) {
        const Error e = Session::takeError(tr("The network could not be defined."));
        m_session.checkAlive();
        return e;
    }
    const QString name = QString::fromUtf8(virNetworkGetName(net.get()));
    if (start && virNetworkCreate(net.get()) < 0) {
        Error e = Session::takeError();
        e.message = tr("The network %1 was defined but could not be started: %2").arg(name, e.message);
        return e;
    }
    if (virNetworkSetAutostart(net.get(), autostart ? 1 : 0) < 0) {
        Error e = Session::takeError();
        e.message = tr("The network %1 was defined, but starting it with the host could not be set: %2").arg(name, e.message);
        return e;
    }
    return name;
}

VoidResult Networks::startNetwork(const QString &name)
{
    std::optional<Error> error;
    const NetworkHandle net = lookupNetwork(m_session, name, &error);
    if (!net)
        return *error;
    if (virNetworkCreate(net.get()) < 0)
        return Session::takeError();
    return {};
}

VoidResult Networks::stopNetwork(const QString &name)
{
    std::optional<Error> error;
    const NetworkHandle net = lookupNetwork(m_session, name, &error);
    if (!net)
        return *error;
    if (virNetworkDestroy(net.get()) < 0)
        return Session::takeError();
    return {};
}

VoidResult Networks::setAutostart(const QString &name, bool on)
{
    std::optional<Error> error;
    const NetworkHandle net = lookupNetwork(m_session, name, &error);
    if (!net)
        return *error;
    if (virNetworkSetAutostart(net.get(), on ? 1 : 0) < 0)
        return Session::takeError();
    return {};
}

VoidResult Networks::deleteNetwork(const QString &name)
{
    std::optional<Error> error;
    const NetworkHandle net = lookupNetwork(m_session, name, &error);
    if (!net)
        return *error;
    if (virNetworkIsActive(net.get()) == 1 && virNetworkDestroy(net.get()) < 0)
        return Session::takeError();
    // A transient network is gone once stopped.
    if (virNetworkIsPersistent(net.get()) == 1 && virNetworkUndefine(net.get()) < 0)
        return Session::takeError();
    Session::dropError();
    return {};
}

Result<QString> Networks::networkXml(const QString &name)
{
    std::optional<Error> error;
    const NetworkHandle net = lookupNetwork(m_session, name, &error);
    if (!net)
        return *error;
    Result<QString> xml = Session::text(virNetworkGetXMLDesc(net.get(), VIR_NETWORK_XML_INACTIVE));
    // Drivers that keep one definition only (the test driver) refuse the flag.
    if (!xml && xml.error().code == VIR_ERR_INVALID_ARG)
        xml = Session::text(virNetworkGetXMLDesc(net.get(), 0));
    return xml;
}

VoidResult Networks::redefineNetwork(const QString &uuid, const QString &xml)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const NetworkHandle net(virNetworkLookupByUUIDString(m_session.conn(), uuid.toUtf8().constData()));
    if (!net) {
        const Error e = Session::takeError();
        m_session.checkAlive();
        return e;
    }
    const QString current = QString::fromUtf8(virNetworkGetName(net.get()));
    // Text that does not parse goes to libvirt as it is: its message names the line.
    NetworkInfo edited;
    if (parseNetworkXml(xml, &edited)) {
        if (!edited.uuid.isEmpty() && QUuid::fromString(edited.uuid) != QUuid::fromString(uuid)) {
            return Error{VIR_ERR_INVALID_ARG,
                         tr("The definition names the UUID %1, but this network's UUID is %2. Saving it would define "
                            "a second network; put back the UUID %2.")
                             .arg(edited.uuid, uuid)};
        }
        if (!edited.name.isEmpty() && edited.name != current) {
            return Error{VIR_ERR_INVALID_ARG,
                         tr("The definition names the network \"%1\", but it is called \"%2\". A network cannot be "
                            "renamed through its definition: put back the name \"%2\", or make a new network.")
                             .arg(edited.name, current)};
        }
    }
    const NetworkHandle defined(virNetworkDefineXMLFlags(m_session.conn(), xml.toUtf8().constData(), VIR_NETWORK_DEFINE_VALIDATE));
    if (!defined) {
        const Error e = Session::takeError();
        m_session.checkAlive();
        return e;
    }
    return {};
}

Result<QVector<NetworkLease>> Networks::dhcpLeases(const QString &name)
{
    std::optional<Error> error;
    const NetworkHandle net = lookupNetwork(m_session, name, &error);
    if (!net)
        return *error;
    virNetworkDHCPLeasePtr *leases = nullptr;
    const int n = virNetworkGetDHCPLeases(net.get(), nullptr, &leases, 0);
    if (n < 0)
        return Session::takeError();
    QVector<NetworkLease> list;
    for (int i = 0; i < n; ++i) {
        const virNetworkDHCPLeasePtr l = leases[i];
        NetworkLease lease;
        lease.mac = QString::fromUtf8(l->mac);
        lease.ip = QStringLiteral("%1/%2").arg(QString::fromUtf8(l->ipaddr)).arg(l->prefix);
        lease.hostname = QString::fromUtf8(l->hostname);
        lease.clientId = QString::fromUtf8(l->clientid);
        if (l->expirytime > 0)
            lease.expiry = QDateTime::fromSecsSinceEpoch(l->expirytime);
        virNetworkDHCPLeaseFree(l);
        list << lease;
    }
    std::free(leases);
    return list;
}

namespace {

bool usesNetwork(const QString &xml, const QString &network)
{
    QXmlStreamReader r(xml);
    bool inNetworkInterface = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == u"interface")
                inNetworkInterface = r.attributes().value(QLatin1String("type")) == u"network";
            else if (inNetworkInterface && r.name() == u"source"
                     && r.attributes().value(QLatin1String("network")) == network)
                return true;
        } else if (r.isEndElement() && r.name() == u"interface") {
            inNetworkInterface = false;
        }
    }
    return false;
}

} // namespace

Result<QStringList> Networks::networkUsers(const QString &name)
{
    Result<std::vector<DomainHandle>> all = m_session.allDomains();
    if (!all)
        return all.error();
    QStringList users;
    for (const DomainHandle &dom : all.value()) {
        for (unsigned int flags : {0u, unsigned(VIR_DOMAIN_XML_INACTIVE)}) {
            const Result<QString> xml = Session::text(virDomainGetXMLDesc(dom.get(), flags));
            if (xml && usesNetwork(xml.value(), name)) {
                users << QString::fromUtf8(virDomainGetName(dom.get()));
                break;
            }
        }
        Session::dropError();
    }
    users.sort();
    return users;
}

namespace {

QString readLine(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).trimmed();
}

// This machine's interfaces as the kernel sees them (/sys/class/net and
// getifaddrs), for a local host.
QVector<HostInterfaceInfo> kernelInterfaces()
{
    QHash<QString, QStringList> v4, v6;
    ifaddrs *addrs = nullptr;
    if (getifaddrs(&addrs) == 0) {
        for (ifaddrs *a = addrs; a; a = a->ifa_next) {
            if (!a->ifa_addr || !a->ifa_netmask)
                continue;
            char text[INET6_ADDRSTRLEN] = {};
            const QString name = QString::fromUtf8(a->ifa_name);
            if (a->ifa_addr->sa_family == AF_INET) {
                const auto *in = reinterpret_cast<const sockaddr_in *>(a->ifa_addr);
                const auto *mask = reinterpret_cast<const sockaddr_in *>(a->ifa_netmask);
                inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
                v4[name] << QStringLiteral("%1/%2").arg(QString::fromLatin1(text)).arg(qPopulationCount(quint32(mask->sin_addr.s_addr)));
            } else if (a->ifa_addr->sa_family == AF_INET6) {
                const auto *in = reinterpret_cast<const sockaddr_in6 *>(a->ifa_addr);
                const auto *mask = reinterpret_cast<const sockaddr_in6 *>(a->ifa_netmask);
                inet_ntop(AF_INET6, &in->sin6_addr, text, sizeof text);
                int prefix = 0;
                for (unsigned char byte : mask->sin6_addr.s6_addr)
                    prefix += qPopulationCount(quint8(byte));
                v6[name] << QStringLiteral("%1/%2").arg(QString::fromLatin1(text)).arg(prefix);
            }
        }
        freeifaddrs(addrs);
    }
    QVector<HostInterfaceInfo> list;
    const QDir dir(QStringLiteral("/sys/class/net"));
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System, QDir::Name)) {
        if (name == QLatin1String("lo"))
            continue;
        HostInterfaceInfo info;
        info.name = name;
        const QString base = dir.filePath(name);
        info.type = QFile::exists(base + QStringLiteral("/bridge")) ? QStringLiteral("bridge")
                    : QFile::exists(base + QStringLiteral("/bonding")) ? QStringLiteral("bond")
                                                                          : QStringLiteral("ethernet");
        info.mac = readLine(base + QStringLiteral("/address"));
        info.active = readLine(base + QStringLiteral("/operstate")) != QLatin1String("down");
        info.ipv4 = v4.value(name);
        info.ipv6 = v6.value(name);
        if (info.type == QLatin1String("bridge"))
            info.members = QDir(base + QStringLiteral("/brif")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        info.totalVfs = readLine(base + QStringLiteral("/device/sriov_totalvfs")).toInt();
        info.numVfs = readLine(base + QStringLiteral("/device/sriov_numvfs")).toInt();
        list << info;
    }
    return list;
}

} // namespace

Result<QVector<HostInterfaceInfo>> Networks::hostInterfaces()
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    // The test driver's host is made up: this machine's kernel is not it.
    const bool kernelKnows = m_session.isLocal() && !m_session.uri().startsWith(QLatin1String("test:"));
    virInterfacePtr *items = nullptr;
    const int n = virConnectListAllInterfaces(m_session.conn(), &items, 0);
    if (n < 0) {
        Error e = Session::takeError();
        if (kernelKnows)
            return kernelInterfaces();
        m_session.checkAlive();
        e.message = tr("This host's libvirt does not report its interfaces: %1").arg(e.message);
        return e;
    }
    QVector<HostInterfaceInfo> list;
    for (const InterfaceHandle &iface : adoptList<InterfaceHandle>(items, n)) {
        HostInterfaceInfo info;
        info.name = QString::fromUtf8(virInterfaceGetName(iface.get()));
        info.mac = QString::fromUtf8(virInterfaceGetMACString(iface.get()));
        info.active = virInterfaceIsActive(iface.get()) == 1;
        if (const Result<QString> xml = Session::text(virInterfaceGetXMLDesc(iface.get(), 0)))
            parseHostInterfaceXml(xml.value(), &info);
        Session::dropError();
        if (info.name != QLatin1String("lo"))
            list << info;
    }
    // libvirt's udev backend reports every interface as ethernet, without
    // addresses or ports; on this machine the kernel knows them, and the
    // interfaces libvirt left out.
    if (kernelKnows) {
        const QVector<HostInterfaceInfo> kernel = kernelInterfaces();
        for (const HostInterfaceInfo &k : kernel) {
            auto it = std::find_if(list.begin(), list.end(), [&k](const HostInterfaceInfo &i) { return i.name == k.name; });
            if (it == list.end()) {
                list << k;
                continue;
            }
            if (k.type != QLatin1String("ethernet"))
                it->type = k.type;
            if (it->ipv4.isEmpty())
                it->ipv4 = k.ipv4;
            if (it->ipv6.isEmpty())
                it->ipv6 = k.ipv6;
            if (it->members.isEmpty())
                it->members = k.members;
            it->numVfs = k.numVfs;
            it->totalVfs = k.totalVfs;
            it->active = it->active || k.active;
        }
        std::sort(list.begin(), list.end(), [](const HostInterfaceInfo &a, const HostInterfaceInfo &b) { return a.name < b.name; });
    }
    return list;
}
