#include "connection.h"
#include "consolepanel.h"
#include "displaybackupstore.h"
#include "displayswitchdialog.h"
#include "domainlistmodel.h"
#include "messagebox.h"
#include "remoteviewer.h"
#include "spicedisplaypage.h"
#include "testutil.h"

#include <QDomDocument>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace TestUtil;

// The console of a VM whose display is SPICE only, on libvirt's test driver:
// it explains itself, lists what a switch to VNC changes before making it,
// changes nothing when refused, and goes back to the exact definition.
class tst_SpiceDisplayPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void explainsItself();
    void refusingKeepsEverything();
    void switchAndGoBack();
    void goingBackWarnsOfLaterChanges();
    void runningVmOffersRemoteViewer();

private:
    QString defineSpiceVm(const QString &name);
    QString editable(const QString &uuid);
    void openSwitchDialog(SpiceDisplayPage *page);

    QTemporaryDir m_data;
    Connection *m_conn = nullptr;
    ConsolePanel *m_panel = nullptr;
    QString m_uuid;
    int m_count = 0;
};

QString tst_SpiceDisplayPage::defineSpiceVm(const QString &name)
{
    // What virt-manager gives a new VM, on the test driver.
    const QString xml = QStringLiteral(R"(<domain type='test'>
  <name>%1</name>
  <memory unit='KiB'>1048576</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices>
    <controller type='usb' index='0' model='qemu-xhci'/>
    <controller type='virtio-serial' index='0'/>
    <channel type='spicevmc'>
      <target type='virtio' name='com.redhat.spice.0'/>
    </channel>
    <graphics type='spice' autoport='yes' passwd='secret'>
      <image compression='off'/>
    </graphics>
    <sound model='ich6'/>
    <audio id='1' type='spice'/>
    <video><model type='qxl' ram='65536' vram='65536' vgamem='16384' heads='1' primary='yes'/></video>
    <redirdev bus='usb' type='spicevmc'/>
    <redirdev bus='usb' type='spicevmc'/>
  </devices>
</domain>)").arg(name);
    const Result<QString> uuid = await(m_conn->defineXml(xml));
    if (!uuid)
        qWarning("%s", qPrintable(uuid.error().message));
    return uuid ? uuid.value() : QString();
}

QString tst_SpiceDisplayPage::editable(const QString &uuid)
{
    const Result<QString> xml = await(m_conn->editableXml(uuid));
    return xml ? xml.value() : QStringLiteral("error: ") + xml.error().message;
}

void tst_SpiceDisplayPage::openSwitchDialog(SpiceDisplayPage *page)
{
    auto *button = page->findChild<QPushButton *>(QStringLiteral("spiceSwitchToVnc"));
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible() && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(page->switchDialog() && page->switchDialog()->isVisible());
}

void tst_SpiceDisplayPage::initTestCase()
{
    // The copies of definitions go to a folder of this test.
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
    m_conn = new Connection(QStringLiteral("test:///default"));
    QVERIFY(openAndLoad(m_conn));
}

void tst_SpiceDisplayPage::cleanupTestCase()
{
    MessageBox::setTestHook({});
    delete m_conn;
}

void tst_SpiceDisplayPage::init()
{
    m_uuid = defineSpiceVm(QStringLiteral("spice-vm-%1").arg(++m_count));
    QVERIFY(!m_uuid.isEmpty());
    QTRY_VERIFY(m_conn->domainModel()->find(m_uuid));
    m_panel = new ConsolePanel(m_conn, m_uuid);
    m_panel->resize(900, 640);
    m_panel->show();
    m_panel->activate();
}

void tst_SpiceDisplayPage::cleanup()
{
    MessageBox::setTestHook({});
    delete m_panel;
    m_panel = nullptr;
    DisplayBackupStore().remove(m_conn->uri(), m_uuid);
}

