#include "connection.h"
#include "ratecalculator.h"
#include "statshistory.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QtTest>

#include <cmath>

// Statistics: rates from fixed counter sequences (restarts, vanished guests,
// counters going backwards, 32-bit wrap-around), the history's rings and
// buckets, and the sampler on libvirt's test driver (per-domain calls).
class tst_Stats : public QObject
{
    Q_OBJECT

private slots:
    void cpuDiskAndNetworkRates();
    void firstTickIsABaseline();
    void restartGivesNoSpike();
    void cpuTimeBackwardsIsARestart();
    void counterBackwardsLosesOneRate();
    void interfaceCountersWrapAt32Bits();
    void vanishedGuestStartsOver();
    void hostRates();
    void ringKeepsNewestAndBoundsMemory();
    void historyPointsGapsAndSums();
    void historyBucketsForLongRanges();
    void statsHistorySignalsOnlyChangedSparklines();
    void statsHistoryGapWhenGuestStops();
    void memoryBoundPerDomain();
    void samplesTestDriver();
};

using namespace TestUtil;

namespace {
constexpr qint64 kSecond = 1000000000;

DomainCounters counters(qint64 atSec, qint64 cpuNs, int id = 1)
{
    DomainCounters c;
    c.uuid = QStringLiteral("u1");
    c.id = id;
    c.clockNs = atSec * kSecond;
    c.cpuNs = cpuNs;
    c.vcpus = 2;
    c.balloonKiB = 1048576;
    c.unusedKiB = 262144;
    c.rssKiB = 900000;
    return c;
}
} // namespace

void tst_Stats::cpuDiskAndNetworkRates()
{
    RateCalculator calc;
    DomainCounters a = counters(10, 0);
    a.disks = {{QStringLiteral("vda"), 1000, 2000, 10, 20}, {QStringLiteral("sda"), 0, 0, 0, 0}};
    a.nets = {{QStringLiteral("vnet0"), 5000, 7000}};
    calc.domain(a, 100, 4);
    DomainCounters b = counters(12, kSecond * 2); // 2 s later: 1 CPU second per second
    b.disks = {{QStringLiteral("vda"), 1000 + 4000000, 2000 + 1000, 10 + 200, 20 + 2}, {QStringLiteral("sda"), 0, 0, 0, 0}};
    b.nets = {{QStringLiteral("vnet0"), 5000 + 2000, 7000 + 600}};
    const DomainRates r = calc.domain(b, 102, 4);
    QCOMPARE(r.uuid, QStringLiteral("u1"));
    QCOMPARE(r.time, 102.0);
    QCOMPARE(r.cpuPercent, 50.0);     // one of two vCPUs busy
    QCOMPARE(r.cpuHostPercent, 25.0); // one of four host CPUs
    QCOMPARE(r.balloonKiB, 1048576.0);
    QCOMPARE(r.memoryKiB, 1048576.0 - 262144.0);
    QCOMPARE(r.rssKiB, 900000.0);
    QCOMPARE(r.disks.size(), 2);
    QCOMPARE(r.disks[0].name, QStringLiteral("vda"));
    QCOMPARE(r.disks[0].readBytesPerSec, 2000000.0);
    QCOMPARE(r.disks[0].writeBytesPerSec, 500.0);
    QCOMPARE(r.disks[0].readIops, 100.0);
    QCOMPARE(r.disks[0].writeIops, 1.0);
    QCOMPARE(r.disks[1].readBytesPerSec, 0.0);
    QCOMPARE(r.diskBytesPerSec(), 2000500.0);
    QCOMPARE(r.nets[0].rxBytesPerSec, 1000.0);
    QCOMPARE(r.nets[0].txBytesPerSec, 300.0);
    QCOMPARE(r.netBytesPerSec(), 1300.0);
}

void tst_Stats::firstTickIsABaseline()
{
    RateCalculator calc;
    DomainCounters a = counters(10, 5 * kSecond);
    a.disks = {{QStringLiteral("vda"), 1, 2, 3, 4}};
    const DomainRates r = calc.domain(a, 100, 1);
    QCOMPARE(r.cpuPercent, -1.0);
    QCOMPARE(r.disks.size(), 1); // the devices are known, their rates not yet
    QCOMPARE(r.disks[0].readBytesPerSec, -1.0);
    QCOMPARE(r.diskBytesPerSec(), -1.0);
    QCOMPARE(r.memoryKiB, 1048576.0 - 262144.0); // a level: known at once
}

