#include "keytyper.h"
#include "vncclient.h"

#include <QSignalSpy>
#include <QtEndian>
#include <QtTest>

#include "testvncserver.h"

#include <rfb/rfb.h>

#include <mutex>

using TypingKeymap::KeyStroke;
using TypingKeymap::Layout;

// KeyTyper against the in-process LibVNCServer: keysyms where the server has
// no QEMU extended key event, scan codes where it acknowledges one (a small
// protocol extension below plays QEMU's part), in order; cancel, a lost
// connection and the typer's end release what it holds down.
class tst_KeyTyper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void keysymsArriveInOrder();
    void scanCodesWhenAcknowledged();
    void cancelStopsAndReleases_data();
    void cancelStopsAndReleases();
    void destroyedTyperReleases();
    void lostConnectionStops();
    void refusedWhileNotConnected();

private:
    void startServer(bool extendedKeys);
    bool connectClient();
    // Sends a last key and waits for it: every event before it has arrived.
    QVector<KeyStroke> eventsUntilSentinel();

    rfbScreenInfoPtr m_screen = nullptr;
    QByteArray m_fb;
    VncClient *m_client = nullptr;

    // What the server received, from its client thread.
    static inline std::mutex s_mutex;
    static inline QVector<KeyStroke> s_events;
    static inline std::atomic<bool> s_ackExtendedKeys{false};
    static void record(const KeyStroke &s)
    {
        std::lock_guard lock(s_mutex);
        s_events.append(s);
    }
    static QVector<KeyStroke> events()
    {
        std::lock_guard lock(s_mutex);
        return s_events;
    }

    // QEMU's extended key event as a LibVNCServer extension: acknowledged
    // with a pseudo-encoding rectangle when the client asks for it, then
    // its 12-byte messages read and recorded.
    static inline int s_encodings[] = {int(rfbEncodingQemuExtendedKeyEvent), 0};
    static rfbBool enableExtendedKeys(rfbClientPtr cl, void **, int encoding)
    {
        if (encoding != int(rfbEncodingQemuExtendedKeyEvent) || !s_ackExtendedKeys)
            return FALSE;
        char ack[sz_rfbFramebufferUpdateMsg + sz_rfbFramebufferUpdateRectHeader] = {};
        ack[0] = char(rfbFramebufferUpdate);
        ack[3] = 1; // one rectangle
        const quint32 enc = qToBigEndian(quint32(rfbEncodingQemuExtendedKeyEvent));
        memcpy(ack + sz_rfbFramebufferUpdateMsg + 8, &enc, 4);
        pthread_mutex_lock(&cl->sendMutex); // not inside another update
        const int written = rfbWriteExact(cl, ack, sizeof ack);
        pthread_mutex_unlock(&cl->sendMutex);
        return written == 1;
    }
    static rfbBool handleExtendedKey(rfbClientPtr cl, void *, const rfbClientToServerMsg *msg)
    {
        if (msg->type != rfbQemuEvent)
            return FALSE;
        char rest[sz_rfbQemuExtendedKeyEventMsg - 1];
        if (rfbReadExact(cl, rest, sizeof rest) <= 0)
            return TRUE;
        quint16 down;
        quint32 keysym, keycode;
        memcpy(&down, rest + 1, 2);
        memcpy(&keysym, rest + 3, 4);
        memcpy(&keycode, rest + 7, 4);
        record({qFromBigEndian(keycode), qFromBigEndian(keysym), qFromBigEndian(down) != 0});
        return TRUE;
    }
    static inline rfbProtocolExtension s_extension = {
        nullptr, nullptr, s_encodings, enableExtendedKeys, handleExtendedKey, nullptr, nullptr, nullptr, nullptr};
};

namespace {
constexpr quint32 kSentinel = 0xffc8; // F11, as a keysym event

QString describe(const QVector<KeyStroke> &strokes)
{
    QStringList out;
    for (const auto &s : strokes)
        out << QStringLiteral("%1%2/%3").arg(QLatin1Char(s.down ? '+' : '-')).arg(s.qnum, 0, 16).arg(s.keysym, 0, 16);
    return out.join(u' ');
}
} // namespace

