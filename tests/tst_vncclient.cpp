#include "vncclient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <rfb/rfb.h>

#include <atomic>

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
    void impossibleFramebufferSize();
    void serverClosesMidMessage();
    void serverKilledMidStream();

private:
    void startServer(int w, int h, const char *password = nullptr);
    void fillServer(const QRect &r, QRgb color);
    QRgb serverPixel(int x, int y) const;
    bool connectClient(VncClient &c, const QString &password = {});
    bool connectClient(VncClient &c, const VncSettings &settings);

    rfbScreenInfoPtr m_screen = nullptr;
    rfbCursorPtr m_defaultCursor = nullptr;
    QByteArray m_fb;
    char *m_passwords[2] = {nullptr, nullptr};
    static inline std::atomic<quint32> s_lastKey{0};
    static inline std::atomic<int> s_keyDown{-1};
    static inline std::atomic<int> s_ptrX{-1}, s_ptrY{-1}, s_ptrMask{-1};
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
    s_lastKey = 0;
    s_keyDown = -1;
    s_ptrX = s_ptrY = s_ptrMask = -1;
    s_askedW = s_askedH = 0;
    s_resizeAnswer = rfbExtDesktopSize_Success;
}

void tst_VncClient::cleanup()
{
    if (m_screen) {
        rfbShutdownServer(m_screen, TRUE);
        rfbScreenCleanup(m_screen);
        m_screen = nullptr;
    }
    free(m_passwords[0]);
    m_passwords[0] = nullptr;
}

void tst_VncClient::startServer(int w, int h, const char *password)
{
    int argc = 0;
    m_screen = rfbGetScreen(&argc, nullptr, w, h, 8, 3, 4);
    QVERIFY(m_screen);
    m_fb = QByteArray(w * h * 4, '\0');
    m_screen->frameBuffer = m_fb.data();
    m_defaultCursor = m_screen->cursor;
    m_screen->cursor = nullptr; // no server-drawn pointer in the pixels under test
    m_screen->autoPort = TRUE;
    m_screen->listenInterface = htonl(INADDR_LOOPBACK);
    m_screen->ipv6port = 0;
    m_screen->httpPort = 0;
    m_screen->kbdAddEvent = [](rfbBool down, rfbKeySym key, rfbClientPtr) {
        s_lastKey = key;
        s_keyDown = down ? 1 : 0;
    };
    m_screen->ptrAddEvent = [](int mask, int x, int y, rfbClientPtr) {
        s_ptrX = x;
        s_ptrY = y;
        s_ptrMask = mask;
    };
    if (password) {
        m_passwords[0] = strdup(password);
        m_screen->authPasswdData = m_passwords;
        m_screen->passwordCheck = rfbCheckPasswordByList;
    }
    rfbLogEnable(0);
    rfbInitServer(m_screen);
    QVERIFY(m_screen->port > 0);
    rfbRunEventLoop(m_screen, 5000, TRUE); // its own thread
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

static void serveFakeHandshake(QTcpSocket *s, quint16 w, quint16 h, bool closeAfterInit);

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
    QTRY_COMPARE(s_lastKey.load(), quint32('q'));
    QCOMPARE(s_keyDown.load(), 1);
    c.sendKey('q', 0, false);
    QTRY_COMPARE(s_keyDown.load(), 0);
    c.sendPointer(123, 45, 0x04);
    QTRY_COMPARE(s_ptrX.load(), 123);
    QCOMPARE(s_ptrY.load(), 45);
    QCOMPARE(s_ptrMask.load(), 0x04);
    c.sendPointer(5000, -3, 0); // clamped to the screen
    QTRY_COMPARE(s_ptrX.load(), 319);
    QCOMPARE(s_ptrY.load(), 0);
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
    serveFakeHandshake(s, 16, 16, false);
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

// A fake RFB 3.8 server: handshake with no security, then a ServerInit of the given size.
static void serveFakeHandshake(QTcpSocket *s, quint16 w, quint16 h, bool closeAfterInit)
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

void tst_VncClient::impossibleFramebufferSize()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    VncClient c;
    c.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort(), {});
    QVERIFY(server.waitForNewConnection(5000));
    QTcpSocket *s = server.nextPendingConnection();
    serveFakeHandshake(s, 60000, 60000, false);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Failed, 10000);
    QVERIFY2(c.errorString().contains(QLatin1String("60000")), qPrintable(c.errorString()));
}

void tst_VncClient::serverClosesMidMessage()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    VncClient c;
    c.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort(), {});
    QVERIFY(server.waitForNewConnection(5000));
    serveFakeHandshake(server.nextPendingConnection(), 64, 48, true);
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

QTEST_MAIN(tst_VncClient)
#include "tst_vncclient.moc"
