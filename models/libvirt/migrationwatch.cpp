#include "migrationwatch.h"

MigrationWatch::MigrationWatch(MigrationJob &job, virDomainPtr dom)
    : m_job(job)
    , m_dom(dom)
    , m_thread([this] { loop(); })
{
}

MigrationWatch::~MigrationWatch()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void MigrationWatch::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::milliseconds(250));
        if (m_stop)
            break;
        lock.unlock();
        tick();
        lock.lock();
    }
}

void MigrationWatch::tick()
{
    if (m_job.cancelRequested && !m_postCopy && !m_aborted) {
        // Fails while the job has not started yet: tried again next tick.
        if (virDomainAbortJob(m_dom) == 0)
            m_aborted = true;
        else
            Session::dropError();
    }
    int type = VIR_DOMAIN_JOB_NONE;
    TypedParamList p;
    if (virDomainGetJobStats(m_dom, &type, &p.params, &p.count, 0) < 0) {
        Session::dropError();
        return;
    }
    if (type == VIR_DOMAIN_JOB_NONE)
        return;
    MigrationProgress progress;
    progress.uuid = m_job.uuid;
    auto get = [&p](const char *name) -> qint64 {
        unsigned long long v = 0;
        return virTypedParamsGetULLong(p.params, p.count, name, &v) == 1 ? qint64(v) : -1;
    };
    progress.dataTotal = get(VIR_DOMAIN_JOB_DATA_TOTAL);
    progress.dataProcessed = get(VIR_DOMAIN_JOB_DATA_PROCESSED);
    progress.dataRemaining = get(VIR_DOMAIN_JOB_DATA_REMAINING);
    progress.diskTotal = get(VIR_DOMAIN_JOB_DISK_TOTAL);
    progress.diskProcessed = get(VIR_DOMAIN_JOB_DISK_PROCESSED);
    progress.bytesPerSecond = get(VIR_DOMAIN_JOB_MEMORY_BPS);
    progress.elapsedMs = get(VIR_DOMAIN_JOB_TIME_ELAPSED);
    progress.iteration = int(get(VIR_DOMAIN_JOB_MEMORY_ITERATION));
    const qint64 dirtyPages = get(VIR_DOMAIN_JOB_MEMORY_DIRTY_RATE);
    const qint64 pageSize = get(VIR_DOMAIN_JOB_MEMORY_PAGE_SIZE);
    if (dirtyPages >= 0)
        progress.dirtyRate = dirtyPages * (pageSize > 0 ? pageSize : 4096);
    const bool wantsPostCopy = m_job.postCopyRequested || (m_job.options.postCopy && progress.iteration >= 2);
    if (wantsPostCopy && !m_postCopy && !m_aborted) {
        if (virDomainMigrateStartPostCopy(m_dom, 0) == 0)
            m_postCopy = true;
        else
            Session::dropError();
    }
    if (m_postCopy)
        progress.phase = MigrationProgress::Phase::PostCopy;
    else if (progress.diskTotal > 0 && progress.diskProcessed < progress.diskTotal)
        progress.phase = MigrationProgress::Phase::Storage;
    else if (progress.dataRemaining == 0)
        progress.phase = MigrationProgress::Phase::Finishing;
    else
        progress.phase = MigrationProgress::Phase::Memory;
    emit m_job.relay->progressed(progress);
}
