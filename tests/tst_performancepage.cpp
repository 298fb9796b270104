#include "performancepage.h"
#include "statshistory.h"

#include <QLabel>
#include <QMouseEvent>
#include <QtTest>

#include <qcustomplot.h>

#include <cmath>

// The VM window's Performance page on a StatsHistory fed with synthetic
// ticks at fixed times.
class tst_PerformancePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void axisRangeFollowsTheChoice_data();
    void axisRangeFollowsTheChoice();
    void rateUnitFromTheVisibleMaximum();
    void oneLegendEntryPerDeviceAndDirection();
    void hoverReadOutShowsTimeAndValues();
    void dayViewUsesBuckets();
    void gapsBreakTheLine();
    void noReplotWhileHidden();
    void messageWithoutData();
};

namespace {
constexpr double kStart = 1700000000; // 2023-11-14, a fixed time
const QString kUuid = QStringLiteral("c7a5fdbd-cdaf-9455-926a-d65c16db1809");

struct Device
{
    QString name;
    double a; // read or received
    double b; // written or sent
};

StatsTick tick(double time, double cpu, const QVector<Device> &disks = {{QStringLiteral("vda"), 1000, 2000}},
               const QVector<Device> &nets = {{QStringLiteral("vnet0"), 300, 400}}, const QString &uuid = kUuid)
{
    StatsTick t;
    t.time = time;
    DomainRates r;
    r.uuid = uuid;
    r.time = time;
    r.cpuPercent = cpu;
    r.cpuHostPercent = cpu / 4;
    r.memoryKiB = 512 * 1024;
    r.balloonKiB = 1024 * 1024;
    r.rssKiB = 700 * 1024;
    for (const Device &d : disks)
        r.disks.append({d.name, d.a, d.b, 1, 1});
    for (const Device &n : nets)
        r.nets.append({n.name, n.a, n.b});
    t.domains.append(r);
    t.host.time = time;
    t.host.cpuPercent = 10;
    return t;
}

void feed(StatsHistory &history, int ticks, double start = kStart)
{
    for (int i = 0; i < ticks; ++i)
        history.append(tick(start + i, i % 100));
}

QStringList legendNames(QCustomPlot *plot)
{
    QStringList names;
    for (int i = 0; i < plot->legend->itemCount(); ++i) {
        if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(i)))
            names << item->plottable()->name();
    }
    return names;
}
} // namespace

void tst_PerformancePage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_PerformancePage::axisRangeFollowsTheChoice_data()
{
    QTest::addColumn<int>("range");
    QTest::addColumn<double>("seconds");
    QTest::newRow("1 min") << int(StatsRange::LastMinute) << 60.0;
    QTest::newRow("10 min") << int(StatsRange::Last10Minutes) << 600.0;
    QTest::newRow("1 h") << int(StatsRange::LastHour) << 3600.0;
    QTest::newRow("24 h") << int(StatsRange::Last24Hours) << 86400.0;
}

void tst_PerformancePage::axisRangeFollowsTheChoice()
{
    QFETCH(int, range);
    QFETCH(double, seconds);
    StatsHistory history;
    feed(history, 120);
    PerformancePage page(&history, kUuid);
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setRange(StatsRange(range));
    const double last = kStart + 119;
    for (int g = 0; g < PerformancePage::GraphCount; ++g) {
        const QCPRange r = page.plot(PerformancePage::Graph(g))->customPlot()->xAxis->range();
        QCOMPARE(r.upper, last);
        QCOMPARE(r.lower, last - seconds);
    }
    QVERIFY(dynamic_cast<QCPAxisTickerDateTime *>(page.plot(PerformancePage::CpuGraph)->customPlot()->xAxis->ticker().data()));
}

