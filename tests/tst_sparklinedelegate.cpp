#include "connection.h"
#include "connectionmanager.h"
#include "connectiontreemodel.h"
#include "domainfilterproxymodel.h"
#include "lifecyclecontroller.h"
#include "vmlistpanel.h"
#include "domainlistmodel.h"
#include "sparklinedelegate.h"
#include "testutil.h"

#include <QHeaderView>
#include <QPaintEvent>
#include <QTest>
#include <QTreeView>

#include <cmath>

using namespace TestUtil;

// The list's sparkline cells: painted from the model's values, under the
// cell's text, without a widget per row.
class tst_SparklineDelegate : public QObject
{
    Q_OBJECT

private slots:
    void paintsTheHistory();
    void idleListRepaintsNothing();
};

// Records the regions a widget paints.
class PaintRecorder : public QObject
{
public:
    QRegion painted;
    int events = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            painted += static_cast<QPaintEvent *>(event)->region();
            ++events;
        }
        return QObject::eventFilter(watched, event);
    }
};

static const QColor kCpuColour(0x35, 0x84, 0xe4);

// Pixels in `rect` of `image` close to the sparkline's hue (its line or its
// translucent area over the base), not text or background.
static int tintedPixels(const QImage &image, const QRect &rect)
{
    int n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.blue() - c.red() > 25 && c.blue() - c.green() > 10)
                ++n;
        }
    }
    return n;
}

void tst_SparklineDelegate::paintsTheHistory()
{
    // The test driver's running guest "test": its CPU figures come each tick.
    Connection c(QStringLiteral("test:///default"));
    StatsSettings fast;
    fast.intervalMs = StatsSettings::kMinIntervalMs;
    c.setStatsSettings(fast);
    DomainListModel *m = c.domainModel();
    QVERIFY(openAndLoad(&c));
    const int row = m->rowOf(m->find(QStringLiteral("test"))->uuid);
    QVERIFY(row >= 0);
    auto sparkline = [&] {
        return m->index(row, DomainListModel::CpuColumn).data(DomainListModel::SparklineRole).value<QVector<float>>();
    };
    QTRY_VERIFY_WITH_TIMEOUT(sparkline().size() >= 3 && std::isfinite(sparkline().last()) && sparkline().last() > 5, 15000);

    QTreeView view;
    view.setRootIsDecorated(false);
    view.setModel(m);
    view.setItemDelegateForColumn(DomainListModel::CpuColumn,
                                  new SparklineDelegate(SparklineDelegate::Scale::Percent, kCpuColour, &view));
    QPalette palette = view.palette();
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    view.setPalette(palette);
    view.header()->resizeSection(DomainListModel::CpuColumn, 120);
    view.resize(900, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QImage image = view.viewport()->grab().toImage();
    const QRect busyCell = view.visualRect(m->index(row, DomainListModel::CpuColumn));
    QVERIFY(busyCell.isValid());
    // The guest's graph covers a part of its cell (its area under the line);
    // a column without the delegate has none.
    QVERIFY2(tintedPixels(image, busyCell) > 10, qPrintable(QString::number(tintedPixels(image, busyCell))));
    QCOMPARE(tintedPixels(image, view.visualRect(m->index(row, DomainListModel::MemoryColumn))), 0);
    // The text stays readable over it: dark pixels in the cell.
    int dark = 0;
    for (int y = busyCell.top(); y <= busyCell.bottom(); ++y) {
        for (int x = busyCell.left(); x <= busyCell.right(); ++x)
            dark += qGray(image.pixel(x, y)) < 80;
    }
    QVERIFY(dark > 10);
    QVERIFY(m->index(row, DomainListModel::CpuColumn).data().toString().endsWith(QLatin1String(" %")));

    // Selected, it is drawn in the highlighted text's colour over the highlight.
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.selectionModel()->select(m->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QImage selected = view.viewport()->grab().toImage();
    QVERIFY(selected.copy(busyCell) != image.copy(busyCell));
}

void tst_SparklineDelegate::idleListRepaintsNothing()
{
    // The whole list as the window has it: tree, filter proxy, delegates.
    ConnectionManager manager;
    Connection *c = manager.add(QStringLiteral("test:///default"), false, false); // never opened: fed below
    QVector<DomainInfo> list;
    for (int i = 0; i < 20; ++i) {
        DomainInfo d;
        d.uuid = QString::number(i);
        d.name = QStringLiteral("vm%1").arg(i, 2, 10, QLatin1Char('0'));
        d.state = DomainState::Running;
        list << d;
    }
    c->domainModel()->setDomains(list);
    double time = 1000;
    auto feed = [&](int busy) {
        StatsTick t;
        t.time = time;
        for (int i = 0; i < 20; ++i) {
            DomainRates r;
            r.uuid = QString::number(i);
            r.time = time;
            r.cpuPercent = i == busy ? 80 : 5;
            r.disks = {{QStringLiteral("vda"), 0, 2000, 0, 1}};
            r.nets = {{QStringLiteral("vnet0"), 100, 100}};
            t.domains << r;
        }
        c->statsHistory()->append(t);
        time += 1;
    };
    QWidget window;
    LifecycleController controller(&window);
    VmListPanel panel(&manager, &controller, &window);
    window.resize(900, 600);
    panel.resize(900, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i <= StatsHistory::kSparklineTicks + 1; ++i)
        feed(-1);
    QTest::qWait(50);

    PaintRecorder recorder;
    QWidget *viewport = panel.view()->viewport();
    viewport->installEventFilter(&recorder);
    for (int i = 0; i < 5; ++i)
        feed(-1);
    QTest::qWait(100);
    QCOMPARE(recorder.events, 0); // idle: not a pixel

    feed(7); // vm07's CPU moves: its CPU cell, nothing else
    QTRY_VERIFY(recorder.events > 0);
    const QModelIndex cell = panel.proxy()->mapFromSource(
        static_cast<ConnectionTreeModel *>(panel.proxy()->sourceModel())->indexOfDomain(c, QStringLiteral("7"), DomainListModel::CpuColumn));
    const QRect rect = panel.view()->visualRect(cell);
    QVERIFY(rect.isValid());
    QVERIFY2(rect.contains(recorder.painted.boundingRect()),
             qPrintable(QStringLiteral("painted %1,%2 %3x%4 beyond the cell %5,%6 %7x%8")
                            .arg(recorder.painted.boundingRect().x()).arg(recorder.painted.boundingRect().y())
                            .arg(recorder.painted.boundingRect().width()).arg(recorder.painted.boundingRect().height())
                            .arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())));
}

QTEST_MAIN(tst_SparklineDelegate)
#include "tst_sparklinedelegate.moc"
