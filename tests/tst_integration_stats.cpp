#include "connection.h"
#include "integrationhost.h"
#include "testutil.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QtTest>

#include <atomic>

using namespace TestUtil;
namespace IH = IntegrationHost;

// Statistics on the real libvirtd: the test guest (tests/guest) animates its
// screen without pause, so its CPU graph shows load under TCG; it writes a
// sector of its disk on a key and a reset makes its BIOS read the boot disk
// again, so both disk counters move; the host's
// CPU, memory and KSM figures are read without error; and every tick is one
// bulk call for all running guests, never one call per guest.
class tst_IntegrationStats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cpuShowsLoad();
    void diskCountersMove();
    void hostFigures();
    void oneCallPerTick();
    void restartIsNoSpike();

private:
    // The first tick from index `from` of m_ticks on that satisfies `until`.
    StatsTick waitForTick(int from, const std::function<bool(const StatsTick &)> &until, int timeoutMs = 30000);
    DomainRates ratesOf(const StatsTick &t) const;

    Connection *m_conn = nullptr;
    QString m_dir;
    QString m_name;
    QString m_uuid;
    QVector<StatsTick> m_ticks; // every tick since the connection opened
};

namespace {
std::atomic<int> g_bulkTicks{0};
std::atomic<int> g_perDomainTicks{0};
QtMessageHandler g_previous = nullptr;

void countTicks(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "qvirt.stats") == 0) {
        if (message.startsWith(QLatin1String("bulk tick")))
            ++g_bulkTicks;
        else if (message.startsWith(QLatin1String("per-domain tick")))
            ++g_perDomainTicks;
        return;
    }
    g_previous(type, context, message);
}
} // namespace

StatsTick tst_IntegrationStats::waitForTick(int from, const std::function<bool(const StatsTick &)> &until, int timeoutMs)
{
    int found = -1;
    const auto look = [&] {
        for (int i = from; i < m_ticks.size() && found < 0; ++i) {
            if (until(m_ticks.at(i)))
                found = i;
        }
        from = qMax(from, int(m_ticks.size()));
        return found >= 0;
    };
    [&] { QTRY_VERIFY_WITH_TIMEOUT(look(), timeoutMs); }();
    return found >= 0 ? m_ticks.at(found) : StatsTick();
}

DomainRates tst_IntegrationStats::ratesOf(const StatsTick &t) const
{
    for (const DomainRates &r : t.domains) {
        if (r.uuid == m_uuid)
            return r;
    }
    return {};
}

void tst_IntegrationStats::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("qvirt.stats.debug=true"));
    g_previous = qInstallMessageHandler(countTicks);
    m_conn = new Connection(IH::uri());
    StatsSettings s;
    s.intervalMs = StatsSettings::kMinIntervalMs;
    m_conn->setStatsSettings(s);
    connect(m_conn, &Connection::statsTicked, this, [this](const StatsTick &t) { m_ticks.append(t); });
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_dir = IH::makeImageDir(QStringLiteral("stats"));
    m_name = QStringLiteral("qvirt-stats-") + QString::number(QCoreApplication::applicationPid());
    const Result<QString> uuid = await(m_conn->defineXml(IH::testGuestXml(m_dir, m_name)));
    QVERIFY2(uuid.ok(), qPrintable(uuid ? QString() : uuid.error().message));
    m_uuid = uuid.value();
    const VoidResult r = await(m_conn->perform(m_uuid, DomainAction::Start));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
}

void tst_IntegrationStats::cleanupTestCase()
{
    IH::virsh({QStringLiteral("destroy"), m_name});
    IH::virsh({QStringLiteral("undefine"), m_name});
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    delete m_conn;
    qInstallMessageHandler(g_previous);
}

void tst_IntegrationStats::cpuShowsLoad()
{
    // The guest draws frames all the time: well above idle under TCG.
    const StatsTick t = waitForTick(0, [this](const StatsTick &k) { return ratesOf(k).cpuPercent > 10; });
    const DomainRates r = ratesOf(t);
    QCOMPARE(r.uuid, m_uuid);
    QVERIFY(r.cpuPercent <= 100);
    QVERIFY(r.cpuHostPercent > 0);
    QVERIFY(r.cpuHostPercent <= r.cpuPercent);
    QVERIFY(r.balloonKiB > 0);
    QVERIFY2(r.rssKiB > 1024, "the QEMU process's resident set is read");
    const History *h = m_conn->statsHistory()->domain(m_uuid);
    QVERIFY(h);
    QVERIFY(h->last(Metric::Cpu) > 0);
    QVERIFY(h->recent({Metric::Cpu}, 10).size() >= 2);
}

