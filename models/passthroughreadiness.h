#pragma once

#include "hostdevice.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// Whether a host can pass PCI devices through to guests, read from /proc and
// /sys under a root path (so tests can feed fixture trees), or from what libvirt
// reports for a remote host. Each check says pass, fail or "could not check",
// and what to do about a failure.
class PassthroughReadiness final
{
    Q_DECLARE_TR_FUNCTIONS(PassthroughReadiness)

public:
    enum class Outcome { Pass, Fail, Unknown };

    struct Check
    {
        QString id;     // iommu, vfio, gpu-driver, interrupt-remapping
        Outcome outcome = Outcome::Unknown;
        QString title;
        QString detail; // what was found
        QString fix;    // what to do when it failed; for Unknown, how to check by hand
    };

    static QVector<Check> check(const QString &root = QStringLiteral("/"));

    // For a host QVirt reaches only through libvirt (qemu+ssh://...): from the domain capabilities
    // XML (virConnectGetDomainCapabilities) and the node devices. What libvirt does not tell is
    // Unknown, "could not be checked remotely", with how to check it on the host by hand.
    static QVector<Check> fromLibvirt(const QString &domainCapabilitiesXml, const QVector<HostDevice> &devices);
};
