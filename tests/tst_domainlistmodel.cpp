#include "connection.h"
#include "domainlistmodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace TestUtil;

class tst_DomainListModel : public QObject
{
    Q_OBJECT

private slots:
    void loadsEveryStateAndScript();
    void columnsAndRoles();
    void mergeKeepsRows();
    void statsAnnounceOnlyChangedCells();
    void greyedWhileDisconnected();
    void sparklineColumns();
    void idleTickRepaintsNothing();
    void sparklineAnnouncesOnlyMovedCells();
    void switchedOffMetricShowsNothing();
};

static DomainInfo info(const QString &uuid, const QString &name, DomainState state = DomainState::Running)
{
    DomainInfo d;
    d.uuid = uuid;
    d.name = name;
    d.state = state;
    d.vcpus = 1;
    d.memoryKiB = d.maxMemoryKiB = 1024;
    return d;
}

void tst_DomainListModel::loadsEveryStateAndScript()
{
    Connection c(dataUri("states.xml"));
    QAbstractItemModelTester tester(c.domainModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openAndLoad(&c));
    DomainListModel *m = c.domainModel();
    QCOMPARE(m->rowCount(), 12);
    const struct { const char *name; DomainState state; } expected[] = {
        {"running-web", DomainState::Running}, {"blocked-db", DomainState::Blocked},
        {"paused-build", DomainState::Paused}, {"shutdown-mail", DomainState::ShuttingDown},
        {"shutoff-win10", DomainState::ShutOff}, {"crashed-legacy", DomainState::Crashed},
        {"pmsuspended-laptop", DomainState::PMSuspended}, {"数据库服务器", DomainState::Running},
        {"テスト仮想マシン", DomainState::ShutOff}, {"한국어-가상머신", DomainState::Paused},
        {"虛擬機-繁體", DomainState::Running}, {"emoji-🚀-vm", DomainState::ShutOff},
    };
    for (const auto &e : expected) {
        const DomainInfo *d = m->find(QString::fromUtf8(e.name));
        QVERIFY2(d, e.name);
        QCOMPARE(d->state, e.state);
    }
    QVERIFY(m->find(QStringLiteral("shutoff-win10"))->hasManagedSave);
    QCOMPARE(m->find(QStringLiteral("数据库服务器"))->title, QStringLiteral("中文名称的虚拟机"));
}

