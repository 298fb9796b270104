#pragma once

#include "history.h"
#include "units.h"

#include <QColor>
#include <QComboBox>
#include <QVector>
#include <QWidget>

class QCPGraph;
class QCPItemStraightLine;
class QCustomPlot;
class QLabel;
class QMouseEvent;
class QStackedWidget;

// The time ranges the statistics views offer; the last one reads the
// history's one-minute buckets.
enum class StatsRange { LastMinute, Last10Minutes, LastHour, Last24Hours };
double statsRangeSeconds(StatsRange range);

// A combo box of the StatsRange values.
class StatsRangeBox final : public QComboBox
{
    Q_OBJECT

public:
    explicit StatsRangeBox(QWidget *parent = nullptr);
    StatsRange range() const { return StatsRange(currentIndex()); }
    void setRange(StatsRange range) { setCurrentIndex(int(range)); }
    void retranslate();

signals:
    void rangeChanged(StatsRange range);
};

// One graph of a History over a time range: its series as lines (gaps where
// nothing is known), the minimum–maximum of each one-minute bucket as a band
// in the 24-hour view, clock times on the time axis, one unit for the whole
// graph chosen from its largest visible value, and a read-out under it with
// the values at the mouse pointer (the newest values otherwise). Instead of
// the plot it can show a message ("not available").
class StatsPlot final : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        Metric metric;
        QString device;
        QString label; // legend and read-out
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
        bool operator==(const Series &o) const
        {
            return metric == o.metric && device == o.device && label == o.label && color == o.color && style == o.style;
        }
    };

    explicit StatsPlot(UnitScale::Kind kind, QWidget *parent = nullptr);

    // The heading above the plot; also the plot's accessible name.
    void setTitle(const QString &title);
    // What to say when the history holds no figure of these series.
    void setUnavailableText(const QString &text);
    // Legend entries per row.
    void setLegendColumns(int columns);
    // Rebuilds the graphs only when the series differ from the current ones.
    void setSeries(const QVector<Series> &series);
    int seriesCount() const { return int(m_series.size()); }

    // Reads the series from `history` for the range ending at its newest
    // tick and queues one replot.
    void load(const History &history, StatsRange range);
    // Shows `message` instead of the plot (an empty one shows the plot again).
    void showMessage(const QString &message);
    QString message() const;
    bool isShowingMessage() const;

    QCustomPlot *customPlot() const { return m_plot; }
    QCPGraph *graph(int series) const { return m_lines.value(series); }
    QCPGraph *bandGraph(int series) const { return m_bands.value(series).second; }
    UnitScale scale() const { return m_scale; }
    bool usesBuckets() const { return m_buckets; }
    QString readOut() const;
    // The read-out for the time `key` (seconds since the epoch).
    QString readOutAt(double key) const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildGraphs();
    void applyScale();
    void applyTimeFormat();
    // As many time labels as fit the plot's width without touching.
    void fitTimeTicks();
    void hover(QMouseEvent *event);
    void showLatest();
    double valueAt(const QCPGraph *graph, double key, double *found = nullptr) const;

    UnitScale::Kind m_kind;
    UnitScale m_scale;
    QLabel *m_title;
    QStackedWidget *m_stack;
    QCustomPlot *m_plot;
    QLabel *m_message;
    QLabel *m_readOut;
    QCPItemStraightLine *m_cursor = nullptr;
    QVector<Series> m_series;
    QVector<QCPGraph *> m_lines;
    QVector<QPair<QCPGraph *, QCPGraph *>> m_bands; // minimum, maximum (filled to the minimum)
    QString m_unavailable;
    StatsRange m_range = StatsRange::LastMinute;
    double m_from = 0;
    double m_to = 0;
    bool m_buckets = false;
    bool m_hovering = false;
};
