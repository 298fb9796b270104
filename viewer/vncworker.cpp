#include "framebuffers_p.h"
#include "vncsession_p.h"
#include "vncclipboard.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QVector>
#include <QtEndian>

#include <rfb/rfbclient.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdarg>
#include <cstring>
#include <optional>
#include <thread>
#include <vector>

#include <csignal>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <sys/eventfd.h>
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
constexpr int kMaxScreenSide = 16384;
constexpr int kConnectTimeoutMs = 15000;
constexpr quint64 kLinkSampleBytes = 512 * 1024;
constexpr double kSlowLinkBytesPerSecond = 4.0 * 1024 * 1024; // 32 Mbit/s: a 1024x768 raw frame takes 0.75 s
constexpr int kSlowLinkSamples = 3;

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

namespace {

class VncWorker final
{
public:
    VncWorker(std::shared_ptr<VncSession> session, int fd, const QString &host, int port, const VncSettings &settings,
              bool local)
        : m_session(std::move(session)), m_fd(fd), m_host(host.toUtf8()), m_port(port), m_settings(settings), m_local(local)
    {
    }
    ~VncWorker()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    void run();

private:
    bool stopping() const { return m_session->stopping(); }
    int connectTcp(QString *error);
    bool sendFormatAndEncodings();
    void drainInput();
    void fail(VncClient::Failure failure, const QString &message);
    void flush();
    void endOfUpdate();
    bool handleServerMessage();
    bool readRawUpdate();
    bool readRows(uint8_t *first, size_t rowBytes, size_t stride, int rows);
    bool peek(char *out, int n);
    bool interceptPseudoUpdate(bool *handled);
    bool readPseudoRect(int32_t encoding, int x, int y, int w, int h, bool *known);
    bool readExtDesktopSize(int reason, int status, int w, int h);
    bool resizeFrameBuffer(int w, int h);
    void requestDesktopSize(int w, int h);
    void refuseDesktopSize(const QString &why);
    void copyRect(int sx, int sy, int w, int h, int dx, int dy);
    bool readServerCutText();
    bool skipFromServer(qint64 bytes);
    void extendedClipboard(quint32 flags, const QByteArray &payload);
    void offerClipboard();
    void dropClipboard(const QString &why);
    bool writeMessage(const QByteArray &message);
    void setClipboardSharing(bool on);
    void measureLink(quint64 bytes, std::chrono::steady_clock::duration took);

    static VncWorker *self(rfbClient *cl) { return static_cast<VncWorker *>(rfbClientGetClientData(cl, &tag)); }
    static rfbBool mallocFrameBuffer(rfbClient *cl);
    static void gotUpdate(rfbClient *cl, int x, int y, int w, int h);
    static void gotCopyRect(rfbClient *cl, int sx, int sy, int w, int h, int dx, int dy);
    static void finishedUpdate(rfbClient *cl);
    static rfbBool gotJpeg(rfbClient *cl, const uint8_t *data, int length, int x, int y, int w, int h);
    static char *getPassword(rfbClient *cl);
    static rfbCredential *getCredential(rfbClient *cl, int type);
    static void ledState(rfbClient *, int, int) {}

