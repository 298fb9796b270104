#include "connection.h"
#include "connectionmanager.h"
#include "consolepanel.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "testutil.h"
#include "vncclient.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>

using namespace TestUtil;
namespace IH = IntegrationHost;

namespace {

// The daemon this test kills and freezes: a private one that
// tests/privatelibvirtd.sh started for it (ctest does), never the shared one
// that other tests may be using at the same time.
struct PrivateDaemon
{
    static QString dir() { return qEnvironmentVariable("QVIRT_PRIVATE_LIBVIRTD_DIR"); }
    static bool configured()
    {
        return !dir().isEmpty() && !qEnvironmentVariable("QVIRT_PRIVATE_LIBVIRTD").isEmpty()
               && IH::uri().contains(dir() + QStringLiteral("/sock/"));
    }
    static pid_t pid()
    {
        QFile f(dir() + QStringLiteral("/libvirtd.pid"));
        return f.open(QIODevice::ReadOnly) ? pid_t(f.readAll().trimmed().toInt()) : pid_t(0);
    }
    // Not a zombie either: the daemon's parent is gone, but init may not have reaped it yet.
    static bool exists(pid_t p)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(p));
        if (p <= 0 || !stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray s = stat.readAll();
        const qsizetype paren = s.lastIndexOf(')');
        return paren > 0 && s.size() > paren + 2 && s.at(paren + 2) != 'Z';
    }
    // Starts it again in its namespace; returns once it answers.
    static IH::Output start()
    {
        return IH::run(qEnvironmentVariable("QVIRT_PRIVATE_LIBVIRTD"), {QStringLiteral("--start"), dir()});
    }
};

} // namespace

// libvirtd goes away under a connected QVirt and comes back: the connection
// notices, keeps the last list greyed out, and reconnects by itself.
class tst_IntegrationReconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reconnectsAfterDaemonRestart();
    void removingAHungConnectionDoesNotWait();
    void consoleComesBackWithTheHost();

private:
    QString m_name;
    QString m_dir;
};

void tst_IntegrationReconnect::initTestCase()
{
    QVERIFY2(PrivateDaemon::configured(),
             "no private libvirtd: run this test through tests/privatelibvirtd.sh (ctest does); it kills and freezes "
             "its daemon and must never do that to the shared one");
    // Where the private daemon (in a mount namespace of its own) sees the disk.
    m_dir = PrivateDaemon::dir() + QStringLiteral("/images/reconnect");
    QVERIFY(QDir().mkpath(m_dir));
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                     | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    m_name = QStringLiteral("qvirt-reconnect-%1").arg(QCoreApplication::applicationPid());
    const QString disk = m_dir + QStringLiteral("/disk.qcow2");
    QCOMPARE(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                   QStringLiteral("qcow2"), disk, QStringLiteral("16M")}).exitCode, 0);
    QTemporaryFile xml;
    QVERIFY(xml.open());
    xml.write(IH::tcgDomainXml(m_name, disk).toUtf8());
    xml.flush();
    const IH::Output o = IH::virsh({QStringLiteral("define"), xml.fileName()});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
}

void tst_IntegrationReconnect::cleanupTestCase()
{
    IH::virsh({QStringLiteral("undefine"), m_name});
    QDir(m_dir).removeRecursively();
}

void tst_IntegrationReconnect::reconnectsAfterDaemonRestart()
{
    QElapsedTimer clock;
    clock.start();
    Connection c(IH::uri());
    QVERIFY2(openAndLoad(&c, 30000), qPrintable(c.lastError()));
    QVERIFY(c.domainModel()->find(m_name));
    const int rows = c.domainModel()->rowCount();

    const pid_t daemon = PrivateDaemon::pid();
    QVERIFY2(PrivateDaemon::exists(daemon), "the private libvirtd is not running");
    QCOMPARE(::kill(daemon, SIGTERM), 0);

    QTRY_COMPARE_WITH_TIMEOUT(c.state(), ConnectionState::Reconnecting, 15000);
    qInfo("lost after %lld ms", clock.elapsed());
    QVERIFY(!c.lastError().isEmpty());
    QCOMPARE(c.domainModel()->rowCount(), rows); // the last known list stays...
    QVERIFY(!c.domainModel()->flags(c.domainModel()->index(0, 0)).testFlag(Qt::ItemIsEnabled)); // ...greyed out
    QTRY_VERIFY_WITH_TIMEOUT(!PrivateDaemon::exists(daemon), 15000);
    // At least one retry fails while the host is away (each failed retry
    // reports itself with its error).
    QSignalSpy retried(&c, &Connection::stateChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!retried.isEmpty(), 15000);
    QCOMPARE(c.state(), ConnectionState::Reconnecting);

    const IH::Output start = PrivateDaemon::start();
    QVERIFY2(start.exitCode == 0, qPrintable(start.err));
    qInfo("daemon restarted after %lld ms", clock.elapsed());
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), ConnectionState::Connected, 60000);
    qInfo("reconnected after %lld ms", clock.elapsed());
    QTRY_VERIFY(c.domainModel()->find(m_name));
    QVERIFY(c.domainModel()->flags(c.domainModel()->index(0, 0)).testFlag(Qt::ItemIsEnabled));

    // And it works again.
    const Result<HostInfo> h = await(c.hostInfo());
    QVERIFY(h.ok());
}

