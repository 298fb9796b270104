#include "clipboardbridge.h"
#include "vncclient.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>
#include <QWidget>

#include "testvncserver.h"

using namespace TestVncServer;

// The console's clipboard bridge on a VNC server in the test's hands (the
// classic cut text, so every byte the client sends can be read): the
// desktop's text reaches the guest only while the console's window is the
// active one, the guest's text becomes the desktop's and is not sent back,
// and with sharing off nothing moves either way.
class tst_ClipboardBridge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void desktopTextWaitsForTheConsole();
    void guestTextIsNotSentBack();
    void offMovesNothing();
    void sharedByDefaultOnlyOnLocalHosts();

private:
    struct Console
    {
        QTcpServer server;
        VncClient client;
        QWidget view;
        QTcpSocket *socket = nullptr;
        QByteArray fromClient;
    };
    bool open(Console &c, bool shared, ClipboardBridge **bridge);
    // What the client sent as cut text so far.
    static QStringList sent(Console &c);
};

void tst_ClipboardBridge::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("qvirt-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_clipboardbridge"));
    QSettings().clear();
}

void tst_ClipboardBridge::init()
{
    QGuiApplication::clipboard()->clear();
}

bool tst_ClipboardBridge::open(Console &c, bool shared, ClipboardBridge **bridge)
{
    *bridge = new ClipboardBridge(&c.client, &c.view, &c.view);
    (*bridge)->setEnabled(shared);
    c.view.resize(200, 100);
    c.view.show();
    c.view.activateWindow();
    if (!QTest::qWaitForWindowActive(&c.view))
        return false;
    c.socket = fakeServer(c.server, c.client, shared);
    if (!c.socket)
        return false;
    c.socket->write(rawUpdate(qRgb(1, 1, 1))); // shows the server has no Extended Clipboard
    return QTest::qWaitFor([&] { return c.client.updateCount() > 0; }, 10000);
}

QStringList tst_ClipboardBridge::sent(Console &c)
{
    c.socket->waitForReadyRead(50);
    c.fromClient += c.socket->readAll();
    QStringList texts;
    for (const auto &t : cutTexts(c.fromClient))
        texts << QString::fromLatin1(t.second);
    return texts;
}

void tst_ClipboardBridge::desktopTextWaitsForTheConsole()
{
    Console c;
    ClipboardBridge *bridge = nullptr;
    QVERIFY(open(c, true, &bridge));
    QGuiApplication::clipboard()->setText(QStringLiteral("copied here"));
    QTRY_COMPARE(sent(c), QStringList{QStringLiteral("copied here")});

    // Another window is active: what is copied there stays there...
    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QGuiApplication::clipboard()->setText(QStringLiteral("first secret"));
    QGuiApplication::clipboard()->setText(QStringLiteral("password from the manager"));
    // ...which a key sent after it shows: one connection, in order.
    c.client.sendKey('k', 0, true);
    QTRY_VERIFY(c.fromClient.size() > 0 && (sent(c), c.fromClient.contains(QByteArray::fromHex("0401"))));
    QCOMPARE(sent(c).size(), 1);
    // ...until the console is active again, and then only the newest text.
    c.view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&c.view));
    QTRY_COMPARE(sent(c).size(), 2);
    QCOMPARE(sent(c).last(), QStringLiteral("password from the manager"));
}

void tst_ClipboardBridge::guestTextIsNotSentBack()
{
    Console c;
    ClipboardBridge *bridge = nullptr;
    QVERIFY(open(c, true, &bridge));
    QSignalSpy notes(bridge, &ClipboardBridge::note);
    c.socket->write(serverCutText(9, QByteArray("from gues")));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("from gues"));
    QCOMPARE(notes.size(), 1);
    c.client.sendKey('k', 0, true);
    QTRY_VERIFY((sent(c), c.fromClient.contains(QByteArray::fromHex("0401"))));
    QVERIFY(sent(c).isEmpty());
}

void tst_ClipboardBridge::offMovesNothing()
{
    Console c;
    ClipboardBridge *bridge = nullptr;
    QVERIFY(open(c, false, &bridge));
    QGuiApplication::clipboard()->setText(QStringLiteral("stays on the desktop"));
    c.socket->write(serverCutText(12, QByteArray("stays inside")));
    c.socket->write(rawUpdate(qRgb(2, 2, 2)));
    QTRY_COMPARE(c.client.image().pixel(0, 0), qRgb(2, 2, 2));
    c.client.sendKey('k', 0, true);
    QTRY_VERIFY((sent(c), c.fromClient.contains(QByteArray::fromHex("0401"))));
    QVERIFY(sent(c).isEmpty());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("stays on the desktop"));
    // Turned on: the desktop's text goes now.
    bridge->setEnabled(true);
    QTRY_COMPARE(sent(c), QStringList{QStringLiteral("stays on the desktop")});
}

void tst_ClipboardBridge::sharedByDefaultOnlyOnLocalHosts()
{
    const QString uuid = QStringLiteral("0b0c0d0e-0000-4000-8000-000000000001");
    QVERIFY(ClipboardBridge::isShared(QStringLiteral("qemu:///system"), uuid, true));
    QVERIFY(!ClipboardBridge::isShared(QStringLiteral("qemu+ssh://admin@far/system"), uuid, false));
    ClipboardBridge::setShared(QStringLiteral("qemu+ssh://admin@far/system"), uuid, true);
    QVERIFY(ClipboardBridge::isShared(QStringLiteral("qemu+ssh://admin@far/system"), uuid, false));
    ClipboardBridge::setShared(QStringLiteral("qemu:///system"), uuid, false);
    QVERIFY(!ClipboardBridge::isShared(QStringLiteral("qemu:///system"), uuid, true));
    // Per host: the same UUID elsewhere keeps its own answer.
    QVERIFY(!ClipboardBridge::isShared(QStringLiteral("qemu+ssh://admin@other/system"), uuid, false));
}

QTEST_MAIN(tst_ClipboardBridge)
#include "tst_clipboardbridge.moc"
