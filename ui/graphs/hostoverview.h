#pragma once

#include "statsplot.h"

#include <QPointer>
#include <QWidget>

class DomainListModel;
class GuestUsageModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class StatsHistory;

// The host's usage on its Summary page: CPU, memory and KSM graphs from
// StatsHistory::host() over a chosen range, and a sortable table of the
// running guests' latest figures. Graphs replot on a tick only while visible.
class HostOverview final : public QWidget
{
    Q_OBJECT

public:
    enum Graph { CpuGraph, MemoryGraph, KsmGraph, GraphCount };

    // `names` (may be null) gives the guests' names.
    HostOverview(StatsHistory *history, DomainListModel *names, QWidget *parent = nullptr);

    void setRange(StatsRange range);
    StatsRange range() const;
    StatsPlot *plot(Graph graph) const { return m_plots[graph]; }
    QTableView *guestTable() const { return m_table; }
    GuestUsageModel *guestModel() const { return m_model; }
    QSortFilterProxyModel *sortedGuests() const { return m_proxy; }

signals:
    // The user asked for a guest's window (double-click in the table).
    void openDomainRequested(const QString &uuid);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslate();

    QPointer<StatsHistory> m_history;
    QLabel *m_rangeLabel;
    StatsRangeBox *m_range;
    StatsPlot *m_plots[GraphCount];
    QLabel *m_guestsTitle;
    GuestUsageModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    bool m_dirty = true;
};