void tst_SpiceDisplayPage::explainsItself()
{
    auto *page = m_panel->findChild<SpiceDisplayPage *>(QStringLiteral("spiceDisplayPage"));
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QVERIFY(m_panel->message().contains(QLatin1String("SPICE")));
    auto *text = page->findChild<QLabel *>(QStringLiteral("spiceExplanation"));
    QVERIFY(text && text->text().contains(QLatin1String("VNC")));
    auto *viewer = page->findChild<QPushButton *>(QStringLiteral("spiceOpenRemoteViewer"));
    QVERIFY(viewer && viewer->isVisible());
    QVERIFY(!viewer->accessibleName().isEmpty());
    // Shut off: Remote Viewer needs it to run (or, without remote-viewer, the package).
    QVERIFY(!viewer->isEnabled());
    auto *note = page->findChild<QLabel *>(QStringLiteral("spiceRemoteViewerNote"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QLatin1String("must run")) || note->text().contains(QLatin1String("virt-viewer")),
             qPrintable(note->text()));
    auto *button = page->findChild<QPushButton *>(QStringLiteral("spiceSwitchToVnc"));
    QVERIFY(button && button->isVisible() && button->isEnabled());
    QVERIFY(!button->accessibleName().isEmpty());
    // Nothing to go back to yet.
    auto *back = m_panel->findChild<QToolButton *>(QStringLiteral("consoleGoBackToSpice"));
    QVERIFY(back);
    QVERIFY(!back->isVisible());

    if (qEnvironmentVariableIsSet("QVIRT_SCREENSHOT_DIR"))
        m_panel->grab().save(qEnvironmentVariable("QVIRT_SCREENSHOT_DIR") + QStringLiteral("/spicedisplaypage.png"));
}

void tst_SpiceDisplayPage::refusingKeepsEverything()
{
    const QString before = editable(m_uuid);
    QVERIFY(before.contains(QLatin1String("type='spice'")));
    auto *page = m_panel->findChild<SpiceDisplayPage *>();
    QVERIFY(page);
    openSwitchDialog(page);
    DisplaySwitchDialog *dialog = page->switchDialog();
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("displaySwitchChanges"));
    QVERIFY(list);
    // Agent, display, audio, video, the two redirections: one line each.
    QCOMPARE(list->count(), 5);
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("VNC display on the host's loopback address")), qPrintable(all));
    QVERIFY(all.contains(QLatin1String("password stays")));
    QVERIFY(all.contains(QLatin1String("becomes VGA")));
    QVERIFY(all.contains(QLatin1String("qemu-vdagent")));
    QVERIFY(all.contains(QLatin1String("2 USB redirection device")));
    QVERIFY(all.contains(QLatin1String("\"none\"")));
    auto *when = dialog->findChild<QLabel *>(QStringLiteral("displaySwitchWhen"));
    QVERIFY(when && when->text().contains(QLatin1String("next time the virtual machine starts")));
    if (qEnvironmentVariableIsSet("QVIRT_SCREENSHOT_DIR"))
        dialog->grab().save(qEnvironmentVariable("QVIRT_SCREENSHOT_DIR") + QStringLiteral("/displayswitchdialog.png"));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("displaySwitchCancel")), Qt::LeftButton);
    QTRY_VERIFY(!page->switchDialog());
    // Give a wrongly started switch the time to arrive: nothing may.
    QTest::qWait(300);
    QCOMPARE(editable(m_uuid), before);
    QVERIFY(!DisplayBackupStore().contains(m_conn->uri(), m_uuid));
    QVERIFY(page->isVisible());
}

