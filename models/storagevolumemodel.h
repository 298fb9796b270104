#pragma once

#include "storagepoolinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class Connection;

// The volumes of one storage pool. A pool with thousands of volumes is set in
// one reset; sorting and filtering belong to a QSortFilterProxyModel
// (SortRole gives sizes as numbers).
class StorageVolumeModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, FormatColumn, CapacityColumn, AllocationColumn, PathColumn, UsedByColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, SortRole, UsedByRole };

    // connection may be null (tests fill the model with setVolumes()).
    explicit StorageVolumeModel(Connection *connection, QObject *parent = nullptr);

    // The pool whose volumes are shown; reloads.
    void setPool(const QString &pool);
    QString pool() const { return m_pool; }
    void reload();
    bool isLoaded() const { return m_loaded; }

    void setVolumes(const QVector<StorageVolumeInfo> &volumes);
    // Which VMs use each image (path -> VM names).
    void setUsers(const QHash<QString, QStringList> &users);
    const QVector<StorageVolumeInfo> &volumes() const { return m_volumes; }
    const StorageVolumeInfo *volume(const QString &path) const;
    QStringList usersOf(const QString &path) const { return m_users.value(path); }
    int rowOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString &error);

private:
    QPointer<Connection> m_connection;
    QString m_pool;
    QVector<StorageVolumeInfo> m_volumes;
    QHash<QString, int> m_rows; // path -> row
    QHash<QString, QStringList> m_users;
    bool m_loaded = false;
    quint64 m_generation = 0; // answers for a pool no longer shown are dropped
};
