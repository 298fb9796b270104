#include "connection.h"
#include "consolepanel.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "testutil.h"
#include "vmwindow.h"
#include "vncclient.h"

#include <QComboBox>
#include <QMainWindow>
#include <QtTest>

using namespace TestUtil;
namespace IH = IntegrationHost;

// The console page of a VM window on real guests: it follows the VM through a
// restart and says plainly why it cannot show a screen.
class tst_IntegrationConsolePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void followsRestart();
    void detachAndBack();
    void resizeGuestAnswerShown();
    void spiceOnlyIsExplained();

private:
    QString define(const QString &name, const QString &graphics);

    Connection *m_conn = nullptr;
    QString m_dir;
    QStringList m_names;
};

QString tst_IntegrationConsolePanel::define(const QString &name, const QString &graphics)
{
    m_names << name;
    const Result<QString> uuid = await(m_conn->defineXml(IH::testGuestXml(m_dir, name, graphics)));
    if (!uuid)
        qWarning("%s", qPrintable(uuid.error().message));
    return uuid ? uuid.value() : QString();
}

void tst_IntegrationConsolePanel::initTestCase()
{
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_dir = IH::makeImageDir(QStringLiteral("panel"));
}

void tst_IntegrationConsolePanel::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_names)) {
        IH::virsh({QStringLiteral("destroy"), name});
        IH::virsh({QStringLiteral("undefine"), name});
    }
    QDir(m_dir).removeRecursively();
    delete m_conn;
}

void tst_IntegrationConsolePanel::followsRestart()
{
    const QString uuid = define(QStringLiteral("qvirt-panel-%1").arg(QCoreApplication::applicationPid()), {});
    QVERIFY(!uuid.isEmpty());
    VmWindow window(m_conn, uuid);
    window.show();
    window.showPage(VmWindow::ConsolePage);
    ConsolePanel *panel = window.console();
    QTRY_VERIFY(panel->message().contains(QLatin1String("not running")));

    QVERIFY(await(m_conn->perform(uuid, DomainAction::Start)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(panel->client()->state(), VncClient::State::Connected, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->client()->size(), QSize(1024, 768), 60000);
    QTRY_VERIFY(panel->statusText().contains(QLatin1String("raw")));

    // Stopped and started again behind the window's back: a new QEMU, a new display.
    QCOMPARE(IH::virsh({QStringLiteral("destroy"), m_names.last()}).exitCode, 0);
    QTRY_VERIFY(panel->message().contains(QLatin1String("not running")));
    QCOMPARE(IH::virsh({QStringLiteral("start"), m_names.last()}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(panel->client()->state(), VncClient::State::Connected, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->client()->size(), QSize(1024, 768), 60000);
}

void tst_IntegrationConsolePanel::detachAndBack()
{
    QVERIFY(!m_names.isEmpty());
    const DomainInfo *d = m_conn->domainModel()->find(m_names.first());
    QVERIFY(d);
    VmWindow window(m_conn, d->uuid);
    window.show();
    window.showPage(VmWindow::ConsolePage);
    ConsolePanel *panel = window.console();
    QTRY_COMPARE_WITH_TIMEOUT(panel->client()->state(), VncClient::State::Connected, 20000);
    window.toggleConsoleDetached();
    auto *detached = window.findChild<QMainWindow *>(QStringLiteral("consoleWindow"));
    QVERIFY(detached);
    QCOMPARE(detached->centralWidget(), panel);
    QCOMPARE(panel->client()->state(), VncClient::State::Connected); // the connection survives the move
    detached->close();
    QTRY_VERIFY(panel->window() == &window);
    QCOMPARE(panel->client()->state(), VncClient::State::Connected);
}

// "Resize guest to window" on a VGA guest: QEMU cannot pass the size on, and
// the status line says so instead of nothing happening.
void tst_IntegrationConsolePanel::resizeGuestAnswerShown()
{
    QVERIFY(!m_names.isEmpty());
    const DomainInfo *d = m_conn->domainModel()->find(m_names.first());
    QVERIFY(d);
    VmWindow window(m_conn, d->uuid);
    window.resize(900, 700);
    window.show();
    window.showPage(VmWindow::ConsolePage);
    ConsolePanel *panel = window.console();
    QTRY_COMPARE_WITH_TIMEOUT(panel->client()->state(), VncClient::State::Connected, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->client()->size(), QSize(1024, 768), 60000);
    auto *scaling = panel->findChild<QComboBox *>(QStringLiteral("consoleScaling"));
    QVERIFY(scaling);
    const int resize = scaling->findData(int(ConsoleView::Scaling::ResizeGuest));
    QVERIFY(resize >= 0);
    scaling->setCurrentIndex(resize);
    emit scaling->activated(resize);
    QCOMPARE(panel->view()->scaling(), ConsoleView::Scaling::ResizeGuest);
    QTRY_VERIFY_WITH_TIMEOUT(panel->statusText().contains(QLatin1String("video device")), 10000);
    QCOMPARE(panel->client()->state(), VncClient::State::Connected);
    // Back to fitting the window: the note goes with the mode.
    const int fit = scaling->findData(int(ConsoleView::Scaling::FitToWindow));
    scaling->setCurrentIndex(fit);
    emit scaling->activated(fit);
    QVERIFY(!panel->statusText().contains(QLatin1String("video device")));
}

void tst_IntegrationConsolePanel::spiceOnlyIsExplained()
{
    const QString uuid = define(QStringLiteral("qvirt-spice-%1").arg(QCoreApplication::applicationPid()),
                                QStringLiteral("<graphics type='spice' autoport='yes' listen='127.0.0.1'/>"));
    QVERIFY(!uuid.isEmpty());
    const VoidResult started = await(m_conn->perform(uuid, DomainAction::Start));
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    QTRY_COMPARE(stateOf(m_conn, uuid), DomainState::Running);
    VmWindow window(m_conn, uuid);
    window.show();
    window.showPage(VmWindow::ConsolePage);
    QTRY_VERIFY2(window.console()->message().contains(QLatin1String("SPICE")), qPrintable(window.console()->message()));
}

QTEST_MAIN(tst_IntegrationConsolePanel)
#include "tst_integration_consolepanel.moc"
