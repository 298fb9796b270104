#include "portforward.h"

#include <QByteArray>
#include <QString>

#include <cerrno>
#include <cstring>
#include <list>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr qsizetype kBuffer = 256 * 1024; // per direction: a SPICE display update in a few reads

// One direction of a relayed connection.
struct Flow
{
    int from = -1;
    int to = -1;
    QByteArray pending; // read from `from`, not yet written to `to`
    bool eof = false;   // `from` said it sends no more
    bool shut = false;  // and `to` has been told so
};

struct Relay
{
    int client = -1;
    int remote = -1;
    Flow up;   // client -> remote
    Flow down; // remote -> client
    bool failed = false;
};

void setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

void readInto(Flow &f, bool *failed)
{
    char buffer[65536];
    while (!f.eof && f.pending.size() < kBuffer) {
        const ssize_t n = ::recv(f.from, buffer, sizeof buffer, 0);
        if (n > 0) {
            f.pending.append(buffer, n);
        } else if (n == 0) {
            f.eof = true;
        } else if (errno == EINTR) {
            continue;
        } else {
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                *failed = true;
            return;
        }
    }
}

void writeOut(Flow &f, bool *failed)
{
    while (!f.pending.isEmpty()) {
        const ssize_t n = ::send(f.to, f.pending.constData(), size_t(f.pending.size()), MSG_NOSIGNAL);
        if (n > 0) {
            f.pending.remove(0, n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK))
                *failed = true;
            return;
        }
    }
    if (f.eof && !f.shut) {
        // Half-close, as the peer did: the other side may still answer.
        ::shutdown(f.to, SHUT_WR);
        f.shut = true;
    }
}

short interest(const Flow &in, const Flow &out)
{
    // Events of the socket that is in.from (== out.to).
    short events = 0;
    if (!in.eof && in.pending.size() < kBuffer)
        events |= POLLIN;
    if (!out.pending.isEmpty())
        events |= POLLOUT;
    return events;
}

} // namespace

PortForward::PortForward(Connector connector)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->connector = std::move(connector);
}

PortForward::Shared::~Shared()
{
    if (listenFd >= 0)
        ::close(listenFd);
    if (wakeFd >= 0)
        ::close(wakeFd);
}

PortForward::~PortForward()
{
    if (m_thread.joinable()) {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_shared->wakeFd, &one, sizeof one);
        m_thread.detach(); // it ends at its next poll, or once a connector under way returns
    }
}

Result<int> PortForward::start()
{
    if (m_port > 0)
        return m_port;
    const auto fail = [this](const QString &what) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        if (m_shared->listenFd >= 0)
            ::close(std::exchange(m_shared->listenFd, -1));
        return Error{0, tr("The local port for the display cannot open (%1): %2").arg(what, reason)};
    };
    m_shared->listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (m_shared->listenFd < 0)
        return fail(QStringLiteral("socket"));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(m_shared->listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        return fail(QStringLiteral("bind"));
    if (::listen(m_shared->listenFd, 16) != 0)
        return fail(QStringLiteral("listen"));
    socklen_t length = sizeof addr;
    if (::getsockname(m_shared->listenFd, reinterpret_cast<sockaddr *>(&addr), &length) != 0)
        return fail(QStringLiteral("getsockname"));
    m_shared->wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_shared->wakeFd < 0)
        return fail(QStringLiteral("eventfd"));
    m_port = ntohs(addr.sin_port);
    m_thread = std::thread([shared = m_shared] { run(*shared); });
    return m_port;
}

void PortForward::run(Shared &shared)
{
    std::list<Relay> relays;
    std::vector<pollfd> fds;
    std::vector<Relay *> owners; // per entry of fds from index 2: its relay
    for (;;) {
        fds.clear();
        owners.clear();
        fds.push_back({shared.wakeFd, POLLIN, 0});
        fds.push_back({shared.listenFd, POLLIN, 0});
        for (Relay &r : relays) {
            fds.push_back({r.client, interest(r.up, r.down), 0});
            fds.push_back({r.remote, interest(r.down, r.up), 0});
            owners.push_back(&r);
            owners.push_back(&r);
        }
        if (::poll(fds.data(), nfds_t(fds.size()), -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[0].revents)
            break;
        if (fds[1].revents & POLLIN) {
            const int client = ::accept4(shared.listenFd, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
            if (client >= 0) {
                const Result<int> remote = shared.connector();
                if (!remote) {
                    ::close(client); // the client sees its connection closed
                } else {
                    setNonBlocking(remote.value());
                    Relay r;
                    r.client = client;
                    r.remote = remote.value();
                    r.up.from = r.down.to = client;
                    r.up.to = r.down.from = r.remote;
                    relays.push_back(std::move(r));
                    ++shared.connections;
                }
            }
        }
        for (size_t i = 2; i < fds.size(); ++i) {
            Relay &r = *owners[i - 2];
            if (!fds[i].revents || r.failed)
                continue;
            const bool isClient = fds[i].fd == r.client;
            Flow &in = isClient ? r.up : r.down;
            Flow &out = isClient ? r.down : r.up;
            if (fds[i].revents & (POLLIN | POLLHUP | POLLERR))
                readInto(in, &r.failed);
            if ((fds[i].revents & (POLLHUP | POLLERR)) && in.eof) {
                // Gone both ways: nothing more reaches this side.
                out.pending.clear();
                out.eof = out.shut = true;
            } else if (fds[i].revents & POLLOUT) {
                writeOut(out, &r.failed);
            }
        }
        // Move what was read to the other side at once, then drop what is over.
        for (auto it = relays.begin(); it != relays.end();) {
            if (!it->failed) {
                writeOut(it->up, &it->failed);
                writeOut(it->down, &it->failed);
            }
            if (it->failed || (it->up.shut && it->down.shut)) {
                ::close(it->client);
                ::close(it->remote);
                it = relays.erase(it);
                --shared.connections;
            } else {
                ++it;
            }
        }
    }
    for (Relay &r : relays) {
        ::close(r.client);
        ::close(r.remote);
    }
    shared.connections = 0;
}
