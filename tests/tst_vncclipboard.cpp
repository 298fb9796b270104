#include "vncclient.h"
#include "vncclipboard.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>
#include <QtTest>

#include "testvncserver.h"

using namespace TestVncServer;

#include <rfb/rfb.h>

#include <mutex>

#include <netinet/in.h>
#include <zlib.h>

// The clipboard of the VNC console, both ways: the wire format
// (vncclipboard.h), an in-process LibVNCServer (Extended Clipboard and the
// classic cut text), and a server in the test's hands that sends what no
// good server sends: oversized, damaged and unasked-for clipboard messages.
// One console closes or the text is dropped; the program lives.
class tst_VncClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wireTextRoundTrip_data();
    void wireTextRoundTrip();
    void damagedOrHugeProvideIsRefused();
    void guestTextReachesDesktop();
    void desktopTextReachesServer();
    void offSendsAndTakesNothing();
    void switchedOnLater();
    void classicCutTextBothWays();
    void bigClassicTextIsTaken();
    void oversizedMessageClosesOnlyThisConsole();
    void damagedClipboardIsDropped_data();
    void damagedClipboardIsDropped();
    void unaskedExtendedMessageIsSkipped();

private:
    void startServer();
    bool connectClient(VncClient &c, bool clipboard);

    rfbScreenInfoPtr m_screen = nullptr;
    QByteArray m_fb;
    static inline std::mutex s_mutex;
    static inline QByteArrayList s_utf8;   // what setXCutTextUTF8 got
    static inline QByteArrayList s_latin1; // what setXCutText got
    static inline std::atomic<quint32> s_key{0};
    static inline std::atomic<rfbClientPtr> s_client{nullptr};
};

void tst_VncClipboard::init()
{
    std::lock_guard lock(s_mutex);
    s_utf8.clear();
    s_latin1.clear();
    s_key = 0;
    s_client = nullptr;
}

void tst_VncClipboard::cleanup()
{
    if (m_screen) {
        const bool gone = TestVncServer::shutDown(m_screen);
        m_screen = nullptr;
        QVERIFY(gone);
    }
}

void tst_VncClipboard::startServer()
{
    m_screen = start(64, 48, &m_fb, [](rfbScreenInfoPtr screen) {
        screen->setXCutText = [](char *str, int len, rfbClientPtr) {
            std::lock_guard lock(s_mutex);
            s_latin1 << QByteArray(str, len);
        };
        screen->setXCutTextUTF8 = [](char *str, int len, rfbClientPtr) {
            std::lock_guard lock(s_mutex);
            s_utf8 << QByteArray(str, len);
        };
        screen->kbdAddEvent = [](rfbBool down, rfbKeySym key, rfbClientPtr) {
            if (down)
                s_key = key;
        };
        // countClients(), and the client kept for the test to look at.
        screen->newClientHook = [](rfbClientPtr cl) {
            ++clients();
            cl->clientGoneHook = [](rfbClientPtr) { --clients(); };
            s_client = cl;
            return RFB_CLIENT_ACCEPT;
        };
    });
    QVERIFY(m_screen);
}

bool tst_VncClipboard::connectClient(VncClient &c, bool clipboard)
{
    VncSettings s;
    s.clipboard = clipboard;
    c.connectToHost(QStringLiteral("127.0.0.1"), m_screen->port, s);
    return QTest::qWaitFor([&] { return c.state() == VncClient::State::Connected && c.updateCount() > 0; }, 10000);
}

void tst_VncClipboard::wireTextRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("root password: hunter2");
    QTest::newRow("chinese") << QStringLiteral("虚拟机 剪贴板 ✓");
    QTest::newRow("lines") << QStringLiteral("first\nsecond\n\nfourth");
    QTest::newRow("empty") << QString();
    QTest::newRow("big") << QString(200000, QLatin1Char('x'));
}