    std::shared_ptr<VncSession> m_session;
    int m_fd;
    QByteArray m_host;
    int m_port;
    VncSettings m_settings;
    bool m_local;
    rfbClient *m_cl = nullptr;
    std::shared_ptr<FrameBuffers> m_frames; // libvncclient decodes into the back buffer
    QRegion m_dirty;
    bool m_rawMode = false; // we read raw updates ourselves, straight into the back buffer
    quint64 m_pendingBytes = 0;
    bool m_passwordAsked = false;
    // ExtendedDesktopSize (-308): asked for only where QVirt reads it itself
    // (libvncclient 0.9.14 drops QEMU's screen id 0 and then loses sync).
    bool m_askExtDesktopSize = false;
    bool m_extDesktopSize = false; // the server announced it: SetDesktopSize may be sent
    bool m_firstUpdateDone = false;
    rfbExtDesktopScreen m_screen{}; // the server's first screen, as it last described it
    QSize m_pendingDesktopSize;     // asked for before the server said whether it can
    // The clipboard (vncclipboard.h). The Extended Clipboard is announced in
    // SetEncodings once per connection at most: QEMU registers a clipboard
    // peer each time it reads it, and twice corrupts its list.
    bool m_clipboard = false;
    bool m_clipboardAnnounced = false;
    bool m_serverClipboard = false; // the server sent its extended clipboard caps
    quint32 m_serverClipboardFlags = 0;
    std::optional<QString> m_localText; // the desktop's text, offered to the server
    bool m_offerPending = false;        // waits for the server's caps or its first update
    // The link, measured on raw updates (measureLink).
    int m_slowSamples = 0;
    double m_slowRate = 0;
    bool m_slowLinkReported = false;
};

rfbBool VncWorker::mallocFrameBuffer(rfbClient *cl)
{
    VncWorker *w = self(cl);
    cl->frameBuffer = nullptr;
    w->m_frames.reset();
    if (cl->width <= 0 || cl->height <= 0 || cl->width > kMaxScreenSide || cl->height > kMaxScreenSide) {
        t_lastLog = VncClient::tr("The server announced an impossible screen size of %1×%2.").arg(cl->width).arg(cl->height);
        return FALSE;
    }
    w->m_frames = FrameBuffers::create(cl->width, cl->height);
    if (!w->m_frames)
        return FALSE;
    // libvncclient decodes straight into the back buffer: no copy per update.
    cl->frameBuffer = w->m_frames->backBits();
    w->m_dirty = QRegion();
    // rfbInitClient would set this; libvncclient's incremental requests use it.
    cl->updateRect.x = cl->updateRect.y = 0;
    cl->updateRect.w = cl->width;
    cl->updateRect.h = cl->height;
    VncEvent e{VncEvent::Kind::Frames};
    e.frames = w->m_frames;
    w->m_session->send(std::move(e));
    return TRUE;
}

void VncWorker::gotUpdate(rfbClient *cl, int x, int y, int w, int h)
{
    VncWorker *worker = self(cl);
    if (w <= 0 || h <= 0)
        return; // a pseudo-encoding
    const QRect r(x, y, w, h);
    if (worker->m_frames)
        worker->m_frames->written(r);
    worker->m_dirty += r;
    worker->m_pendingBytes += quint64(w) * quint64(h) * 4;
}

void VncWorker::gotCopyRect(rfbClient *cl, int sx, int sy, int w, int h, int dx, int dy)
{
    self(cl)->copyRect(sx, sy, w, h, dx, dy);
}

// Within the back buffer, whose source part is brought up to date first.
// Rows in the order that never overwrites a source row before it is read.
// (gotUpdate() follows for the destination.)
void VncWorker::copyRect(int sx, int sy, int w, int h, int dx, int dy)
{
    if (!m_frames || w <= 0 || h <= 0)
        return;
    const QRect screen(QPoint(), m_frames->size());
    if (!screen.contains(QRect(sx, sy, w, h)) || !screen.contains(QRect(dx, dy, w, h)))
        return; // libvncclient checks only the destination before this
    m_frames->catchUp(QRect(sx, sy, w, h));
    const size_t stride = m_frames->stride();
    uint8_t *fb = m_frames->backBits();
    for (int k = 0; k < h; ++k) {
        const int row = sy < dy ? h - 1 - k : k;
        memmove(fb + size_t(dy + row) * stride + size_t(dx) * 4, fb + size_t(sy + row) * stride + size_t(sx) * 4, size_t(w) * 4);
    }
}

void VncWorker::finishedUpdate(rfbClient *cl)
{
    self(cl)->endOfUpdate();
}

// A Tight JPEG rectangle, decoded here rather than by libvncclient 0.9.14,
// whose decoder takes a rectangle 0 pixels wide or high as "the JPEG's own
// size" and writes that far past the frame buffer. A JPEG of any other size
// than its rectangle is refused before its pixels are decoded.
rfbBool VncWorker::gotJpeg(rfbClient *cl, const uint8_t *data, int length, int x, int y, int w, int h)
{
    // libvncclient hands the compressed data over: it does not free it.
    const std::unique_ptr<uint8_t, void (*)(void *)> owned(const_cast<uint8_t *>(data), free);
    VncWorker *worker = self(cl);
    FrameBuffers *frames = worker->m_frames.get();
    if (!frames || w <= 0 || h <= 0 || !QRect(QPoint(), frames->size()).contains(QRect(x, y, w, h))) {
        t_lastLog = VncClient::tr("The server sent a rectangle outside the screen.");
        return FALSE;
    }
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), length);
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer, "jpeg");
    QImage image;
    if (reader.size() != QSize(w, h) || !reader.read(&image) || image.size() != QSize(w, h)) {
        t_lastLog = VncClient::tr("The server sent a picture that cannot be decoded.");
        return FALSE;
    }
    if (image.format() != QImage::Format_RGB32)
        image.convertTo(QImage::Format_RGB32);
    const size_t stride = frames->stride();
    uchar *to = frames->backBits() + size_t(y) * stride + size_t(x) * 4;
    for (int row = 0; row < h; ++row)
        memcpy(to + size_t(row) * stride, image.constScanLine(row), size_t(w) * 4);
    return TRUE; // gotUpdate() follows
}

