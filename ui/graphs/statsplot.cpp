#include "statsplot.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

double statsRangeSeconds(StatsRange range)
{
    switch (range) {
    case StatsRange::LastMinute: return 60;
    case StatsRange::Last10Minutes: return 600;
    case StatsRange::LastHour: return 3600;
    case StatsRange::Last24Hours: return 24 * 3600;
    }
    return 60;
}

StatsRangeBox::StatsRangeBox(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("statsRange"));
    for (int i = 0; i < 4; ++i)
        addItem(QString());
    retranslate();
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) { emit rangeChanged(StatsRange(index)); });
}

void StatsRangeBox::retranslate()
{
    //: Time range of the performance graphs
    setItemText(int(StatsRange::LastMinute), tr("Last minute"));
    //: Time range of the performance graphs
    setItemText(int(StatsRange::Last10Minutes), tr("Last 10 minutes"));
    //: Time range of the performance graphs
    setItemText(int(StatsRange::LastHour), tr("Last hour"));
    //: Time range of the performance graphs: shows the minimum, average and maximum of each minute
    setItemText(int(StatsRange::Last24Hours), tr("Last 24 hours"));
    //: Accessible name of the combo box that picks the time range of the performance graphs
    setAccessibleName(tr("Time range"));
}

namespace {
// The locale's short time format with seconds ("HH:mm" becomes "HH:mm:ss").
QString withSeconds(QString format)
{
    if (!format.contains(QLatin1String("ss"))) {
        const int at = format.indexOf(QLatin1String("mm"));
        if (at >= 0)
            format.insert(at + 2, QLatin1String(":ss"));
    }
    return format;
}

QString shortTimeFormat()
{
    return QLocale().timeFormat(QLocale::ShortFormat);
}
} // namespace

StatsPlot::StatsPlot(UnitScale::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_scale(UnitScale::forMaximum(kind, 0))
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_plot(new QCustomPlot)
    , m_message(new QLabel)
    , m_readOut(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("title"));
    m_message->setObjectName(QStringLiteral("message"));
    m_readOut->setObjectName(QStringLiteral("readOut"));
    m_plot->setObjectName(QStringLiteral("plot"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(120);
    m_readOut->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOut->setMinimumHeight(m_readOut->fontMetrics().height());
    m_stack->addWidget(m_plot);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_readOut);

    m_plot->setMinimumHeight(150);
    m_plot->setLocale(QLocale());
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_plot->setNotAntialiasedElements(QCP::aeAll); // cheap over ssh -X; crisp lines anyway
    m_plot->setAntialiasedElement(QCP::aePlottables, true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_plot->xAxis->setTickLabelFont(small);
    m_plot->yAxis->setTickLabelFont(small);
    m_plot->yAxis->setLabelFont(small);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerDateTime>::create());
    m_plot->xAxis->ticker()->setTickCount(5);
    m_plot->yAxis->ticker()->setTickCount(4);
    m_plot->yAxis->grid()->setSubGridVisible(false);
    applyTimeFormat();

    // The legend in a row of its own under the axes, so it never hides data.
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(small);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(3);
    m_plot->legend->setIconSize(18, 8);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->plotLayout()->setRowSpacing(0);
    m_plot->legend->setMargins(QMargins(4, 0, 4, 2));

    // The hover line on a layer of its own: moving it redraws only that layer.
    m_plot->addLayer(QStringLiteral("cursor"), nullptr, QCustomPlot::limAbove);
    m_plot->layer(QStringLiteral("cursor"))->setMode(QCPLayer::lmBuffered);
    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setLayer(QStringLiteral("cursor"));
    m_cursor->setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DotLine));
    m_cursor->setVisible(false);
    m_cursor->setSelectable(false);

    applyScale();
}

void StatsPlot::setTitle(const QString &title)
{
    m_title->setText(title);
    m_plot->setAccessibleName(title);
    m_stack->setAccessibleName(title);
}

void StatsPlot::setUnavailableText(const QString &text)
{
    m_unavailable = text;
}

void StatsPlot::setLegendColumns(int columns)
{
    m_plot->legend->setWrap(columns);
}

void StatsPlot::setSeries(const QVector<Series> &series)
{
    if (series == m_series)
        return;
    m_series = series;
    rebuildGraphs();
}

