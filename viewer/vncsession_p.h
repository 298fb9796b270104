#pragma once

#include "vncclient.h"

#include <QRegion>
#include <QString>

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>

class FrameBuffers;

// What the GUI asks of the VNC thread.
struct VncInput
{
    enum class Kind { Key, Pointer, DesktopSize, ClipboardText, ClipboardSharing } kind;
    quint32 keysym = 0;
    quint32 qnum = 0;
    bool down = false;
    int x = 0;
    int y = 0;
    int buttons = 0;
    QString text = QString(); // ClipboardText: what the desktop's clipboard holds; ClipboardSharing: down is on or off
};

// What the VNC thread tells the GUI, in order.
struct VncEvent
{
    enum class Kind { Frames, Update, State, ServerInfo, ResizeRefused, ResizeForwarded, ClipboardText, ClipboardDropped, ClipboardCaps, SlowLink };
    explicit VncEvent(Kind k) : kind(k) {}

    Kind kind;
    std::shared_ptr<FrameBuffers> frames; // Frames: a new screen size
    QRegion region;                       // Update: what changed, over `updates` updates
    quint64 updates = 0;
    quint64 bytes = 0;                    // Update: pixel bytes; SlowLink: the link's bytes per second
    VncClient::State state = VncClient::State::Disconnected;
    VncClient::Failure failure = VncClient::Failure::None;
    QString text;                         // State: the error; ServerInfo: the encoding; ResizeRefused and
                                          // ClipboardDropped: why; ClipboardText: the guest's text
    bool extendedKeys = false;            // ServerInfo: extended key events; ClipboardCaps: extended clipboard
};

// What one connection's two sides share. The GUI (VncClient) and the VNC
// thread each hold it; the thread ends by itself once stopped, and whichever
// side lets go last frees it. Each direction is a queue under its own mutex,
// held only to push or take (never across I/O or a call out), plus an eventfd
// that wakes the other side: the thread polls its wake-up fd with the socket,
// the GUI watches its notify fd with a QSocketNotifier. Nothing passes through
// Qt's cross-thread events, so no event can reach a VncClient that is gone.
class VncSession final
{
public:
    VncSession();
    ~VncSession();
    VncSession(const VncSession &) = delete;
    VncSession &operator=(const VncSession &) = delete;

    // The GUI's side.
    int notifyFd() const { return m_notifyFd; }
    std::deque<VncEvent> takeEvents();
    void post(const VncInput &input);
    // Stops the thread without waiting for it: a poll wakes up, a read stuck
    // mid-message returns (the socket is shut down). Nothing reaches the GUI
    // afterwards.
    void detach();

    // The VNC thread's side.
    bool stopping() const { return m_stop.load(std::memory_order_acquire); }
    int wakeFd() const { return m_wakeFd; }
    void clearWake();
    std::deque<VncInput> takeInput();
    // Coalesces with an Update still waiting to be taken.
    void send(VncEvent &&event);
    // The socket stop() shuts down; set to -1 before it is closed, so that a
    // number the kernel hands out again is never shut down by mistake.
    void setSocket(int fd);

    void requestStop();

    // Kept count of, so that the end of the process gives running threads a
    // moment to finish (vncsession.cpp).
    void threadStarting();
    void threadEnded();

private:
    static void signal(int fd);

    const int m_wakeFd;
    const int m_notifyFd;
    std::atomic<bool> m_stop{false};
    std::mutex m_inputMutex;
    std::deque<VncInput> m_input;
    std::mutex m_eventMutex; // also guards m_socket and m_detached
    std::deque<VncEvent> m_events;
    int m_socket = -1;
    bool m_detached = false;
};

// Starts the VNC thread of one connection; it owns itself and holds the
// session until it ends. fd: a connected socket it takes over, or -1 to
// connect to host:port.
void startVncWorker(std::shared_ptr<VncSession> session, int fd, const QString &host, int port,
                    const VncSettings &settings, bool localLink);