char *VncWorker::getPassword(rfbClient *cl)
{
    VncWorker *w = self(cl);
    w->m_passwordAsked = true;
    return strdup(w->m_settings.password.toUtf8().constData()); // libvncclient frees it
}

// Where libvirt and virt-viewer keep VNC TLS files, under their two naming schemes.
QString findTlsFile(const QString &configured, const QStringList &names)
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

char *dupOrNull(const QString &s)
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
        c->x509Credential.x509CrlVerifyMode = 0;
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

// The changed region goes to the GUI with the buffer that holds it.
void VncWorker::flush()
{
    if (m_dirty.isEmpty() || !m_frames)
        return;
    const QRegion region = std::exchange(m_dirty, QRegion()).intersected(QRect(QPoint(), m_frames->size()));
    m_frames->publish(region);
    m_cl->frameBuffer = m_frames->backBits();
    VncEvent e{VncEvent::Kind::Update};
    e.region = region;
    e.updates = 1;
    e.bytes = std::exchange(m_pendingBytes, 0);
    m_session->send(std::move(e));
}

void VncWorker::endOfUpdate()
{
    flush();
    m_firstUpdateDone = true;
    if (m_offerPending)
        offerClipboard(); // the caps would have come before this update
    // Whether the server can resize is known once its first update is in.
    if (m_pendingDesktopSize.isValid()) {
        const QSize size = std::exchange(m_pendingDesktopSize, QSize());
        requestDesktopSize(size.width(), size.height());
    }
}

bool VncWorker::handleServerMessage()
{
    // A 1-byte read always goes through libvncclient's buffer (TLS and SASL
    // too): the byte can be handed back and libvncclient parses the message
    // as if nobody had looked.
    uint8_t type = 0;
    if (!ReadFromRFBServer(m_cl, reinterpret_cast<char *>(&type), 1))
        return false;
    // Cut text is read here in every mode: libvncclient 0.9.14 closes the
    // connection on an Extended Clipboard message (its length is negative).
    if (type == rfbServerCutText)
        return readServerCutText();
    if (m_rawMode && type == rfbFramebufferUpdate)
        return readRawUpdate();
    --m_cl->bufoutptr;
    ++m_cl->buffered;
    if (!m_rawMode && m_askExtDesktopSize) {
        bool handled = false;
        if (!interceptPseudoUpdate(&handled))
            return false;
        if (handled)
            return true;
    }
    return HandleRFBServerMessage(m_cl);
}

// Reads and forgets bytes of a message QVirt does not keep.
bool VncWorker::skipFromServer(qint64 bytes)
{
    char buf[4096];
    while (bytes > 0) {
        const unsigned n = unsigned(std::min<qint64>(bytes, qint64(sizeof buf)));
        if (!ReadFromRFBServer(m_cl, buf, n))
            return false;
        bytes -= n;
    }
    return true;
}

