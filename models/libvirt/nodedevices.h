#pragma once

#include "connection.h"
#include "session.h"

#include <QCoreApplication>

class DomainDefinitions;

// The host itself (libvirt's node): its facts, its PCI and USB devices with
// the VMs that use each, binding them to vfio-pci and back, mediated devices,
// and whether it can pass devices through at all (IOMMU, SR-IOV).
class NodeDevices final
{
    Q_DECLARE_TR_FUNCTIONS(NodeDevices)

public:
    NodeDevices(Session &session, DomainDefinitions &definitions);

    Result<HostInfo> hostInfo();
    Result<QVector<HostDevice>> hostDevices();
    VoidResult detachHostDevice(const QString &name);
    VoidResult reattachHostDevice(const QString &name);
    Result<QVector<PassthroughReadiness::Check>> passthroughReadiness();
    Result<QString> createNodeDevice(const QString &xml);
    VoidResult destroyNodeDevice(const QString &name);

private:
    // The error when not connected or the host has no such device.
    std::optional<Error> lookup(const QString &name, NodeDeviceHandle &dev);
    // Adds to each device the names of the domains whose definition (or, while
    // running, live XML) uses it.
    std::optional<Error> markUsers(QVector<HostDevice> *devices);

    Session &m_session;
    DomainDefinitions &m_definitions;
};