void tst_Stats::restartGivesNoSpike()
{
    RateCalculator calc;
    calc.domain(counters(10, 100 * kSecond, 7), 100, 1);
    QCOMPARE(calc.domain(counters(11, 101 * kSecond, 7), 101, 1).cpuPercent, 50.0);
    // Restarted: a new id, and a CPU time that happens to be larger.
    QCOMPARE(calc.domain(counters(12, 300 * kSecond, 8), 102, 1).cpuPercent, -1.0);
    QCOMPARE(calc.domain(counters(13, 300 * kSecond + kSecond / 2, 8), 103, 1).cpuPercent, 25.0);
}

void tst_Stats::cpuTimeBackwardsIsARestart()
{
    RateCalculator calc;
    DomainCounters a = counters(10, 100 * kSecond, -1);
    a.disks = {{QStringLiteral("vda"), 1000000, 0, 100, 0}};
    calc.domain(a, 100, 1);
    DomainCounters b = counters(11, kSecond / 10, -1); // the driver gives no id; the time fell
    b.disks = {{QStringLiteral("vda"), 10, 0, 1, 0}};
    const DomainRates r = calc.domain(b, 101, 1);
    QCOMPARE(r.cpuPercent, -1.0);
    QCOMPARE(r.disks[0].readBytesPerSec, -1.0);
    DomainCounters c = counters(12, kSecond / 10 + kSecond, -1);
    c.disks = {{QStringLiteral("vda"), 1010, 0, 2, 0}};
    const DomainRates r2 = calc.domain(c, 102, 1);
    QCOMPARE(r2.cpuPercent, 50.0);
    QCOMPARE(r2.disks[0].readBytesPerSec, 1000.0);
}

void tst_Stats::counterBackwardsLosesOneRate()
{
    RateCalculator calc;
    DomainCounters a = counters(10, 0);
    a.disks = {{QStringLiteral("vda"), 5000, 5000, 50, 50}};
    calc.domain(a, 100, 1);
    DomainCounters b = counters(11, kSecond);
    b.disks = {{QStringLiteral("vda"), 100, 6000, 1, 60}}; // reads went back (disk replugged)
    const DomainRates r = calc.domain(b, 101, 1);
    QCOMPARE(r.disks[0].readBytesPerSec, -1.0);
    QCOMPARE(r.disks[0].readIops, -1.0);
    QCOMPARE(r.disks[0].writeBytesPerSec, 1000.0);
    QCOMPARE(r.disks[0].writeIops, 10.0);
    QCOMPARE(r.cpuPercent, 50.0);
    // A disk that appears has no rate on its first tick.
    DomainCounters c = counters(12, 2 * kSecond);
    c.disks = {{QStringLiteral("vda"), 200, 7000, 2, 70}, {QStringLiteral("vdb"), 99999, 0, 9, 0}};
    const DomainRates r2 = calc.domain(c, 102, 1);
    QCOMPARE(r2.disks[0].readBytesPerSec, 100.0);
    QCOMPARE(r2.disks[1].readBytesPerSec, -1.0);
}

void tst_Stats::interfaceCountersWrapAt32Bits()
{
    QCOMPARE(RateCalculator::delta(4294967000LL, 200, true), 496LL);
    QCOMPARE(RateCalculator::delta(4294967000LL, 200, false), -1LL); // disk counters are 64-bit
    QCOMPARE(RateCalculator::delta(1000, 500, true), -1LL);          // a reset, not a wrap
    QCOMPARE(RateCalculator::delta(5000000000LL, 200, true), -1LL);  // was past 32 bits: 64-bit
    QCOMPARE(RateCalculator::delta(-1, 200, true), -1LL);
    QCOMPARE(RateCalculator::delta(7, 7, true), 0LL);

    RateCalculator calc;
    DomainCounters a = counters(10, 0);
    a.nets = {{QStringLiteral("vnet0"), 4294960000LL, 100}};
    calc.domain(a, 100, 1);
    DomainCounters b = counters(12, 0);
    b.nets = {{QStringLiteral("vnet0"), 2704, 300}}; // passed 2^32 by 9,999 bytes... minus what it had left
    const DomainRates r = calc.domain(b, 102, 1);
    QCOMPARE(r.nets[0].rxBytesPerSec, double(2704 + 4294967296LL - 4294960000LL) / 2);
    QCOMPARE(r.nets[0].txBytesPerSec, 100.0);
}