// ServerCutText (the type byte is read): the classic Latin-1 text, or with a
// negative length an Extended Clipboard message. Text QVirt does not take is
// read past and dropped; only a message no server sends for text (over
// kMaxMessageBytes) ends the connection.
bool VncWorker::readServerCutText()
{
    char head[7]; // padding, then the length
    if (!ReadFromRFBServer(m_cl, head, sizeof head))
        return false;
    const qint32 length = qFromBigEndian<qint32>(head + 3);
    const qint64 size = length < 0 ? -qint64(length) : qint64(length);
    if (size > VncClipboard::kMaxMessageBytes) {
        t_lastLog = VncClient::tr("The server sent a clipboard message of %1 MiB, more than QVirt takes (%2 MiB).")
                        .arg(size / (1024 * 1024))
                        .arg(VncClipboard::kMaxMessageBytes / (1024 * 1024));
        return false;
    }
    if (length < 0 && !m_clipboardAnnounced)
        return skipFromServer(size); // not asked for: a server out of step, or a test
    if (length >= 0 && !m_clipboard)
        return skipFromServer(size);
    QByteArray payload(qsizetype(size), Qt::Uninitialized);
    if (size > 0 && !ReadFromRFBServer(m_cl, payload.data(), unsigned(size)))
        return false;
    if (length >= 0) {
        VncEvent e{VncEvent::Kind::ClipboardText};
        e.text = VncClipboard::fromLatin1Text(payload);
        m_session->send(std::move(e));
        return true;
    }
    if (payload.size() < 4)
        return true; // no flags: nothing to act on
    extendedClipboard(qFromBigEndian<quint32>(payload.constData()), payload.mid(4));
    return true;
}

void VncWorker::extendedClipboard(quint32 flags, const QByteArray &payload)
{
    using namespace VncClipboard;
    const quint32 action = flags & kActions;
    if (action & Caps) {
        const bool first = !m_serverClipboard;
        m_serverClipboard = true;
        m_serverClipboardFlags = flags;
        writeMessage(clientCaps());
        if (first) {
            VncEvent e{VncEvent::Kind::ClipboardCaps};
            e.extendedKeys = true;
            m_session->send(std::move(e));
        }
        if (m_offerPending)
            offerClipboard();
        return;
    }
    if (!m_clipboard)
        return; // switched off: the server hears nothing, not even "no"
    if ((action & Request) && (flags & Text) && m_localText) {
        writeMessage(extendedClientCutText(Provide | Text, encodeProvide(*m_localText)));
    }
    if (action & Peek) {
        writeMessage(extendedClientCutText(Notify | (m_localText ? quint32(Text) : 0u)));
    }
    if ((action & Notify) && (flags & Text)) {
        // The guest copied: the desktop's text is no longer what the guest has.
        m_localText.reset();
        writeMessage(extendedClientCutText(Request | Text));
    }
    if (action & Provide) {
        DecodeFailure failure = DecodeFailure::None;
        const std::optional<QString> text = decodeProvide(flags, payload, &failure);
        if (text) {
            VncEvent e{VncEvent::Kind::ClipboardText};
            e.text = *text;
            m_session->send(std::move(e));
        } else if (failure == DecodeFailure::TooLarge) {
            dropClipboard(VncClient::tr("The guest's clipboard holds more than %1 MiB of text; it was not copied.")
                              .arg(kMaxTextBytes / (1024 * 1024)));
        } else if (failure == DecodeFailure::Corrupt) {
            dropClipboard(VncClient::tr("The guest's clipboard text arrived damaged; it was not copied."));
        }
    }
}

bool VncWorker::writeMessage(const QByteArray &message)
{
    return WriteToRFBServer(m_cl, message.constData(), unsigned(message.size()));
}

void VncWorker::dropClipboard(const QString &why)
{
    VncEvent e{VncEvent::Kind::ClipboardDropped};
    e.text = why;
    m_session->send(std::move(e));
}