void tst_DomainListModel::columnsAndRoles()
{
    Connection c(dataUri("states.xml"));
    QVERIFY(openAndLoad(&c));
    DomainListModel *m = c.domainModel();
    const int row = m->rowOf(m->find(QStringLiteral("数据库服务器"))->uuid);
    QCOMPARE(m->index(row, DomainListModel::NameColumn).data().toString(), QStringLiteral("数据库服务器 (中文名称的虚拟机)"));
    QCOMPARE(m->index(row, DomainListModel::StateColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(m->index(row, DomainListModel::VcpuColumn).data().toInt(), 4);
    QCOMPARE(m->index(row, DomainListModel::MemoryColumn).data(DomainListModel::SortRole).toULongLong(), 2048ull * 1024);
    QVERIFY(!m->index(row, DomainListModel::NameColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    const int saved = m->rowOf(m->find(QStringLiteral("shutoff-win10"))->uuid);
    QCOMPARE(m->index(saved, DomainListModel::StateColumn).data().toString(), QStringLiteral("Saved"));
    QCOMPARE(m->headerData(DomainListModel::CpuColumn, Qt::Horizontal).toString(), QStringLiteral("CPU usage"));
    QCOMPARE(m->columnCount(), int(DomainListModel::ColumnCount));
}

void tst_DomainListModel::mergeKeepsRows()
{
    Connection c(QStringLiteral("test:///default")); // never opened: the model is fed directly
    DomainListModel *m = c.domainModel();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(m, &DomainListModel::loaded);
    m->setDomains({info(QStringLiteral("a"), QStringLiteral("A")), info(QStringLiteral("b"), QStringLiteral("B")),
                   info(QStringLiteral("c"), QStringLiteral("C")), info(QStringLiteral("d"), QStringLiteral("D"))});
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m->rowCount(), 4);

    QSignalSpy removed(m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m, &QAbstractItemModel::modelReset);
    // Reconnect: b and c gone, d changed, e new. Rows a and d stay where they are.
    m->setDomains({info(QStringLiteral("a"), QStringLiteral("A")), info(QStringLiteral("d"), QStringLiteral("D"), DomainState::Paused),
                   info(QStringLiteral("e"), QStringLiteral("E"))});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1); // one contiguous run
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(removed.first().at(2).toInt(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->rowOf(QStringLiteral("a")), 0);
    QCOMPARE(m->rowOf(QStringLiteral("d")), 1);
    QCOMPARE(m->rowOf(QStringLiteral("e")), 2);
    QCOMPARE(m->domainAt(1).state, DomainState::Paused);

    m->removeDomain(QStringLiteral("a"));
    QCOMPARE(m->rowOf(QStringLiteral("d")), 0);
    m->updateDomain(info(QStringLiteral("f"), QStringLiteral("F")));
    QCOMPARE(m->rowOf(QStringLiteral("f")), 2);
    QCOMPARE(m->find(QStringLiteral("F"))->uuid, QStringLiteral("f"));
}

void tst_DomainListModel::statsAnnounceOnlyChangedCells()
{
    Connection c(QStringLiteral("test:///default"));
    DomainListModel *m = c.domainModel();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<DomainInfo> list;
    for (int i = 0; i < 10; ++i)
        list << info(QString::number(i), QStringLiteral("vm%1").arg(i), i == 5 ? DomainState::ShutOff : DomainState::Running);
    m->setDomains(list);
    const QString memory7 = m->index(7, DomainListModel::MemoryColumn).data().toString();
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    auto cells = [&changed] {
        QSet<QPair<int, int>> result;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex tl = args.at(0).toModelIndex();
            const QModelIndex br = args.at(1).toModelIndex();
            // One cell per signal: a view repaints the whole span it is given.
            if (tl != br)
                return QSet<QPair<int, int>>{{-1, -1}};
            result.insert({tl.row(), tl.column()});
        }
        changed.clear();
        return result;
    };
    m->applyStats({{QStringLiteral("7"), 12.5, 2048}, {QStringLiteral("2"), 50.0, 0}, {QStringLiteral("5"), 99.0, 0},
                   {QStringLiteral("unknown"), 1.0, 0}});
    QSet<QPair<int, int>> expected{{7, DomainListModel::CpuColumn}, {2, DomainListModel::CpuColumn}};
    if (memory7 != m->index(7, DomainListModel::MemoryColumn).data().toString())
        expected.insert({7, DomainListModel::MemoryColumn});
    QCOMPARE(cells(), expected);
    QCOMPARE(m->domainAt(7).cpuPercent, 12.5);
    QCOMPARE(m->domainAt(7).memoryKiB, 2048ull);
    QCOMPARE(m->domainAt(5).cpuPercent, -1.0); // a shut-off domain takes no sample
    QCOMPARE(m->index(2, DomainListModel::CpuColumn).data().toString(), QStringLiteral("50.0 %"));

    // The same figures, or figures that show the same text: nothing to repaint.
    m->applyStats({{QStringLiteral("7"), 12.5, 2048}, {QStringLiteral("2"), 50.04, 0}});
    QVERIFY(cells().isEmpty());
    QCOMPARE(m->domainAt(2).cpuPercent, 50.04); // kept for sorting all the same
    m->applyStats({{QStringLiteral("7"), 12.5, 2048}, {QStringLiteral("2"), 51.0, 0}});
    QCOMPARE(cells(), (QSet<QPair<int, int>>{{2, DomainListModel::CpuColumn}}));
}

void tst_DomainListModel::greyedWhileDisconnected()
{
    Connection c(dataUri("states.xml"));
    QVERIFY(openAndLoad(&c));
    DomainListModel *m = c.domainModel();
    QVERIFY(m->flags(m->index(0, 0)).testFlag(Qt::ItemIsEnabled));
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    c.close();
    QTRY_COMPARE(c.state(), ConnectionState::Disconnected);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m->rowCount(), 12); // the last known list stays
    QVERIFY(!m->flags(m->index(0, 0)).testFlag(Qt::ItemIsEnabled));
}

static DomainRates rates(const QString &uuid, double time, double cpu, double diskRead, double netRx)
{
    DomainRates r;
    r.uuid = uuid;
    r.time = time;
    r.cpuPercent = cpu;
    r.disks = {{QStringLiteral("vda"), diskRead, 1000, 1, 1}};
    r.nets = {{QStringLiteral("vnet0"), netRx, 500}};
    return r;
}

// One tick for every given domain at `time`.
static StatsTick tick(double time, const QVector<DomainRates> &domains)
{
    StatsTick t;
    t.time = time;
    t.domains = domains;
    return t;
}

// The (row, column) cells dataChanged announced, one cell per signal, or {-1, -1}
// for a span of several.
static QSet<QPair<int, int>> takeCells(QSignalSpy &changed)
{
    QSet<QPair<int, int>> result;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex tl = args.at(0).toModelIndex();
        const QModelIndex br = args.at(1).toModelIndex();
        result.insert(tl == br ? QPair<int, int>{tl.row(), tl.column()} : QPair<int, int>{-1, -1});
    }
    changed.clear();
    return result;
}

