#include "networks.h"

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