// The desktop's text goes to the server: announced (the server asks for it
// when the guest pastes) where it speaks the Extended Clipboard, as classic
// Latin-1 cut text where it does not. Which one is known from the server's
// caps, which come before its first update.
void VncWorker::offerClipboard()
{
    using namespace VncClipboard;
    m_offerPending = false;
    if (!m_clipboard || !m_localText)
        return;
    QByteArray msg;
    if (m_serverClipboard) {
        if (m_serverClipboardFlags & Notify)
            msg = extendedClientCutText(Notify | Text);
        else if (m_serverClipboardFlags & Provide)
            msg = extendedClientCutText(Provide | Text, encodeProvide(*m_localText));
    } else if (m_firstUpdateDone) {
        msg = clientCutText(toLatin1Text(*m_localText));
    } else {
        m_offerPending = true;
        return;
    }
    if (!msg.isEmpty())
        writeMessage(msg);
}

void VncWorker::setClipboardSharing(bool on)
{
    m_clipboard = on;
    if (!on) {
        m_localText.reset();
        m_offerPending = false;
        return;
    }
    if (!m_clipboardAnnounced)
        sendFormatAndEncodings(); // now with the Extended Clipboard
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
        if (got == 0 || stopping() || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
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
// that holds one pseudo-encoding rectangle (how QEMU sends its resizes and
// acknowledgements) is read here instead: libvncclient checks even those
// against the screen it knows, and QEMU sizes its ExtendedKeyEvent
// acknowledgement to its own screen, which is larger when the guest changed
// mode between ServerInit and SetEncodings (the resize follows right after).
// Anything else is left to libvncclient untouched.
bool VncWorker::interceptPseudoUpdate(bool *handled)
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
    const int32_t encoding = int32_t(rfbClientSwap32IfLE(rh.encoding));
    if (encoding != kEncodingExtDesktopSize && encoding != kEncodingDesktopResize
        && encoding != kEncodingQemuExtendedKeys && encoding != kEncodingQemuLedState)
        return true;
    client->bufoutptr += sizeof head;
    client->buffered -= unsigned(sizeof head);
    *handled = true;
    bool known = false;
    if (!readPseudoRect(encoding, rfbClientSwap16IfLE(rh.r.x), rfbClientSwap16IfLE(rh.r.y),
                        rfbClientSwap16IfLE(rh.r.w), rfbClientSwap16IfLE(rh.r.h), &known))
        return false;
    endOfUpdate();
    return SendIncrementalFramebufferUpdateRequest(client);
}

// The pseudo-encodings QVirt asks for. Their x, y, w and h are no rectangle
// on the screen: nothing here checks them against its size.
bool VncWorker::readPseudoRect(int32_t encoding, int x, int y, int w, int h, bool *known)
{
    rfbClient *client = m_cl;
    *known = true;
    switch (encoding) {
    case kEncodingDesktopResize:
        return resizeFrameBuffer(w, h);
    case kEncodingExtDesktopSize:
        return readExtDesktopSize(x, y, w, h);
    case kEncodingQemuExtendedKeys:
        // What libvncclient does on this acknowledgement: extended key events may be sent.
        client->supportedMessages.client2server[rfbQemuEvent / 8] |= uint8_t(1 << (rfbQemuEvent % 8));
        return true;
    case kEncodingQemuLedState: {
        char state; // scroll, num and caps lock bits
        return ReadFromRFBServer(client, &state, 1);
    }
    default:
        *known = false;
        return true;
    }
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
        case 4: // QEMU: passed on to the video device; the guest's resize arrives as a new size
            m_session->send(VncEvent{VncEvent::Kind::ResizeForwarded});
            break;
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
    if (w <= 0 || h <= 0 || w > kMaxScreenSide || h > kMaxScreenSide)
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
    VncEvent e{VncEvent::Kind::ResizeRefused};
    e.text = why;
    m_session->send(std::move(e));
}

// Reads rows of pixel data straight into the back buffer: rows of rowBytes,
// stride apart. On a plain socket each recvmsg() scatters into up to 1,024
// rows at once (QEMU splits a full-screen change into a few tall rectangles
// that are not full width), and the thread waits with SO_RCVLOWAT so it wakes
// once per megabyte instead of once per arriving segment. libvncclient would
// read each row through its own buffer and poll after every short read. TLS
// and SASL go through libvncclient, which decrypts.
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
// for: raw rectangles go from the socket straight into the back buffer, with
// no intermediate buffer (libvncclient reads raw through its own and copies
// row by row).
bool VncWorker::readRawUpdate()
{
    rfbClient *client = m_cl; // the byte-swap macros name it
    char header[3];
    if (!ReadFromRFBServer(client, header, 3))
        return false;
    const auto started = std::chrono::steady_clock::now();
    const quint64 bytesBefore = m_pendingBytes;
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
            if (w == 0 || h == 0)
                break;
            const size_t stride = m_frames->stride();
            if (!readRows(m_frames->backBits() + size_t(y) * stride + size_t(x) * 4, size_t(w) * 4, stride, h))
                return false;
            gotUpdate(client, x, y, w, h);
            break;
        }
        case rfbEncodingCopyRect: {
            rfbCopyRect cr;
            if (!ReadFromRFBServer(client, reinterpret_cast<char *>(&cr), sz_rfbCopyRect))
                return false;
            const int sx = rfbClientSwap16IfLE(cr.srcX), sy = rfbClientSwap16IfLE(cr.srcY);
            if (sx + w > client->width || sy + h > client->height || x + w > client->width || y + h > client->height) {
                t_lastLog = VncClient::tr("The server sent a rectangle outside the screen.");
                return false;
            }
            copyRect(sx, sy, w, h, x, y);
            gotUpdate(client, x, y, w, h);
            break;
        }
        default: {
            bool known = false;
            if (!readPseudoRect(encoding, x, y, w, h, &known))
                return false;
            if (!known) {
                t_lastLog = VncClient::tr("The server sent encoding %1, which was not asked for.").arg(encoding);
                return false;
            }
            break;
        }
        }
    }
    measureLink(m_pendingBytes - bytesBefore, std::chrono::steady_clock::now() - started);
    endOfUpdate();
    return SendIncrementalFramebufferUpdateRequest(client);
}

