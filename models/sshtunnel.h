#pragma once

#include "result.h"

#include <QString>

// Reaches a TCP port as seen from a remote host through OpenSSH. Every channel
// to the same host rides one multiplexed SSH connection (ControlMaster), so a
// host with many open consoles still has one SSH session, not one per console.
class SshTunnel final
{
public:
    struct Host
    {
        QString user;
        QString host;
        int port = 0;       // 0: ssh's default
        QString keyFile;    // libvirt URI's keyfile=
        bool noVerify = false; // libvirt URI's no_verify=1
    };

    // The SSH side of a libvirt URI (qemu+ssh://user@host:port/system?keyfile=...).
    static Host fromUri(const QString &uri);

    // A connected socket whose peer is targetHost:targetPort on the remote
    // host (ssh -W). Blocks until ssh has started; run it off the GUI thread.
    static Result<int> openChannel(const Host &host, const QString &targetHost, int targetPort);

    // Ends the host's shared SSH connection (it otherwise lingers a few
    // minutes after its last channel). Blocks briefly; not on the GUI thread.
    static void closeShared(const Host &host);

    // ssh's arguments for a channel, without the program name (for tests).
    static QStringList arguments(const Host &host, const QString &targetHost, int targetPort);
};
