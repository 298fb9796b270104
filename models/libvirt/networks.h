#pragma once

#include "networkinfo.h"
#include "session.h"

#include <QCoreApplication>
#include <QVector>

// The host's virtual networks: listing them, and defining, starting and
// autostarting a new one.
class Networks final
{
    Q_DECLARE_TR_FUNCTIONS(Networks)

public:
    explicit Networks(Session &session);

    Result<QVector<NetworkInfo>> networks();
    // Returns the new network's name.
    Result<QString> defineNetwork(const QString &xml);
    VoidResult startNetwork(const QString &name);
    // The host's interfaces (bridges such as br0 among them): libvirt's
    // interface driver, or on this machine the kernel's list where the
    // driver has none.
    Result<QVector<HostInterfaceInfo>> hostInterfaces();

private:
    Session &m_session;
};
