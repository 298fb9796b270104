#pragma once

#include <QStyledItemDelegate>

// Paints a list cell's recent history (DomainListModel::SparklineRole) as a
// small area graph under the cell's text, straight from the values the model
// hands over: no widget per row, nothing kept between paints.
class SparklineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Scale {
        Percent, // 0 to 100 (CPU usage)
        Rate,    // 0 to the largest value shown, at least kMinRateScale
    };
    // Below this a rate's graph does not grow taller, so a few kB/s of idle
    // noise stay a flat line (bytes per second).
    static constexpr double kMinRateScale = 100e3;

    SparklineDelegate(Scale scale, const QColor &color, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Scale m_scale;
    QColor m_color;
};
