#pragma once

#include "connection.h"
#include "session.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

class DomainDefinitions;
class Storage;

// A domain's snapshots: listing them with the disks' chains, taking internal
// and external ones, reverting (external ones by hand where libvirt cannot)
// and deleting them, and forgetting those a merge made meaningless.
class Snapshots final
{
    Q_DECLARE_TR_FUNCTIONS(Snapshots)

public:
    Snapshots(Session &session, DomainDefinitions &definitions, Storage &storage);

    Result<SnapshotState> snapshots(const QString &uuid);
    VoidResult createSnapshot(const QString &uuid, const SnapshotRequest &request);
    VoidResult revertToSnapshot(const QString &uuid, const QString &name);
    VoidResult deleteSnapshot(const QString &uuid, const QString &name);
    // After a commit: the metadata of external snapshots whose overlay left
    // the chains goes.
    void dropMerged(const QString &uuid);

private:
    Result<std::vector<SnapshotHandle>> listOf(virDomainPtr dom);
    // nullopt when the XML cannot be read or parsed; xml: the text read.
    std::optional<SnapshotInfo> describe(virDomainSnapshotPtr snap, unsigned int flags, QString *xml = nullptr);
    std::optional<Error> lookup(const QString &uuid, const QString &name, DomainHandle &dom, SnapshotHandle &snap);
    VoidResult callResult(const QString &uuid, int rc, bool external, const QString &explainExternal);
    VoidResult revertExternal(virDomainPtr dom, const QString &uuid, const SnapshotInfo &info, const QString &snapXml);

    Session &m_session;
    DomainDefinitions &m_definitions;
    Storage &m_storage;
};
