#include "vncclient.h"

#include <QMutex>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QThread>
#include <QVector>

#include <rfb/rfbclient.h>

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstring>
#include <deque>
#include <mutex>

#include <netinet/in.h>
#include <csignal>
#include <poll.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

// QEMU's LED state pseudo-encoding: with it QEMU reports lock-key state instead
// of injecting lock-key presses when it thinks the client is out of step.
constexpr int32_t kEncodingQemuLedState = -261;
constexpr int32_t kEncodingDesktopResize = -223;
constexpr int32_t kEncodingExtDesktopSize = -308;
constexpr int32_t kEncodingQemuExtendedKeys = -258;
constexpr int32_t kEncodingCompressLevel0 = -256;
constexpr int32_t kEncodingQualityLevel0 = -32;

thread_local QString t_lastLog;

void logToThread(const char *format, ...)
{
    char buf[512];
    va_list args;
    va_start(args, format);
    vsnprintf(buf, sizeof buf, format, args);
    va_end(args);
    t_lastLog = QString::fromLocal8Bit(buf).trimmed();
}

int tag; // address used as libvncclient's client-data key

rfbBool handleLedState(rfbClient *cl, rfbFramebufferUpdateRectHeader *rect)
{
    if (int32_t(rect->encoding) != kEncodingQemuLedState)
        return FALSE;
    char state = 0; // one byte: scroll, num, caps lock bits
    return ReadFromRFBServer(cl, &state, 1);
}

int ledEncodings[] = {kEncodingQemuLedState, 0};
rfbClientProtocolExtension ledExtension = {ledEncodings, handleLedState, nullptr, nullptr, nullptr, nullptr};

int32_t encodingNumber(const QByteArray &name)
{
    if (name == "raw") return rfbEncodingRaw;
    if (name == "copyrect") return rfbEncodingCopyRect;
    if (name == "hextile") return rfbEncodingHextile;
    if (name == "zlib") return rfbEncodingZlib;
    if (name == "tight") return rfbEncodingTight;
    if (name == "zrle") return rfbEncodingZRLE;
    return INT32_MIN;
}

} // namespace

class VncWorker final : public QThread
{
public:
    struct Input
    {
        enum class Kind { Key, Pointer, DesktopSize } kind;
        quint32 keysym = 0;
        quint32 qnum = 0;
        bool down = false;
        int x = 0;
        int y = 0;
        int buttons = 0;
    };