void tst_PerformancePage::rateUnitFromTheVisibleMaximum()
{
    StatsHistory history;
    for (int i = 0; i < 10; ++i)
        history.append(tick(kStart + i, 5, {{QStringLiteral("vda"), 2500000, 1000}}, {{QStringLiteral("vnet0"), 800, 900}}));
    PerformancePage page(&history, kUuid);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StatsPlot *disk = page.plot(PerformancePage::DiskGraph);
    QCOMPARE(disk->scale().unit(), QStringLiteral("MB/s"));
    QCOMPARE(disk->customPlot()->yAxis->label(), QStringLiteral("MB/s"));
    // The axis holds the figures in that unit, and the read-out writes them so.
    QCOMPARE(disk->graph(0)->data()->at(0)->value, 2.5);
    QVERIFY2(disk->readOut().contains(QStringLiteral("vda read: 2.5 MB/s")), qPrintable(disk->readOut()));
    QVERIFY2(disk->readOut().contains(QStringLiteral("vda write: 0 MB/s")), qPrintable(disk->readOut()));
    StatsPlot *net = page.plot(PerformancePage::NetworkGraph);
    QCOMPARE(net->scale().unit(), QStringLiteral("B/s"));
    StatsPlot *memory = page.plot(PerformancePage::MemoryGraph);
    QCOMPARE(memory->scale().unit(), QStringLiteral("GiB")); // the balloon: 1 GiB
    QCOMPARE(page.plot(PerformancePage::CpuGraph)->scale().unit(), QStringLiteral("%"));
    QCOMPARE(UnitScale::formatRate(999), QStringLiteral("999 B/s"));
    QCOMPARE(UnitScale::formatRate(1500), QStringLiteral("1.5 kB/s"));
    QCOMPARE(UnitScale::formatRate(3.2e9), QStringLiteral("3.2 GB/s"));
    QCOMPARE(UnitScale::formatMemory(512 * 1024), QStringLiteral("512 MiB"));
}

void tst_PerformancePage::oneLegendEntryPerDeviceAndDirection()
{
    StatsHistory history;
    const QVector<Device> disks{{QStringLiteral("vda"), 1, 2}, {QStringLiteral("sdb"), 3, 4}};
    const QVector<Device> nets{{QStringLiteral("vnet0"), 1, 2}, {QStringLiteral("vnet3"), 3, 4}, {QStringLiteral("macvtap0"), 5, 6}};
    for (int i = 0; i < 5; ++i)
        history.append(tick(kStart + i, 5, disks, nets));
    PerformancePage page(&history, kUuid);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(legendNames(page.plot(PerformancePage::DiskGraph)->customPlot()),
             (QStringList{"vda read", "vda write", "sdb read", "sdb write"}));
    QCOMPARE(legendNames(page.plot(PerformancePage::NetworkGraph)->customPlot()),
             (QStringList{"vnet0 received", "vnet0 sent", "vnet3 received", "vnet3 sent", "macvtap0 received", "macvtap0 sent"}));
    QCOMPARE(legendNames(page.plot(PerformancePage::CpuGraph)->customPlot()).size(), 2);
    QCOMPARE(legendNames(page.plot(PerformancePage::MemoryGraph)->customPlot()).size(), 3);
    // Each plot has an accessible name.
    for (int g = 0; g < PerformancePage::GraphCount; ++g)
        QVERIFY(!page.plot(PerformancePage::Graph(g))->customPlot()->accessibleName().isEmpty());
}

