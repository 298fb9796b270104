#include "guestusagemodel.h"
#include "hostoverview.h"
#include "statshistory.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

#include <qcustomplot.h>

// The host's Summary overview: graphs of StatsHistory::host() and the table
// of running guests, on synthetic ticks.
class tst_HostOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelFollowsTicks();
    void onlyChangedCellsAreSignalled();
    void tableSortsByCpuThenByHeader();
    void selectionSurvivesUpdates();
    void doubleClickRequestsTheWindow();
    void missingHostFiguresSayNotAvailable();
};

namespace {
constexpr double kStart = 1700000000;

struct Guest
{
    QString uuid;
    double cpu;
    double memoryKiB = 1024 * 1024;
    double disk = 1000;
    double net = 100;
};

StatsTick tick(double time, const QVector<Guest> &guests, bool hostMemory = true)
{
    StatsTick t;
    t.time = time;
    for (const Guest &g : guests) {
        DomainRates r;
        r.uuid = g.uuid;
        r.time = time;
        r.cpuPercent = g.cpu;
        r.memoryKiB = g.memoryKiB;
        r.disks.append({QStringLiteral("vda"), g.disk, 0, 0, 0});
        r.nets.append({QStringLiteral("vnet0"), g.net, 0});
        t.domains.append(r);
    }
    t.host.time = time;
    t.host.cpuPercent = 25;
    t.host.runningGuests = int(guests.size());
    if (hostMemory) {
        t.host.memoryTotalKiB = 16.0 * 1024 * 1024;
        t.host.memoryUsedKiB = 6.0 * 1024 * 1024;
        t.host.ksmSharedKiB = 100 * 1024;
        t.host.ksmSavedKiB = 900 * 1024;
    }
    return t;
}

QStringList column(const QAbstractItemModel *model, int c)
{
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, c).data().toString();
    return out;
}

const QVector<Guest> kGuests{{QStringLiteral("alpha"), 10}, {QStringLiteral("bravo"), 50}, {QStringLiteral("charlie"), 30}};
} // namespace