    VncWorker(VncClient *owner, int fd, const QString &host, int port, const VncSettings &settings, bool local)
        : m_owner(owner), m_fd(fd), m_host(host.toUtf8()), m_port(port), m_settings(settings), m_local(local)
        , m_wake(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    {
        setObjectName(QStringLiteral("vnc"));
    }

    ~VncWorker() override
    {
        stop();
        wait();
        if (m_wake >= 0)
            ::close(m_wake);
    }

    void stop()
    {
        m_stop.store(true);
        wake();
        const int sock = m_sock.load();
        if (sock >= 0)
            ::shutdown(sock, SHUT_RDWR); // a read stuck mid-message returns at once
    }

    void post(const Input &input)
    {
        {
            const std::lock_guard lock(m_inputMutex);
            m_input.push_back(input);
        }
        wake();
    }

protected:
    void run() override;

private:
    void wake()
    {
        const uint64_t one = 1;
        if (m_wake >= 0)
            (void)!::write(m_wake, &one, sizeof one);
    }
    bool sendFormatAndEncodings();
    void drainInput();
    void fail(VncClient::Failure failure, const QString &message);
    void flush();
    void endOfUpdate();
    bool handleServerMessage();
    bool readRawUpdate();
    bool readRows(uint8_t *first, size_t rowBytes, size_t stride, int rows);
    bool peek(char *out, int n);
    bool interceptExtDesktopSize(bool *handled);
    bool readExtDesktopSize(int reason, int status, int w, int h);
    bool resizeFrameBuffer(int w, int h);
    void requestDesktopSize(int w, int h);
    void refuseDesktopSize(const QString &why);

    static VncWorker *self(rfbClient *cl) { return static_cast<VncWorker *>(rfbClientGetClientData(cl, &tag)); }
    static rfbBool mallocFrameBuffer(rfbClient *cl);
    static void gotUpdate(rfbClient *cl, int x, int y, int w, int h);
    static void finishedUpdate(rfbClient *cl);
    static char *getPassword(rfbClient *cl);
    static rfbCredential *getCredential(rfbClient *cl, int type);
    static void ledState(rfbClient *, int, int) {}

    VncClient *m_owner;
    int m_fd;
    QByteArray m_host;
    int m_port;
    VncSettings m_settings;
    bool m_local;
    int m_wake;
    std::atomic<int> m_sock{-1};
    std::atomic<bool> m_stop{false};
    std::mutex m_inputMutex;
    std::deque<Input> m_input;
    rfbClient *m_cl = nullptr;
    QRegion m_dirty;
    QImage m_image; // the frame buffer libvncclient decodes into
    bool m_rawMode = false; // we read raw updates ourselves, straight into m_image
    quint64 m_pendingBytes = 0;
    bool m_passwordAsked = false;
    // ExtendedDesktopSize (-308): asked for only where QVirt reads it itself
    // (libvncclient 0.9.14 drops QEMU's screen id 0 and then loses sync).
    bool m_askExtDesktopSize = false;
    bool m_extDesktopSize = false; // the server announced it: SetDesktopSize may be sent
    bool m_firstUpdateDone = false;
    rfbExtDesktopScreen m_screen{}; // the server's first screen, as it last described it
    QSize m_pendingDesktopSize;     // asked for before the server said whether it can
};

rfbBool VncWorker::mallocFrameBuffer(rfbClient *cl)
{
    VncWorker *w = self(cl);
    cl->frameBuffer = nullptr;
    if (cl->width <= 0 || cl->height <= 0 || cl->width > 16384 || cl->height > 16384) {
        t_lastLog = VncClient::tr("The server announced an impossible screen size of %1×%2.").arg(cl->width).arg(cl->height);
        return FALSE;
    }
    // libvncclient decodes straight into the image the view paints from: no
    // copy per update. The pointer is taken before the image is shared, and
    // neither side detaches it afterwards (the GUI only reads).
    // Mapped with transparent huge pages where the kernel offers them: the
    // socket reads and the view's blits then walk a handful of TLB entries
    // instead of one per 4 KiB page (a 1080p frame is 2,000 pages).
    const size_t bytes = size_t(cl->width) * size_t(cl->height) * 4;
    const size_t huge = size_t(2) << 20;
    const size_t length = (bytes + huge - 1) / huge * huge;
    void *memory = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        return FALSE;
    madvise(memory, length, MADV_HUGEPAGE);
    QImage image(static_cast<uchar *>(memory), cl->width, cl->height, cl->width * 4, QImage::Format_RGB32,
                 [](void *info) {
                     auto *mapping = static_cast<std::pair<void *, size_t> *>(info);
                     munmap(mapping->first, mapping->second);
                     delete mapping;
                 },
                 new std::pair<void *, size_t>(memory, length));
    if (image.isNull())
        return FALSE;
    image.fill(Qt::black);
    cl->frameBuffer = image.bits();
    w->m_image = image;
    w->m_dirty = QRegion();
    // rfbInitClient would set this; libvncclient's incremental requests use it.
    cl->updateRect.x = cl->updateRect.y = 0;
    cl->updateRect.w = cl->width;
    cl->updateRect.h = cl->height;
    VncClient *owner = w->m_owner;
    QMetaObject::invokeMethod(owner, [owner, image] { owner->applyResize(image); }, Qt::QueuedConnection);
    return TRUE;
}

void VncWorker::gotUpdate(rfbClient *cl, int x, int y, int w, int h)
{
    VncWorker *worker = self(cl);
    worker->m_dirty += QRect(x, y, w, h);
    worker->m_pendingBytes += quint64(w) * quint64(h) * 4;
}

void VncWorker::finishedUpdate(rfbClient *cl)
{
    self(cl)->endOfUpdate();
}

char *VncWorker::getPassword(rfbClient *cl)
{
    VncWorker *w = self(cl);
    w->m_passwordAsked = true;
    return strdup(w->m_settings.password.toUtf8().constData()); // libvncclient frees it
}

// Where libvirt and virt-viewer keep VNC TLS files, under their two naming schemes.
static QString findTlsFile(const QString &configured, const QStringList &names)
{
    QStringList dirs;
    if (!configured.isEmpty())
        dirs << configured;
    dirs << QDir::homePath() + QStringLiteral("/.pki/libvirt-vnc") << QStringLiteral("/etc/pki/libvirt-vnc");
    for (const QString &dir : std::as_const(dirs)) {
        for (const QString &name : names) {
            const QString path = dir + QLatin1Char('/') + name;
            if (QFileInfo::exists(path))
                return path;
        }
    }
    return {};
}

static char *dupOrNull(const QString &s)
{
    return s.isEmpty() ? nullptr : strdup(s.toLocal8Bit().constData());
}

rfbCredential *VncWorker::getCredential(rfbClient *cl, int type)
{
    VncWorker *w = self(cl);
    auto *c = static_cast<rfbCredential *>(calloc(1, sizeof(rfbCredential))); // libvncclient frees it
    if (type == rfbCredentialTypeX509) {
        const QString dir = w->m_settings.tlsDirectory;
        c->x509Credential.x509CACertFile = dupOrNull(findTlsFile(dir, {QStringLiteral("ca-cert.pem"), QStringLiteral("cacert.pem")}));
        c->x509Credential.x509ClientCertFile = dupOrNull(findTlsFile(dir, {QStringLiteral("client-cert.pem"), QStringLiteral("clientcert.pem")}));
        c->x509Credential.x509ClientKeyFile = dupOrNull(findTlsFile(dir, {QStringLiteral("client-key.pem"), QStringLiteral("private/clientkey.pem")}));
        c->x509Credential.x509CrlVerifyMode = rfbX509CrlVerifyNone;
    } else if (type == rfbCredentialTypeUser) {
        w->m_passwordAsked = true;
        c->userCredential.username = strdup(w->m_settings.userName.toUtf8().constData());
        c->userCredential.password = strdup(w->m_settings.password.toUtf8().constData());
    } else {
        free(c);
        return nullptr;
    }
    return c;
}

void VncWorker::flush()
{
    if (m_dirty.isEmpty() || !m_cl->frameBuffer)
        return;
    const QRegion region = m_dirty.intersected(QRect(0, 0, m_cl->width, m_cl->height));
    m_dirty = QRegion();
    const quint64 bytes = std::exchange(m_pendingBytes, 0);
    VncClient *owner = m_owner;
    QMetaObject::invokeMethod(owner, [owner, region, bytes] { owner->applyUpdate(region, bytes); }, Qt::QueuedConnection);
}

void VncWorker::endOfUpdate()
{
    flush();
    m_firstUpdateDone = true;
    // Whether the server can resize is known once its first update is in.
    if (m_pendingDesktopSize.isValid()) {
        const QSize size = std::exchange(m_pendingDesktopSize, QSize());
        requestDesktopSize(size.width(), size.height());
    }
}

bool VncWorker::handleServerMessage()
{
    if (!m_rawMode) {
        if (m_askExtDesktopSize) {
            bool handled = false;
            if (!interceptExtDesktopSize(&handled))
                return false;
            if (handled)
                return true;
        }
        return HandleRFBServerMessage(m_cl);
    }
    uint8_t type = 0;
    if (!ReadFromRFBServer(m_cl, reinterpret_cast<char *>(&type), 1))
        return false;
    if (type != rfbFramebufferUpdate) {
        // Not an update: hand the byte back to libvncclient's buffer (a 1-byte
        // read always goes through it) and let it parse the message.
        --m_cl->bufoutptr;
        ++m_cl->buffered;
        return HandleRFBServerMessage(m_cl);
    }
    return readRawUpdate();
}

// Makes n bytes wait in libvncclient's buffer (reading the socket as it would)
// and copies them out without consuming them: libvncclient then parses the
// message as if nobody had looked. Plain sockets only (TLS and SASL decrypt
// inside libvncclient).
bool VncWorker::peek(char *out, int n)
{
    rfbClient *cl = m_cl;
    Q_ASSERT(n <= int(sizeof cl->buf));
    while (int(cl->buffered) < n) {
        if (cl->bufoutptr != cl->buf) {
            memmove(cl->buf, cl->bufoutptr, size_t(cl->buffered));
            cl->bufoutptr = cl->buf;
        }
        const ssize_t got = ::read(cl->sock, cl->buf + cl->buffered, sizeof cl->buf - cl->buffered);
        if (got > 0) {
            cl->buffered += unsigned(got);
            continue;
        }
        if (got == 0 || m_stop.load() || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
            if (got < 0)
                t_lastLog = QString::fromLocal8Bit(strerror(errno));
            return false;
        }
        if (errno != EINTR) {
            pollfd pfd{cl->sock, POLLIN, 0};
            ::poll(&pfd, 1, 1000);
        }
    }
    memcpy(out, cl->bufoutptr, size_t(n));
    return true;
}

// With tight or ZRLE, libvncclient parses the updates. A FramebufferUpdate
// that holds only an ExtendedDesktopSize rectangle (how QEMU sends them) is
// read here instead; anything else is left to libvncclient untouched.
bool VncWorker::interceptExtDesktopSize(bool *handled)
{
    char head[4 + sz_rfbFramebufferUpdateRectHeader];
    if (!peek(head, 1))
        return false;
    if (uint8_t(head[0]) != rfbFramebufferUpdate)
        return true;
    if (!peek(head, 4))
        return false;
    if (((uint8_t(head[2]) << 8) | uint8_t(head[3])) != 1)
        return true;
    if (!peek(head, sizeof head))
        return false;
    rfbFramebufferUpdateRectHeader rh;
    memcpy(&rh, head + 4, sz_rfbFramebufferUpdateRectHeader);
    rfbClient *client = m_cl; // the byte-swap macros name it
    if (int32_t(rfbClientSwap32IfLE(rh.encoding)) != kEncodingExtDesktopSize)
        return true;
    client->bufoutptr += sizeof head;
    client->buffered -= unsigned(sizeof head);
    *handled = true;
    if (!readExtDesktopSize(rfbClientSwap16IfLE(rh.r.x), rfbClientSwap16IfLE(rh.r.y),
                            rfbClientSwap16IfLE(rh.r.w), rfbClientSwap16IfLE(rh.r.h)))
        return false;
    endOfUpdate();
    return SendIncrementalFramebufferUpdateRequest(client);
}

// An ExtendedDesktopSize rectangle: x is why the size changed, y the answer to
// QVirt's own SetDesktopSize (when x is 1), w and h the screen's size.
bool VncWorker::readExtDesktopSize(int reason, int status, int w, int h)
{
    rfbClient *client = m_cl;
    rfbExtDesktopSizeMsg msg;
    if (!ReadFromRFBServer(client, reinterpret_cast<char *>(&msg), sz_rfbExtDesktopSizeMsg))
        return false;
    for (int i = 0; i < msg.numberOfScreens; ++i) {
        rfbExtDesktopScreen screen;
        if (!ReadFromRFBServer(client, reinterpret_cast<char *>(&screen), sz_rfbExtDesktopScreen))
            return false;
        if (i == 0)
            m_screen = screen; // in network byte order, as it goes back
    }
    m_extDesktopSize = true;
    if (reason == rfbExtDesktopSize_ClientRequestedChange && status != rfbExtDesktopSize_Success) {
        switch (status) {
        case rfbExtDesktopSize_ResizeProhibited:
            refuseDesktopSize(VncClient::tr("The VNC server does not allow the guest's screen to be resized."));
            break;
        case rfbExtDesktopSize_OutOfResources:
            refuseDesktopSize(VncClient::tr("The guest's screen cannot take that size: the VNC server is out of resources."));
            break;
        case rfbExtDesktopSize_InvalidScreenLayout:
            // What QEMU answers when the video device cannot be told a size.
            refuseDesktopSize(VncClient::tr("The guest's video device cannot change its size on request. A virtio or QXL "
                                            "video device can, with the guest's display driver or agent."));
            break;
        case 4: { // QEMU: passed on to the video device; the guest's resize arrives as a new size
            VncClient *owner = m_owner;
            QMetaObject::invokeMethod(owner, [owner] { emit owner->desktopResizeForwarded(); }, Qt::QueuedConnection);
            break;
        }
        default:
            refuseDesktopSize(VncClient::tr("The VNC server refused the new screen size (status %1).").arg(status));
            break;
        }
        return true;
    }
    if (w != client->width || h != client->height)
        return resizeFrameBuffer(w, h);
    return true;
}

bool VncWorker::resizeFrameBuffer(int w, int h)
{
    m_cl->width = w;
    m_cl->height = h;
    return mallocFrameBuffer(m_cl) && SendFramebufferUpdateRequest(m_cl, 0, 0, w, h, FALSE);
}

// SetDesktopSize, only to a server that announced ExtendedDesktopSize: one
// that did not may drop the connection on a message it does not know.
void VncWorker::requestDesktopSize(int w, int h)
{
    if (w <= 0 || h <= 0 || w > 16384 || h > 16384)
        return;
    if (!m_extDesktopSize) {
        if (m_firstUpdateDone)
            refuseDesktopSize(VncClient::tr("This VNC server cannot resize the guest's screen."));
        else
            m_pendingDesktopSize = QSize(w, h);
        return;
    }
    rfbClient *client = m_cl; // the byte-swap macros name it
    rfbSetDesktopSizeMsg sdm{};
    sdm.type = rfbSetDesktopSize;
    sdm.width = rfbClientSwap16IfLE(uint16_t(w));
    sdm.height = rfbClientSwap16IfLE(uint16_t(h));
    sdm.numberOfScreens = 1;
    rfbExtDesktopScreen screen = m_screen; // the server's id and flags
    screen.x = screen.y = 0;
    screen.width = sdm.width;
    screen.height = sdm.height;
    char message[sz_rfbSetDesktopSizeMsg + sz_rfbExtDesktopScreen];
    memcpy(message, &sdm, sz_rfbSetDesktopSizeMsg);
    memcpy(message + sz_rfbSetDesktopSizeMsg, &screen, sz_rfbExtDesktopScreen);
    WriteToRFBServer(client, message, sizeof message);
}

void VncWorker::refuseDesktopSize(const QString &why)
{
    VncClient *owner = m_owner;
    QMetaObject::invokeMethod(owner, [owner, why] { emit owner->desktopResizeRefused(why); }, Qt::QueuedConnection);
}

// Reads rows of pixel data straight into the image: rows of rowBytes, stride
// apart. On a plain socket each recvmsg() scatters into up to 1,024 rows at
// once (QEMU splits a full-screen change into a few tall rectangles that are
// not full width), and the thread waits with SO_RCVLOWAT so it wakes once per
// megabyte instead of once per arriving segment. libvncclient would read each
// row through its own buffer and poll after every short read. TLS and SASL go
// through libvncclient, which decrypts.
bool VncWorker::readRows(uint8_t *first, size_t rowBytes, size_t stride, int rows)
{
    rfbClient *client = m_cl;
    if (rowBytes == stride) { // contiguous: one long row
        rowBytes *= size_t(rows);
        stride = rowBytes;
        rows = 1;
    }
    const size_t total = rowBytes * size_t(rows);
    if (client->tlsSession || client->saslconn || total < 65536) {
        for (int r = 0; r < rows; ++r) {
            if (!ReadFromRFBServer(client, reinterpret_cast<char *>(first + size_t(r) * stride), unsigned(rowBytes)))
                return false;
        }
        return true;
    }
    int row = 0;
    size_t offset = 0; // into the current row
    auto advance = [&](size_t n) {
        while (n > 0 && row < rows) {
            const size_t step = std::min(n, rowBytes - offset);
            offset += step;
            n -= step;
            if (offset == rowBytes) {
                ++row;
                offset = 0;
            }
        }
    };
    // What libvncclient already buffered comes first.
    while (client->buffered > 0 && row < rows) {
        const size_t take = std::min(size_t(client->buffered), rowBytes - offset);
        memcpy(first + size_t(row) * stride + offset, client->bufoutptr, take);
        client->bufoutptr += take;
        client->buffered -= int(take);
        advance(take);
    }
    iovec iov[1024];
    int lowat = 1;
    bool slowLink = false;
    bool ok = true;
    while (row < rows) {
        int n = 0;
        size_t wanted = 0;
        for (int r = row; r < rows && n < 1024; ++r, ++n) {
            const size_t skip = r == row ? offset : 0;
            iov[n].iov_base = first + size_t(r) * stride + skip;
            iov[n].iov_len = rowBytes - skip;
            wanted += iov[n].iov_len;
        }
        msghdr msg{};
        msg.msg_iov = iov;
        msg.msg_iovlen = size_t(n);
        const ssize_t got = ::recvmsg(client->sock, &msg, MSG_DONTWAIT);
        if (got > 0) {
            advance(size_t(got));
            continue;
        }
        if (got == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
            ok = false;
            break;
        }
        // Wake when a megabyte (or the rest) is there. Linux grows the
        // receive buffer to fit; poll() honours the mark on TCP sockets.
        const int want = slowLink ? 1 : int(std::min<size_t>(wanted, 1024 * 1024));
        if (want != lowat && ::setsockopt(client->sock, SOL_SOCKET, SO_RCVLOWAT, &want, sizeof want) == 0)
            lowat = want;
        pollfd pfd{client->sock, POLLIN, 0};
        const int ready = ::poll(&pfd, 1, 1000);
        if (ready < 0 && errno != EINTR) {
            ok = false;
            break;
        }
        // A second without the mark: a slow link. Take what comes instead of
        // waiting for a megabyte. (Stopping shuts the socket down, which ends
        // the wait at once; a silent server waits, as libvncclient would.)
        if (ready == 0)
            slowLink = true;
    }
    if (lowat != 1) {
        const int one = 1;
        ::setsockopt(client->sock, SOL_SOCKET, SO_RCVLOWAT, &one, sizeof one);
    }
    return ok;
}

// A FramebufferUpdate when only raw, copyrect and pseudo-encodings were asked
// for: raw rectangles go from the socket straight into the image, with no
// intermediate buffer (libvncclient reads raw through its own and copies row
// by row).
bool VncWorker::readRawUpdate()
{
    rfbClient *client = m_cl; // the byte-swap macros name it
    char header[3];
    if (!ReadFromRFBServer(client, header, 3))
        return false;
    const int rects = (uint8_t(header[1]) << 8) | uint8_t(header[2]);
    for (int i = 0; i < rects; ++i) {
        rfbFramebufferUpdateRectHeader rh;
        if (!ReadFromRFBServer(client, reinterpret_cast<char *>(&rh), sz_rfbFramebufferUpdateRectHeader))
            return false;
        const int x = rfbClientSwap16IfLE(rh.r.x), y = rfbClientSwap16IfLE(rh.r.y);
        const int w = rfbClientSwap16IfLE(rh.r.w), h = rfbClientSwap16IfLE(rh.r.h);
        const int32_t encoding = int32_t(rfbClientSwap32IfLE(rh.encoding));
        switch (encoding) {
        case rfbEncodingRaw: {
            if (x + w > client->width || y + h > client->height) {
                t_lastLog = VncClient::tr("The server sent a rectangle outside the screen.");
                return false;
            }
            const size_t stride = size_t(client->width) * 4;
            if (!readRows(client->frameBuffer + size_t(y) * stride + size_t(x) * 4, size_t(w) * 4, stride, h))
                return false;
            gotUpdate(client, x, y, w, h);
            break;
        }
        case rfbEncodingCopyRect: {
            rfbCopyRect cr;
            if (!ReadFromRFBServer(client, reinterpret_cast<char *>(&cr), sz_rfbCopyRect))
                return false;
            const int sx = rfbClientSwap16IfLE(cr.srcX), sy = rfbClientSwap16IfLE(cr.srcY);
            if (sx + w > client->width || sy + h > client->height || x + w > client->width || y + h > client->height)
                return false;
            const int stride = client->width * 4;
            uint8_t *fb = client->frameBuffer;
            // Rows in the order that never overwrites a source row before it is read.
            for (int k = 0; k < h; ++k) {
                const int row = sy < y ? h - 1 - k : k;
                memmove(fb + size_t(y + row) * stride + size_t(x) * 4, fb + size_t(sy + row) * stride + size_t(sx) * 4, size_t(w) * 4);
            }
            gotUpdate(client, x, y, w, h);
            break;
        }
        case kEncodingDesktopResize:
            if (!resizeFrameBuffer(w, h))
                return false;
            break;
        case kEncodingExtDesktopSize:
            if (!readExtDesktopSize(x, y, w, h))
                return false;
            break;
        case kEncodingQemuExtendedKeys:
            // What libvncclient does on this acknowledgement: extended key events may be sent.
            client->supportedMessages.client2server[rfbQemuEvent / 8] |= uint8_t(1 << (rfbQemuEvent % 8));
            break;
        case kEncodingQemuLedState: {
            char state;
            if (!ReadFromRFBServer(client, &state, 1))
                return false;
            break;
        }
        default:
            t_lastLog = VncClient::tr("The server sent encoding %1, which was not asked for.").arg(encoding);
            return false;
        }
    }
    endOfUpdate();
    return SendIncrementalFramebufferUpdateRequest(client);
}

bool VncWorker::sendFormatAndEncodings()
{
    rfbClient *client = m_cl; // the byte-swap macros below name it
    rfbSetPixelFormatMsg spf;
    memset(&spf, 0, sizeof spf);
    spf.type = rfbSetPixelFormat;
    spf.format = m_cl->format;
    spf.format.redMax = rfbClientSwap16IfLE(spf.format.redMax);
    spf.format.greenMax = rfbClientSwap16IfLE(spf.format.greenMax);
    spf.format.blueMax = rfbClientSwap16IfLE(spf.format.blueMax);
    if (!WriteToRFBServer(m_cl, reinterpret_cast<char *>(&spf), sz_rfbSetPixelFormatMsg))
        return false;

    QVector<int32_t> encodings;
    const QString names = VncSettings::encodingsString(m_settings.encoding, m_local);
    for (const QString &name : names.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int32_t e = encodingNumber(name.toLatin1());
        if (e != INT32_MIN)
            encodings << e;
    }
    if (names.contains(QLatin1String("tight"))) {
        encodings << kEncodingQualityLevel0 + qBound(0, m_settings.jpegQuality, 9);
        encodings << kEncodingCompressLevel0 + qBound(0, m_settings.compressLevel, 9);
    }
    // ExtendedDesktopSize (-308) only where QVirt reads it itself: libvncclient
    // 0.9.14 drops QEMU's, whose screen id is 0, and then loses sync on the next
    // update. DesktopResize covers servers without it.
    if (m_askExtDesktopSize)
        encodings << kEncodingExtDesktopSize;
    encodings << kEncodingDesktopResize << kEncodingQemuExtendedKeys << kEncodingQemuLedState;

    QByteArray msg(sz_rfbSetEncodingsMsg + encodings.size() * 4, 0);
    auto *se = reinterpret_cast<rfbSetEncodingsMsg *>(msg.data());
    se->type = rfbSetEncodings;
    se->nEncodings = rfbClientSwap16IfLE(uint16_t(encodings.size()));
    auto *list = reinterpret_cast<uint32_t *>(msg.data() + sz_rfbSetEncodingsMsg);
    for (int i = 0; i < encodings.size(); ++i)
        list[i] = rfbClientSwap32IfLE(uint32_t(encodings.at(i)));
    return WriteToRFBServer(m_cl, msg.data(), unsigned(msg.size()));
}

void VncWorker::drainInput()
{
    std::deque<Input> input;
    {
        const std::lock_guard lock(m_inputMutex);
        input.swap(m_input);
    }
    for (const Input &i : input) {
        switch (i.kind) {
        case Input::Kind::Key:
            if (i.qnum && SupportsClient2Server(m_cl, rfbQemuEvent))
                SendExtendedKeyEvent(m_cl, i.keysym, i.qnum, i.down);
            else if (i.keysym)
                SendKeyEvent(m_cl, i.keysym, i.down);
            break;
        case Input::Kind::Pointer:
            SendPointerEvent(m_cl, qBound(0, i.x, m_cl->width - 1), qBound(0, i.y, m_cl->height - 1), i.buttons);
            break;
        case Input::Kind::DesktopSize:
            requestDesktopSize(i.x, i.y);
            break;
        }
    }
}

void VncWorker::fail(VncClient::Failure failure, const QString &message)
{
    VncClient *owner = m_owner;
    QMetaObject::invokeMethod(owner, [owner, failure, message] {
        owner->applyState(VncClient::State::Failed, failure, message);
    }, Qt::QueuedConnection);
}

void VncWorker::run()
{
    // A server (or ssh tunnel) that vanishes must end this console with an
    // error from write(), not kill the whole program with SIGPIPE.
    sigset_t pipe;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, nullptr);

