#pragma once

#include "clonespec.h"
#include "domaindescription.h"
#include "session.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

class DomainDefinitions;
class StorageVolumes;

// Clones of a VM. A linked clone is quick (new qcow2 overlays) and is made
// on the worker; a full clone copies its disks (virStorageVolCreateXMLFrom,
// or qemu-img for local files outside every pool) on a thread of its own
// holding its own reference to the connection, so the connection's other
// calls go on meanwhile. A full clone never changes the original; a linked
// clone moves the original onto an overlay of its own, so that its image,
// now the clones' base, stays as it is.
class Cloning final
{
    Q_DECLARE_TR_FUNCTIONS(Cloning)

public:
    using Progress = std::function<void(const CloneProgress &)>;
    using Done = std::function<void(Result<CloneOutcome>)>;

    Cloning(Session &session, DomainDefinitions &definitions, StorageVolumes &volumes);

    Result<ClonePlan> plan(const QString &uuid);
    // Checks the request and starts it; done is called once, from the worker
    // (refusals, linked clones) or from the copying thread (full clones).
    void start(const CloneRequest &request, std::shared_ptr<std::atomic_bool> cancel, Progress progress, Done done);

private:
    QVector<CloneDiskInfo> disksOf(const DomainDescription &desc);
    Result<CloneOutcome> linked(virDomainPtr dom, const QString &xml, const CloneRequest &request,
                                const QVector<CloneDiskInfo> &disks);
    QStringList volumeNamesNear(const CloneDiskInfo &disk);

    Session &m_session;
    DomainDefinitions &m_definitions;
    StorageVolumes &m_volumes;
};
