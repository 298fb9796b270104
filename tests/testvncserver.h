#pragma once

#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>
#include <QVector>

#include "vncclient.h"
#include <QTest>

#include <rfb/rfb.h>
#include <rfb/rfbproto.h>

#include <atomic>
#include <functional>
#include <chrono>
#include <thread>

#include <arpa/inet.h>
#include <poll.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// The tests' in-process LibVNCServer (0.9.14) and its shutdown. A client is
// freed on that client's own thread when its peer hangs up, while
// rfbShutdownServer() walks the same list: closing the QVirt client and then
// shutting the server down at once let ASan catch rfbCloseClient() on a freed
// client. countClients() follows the clients through the server's hooks;
// shutDown() lets the server drop every client first.
namespace TestVncServer {

// Where the server listens: 127.0.0.1 on a port the kernel picks from its
// ephemeral range (32768 and up), never LibVNCServer's autoPort, which scans
// from 5900. libvirt gives a starting guest the lowest free port from 5900
// and QEMU binds it a moment later: a test server that took it in between
// made the guest fail to start ("Failed to find an available port: Address
// already in use") in the integration test running beside it.
inline void listenOnEphemeralPort(rfbScreenInfoPtr screen)
{
    int port = 0;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    if (fd >= 0)
        ::close(fd);
    screen->autoPort = FALSE;
    screen->port = port; // LibVNCServer sets SO_REUSEADDR: the port is free again at once
    screen->ipv6port = 0;
    screen->listenInterface = htonl(INADDR_LOOPBACK);
}

inline std::atomic<int> &clients()
{
    static std::atomic<int> n{0};
    return n;
}

inline void countClients(rfbScreenInfoPtr screen)
{
    screen->newClientHook = [](rfbClientPtr cl) {
        ++clients();
        cl->clientGoneHook = [](rfbClientPtr) { --clients(); };
        return RFB_CLIENT_ACCEPT;
    };
}

// false when a client stayed (the server is shut down anyway).
inline bool shutDown(rfbScreenInfoPtr screen, int timeoutMs = 10000)
{
    const bool gone = QTest::qWaitFor([] { return clients().load() == 0; }, timeoutMs);
    rfbShutdownServer(screen, TRUE);
    rfbScreenCleanup(screen);
    return gone;
}

// A LibVNCServer of w x h on its own thread, listening on 127.0.0.1 with
// countClients(); fb is its frame buffer (LibVNCServer's layout: R, G, B, 0).
// configure sets hooks before it starts; defaultCursor, when given, gets
// LibVNCServer's own cursor (taken off the screen, for tests that want it back).
// nullptr when it cannot start.
inline rfbScreenInfoPtr start(int w, int h, QByteArray *fb, const std::function<void(rfbScreenInfoPtr)> &configure = {},
                              rfbCursorPtr *defaultCursor = nullptr)
{
    int argc = 0;
    rfbScreenInfoPtr screen = rfbGetScreen(&argc, nullptr, w, h, 8, 3, 4);
    if (!screen)
        return nullptr;
    *fb = QByteArray(w * h * 4, '\0');
    screen->frameBuffer = fb->data();
    if (defaultCursor)
        *defaultCursor = screen->cursor;
    screen->cursor = nullptr; // no server-drawn pointer in the pixels under test
    listenOnEphemeralPort(screen);
    screen->httpPort = 0;
    countClients(screen);
    if (configure)
        configure(screen);
    rfbLogEnable(0);
    rfbInitServer(screen);
    if (screen->port <= 0) {
        rfbScreenCleanup(screen);
        return nullptr;
    }
    rfbRunEventLoop(screen, 5000, TRUE);
    return screen;
}

// A server in the test's hands: the RFB 3.8 handshake without security and
// a ServerInit of w x h (32 bpp) on s; then, with closeAfterInit, the start
// of a FramebufferUpdate and the end of the connection.
inline void fakeHandshake(QTcpSocket *s, quint16 w, quint16 h, bool closeAfterInit)
{
    s->write("RFB 003.008\n");
    s->waitForBytesWritten(1000);
    s->waitForReadyRead(2000);
    s->readAll(); // client version
    s->write(QByteArray::fromHex("0101")); // one security type: None
    s->waitForReadyRead(2000);
    s->readAll(); // chosen type
    s->write(QByteArray::fromHex("00000000")); // security result OK
    s->waitForReadyRead(2000);
    s->readAll(); // ClientInit
    QByteArray init;
    init.append(char(w >> 8)).append(char(w & 0xff)).append(char(h >> 8)).append(char(h & 0xff));
    init.append(QByteArray::fromHex("2018000100ff00ff00ff100800000000")); // pixel format
    init.append(QByteArray::fromHex("00000004")).append("fake");
    s->write(init);
    s->waitForBytesWritten(1000);
    if (closeAfterInit) {
        // Start a FramebufferUpdate and vanish in the middle of it.
        s->waitForReadyRead(1000);
        s->write(QByteArray::fromHex("000000010000000000100010"));
        s->waitForBytesWritten(1000);
        s->close();
    }
}


// A client connected to server (listening here) after the handshake; the
// test's side of that connection, or nullptr.
inline QTcpSocket *fakeServer(QTcpServer &server, VncClient &c, bool clipboard)
{
    if (!server.listen(QHostAddress::LocalHost))
        return nullptr;
    VncSettings s;
    s.clipboard = clipboard;
    c.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort(), s);
    if (!server.waitForNewConnection(5000))
        return nullptr;
    QTcpSocket *sock = server.nextPendingConnection();
    fakeHandshake(sock, 16, 16, false);
    if (!QTest::qWaitFor([&] { return c.state() == VncClient::State::Connected; }, 10000))
        return nullptr;
    return sock;
}

