#include "clipboardbridge.h"
#include "connection.h"
#include "consolepanel.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "testutil.h"
#include "vmwindow.h"
#include "vncclient.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QSettings>
#include <QToolButton>
#include <QtTest>

using namespace TestUtil;
namespace IH = IntegrationHost;

// The console's clipboard on a real QEMU: the test guest's agent
// (tests/guest/agent.c) speaks to QEMU's qemu-vdagent and logs what it
// receives on its serial port. Desktop text reaches the guest, the guest's
// copy reaches the desktop, and with the switch off nothing crosses.
class tst_IntegrationClipboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void bothWays();
    void offSendsNothing();
    void channelAddedWhereMissing();

private:
    // The console of the agent guest, connected, with the window active.
    bool openConsole(VmWindow &window);
    // Texts the guest logged with tag (C: received, G: took the clipboard).
    QStringList logged(const QString &tag) const;
    void pressF9(ConsolePanel *panel);

    Connection *m_conn = nullptr;
    QString m_dir;
    QString m_serial;
    QString m_uuid;
    QStringList m_names;
};

void tst_IntegrationClipboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("qvirt-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_integration_clipboard"));
    QSettings().clear();
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_dir = IH::makeImageDir(QStringLiteral("clipboard"));
    const QString name = QStringLiteral("qvirt-clipboard-%1").arg(QCoreApplication::applicationPid());
    m_serial = m_dir + QStringLiteral("/serial.log");
    m_names << name;
    const Result<QString> uuid = await(m_conn->defineXml(IH::testGuestAgentXml(m_dir, name, m_serial)));
    QVERIFY2(uuid.ok(), qPrintable(uuid ? QString() : uuid.error().message));
    m_uuid = uuid.value();
    const VoidResult started = await(m_conn->perform(m_uuid, DomainAction::Start));
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    // The agent is ready once QEMU's capabilities reached it.
    QTRY_VERIFY_WITH_TIMEOUT(IH::serialLines(m_serial).contains(QLatin1String("A ready")), 60000);
}

void tst_IntegrationClipboard::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_names)) {
        IH::virsh({QStringLiteral("destroy"), name});
        IH::virsh({QStringLiteral("undefine"), name});
    }
    QDir(m_dir).removeRecursively();
    delete m_conn;
}

bool tst_IntegrationClipboard::openConsole(VmWindow &window)
{
    window.show();
    window.showPage(VmWindow::ConsolePage);
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    ConsolePanel *panel = window.console();
    return QTest::qWaitFor([panel] { return panel->client()->state() == VncClient::State::Connected; }, 20000);
}

QStringList tst_IntegrationClipboard::logged(const QString &tag) const
{
    QStringList texts;
    for (const QString &line : IH::serialLines(m_serial)) {
        if (line.startsWith(tag + QLatin1Char(' ')) || line == tag + QLatin1Char(' ')) {
            QByteArray bytes = QByteArray::fromHex(line.mid(tag.size() + 1).toLatin1());
            while (bytes.endsWith('\0'))
                bytes.chop(1); // the Extended Clipboard's terminating NUL, as QEMU passes it on
            texts << QString::fromUtf8(bytes);
        }
    }
    return texts;
}

// F9 makes the guest take the clipboard with its own text (tests/guest/README.md).
void tst_IntegrationClipboard::pressF9(ConsolePanel *panel)
{
    panel->client()->sendKey(0xffc6, 0x43, true);
    panel->client()->sendKey(0xffc6, 0x43, false);
}