void tst_VncClipboard::wireTextRoundTrip()
{
    QFETCH(QString, text);
    using namespace VncClipboard;
    const QByteArray wire = toExtendedText(text);
    QVERIFY(wire.endsWith('\0'));
    QCOMPARE(wire.count("\r\n"), text.count(QLatin1Char('\n')));
    DecodeFailure failure = DecodeFailure::Corrupt;
    const std::optional<QString> back = decodeProvide(Provide | Text, encodeProvide(text), &failure);
    QVERIFY(back.has_value());
    QCOMPARE(failure, DecodeFailure::None);
    QCOMPARE(*back, text);
    // CRLF from a Windows guest becomes the desktop's LF.
    QCOMPARE(fromExtendedText("a\r\nb"), QStringLiteral("a\nb"));
    QCOMPARE(fromLatin1Text("caf\xe9\r\n"), QStringLiteral("café\n"));
}

void tst_VncClipboard::damagedOrHugeProvideIsRefused()
{
    using namespace VncClipboard;
    DecodeFailure failure = DecodeFailure::None;
    QVERIFY(!decodeProvide(Provide | Text, QByteArray("not zlib at all"), &failure));
    QCOMPARE(failure, DecodeFailure::Corrupt);
    // Cut short: the size promises more than the stream holds.
    const QByteArray whole = encodeProvide(QString(5000, QLatin1Char('q')));
    QVERIFY(!decodeProvide(Provide | Text, whole.left(whole.size() / 2), &failure));
    QCOMPARE(failure, DecodeFailure::Corrupt);
    // A size over the limit is refused before anything that large is made.
    QByteArray plain(4, '\0');
    qToBigEndian(quint32(kMaxTextBytes + 1), plain.data());
    plain.append("tiny");
    uLongf size = compressBound(uLong(plain.size()));
    QByteArray z(qsizetype(size), '\0');
    QCOMPARE(compress(reinterpret_cast<Bytef *>(z.data()), &size, reinterpret_cast<const Bytef *>(plain.constData()), uLong(plain.size())), Z_OK);
    z.resize(qsizetype(size));
    QVERIFY(!decodeProvide(Provide | Text, z, &failure));
    QCOMPARE(failure, DecodeFailure::TooLarge);
    // No text among the formats: nothing, and no failure either.
    QVERIFY(!decodeProvide(Provide | (1u << 2), whole, &failure));
    QCOMPARE(failure, DecodeFailure::None);
}

void tst_VncClipboard::guestTextReachesDesktop()
{
    startServer();
    VncClient c;
    QSignalSpy received(&c, &VncClient::clipboardReceived);
    QVERIFY(connectClient(c, true));
    QTRY_VERIFY(c.hasExtendedClipboard());
    QByteArray utf8 = QStringLiteral("虚拟机里复制的\nsecond line").toUtf8();
    QByteArray latin1("fallback");
    rfbSendServerCutTextUTF8(m_screen, utf8.data(), int(utf8.size()), latin1.data(), int(latin1.size()));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toString(), QStringLiteral("虚拟机里复制的\nsecond line"));
}

void tst_VncClipboard::desktopTextReachesServer()
{
    startServer();
    VncClient c;
    QVERIFY(connectClient(c, true));
    QTRY_VERIFY(c.hasExtendedClipboard());
    QTRY_VERIFY(s_client.load() && s_client.load()->enableExtendedClipboard);
    c.setClipboardText(QStringLiteral("桌面的文字\nline two"));
    // LibVNCServer asks for no notify: the text is provided at once, as the
    // Extended Clipboard has it (CRLF, NUL-terminated UTF-8).
    QTRY_VERIFY([] { std::lock_guard lock(s_mutex); return !s_utf8.isEmpty(); }());
    std::lock_guard lock(s_mutex);
    QCOMPARE(s_utf8.first(), QStringLiteral("桌面的文字\r\nline two").toUtf8() + QByteArray(1, '\0'));
    QVERIFY(s_latin1.isEmpty());
}

