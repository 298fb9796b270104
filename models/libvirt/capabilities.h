#pragma once

#include "domaincapabilities.h"
#include "session.h"

#include <QCoreApplication>

// What the host's hypervisor offers new VMs (virConnectGetDomainCapabilities).
class Capabilities final
{
    Q_DECLARE_TR_FUNCTIONS(Capabilities)

public:
    explicit Capabilities(Session &session);

    // For arch (empty: the host's) and machine (q35, pc, or empty: the
    // default): KVM where the host has it, else QEMU's TCG; the test driver
    // answers with its own type.
    Result<DomainCapabilities> domainCapabilities(const QString &arch, const QString &machine);

private:
    Session &m_session;
};
