#include "connection.h"
#include "connectionmanager.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QScopeGuard>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>

using namespace TestUtil;
namespace IH = IntegrationHost;

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

private:
    QString m_name;
    QString m_dir;
};

void tst_IntegrationReconnect::initTestCase()
{
    m_dir = IH::makeImageDir(QStringLiteral("reconnect"));
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

    const IH::Output pid = IH::run(QStringLiteral("pidof"), {QStringLiteral("libvirtd")});
    QVERIFY2(pid.exitCode == 0, "no libvirtd process to restart (the test command starts one with 'libvirtd -d')");
    for (const QString &p : pid.out.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        QCOMPARE(::kill(p.toInt(), SIGTERM), 0);

    QTRY_COMPARE_WITH_TIMEOUT(c.state(), ConnectionState::Reconnecting, 15000);
    qInfo("lost after %lld ms", clock.elapsed());
    QVERIFY(!c.lastError().isEmpty());
    QCOMPARE(c.domainModel()->rowCount(), rows); // the last known list stays...
    QVERIFY(!c.domainModel()->flags(c.domainModel()->index(0, 0)).testFlag(Qt::ItemIsEnabled)); // ...greyed out
    QTRY_VERIFY_WITH_TIMEOUT(IH::run(QStringLiteral("pidof"), {QStringLiteral("libvirtd")}).exitCode != 0, 15000);
    QTest::qWait(2500); // let at least one retry fail while the host is away

    const IH::Output start = IH::run(QStringLiteral("libvirtd"), {QStringLiteral("-d")});
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
    const IH::Output pid = IH::run(QStringLiteral("pidof"), {QStringLiteral("libvirtd")});
    QVERIFY2(pid.exitCode == 0, "no libvirtd process (the test command starts one with 'libvirtd -d')");
    const QStringList pids = pid.out.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &p : pids)
        QCOMPARE(::kill(p.toInt(), SIGSTOP), 0);
    auto resume = qScopeGuard([&pids] {
        for (const QString &p : pids)
            ::kill(p.toInt(), SIGCONT);
    });
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
    for (const QString &p : pids)
        QCOMPARE(::kill(p.toInt(), SIGCONT), 0);
    // The daemon is usable again for whoever comes next.
    Connection again(IH::uri());
    QVERIFY2(openAndLoad(&again, 30000), qPrintable(again.lastError()));
}

QTEST_GUILESS_MAIN(tst_IntegrationReconnect)
#include "tst_integration_reconnect.moc"