void tst_Stats::vanishedGuestStartsOver()
{
    RateCalculator calc;
    calc.domain(counters(10, 0), 100, 1);
    QVERIFY(calc.knows(QStringLiteral("u1")));
    calc.forget(QStringLiteral("u1")); // it vanished mid-tick
    QVERIFY(!calc.knows(QStringLiteral("u1")));
    // Back, with counters from a much later moment: a baseline, not a spike.
    QCOMPARE(calc.domain(counters(500, 400 * kSecond), 590, 1).cpuPercent, -1.0);
    QCOMPARE(calc.domain(counters(501, 400 * kSecond + kSecond), 591, 1).cpuPercent, 50.0);
}

void tst_Stats::hostRates()
{
    RateCalculator calc;
    HostCounters a;
    a.clockNs = 0;
    a.cpuBusyNs = 1000;
    a.cpuTotalNs = 4000;
    a.memoryTotalKiB = 16000000;
    a.memoryAvailableKiB = 12000000;
    a.ksmPagesShared = 100;
    a.ksmPagesSharing = 2500;
    a.runningGuests = 3;
    a.cpus = 8;
    const HostRates r1 = calc.host(a, 100);
    QCOMPARE(r1.cpuPercent, -1.0); // a baseline
    QCOMPARE(r1.memoryUsedKiB, 4000000.0);
    QCOMPARE(r1.memoryTotalKiB, 16000000.0);
    QCOMPARE(r1.ksmSharedKiB, 400.0);
    QCOMPARE(r1.ksmSavedKiB, 10000.0);
    QCOMPARE(r1.runningGuests, 3);
    HostCounters b = a;
    b.clockNs = kSecond;
    b.cpuBusyNs = 1000 + 300;
    b.cpuTotalNs = 4000 + 1000;
    QCOMPARE(calc.host(b, 101).cpuPercent, 30.0);
    HostCounters none; // a driver without host figures
    none.clockNs = 2 * kSecond;
    const HostRates r3 = calc.host(none, 102);
    QCOMPARE(r3.cpuPercent, -1.0);
    QCOMPARE(r3.memoryUsedKiB, -1.0);
    QCOMPARE(r3.ksmSavedKiB, -1.0);
}

void tst_Stats::ringKeepsNewestAndBoundsMemory()
{
    SeriesRing ring(1000);
    QCOMPARE(ring.size(), 0);
    QVERIFY(std::isnan(ring.last()));
    ring.push(1);
    QVERIFY(ring.bytes() < 1000 * qint64(sizeof(float))); // grows with use
    for (int i = 2; i <= 5000; ++i)
        ring.push(float(i));
    QCOMPARE(ring.size(), 1000);
    QCOMPARE(ring.at(0), 4001.0f);
    QCOMPARE(ring.last(), 5000.0f);
    QCOMPARE(ring.bytes(), 1000 * qint64(sizeof(float)));
    QCOMPARE(ring.unchangedRun(), 1);
    for (int i = 0; i < 5; ++i)
        ring.push(NAN);
    QCOMPARE(ring.unchangedRun(), 5); // NaN after NaN counts as unchanged
    ring.setCapacity(3);
    QCOMPARE(ring.size(), 3);
    QVERIFY(std::isnan(ring.at(0)));
    ring.push(7);
    QCOMPARE(ring.last(), 7.0f);
    QCOMPARE(ring.size(), 3);
}

