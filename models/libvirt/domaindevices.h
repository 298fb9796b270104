#pragma once

#include "hardwarechange.h"
#include "session.h"

#include <QCoreApplication>

class DomainDefinitions;

// A domain's devices and settings changed as HardwareChange values: each
// change goes into the persistent definition (the secure read-edit-define of
// DomainDefinitions) and, while the VM runs, to the running VM where libvirt
// allows (hot-plug, balloon, vCPU count, CD media, link state).
class DomainDevices final
{
    Q_DECLARE_TR_FUNCTIONS(DomainDevices)

public:
    DomainDevices(Session &session, DomainDefinitions &definitions);

    Result<HardwareApplyReport> apply(const QString &uuid, const QVector<HardwareChange> &changes);

private:
    void applyLive(virDomainPtr dom, const LiveOp &op, HardwareOutcome &outcome);

    Session &m_session;
    DomainDefinitions &m_definitions;
};
