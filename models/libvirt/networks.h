#pragma once

#include "networkinfo.h"
#include "session.h"

#include <QCoreApplication>
#include <QVector>

// The host's virtual networks (list, define, start, stop, autostart, delete,
// edit their XML, DHCP leases) and its interfaces.
class Networks final
{
    Q_DECLARE_TR_FUNCTIONS(Networks)

public:
    explicit Networks(Session &session);

    Result<QVector<NetworkInfo>> networks();
    // Defines, starts and autostarts; returns the new network's name.
    Result<QString> defineNetwork(const QString &xml);
    // Defines (validated against the schema), then starts and sets autostart
    // as asked. A network that was defined but would not start stays defined;
    // the error says so.
    Result<QString> createNetwork(const QString &xml, bool start, bool autostart);
    VoidResult startNetwork(const QString &name);
    VoidResult stopNetwork(const QString &name);
    VoidResult setAutostart(const QString &name, bool on);
    // Stops it when it runs, then undefines it.
    VoidResult deleteNetwork(const QString &name);
    // The persistent definition (VIR_NETWORK_XML_INACTIVE), as an editor shows it.
    Result<QString> networkXml(const QString &name);
    // Saves edited text as the definition of the network with that UUID,
    // validated; refused with a reason when the text names another UUID or name.
    VoidResult redefineNetwork(const QString &uuid, const QString &xml);
    Result<QVector<NetworkLease>> dhcpLeases(const QString &name);
    // The names of the domains whose persistent or live definition has an
    // interface on the network.
    Result<QStringList> networkUsers(const QString &name);
    // The host's interfaces (bridges such as br0 among them): libvirt's
    // interface driver, completed on this machine from the kernel (addresses,
    // bridge ports, SR-IOV), or the kernel's list alone where the driver has none.
    Result<QVector<HostInterfaceInfo>> hostInterfaces();

private:
    Session &m_session;
};