void tst_Stats::historyPointsGapsAndSums()
{
    History h(100);
    h.append(1000, {{Metric::Cpu, {}, 10}, {Metric::DiskRead, QStringLiteral("vda"), 100}});
    h.append(1001, {{Metric::Cpu, {}, -1}, {Metric::DiskRead, QStringLiteral("vda"), 200},
                    {Metric::DiskRead, QStringLiteral("vdb"), 50}});
    h.append(1002, {{Metric::Cpu, {}, 30}});
    QCOMPARE(h.size(), 3);
    QCOMPARE(h.firstTime(), 1000.0);
    QCOMPARE(h.lastTime(), 1002.0);
    QCOMPARE(h.devices(Metric::DiskRead), (QStringList{QStringLiteral("vda"), QStringLiteral("vdb")}));
    const QVector<History::Point> cpu = h.points(Metric::Cpu, {}, 0);
    QCOMPARE(cpu.size(), 3);
    QCOMPARE(cpu[0].value, 10.0);
    QVERIFY(std::isnan(cpu[1].value)); // unknown: a gap, not a zero
    QCOMPARE(cpu[2].value, 30.0);
    const QVector<History::Point> disk = h.points(Metric::DiskRead, {}, 1001);
    QCOMPARE(disk.size(), 2);
    QCOMPARE(disk[0].time, 1001.0);
    QCOMPARE(disk[0].value, 250.0); // vda + vdb
    QVERIFY(std::isnan(disk[1].value));
    const QVector<History::Point> vdb = h.points(Metric::DiskRead, QStringLiteral("vdb"), 0);
    QVERIFY(std::isnan(vdb[0].value)); // plugged in later: a gap before
    QCOMPARE(vdb[1].value, 50.0);
    QCOMPARE(h.last(Metric::Cpu), 30.0);
    QCOMPARE(h.recent({Metric::Cpu}, 2).size(), 2);
    QCOMPARE(h.recent({Metric::Cpu}, 2).last(), 30.0f);
    QCOMPARE(h.recent({Metric::DiskRead}, 3)[1], 250.0f);
}

void tst_Stats::historyBucketsForLongRanges()
{
    History h(120, 60, 1440); // two minutes at full resolution, one-minute buckets
    const double start = 60 * 1000; // on a bucket boundary
    for (int i = 0; i < 600; ++i) // ten minutes at 1 s
        h.append(start + i, {{Metric::Cpu, {}, double(i % 60)}});
    QCOMPARE(h.size(), 120);
    QCOMPARE(h.firstTime(), start + 480);
    // Within the ring: full resolution.
    QCOMPARE(h.points(Metric::Cpu, {}, start + 540).size(), 60);
    // Further back: the buckets, then the ticks of the bucket still open.
    const QVector<History::Point> all = h.points(Metric::Cpu, {}, start);
    QCOMPARE(all.size(), 9 + 60); // nine closed minutes, then the open one's ticks
    QCOMPARE(all[9].time, start + 540);
    QCOMPARE(all[0].min, 0.0);
    QCOMPARE(all[0].max, 59.0);
    QCOMPARE(all[0].value, 29.5);
    QCOMPARE(all[0].time, start + 30);
}

void tst_Stats::statsHistorySignalsOnlyChangedSparklines()
{
    StatsHistory history;
    QSignalSpy appended(&history, &StatsHistory::appended);
    auto tick = [&](double t, double cpuA, double cpuB) {
        StatsTick k;
        k.time = t;
        DomainRates a;
        a.uuid = QStringLiteral("a");
        a.time = t;
        a.cpuPercent = cpuA;
        DomainRates b = a;
        b.uuid = QStringLiteral("b");
        b.cpuPercent = cpuB;
        k.domains = {a, b};
        history.append(k);
    };
    const int n = StatsHistory::kSparklineTicks;
    for (int i = 0; i <= n + 1; ++i)
        tick(1000 + i, 5, 7);
    QCOMPARE(appended.size(), n + 2);
    // The sparklines had n + 2 equal values: the last tick changed no picture.
    auto changed = [&] { return appended.last().at(1).value<QSet<QString>>(); };
    QVERIFY(changed().isEmpty());
    QCOMPARE(appended.last().at(0).value<QSet<QString>>().size(), 2);
    tick(2000, 6, 7);
    QCOMPARE(changed(), QSet<QString>{QStringLiteral("a")});
    QCOMPARE(history.latest(QStringLiteral("a")).cpuPercent, 6.0);
    QCOMPARE(history.domain(QStringLiteral("b"))->size(), n + 3);
}