// The host stops answering in the middle of a call (libvirtd frozen with
// SIGSTOP) and the user removes the connection: the event loop goes on at
// once; the worker thread finishes by itself when the host answers again.
void tst_IntegrationReconnect::removingAHungConnectionDoesNotWait()
{
    ConnectionManager manager;
    Connection *c = manager.add(IH::uri(), false, false);
    QVERIFY2(openAndLoad(c, 30000), qPrintable(c->lastError()));
    const pid_t daemon = PrivateDaemon::pid();
    QVERIFY2(PrivateDaemon::exists(daemon), "the private libvirtd is not running");
    QCOMPARE(::kill(daemon, SIGSTOP), 0);
    auto resume = qScopeGuard([daemon] { ::kill(daemon, SIGCONT); });
    QFuture<Result<HostInfo>> hanging = c->hostInfo(); // blocks the worker in libvirt
    QTest::qWait(300);
    QVERIFY(!hanging.isFinished());

    QElapsedTimer clock;
    clock.start();
    QPointer<Connection> gone = c;
    manager.remove(c);
    QTRY_VERIFY_WITH_TIMEOUT(gone.isNull(), 2000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("removal blocked the event loop for %1 ms").arg(clock.elapsed())));
    // The loop keeps turning while the host is still frozen.
    QElapsedTimer tick;
    tick.start();
    QTest::qWait(100);
    QVERIFY(tick.elapsed() < 1000);
    resume.dismiss();
    QCOMPARE(::kill(daemon, SIGCONT), 0);
    // The daemon is usable again for whoever comes next.
    Connection again(IH::uri());
    QVERIFY2(openAndLoad(&again, 30000), qPrintable(again.lastError()));
}

// A console opened while the host is away says so, and connects by itself
// once the connection is back (QEMU runs on while libvirtd is gone).
void tst_IntegrationReconnect::consoleComesBackWithTheHost()
{
    Connection c(IH::uri());
    QVERIFY2(openAndLoad(&c, 30000), qPrintable(c.lastError()));
    const DomainInfo *d = c.domainModel()->find(m_name);
    QVERIFY(d);
    const QString uuid = d->uuid;
    const VoidResult started = await(c.perform(uuid, DomainAction::Start));
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    auto destroy = qScopeGuard([this] { IH::virsh({QStringLiteral("destroy"), m_name}); });
    QTRY_COMPARE(stateOf(&c, uuid), DomainState::Running);

    const pid_t daemon = PrivateDaemon::pid();
    QVERIFY2(PrivateDaemon::exists(daemon), "the private libvirtd is not running");
    QCOMPARE(::kill(daemon, SIGTERM), 0);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), ConnectionState::Reconnecting, 15000);
    ConsolePanel panel(&c, uuid);
    panel.resize(800, 600);
    panel.show();
    panel.activate();
    QTRY_VERIFY2(panel.message().contains(QLatin1String("not open")), qPrintable(panel.message()));
    QTRY_VERIFY_WITH_TIMEOUT(!PrivateDaemon::exists(daemon), 15000);
    const IH::Output start = PrivateDaemon::start();
    QVERIFY2(start.exitCode == 0, qPrintable(start.err));
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), ConnectionState::Connected, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.client()->state(), VncClient::State::Connected, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.client()->updateCount() > 0, 30000);
    QVERIFY(panel.message().isEmpty());
}

QTEST_MAIN(tst_IntegrationReconnect)
#include "tst_integration_reconnect.moc"
