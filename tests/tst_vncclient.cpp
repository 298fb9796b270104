#include "vncclient.h"
#include "vncfuzz.h"

#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "testvncserver.h"

#include <rfb/rfb.h>

#include <atomic>
#include <thread>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

// VncClient against an in-process LibVNCServer (deterministic pixels, keys,
// pointer, resize, passwords) and against servers that misbehave.
class tst_VncClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstFrameMatchesServer();
    void onlyDirtyRegionTravels();
    void keysAndPointer();
    void copyRect();
    void partialWidthRaw();
    void tallPartialWidthRaw();
    void serverResize();
    void resizeGuest_data();
    void resizeGuest();
    void resizeGuestRefused();
    void resizeGuestUnsupported();
    void wrongPasswordThenRight();
    void unsupportedSecurityIsNoPasswordFailure();
    void impossibleFramebufferSize();
    void modeChangeBeforeEncodings_data();
    void modeChangeBeforeEncodings();
    void serverClosesMidMessage();
    void serverKilledMidStream();
    void closeWhileConnecting_data();
    void closeWhileConnecting();
    void framesAreWholeWhilePainted();
    void partialUpdatesAcrossBuffers();
    void keptImageKeepsItsPixels();
    void exitWithConsolesOpen();
    void exitChild();
    void fuzzServer();
    void slowLinkIsNoticed();

private:
    QByteArray recordServer(const QVector<qint32> &encodings, int *handshakeLength);
    void stopServer();
    void startServer(int w, int h, const char *password = nullptr);
    void fillServer(const QRect &r, QRgb color);
    QRgb serverPixel(int x, int y) const;
    bool connectClient(VncClient &c, const QString &password = {});
    bool connectClient(VncClient &c, const VncSettings &settings);

    rfbScreenInfoPtr m_screen = nullptr;
    rfbCursorPtr m_defaultCursor = nullptr;
    QByteArray m_fb;
    char *m_passwords[2] = {nullptr, nullptr};
    // The last key and pointer events, each as one value: the server's thread
    // writes them, and the test must never see half of one event.
    static quint64 keyEvent(quint32 key, bool down) { return quint64(key) << 1 | (down ? 1 : 0); }
    static quint64 pointerEvent(int x, int y, int mask)
    {
        return quint64(quint16(x)) | quint64(quint16(y)) << 16 | quint64(quint16(mask)) << 32;
    }
    static inline std::atomic<quint64> s_key{0};
    static inline std::atomic<quint64> s_pointer{0};
    // SetDesktopSize as the server saw it, and what it answers.
    static inline std::atomic<int> s_askedW{0}, s_askedH{0};
    static inline std::atomic<int> s_resizeAnswer{rfbExtDesktopSize_Success};
    static inline QByteArray s_resizedFb;
    // The server's SetDesktopSize: records the request, then takes the size
    // (a new frame buffer of 0x30 bytes) or answers s_resizeAnswer.
    static int resizeHook(int w, int h, int, rfbExtDesktopScreen *, rfbClientPtr cl)
    {
        s_askedW = w;
        s_askedH = h;
        if (s_resizeAnswer != rfbExtDesktopSize_Success)
            return s_resizeAnswer;
        s_resizedFb = QByteArray(w * h * 4, '\x30');
        rfbNewFramebuffer(cl->screen, s_resizedFb.data(), w, h, 8, 3, 4);
        return rfbExtDesktopSize_Success;
    }
};

void tst_VncClient::init()
{
    s_key = 0;
    s_pointer = pointerEvent(-1, -1, -1);
    s_askedW = s_askedH = 0;
    s_resizeAnswer = rfbExtDesktopSize_Success;
}

void tst_VncClient::cleanup()
{
    stopServer();
    free(m_passwords[0]);
    m_passwords[0] = nullptr;
}

void tst_VncClient::stopServer()
{
    if (m_screen) {
        // Each test's VncClient is gone by now; it closes its socket on its
        // own thread, and the server must drop it first (testvncserver.h).
        const bool gone = TestVncServer::shutDown(m_screen);
        m_screen = nullptr;
        QVERIFY(gone);
    }
}

void tst_VncClient::startServer(int w, int h, const char *password)
{
    if (password)
        m_passwords[0] = strdup(password);
    m_screen = TestVncServer::start(w, h, &m_fb, [this](rfbScreenInfoPtr screen) {
        screen->kbdAddEvent = [](rfbBool down, rfbKeySym key, rfbClientPtr) {
            s_key = keyEvent(key, down);
        };
        screen->ptrAddEvent = [](int mask, int x, int y, rfbClientPtr) {
            s_pointer = pointerEvent(x, y, mask);
        };
        if (m_passwords[0]) {
            screen->authPasswdData = m_passwords;
            screen->passwordCheck = rfbCheckPasswordByList;
        }
    }, &m_defaultCursor);
    QVERIFY(m_screen);
}

// LibVNCServer's native layout here: bytes R, G, B, 0.
void tst_VncClient::fillServer(const QRect &r, QRgb color)
{
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            uchar *p = reinterpret_cast<uchar *>(m_fb.data()) + (y * m_screen->width + x) * 4;
            p[0] = uchar(qRed(color));
            p[1] = uchar(qGreen(color));
            p[2] = uchar(qBlue(color));
            p[3] = 0;
        }
    }
    rfbMarkRectAsModified(m_screen, r.left(), r.top(), r.right() + 1, r.bottom() + 1);
}

QRgb tst_VncClient::serverPixel(int x, int y) const
{
    const uchar *p = reinterpret_cast<const uchar *>(m_fb.constData()) + (y * m_screen->width + x) * 4;
    return qRgb(p[0], p[1], p[2]);
}

bool tst_VncClient::connectClient(VncClient &c, const QString &password)
{
    VncSettings s;
    s.password = password;
    return connectClient(c, s);
}