// How fast raw pixels cross the link, from updates large enough to tell
// (a server writes an update at once, so reading it is the link's time).
// Slower than kSlowLinkBytesPerSecond over kSlowLinkSamples updates in a row,
// the GUI hears of it once per connection: Tight would send about a tenth.
void VncWorker::measureLink(quint64 bytes, std::chrono::steady_clock::duration took)
{
    if (bytes < kLinkSampleBytes || m_slowLinkReported)
        return;
    const double seconds = std::max(1e-6, std::chrono::duration<double>(took).count());
    const double rate = double(bytes) / seconds;
    m_slowSamples = rate < kSlowLinkBytesPerSecond ? m_slowSamples + 1 : 0;
    m_slowRate = m_slowSamples == 1 ? rate : (m_slowRate + rate) / 2;
    if (m_slowSamples >= kSlowLinkSamples) {
        m_slowLinkReported = true;
        VncEvent e{VncEvent::Kind::SlowLink};
        e.bytes = quint64(m_slowRate);
        m_session->send(std::move(e));
    }
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
    if (m_clipboard && !m_clipboardAnnounced) {
        encodings << VncClipboard::kEncoding;
        m_clipboardAnnounced = true;
    }

    QByteArray msg(sz_rfbSetEncodingsMsg + encodings.size() * 4, 0);
    auto *se = reinterpret_cast<rfbSetEncodingsMsg *>(msg.data());
    se->type = rfbSetEncodings;
    se->nEncodings = rfbClientSwap16IfLE(uint16_t(encodings.size()));
    auto *list = reinterpret_cast<uint32_t *>(msg.data() + sz_rfbSetEncodingsMsg);
    for (int i = 0; i < encodings.size(); ++i)
        list[i] = rfbClientSwap32IfLE(uint32_t(encodings.at(i)));
    return writeMessage(msg);
}

