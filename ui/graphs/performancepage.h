#pragma once

#include "statsplot.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class StatsHistory;

// A VM window's Performance page: CPU, memory, disk and network graphs of one
// guest from its connection's StatsHistory, over a chosen range. It replots
// only when the history got a tick for this guest and only while it is
// visible; a hidden page marks itself out of date and catches up when shown.
class PerformancePage final : public QWidget
{
    Q_OBJECT

public:
    enum Graph { CpuGraph, MemoryGraph, DiskGraph, NetworkGraph, GraphCount };

    PerformancePage(StatsHistory *history, const QString &uuid, QWidget *parent = nullptr);

    void setRange(StatsRange range);
    StatsRange range() const;
    StatsPlot *plot(Graph graph) const { return m_plots[graph]; }
    // The message shown instead of the graphs (empty while they show).
    QString message() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    QPointer<StatsHistory> m_history;
    QString m_uuid;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_rangeLabel;
    StatsRangeBox *m_range;
    StatsPlot *m_plots[GraphCount];
    bool m_dirty = true;
};