bool tst_VncClient::connectClient(VncClient &c, const VncSettings &s)
{
    c.connectToHost(QStringLiteral("127.0.0.1"), m_screen->port, s);
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && c.state() != VncClient::State::Connected && c.state() != VncClient::State::Failed)
        QTest::qWait(5);
    return c.state() == VncClient::State::Connected;
}

void tst_VncClient::firstFrameMatchesServer()
{
    startServer(320, 200);
    fillServer(QRect(0, 0, 320, 200), qRgb(10, 20, 30));
    fillServer(QRect(100, 50, 40, 30), qRgb(200, 100, 50));
    VncClient c;
    QSignalSpy resized(&c, &VncClient::resized);
    QVERIFY2(connectClient(c), qPrintable(c.errorString()));
    QTRY_VERIFY(c.updateCount() > 0);
    QCOMPARE(c.size(), QSize(320, 200));
    QCOMPARE(resized.size(), 1);
    QCOMPARE(c.encoding(), QStringLiteral("raw")); // loopback: raw by default
    for (const QPoint p : {QPoint(0, 0), QPoint(319, 199), QPoint(100, 50), QPoint(139, 79), QPoint(140, 80)})
        QCOMPARE(c.image().pixel(p), serverPixel(p.x(), p.y()));
}

void tst_VncClient::onlyDirtyRegionTravels()
{
    startServer(320, 200);
    VncClient c;
    QVERIFY(connectClient(c));
    QTRY_VERIFY(c.updateCount() > 0);
    QTest::qWait(100);
    QSignalSpy updated(&c, &VncClient::updated);
    const quint64 before = c.bytesReceived();
    fillServer(QRect(50, 60, 10, 10), qRgb(255, 0, 0));
    QTRY_VERIFY(!updated.isEmpty());
    QRegion all;
    for (const auto &args : updated)
        all += args.first().value<QRegion>();
    QCOMPARE(all.boundingRect(), QRect(50, 60, 10, 10));
    QCOMPARE(c.bytesReceived() - before, quint64(10 * 10 * 4));
    QCOMPARE(c.image().pixel(55, 65), qRgb(255, 0, 0));
    QCOMPARE(c.image().pixel(49, 65), serverPixel(49, 65));
}

void tst_VncClient::keysAndPointer()
{
    startServer(320, 200);
    VncClient c;
    QVERIFY(connectClient(c));
    c.sendKey('q', 0, true);
    QTRY_COMPARE(s_key.load(), keyEvent('q', true));
    c.sendKey('q', 0, false);
    QTRY_COMPARE(s_key.load(), keyEvent('q', false));
    c.sendPointer(123, 45, 0x04);
    QTRY_COMPARE(s_pointer.load(), pointerEvent(123, 45, 0x04));
    c.sendPointer(5000, -3, 0); // clamped to the screen
    QTRY_COMPARE(s_pointer.load(), pointerEvent(319, 0, 0));
}

void tst_VncClient::copyRect()
{
    startServer(320, 200);
    m_screen->cursor = m_defaultCursor; // LibVNCServer's copy path needs one (it sits at 0,0)
    fillServer(QRect(0, 0, 320, 200), qRgb(0, 0, 0));
    fillServer(QRect(10, 10, 40, 20), qRgb(1, 200, 3));
    VncClient c;
    QVERIFY(connectClient(c));
    QTRY_COMPARE(c.image().pixel(20, 20), qRgb(1, 200, 3));
    // The server moves the block 100 px right and 50 down as a CopyRect.
    rfbDoCopyRect(m_screen, 110, 60, 150, 80, 100, 50);
    QTRY_COMPARE(c.image().pixel(120, 70), qRgb(1, 200, 3));
    QCOMPARE(c.image().pixel(149, 79), serverPixel(149, 79));
    QCOMPARE(c.image().pixel(150, 80), serverPixel(150, 80));
    // Overlapping source and destination.
    rfbDoCopyRect(m_screen, 115, 60, 155, 80, 5, 0);
    QTRY_COMPARE(c.image().pixel(154, 79), serverPixel(154, 79));
    for (int x = 100; x < 160; x += 7)
        QCOMPARE(c.image().pixel(x, 70), serverPixel(x, 70));
}

void tst_VncClient::partialWidthRaw()
{
    startServer(320, 200);
    VncClient c;
    QVERIFY(connectClient(c));
    QTRY_VERIFY(c.updateCount() > 0);
    // A rectangle narrower than the screen is read row by row.
    fillServer(QRect(300, 190, 20, 10), qRgb(9, 8, 7));
    QTRY_COMPARE(c.image().pixel(319, 199), qRgb(9, 8, 7));
    QCOMPARE(c.image().pixel(299, 199), serverPixel(299, 199));
}

void tst_VncClient::tallPartialWidthRaw()
{
    // QEMU sends a full-screen change as a few tall rectangles narrower than
    // the screen; their rows are scattered into the image by one read each
    // batch. A pattern that differs in every pixel catches a row misplaced.
    startServer(1024, 768);
    VncClient c;
    QVERIFY(connectClient(c));
    QTRY_VERIFY(c.updateCount() > 0);
    const QRect r(100, 16, 800, 740);
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            uchar *p = reinterpret_cast<uchar *>(m_fb.data()) + (y * m_screen->width + x) * 4;
            p[0] = uchar(x);
            p[1] = uchar(y);
            p[2] = uchar(x ^ (y >> 2));
            p[3] = 0;
        }
    }
    rfbMarkRectAsModified(m_screen, r.left(), r.top(), r.right() + 1, r.bottom() + 1);
    QTRY_COMPARE(c.image().pixel(r.right(), r.bottom()), serverPixel(r.right(), r.bottom()));
    for (int y = r.top() - 1; y <= r.bottom() + 1; y += 3) {
        for (int x = r.left() - 1; x <= r.right() + 1; x += 5)
            QCOMPARE(c.image().pixel(x, y), serverPixel(x, y));
    }
}