// ServerCutText with this length (negative: the Extended Clipboard).
inline QByteArray serverCutText(qint32 length, const QByteArray &payload)
{
    QByteArray m(4, '\0');
    m[0] = char(rfbServerCutText);
    char len[4];
    qToBigEndian(length, len);
    m.append(len, 4);
    return m + payload;
}

// A raw 16x16 update of one colour (the client asked for 32 bpp, blue in the low byte).
inline QByteArray rawUpdate(QRgb color)
{
    QByteArray m = QByteArray::fromHex("000000010000000000100010") + QByteArray::fromHex("00000000");
    for (int i = 0; i < 16 * 16; ++i)
        m.append(char(qBlue(color))).append(char(qGreen(color))).append(char(qRed(color))).append('\0');
    return m;
}

// The ClientCutText messages among what a client sent, in order: each one's
// length and payload.
inline QVector<QPair<qint32, QByteArray>> cutTexts(const QByteArray &in)
{
    QVector<QPair<qint32, QByteArray>> out;
    qsizetype i = 0;
    while (i < in.size()) {
        const quint8 type = quint8(in.at(i));
        if (type == 0) { // SetPixelFormat
            i += 20;
        } else if (type == 2) { // SetEncodings
            if (i + 4 > in.size())
                break;
            i += 4 + 4 * qFromBigEndian<quint16>(in.constData() + i + 2);
        } else if (type == 3) { // FramebufferUpdateRequest
            i += 10;
        } else if (type == 4) { // KeyEvent
            i += 8;
        } else if (type == 5) { // PointerEvent
            i += 6;
        } else if (type == 6) { // ClientCutText
            if (i + 8 > in.size())
                break;
            const qint32 length = qFromBigEndian<qint32>(in.constData() + i + 4);
            const qsizetype size = length < 0 ? -qsizetype(length) : length;
            out.append({length, in.mid(i + 8, size)});
            i += 8 + size;
        } else {
            break; // something this parser does not know: stop here
        }
    }
    return out;
}

// A TCP relay on 127.0.0.1 to a server's port that passes the server's bytes
// on at bytesPerSecond (the client's at once): a slow link on loopback, where
// QVirt sees a local link and uses raw pixels. One client; a thread of its own.
class ThrottledRelay
{
public:
    ThrottledRelay(int serverPort, double bytesPerSecond) : m_serverPort(serverPort), m_rate(bytesPerSecond)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 && ::listen(m_listen, 1) == 0
            && ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            m_port = ntohs(addr.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~ThrottledRelay()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_listen);
    }
    ThrottledRelay(const ThrottledRelay &) = delete;
    ThrottledRelay &operator=(const ThrottledRelay &) = delete;
    int port() const { return m_port; }

private:
    void run()
    {
        int client = -1;
        while (!m_stop && client < 0) {
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 100) > 0)
                client = ::accept(m_listen, nullptr, nullptr);
        }
        if (client < 0)
            return;
        const int server = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(quint16(m_serverPort));
        if (::connect(server, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0) {
            char buf[16384];
            while (!m_stop) {
                pollfd p[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
                if (::poll(p, 2, 100) <= 0)
                    continue;
                if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
                    const ssize_t n = ::read(client, buf, sizeof buf);
                    if (n <= 0 || ::write(server, buf, size_t(n)) != n)
                        break;
                }
                if (p[1].revents & (POLLIN | POLLHUP | POLLERR)) {
                    const ssize_t n = ::read(server, buf, 4096);
                    if (n <= 0 || ::write(client, buf, size_t(n)) != n)
                        break;
                    std::this_thread::sleep_for(std::chrono::duration<double>(double(n) / m_rate));
                }
            }
        }
        ::close(server);
        ::close(client);
    }

    int m_listen = -1;
    int m_port = 0;
    int m_serverPort;
    double m_rate;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace TestVncServer
