#include "networks.h"

#include <QDir>
#include <QFile>

Networks::Networks(Session &session)
    : m_session(session)
{
}

Result<QVector<NetworkInfo>> Networks::networks()
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(m_session.conn(), &nets, 0);
    if (n < 0)
        return Session::takeError(tr("The host's networks could not be listed."));
    QVector<NetworkInfo> list;
    for (const NetworkHandle &net : adoptList<NetworkHandle>(nets, n)) {
        NetworkInfo info;
        info.name = QString::fromUtf8(virNetworkGetName(net.get()));
        info.active = virNetworkIsActive(net.get()) == 1;
        if (const Result<QString> xml = Session::text(virNetworkGetXMLDesc(net.get(), 0)))
            parseNetworkXml(xml.value(), &info);
        list << info;
    }
    return list;
}

Result<QString> Networks::defineNetwork(const QString &xml)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const NetworkHandle net(virNetworkDefineXML(m_session.conn(), xml.toUtf8().constData()));
    if (!net)
        return Session::takeError(tr("The network could not be defined."));
    const QString name = QString::fromUtf8(virNetworkGetName(net.get()));
    if (virNetworkCreate(net.get()) < 0) {
        Error e = Session::takeError();
        e.message = tr("The network %1 was defined but could not be started: %2").arg(name, e.message);
        return e;
    }
    if (virNetworkSetAutostart(net.get(), 1) < 0)
        Session::dropError(); // it runs; only the next boot would not start it
    return name;
}

VoidResult Networks::startNetwork(const QString &name)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const NetworkHandle net(virNetworkLookupByName(m_session.conn(), name.toUtf8().constData()));
    if (!net || virNetworkCreate(net.get()) < 0)
        return Session::takeError();
    return {};
}

namespace {

// /sys/class/net, for a local host whose libvirt has no interface driver.
QVector<HostInterfaceInfo> kernelInterfaces()
{
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
        QFile address(base + QStringLiteral("/address"));
        if (address.open(QIODevice::ReadOnly))
            info.mac = QString::fromLatin1(address.readAll()).trimmed();
        QFile state(base + QStringLiteral("/operstate"));
        if (state.open(QIODevice::ReadOnly))
            info.active = state.readAll().trimmed() != "down";
        list << info;
    }
    return list;
}

} // namespace

Result<QVector<HostInterfaceInfo>> Networks::hostInterfaces()
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    virInterfacePtr *items = nullptr;
    const int n = virConnectListAllInterfaces(m_session.conn(), &items, 0);
    if (n < 0) {
        const Error e = Session::takeError();
        if (m_session.isLocal())
            return kernelInterfaces();
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
    // libvirt's udev backend reports every interface as ethernet; the kernel knows the bridges.
    if (m_session.isLocal()) {
        const QVector<HostInterfaceInfo> kernel = kernelInterfaces();
        for (HostInterfaceInfo &info : list) {
            for (const HostInterfaceInfo &k : kernel) {
                if (k.name == info.name && k.type != QLatin1String("ethernet"))
                    info.type = k.type;
            }
        }
    }
    return list;
}