void VncWorker::drainInput()
{
    for (const VncInput &i : m_session->takeInput()) {
        switch (i.kind) {
        case VncInput::Kind::Key:
            if (i.qnum && SupportsClient2Server(m_cl, rfbQemuEvent))
                SendExtendedKeyEvent(m_cl, i.keysym, i.qnum, i.down);
            else if (i.keysym)
                SendKeyEvent(m_cl, i.keysym, i.down);
            break;
        case VncInput::Kind::Pointer:
            SendPointerEvent(m_cl, qBound(0, i.x, m_cl->width - 1), qBound(0, i.y, m_cl->height - 1), i.buttons);
            break;
        case VncInput::Kind::DesktopSize:
            requestDesktopSize(i.x, i.y);
            break;
        case VncInput::Kind::ClipboardText:
            m_localText = i.text;
            offerClipboard();
            break;
        case VncInput::Kind::ClipboardSharing:
            setClipboardSharing(i.down);
            break;
        }
    }
}

void VncWorker::fail(VncClient::Failure failure, const QString &message)
{
    VncEvent e{VncEvent::Kind::State};
    e.state = VncClient::State::Failed;
    e.failure = failure;
    e.text = message;
    m_session->send(std::move(e));
}

// A non-blocking connect, polled together with the wake-up fd: stopping ends
// it at once (libvncclient's own connect waits up to its timeout, 15 s, with
// no way in). The name lookup itself cannot be interrupted; a stopped thread
// finishes it on its own, holding nothing the GUI waits for.
int VncWorker::connectTcp(QString *error)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray service = QByteArray::number(m_port);
    const int rc = ::getaddrinfo(m_host.isEmpty() ? "localhost" : m_host.constData(), service.constData(), &hints, &found);
    if (rc != 0) {
        *error = QString::fromLocal8Bit(gai_strerror(rc));
        return -1;
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kConnectTimeoutMs);
    int sock = -1;
    int lastError = ECONNREFUSED;
    for (addrinfo *a = found; a && sock < 0 && !stopping(); a = a->ai_next) {
        const int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) {
            lastError = errno;
            continue;
        }
        if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0) {
            sock = fd;
            break;
        }
        lastError = errno;
        while (lastError == EINPROGRESS && !stopping()) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0) {
                lastError = ETIMEDOUT;
                break;
            }
            pollfd fds[2] = {{fd, POLLOUT, 0}, {m_session->wakeFd(), POLLIN, 0}};
            const int n = ::poll(fds, 2, int(left.count()));
            if (n < 0 && errno != EINTR) {
                lastError = errno;
                break;
            }
            if (fds[1].revents & POLLIN)
                m_session->clearWake(); // a stop, checked above; nothing else is sent while connecting
            if (fds[0].revents) {
                int soError = 0;
                socklen_t len = sizeof soError;
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
                lastError = soError;
                if (soError == 0)
                    sock = fd;
            }
        }
        if (sock < 0)
            ::close(fd);
    }
    ::freeaddrinfo(found);
    if (sock < 0) {
        *error = QString::fromLocal8Bit(strerror(lastError));
        return -1;
    }
    const int one = 1;
    ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); // as libvncclient's connect does
    return sock;
}