void tst_HostOverview::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_HostOverview::modelFollowsTicks()
{
    StatsHistory history;
    GuestUsageModel model(&history);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    history.append(tick(kStart, kGuests));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(model.rowOf("bravo"), GuestUsageModel::CpuColumn).data().toString(), QStringLiteral("50 %"));
    QCOMPARE(model.index(0, GuestUsageModel::MemoryColumn).data().toString(), QStringLiteral("1 GiB"));
    QCOMPARE(model.index(0, GuestUsageModel::DiskColumn).data().toString(), QStringLiteral("1 kB/s"));
    QCOMPARE(model.index(0, GuestUsageModel::NetworkColumn).data().toString(), QStringLiteral("100 B/s"));
    QCOMPARE(model.index(0, GuestUsageModel::CpuColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
    // One stops, one starts.
    StatsTick t = tick(kStart + 1, {{QStringLiteral("alpha"), 12}, {QStringLiteral("delta"), 70}});
    t.gone = {QStringLiteral("bravo"), QStringLiteral("charlie")};
    history.append(t);
    QCOMPARE(column(&model, GuestUsageModel::NameColumn), (QStringList{"alpha", "delta"}));
    // Names from the lookup when there is one.
    model.setNameLookup([](const QString &uuid) { return uuid == QLatin1String("delta") ? QStringLiteral("Delta VM") : QString(); });
    QCOMPARE(column(&model, GuestUsageModel::NameColumn), (QStringList{"alpha", "Delta VM"}));
}

void tst_HostOverview::onlyChangedCellsAreSignalled()
{
    StatsHistory history;
    GuestUsageModel model(&history);
    history.append(tick(kStart, kGuests));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Only charlie's CPU moves; bravo's moves by less than its text shows.
    history.append(tick(kStart + 1, {{QStringLiteral("alpha"), 10}, {QStringLiteral("bravo"), 50.01}, {QStringLiteral("charlie"), 31}}));
    QCOMPARE(changed.count(), 1);
    const QModelIndex tl = changed.at(0).at(0).toModelIndex();
    const QModelIndex br = changed.at(0).at(1).toModelIndex();
    QCOMPARE(tl, br);
    QCOMPARE(tl.row(), model.rowOf("charlie"));
    QCOMPARE(tl.column(), int(GuestUsageModel::CpuColumn));
    // CPU and network of alpha: two signals, the cells between untouched.
    changed.clear();
    Guest a{QStringLiteral("alpha"), 11};
    a.net = 5000;
    history.append(tick(kStart + 2, {a, {QStringLiteral("bravo"), 50.01}, {QStringLiteral("charlie"), 31}}));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(GuestUsageModel::CpuColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(GuestUsageModel::CpuColumn));
    QCOMPARE(changed.at(1).at(0).toModelIndex().column(), int(GuestUsageModel::NetworkColumn));
    // Nothing moves: nothing is signalled.
    changed.clear();
    history.append(tick(kStart + 3, {a, {QStringLiteral("bravo"), 50.01}, {QStringLiteral("charlie"), 31}}));
    QCOMPARE(changed.count(), 0);
}

void tst_HostOverview::tableSortsByCpuThenByHeader()
{
    StatsHistory history;
    history.append(tick(kStart, kGuests));
    HostOverview overview(&history, nullptr);
    overview.resize(900, 600);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    QAbstractItemModelTester tester(overview.sortedGuests(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QAbstractItemModel *shown = overview.guestTable()->model();
    QCOMPARE(column(shown, GuestUsageModel::NameColumn), (QStringList{"bravo", "charlie", "alpha"}));

    // A click on the Name header sorts by name.
    QHeaderView *header = overview.guestTable()->horizontalHeader();
    const QPoint nameHeader(header->sectionViewportPosition(GuestUsageModel::NameColumn) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QCOMPARE(column(shown, GuestUsageModel::NameColumn), (QStringList{"alpha", "bravo", "charlie"}));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QCOMPARE(column(shown, GuestUsageModel::NameColumn), (QStringList{"charlie", "bravo", "alpha"}));

    // By memory: numbers, not text ("900 MiB" is less than "1 GiB").
    StatsTick t = tick(kStart + 1, {{QStringLiteral("alpha"), 10, 900 * 1024}, {QStringLiteral("bravo"), 50, 2 * 1024 * 1024},
                                    {QStringLiteral("charlie"), 30, 1024 * 1024}});
    history.append(t);
    overview.guestTable()->sortByColumn(GuestUsageModel::MemoryColumn, Qt::AscendingOrder);
    QCOMPARE(column(shown, GuestUsageModel::NameColumn), (QStringList{"alpha", "charlie", "bravo"}));
    // The order follows new figures.
    history.append(tick(kStart + 2, {{QStringLiteral("alpha"), 10, 4 * 1024 * 1024}, {QStringLiteral("bravo"), 50, 2 * 1024 * 1024},
                                     {QStringLiteral("charlie"), 30, 1024 * 1024}}));
    QCOMPARE(column(shown, GuestUsageModel::NameColumn), (QStringList{"charlie", "bravo", "alpha"}));
}

void tst_HostOverview::selectionSurvivesUpdates()
{
    StatsHistory history;
    history.append(tick(kStart, kGuests));
    HostOverview overview(&history, nullptr);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    QTableView *table = overview.guestTable();
    const QAbstractItemModel *shown = table->model();
    // Select charlie (second by CPU).
    const QModelIndex charlie = shown->index(1, GuestUsageModel::NameColumn);
    QCOMPARE(charlie.data().toString(), QStringLiteral("charlie"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(charlie).center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);

    // Charlie climbs to the top, a guest joins: the selection stays on charlie.
    history.append(tick(kStart + 1, {{QStringLiteral("alpha"), 10}, {QStringLiteral("bravo"), 50}, {QStringLiteral("charlie"), 90},
                                     {QStringLiteral("delta"), 20}}));
    QCOMPARE(column(shown, GuestUsageModel::NameColumn), (QStringList{"charlie", "bravo", "delta", "alpha"}));
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("charlie"));
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(GuestUsageModel::CpuColumn));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void tst_HostOverview::doubleClickRequestsTheWindow()
{
    StatsHistory history;
    history.append(tick(kStart, kGuests));
    HostOverview overview(&history, nullptr);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    QSignalSpy open(&overview, &HostOverview::openDomainRequested);
    QTableView *table = overview.guestTable();
    const QModelIndex alpha = table->model()->index(2, GuestUsageModel::CpuColumn);
    const QPoint at = table->visualRect(alpha).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().toString(), QStringLiteral("alpha"));
    // Return on the current row opens it too.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, GuestUsageModel::NameColumn));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.last().first().toString(), table->model()->index(0, 0).data(GuestUsageModel::UuidRole).toString());
}

void tst_HostOverview::missingHostFiguresSayNotAvailable()
{
    StatsHistory history;
    HostOverview overview(&history, nullptr);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    // No tick yet.
    QVERIFY(overview.plot(HostOverview::CpuGraph)->isShowingMessage());
    // The test driver: CPU, no memory, no KSM.
    for (int i = 0; i < 5; ++i)
        history.append(tick(kStart + i, kGuests, false));
    QVERIFY(!overview.plot(HostOverview::CpuGraph)->isShowingMessage());
    QCOMPARE(overview.plot(HostOverview::CpuGraph)->graph(0)->dataCount(), 5);
    QCOMPARE(overview.plot(HostOverview::MemoryGraph)->message(), QStringLiteral("Memory figures are not available on this host."));
    QCOMPARE(overview.plot(HostOverview::KsmGraph)->message(), QStringLiteral("KSM figures are not available on this host."));

    // A host with them.
    StatsHistory full;
    for (int i = 0; i < 5; ++i)
        full.append(tick(kStart + i, kGuests, true));
    HostOverview overview2(&full, nullptr);
    overview2.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview2));
    StatsPlot *memory = overview2.plot(HostOverview::MemoryGraph);
    QVERIFY(!memory->isShowingMessage());
    QCOMPARE(memory->scale().unit(), QStringLiteral("GiB"));
    QVERIFY2(memory->readOut().contains(QStringLiteral("Used: 6 GiB")), qPrintable(memory->readOut()));
    QVERIFY2(memory->readOut().contains(QStringLiteral("Total: 16 GiB")), qPrintable(memory->readOut()));
    StatsPlot *ksm = overview2.plot(HostOverview::KsmGraph);
    QVERIFY(!ksm->isShowingMessage());
    QCOMPARE(ksm->scale().unit(), QStringLiteral("MiB"));
    overview2.setRange(StatsRange::LastHour);
    QCOMPARE(ksm->customPlot()->xAxis->range().size(), 3600.0);
}

QTEST_MAIN(tst_HostOverview)
#include "tst_hostoverview.moc"
