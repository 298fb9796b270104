#include "blockjobs.h"

#include "filename.h"
#include "offlinemerge.h"
#include "snapshots.h"
#include "storage.h"

#include <cerrno>

namespace {

BlockJob::Type jobType(int type)
{
    switch (type) {
    case VIR_DOMAIN_BLOCK_JOB_TYPE_PULL: return BlockJob::Type::Pull;
    case VIR_DOMAIN_BLOCK_JOB_TYPE_COMMIT: return BlockJob::Type::Commit;
    case VIR_DOMAIN_BLOCK_JOB_TYPE_ACTIVE_COMMIT: return BlockJob::Type::ActiveCommit;
    default: return BlockJob::Type::Other;
    }
}

} // namespace

BlockJobs::BlockJobs(Session &session, Storage &storage, Snapshots &snapshots, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_storage(storage)
    , m_snapshots(snapshots)
    , m_timer(new QTimer(this))
{
    // Events say when a job ends; only polling says how far it got.
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &BlockJobs::poll);
}

void BlockJobs::stop()
{
    m_timer->stop();
}

void BlockJobs::resume()
{
    const auto keys = m_jobs.keys();
    for (const auto &key : keys) {
        if (!m_session.isOpen())
            return;
        const auto &[uuid, disk] = key;
        const Job job = m_jobs.value(key);
        BlockJob j{uuid, disk, job.type, BlockJob::Status::Ended, 0, 0};
        DomainHandle dom;
        if (const auto error = m_session.lookup(uuid, dom)) {
            if (error->code != VIR_ERR_NO_DOMAIN)
                return; // the host went again: the next connection looks
        } else {
            virDomainBlockJobInfo info;
            const int rc = virDomainGetBlockJobInfo(dom.get(), disk.toUtf8().constData(), &info, 0);
            if (rc < 0) {
                Session::dropError();
                m_session.checkAlive();
                return;
            }
            if (rc == 1) {
                // Still running; an active commit whose copy caught up while
                // QVirt was away missed its ready event: pivot now (libvirt
                // refuses one not ready, and its ready event then comes).
                j.status = BlockJob::Status::Running;
                j.cur = info.cur;
                j.end = info.end;
                if (job.pivot && info.end > 0 && info.cur == info.end) {
                    if (pivot(dom.get(), disk))
                        m_jobs[key].pivot = false;
                    else
                        Session::dropError();
                }
                m_timer->start();
                emit blockJobChanged(j);
                continue;
            }
        }
        // Gone while QVirt was away: what it merged is dropped from the
        // snapshots as after a completed commit (by what the chains now hold).
        m_jobs.remove(key);
        if (dom && (job.type == BlockJob::Type::Commit || job.type == BlockJob::Type::ActiveCommit))
            m_snapshots.dropMerged(uuid);
        m_session.queueRefresh(uuid);
        emit blockJobChanged(j);
    }
}

bool BlockJobs::pivot(virDomainPtr dom, const QString &disk)
{
    return virDomainBlockJobAbort(dom, disk.toUtf8().constData(), VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT) == 0;
}

VoidResult BlockJobs::startJob(const QString &uuid, const QString &disk, BlockJob::Type type, bool pivot,
                               const std::function<int(virDomainPtr)> &start)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(uuid, dom))
        return *error;
    if (virDomainIsActive(dom.get()) != 1)
        return Error{VIR_ERR_OPERATION_INVALID,
                     tr("Merging images needs the virtual machine running: QEMU does the work. Start it first.")};
    if (start(dom.get()) < 0) {
        Error e = Session::takeError();
        if (e.osErrno == ENOSPC || m_storage.chainOnFullDisk(dom.get(), disk))
            e.message += QLatin1Char('\n') + tr("The host's disk is full. Free space there, then merge again; every image is still valid.");
        return e;
    }
    m_jobs.insert({uuid, disk}, Job{type, pivot});
    m_timer->start();
    emit blockJobChanged(BlockJob{uuid, disk, type, BlockJob::Status::Running, 0, 0});
    return {};
}

// An offline merge is done when its call returns; the panel hears of it as of a block job.
VoidResult BlockJobs::finishOfflineMerge(const QString &uuid, const QString &disk, BlockJob::Type type,
                                         const VoidResult &merged)
{
    if (merged) {
        emit blockJobChanged(BlockJob{uuid, disk, type, BlockJob::Status::Running, 0, 0});
        if (type != BlockJob::Type::Pull)
            m_snapshots.dropMerged(uuid);
        emit blockJobChanged(BlockJob{uuid, disk, type, BlockJob::Status::Completed, 0, 0});
    }
    m_session.queueRefresh(uuid);
    return merged;
}