void tst_VncClient::serverResize()
{
    startServer(320, 200);
    VncClient c;
    QVERIFY(connectClient(c));
    QTRY_VERIFY(c.updateCount() > 0);
    QSignalSpy resized(&c, &VncClient::resized);
    QByteArray bigger(640 * 480 * 4, '\x40');
    rfbNewFramebuffer(m_screen, bigger.data(), 640, 480, 8, 3, 4);
    m_fb = bigger;
    m_screen->frameBuffer = m_fb.data();
    rfbMarkRectAsModified(m_screen, 0, 0, 640, 480);
    QTRY_COMPARE(c.size(), QSize(640, 480));
    QCOMPARE(c.state(), VncClient::State::Connected);
    QTRY_COMPARE(c.image().pixel(600, 400), qRgb(0x40, 0x40, 0x40));
}

void tst_VncClient::resizeGuest_data()
{
    QTest::addColumn<int>("encoding");
    // Raw is read by QVirt itself; ZRLE and Tight by libvncclient.
    QTest::newRow("raw") << int(VncSettings::Encoding::Raw);
    QTest::newRow("zrle") << int(VncSettings::Encoding::Zrle);
    QTest::newRow("tight") << int(VncSettings::Encoding::Tight);
}

// "Resize guest to window": SetDesktopSize reaches the server, which takes the
// new size; the client follows with a new frame buffer.
void tst_VncClient::resizeGuest()
{
    QFETCH(int, encoding);
    startServer(320, 200);
    m_screen->setDesktopSizeHook = resizeHook;
    VncClient c;
    QSignalSpy refused(&c, &VncClient::desktopResizeRefused);
    VncSettings settings;
    settings.encoding = VncSettings::Encoding(encoding);
    QVERIFY2(connectClient(c, settings), qPrintable(c.errorString()));
    QTRY_VERIFY(c.updateCount() > 0);
    c.requestDesktopSize(400, 300);
    QTRY_COMPARE(c.size(), QSize(400, 300));
    QCOMPARE(s_askedW.load(), 400);
    QCOMPARE(s_askedH.load(), 300);
    QTRY_COMPARE(c.image().pixel(390, 290), qRgb(0x30, 0x30, 0x30));
    QCOMPARE(c.state(), VncClient::State::Connected);
    QVERIFY2(refused.isEmpty(), refused.isEmpty() ? "" : qPrintable(refused.first().first().toString()));
}

void tst_VncClient::resizeGuestRefused()
{
    startServer(320, 200);
    s_resizeAnswer = rfbExtDesktopSize_ResizeProhibited;
    m_screen->setDesktopSizeHook = resizeHook;
    VncClient c;
    QSignalSpy refused(&c, &VncClient::desktopResizeRefused);
    QVERIFY(connectClient(c));
    QTRY_VERIFY(c.updateCount() > 0);
    c.requestDesktopSize(400, 300);
    QTRY_COMPARE(s_askedW.load(), 400);
    // LibVNCServer's threaded mode sends its answer with the next update.
    fillServer(QRect(0, 0, 8, 8), qRgb(1, 2, 3));
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY2(refused.first().first().toString().contains(QLatin1String("does not allow")),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(c.size(), QSize(320, 200));
    QCOMPARE(c.state(), VncClient::State::Connected);
}

// The size of each client message, so a test can walk what a client sent.
static int clientMessageSize(const QByteArray &b, int at)
{
    if (at >= b.size())
        return -1;
    auto u16 = [&](int i) { return i + 1 < b.size() ? (uchar(b[i]) << 8) | uchar(b[i + 1]) : -1; };
    switch (uchar(b[at])) {
    case 0: return 20; // SetPixelFormat
    case 2: return u16(at + 2) < 0 ? -1 : 4 + 4 * u16(at + 2); // SetEncodings
    case 3: return 10; // FramebufferUpdateRequest
    case 4: return 8; // KeyEvent
    case 5: return 6; // PointerEvent
    case 255: return 12; // QEMU extended key event
    default: return 0; // anything else: not expected here
    }
}

// A server that never announced ExtendedDesktopSize gets no SetDesktopSize
// (one that does not know the message would drop the connection); the user
// hears why nothing happens.
void tst_VncClient::resizeGuestUnsupported()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    VncClient c;
    QSignalSpy refused(&c, &VncClient::desktopResizeRefused);
    c.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort(), {});
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *s = server.nextPendingConnection();
    TestVncServer::fakeHandshake(s, 16, 16, false);
    // Read the client's set-up up to its first FramebufferUpdateRequest.
    QByteArray received;
    QDeadlineTimer setup(5000);
    bool requested = false;
    while (!requested && !setup.hasExpired()) {
        s->waitForReadyRead(100);
        received += s->readAll();
        for (int at = 0, n; !requested && (n = clientMessageSize(received, at)) > 0 && at + n <= received.size(); at += n)
            requested = uchar(received[at]) == 3;
    }
    QVERIFY(requested);
    QByteArray update = QByteArray::fromHex("000000010000000000100010") + QByteArray(4, '\0'); // raw 16x16
    update += QByteArray(16 * 16 * 4, '\x20');
    s->write(update);
    s->waitForBytesWritten(1000);
    QTRY_VERIFY(c.updateCount() > 0);
    c.requestDesktopSize(400, 300);
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY2(refused.first().first().toString().contains(QLatin1String("cannot resize")),
             qPrintable(refused.first().first().toString()));
    QTest::qWait(200);
    s->waitForReadyRead(100);
    received += s->readAll();
    for (int at = 0; at < received.size();) {
        const int n = clientMessageSize(received, at);
        QVERIFY2(n > 0, qPrintable(QStringLiteral("unexpected client message %1").arg(uchar(received[at]))));
        at += n;
    }
    QCOMPARE(c.state(), VncClient::State::Connected);
}

void tst_VncClient::wrongPasswordThenRight()
{
    startServer(320, 200, "s3cret");
    VncClient c;
    QVERIFY(!connectClient(c, QStringLiteral("wrong")));
    QCOMPARE(c.state(), VncClient::State::Failed);
    QCOMPARE(c.failure(), VncClient::Failure::Password);
    QVERIFY(!c.errorString().isEmpty());
    QVERIFY2(connectClient(c, QStringLiteral("s3cret")), qPrintable(c.errorString()));
}

