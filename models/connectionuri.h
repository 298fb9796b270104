#pragma once

#include <QCoreApplication>
#include <QString>

// Builds, checks and names libvirt connection URIs.
class ConnectionUri final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionUri)

public:
    enum class Hypervisor { QemuSystem, QemuSession, Test };
    enum class Transport { Local, Ssh, Libssh, Tls, Tcp };

    struct Parts
    {
        Hypervisor hypervisor = Hypervisor::QemuSystem;
        Transport transport = Transport::Local;
        QString user;
        QString host;      // host or host:port
        QString testFile;  // absolute path of a test driver host file; empty: default
    };

    static QString build(const Parts &parts);

    // Empty when the URI looks usable; otherwise why it is malformed.
    static QString validate(const QString &uri);

    // "QEMU/KVM", "QEMU/KVM user session", "QEMU/KVM: root@host", "Test: file.xml"...
    static QString displayName(const QString &uri);

    // The URI reaches the local host (no host part, or localhost over a local transport).
    static bool isLocal(const QString &uri);

    // virt-manager's choice: the system instance when its socket can be used,
    // else the per-user session, which libvirt starts on demand.
    static QString defaultLocalUri(const QString &runtimeDir = QStringLiteral("/run/libvirt"));
};