static QVector<DomainInfo> runningList(int n)
{
    QVector<DomainInfo> list;
    for (int i = 0; i < n; ++i)
        list << info(QString::number(i), QStringLiteral("vm%1").arg(i));
    return list;
}

void tst_DomainListModel::sparklineColumns()
{
    Connection c(QStringLiteral("test:///default")); // never opened: no worker ticks interfere
    DomainListModel *m = c.domainModel();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m->setDomains(runningList(2) << info(QStringLiteral("off"), QStringLiteral("off"), DomainState::ShutOff));
    QCOMPARE(m->headerData(DomainListModel::DiskColumn, Qt::Horizontal).toString(), QStringLiteral("Disk I/O"));
    QCOMPARE(m->headerData(DomainListModel::NetworkColumn, Qt::Horizontal).toString(), QStringLiteral("Network I/O"));
    // Nothing sampled yet: no values, no text.
    QVERIFY(!m->index(0, DomainListModel::CpuColumn).data(DomainListModel::SparklineRole).isValid());
    QCOMPARE(m->index(0, DomainListModel::DiskColumn).data().toString(), QString());

    StatsHistory *h = c.statsHistory();
    h->append(tick(1000, {rates(QStringLiteral("0"), 1000, 10, 1000, 2000), rates(QStringLiteral("1"), 1000, 5, 0, 0)}));
    h->append(tick(1001, {rates(QStringLiteral("0"), 1001, 20, 1'500'000, 2000), rates(QStringLiteral("1"), 1001, 5, 0, 0)}));

    const QVector<float> cpu = m->index(0, DomainListModel::CpuColumn).data(DomainListModel::SparklineRole).value<QVector<float>>();
    QCOMPARE(cpu, (QVector<float>{10, 20}));
    // Disk: read + write of every disk; network: received + sent.
    const QVector<float> disk = m->index(0, DomainListModel::DiskColumn).data(DomainListModel::SparklineRole).value<QVector<float>>();
    QCOMPARE(disk, (QVector<float>{2000, 1'501'000}));
    const QVector<float> net = m->index(0, DomainListModel::NetworkColumn).data(DomainListModel::SparklineRole).value<QVector<float>>();
    QCOMPARE(net, (QVector<float>{2500, 2500}));
    QCOMPARE(m->index(0, DomainListModel::DiskColumn).data().toString(), QStringLiteral("1.5 MB/s"));
    QCOMPARE(m->index(0, DomainListModel::NetworkColumn).data().toString(), QStringLiteral("2.5 kB/s"));
    QCOMPARE(m->index(0, DomainListModel::DiskColumn).data(DomainListModel::SortRole).toDouble(), 1'501'000.0);
    QCOMPARE(m->index(0, DomainListModel::DiskColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Read 1.5 MB/s, written 1 kB/s"));
    // A shut-off domain shows no graph.
    QVERIFY(!m->index(2, DomainListModel::CpuColumn).data(DomainListModel::SparklineRole).isValid());
    QCOMPARE(DomainListModel::formatRate(0), QStringLiteral("0 B/s"));
    QCOMPARE(DomainListModel::formatRate(12'345'678), QStringLiteral("12.3 MB/s"));
}

void tst_DomainListModel::idleTickRepaintsNothing()
{
    Connection c(QStringLiteral("test:///default"));
    DomainListModel *m = c.domainModel();
    m->setDomains(runningList(20));
    StatsHistory *h = c.statsHistory();
    auto all = [](double t, double cpu) {
        QVector<DomainRates> list;
        for (int i = 0; i < 20; ++i)
            list << rates(QString::number(i), t, cpu, 0, 0);
        return list;
    };
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    // While the sparkline fills, every tick moves it.
    double t = 1000;
    for (int i = 0; i <= StatsHistory::kSparklineTicks; ++i, ++t)
        h->append(tick(t, all(t, 3)));
    QVERIFY(!changed.isEmpty());
    changed.clear();
    // Full of the same values: an idle list repaints nothing.
    for (int i = 0; i < 5; ++i, ++t)
        h->append(tick(t, all(t, 3)));
    QCOMPARE(changed.size(), 0);
}

void tst_DomainListModel::sparklineAnnouncesOnlyMovedCells()
{
    Connection c(QStringLiteral("test:///default"));
    DomainListModel *m = c.domainModel();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m->setDomains(runningList(10));
    StatsHistory *h = c.statsHistory();
    double t = 1000;
    auto feed = [&](int busyRow, double busyCpu, int diskRow = -1) {
        QVector<DomainRates> list;
        for (int i = 0; i < 10; ++i)
            list << rates(QString::number(i), t, i == busyRow ? busyCpu : 1, i == diskRow ? 5e6 : 0, 0);
        h->append(tick(t, list));
        ++t;
    };
    for (int i = 0; i <= StatsHistory::kSparklineTicks + 1; ++i)
        feed(-1, 0);
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    feed(7, 42); // only vm7's CPU moves
    // Its text comes with applyStats() (statsSampled); this is the graph alone,
    // which a VM window's CPU graph must not take for a new figure.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{DomainListModel::SparklineRole});
    QCOMPARE(takeCells(changed), (QSet<QPair<int, int>>{{7, DomainListModel::CpuColumn}}));
    const QVector<float> cpu = m->index(7, DomainListModel::CpuColumn).data(DomainListModel::SparklineRole).value<QVector<float>>();
    QCOMPARE(cpu.size(), StatsHistory::kSparklineTicks);
    QCOMPARE(cpu.last(), 42.f);
    QCOMPARE(cpu.at(cpu.size() - 2), 1.f);
    // vm7's CPU back to 1 and vm3's disk busy: vm7's sparkline still holds the
    // peak (it moves along), vm3's disk cell moves; nothing else.
    feed(-1, 0, 3);
    QCOMPARE(takeCells(changed), (QSet<QPair<int, int>>{{7, DomainListModel::CpuColumn}, {3, DomainListModel::DiskColumn}}));
    // A domain that stops: its cells (a gap) and nothing else.
    StatsTick gone = tick(t, {});
    for (int i = 0; i < 10; ++i) {
        if (i != 4)
            gone.domains << rates(QString::number(i), t, 1, 0, 0);
    }
    gone.gone << QStringLiteral("4");
    ++t;
    h->append(gone);
    QCOMPARE(takeCells(changed), (QSet<QPair<int, int>>{{7, DomainListModel::CpuColumn}, {3, DomainListModel::DiskColumn},
                                                        {4, DomainListModel::CpuColumn}, {4, DomainListModel::DiskColumn},
                                                        {4, DomainListModel::NetworkColumn}}));
}

void tst_DomainListModel::switchedOffMetricShowsNothing()
{
    Connection c(QStringLiteral("test:///default"));
    DomainListModel *m = c.domainModel();
    m->setDomains(runningList(2));
    StatsHistory *h = c.statsHistory();
    h->append(tick(1000, {rates(QStringLiteral("0"), 1000, 10, 1000, 2000)}));
    h->append(tick(1001, {rates(QStringLiteral("0"), 1001, 20, 1000, 2000)}));
    m->applyStats({{QStringLiteral("0"), 20, 0}});
    QCOMPARE(m->index(0, DomainListModel::CpuColumn).data().toString(), QStringLiteral("20.0 %"));
    QSignalSpy changed(m, &QAbstractItemModel::dataChanged);
    StatsSettings s;
    s.metrics = StatsSettings::All & ~StatsSettings::Disk & ~StatsSettings::Cpu;
    c.setStatsSettings(s);
    QCOMPARE(changed.size(), 1); // one span over the statistics columns
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(DomainListModel::CpuColumn));
    QCOMPARE(changed.first().at(1).toModelIndex().column(), int(DomainListModel::NetworkColumn));
    QCOMPARE(m->index(0, DomainListModel::DiskColumn).data().toString(), QString());
    QVERIFY(!m->index(0, DomainListModel::DiskColumn).data(DomainListModel::SparklineRole).isValid());
    QCOMPARE(m->index(0, DomainListModel::CpuColumn).data().toString(), QString());
    QVERIFY(!m->index(0, DomainListModel::CpuColumn).data(DomainListModel::SparklineRole).isValid());
    QVERIFY(m->index(0, DomainListModel::NetworkColumn).data(DomainListModel::SparklineRole).isValid());
    // Sampling off: every statistics column is empty.
    s.intervalMs = 0;
    c.setStatsSettings(s);
    QCOMPARE(m->index(0, DomainListModel::NetworkColumn).data().toString(), QString());
    QVERIFY(!m->index(0, DomainListModel::NetworkColumn).data(DomainListModel::SparklineRole).isValid());
}

QTEST_MAIN(tst_DomainListModel)
#include "tst_domainlistmodel.moc"