// A server that offers only a security type libvncclient does not know: the
// handshake fails, and libvncclient's log says "authentication scheme", but no
// password was asked for, so it is not a refused password.
void tst_VncClient::unsupportedSecurityIsNoPasswordFailure()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    VncClient c;
    VncSettings settings;
    settings.password = QStringLiteral("s3cret");
    c.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort(), settings);
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *s = server.nextPendingConnection();
    s->write("RFB 003.008\n");
    s->waitForBytesWritten(1000);
    s->waitForReadyRead(2000);
    s->readAll(); // client version
    s->write(QByteArray::fromHex("01fe")); // one security type: 254, unassigned
    s->waitForBytesWritten(1000);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Failed, 10000);
    QCOMPARE(c.failure(), VncClient::Failure::Protocol);
}

// A fake RFB 3.8 server: handshake with no security, then a ServerInit of the given size.
void tst_VncClient::impossibleFramebufferSize()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    VncClient c;
    c.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort(), {});
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *s = server.nextPendingConnection();
    TestVncServer::fakeHandshake(s, 60000, 60000, false);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Failed, 10000);
    QVERIFY2(c.errorString().contains(QLatin1String("60000")), qPrintable(c.errorString()));
}

// What QEMU sends when the guest changes mode between ServerInit and the
// client's SetEncodings (a guest booting): the ExtendedKeyEvent
// acknowledgement sized to QEMU's new screen, then the resize, then pixels.
// libvncclient alone rejects the acknowledgement as a rectangle too large.
void tst_VncClient::modeChangeBeforeEncodings_data()
{
    QTest::addColumn<VncSettings::Encoding>("encoding");
    QTest::addColumn<bool>("extended"); // ExtendedDesktopSize, else DesktopResize
    QTest::newRow("zrle, extended") << VncSettings::Encoding::Zrle << true;
    QTest::newRow("tight, plain resize") << VncSettings::Encoding::Tight << false;
    QTest::newRow("raw, extended") << VncSettings::Encoding::Raw << true;
}

void tst_VncClient::modeChangeBeforeEncodings()
{
    QFETCH(VncSettings::Encoding, encoding);
    QFETCH(bool, extended);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    VncClient c;
    VncSettings settings;
    settings.encoding = encoding;
    c.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort(), settings);
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *s = server.nextPendingConnection();
    TestVncServer::fakeHandshake(s, 640, 480, false);
    // SetPixelFormat (20), SetEncodings (4 + 4n), FramebufferUpdateRequest (10).
    QByteArray got;
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && got.size() < 24)
        if (s->waitForReadyRead(100))
            got += s->readAll();
    QVERIFY(got.size() >= 24);
    const int encodings = (uchar(got.at(22)) << 8) | uchar(got.at(23));
    while (!deadline.hasExpired() && got.size() < 24 + 4 * encodings + 10)
        if (s->waitForReadyRead(100))
            got += s->readAll();
    QCOMPARE(got.size(), 24 + 4 * encodings + 10);

    QByteArray out;
    out += QByteArray::fromHex("00000001" "00000000" "02d00190" "fffffefe"); // ExtendedKeyEvent ack, 720x400
    if (extended) // reason 0, status 0, 720x400; one screen, id 0, at 0,0, 720x400
        out += QByteArray::fromHex("00000001" "00000000" "02d00190" "fffffecc" "01000000"
                                   "00000000" "0000" "0000" "02d0" "0190" "00000000");
    else
        out += QByteArray::fromHex("00000001" "00000000" "02d00190" "ffffff21");
    out += QByteArray::fromHex("00000001" "02c0" "0180" "0010" "0010" "00000000"); // raw 16x16 at 704,384
    out += QByteArray(16 * 16 * 4, '\xff');
    s->write(out);
    QVERIFY(s->waitForBytesWritten(2000));
    QTRY_VERIFY2_WITH_TIMEOUT(c.size() == QSize(720, 400) && c.updateCount() > 0, qPrintable(c.errorString()), 10000);
    QCOMPARE(c.state(), VncClient::State::Connected);
    QCOMPARE(c.image().pixel(719, 399), qRgb(255, 255, 255));
}

void tst_VncClient::serverClosesMidMessage()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    VncClient c;
    c.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort(), {});
    QVERIFY(server.waitForNewConnection(5000));
    TestVncServer::fakeHandshake(server.nextPendingConnection(), 64, 48, true);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Failed, 10000);
    QVERIFY(c.failure() == VncClient::Failure::Closed || c.failure() == VncClient::Failure::Protocol);
    QVERIFY(!c.errorString().isEmpty());
}

void tst_VncClient::serverKilledMidStream()
{
    startServer(320, 200);
    VncClient c;
    QVERIFY(connectClient(c));
    rfbShutdownServer(m_screen, TRUE);
    rfbScreenCleanup(m_screen);
    m_screen = nullptr;
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Failed, 10000);
    QCOMPARE(c.failure(), VncClient::Failure::Closed);
}

// A listening socket on 127.0.0.1 whose accept queue is full: the kernel drops
// the next SYN, so a connect() to it hangs (retrying for minutes). Loopback
// only: nothing leaves the machine.
class FullBacklog
{
public:
    FullBacklog()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
            || ::listen(m_listener, 0) != 0 || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            return;
        m_port = ntohs(a.sin_port);
        // Fill the queue until a connection attempt stays unanswered.
        for (int i = 0; i < 8 && !m_full; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            m_fillers.push_back(fd);
            if (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0)
                continue;
            if (errno != EINPROGRESS)
                return;
            pollfd p{fd, POLLOUT, 0};
            m_full = ::poll(&p, 1, 300) == 0;
        }
    }
    ~FullBacklog()
    {
        for (int fd : m_fillers)
            ::close(fd);
        if (m_listener >= 0)
            ::close(m_listener);
    }
    bool isFull() const { return m_full; }
    int port() const { return m_port; }

