#include "connection.h"
#include "consolepanel.h"
#include "consoletyping.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "keytyper.h"
#include "messagebox.h"
#include "testutil.h"
#include "vncclient.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace TestUtil;
using TypingKeymap::Layout;
namespace IH = IntegrationHost;

// Text typed through QVirt's console (ConsolePanel's send-key menu, the
// KeyTyper, VncClient on QEMU's VNC server) into the test guest, which logs
// every scan code byte it reads to its serial port (tests/guest/README.md):
// the bytes must be the set-1 make and break codes of that text on the
// chosen layout, written out here by hand. First on a guest without a VNC
// keymap (QEMU takes the scan codes), then on one with keymap='de' (QEMU
// ignores them and maps the keysyms through its keymap).
class tst_IntegrationTyping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void defaultLayoutWithoutKeymap();
    void typesScanCodes_data();
    void typesScanCodes();
    void longTextArrivesWhole();
    void cancelStops();
    void keymapGuest_data();
    void keymapGuest();
    void keymapMismatchNamed();

private:
    void startGuest(const QString &name, const QString &graphics);
    void typeAndCompare(Layout layout, const QString &text, const QString &bytes);
    QStringList keyBytes() const; // "1e", "9e", ... from the serial log, after READY
    QAction *sendKeyAction(const QString &name) const;
    QString waitForBytes(qsizetype from, qsizetype count) const;

    Connection *m_conn = nullptr;
    QString m_dir;
    QStringList m_names;
    QString m_uuid;
    QString m_serial;
    std::unique_ptr<ConsolePanel> m_panel;
    QStringList m_boxes; // the questions answered
};

void tst_IntegrationTyping::startGuest(const QString &name, const QString &graphics)
{
    m_panel.reset();
    m_names << name;
    m_serial = m_dir + QLatin1Char('/') + name + QStringLiteral(".log");
    const QString image = m_dir + QLatin1Char('/') + name + QStringLiteral(".img");
    QFile tpl(QStringLiteral(QVIRT_TEST_GUEST_AGENT_XML_IN));
    QVERIFY(QFile::copy(QStringLiteral(QVIRT_TEST_GUEST_IMAGE), image));
    QVERIFY(tpl.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(tpl.readAll())
                            .replace(QLatin1String("@NAME@"), name)
                            .replace(QLatin1String("@IMAGE@"), image)
                            .replace(QLatin1String("@SERIAL@"), m_serial)
                            .replace(QRegularExpression(QStringLiteral("<graphics [^>]*/>")), graphics);
    const Result<QString> uuid = await(m_conn->defineXml(xml));
    QVERIFY2(uuid.ok(), qPrintable(uuid ? QString() : uuid.error().message));
    m_uuid = uuid.value();
    const VoidResult started = await(m_conn->perform(m_uuid, DomainAction::Start));
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_conn, m_uuid), DomainState::Running, 20000);
    auto ready = [this] {
        QFile f(m_serial);
        return f.open(QIODevice::ReadOnly) && f.readAll().contains("QVIRT-GUEST READY\n");
    };
    QTRY_VERIFY_WITH_TIMEOUT(ready(), 60000);

    m_panel = std::make_unique<ConsolePanel>(m_conn, m_uuid);
    m_panel->resize(800, 600);
    m_panel->show();
    m_panel->activate();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->client()->state(), VncClient::State::Connected, 20000);
    // QEMU acknowledges its extended key event right after SetEncodings.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->client()->hasExtendedKeys(), 20000);
}

void tst_IntegrationTyping::initTestCase()
{
    MessageBox::setTestHook([this](QMessageBox::Icon, const QString &, const QString &text) {
        m_boxes << text;
        return QMessageBox::Yes;
    });
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_dir = IH::makeImageDir(QStringLiteral("typing"));
    startGuest(QStringLiteral("qvirt-typing-%1").arg(QCoreApplication::applicationPid()),
               QStringLiteral("<graphics type='vnc' autoport='yes' listen='127.0.0.1'/>"));
}

void tst_IntegrationTyping::cleanupTestCase()
{
    m_panel.reset();
    for (const QString &name : std::as_const(m_names)) {
        IH::virsh({QStringLiteral("destroy"), name});
        IH::virsh({QStringLiteral("undefine"), name});
    }
    QDir(m_dir).removeRecursively();
    delete m_conn;
    MessageBox::setTestHook({});
}

