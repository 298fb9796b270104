#pragma once

#include "domaininfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

class Connection;

// The domains of one connection: loads the list, then follows the connection's
// updated / removed / statistics signals. Rows keep their order of arrival;
// sorting and filtering live in a proxy.
class DomainListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, StateColumn, CpuColumn, DiskColumn, NetworkColumn, MemoryColumn, VcpuColumn, AutostartColumn,
        ColumnCount
    };
    enum Role {
        UuidRole = Qt::UserRole + 1,
        StateRole,     // DomainState as int
        SortRole,      // a value that sorts naturally for the column
        DomainRole,    // the whole DomainInfo
        SparklineRole, // CPU, disk and network columns: QVector<float>, the newest
                       // StatsHistory::kSparklineTicks values, oldest first (NaN:
                       // unknown); invalid when nothing is sampled for the cell
        NextFreeRole,  // models that wrap this one number their own roles from here
    };

    explicit DomainListModel(Connection *connection, QObject *parent = nullptr);

    Connection *connection() const { return m_connection; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    const DomainInfo &domainAt(int row) const { return m_domains.at(row); }
    int rowOf(const QString &uuid) const { return m_rows.value(uuid, -1); }
    // Finds a domain by name or UUID; nullptr when unknown.
    const DomainInfo *find(const QString &nameOrUuid) const;
    bool isLoaded() const { return m_loaded; }

    static QString stateName(DomainState state);
    static QString columnName(int column);
    static QString formatMemory(quint64 kib);
    // A data rate in decimal units: "1.2 MB/s".
    static QString formatRate(double bytesPerSecond);
    // Whether the column shows statistics the connection samples now (a
    // metric switched off shows nothing, not zeros).
    bool sampled(int column) const;

    // Merges a full list (first load or reconnect): keeps rows that stay, so
    // selection and scroll position survive.
    void setDomains(const QVector<DomainInfo> &domains);
    void updateDomain(const DomainInfo &domain);
    void removeDomain(const QString &uuid);
    void applyStats(const QVector<DomainStats> &stats);

signals:
    void loaded();

private:
    void reindex(int from);
    bool enabled() const;
    void onStatsAppended(const QSet<QString> &uuids, const QSet<QString> &sparklinesChanged);
    double currentRate(const DomainInfo &d, int column) const;

    Connection *m_connection;
    QVector<DomainInfo> m_domains;
    QHash<QString, int> m_rows;
    bool m_loaded = false;
};