void tst_IntegrationStats::diskCountersMove()
{
    // The guest writes a sector of its disk on the 'w' key (tests/guest):
    // a write rate appears. A key sent before the guest reads its keyboard is
    // lost, so it is sent again until the write shows.
    bool written = false;
    for (int attempt = 0; attempt < 15 && !written; ++attempt) {
        const int before = m_ticks.size();
        const IH::Output key = IH::virsh({QStringLiteral("send-key"), m_name, QStringLiteral("KEY_W")});
        QVERIFY2(key.exitCode == 0, qPrintable(key.err));
        (void)QTest::qWaitFor([&] {
            for (int i = before; i < m_ticks.size(); ++i) {
                const DomainRates r = ratesOf(m_ticks.at(i));
                if (!r.disks.isEmpty() && r.disks.first().writeBytesPerSec > 0 && r.disks.first().writeIops > 0)
                    written = true;
            }
            return written;
        }, 2000);
    }
    QVERIFY2(written, "no write rate after the guest wrote a sector");
    QVERIFY(m_conn->statsHistory()->domain(m_uuid)->last(Metric::DiskWrite, QStringLiteral("hda")) >= 0);

    // The boot disk is known by its target, with counters from the first tick.
    const StatsTick first = waitForTick(0, [this](const StatsTick &k) {
        const DomainRates r = ratesOf(k);
        return !r.disks.isEmpty() && r.disks.first().readIops >= 0;
    });
    QCOMPARE(ratesOf(first).disks.first().name, QStringLiteral("hda"));
    // A reset: the BIOS reads the boot sector and the program again.
    const int from = m_ticks.size();
    const IH::Output reset = IH::virsh({QStringLiteral("reset"), m_name});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    const StatsTick moved = waitForTick(from, [this](const StatsTick &k) {
        const DomainRates r = ratesOf(k);
        return !r.disks.isEmpty() && r.disks.first().readBytesPerSec > 0;
    });
    const DiskRate d = ratesOf(moved).disks.first();
    QVERIFY(d.readIops > 0);
    QVERIFY(d.writeBytesPerSec >= 0);
    QVERIFY(m_conn->statsHistory()->domain(m_uuid)->last(Metric::DiskRead, QStringLiteral("hda")) >= 0);
}

void tst_IntegrationStats::hostFigures()
{
    const StatsTick t = waitForTick(0, [](const StatsTick &k) { return k.host.cpuPercent >= 0; });
    QVERIFY(t.host.cpuPercent <= 100);
    QVERIFY(t.host.memoryTotalKiB > 0);
    QVERIFY(t.host.memoryUsedKiB > 0);
    QVERIFY(t.host.memoryUsedKiB <= t.host.memoryTotalKiB);
    // KSM: read without error (zero when nothing is merged).
    QVERIFY2(t.host.ksmSharedKiB >= 0, "KSM's pages shared were not read");
    QVERIFY2(t.host.ksmSavedKiB >= 0, "KSM's pages sharing were not read");
    QVERIFY(t.host.runningGuests >= 1);
    QVERIFY(m_conn->statsHistory()->host().has(Metric::KsmSaved));
}

void tst_IntegrationStats::oneCallPerTick()
{
    g_bulkTicks = 0;
    g_perDomainTicks = 0;
    QSignalSpy ticks(m_conn, &Connection::statsTicked);
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 3, 10000);
    QVERIFY(g_bulkTicks >= 2);
    QCOMPARE(g_perDomainTicks.load(), 0);
}

void tst_IntegrationStats::restartIsNoSpike()
{
    const int stop = m_ticks.size();
    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::ForceOff)).ok());
    waitForTick(stop, [this](const StatsTick &k) { return k.gone.contains(m_uuid); });
    const int start = m_ticks.size();
    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::Start)).ok());
    // The first tick after the start is a baseline; then rates, each within bounds.
    const StatsTick back = waitForTick(start, [this](const StatsTick &k) { return !ratesOf(k).uuid.isEmpty(); });
    QCOMPARE(ratesOf(back).cpuPercent, -1.0);
    const StatsTick next = waitForTick(start, [this](const StatsTick &k) { return ratesOf(k).cpuPercent >= 0; });
    QVERIFY(ratesOf(next).cpuPercent <= 100);
}

QTEST_GUILESS_MAIN(tst_IntegrationStats)
#include "tst_integration_stats.moc"