void StatsPlot::rebuildGraphs()
{
    m_plot->clearGraphs();
    m_lines.clear();
    m_bands.clear();
    for (const Series &s : std::as_const(m_series)) {
        // The bands first, so the lines are drawn over them.
        QColor fill = s.color;
        fill.setAlpha(50);
        QCPGraph *lo = m_plot->addGraph();
        QCPGraph *hi = m_plot->addGraph();
        for (QCPGraph *g : {lo, hi}) {
            g->setPen(Qt::NoPen);
            g->removeFromLegend();
            g->setSelectable(QCP::stNone);
        }
        hi->setBrush(fill);
        hi->setChannelFillGraph(lo);
        m_bands.append(qMakePair(lo, hi));
    }
    for (const Series &s : std::as_const(m_series)) {
        QCPGraph *g = m_plot->addGraph();
        g->setName(s.label);
        g->setPen(QPen(s.color, 1.5, s.style));
        g->setSelectable(QCP::stNone);
        m_lines.append(g);
    }
}

void StatsPlot::load(const History &history, StatsRange range)
{
    m_range = range;
    const double to = history.lastTime();
    const double from = to - statsRangeSeconds(range);
    m_from = from;
    m_to = to;
    // While the ring is not full it holds all there is: no need for the
    // coarser buckets (a guest that started 30 s ago has no older data).
    double since = from;
    if (history.size() > 0 && history.size() < history.capacity())
        since = std::max(from, history.firstTime());
    // The same rule History::points() follows: the buckets where the ring
    // does not reach back far enough.
    m_buckets = history.size() > 0 && since < history.firstTime() - 1e-6;
    bool anyKnown = false;
    double maximum = 0;
    QVector<QVector<History::Point>> points;
    points.reserve(m_series.size());
    for (const Series &s : std::as_const(m_series)) {
        points.append(history.points(s.metric, s.device, since));
        for (const History::Point &p : std::as_const(points.last())) {
            if (std::isnan(p.value))
                continue;
            anyKnown = true;
            maximum = std::max(maximum, std::isnan(p.max) ? p.value : std::max(p.value, double(p.max)));
        }
    }
    m_scale = UnitScale::forMaximum(m_kind, maximum);
    const double d = m_scale.divisor();
    for (int i = 0; i < m_series.size(); ++i) {
        const QVector<History::Point> &pts = points.at(i);
        QVector<double> keys, values, mins, maxs;
        keys.reserve(pts.size());
        values.reserve(pts.size());
        for (const History::Point &p : pts) {
            keys.append(p.time);
            values.append(p.value / d); // NaN stays NaN: a gap in the line
            if (m_buckets) {
                mins.append(p.min / d);
                maxs.append(p.max / d);
            }
        }
        m_lines[i]->setData(keys, values, true);
        if (m_buckets) {
            m_bands[i].first->setData(keys, mins, true);
            m_bands[i].second->setData(keys, maxs, true);
        } else {
            m_bands[i].first->data()->clear();
            m_bands[i].second->data()->clear();
        }
    }
    m_plot->xAxis->setRange(from, to);
    if (m_kind == UnitScale::Percent)
        m_plot->yAxis->setRange(0, std::max(100.0, maximum * 1.05));
    else
        m_plot->yAxis->setRange(0, maximum > 0 ? maximum / d * 1.15 : 1);
    applyScale();
    applyTimeFormat();
    // A series with nothing known in the whole range (the driver gives no
    // such figure) says so; a guest's first tick, whose rates are not known
    // yet, does not.
    if (!anyKnown && history.size() >= 3 && !m_unavailable.isEmpty())
        showMessage(m_unavailable);
    else
        showMessage({});
    if (!m_hovering)
        showLatest();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void StatsPlot::applyScale()
{
    m_plot->yAxis->setLabel(m_scale.unit());
}

void StatsPlot::applyTimeFormat()
{
    auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    const QString format = m_range == StatsRange::LastMinute ? withSeconds(shortTimeFormat()) : shortTimeFormat();
    if (ticker)
        ticker->setDateTimeFormat(format);
    fitTimeTicks();
}

void StatsPlot::fitTimeTicks()
{
    auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    if (!ticker)
        return;
    const QFontMetrics metrics(m_plot->xAxis->tickLabelFont());
    const int label = metrics.horizontalAdvance(QLocale().toString(QTime(23, 59, 59), ticker->dateTimeFormat()));
    // The axis is the plot less the value axis' labels; keep a label's width
    // of air between two labels (the ticker's steps may give one more).
    const int axis = qMax(0, m_plot->width() - 4 * metrics.averageCharWidth() - 16);
    const int fit = qBound(2, axis / (2 * label + 8), 6);
    if (ticker->tickCount() != fit) {
        ticker->setTickCount(fit);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void StatsPlot::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget *>(m_plot) : m_message);
    m_readOut->setVisible(message.isEmpty());
}

QString StatsPlot::message() const
{
    return isShowingMessage() ? m_message->text() : QString();
}

bool StatsPlot::isShowingMessage() const
{
    return m_stack->currentWidget() == m_message;
}

QString StatsPlot::readOut() const
{
    return m_readOut->text();
}

double StatsPlot::valueAt(const QCPGraph *graph, double key, double *found) const
{
    const auto points = graph->data();
    if (points->isEmpty())
        return NAN;
    auto it = points->findBegin(key, false); // the first point at or after key
    if (it == points->constEnd())
        --it;
    else if (it != points->constBegin()) {
        auto before = it - 1;
        if (key - before->key < it->key - key)
            it = before;
    }
    if (found)
        *found = double(it - points->constBegin());
    return it->value;
}

QString StatsPlot::readOutAt(double key) const
{
    if (m_lines.isEmpty() || m_lines.first()->data()->isEmpty())
        return {};
    // The time of the nearest point, not of the pointer's pixel.
    double index = -1;
    valueAt(m_lines.first(), key, &index);
    const double time = (m_lines.first()->data()->constBegin() + int(index))->key;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(qint64(time * 1000));
    const QString clock = QLocale().toString(when.time(), withSeconds(shortTimeFormat()));
    const double d = m_scale.divisor();
    QStringList parts;
    for (int i = 0; i < m_lines.size(); ++i) {
        const double v = valueAt(m_lines.at(i), time);
        const QString value = m_scale.format(std::isnan(v) ? NAN : v * d);
        if (m_buckets) {
            const double lo = valueAt(m_bands.at(i).first, time);
            const double hi = valueAt(m_bands.at(i).second, time);
            if (!std::isnan(lo) && !std::isnan(hi) && lo != hi) {
                //: Read-out of a 24-hour graph: %1 the series ("vda read"), %2 the minute's average, %3 its minimum, %4 its maximum
                parts << tr("%1: %2 (%3 to %4)").arg(m_series.at(i).label, value, m_scale.format(lo * d), m_scale.format(hi * d));
                continue;
            }
        }
        //: Read-out of a graph: %1 the series ("CPU", "vda read"), %2 its value with unit ("2.5 MB/s")
        parts << tr("%1: %2").arg(m_series.at(i).label, value);
    }
    //: Read-out under a graph: %1 the clock time of the point under the mouse pointer, %2 the values of each series there
    return tr("%1  %2").arg(clock, parts.join(QStringLiteral("   ")));
}

void StatsPlot::showLatest()
{
    m_readOut->setText(readOutAt(m_to));
}

void StatsPlot::hover(QMouseEvent *event)
{
    const QRect area = m_plot->axisRect()->rect();
    if (m_lines.isEmpty() || !area.contains(event->position().toPoint())) {
        if (m_hovering) {
            m_hovering = false;
            m_cursor->setVisible(false);
            m_plot->layer(QStringLiteral("cursor"))->replot();
            showLatest();
        }
        return;
    }
    m_hovering = true;
    const double key = m_plot->xAxis->pixelToCoord(event->position().x());
    m_cursor->point1->setCoords(key, 0);
    m_cursor->point2->setCoords(key, 1);
    m_cursor->setVisible(true);
    m_plot->layer(QStringLiteral("cursor"))->replot();
    m_readOut->setText(readOutAt(key));
}

bool StatsPlot::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot) {
        if (event->type() == QEvent::Resize) {
            fitTimeTicks();
        } else if (event->type() == QEvent::MouseMove) {
            hover(static_cast<QMouseEvent *>(event));
        } else if (event->type() == QEvent::Leave && m_hovering) {
            m_hovering = false;
            m_cursor->setVisible(false);
            m_plot->layer(QStringLiteral("cursor"))->replot();
            showLatest();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StatsPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange) {
        m_plot->setLocale(QLocale());
        applyScale();
        applyTimeFormat();
        if (!m_hovering)
            showLatest();
    }
    QWidget::changeEvent(event);
}