void tst_Stats::statsHistoryGapWhenGuestStops()
{
    StatsHistory history;
    QSignalSpy gone(&history, &StatsHistory::domainGone);
    StatsTick k;
    k.time = 1000;
    DomainRates a;
    a.uuid = QStringLiteral("a");
    a.time = 1000;
    a.cpuPercent = 40;
    k.domains = {a};
    history.append(k);
    StatsTick stop;
    stop.time = 1001;
    stop.gone = {QStringLiteral("a")};
    history.append(stop);
    QCOMPARE(gone.size(), 1);
    QCOMPARE(history.latest(QStringLiteral("a")).cpuPercent, -1.0);
    const QVector<History::Point> p = history.domain(QStringLiteral("a"))->points(Metric::Cpu, {}, 0);
    QCOMPARE(p.size(), 2);
    QVERIFY(std::isnan(p[1].value));
}

void tst_Stats::memoryBoundPerDomain()
{
    StatsSettings s; // 1 s, one hour
    const qint64 bound = StatsHistory::bytesPerDomain(s, 1, 1);
    QVERIFY2(bound < 400 * 1024, qPrintable(QString::number(bound)));
    // A day of ticks at 1 s for a guest with one disk and one interface.
    StatsHistory history;
    history.setSettings(s);
    for (int i = 0; i < 24 * 3600; i += 1) {
        StatsTick k;
        k.time = 1e9 + i;
        DomainRates r;
        r.uuid = QStringLiteral("a");
        r.time = k.time;
        r.cpuPercent = i % 100;
        r.disks = {{QStringLiteral("vda"), 1, 2, 3, 4}};
        r.nets = {{QStringLiteral("vnet0"), 5, 6}};
        k.domains = {r};
        history.append(k);
    }
    const qint64 used = history.domain(QStringLiteral("a"))->bytes();
    // The bound counts the values; each series' own bookkeeping adds a few hundred bytes.
    QVERIFY2(used <= bound + 8192, qPrintable(QStringLiteral("%1 > %2").arg(used).arg(bound)));
    QVERIFY(used > bound / 2);
}

void tst_Stats::samplesTestDriver()
{
    Connection c(QStringLiteral("test:///default"));
    StatsSettings s;
    s.intervalMs = StatsSettings::kMinIntervalMs;
    c.setStatsSettings(s);
    QSignalSpy ticks(&c, &Connection::statsTicked);
    c.open();
    QTRY_COMPARE(c.state(), ConnectionState::Connected);
    // The test driver has no bulk counters: each domain is asked; its disk and
    // interface counters grow with time, so the second tick has rates.
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 2, 10000);
    const StatsTick tick = ticks.last().at(0).value<StatsTick>();
    QCOMPARE(tick.domains.size(), 1);
    const DomainRates &r = tick.domains.first();
    QVERIFY(r.cpuPercent >= 0);
    QVERIFY(r.memoryKiB > 0);
    QCOMPARE(r.disks.size(), 1);
    QCOMPARE(r.disks.first().name, QStringLiteral("vda"));
    QVERIFY(r.disks.first().readBytesPerSec > 0);
    QCOMPARE(r.nets.size(), 1);
    QVERIFY(r.nets.first().rxBytesPerSec > 0);
    QCOMPARE(tick.host.runningGuests, 1);
    QVERIFY(tick.host.memoryTotalKiB < 0); // the test driver has no host memory figures
    const History *h = c.statsHistory()->domain(r.uuid);
    QVERIFY(h);
    QVERIFY(h->size() >= 2);

    // Metrics switched off are not read.
    s.metrics = StatsSettings::Cpu;
    c.setStatsSettings(s);
    ticks.clear();
    QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 1, 10000);
    const StatsTick cpuOnly = ticks.last().at(0).value<StatsTick>();
    QVERIFY(cpuOnly.domains.first().disks.isEmpty());
    QCOMPARE(cpuOnly.host.time, 0.0);

    // The guest stops: the next tick says it is gone.
    ticks.clear();
    QVERIFY(await(c.perform(r.uuid, DomainAction::ForceOff)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(ticks.cbegin(), ticks.cend(), [&](const QList<QVariant> &t) {
                                 return t.at(0).value<StatsTick>().gone.contains(r.uuid);
                             }), 10000);
}

QTEST_GUILESS_MAIN(tst_Stats)
#include "tst_stats.moc"
