#include "sparklinedelegate.h"

#include "domainlistmodel.h"
#include "statshistory.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

SparklineDelegate::SparklineDelegate(Scale scale, const QColor &color, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_scale(scale)
    , m_color(color)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                             : QPalette::Inactive;
    const QRect area = opt.rect.adjusted(2, 3, -2, -3);
    const QVector<float> values = index.data(DomainListModel::SparklineRole).value<QVector<float>>();
    if (!values.isEmpty() && area.width() > 2 && area.height() > 2) {
        double top = m_scale == Scale::Percent ? 100 : kMinRateScale;
        if (m_scale == Scale::Rate) {
            for (float v : values) {
                if (std::isfinite(v))
                    top = std::max(top, double(v));
            }
        }
        // One tick per step; the newest value on the right edge, so a young
        // guest's line grows in from the right.
        const double step = double(area.width() - 1) / (StatsHistory::kSparklineTicks - 1);
        const int n = int(values.size());
        auto pointAt = [&](int i) {
            const double v = std::clamp(double(values.at(i)), 0.0, top);
            return QPointF(area.right() - (n - 1 - i) * step, area.bottom() - v / top * (area.height() - 1));
        };
        QColor line = selected ? opt.palette.color(group, QPalette::HighlightedText) : m_color;
        if (group == QPalette::Disabled)
            line = opt.palette.color(group, QPalette::Text);
        // Faint enough that the text drawn over it keeps its contrast (on a
        // selected row the text has the graph's own colour).
        QColor fill = line;
        fill.setAlpha(selected ? 40 : 60);
        line.setAlpha(selected ? 150 : 190);

        painter->save();
        painter->setClipRect(opt.rect);
        // Runs of known values; a NaN (not sampled that tick) leaves a gap.
        for (int i = 0; i < n;) {
            if (!std::isfinite(values.at(i))) {
                ++i;
                continue;
            }
            QPolygonF run;
            for (; i < n && std::isfinite(values.at(i)); ++i)
                run.append(pointAt(i));
            if (run.size() == 1)
                run.append(run.first() + QPointF(1, 0));
            QPolygonF shape = run;
            shape.append(QPointF(run.last().x(), area.bottom() + 1));
            shape.append(QPointF(run.first().x(), area.bottom() + 1));
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawPolygon(shape);
            painter->setPen(QPen(line, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawPolyline(run);
        }
        painter->restore();
    }

    if (!text.isEmpty()) {
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, int(opt.displayAlignment), opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width()));
        painter->restore();
    }
}