private:
    int m_listener = -1;
    int m_port = 0;
    bool m_full = false;
    std::vector<int> m_fillers;
};

// A SYN of ours that is still unanswered: the client is inside connect().
static bool synSentTo(int port)
{
    QFile tcp(QStringLiteral("/proc/net/tcp"));
    if (!tcp.open(QIODevice::ReadOnly))
        return false;
    const QByteArray remote = QByteArray(":") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    int syn = 0;
    for (const QByteArray &line : tcp.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() > 3 && f.at(2).endsWith(remote) && f.at(3) == "02")
            ++syn;
    }
    return syn > 1; // the filler that showed the queue full, and the client's
}

// Console worker threads alive in this process (they are named "vnc").
static int vncThreads()
{
    int n = 0;
    for (const QString &task : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "vnc")
            ++n;
    }
    return n;
}

void tst_VncClient::closeWhileConnecting_data()
{
    QTest::addColumn<bool>("accepts");
    QTest::newRow("connect() hangs") << false;
    QTest::newRow("no greeting") << true;
}

// Closing a console that is still connecting returns at once and never holds
// up the GUI thread; the worker ends by itself soon after.
void tst_VncClient::closeWhileConnecting()
{
    QFETCH(bool, accepts);
    FullBacklog backlog;
    QTcpServer server;
    int port = 0;
    if (accepts) {
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    } else {
        QVERIFY2(backlog.isFull(), "the loopback listener's queue did not fill up");
        port = backlog.port();
    }
    const int workersBefore = vncThreads();
    auto *c = new VncClient;
    c->connectToHost(QStringLiteral("127.0.0.1"), port, {});
    if (accepts) {
        QVERIFY(server.waitForNewConnection(5000)); // connected; the greeting never comes
    } else {
        QTRY_VERIFY(synSentTo(port));
    }
    QCOMPARE(c->state(), VncClient::State::Connecting);

    // The event loop keeps turning: a 50 ms tick never misses long.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer tick;
    tick.setInterval(50);
    connect(&tick, &QTimer::timeout, this, [&] {
        longestGap = qMax(longestGap, sinceTick.restart());
    });
    sinceTick.start();
    tick.start();
    QTest::qWait(120);

    QElapsedTimer destroying;
    destroying.start();
    delete c;
    const qint64 destroyMs = destroying.elapsed();
    // A join would wait for the connect timeout (15 s); the bound leaves room
    // for a loaded machine (the sanitizer stages run two tests side by side).
    QVERIFY2(destroyMs < 1000, qPrintable(QStringLiteral("the destructor took %1 ms").arg(destroyMs)));
    // The worker was interrupted, not left hanging in the background.
    QTRY_COMPARE_WITH_TIMEOUT(vncThreads(), workersBefore, 2000);
    QTest::qWait(300);
    tick.stop();
    QVERIFY2(longestGap < 1000, qPrintable(QStringLiteral("the event loop stood still for %1 ms").arg(longestGap)));
}

// The server's end of a socket pair whose other end a VncClient takes over
// (connectToSocket, as with libvirt's graphics fd).
class SocketPair
{
public:
    SocketPair()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, m_fds) != 0)
            m_fds[0] = m_fds[1] = -1;
    }
    ~SocketPair()
    {
        for (int fd : m_fds) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    bool isValid() const { return m_fds[0] >= 0; }
    int server() const { return m_fds[0]; }
    int takeClient() { return std::exchange(m_fds[1], -1); }
    // What the client sent, read and dropped: its writes never block.
    void drain() const
    {
        char buf[4096];
        while (::recv(m_fds[0], buf, sizeof buf, MSG_DONTWAIT) > 0) {
        }
    }
    // All of it, draining while the client is behind; false once the client
    // is gone (or stop is set).
    bool feed(const QByteArray &bytes, const std::atomic<bool> *stop = nullptr) const
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::send(m_fds[0], bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) {
                done += n;
                continue;
            }
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                return false;
            if (stop && stop->load())
                return false;
            drain();
            pollfd p{m_fds[0], POLLOUT, 0};
            ::poll(&p, 1, 100);
        }
        return true;
    }
    void endOfStream() const { ::shutdown(m_fds[0], SHUT_WR); }

private:
    int m_fds[2] = {-1, -1};
};

// One colour all over (the fake server's frames are).
static bool uniform(const QImage &image)
{
    if (image.isNull())
        return true;
    const quint32 first = reinterpret_cast<const quint32 *>(image.constScanLine(0))[0] & 0xffffff;
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const quint32 *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if ((row[x] & 0xffffff) != first)
                return false;
        }
    }
    return true;
}

// The GUI reads image() while the VNC thread decodes the next frames as fast
// as a server sends them: every picture it sees is whole, never part old and
// part new (each frame is one colour, sent as four rectangles in a random
// order). Under ThreadSanitizer this is also the proof that no pixel is read
// while it is written.
void tst_VncClient::framesAreWholeWhilePainted()
{
    constexpr int kW = 256, kH = 96;
    SocketPair pair;
    QVERIFY(pair.isValid());
    std::atomic<bool> stop{false};
    std::thread server([&pair, &stop] {
        VncFuzz::Random r(7);
        if (!pair.feed(VncFuzz::handshake(kW, kH), &stop))
            return;
        for (quint32 k = 1; !stop.load(); ++k) {
            const quint32 colour = (k * 0x9e3779b9u) & 0xffffff;
            QByteArray band;
            for (int i = 0; i < 64 * kH; ++i) // little-endian 0x00RRGGBB
                band.append(char(colour & 0xff)).append(char((colour >> 8) & 0xff)).append(char(colour >> 16)).append('\0');
            QByteArray frame;
            VncFuzz::put16(frame, 0);
            VncFuzz::put16(frame, 4);
            int order[4] = {0, 1, 2, 3};
            for (int i = 3; i > 0; --i)
                std::swap(order[i], order[r.below(i + 1)]);
            for (int b : order) {
                VncFuzz::put16(frame, b * 64);
                VncFuzz::put16(frame, 0);
                VncFuzz::put16(frame, 64);
                VncFuzz::put16(frame, kH);
                VncFuzz::put32(frame, 0);
                frame += band;
            }
            if (!pair.feed(frame, &stop))
                return;
        }
    });
    VncClient c;
    c.connectToSocket(pair.takeClient(), {}, true);
    int frames = 0;
    bool torn = false;
    auto check = [&] { torn = torn || !uniform(c.image()); };
    connect(&c, &VncClient::updated, this, [&] {
        ++frames;
        check();
    });
    QTimer often; // and at any other moment the event loop has
    often.setInterval(0);
    connect(&often, &QTimer::timeout, this, check);
    often.start();
    QTRY_VERIFY_WITH_TIMEOUT(frames >= 300 || torn || c.state() == VncClient::State::Failed, 60000);
    often.stop();
    stop = true;
    c.disconnectFromServer();
    server.join(); // the feed ends within 100 ms of stop
    QVERIFY2(c.errorString().isEmpty(), qPrintable(c.errorString()));
    QVERIFY(!torn);
}

