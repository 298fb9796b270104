#include "storagepoolmodel.h"

#include "connection.h"

#include <QLocale>

StoragePoolModel::StoragePoolModel(Connection *connection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
    m_eventDelay.setSingleShot(true);
    m_eventDelay.setInterval(50);
    connect(&m_eventDelay, &QTimer::timeout, this, &StoragePoolModel::reload);
    if (!connection)
        return;
    connect(connection, &Connection::storagePoolChanged, this, [this] { m_eventDelay.start(); });
    connect(connection, &Connection::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected && m_loaded)
            reload();
    });
}

void StoragePoolModel::reload()
{
    if (!m_connection)
        return;
    if (m_loading) { // the answer under way may predate the change
        m_again = true;
        return;
    }
    m_loading = true;
    m_connection->storagePools().then(this, [this](const Result<QVector<StoragePoolInfo>> &r) {
        m_loading = false;
        if (r) {
            m_error.clear();
            m_loaded = true;
            setPools(r.value());
        } else {
            m_error = r.error().message;
        }
        if (m_again) {
            m_again = false;
            reload();
            return;
        }
        if (r)
            emit loaded();
        else
            emit loadFailed(m_error);
    });
}

void StoragePoolModel::setPools(const QVector<StoragePoolInfo> &pools)
{
    bool sameNames = pools.size() == m_pools.size();
    for (int i = 0; sameNames && i < pools.size(); ++i)
        sameNames = pools.at(i).name == m_pools.at(i).name;
    if (!sameNames) {
        beginResetModel();
        m_pools = pools;
        endResetModel();
        return;
    }
    for (int i = 0; i < pools.size(); ++i) {
        int first = -1;
        int last = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (display(pools.at(i), c) != display(m_pools.at(i), c)) {
                first = first < 0 ? c : first;
                last = c;
            }
        }
        m_pools[i] = pools.at(i);
        if (first >= 0)
            emit dataChanged(index(i, first), index(i, last));
    }
}

const StoragePoolInfo *StoragePoolModel::pool(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &m_pools.at(row);
}

int StoragePoolModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_pools.size(); ++i) {
        if (m_pools.at(i).name == name)
            return i;
    }
    return -1;
}

QString StoragePoolModel::formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

int StoragePoolModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pools.size());
}

int StoragePoolModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoragePoolModel::display(const StoragePoolInfo &p, int column) const
{
    switch (column) {
    case NameColumn: return p.name;
    //: State of a storage pool
    case StateColumn: return p.active ? tr("Active") : tr("Inactive");
    //: Whether a storage pool starts with the host
    case AutostartColumn: return p.autostart ? tr("On boot") : tr("Never");
    case TypeColumn: return p.type;
    case PathColumn: return p.targetPath;
    case CapacityColumn: return formatBytes(p.capacity);
    case AllocationColumn: return formatBytes(p.allocation);
    case AvailableColumn: return formatBytes(p.available);
    }
    return {};
}

QVariant StoragePoolModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoragePoolInfo &p = m_pools.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(p, index.column());
    case NameRole: return p.name;
    case SortRole:
        switch (index.column()) {
        case CapacityColumn: return p.capacity;
        case AllocationColumn: return p.allocation;
        case AvailableColumn: return p.available;
        default: return display(p, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= CapacityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant StoragePoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Column of the storage pool list
    case NameColumn: return tr("Name");
    //: Column of the storage pool list: active or inactive
    case StateColumn: return tr("State");
    //: Column of the storage pool list: whether it starts with the host
    case AutostartColumn: return tr("Autostart");
    //: Column of the storage pool list: dir, netfs, logical...
    case TypeColumn: return tr("Type");
    //: Column of the storage pool list: its folder on the host
    case PathColumn: return tr("Path");
    //: Column of the storage pool list: its total size
    case CapacityColumn: return tr("Capacity");
    //: Column of the storage pool list: the space in use
    case AllocationColumn: return tr("Allocation");
    //: Column of the storage pool list: the free space
    case AvailableColumn: return tr("Available");
    }
    return {};
}