    static std::once_flag once;
    std::call_once(once, [] {
        rfbClientLog = logToThread;
        rfbClientErr = logToThread;
        rfbClientRegisterExtension(&ledExtension);
    });

    m_cl = rfbGetClient(8, 3, 4);
    rfbClientSetClientData(m_cl, &tag, this);
    // 32 bits, shifts 16/8/0: QEMU's own layout, so raw pixels need no
    // conversion on either side and match QImage::Format_RGB32.
    m_cl->format.redShift = 16;
    m_cl->format.greenShift = 8;
    m_cl->format.blueShift = 0;
    m_cl->format.redMax = m_cl->format.greenMax = m_cl->format.blueMax = 255;
    m_cl->canHandleNewFBSize = TRUE;
    m_cl->MallocFrameBuffer = mallocFrameBuffer;
    m_cl->GotFrameBufferUpdate = gotUpdate;
    m_cl->FinishedFrameBufferUpdate = finishedUpdate;
    m_cl->GetPassword = getPassword; // the default one reads the terminal
    m_cl->GetCredential = getCredential;
    m_cl->HandleKeyboardLedState = ledState;
    m_cl->readTimeout = 30;
    m_cl->connectTimeout = 15;

    VncClient::Failure failure = VncClient::Failure::None;
    QString error;
    // TLS checks the certificate against this name.
    m_cl->serverHost = strdup(m_host.isEmpty() ? "localhost" : m_host.constData());
    if (m_fd >= 0) {
        m_cl->sock = m_fd;
        m_fd = -1;
    } else if (!ConnectToRFBServer(m_cl, m_host.constData(), m_port)) {
        failure = VncClient::Failure::Network;
        error = VncClient::tr("Cannot reach the VNC server at %1:%2: %3").arg(QString::fromUtf8(m_host)).arg(m_port).arg(t_lastLog);
    }
    m_sock.store(m_cl->sock);
    if (failure == VncClient::Failure::None && !m_stop.load()) {
        if (!InitialiseRFBConnection(m_cl)) {
            const bool auth = m_passwordAsked || t_lastLog.contains(QLatin1String("auth"), Qt::CaseInsensitive);
            failure = auth ? VncClient::Failure::Password : VncClient::Failure::Protocol;
            error = auth ? VncClient::tr("The VNC server refused the password.")
                         : VncClient::tr("The VNC handshake failed: %1").arg(t_lastLog);
        } else {
            m_cl->width = m_cl->si.framebufferWidth;
            m_cl->height = m_cl->si.framebufferHeight;
            // "raw copyrect" only: every update is one we can read without decoding.
            m_rawMode = VncSettings::encodingsString(m_settings.encoding, m_local) == QLatin1String("raw copyrect");
            m_askExtDesktopSize = m_rawMode || (!m_cl->tlsSession && !m_cl->saslconn);
            if (!mallocFrameBuffer(m_cl) || !sendFormatAndEncodings()
                || !SendFramebufferUpdateRequest(m_cl, 0, 0, m_cl->width, m_cl->height, FALSE)) {
                failure = VncClient::Failure::Protocol;
                error = VncClient::tr("The VNC server could not be set up: %1").arg(t_lastLog);
            }
        }
    }
    if (failure != VncClient::Failure::None) {
        fail(failure, error);
    } else {
        VncClient *owner = m_owner;
        const QString encoding = VncSettings::encodingsString(m_settings.encoding, m_local).section(QLatin1Char(' '), 0, 0);
        QMetaObject::invokeMethod(owner, [owner, encoding] {
            owner->applyServerInfo(encoding, false);
            owner->applyState(VncClient::State::Connected, VncClient::Failure::None, {});
        }, Qt::QueuedConnection);
        bool extended = false;
        while (!m_stop.load()) {
            pollfd fds[2] = {{m_cl->sock, POLLIN, 0}, {m_wake, POLLIN, 0}};
            // Data libvncclient already buffered does not show up in poll().
            const int n = ::poll(fds, 2, m_cl->buffered > 0 ? 0 : 1000);
            if (n < 0 && errno != EINTR)
                break;
            if (fds[1].revents & POLLIN) {
                uint64_t count;
                (void)!::read(m_wake, &count, sizeof count);
                drainInput();
            }
            if (m_stop.load())
                break;
            if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) || m_cl->buffered > 0) {
                if (!handleServerMessage()) {
                    if (!m_stop.load())
                        fail(VncClient::Failure::Closed, VncClient::tr("The VNC server closed the connection: %1").arg(t_lastLog));
                    break;
                }
                const bool nowExtended = SupportsClient2Server(m_cl, rfbQemuEvent);
                if (nowExtended != extended) {
                    extended = nowExtended;
                    QMetaObject::invokeMethod(owner, [owner, encoding, extended] { owner->applyServerInfo(encoding, extended); },
                                              Qt::QueuedConnection);
                }
            }
        }
    }
    m_sock.store(-1);
    m_cl->frameBuffer = nullptr; // the QImage owns it
    rfbClientCleanup(m_cl); // closes the socket
    m_cl = nullptr;
}