// How many pixels of the client's picture differ from the server's (but for
// the corner where LibVNCServer draws its pointer when it has one).
static int mismatches(const VncClient &c, const QByteArray &fb, int width)
{
    int n = 0;
    const QImage &image = c.image();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = y < 24 ? 24 : 0; x < image.width(); ++x) {
            const uchar *p = reinterpret_cast<const uchar *>(fb.constData()) + (y * width + x) * 4;
            n += image.pixel(x, y) != qRgb(p[0], p[1], p[2]);
        }
    }
    return n;
}

// Updates of a few pixels each, some of them CopyRects: each of the three
// frame buffers takes only some of them itself and catches up with the others
// from the newest; the picture always ends up as the server's.
void tst_VncClient::partialUpdatesAcrossBuffers()
{
    startServer(320, 200);
    m_screen->cursor = m_defaultCursor; // LibVNCServer's copy path needs one
    VncClient c;
    QVERIFY(connectClient(c));
    QTRY_VERIFY(c.updateCount() > 0);
    for (int i = 0; i < 24; ++i) {
        const QRect r((i * 53) % 280, (i * 31) % 170, 24 + i % 7, 18 + i % 5);
        const QRgb colour = qRgb(40 + i * 8, 250 - i * 9, (i * 37) % 256);
        fillServer(r, colour);
        QTRY_COMPARE(c.image().pixel(r.center()), colour);
        if (i % 6 == 5) {
            // The block at (40 + i, 60) moves 60 px right and 40 down.
            rfbDoCopyRect(m_screen, 100 + i, 100, 160 + i, 140, 60, 40);
            QTRY_COMPARE(mismatches(c, m_fb, 320), 0);
        }
    }
    QTRY_COMPARE(mismatches(c, m_fb, 320), 0);
}

// A copy of image() kept across updates keeps its pixels: its buffer stays
// with it, and new memory takes its place (caught up whole).
void tst_VncClient::keptImageKeepsItsPixels()
{
    startServer(160, 120);
    fillServer(QRect(0, 0, 160, 120), qRgb(10, 20, 30));
    VncClient c;
    QVERIFY(connectClient(c));
    QTRY_COMPARE(c.image().pixel(80, 60), qRgb(10, 20, 30));
    const QImage kept = c.image();
    for (int i = 1; i <= 6; ++i) {
        const QRgb colour = qRgb(i * 30, 200 - i * 20, 7 * i);
        fillServer(QRect(0, 0, 160, 120), colour);
        QTRY_COMPARE(c.image().pixel(80, 60), colour);
        QVERIFY(uniform(kept));
        QCOMPARE(kept.pixel(80, 60), qRgb(10, 20, 30));
    }
    for (int i = 0; i < 6; ++i) {
        fillServer(QRect(i * 20, i * 15, 10, 10), qRgb(255, i * 40, 0));
        QTRY_COMPARE(c.image().pixel(i * 20 + 5, i * 15 + 5), qRgb(255, i * 40, 0));
        QTRY_COMPARE(mismatches(c, m_fb, 160), 0);
    }
}

// The program ends while consoles are still at work (connecting to an address
// that never answers, waiting for a greeting, connected): it exits cleanly,
// and promptly, in a process of its own.
void tst_VncClient::exitWithConsolesOpen()
{
    // fork() and exec rather than QProcess: Qt starts processes with a raw
    // clone(CLONE_VM), which ThreadSanitizer takes for a fork in this process.
    const QByteArray program = QCoreApplication::applicationFilePath().toLocal8Bit();
    QByteArray function("exitChild");
    char *argv[] = {const_cast<char *>(program.constData()), function.data(), nullptr};
    QByteArrayList env{"QVIRT_TEST_EXIT_CHILD=1"};
    for (char **e = environ; *e; ++e)
        env << QByteArray(*e);
    std::vector<char *> envp;
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    int out[2];
    QCOMPARE(::pipe2(out, O_CLOEXEC), 0);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::dup2(out[1], STDERR_FILENO);
        ::execve(argv[0], argv, envp.data());
        ::_exit(127);
    }
    ::close(out[1]);
    QVERIFY(pid > 0);
    ::fcntl(out[0], F_SETFL, O_NONBLOCK);
    QByteArray output;
    int status = 0;
    bool reaped = false;
    auto readOutput = [&] {
        char buf[4096];
        ssize_t n;
        while ((n = ::read(out[0], buf, sizeof buf)) > 0)
            output.append(buf, n);
    };
    // QTRY_VERIFY evaluates its condition once more after it held: remember.
    auto ended = [&] {
        readOutput();
        if (!reaped)
            reaped = ::waitpid(pid, &status, WNOHANG) == pid;
        return reaped;
    };
    QTRY_VERIFY_WITH_TIMEOUT(ended(), 60000);
    readOutput();
    ::close(out[0]);
    QVERIFY2(WIFEXITED(status) && WEXITSTATUS(status) == 0, output.constData());
    QVERIFY2(output.contains("PASS   : tst_VncClient::exitChild()"), output.constData());
}