void VncWorker::run()
{
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
    m_cl->GotCopyRect = gotCopyRect;
    m_cl->GotJpeg = gotJpeg;
    m_cl->FinishedFrameBufferUpdate = finishedUpdate;
    m_cl->GetPassword = getPassword; // the default one reads the terminal
    m_cl->GetCredential = getCredential;
    m_cl->HandleKeyboardLedState = ledState;
    m_cl->readTimeout = 30;
    m_cl->connectTimeout = kConnectTimeoutMs / 1000;
    // TLS checks the certificate against this name.
    free(m_cl->serverHost); // rfbGetClient's own empty string
    m_cl->serverHost = strdup(m_host.isEmpty() ? "localhost" : m_host.constData());

    m_clipboard = m_settings.clipboard;
    VncClient::Failure failure = VncClient::Failure::None;
    QString error;
    if (m_fd >= 0) {
        m_cl->sock = std::exchange(m_fd, -1);
    } else {
        QString why;
        m_cl->sock = connectTcp(&why);
        if (m_cl->sock < 0 && !stopping()) {
            failure = VncClient::Failure::Network;
            error = VncClient::tr("Cannot reach the VNC server at %1:%2: %3").arg(QString::fromUtf8(m_host)).arg(m_port).arg(why);
        }
    }
    m_session->setSocket(m_cl->sock);
    if (failure == VncClient::Failure::None && m_cl->sock >= 0 && !stopping()) {
        if (!InitialiseRFBConnection(m_cl)) {
            // Decided on what libvncclient did, never on its (or the server's) words:
            // only a server that asked for the password can have refused it.
            const bool auth = m_passwordAsked;
            failure = auth ? VncClient::Failure::Password : VncClient::Failure::Protocol;
            if (!stopping())
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
                if (!stopping())
                    error = VncClient::tr("The VNC server could not be set up: %1").arg(t_lastLog);
            }
        }
    }
    if (stopping()) {
        // The console is gone: nobody hears about this connection any more.
    } else if (failure != VncClient::Failure::None) {
        fail(failure, error);
    } else {
        const QString encoding = VncSettings::encodingsString(m_settings.encoding, m_local).section(QLatin1Char(' '), 0, 0);
        VncEvent info{VncEvent::Kind::ServerInfo};
        info.text = encoding;
        m_session->send(std::move(info));
        VncEvent connected{VncEvent::Kind::State};
        connected.state = VncClient::State::Connected;
        m_session->send(std::move(connected));
        bool extended = false;
        while (!stopping()) {
            pollfd fds[2] = {{m_cl->sock, POLLIN, 0}, {m_session->wakeFd(), POLLIN, 0}};
            // Data libvncclient already buffered does not show up in poll().
            const int n = ::poll(fds, 2, m_cl->buffered > 0 ? 0 : 1000);
            if (n < 0 && errno != EINTR)
                break;
            if (fds[1].revents & POLLIN) {
                m_session->clearWake();
                drainInput();
            }
            if (stopping())
                break;
            if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) || m_cl->buffered > 0) {
                if (!handleServerMessage()) {
                    if (!stopping())
                        fail(VncClient::Failure::Closed, VncClient::tr("The VNC server closed the connection: %1").arg(t_lastLog));
                    break;
                }
                const bool nowExtended = SupportsClient2Server(m_cl, rfbQemuEvent);
                if (nowExtended != extended) {
                    extended = nowExtended;
                    VncEvent e{VncEvent::Kind::ServerInfo};
                    e.text = encoding;
                    e.extendedKeys = extended;
                    m_session->send(std::move(e));
                }
            }
        }
    }
    m_session->setSocket(-1);
    m_cl->frameBuffer = nullptr; // FrameBuffers owns it
    // A cursor shape (which QVirt does not ask for, but a server may send
    // anyway) is kept by libvncclient until the next one; rfbClientCleanup()
    // in 0.9.14 does not free it.
    free(m_cl->rcSource);
    free(m_cl->rcMask);
    m_cl->rcSource = nullptr;
    m_cl->rcMask = nullptr;
    rfbClientCleanup(m_cl); // closes the socket
    m_cl = nullptr;
}

} // namespace

void startVncWorker(std::shared_ptr<VncSession> session, int fd, const QString &host, int port,
                    const VncSettings &settings, bool localLink)
{
    session->threadStarting();
    try {
        std::thread([session, fd, host, port, settings, localLink]() mutable {
            pthread_setname_np(pthread_self(), "vnc");
            // A server (or ssh tunnel) that vanishes must end this console with an
            // error from write(), not kill the whole program with SIGPIPE.
            sigset_t pipe;
            sigemptyset(&pipe);
            sigaddset(&pipe, SIGPIPE);
            pthread_sigmask(SIG_BLOCK, &pipe, nullptr);
            {
                VncWorker worker(session, fd, host, port, settings, localLink);
                worker.run();
            }
            session->threadEnded();
            session.reset(); // perhaps the last reference
        }).detach();
    } catch (const std::system_error &e) {
        if (fd >= 0)
            ::close(fd);
        session->threadEnded();
        VncEvent failed{VncEvent::Kind::State};
        failed.state = VncClient::State::Failed;
        failed.failure = VncClient::Failure::Network;
        failed.text = VncClient::tr("The VNC server could not be set up: %1").arg(QString::fromLocal8Bit(e.what()));
        session->send(std::move(failed));
    }
}
