#pragma once

// A Unix socket between a connection under test and libvirtd that passes every
// byte on, message by message, and shows each of libvirt's RPC messages to a
// hook first: a fault test can so kill or freeze the daemon at an exact point
// of a conversation (the 12th domain of a list load, the 8th start of a batch)
// instead of guessing with timers. Runs on a thread of its own; the hook runs
// there too, before the message goes on.

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include <atomic>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace LibvirtRpc {
// src/rpc/virnetprotocol.x and src/remote/remote_protocol.x of libvirt.
constexpr quint32 RemoteProgram = 0x20008086;
enum Type : quint32 { Call = 0, Reply = 1, Message = 2 };
enum Procedure : quint32 {
    DomainCreate = 9,
    DomainGetInfo = 16,
    DomainSnapshotCreateXml = 185,
    DomainGetState = 212,
    ConnectListAllDomains = 273,
    DomainBlockCommit = 290,
    DomainEventCallbackLifecycle = 318,
};
constexpr int HeaderSize = 28; // length word, program, version, procedure, type, serial, status
} // namespace LibvirtRpc

class LibvirtRelay final
{
public:
    struct Message
    {
        bool fromClient = false;
        quint32 program = 0;
        quint32 procedure = 0;
        quint32 type = 0;
        QByteArray bytes; // the whole message, length word included; the hook may change bytes (not the length)
        std::function<void()> afterForward; // set by the hook: runs once the message went on
    };
    using Hook = std::function<void(Message &)>;

    LibvirtRelay(const QString &listenPath, const QString &daemonPath)
        : m_listenPath(listenPath.toLocal8Bit())
        , m_daemonPath(daemonPath.toLocal8Bit())
    {
    }
    ~LibvirtRelay()
    {
        if (m_thread.joinable()) {
            m_stop = true;
            wake();
            m_thread.join();
        }
        for (int fd : {m_listen, m_wake[0], m_wake[1]}) {
            if (fd >= 0)
                ::close(fd);
        }
        ::unlink(m_listenPath.constData());
    }
    LibvirtRelay(const LibvirtRelay &) = delete;
    LibvirtRelay &operator=(const LibvirtRelay &) = delete;

    bool start()
    {
        ::unlink(m_listenPath.constData());
        m_listen = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const sockaddr_un addr = address(m_listenPath);
        if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0
            || ::listen(m_listen, 16) != 0 || ::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0)
            return false;
        m_thread = std::thread([this] { run(); });
        return true;
    }

    QString path() const { return QString::fromLocal8Bit(m_listenPath); }

    void setHook(Hook hook)
    {
        std::lock_guard lock(m_hookMutex);
        m_hook = std::move(hook);
    }

    // Closes every relayed connection, as a network that drops them would.
    void dropClients()
    {
        m_drop = true;
        wake();
    }

private:
    struct Side
    {
        int fd = -1;
        QByteArray pending; // bytes of a message not complete yet
    };
    struct Pair
    {
        Side client;
        Side daemon;
    };

    static sockaddr_un address(const QByteArray &path)
    {
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        qstrncpy(addr.sun_path, path.constData(), sizeof addr.sun_path);
        return addr;
    }

    void wake()
    {
        const char c = 0;
        [[maybe_unused]] const ssize_t n = ::write(m_wake[1], &c, 1);
    }

    static bool writeAll(int fd, const char *data, qsizetype size)
    {
        while (size > 0) {
            const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            data += n;
            size -= n;
        }
        return true;
    }

    // Reads what from has, hands each complete message to the hook and on to
    // to. False when the pair is finished.
    bool pass(Side &from, Side &to, bool fromClient)
    {
        char buf[65536];
        const ssize_t n = ::read(from.fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            return true;
        if (n <= 0)
            return false;
        from.pending.append(buf, n);
        while (from.pending.size() >= 4) {
            const quint32 length = qFromBigEndian<quint32>(from.pending.constData());
            if (length < 4) { // not libvirt's framing: pass it on as it is
                const QByteArray all = std::exchange(from.pending, {});
                return writeAll(to.fd, all.constData(), all.size());
            }
            if (quint32(from.pending.size()) < length)
                break;
            Message m;
            m.fromClient = fromClient;
            m.bytes = from.pending.left(length);
            from.pending.remove(0, length);
            if (length >= quint32(LibvirtRpc::HeaderSize)) {
                const char *h = m.bytes.constData();
                m.program = qFromBigEndian<quint32>(h + 4);
                m.procedure = qFromBigEndian<quint32>(h + 12);
                m.type = qFromBigEndian<quint32>(h + 16);
            }
            if (m_trace)
                qDebug("relay %s program %#x procedure %u type %u, %u bytes", fromClient ? "->" : "<-", m.program,
                       m.procedure, m.type, length);
            {
                std::lock_guard lock(m_hookMutex);
                if (m_hook)
                    m_hook(m);
            }
            const bool sent = writeAll(to.fd, m.bytes.constData(), m.bytes.size());
            if (m.afterForward)
                m.afterForward();
            if (!sent)
                return false;
        }
        return true;
    }

    static void closePair(Pair &p)
    {
        for (int fd : {p.client.fd, p.daemon.fd}) {
            if (fd >= 0)
                ::close(fd);
        }
    }

    void run()
    {
        std::vector<Pair> pairs;
        while (!m_stop) {
            if (m_drop.exchange(false)) {
                for (Pair &p : pairs)
                    closePair(p);
                pairs.clear();
            }
            std::vector<pollfd> fds{{m_listen, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
            for (const Pair &p : pairs) {
                fds.push_back({p.client.fd, POLLIN, 0});
                fds.push_back({p.daemon.fd, POLLIN, 0});
            }
            if (::poll(fds.data(), fds.size(), -1) < 0)
                continue;
            if (fds[1].revents) {
                char drain[64];
                while (::read(m_wake[0], drain, sizeof drain) > 0) {
                }
            }
            std::vector<Pair> next;
            for (size_t i = 0; i < pairs.size(); ++i) {
                Pair &p = pairs[i];
                bool alive = true;
                if (fds[2 + 2 * i].revents)
                    alive = pass(p.client, p.daemon, true);
                if (alive && fds[3 + 2 * i].revents)
                    alive = pass(p.daemon, p.client, false);
                if (alive)
                    next.push_back(p);
                else
                    closePair(p);
            }
            pairs.swap(next);
            if (fds[0].revents & POLLIN) {
                const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
                if (client < 0)
                    continue;
                // The daemon is away (killed, not started yet): the client
                // meets a closed connection, as it would meet a missing socket.
                const int daemon = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
                const sockaddr_un addr = address(m_daemonPath);
                if (daemon < 0 || ::connect(daemon, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0) {
                    ::close(client);
                    if (daemon >= 0)
                        ::close(daemon);
                    continue;
                }
                pairs.push_back(Pair{{client, {}}, {daemon, {}}});
            }
        }
        for (Pair &p : pairs)
            closePair(p);
    }

    QByteArray m_listenPath;
    QByteArray m_daemonPath;
    int m_listen = -1;
    int m_wake[2] = {-1, -1};
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_drop{false};
    const bool m_trace = qEnvironmentVariableIsSet("QVIRT_RELAY_TRACE");
    std::mutex m_hookMutex;
    Hook m_hook;
};