QStringList tst_IntegrationTyping::keyBytes() const
{
    QFile f(m_serial);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray log = f.readAll();
    const qsizetype ready = log.indexOf("QVIRT-GUEST READY\n");
    if (ready < 0)
        return {};
    QStringList bytes;
    for (const QByteArray &line : log.mid(ready).split('\n'))
        if (line.startsWith("K ") && line.size() == 4)
            bytes << QString::fromLatin1(line.mid(2));
    return bytes;
}

// The bytes logged from index `from` once `count` of them are there (or what
// came within the time).
QString tst_IntegrationTyping::waitForBytes(qsizetype from, qsizetype count) const
{
    static_cast<void>(QTest::qWaitFor([&] { return keyBytes().size() >= from + count; }, 30000));
    return keyBytes().mid(from).join(QLatin1Char(' '));
}

QAction *tst_IntegrationTyping::sendKeyAction(const QString &name) const
{
    auto *button = m_panel->findChild<QToolButton *>(QStringLiteral("consoleSendKey"));
    if (!button || !button->menu())
        return nullptr;
    for (QAction *a : button->menu()->actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

// No keymap attribute, nothing chosen: US.
void tst_IntegrationTyping::defaultLayoutWithoutKeymap()
{
    QCOMPARE(m_panel->typing()->guestLayout(), Layout::US);
}

void tst_IntegrationTyping::typesScanCodes_data()
{
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("bytes"); // set 1: make, break = make | 0x80, e0 before right Alt
    QTest::newRow("us Hello, World!") << Layout::US << "Hello, World!"
                                     << "2a 23 a3 aa 12 92 26 a6 26 a6 18 98 33 b3 39 b9 "
                                        "2a 11 91 aa 18 98 13 93 26 a6 20 a0 2a 02 82 aa";
    QTest::newRow("us line break") << Layout::US << "a\nb" << "1e 9e 1c 9c 30 b0";
    QTest::newRow("de zZ@ä") << Layout::DE << QStringLiteral("zZ@ä") << "15 95 2a 15 95 aa e0 38 10 90 e0 b8 28 a8";
    QTest::newRow("de dead keys ^ â") << Layout::DE << QStringLiteral("^â") << "29 a9 39 b9 29 a9 1e 9e";
    QTest::newRow("fr aq2é") << Layout::FR << QStringLiteral("aq2é") << "10 90 1e 9e 2a 03 83 aa 03 83";
    QTest::newRow("fr ê @") << Layout::FR << QStringLiteral("ê@") << "1a 9a 12 92 e0 38 0b 8b e0 b8";
    QTest::newRow("jp @\\_") << Layout::JP << "@\\_" << "1a 9a 73 f3 2a 73 f3 aa";
}

void tst_IntegrationTyping::typesScanCodes()
{
    QFETCH(Layout, layout);
    QFETCH(QString, text);
    QFETCH(QString, bytes);
    typeAndCompare(layout, text, bytes);
}

// Through the send-key menu's "Type Clipboard Text".
void tst_IntegrationTyping::typeAndCompare(Layout layout, const QString &text, const QString &bytes)
{
    QCOMPARE(m_panel->client()->state(), VncClient::State::Connected);
    ConsoleTyping *typing = m_panel->typing();
    typing->setGuestLayout(layout);
    QAction *typeClipboard = sendKeyAction(QStringLiteral("consoleTypeClipboard"));
    QVERIFY(typeClipboard);
    QTRY_VERIFY(typeClipboard->isEnabled());
    const qsizetype before = keyBytes().size();
    QSignalSpy finished(typing->typer(), &KeyTyper::finished);
    QGuiApplication::clipboard()->setText(text);
    typeClipboard->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(waitForBytes(before, bytes.count(QLatin1Char(' ')) + 1), bytes);
}

// 250 characters (500 events) at the default pace: QEMU's queues lose none.
// Letters only that are no command of the test guest (no f p r w, no digits).
void tst_IntegrationTyping::longTextArrivesWhole()
{
    const QHash<QChar, int> us = {{u'a', 0x1e}, {u'b', 0x30}, {u'c', 0x2e}, {u'd', 0x20}, {u'e', 0x12}, {u'g', 0x22},
                                  {u'h', 0x23}, {u'i', 0x17}, {u'j', 0x24}, {u'k', 0x25}, {u'l', 0x26}, {u'm', 0x32},
                                  {u'n', 0x31}, {u'o', 0x18}, {u'q', 0x10}, {u's', 0x1f}, {u't', 0x14}, {u'u', 0x16},
                                  {u'v', 0x2f}, {u'x', 0x2d}, {u'y', 0x15}, {u'z', 0x2c}, {u' ', 0x39}};
    const QString pattern = QStringLiteral("the quick blue dog sits on a calm lazy cat and kisses mom ");
    const QString text = pattern.repeated(5).left(250);
    for (const QChar c : text)
        QVERIFY2(us.contains(c), qPrintable(QString(c)));
    QStringList bytes;
    for (const QChar c : std::as_const(text))
        bytes << QStringLiteral("%1 %2").arg(us.value(c), 2, 16, QLatin1Char('0')).arg(us.value(c) | 0x80, 2, 16, QLatin1Char('0'));
    QCOMPARE(m_panel->typing()->typer()->eventsPerSecond(), KeyTyper::DefaultEventsPerSecond);
    typeAndCompare(Layout::US, text, bytes.join(QLatin1Char(' '))); // confirmed (over 200 characters)
}

// Cancel while Shift and A are down: both go up, nothing follows.
void tst_IntegrationTyping::cancelStops()
{
    ConsoleTyping *typing = m_panel->typing();
    typing->setGuestLayout(Layout::US);
    auto *cancel = m_panel->findChild<QPushButton *>(QStringLiteral("consoleTypingCancel"));
    QVERIFY(cancel);
    const qsizetype before = keyBytes().size();
    QSignalSpy finished(typing->typer(), &KeyTyper::finished);
    connect(typing->typer(), &KeyTyper::progressChanged, cancel, [cancel](int sent) {
        if (sent == 6)
            cancel->click(); // no event loop in between: nothing more is sent
    });
    typing->typeText(QString(40, QLatin1Char('A')));
    QVERIFY(typing->typer()->isTyping());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(!finished.first().first().toBool());
    QCOMPARE(typing->typer()->sent(), 6);
    // A space afterwards: what the guest logs before it is all the typer sent.
    m_panel->client()->sendKey(0x20, 0x39, true);
    m_panel->client()->sendKey(0x20, 0x39, false);
    QCOMPARE(waitForBytes(before, 10), QStringLiteral("2a 1e 9e aa 2a 1e 9e aa 39 b9"));
}

// keymap='de': QEMU maps keysyms through its German keymap and drops the
// scan codes; the console defaults to German and the guest gets the same
// bytes (a dead key is sent as its spacing accent, as QEMU's keymaps name it).
void tst_IntegrationTyping::keymapGuest_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("bytes");
    QTest::newRow("zZ@ä") << QStringLiteral("zZ@ä") << "15 95 2a 15 95 aa e0 38 10 90 e0 b8 28 a8";
    QTest::newRow("dead keys ^ â é `") << QStringLiteral("^âé`")
                                       << "29 a9 39 b9 29 a9 1e 9e 0d 8d 12 92 2a 0d 8d aa 39 b9";
    QTest::newRow("symbols") << QStringLiteral("\\|{§\"")
                             << "e0 38 0c 8c e0 b8 e0 38 56 d6 e0 b8 e0 38 08 88 e0 b8 2a 04 84 aa 2a 03 83 aa";
}

void tst_IntegrationTyping::keymapGuest()
{
    QFETCH(QString, text);
    QFETCH(QString, bytes);
    if (m_names.size() < 2) {
        // One TCG guest at a time on this small host.
        m_panel.reset();
        IH::virsh({QStringLiteral("destroy"), m_names.first()});
        startGuest(QStringLiteral("qvirt-typing-keymap-%1").arg(QCoreApplication::applicationPid()),
                   QStringLiteral("<graphics type='vnc' autoport='yes' listen='127.0.0.1' keymap='de'/>"));
        QVERIFY(m_panel);
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->typing()->guestLayout(), Layout::DE, 10000);
    }
    QVERIFY(m_panel);
    m_boxes.clear();
    typeAndCompare(Layout::DE, text, bytes);
    QVERIFY2(m_boxes.isEmpty(), qPrintable(m_boxes.join(u'\n')));
}

// Another layout than the keymap's: the question says why characters may come out wrong.
void tst_IntegrationTyping::keymapMismatchNamed()
{
    QVERIFY(m_panel);
    ConsoleTyping *typing = m_panel->typing();
    typing->setGuestLayout(Layout::FR);
    m_boxes.clear();
    QSignalSpy finished(typing->typer(), &KeyTyper::finished);
    typing->typeText(QStringLiteral("a"));
    QCOMPARE(m_boxes.size(), 1);
    QVERIFY2(m_boxes.first().contains(QLatin1String("\"de\" keymap")), qPrintable(m_boxes.first()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    typing->setGuestLayout(Layout::DE);
}

QTEST_MAIN(tst_IntegrationTyping)
#include "tst_integration_typing.moc"