VoidResult BlockJobs::blockCommit(const QString &uuid, const QString &disk, const QString &top, const QString &base,
                                  bool deleteMerged)
{
    const bool active = top.isEmpty();
    if (const auto chain = m_storage.offlineChain(uuid, disk)) {
        int layer = 0;
        while (!active && layer < chain->size() && chain->at(layer).path != top)
            ++layer;
        if (layer + 1 >= chain->size() || (!base.isEmpty() && chain->at(layer + 1).path != base))
            return Error{VIR_ERR_INVALID_ARG, tr("The chain of disk %1 changed. Look at it again, then merge.").arg(disk)};
        return finishOfflineMerge(uuid, disk, active ? BlockJob::Type::ActiveCommit : BlockJob::Type::Commit,
                                  OfflineMerge::commit(*chain, layer, deleteMerged));
    }
    // Paths as libvirt read them from the image headers: the exact bytes.
    const QByteArray d = disk.toUtf8(), t = FileName::toNative(top), b = FileName::toNative(base);
    return startJob(uuid, disk, active ? BlockJob::Type::ActiveCommit : BlockJob::Type::Commit, active, [&](virDomainPtr dom) {
        unsigned int flags = active ? VIR_DOMAIN_BLOCK_COMMIT_ACTIVE : 0;
        if (!active && base.isEmpty())
            flags |= VIR_DOMAIN_BLOCK_COMMIT_SHALLOW; // into the image right below top
        if (deleteMerged)
            flags |= VIR_DOMAIN_BLOCK_COMMIT_DELETE; // libvirt deletes them only after success
        return virDomainBlockCommit(dom, d.constData(), base.isEmpty() ? nullptr : b.constData(),
                                    active ? nullptr : t.constData(), 0, flags);
    });
}

VoidResult BlockJobs::blockPull(const QString &uuid, const QString &disk, const QString &base)
{
    if (const auto chain = m_storage.offlineChain(uuid, disk)) {
        int layer = base.isEmpty() ? -1 : 1;
        while (layer > 0 && layer < chain->size() && chain->at(layer).path != base)
            ++layer;
        if (layer >= chain->size())
            return Error{VIR_ERR_INVALID_ARG, tr("The chain of disk %1 changed. Look at it again, then merge.").arg(disk)};
        return finishOfflineMerge(uuid, disk, BlockJob::Type::Pull, OfflineMerge::pull(*chain, layer));
    }
    const QByteArray d = disk.toUtf8(), b = FileName::toNative(base);
    return startJob(uuid, disk, BlockJob::Type::Pull, false, [&](virDomainPtr dom) {
        return virDomainBlockRebase(dom, d.constData(), base.isEmpty() ? nullptr : b.constData(), 0, 0);
    });
}

VoidResult BlockJobs::cancelBlockJob(const QString &uuid, const QString &disk)
{
    const QByteArray d = disk.toUtf8();
    if (auto it = m_jobs.find({uuid, disk}); it != m_jobs.end())
        it->pivot = false; // cancelled: never pivot
    return m_session.withDomain(uuid, [&d](virDomainPtr dom) { return virDomainBlockJobAbort(dom, d.constData(), 0); });
}

void BlockJobs::event(const QString &uuid, const QString &disk, int type, int status)
{
    const auto key = qMakePair(uuid, disk);
    const Job job = m_jobs.value(key, Job{jobType(type), false});
    BlockJob j{uuid, disk, jobType(type), BlockJob::Status::Running, 0, 0};
    switch (status) {
    case VIR_DOMAIN_BLOCK_JOB_READY:
        j.status = BlockJob::Status::Ready;
        if (job.pivot && m_session.isOpen()) {
            // The active layer is mirrored into base: switch the disk onto it.
            DomainHandle dom;
            if (!m_session.lookup(uuid, dom) && !pivot(dom.get(), disk)) {
                Session::dropError(); // the job is reported failed instead
                j.status = BlockJob::Status::Failed;
            }
            m_jobs[key].pivot = false;
        }
        break;
    case VIR_DOMAIN_BLOCK_JOB_COMPLETED: j.status = BlockJob::Status::Completed; break;
    case VIR_DOMAIN_BLOCK_JOB_FAILED: j.status = BlockJob::Status::Failed; break;
    case VIR_DOMAIN_BLOCK_JOB_CANCELED: j.status = BlockJob::Status::Cancelled; break;
    default: return;
    }
    if (j.status != BlockJob::Status::Ready && j.status != BlockJob::Status::Running) {
        m_jobs.remove(key);
        if (j.status == BlockJob::Status::Completed
            && (j.type == BlockJob::Type::Commit || j.type == BlockJob::Type::ActiveCommit))
            m_snapshots.dropMerged(uuid);
        m_session.queueRefresh(uuid);
    }
    emit blockJobChanged(j);
}

void BlockJobs::poll()
{
    if (!m_session.isOpen() || m_jobs.isEmpty()) {
        m_timer->stop();
        return;
    }
    const auto keys = m_jobs.keys();
    for (const auto &key : keys) {
        DomainHandle dom;
        if (m_session.lookup(key.first, dom))
            continue;
        virDomainBlockJobInfo info;
        const int rc = virDomainGetBlockJobInfo(dom.get(), key.second.toUtf8().constData(), &info, 0);
        if (rc == 1)
            emit blockJobChanged(BlockJob{key.first, key.second, jobType(info.type), BlockJob::Status::Running, info.cur, info.end});
        else if (rc < 0)
            Session::dropError(); // the job ended; its event says how
    }
}