void tst_SpiceDisplayPage::switchAndGoBack()
{
    const QString before = editable(m_uuid);
    auto *page = m_panel->findChild<SpiceDisplayPage *>();
    openSwitchDialog(page);
    QTest::mouseClick(page->switchDialog()->findChild<QPushButton *>(QStringLiteral("displaySwitchConfirm")), Qt::LeftButton);

    const DisplayBackupStore store;
    QTRY_VERIFY(store.contains(m_conn->uri(), m_uuid));
    const QString after = editable(m_uuid);
    QVERIFY(after.contains(QLatin1String("<graphics type='vnc'")));
    QVERIFY(!after.contains(QLatin1String("spice'")));
    QVERIFY(after.contains(QLatin1String("passwd='secret'")));
    QCOMPARE(store.load(m_conn->uri(), m_uuid)->before, before);
    QTRY_COMPARE(store.load(m_conn->uri(), m_uuid)->after, after);
    // The console no longer shows the page: the VM shows its screen here once it runs.
    QTRY_VERIFY(!page->isVisible());
    QTRY_VERIFY(m_panel->message().contains(QLatin1String("not running")));
    auto *back = m_panel->findChild<QToolButton *>(QStringLiteral("consoleGoBackToSpice"));
    QTRY_VERIFY(back->isVisible());

    QString asked;
    MessageBox::setTestHook([&](QMessageBox::Icon, const QString &, const QString &text) {
        asked = text;
        return QMessageBox::Yes;
    });
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_VERIFY(!store.contains(m_conn->uri(), m_uuid));
    QVERIFY2(asked.contains(QLatin1String("restored exactly")), qPrintable(asked));
    QCOMPARE(editable(m_uuid), before);
    QTRY_VERIFY(!back->isVisible());
    QTRY_VERIFY(page->isVisible());
}

void tst_SpiceDisplayPage::goingBackWarnsOfLaterChanges()
{
    const QString before = editable(m_uuid);
    auto *page = m_panel->findChild<SpiceDisplayPage *>();
    openSwitchDialog(page);
    QTest::mouseClick(page->switchDialog()->findChild<QPushButton *>(QStringLiteral("displaySwitchConfirm")), Qt::LeftButton);
    const DisplayBackupStore store;
    QTRY_VERIFY(store.contains(m_conn->uri(), m_uuid) && !store.load(m_conn->uri(), m_uuid)->after.isEmpty());
    auto *back = m_panel->findChild<QToolButton *>(QStringLiteral("consoleGoBackToSpice"));
    QTRY_VERIFY(back->isVisible());

    // Another change after the switch.
    const VoidResult changed = await(m_conn->updateDefinition(m_uuid, [](QDomDocument &doc) -> VoidResult {
        QDomElement d = doc.createElement(QStringLiteral("description"));
        d.appendChild(doc.createTextNode(QStringLiteral("changed after the switch")));
        doc.documentElement().appendChild(d);
        return {};
    }));
    QVERIFY(changed.ok());
    const QString later = editable(m_uuid);

    QString asked;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    MessageBox::setTestHook([&](QMessageBox::Icon, const QString &, const QString &text) {
        asked = text;
        return answer;
    });
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(QLatin1String("undoes those later changes")), qPrintable(asked));
    QTest::qWait(300);
    QCOMPARE(editable(m_uuid), later); // cancelled: nothing restored
    QVERIFY(store.contains(m_conn->uri(), m_uuid));

    asked.clear();
    answer = QMessageBox::Yes;
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_VERIFY(!store.contains(m_conn->uri(), m_uuid));
    QCOMPARE(editable(m_uuid), before);
}

void tst_SpiceDisplayPage::runningVmOffersRemoteViewer()
{
    auto *page = m_panel->findChild<SpiceDisplayPage *>();
    QTRY_VERIFY(page->isVisible());
    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::Start)).ok());
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Running);
    // The test driver's SPICE display: the console says what it can.
    QTRY_VERIFY(page->isVisible());
    auto *viewer = page->findChild<QPushButton *>(QStringLiteral("spiceOpenRemoteViewer"));
    auto *note = page->findChild<QLabel *>(QStringLiteral("spiceRemoteViewerNote"));
    QTRY_VERIFY(!note->text().contains(QLatin1String("must run")));
    QCOMPARE(viewer->isEnabled(), !RemoteViewer::program().isEmpty());
    // Switching is offered while it runs too; it waits for the next start.
    auto *button = page->findChild<QPushButton *>(QStringLiteral("spiceSwitchToVnc"));
    QVERIFY(button->isVisible() && button->isEnabled());
    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::ForceOff)).ok());
}

QTEST_MAIN(tst_SpiceDisplayPage)
#include "tst_spicedisplaypage.moc"
