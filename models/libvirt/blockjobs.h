#pragma once

#include "connection.h"
#include "session.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

class Snapshots;
class Storage;

// Merges of a disk's chain: QEMU's block commit and pull on a running domain,
// followed by libvirt's events and polled for progress, an active commit
// pivoted when ready; qemu-img's offline merge (OfflineMerge) for chains QEMU
// cannot be given.
class BlockJobs final : public QObject
{
    Q_OBJECT

public:
    BlockJobs(Session &session, Storage &storage, Snapshots &snapshots, QObject *parent);

    VoidResult blockCommit(const QString &uuid, const QString &disk, const QString &top, const QString &base, bool deleteMerged);
    VoidResult blockPull(const QString &uuid, const QString &disk, const QString &base);
    VoidResult cancelBlockJob(const QString &uuid, const QString &disk);
    // libvirt's VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2 (type, status: its enums).
    void event(const QString &uuid, const QString &disk, int type, int status);
    // The connection closed: the jobs wait, with the pivots owed to them.
    void stop();
    // The connection is open again (events registered): what became of each
    // job while it was away; a ready active commit is pivoted now.
    void resume();

signals:
    void blockJobChanged(const BlockJob &job);

private:
    VoidResult startJob(const QString &uuid, const QString &disk, BlockJob::Type type, bool pivot,
                        const std::function<int(virDomainPtr)> &start);
    VoidResult finishOfflineMerge(const QString &uuid, const QString &disk, BlockJob::Type type, const VoidResult &merged);
    void poll();
    bool pivot(virDomainPtr dom, const QString &disk);

    Session &m_session;
    Storage &m_storage;
    Snapshots &m_snapshots;
    struct Job { BlockJob::Type type; bool pivot = false; };
    QHash<QPair<QString, QString>, Job> m_jobs; // (uuid, disk)
    QTimer *m_timer = nullptr;
};
