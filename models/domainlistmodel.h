#pragma once

#include "domaininfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

class Connection;

// The domains of one connection: loads the list, then follows the connection's
// updated / removed / statistics signals. Rows keep their order of arrival;
// sorting and filtering live in a proxy.
class DomainListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, CpuColumn, MemoryColumn, VcpuColumn, AutostartColumn, ColumnCount };
    enum Role {
        UuidRole = Qt::UserRole + 1,
        StateRole,   // DomainState as int
        SortRole,    // a value that sorts naturally for the column
        DomainRole,  // the whole DomainInfo
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

    Connection *m_connection;
    QVector<DomainInfo> m_domains;
    QHash<QString, int> m_rows;
    bool m_loaded = false;
};
