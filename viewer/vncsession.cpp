#include "vncsession_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <vector>

#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// The VNC threads still running. A thread that outlives its console finishes
// on its own, but not while the process tears down what it may still touch:
// when QCoreApplication goes, every one is told to stop and gets a moment to
// end (they end within milliseconds of a stop). Never freed: a thread may
// still look at it while static objects are destroyed.
struct LiveWorkers
{
    std::mutex mutex;
    std::condition_variable ended;
    std::vector<VncSession *> sessions;
    bool postRoutineAdded = false;
};

LiveWorkers &liveWorkers()
{
    static auto *workers = new LiveWorkers;
    return *workers;
}

void stopWorkersAtExit()
{
    LiveWorkers &live = liveWorkers();
    std::unique_lock lock(live.mutex);
    live.postRoutineAdded = false; // a later QCoreApplication adds it again
    for (VncSession *s : live.sessions)
        s->requestStop();
    live.ended.wait_for(lock, std::chrono::seconds(2), [&] { return live.sessions.empty(); });
}

} // namespace

VncSession::VncSession()
    : m_wakeFd(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    , m_notifyFd(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{
}

VncSession::~VncSession()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
    if (m_notifyFd >= 0)
        ::close(m_notifyFd);
}

void VncSession::signal(int fd)
{
    const uint64_t one = 1;
    if (fd >= 0)
        (void)!::write(fd, &one, sizeof one);
}

std::deque<VncEvent> VncSession::takeEvents()
{
    // Read the count first: an event pushed after it signals again.
    uint64_t count;
    (void)!::read(m_notifyFd, &count, sizeof count);
    std::deque<VncEvent> events;
    const std::lock_guard lock(m_eventMutex);
    events.swap(m_events);
    return events;
}

void VncSession::post(const VncInput &input)
{
    {
        const std::lock_guard lock(m_inputMutex);
        m_input.push_back(input);
    }
    signal(m_wakeFd);
}

void VncSession::requestStop()
{
    m_stop.store(true, std::memory_order_release);
    signal(m_wakeFd);
    const std::lock_guard lock(m_eventMutex);
    if (m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR); // a read stuck mid-message returns at once
}

void VncSession::detach()
{
    {
        const std::lock_guard lock(m_eventMutex);
        m_detached = true;
        m_events.clear();
    }
    requestStop();
}

void VncSession::clearWake()
{
    uint64_t count;
    (void)!::read(m_wakeFd, &count, sizeof count);
}

std::deque<VncInput> VncSession::takeInput()
{
    std::deque<VncInput> input;
    const std::lock_guard lock(m_inputMutex);
    input.swap(m_input);
    return input;
}

void VncSession::send(VncEvent &&event)
{
    bool wasEmpty;
    {
        const std::lock_guard lock(m_eventMutex);
        if (m_detached)
            return;
        wasEmpty = m_events.empty();
        if (event.kind == VncEvent::Kind::Update && !wasEmpty && m_events.back().kind == VncEvent::Kind::Update) {
            VncEvent &last = m_events.back();
            last.region += event.region;
            last.updates += event.updates;
            last.bytes += event.bytes;
            return;
        }
        m_events.push_back(std::move(event));
    }
    if (wasEmpty)
        signal(m_notifyFd);
}

void VncSession::setSocket(int fd)
{
    const std::lock_guard lock(m_eventMutex);
    m_socket = fd;
    if (fd >= 0 && m_stop.load(std::memory_order_acquire))
        ::shutdown(fd, SHUT_RDWR);
}

void VncSession::threadStarting()
{
    LiveWorkers &live = liveWorkers();
    const std::lock_guard lock(live.mutex);
    live.sessions.push_back(this);
    if (!live.postRoutineAdded && QCoreApplication::instance()) {
        live.postRoutineAdded = true;
        qAddPostRoutine(stopWorkersAtExit);
    }
}

void VncSession::threadEnded()
{
    LiveWorkers &live = liveWorkers();
    const std::lock_guard lock(live.mutex);
    live.sessions.erase(std::find(live.sessions.begin(), live.sessions.end(), this));
    live.ended.notify_all();
}
