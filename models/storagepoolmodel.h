#pragma once

#include "storagepoolinfo.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

class Connection;

// A connection's storage pools. Loads on reload() and follows libvirt's pool
// events (defined, started, stopped, undefined, refreshed) and reconnects.
class StoragePoolModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, AutostartColumn, TypeColumn, PathColumn, CapacityColumn,
                  AllocationColumn, AvailableColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, SortRole };

    // connection may be null (tests fill the model with setPools()).
    explicit StoragePoolModel(Connection *connection, QObject *parent = nullptr);

    void reload();
    bool isLoaded() const { return m_loaded; }
    QString errorString() const { return m_error; }
    // Replaces the list: rows that stay are updated in place.
    void setPools(const QVector<StoragePoolInfo> &pools);
    const QVector<StoragePoolInfo> &pools() const { return m_pools; }
    const StoragePoolInfo *pool(const QString &name) const;
    int rowOf(const QString &name) const;

    static QString formatBytes(qint64 bytes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString &error);

private:
    QVariant display(const StoragePoolInfo &p, int column) const;

    QPointer<Connection> m_connection;
    QVector<StoragePoolInfo> m_pools;
    QTimer m_eventDelay; // a burst of events (start + refresh) reads the list once
    bool m_loaded = false;
    bool m_loading = false;
    bool m_again = false;
    QString m_error;
};