VncClient::VncClient(QObject *parent)
    : QObject(parent)
{
}

VncClient::~VncClient() = default; // the worker stops and joins in its destructor

void VncClient::start(std::unique_ptr<VncWorker> worker)
{
    m_worker.reset();
    m_failure = Failure::None;
    m_error.clear();
    m_extendedKeys = false;
    m_worker = std::move(worker);
    applyState(State::Connecting, Failure::None, {});
    m_worker->start();
}

void VncClient::connectToSocket(int fd, const VncSettings &settings, bool localLink)
{
    start(std::make_unique<VncWorker>(this, fd, QString(), 0, settings, localLink));
}

void VncClient::connectToHost(const QString &host, int port, const VncSettings &settings)
{
    const bool local = host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
    start(std::make_unique<VncWorker>(this, -1, host, port, settings, local));
}

void VncClient::disconnectFromServer()
{
    m_worker.reset();
    applyState(State::Disconnected, Failure::None, {});
}

void VncClient::sendKey(quint32 keysym, quint32 qnum, bool down)
{
    if (m_worker && m_state == State::Connected)
        m_worker->post({VncWorker::Input::Kind::Key, keysym, qnum, down});
}

void VncClient::sendPointer(int x, int y, int buttonMask)
{
    if (m_worker && m_state == State::Connected)
        m_worker->post({VncWorker::Input::Kind::Pointer, 0, 0, false, x, y, buttonMask});
}

void VncClient::requestDesktopSize(int width, int height)
{
    if (m_worker && m_state == State::Connected)
        m_worker->post({VncWorker::Input::Kind::DesktopSize, 0, 0, false, width, height, 0});
}

void VncClient::applyUpdate(const QRegion &region, quint64 bytes)
{
    ++m_updates;
    m_bytes += bytes;
    emit updated(region);
}

void VncClient::applyResize(const QImage &image)
{
    const bool sizeChanged = image.size() != m_image.size();
    m_image = image;
    if (sizeChanged)
        emit resized(image.size());
}

void VncClient::applyState(State state, Failure failure, const QString &error)
{
    m_failure = failure;
    m_error = error;
    if (state == State::Failed)
        m_worker.reset();
    if (m_state == state && state != State::Failed)
        return;
    m_state = state;
    emit stateChanged(state);
}

void VncClient::applyServerInfo(const QString &encoding, bool extendedKeys)
{
    m_encoding = encoding;
    m_extendedKeys = extendedKeys;
}
