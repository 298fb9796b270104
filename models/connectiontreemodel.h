#pragma once

#include "domainlistmodel.h"

#include <QAbstractItemModel>
#include <QVector>

class Connection;
class ConnectionManager;

// All connections in one tree: a row per connection, its domains beneath,
// taken from each connection's DomainListModel. Columns are DomainListModel's.
class ConnectionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        ConnectionRole = DomainListModel::NextFreeRole, // Connection* (as QObject*) of any row
        IsConnectionRole,
    };

    explicit ConnectionTreeModel(ConnectionManager *manager, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Connection *connectionAt(const QModelIndex &index) const;
    QModelIndex indexOf(const Connection *connection, int column = 0) const;
    QModelIndex indexOfDomain(const Connection *connection, const QString &uuid, int column = 0) const;

private:
    void attach(int row);
    void detach(int row);
    int rowOfModel(const DomainListModel *model) const;
    QModelIndex mapFromDomainModel(const QModelIndex &source) const;

    ConnectionManager *m_manager;
    QVector<Connection *> m_connections;
};
