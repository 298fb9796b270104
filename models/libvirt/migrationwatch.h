#pragma once

#include "migration.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

// Follows libvirt's job while the move runs: its figures for the GUI, the
// user's cancel (virDomainAbortJob) and the switch to post-copy, each from
// this thread while the job's thread waits inside libvirt's migration call.
class MigrationWatch final
{
public:
    MigrationWatch(MigrationJob &job, virDomainPtr dom);
    ~MigrationWatch();
    MigrationWatch(const MigrationWatch &) = delete;
    MigrationWatch &operator=(const MigrationWatch &) = delete;

private:
    void loop();
    void tick();

    MigrationJob &m_job;
    virDomainPtr m_dom;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic<bool> m_postCopy{false};
    bool m_aborted = false;
    std::thread m_thread;
};