void tst_VncClipboard::offSendsAndTakesNothing()
{
    startServer();
    VncClient c;
    QSignalSpy received(&c, &VncClient::clipboardReceived);
    QVERIFY(connectClient(c, false));
    QTRY_VERIFY(s_client.load());
    QVERIFY(!s_client.load()->enableExtendedClipboard); // not even announced
    QByteArray utf8("secret from the guest");
    rfbSendServerCutTextUTF8(m_screen, utf8.data(), int(utf8.size()), utf8.data(), int(utf8.size()));
    c.setClipboardText(QStringLiteral("password manager history"));
    // A key after the text: on one connection, in order. Once the server has
    // the key, the text would have been there before it.
    c.sendKey('k', 0, true);
    c.sendKey('k', 0, false);
    QTRY_COMPARE(s_key.load(), quint32('k'));
    // And the other way: a change of the screen after the server's text.
    const quint64 updates = c.updateCount();
    memset(m_fb.data(), 0x7f, size_t(m_fb.size()));
    rfbMarkRectAsModified(m_screen, 0, 0, 64, 48);
    QTRY_VERIFY(c.updateCount() > updates);
    QCOMPARE(received.size(), 0);
    std::lock_guard lock(s_mutex);
    QVERIFY(s_utf8.isEmpty());
    QVERIFY(s_latin1.isEmpty());
}

void tst_VncClipboard::switchedOnLater()
{
    startServer();
    VncClient c;
    QSignalSpy received(&c, &VncClient::clipboardReceived);
    QVERIFY(connectClient(c, false));
    QVERIFY(!c.hasExtendedClipboard());
    c.setClipboardSharing(true);
    QTRY_VERIFY(c.hasExtendedClipboard());
    c.setClipboardText(QStringLiteral("now it may"));
    QTRY_VERIFY([] { std::lock_guard lock(s_mutex); return !s_utf8.isEmpty(); }());
    QByteArray utf8("and back");
    rfbSendServerCutTextUTF8(m_screen, utf8.data(), int(utf8.size()), utf8.data(), int(utf8.size()));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toString(), QStringLiteral("and back"));
    // Off again: what the server sends now is not taken.
    c.setClipboardSharing(false);
    rfbSendServerCutTextUTF8(m_screen, utf8.data(), int(utf8.size()), utf8.data(), int(utf8.size()));
    const quint64 updates = c.updateCount();
    memset(m_fb.data(), 0x20, size_t(m_fb.size()));
    rfbMarkRectAsModified(m_screen, 0, 0, 64, 48);
    QTRY_VERIFY(c.updateCount() > updates);
    QCOMPARE(received.size(), 1);
}

// A server without the Extended Clipboard: Latin-1 both ways, sent after its
// first update has shown it has none.
void tst_VncClipboard::classicCutTextBothWays()
{
    QTcpServer server;
    VncClient c;
    QSignalSpy received(&c, &VncClient::clipboardReceived);
    QTcpSocket *s = fakeServer(server, c, true);
    QVERIFY(s);
    QCOMPARE(c.state(), VncClient::State::Connected);
    s->write(rawUpdate(qRgb(1, 2, 3)));
    QTRY_VERIFY(c.updateCount() > 0);
    s->write(serverCutText(6, QByteArray("caf\xe9\n!")));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toString(), QStringLiteral("café\n!"));
    c.setClipboardText(QStringLiteral("naïve 中"));
    QByteArray fromClient;
    QTRY_VERIFY((fromClient += s->readAll(), !cutTexts(fromClient).isEmpty()));
    const auto texts = cutTexts(fromClient);
    QCOMPARE(texts.first().first, 7);
    QCOMPARE(texts.first().second, QByteArray("na\xefve ?"));
    QVERIFY(!c.hasExtendedClipboard());
}

// libvncclient alone closes the connection on cut text over 1 MB.
void tst_VncClipboard::bigClassicTextIsTaken()
{
    QTcpServer server;
    VncClient c;
    QSignalSpy received(&c, &VncClient::clipboardReceived);
    QTcpSocket *s = fakeServer(server, c, true);
    QVERIFY(s);
    const QByteArray text(3 * 1024 * 1024, 'z');
    s->write(serverCutText(qint32(text.size()), text));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 20000);
    QCOMPARE(received.first().first().toString().size(), text.size());
    QCOMPARE(c.state(), VncClient::State::Connected);
}