void tst_VncClient::exitChild()
{
    if (qEnvironmentVariableIsEmpty("QVIRT_TEST_EXIT_CHILD"))
        QSKIP("Run by exitWithConsolesOpen, in a process of its own.");
    static auto *backlog = new FullBacklog; // to the end of the process
    QVERIFY(backlog->isFull());
    static auto *silent = new QTcpServer;
    QVERIFY(silent->listen(QHostAddress::LocalHost));
    auto *connecting = new VncClient;
    connecting->connectToHost(QStringLiteral("127.0.0.1"), backlog->port(), {});
    auto *waiting = new VncClient;
    waiting->connectToHost(QStringLiteral("127.0.0.1"), silent->serverPort(), {});
    QVERIFY(silent->waitForNewConnection(5000));
    startServer(320, 200);
    auto *connected = new VncClient;
    QVERIFY(connectClient(*connected));
    QTRY_VERIFY(synSentTo(backlog->port()));
    // One outlives the application object, as a leaked one would.
    static auto *leaked = new VncClient;
    leaked->connectToHost(QStringLiteral("127.0.0.1"), backlog->port(), {});
    delete connecting;
    delete waiting;
    delete connected;
}

// What LibVNCServer sends a client that asks for these encodings (in QVirt's
// pixel format) while its screen changes in the ways it can: fills, noise, a
// gradient, a few colours, a CopyRect, a new size.
QByteArray tst_VncClient::recordServer(const QVector<qint32> &encodings, int *handshakeLength)
{
    using namespace VncFuzz;
    startServer(96, 64);
    m_screen->cursor = m_defaultCursor; // its CopyRect path needs one
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, quint16(m_screen->port));
    QByteArray got;
    auto atLeast = [&](int n) {
        while (got.size() < n && (s.bytesAvailable() > 0 || s.waitForReadyRead(5000)))
            got += s.readAll();
        return got.size() >= n;
    };
    auto quiet = [&] {
        while (s.waitForReadyRead(100))
            got += s.readAll();
    };
    auto request = [&](bool incremental) {
        QByteArray b;
        put8(b, 3);
        put8(b, incremental ? 1 : 0);
        put16(b, 0);
        put16(b, 0);
        put16(b, m_screen->width);
        put16(b, m_screen->height);
        s.write(b);
    };
    if (!s.waitForConnected(5000) || !atLeast(12))
        return {};
    s.write("RFB 003.008\n");
    if (!atLeast(13))
        return {};
    const int types = uchar(got.at(12));
    s.write(QByteArray(1, '\x01')); // security None
    const int init = 13 + types + 4;
    if (!atLeast(init))
        return {};
    s.write(QByteArray(1, '\x01')); // ClientInit: shared
    if (!atLeast(init + 24))
        return {};
    const int nameLength = int(qFromBigEndian<quint32>(got.constData() + init + 20));
    if (!atLeast(init + 24 + nameLength))
        return {};
    *handshakeLength = init + 24 + nameLength;
    QByteArray setup = QByteArray::fromHex("00000000") + pixelFormat(); // SetPixelFormat
    put8(setup, 2);
    put8(setup, 0);
    put16(setup, int(encodings.size()));
    for (qint32 e : encodings)
        put32(setup, quint32(e));
    s.write(setup);
    request(false);
    quiet();
    auto paint = [&](const QRect &r, auto colourAt) {
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x) {
                const QRgb c = colourAt(x, y);
                uchar *p = reinterpret_cast<uchar *>(m_fb.data()) + (y * m_screen->width + x) * 4;
                p[0] = uchar(qRed(c));
                p[1] = uchar(qGreen(c));
                p[2] = uchar(qBlue(c));
            }
        }
        rfbMarkRectAsModified(m_screen, r.left(), r.top(), r.right() + 1, r.bottom() + 1);
        request(true);
        quiet();
    };
    Random noise(3);
    paint(QRect(4, 4, 30, 20), [](int, int) { return qRgb(200, 30, 60); });
    paint(QRect(10, 20, 40, 30), [&](int, int) { return QRgb(noise.next()); });
    paint(QRect(40, 0, 50, 60), [](int x, int y) { return qRgb(x * 4, y * 4, (x + y) * 2); });
    paint(QRect(0, 30, 60, 30), [](int x, int) { return (x / 7) % 3 == 0 ? qRgb(0, 0, 255) : (x / 7) % 3 == 1 ? qRgb(255, 255, 0) : qRgb(9, 9, 9); });
    rfbDoCopyRect(m_screen, 50, 30, 90, 60, 40, 20);
    request(true);
    quiet();
    QByteArray smaller(80 * 48 * 4, '\x40');
    rfbNewFramebuffer(m_screen, smaller.data(), 80, 48, 8, 3, 4);
    m_fb = smaller;
    m_screen->frameBuffer = m_fb.data();
    rfbMarkRectAsModified(m_screen, 0, 0, 80, 48);
    request(true);
    quiet();
    request(false);
    quiet();
    paint(QRect(0, 0, 80, 48), [&](int, int) { return QRgb(noise.next() & 0xf0f0f0); });
    s.abort();
    stopServer();
    return got;
}

