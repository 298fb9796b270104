#pragma once

#include "connection.h"
#include "session.h"

#include <QCoreApplication>
#include <QSet>

class DomainDefinitions;

// Where a console reaches a domain's VNC display: a socket libvirt hands over
// on a local host, a direct TCP connection where this machine reaches the
// display, else a channel through the host's SSH connection.
class ConsoleEndpoints final
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleEndpoints)

public:
    ConsoleEndpoints(Session &session, DomainDefinitions &definitions);

    Result<ConsoleEndpoint> openConsole(const QString &uuid);
    Result<SpiceEndpoint> spiceEndpoint(const QString &uuid);

private:
    // The running domain's live XML, with its secrets where this connection may read them.
    Result<DomainDescription> liveDescription(const QString &uuid, DomainHandle *dom);

    Session &m_session;
    DomainDefinitions &m_definitions;
    QSet<QString> m_unreachableHosts; // VNC displays there go through SSH
};
