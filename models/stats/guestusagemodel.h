#pragma once

#include "units.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QVector>

#include <functional>

class StatsHistory;

// The running guests of one connection with their latest figures, from
// StatsHistory::latest(): one row per guest, in order of arrival (a proxy
// sorts). Every tick updates the rows in place and emits dataChanged only
// for cells whose shown text changed; a cell's sort value is the one its text
// shows, so sorting agrees with what the user reads.
class GuestUsageModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CpuColumn, MemoryColumn, DiskColumn, NetworkColumn, ColumnCount };
    enum Role {
        UuidRole = Qt::UserRole + 1,
        SortRole, // the figure as a number (-1 when unknown), the name for the name column
    };

    explicit GuestUsageModel(StatsHistory *history, QObject *parent = nullptr);

    // Where the guests' names come from (the connection's DomainListModel);
    // without one a row shows the UUID.
    void setNameLookup(std::function<QString(const QString &uuid)> lookup);
    // Reads the names again (a guest was renamed).
    void refreshNames();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QString uuidAt(int row) const { return m_rows.at(row).uuid; }
    int rowOf(const QString &uuid) const;

    // Reads the history's latest figures (done on every appended()).
    void update();

private:
    // The figures as last shown; their text is made when a view asks (so a
    // language switch needs no update), and a figure is replaced only when
    // its text changes.
    struct Row
    {
        QString uuid;
        QString name;
        double values[ColumnCount] = {-1, -1, -1, -1, -1};
    };
    Row rowFor(const QString &uuid) const;
    QString nameOf(const QString &uuid) const;
    static QString text(int column, double value);

    QPointer<StatsHistory> m_history;
    std::function<QString(const QString &)> m_lookup;
    QVector<Row> m_rows;
};