// A VNC server that sends garbage: 10,000 cases (QVIRT_FUZZ_CASES), seeded
// (QVIRT_FUZZ_SEED), each a fresh console on a socket pair. Half mutate real
// LibVNCServer streams (raw, ZRLE, Tight), half are made up: random bytes,
// truncated rectangles, absurd sizes and counts, encodings nobody asked for.
// Once the stream ends, every console has failed with a message; one in ten
// is closed in the middle instead. The program lives on, and under the
// sanitizers nothing is reported. To look at one case: QVIRT_FUZZ_FIRST=N
// QVIRT_FUZZ_CASES=1 (QVIRT_FUZZ_TRACE=1 names each case as it starts).
void tst_VncClient::fuzzServer()
{
    const int first = qEnvironmentVariableIntValue("QVIRT_FUZZ_FIRST");
    const int cases = qEnvironmentVariableIsSet("QVIRT_FUZZ_CASES") ? qEnvironmentVariableIntValue("QVIRT_FUZZ_CASES") : 10000;
    const bool trace = qEnvironmentVariableIsSet("QVIRT_FUZZ_TRACE");
    // Qt's JPEG reader says what is wrong with each broken picture.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio.jpeg.warning=false"));
    const auto restoreRules = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
    const quint64 seed = qEnvironmentVariableIsSet("QVIRT_FUZZ_SEED") ? qgetenv("QVIRT_FUZZ_SEED").toULongLong() : 20261204;
    struct Seed
    {
        VncSettings::Encoding encoding;
        QVector<qint32> asked; // as QVirt asks for them in that mode
        QByteArray stream;
        int handshake = 0;
    };
    QVector<Seed> seeds = {
        {VncSettings::Encoding::Raw, {0, 1, -308, -223, -258, -261}, {}, 0},
        {VncSettings::Encoding::Zrle, {16, 1, 0, -308, -223, -258, -261}, {}, 0},
        {VncSettings::Encoding::Tight, {7, 16, 1, 0, -32 + 6, -256 + 6, -308, -223, -258, -261}, {}, 0},
    };
    for (Seed &s : seeds) {
        s.stream = recordServer(s.asked, &s.handshake);
        QVERIFY2(s.stream.size() > s.handshake + 1000, "LibVNCServer sent too little to mutate");
    }
    const int threadsBefore = vncThreads();
    QElapsedTimer clock;
    clock.start();
    int closedMidway = 0;
    QMap<VncClient::Failure, int> failures;
    for (int i = first; i < first + cases; ++i) {
        if (trace)
            std::fprintf(stderr, "case %d at %lld ms\n", i, clock.elapsed());
        VncFuzz::Random r(seed * 1000003u + quint64(i));
        const Seed &s = seeds.at(r.below(int(seeds.size())));
        QByteArray bytes;
        if (r.chance(50)) {
            bytes = VncFuzz::mutate(r, s.stream, s.handshake);
        } else {
            int w = 0, h = 0;
            VncFuzz::screenSize(r, &w, &h);
            bytes = VncFuzz::handshake(w, h) + VncFuzz::messages(r, w, h, s.asked, 48 * 1024);
        }
        const bool closeMidway = r.chance(10);
        SocketPair pair;
        QVERIFY(pair.isValid());
        VncSettings settings;
        settings.encoding = s.encoding;
        settings.clipboard = r.chance(50); // clipboard messages are read, not only skipped
        std::unique_ptr<VncClient> c(new VncClient);
        c->connectToSocket(pair.takeClient(), settings, true);
        QSocketNotifier drain(pair.server(), QSocketNotifier::Read);
        connect(&drain, &QSocketNotifier::activated, this, [&pair] { pair.drain(); });
        pair.feed(bytes); // false: the client already gave up
        if (closeMidway) {
            for (int turn = r.below(4); turn > 0; --turn)
                QCoreApplication::processEvents();
            c.reset();
            ++closedMidway;
            continue;
        }
        pair.endOfStream();
        QEventLoop loop;
        connect(c.get(), &VncClient::stateChanged, &loop, [&loop](VncClient::State state) {
            if (state == VncClient::State::Failed)
                loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        if (c->state() != VncClient::State::Failed || c->errorString().isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("case %1 (seed %2): state %3, message \"%4\"; the server sent %5 bytes: %6")
                                 .arg(i).arg(seed).arg(int(c->state())).arg(c->errorString()).arg(bytes.size())
                                 .arg(QString::fromLatin1(bytes.left(96).toHex()))));
        }
        ++failures[c->failure()];
    }
    QTRY_COMPARE_WITH_TIMEOUT(vncThreads(), threadsBefore, 10000);
    qInfo("%d cases in %lld ms: %d closed midway; failed: network %d, password %d, protocol %d, closed %d", cases,
          clock.elapsed(), closedMidway, failures.value(VncClient::Failure::Network),
          failures.value(VncClient::Failure::Password), failures.value(VncClient::Failure::Protocol),
          failures.value(VncClient::Failure::Closed));
}

// Raw pixels through a link of 1.5 MB/s (a relay on loopback, so QVirt sees
// a local link and picks raw): after a few large updates the client says the
// link is slow, once, with about its rate.
void tst_VncClient::slowLinkIsNoticed()
{
    startServer(640, 480);
    TestVncServer::ThrottledRelay relay(m_screen->port, 1.5 * 1024 * 1024);
    VncClient c;
    QSignalSpy slow(&c, &VncClient::slowLink);
    c.connectToHost(QStringLiteral("127.0.0.1"), relay.port(), {});
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Connected, 10000);
    QCOMPARE(c.encoding(), QStringLiteral("raw"));
    QTRY_VERIFY_WITH_TIMEOUT(c.updateCount() > 0, 20000);
    for (int i = 1; i <= 6 && slow.isEmpty(); ++i) {
        const quint64 before = c.updateCount();
        fillServer(QRect(0, 0, 640, 480), qRgb(i * 40, 255 - i * 40, 7));
        QTRY_VERIFY_WITH_TIMEOUT(c.updateCount() > before, 20000);
    }
    QCOMPARE(slow.size(), 1);
    const double rate = slow.first().first().toDouble();
    QVERIFY2(rate > 0 && rate < 4.0 * 1024 * 1024, qPrintable(QString::number(rate)));
    // Once per connection.
    const quint64 before = c.updateCount();
    fillServer(QRect(0, 0, 640, 480), qRgb(1, 2, 3));
    QTRY_VERIFY_WITH_TIMEOUT(c.updateCount() > before, 20000);
    QCOMPARE(slow.size(), 1);
    c.disconnectFromServer();
}

QTEST_MAIN(tst_VncClient)
#include "tst_vncclient.moc"