void tst_KeyTyper::initTestCase()
{
    rfbRegisterProtocolExtension(&s_extension);
}

void tst_KeyTyper::cleanupTestCase()
{
    rfbUnregisterProtocolExtension(&s_extension);
}

void tst_KeyTyper::init()
{
    std::lock_guard lock(s_mutex);
    s_events.clear();
}

void tst_KeyTyper::cleanup()
{
    delete std::exchange(m_client, nullptr);
    if (m_screen)
        QVERIFY(TestVncServer::shutDown(std::exchange(m_screen, nullptr)));
}

void tst_KeyTyper::startServer(bool extendedKeys)
{
    s_ackExtendedKeys = extendedKeys;
    int argc = 0;
    m_screen = rfbGetScreen(&argc, nullptr, 64, 48, 8, 3, 4);
    QVERIFY(m_screen);
    m_fb = QByteArray(64 * 48 * 4, '\0');
    m_screen->frameBuffer = m_fb.data();
    m_screen->cursor = nullptr;
    TestVncServer::listenOnEphemeralPort(m_screen);
    m_screen->httpPort = 0;
    m_screen->kbdAddEvent = [](rfbBool down, rfbKeySym key, rfbClientPtr) { record({0, quint32(key), down != 0}); };
    TestVncServer::countClients(m_screen);
    rfbLogEnable(0);
    rfbInitServer(m_screen);
    QVERIFY(m_screen->port > 0);
    rfbRunEventLoop(m_screen, 5000, TRUE);
}

bool tst_KeyTyper::connectClient()
{
    m_client = new VncClient;
    m_client->connectToHost(QStringLiteral("127.0.0.1"), m_screen->port, {});
    return QTest::qWaitFor([this] { return m_client->state() == VncClient::State::Connected; }, 10000);
}

QVector<KeyStroke> tst_KeyTyper::eventsUntilSentinel()
{
    m_client->sendKey(kSentinel, 0, true);
    const bool arrived = QTest::qWaitFor([] {
        const auto e = events();
        return !e.isEmpty() && e.last().keysym == kSentinel;
    }, 10000);
    QVector<KeyStroke> e = events();
    if (arrived)
        e.removeLast();
    else
        e.append({0, 0xdead, false}); // fails the comparison that follows
    return e;
}

void tst_KeyTyper::keysymsArriveInOrder()
{
    startServer(false);
    QVERIFY(connectClient());
    QVERIFY(!m_client->hasExtendedKeys());
    KeyTyper typer(m_client);
    typer.setEventsPerSecond(200);
    const TypingKeymap::TypingPlan plan = typer.plan(Layout::US, QStringLiteral("Hi there!\r\n\tok"));
    QCOMPARE(plan.strokes, TypingKeymap::keysymPlan(Layout::US, QStringLiteral("Hi there!\r\n\tok")).strokes);
    QSignalSpy finished(&typer, &KeyTyper::finished);
    QSignalSpy progress(&typer, &KeyTyper::progressChanged);
    QVERIFY(typer.start(plan.strokes));
    QVERIFY(typer.isTyping());
    QVERIFY(!typer.start(plan.strokes)); // one text at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(progress.last().at(0).toInt(), int(plan.strokes.size()));
    QCOMPARE(progress.last().at(1).toInt(), int(plan.strokes.size()));
    QCOMPARE(describe(eventsUntilSentinel()), describe(plan.strokes));
}

void tst_KeyTyper::scanCodesWhenAcknowledged()
{
    startServer(true);
    QVERIFY(connectClient());
    QTRY_VERIFY_WITH_TIMEOUT(m_client->hasExtendedKeys(), 10000);
    KeyTyper typer(m_client);
    typer.setEventsPerSecond(200);
    const QString text = QStringLiteral("zZ@ä^\n");
    const TypingKeymap::TypingPlan plan = typer.plan(Layout::DE, text);
    QCOMPARE(plan.strokes, TypingKeymap::scanCodePlan(Layout::DE, text).strokes);
    QSignalSpy finished(&typer, &KeyTyper::finished);
    QVERIFY(typer.start(plan.strokes));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(describe(eventsUntilSentinel()), describe(plan.strokes));
}

