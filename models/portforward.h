#pragma once

#include "result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

// A local TCP port that leads elsewhere: accepts connections on 127.0.0.1
// and relays each to a socket `connector` opens for it (an SSH channel to a
// port as the remote host sees it). A SPICE client opens several connections
// (main, display, inputs, cursor...) and each gets its own channel. The
// relaying runs on a thread of its own; nothing here blocks its owner.
class PortForward final
{
    Q_DECLARE_TR_FUNCTIONS(PortForward)

public:
    // Opens the far side for one accepted connection: a connected stream
    // socket this object then owns. Runs on the relay thread and may block.
    using Connector = std::function<Result<int>()>;

    explicit PortForward(Connector connector);
    // Closes the port and every connection relayed through it, without
    // waiting: a relay thread inside a connector that hangs (a host that does
    // not answer) ends by itself once the connector returns.
    ~PortForward();
    PortForward(const PortForward &) = delete;
    PortForward &operator=(const PortForward &) = delete;

    // Listens on a free port of 127.0.0.1 and starts relaying; the port.
    Result<int> start();
    int port() const { return m_port; }
    // Connections relayed now (for tests).
    int connectionCount() const { return m_shared->connections.load(); }

private:
    // What the relay thread needs: it holds it until it ends, so the owner
    // never waits for the thread.
    struct Shared
    {
        Connector connector;
        int listenFd = -1;
        int wakeFd = -1;
        std::atomic_int connections{0};
        ~Shared();
    };
    static void run(Shared &shared);

    std::shared_ptr<Shared> m_shared;
    int m_port = -1;
    std::thread m_thread;
};