void tst_IntegrationClipboard::bothWays()
{
    ClipboardBridge::setShared(m_conn->uri(), m_uuid, true);
    QGuiApplication::clipboard()->clear();
    VmWindow window(m_conn, m_uuid);
    QVERIFY(openConsole(window));
    ConsolePanel *panel = window.console();
    QTRY_VERIFY_WITH_TIMEOUT(panel->client()->hasExtendedClipboard(), 10000); // QEMU speaks it
    const int before = logged(QStringLiteral("C")).size();

    // Desktop to guest, with CJK and a line break.
    const QString text = QStringLiteral("桌面 → 虚拟机 ✓ QVirt\nsecond line");
    QGuiApplication::clipboard()->setText(text);
    QTRY_VERIFY_WITH_TIMEOUT(logged(QStringLiteral("C")).size() > before, 30000);
    QCOMPARE(logged(QStringLiteral("C")).at(before), QString(text).replace(QLatin1String("\n"), QLatin1String("\r\n")));

    // The guest copies it back changed (its echo): it reaches the desktop as
    // the desktop writes it, and is not sent to the guest again.
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), QStringLiteral("echo:") + text, 30000);
    QTRY_VERIFY(panel->statusText().contains(QLatin1String("guest")));

    // Guest to desktop on its own: F9 in the guest.
    pressF9(panel);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), QStringLiteral("QVirt guest clipboard: 剪贴板 ✓"), 30000);
    // Neither guest text came back to it: all it received is the desktop's
    // text (QEMU may hand the same text over twice when the agent asks twice).
    const QStringList received = logged(QStringLiteral("C")).mid(before);
    for (const QString &r : received)
        QVERIFY2(r == QString(text).replace(QLatin1String("\n"), QLatin1String("\r\n")), qPrintable(r));
}

void tst_IntegrationClipboard::offSendsNothing()
{
    VmWindow window(m_conn, m_uuid);
    QVERIFY(openConsole(window));
    ConsolePanel *panel = window.console();
    auto *button = panel->findChild<QToolButton *>(QStringLiteral("consoleClipboard"));
    QVERIFY(button);
    QVERIFY(button->isChecked());
    button->setChecked(false); // the user turns it off
    QVERIFY(!ClipboardBridge::isShared(m_conn->uri(), m_uuid, true));
    const int received = logged(QStringLiteral("C")).size();
    const int grabbed = logged(QStringLiteral("G")).size();

    QGuiApplication::clipboard()->setText(QStringLiteral("a password manager's history"));
    pressF9(panel);
    QTRY_COMPARE_WITH_TIMEOUT(logged(QStringLiteral("G")).size(), grabbed + 1, 30000);
    // The guest took its clipboard; give QEMU time to offer it and the desktop
    // text time to travel, if either could.
    QTest::qWait(3000);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("a password manager's history"));
    QCOMPARE(logged(QStringLiteral("C")).size(), received);

    // A console opened with the switch off never even tells QEMU it could.
    VmWindow second(m_conn, m_uuid);
    QVERIFY(openConsole(second));
    QTRY_VERIFY(second.console()->client()->updateCount() > 0);
    QVERIFY(!second.console()->client()->hasExtendedClipboard());
    QVERIFY(!second.console()->findChild<QToolButton *>(QStringLiteral("consoleClipboard"))->isChecked());
}

void tst_IntegrationClipboard::channelAddedWhereMissing()
{
    const QString name = QStringLiteral("qvirt-noagent-%1").arg(QCoreApplication::applicationPid());
    m_names << name;
    const Result<QString> uuid = await(m_conn->defineXml(IH::testGuestXml(m_dir, name)));
    QVERIFY(uuid.ok());
    QVERIFY(await(m_conn->perform(uuid.value(), DomainAction::Start)).ok());
    ClipboardBridge::setShared(m_conn->uri(), uuid.value(), true);
    VmWindow window(m_conn, uuid.value());
    QVERIFY(openConsole(window));
    auto *add = window.console()->findChild<QAction *>(QStringLiteral("consoleAddClipboardAgent"));
    QVERIFY(add);
    QTRY_VERIFY(add->isEnabled()); // the VM has none
    auto *button = window.console()->findChild<QToolButton *>(QStringLiteral("consoleClipboard"));
    QVERIFY(button->toolTip().contains(QLatin1String("no clipboard channel")));
    add->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window.console()->statusText().contains(QLatin1String("next start"))
                                 || window.console()->statusText().contains(QLatin1String("started again")),
                             20000);
    const IH::Output inactive = IH::virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"), name});
    QVERIFY(inactive.out.contains(QLatin1String("qemu-vdagent")));
    QVERIFY(inactive.out.contains(QLatin1String("copypaste='yes'")));
    // The running VM is left as it is.
    QVERIFY(!IH::virsh({QStringLiteral("dumpxml"), name}).out.contains(QLatin1String("qemu-vdagent")));
}

QTEST_MAIN(tst_IntegrationClipboard)
#include "tst_integration_clipboard.moc"