void tst_KeyTyper::cancelStopsAndReleases_data()
{
    QTest::addColumn<bool>("extendedKeys");
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cancelAfter"); // events sent
    QTest::addColumn<QString>("expected");
    // AltGr and q down when cancelled: q goes up, then AltGr.
    QTest::newRow("scan codes, AltGr held") << true << Layout::DE << "@@@@" << 6 << "+b8/fe03 +10/40 -10/40 -b8/fe03 +b8/fe03 +10/40 -10/40 -b8/fe03";
    QTest::newRow("scan codes, between keys") << true << Layout::US << "abc" << 2 << "+1e/61 -1e/61";
    QTest::newRow("keysyms, a key held") << false << Layout::US << "abcdef" << 3 << "+0/61 -0/61 +0/62 -0/62";
}

void tst_KeyTyper::cancelStopsAndReleases()
{
    QFETCH(bool, extendedKeys);
    QFETCH(Layout, layout);
    QFETCH(QString, text);
    QFETCH(int, cancelAfter);
    QFETCH(QString, expected);
    startServer(extendedKeys);
    QVERIFY(connectClient());
    if (extendedKeys)
        QTRY_VERIFY_WITH_TIMEOUT(m_client->hasExtendedKeys(), 10000);
    KeyTyper typer(m_client);
    typer.setEventsPerSecond(20);
    QSignalSpy finished(&typer, &KeyTyper::finished);
    connect(&typer, &KeyTyper::progressChanged, &typer, [&typer, cancelAfter](int sent) {
        if (sent == cancelAfter)
            typer.cancel();
    });
    QVERIFY(typer.start(typer.plan(layout, text).strokes));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!typer.isTyping());
    QCOMPARE(typer.sent(), cancelAfter);
    QCOMPARE(describe(eventsUntilSentinel()), expected);
    typer.cancel(); // idle: nothing more
    QCOMPARE(finished.size(), 1);
}

// The console closing mid-text: the typer goes, and the key it held goes up.
void tst_KeyTyper::destroyedTyperReleases()
{
    startServer(true);
    QVERIFY(connectClient());
    QTRY_VERIFY_WITH_TIMEOUT(m_client->hasExtendedKeys(), 10000);
    auto *typer = new KeyTyper(m_client);
    typer->setEventsPerSecond(20);
    QPointer<KeyTyper> guard(typer);
    connect(typer, &KeyTyper::progressChanged, typer, [typer](int sent) {
        if (sent == 2) // Shift and x down
            typer->deleteLater();
    });
    QVERIFY(typer->start(typer->plan(Layout::US, QStringLiteral("XYZ")).strokes));
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 20000);
    QCOMPARE(describe(eventsUntilSentinel()), QStringLiteral("+2a/ffe1 +2d/58 -2d/58 -2a/ffe1"));
}

void tst_KeyTyper::lostConnectionStops()
{
    startServer(false);
    QVERIFY(connectClient());
    KeyTyper typer(m_client);
    typer.setEventsPerSecond(20);
    QSignalSpy finished(&typer, &KeyTyper::finished);
    connect(&typer, &KeyTyper::progressChanged, m_client, [this](int sent) {
        if (sent == 3)
            m_client->disconnectFromServer();
    });
    QVERIFY(typer.start(typer.plan(Layout::US, QStringLiteral("abcdef")).strokes));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(typer.sent(), 3);
    QVERIFY(!typer.isTyping());
}

void tst_KeyTyper::refusedWhileNotConnected()
{
    VncClient client;
    KeyTyper typer(&client);
    QSignalSpy progress(&typer, &KeyTyper::progressChanged);
    QVERIFY(!typer.start(TypingKeymap::keysymPlan(Layout::US, QStringLiteral("a")).strokes));
    QVERIFY(!typer.isTyping());
    QVERIFY(progress.isEmpty());
    startServer(false);
    QVERIFY(connectClient());
    KeyTyper connected(m_client);
    QVERIFY(!connected.start({})); // nothing to type
}

QTEST_MAIN(tst_KeyTyper)
#include "tst_keytyper.moc"