void tst_VncClipboard::oversizedMessageClosesOnlyThisConsole()
{
    startServer();
    VncClient healthy;
    QVERIFY(connectClient(healthy, true));
    QTcpServer server;
    VncClient c;
    QTcpSocket *s = fakeServer(server, c, true);
    QVERIFY(s);
    s->write(serverCutText(0x7fffffff, QByteArray("only the start")));
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Failed, 10000);
    QVERIFY2(c.errorString().contains(QLatin1String("MiB")), qPrintable(c.errorString()));
    // And the negative extreme, which has no positive counterpart.
    VncClient c2;
    QTcpServer server2;
    QTcpSocket *s2 = fakeServer(server2, c2, true);
    QVERIFY(s2);
    s2->write(serverCutText(qint32(0x80000000u), QByteArray()));
    QTRY_COMPARE_WITH_TIMEOUT(c2.state(), VncClient::State::Failed, 10000);
    // The other console goes on.
    const quint64 updates = healthy.updateCount();
    memset(m_fb.data(), 0x44, size_t(m_fb.size()));
    rfbMarkRectAsModified(m_screen, 0, 0, 64, 48);
    QTRY_VERIFY(healthy.updateCount() > updates);
    QCOMPARE(healthy.state(), VncClient::State::Connected);
}

void tst_VncClipboard::damagedClipboardIsDropped_data()
{
    using namespace VncClipboard;
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("dropSignal");
    auto ext = [](quint32 flags, const QByteArray &payload) {
        QByteArray p(4, '\0');
        qToBigEndian(flags, p.data());
        p += payload;
        return serverCutText(-qint32(p.size()), p);
    };
    QTest::newRow("garbage provide") << ext(Provide | Text, QByteArray("\x78\x9c garbage", 10)) << true;
    QTest::newRow("empty provide") << ext(Provide | Text, QByteArray()) << true;
    QTest::newRow("truncated provide") << ext(Provide | Text, encodeProvide(QString(3000, QLatin1Char('t'))).left(12)) << true;
    QByteArray huge(4, '\0');
    qToBigEndian(quint32(kMaxTextBytes * 2), huge.data());
    huge = qCompress(huge).mid(4); // qCompress: a 4-byte length, then a zlib stream
    QTest::newRow("text over the limit") << ext(Provide | Text, huge) << true;
    QTest::newRow("no flags") << serverCutText(-2, QByteArray("\x01\x02", 2)) << false;
    QTest::newRow("unknown action") << ext(1u << 30 | Text, QByteArray("abc")) << false;
    QTest::newRow("caps without sizes") << ext(Caps | Text | Notify, QByteArray()) << false;
}

void tst_VncClipboard::damagedClipboardIsDropped()
{
    QFETCH(QByteArray, message);
    QFETCH(bool, dropSignal);
    QTcpServer server;
    VncClient c;
    QSignalSpy received(&c, &VncClient::clipboardReceived);
    QSignalSpy dropped(&c, &VncClient::clipboardDropped);
    QTcpSocket *s = fakeServer(server, c, true);
    QVERIFY(s);
    s->write(message);
    s->write(rawUpdate(qRgb(200, 10, 20)));
    QTRY_VERIFY(c.updateCount() > 0);
    QCOMPARE(c.image().pixel(3, 3), qRgb(200, 10, 20));
    QCOMPARE(c.state(), VncClient::State::Connected);
    QCOMPARE(received.size(), 0);
    QCOMPARE(dropped.size(), dropSignal ? 1 : 0);
    if (dropSignal)
        QVERIFY(!dropped.first().first().toString().isEmpty());
}

// An Extended Clipboard message from a server nobody told QVirt could take
// one (the console's clipboard is off) is read past, not acted on.
void tst_VncClipboard::unaskedExtendedMessageIsSkipped()
{
    QTcpServer server;
    VncClient c;
    QSignalSpy received(&c, &VncClient::clipboardReceived);
    QTcpSocket *s = fakeServer(server, c, false);
    QVERIFY(s);
    QByteArray p(4, '\0');
    qToBigEndian(quint32(VncClipboard::Provide | VncClipboard::Text), p.data());
    p += VncClipboard::encodeProvide(QStringLiteral("unasked"));
    s->write(serverCutText(-qint32(p.size()), p));
    s->write(rawUpdate(qRgb(9, 9, 9)));
    QTRY_VERIFY(c.updateCount() > 0);
    QCOMPARE(c.state(), VncClient::State::Connected);
    QCOMPARE(received.size(), 0);
    QByteArray fromClient = s->readAll();
    QVERIFY(cutTexts(fromClient).isEmpty());
}

QTEST_MAIN(tst_VncClipboard)
#include "tst_vncclipboard.moc"