void tst_PerformancePage::hoverReadOutShowsTimeAndValues()
{
    StatsHistory history;
    feed(history, 60);
    PerformancePage page(&history, kUuid);
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StatsPlot *cpu = page.plot(PerformancePage::CpuGraph);
    QCustomPlot *plot = cpu->customPlot();
    plot->replot(); // lay the axes out now
    // Not hovering: the newest values.
    QVERIFY2(cpu->readOut().contains(QStringLiteral("59 %")), qPrintable(cpu->readOut()));

    const double at = kStart + 20; // CPU 20 %, host share 5 %
    const QPointF pos(plot->xAxis->coordToPixel(at), plot->axisRect()->center().y());
    QMouseEvent move(QEvent::MouseMove, pos, plot->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(plot, &move);
    const QString clock = QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(at)).time(), QStringLiteral("h:mm:ss AP"));
    const QString text = cpu->readOut();
    QVERIFY2(text.startsWith(clock), qPrintable(text + " / " + clock));
    QVERIFY2(text.contains(QStringLiteral("Its vCPUs: 20 %")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Share of the host: 5 %")), qPrintable(text));
    auto *label = cpu->findChild<QLabel *>(QStringLiteral("readOut"));
    QVERIFY(label);
    QCOMPARE(label->text(), text);

    // Leaving the plot shows the newest values again.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(plot, &leave);
    QVERIFY(cpu->readOut().contains(QStringLiteral("59 %")));
}

void tst_PerformancePage::dayViewUsesBuckets()
{
    StatsHistory history;
    StatsSettings s;
    s.historySeconds = 900; // a ring of 900 ticks: the rest lives in buckets
    history.setSettings(s);
    feed(history, 1800, std::floor(kStart / 60) * 60);
    PerformancePage page(&history, kUuid);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    StatsPlot *cpu = page.plot(PerformancePage::CpuGraph);

    page.setRange(StatsRange::Last10Minutes);
    QVERIFY(!cpu->usesBuckets());
    QCOMPARE(cpu->graph(0)->dataCount(), 601);
    QCOMPARE(cpu->bandGraph(0)->dataCount(), 0);

    page.setRange(StatsRange::Last24Hours);
    QVERIFY(cpu->usesBuckets());
    // 29 closed minutes and the ticks of the one filling: far fewer points.
    QVERIFY2(cpu->graph(0)->dataCount() < 100, QByteArray::number(cpu->graph(0)->dataCount()));
    QCOMPARE(cpu->bandGraph(0)->dataCount(), cpu->graph(0)->dataCount());
    // A minute of CPU 0..59 %: average 29.5, the band from 0 to 59.
    const auto first = cpu->graph(0)->data()->at(0);
    QCOMPARE(first->value, 29.5);
    QCOMPARE(cpu->bandGraph(0)->data()->at(0)->value, 59.0);
    QCOMPARE(cpu->bandGraph(0)->channelFillGraph()->data()->at(0)->value, 0.0);
    QCOMPARE(cpu->customPlot()->xAxis->range().size(), 86400.0);
}

void tst_PerformancePage::gapsBreakTheLine()
{
    StatsHistory history;
    feed(history, 10);
    StatsTick t = tick(kStart + 10, -1); // CPU not known at this tick
    history.append(t);
    history.append(tick(kStart + 11, 30));
    PerformancePage page(&history, kUuid);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCPGraph *g = page.plot(PerformancePage::CpuGraph)->graph(0);
    QCOMPARE(g->dataCount(), 12);
    QVERIFY(std::isnan(g->data()->at(10)->value));
    QCOMPARE(g->data()->at(11)->value, 30.0);
}

void tst_PerformancePage::noReplotWhileHidden()
{
    StatsHistory history;
    feed(history, 10);
    QWidget window;
    auto *page = new PerformancePage(&history, kUuid, &window);
    window.resize(900, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StatsPlot *cpu = page->plot(PerformancePage::CpuGraph);
    QCustomPlot *plot = cpu->customPlot();
    QSignalSpy replots(plot, &QCustomPlot::afterReplot);
    QTest::qWait(100); // the first replot, and the one a resize queues
    QCOMPARE(cpu->graph(0)->dataCount(), 10);
    replots.clear();

    // A tick of another guest: nothing to draw.
    history.append(tick(kStart + 10, 10, {}, {}, QStringLiteral("other")));
    QTest::qWait(50);
    QCOMPARE(replots.count(), 0);

    // This guest's tick: one replot.
    history.append(tick(kStart + 11, 10));
    QTRY_COMPARE(replots.count(), 1);
    QTest::qWait(50);
    QCOMPARE(replots.count(), 1);

    // Hidden (another tab): ticks only mark the page out of date.
    page->hide();
    replots.clear();
    for (int i = 12; i < 20; ++i)
        history.append(tick(kStart + i, 10));
    QTest::qWait(100);
    QCOMPARE(replots.count(), 0);
    QCOMPARE(cpu->graph(0)->dataCount(), 11); // as last shown

    // Shown again: it catches up at once, with one replot.
    page->show();
    QTRY_COMPARE(replots.count(), 1);
    QCOMPARE(cpu->graph(0)->dataCount(), 19);
}

void tst_PerformancePage::messageWithoutData()
{
    StatsHistory history;
    PerformancePage page(&history, kUuid);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.message(), QStringLiteral("Statistics appear while the virtual machine runs."));
    auto *label = page.findChild<QLabel *>(QStringLiteral("performanceMessage"));
    QVERIFY(label && label->isVisible());
    QVERIFY(!page.plot(PerformancePage::CpuGraph)->isVisible());

    feed(history, 5);
    QCOMPARE(page.message(), QString());
    QVERIFY(page.plot(PerformancePage::CpuGraph)->isVisible());

    // The guest stops.
    StatsTick gone;
    gone.time = kStart + 5;
    gone.gone = {kUuid};
    history.append(gone);
    QCOMPARE(page.message(), QStringLiteral("Statistics appear while the virtual machine runs."));

    // Memory the driver does not report: the memory graph says so.
    StatsHistory noMemory;
    for (int i = 0; i < 5; ++i) {
        StatsTick t = tick(kStart + i, 10);
        t.domains[0].memoryKiB = t.domains[0].balloonKiB = t.domains[0].rssKiB = -1;
        noMemory.append(t);
    }
    PerformancePage page2(&noMemory, kUuid);
    page2.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page2));
    QVERIFY(page2.plot(PerformancePage::MemoryGraph)->isShowingMessage());
    QVERIFY(page2.plot(PerformancePage::MemoryGraph)->message().contains(QStringLiteral("not available")));
    QVERIFY(!page2.plot(PerformancePage::CpuGraph)->isShowingMessage());
}

QTEST_MAIN(tst_PerformancePage)
#include "tst_performancepage.moc"
