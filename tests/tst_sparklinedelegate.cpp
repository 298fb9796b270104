#include "connection.h"
#include "domainlistmodel.h"
#include "sparklinedelegate.h"
#include "testutil.h"

#include <QHeaderView>
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

QTEST_MAIN(tst_SparklineDelegate)
#include "tst_sparklinedelegate.moc"
