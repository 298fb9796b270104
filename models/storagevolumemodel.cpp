#include "storagevolumemodel.h"

#include "connection.h"
#include "filename.h"
#include "storagepoolmodel.h"

StorageVolumeModel::StorageVolumeModel(Connection *connection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
}

void StorageVolumeModel::setPool(const QString &pool)
{
    if (pool == m_pool && m_loaded)
        return;
    m_pool = pool;
    m_loaded = false;
    setVolumes({});
    reload();
}

void StorageVolumeModel::reload()
{
    if (!m_connection || m_pool.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_connection->storageVolumes(m_pool).then(this, [this, generation](const Result<QVector<StorageVolumeInfo>> &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            setVolumes({});
            emit loadFailed(r.error().message);
            return;
        }
        m_loaded = true;
        setVolumes(r.value());
        emit loaded();
    });
    m_connection->storageImageUsers().then(this, [this, generation](const Result<QHash<QString, QStringList>> &r) {
        if (generation == m_generation && r)
            setUsers(r.value());
    });
}

void StorageVolumeModel::setVolumes(const QVector<StorageVolumeInfo> &volumes)
{
    if (volumes.isEmpty() && m_volumes.isEmpty())
        return;
    beginResetModel();
    m_volumes = volumes;
    m_rows.clear();
    m_rows.reserve(m_volumes.size());
    for (int i = 0; i < m_volumes.size(); ++i)
        m_rows.insert(m_volumes.at(i).path, i);
    endResetModel();
}

void StorageVolumeModel::setUsers(const QHash<QString, QStringList> &users)
{
    m_users = users;
    if (!m_volumes.isEmpty())
        emit dataChanged(index(0, UsedByColumn), index(int(m_volumes.size()) - 1, UsedByColumn));
}

const StorageVolumeInfo *StorageVolumeModel::volume(const QString &path) const
{
    const int row = rowOf(path);
    return row < 0 ? nullptr : &m_volumes.at(row);
}

int StorageVolumeModel::rowOf(const QString &path) const
{
    return m_rows.value(path, -1);
}

int StorageVolumeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_volumes.size());
}

int StorageVolumeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StorageVolumeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StorageVolumeInfo &v = m_volumes.at(index.row());
    if (role == Qt::DisplayRole || (role == SortRole && index.column() != CapacityColumn && index.column() != AllocationColumn)) {
        switch (index.column()) {
        case NameColumn: return FileName::display(v.name);
        case FormatColumn: return v.format;
        case CapacityColumn: return StoragePoolModel::formatBytes(v.capacity);
        case AllocationColumn: return StoragePoolModel::formatBytes(v.allocation);
        case PathColumn: return FileName::display(v.path);
        case UsedByColumn: return m_users.value(v.path).join(QStringLiteral(", "));
        }
        return {};
    }
    switch (role) {
    case SortRole: return index.column() == CapacityColumn ? v.capacity : v.allocation;
    case PathRole: return v.path;
    case UsedByRole: return m_users.value(v.path);
    case Qt::ToolTipRole:
        if (!v.backingPath.isEmpty())
            return tr("%1 is an overlay on %2.").arg(FileName::display(v.name), FileName::display(v.backingPath));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CapacityColumn || index.column() == AllocationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant StorageVolumeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Column of the volume list
    case NameColumn: return tr("Name");
    //: Column of the volume list: qcow2, raw, iso...
    case FormatColumn: return tr("Format");
    //: Column of the volume list: the size the guest sees
    case CapacityColumn: return tr("Capacity");
    //: Column of the volume list: the space it takes on the host
    case AllocationColumn: return tr("Allocation");
    //: Column of the volume list: its file on the host
    case PathColumn: return tr("Path");
    //: Column of the volume list: the virtual machines whose disks use it
    case UsedByColumn: return tr("Used by");
    }
    return {};
}
