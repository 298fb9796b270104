#include "guestusagemodel.h"

#include "statshistory.h"

#include "languagefollower.h"

#include <QSet>

#include <cmath>

GuestUsageModel::GuestUsageModel(StatsHistory *history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{
    followLanguage(this);
    connect(history, &StatsHistory::appended, this, &GuestUsageModel::update);
    connect(history, &StatsHistory::domainGone, this, &GuestUsageModel::update);
    update();
}

void GuestUsageModel::setNameLookup(std::function<QString(const QString &)> lookup)
{
    m_lookup = std::move(lookup);
    refreshNames();
}

QString GuestUsageModel::nameOf(const QString &uuid) const
{
    const QString name = m_lookup ? m_lookup(uuid) : QString();
    return name.isEmpty() ? uuid : name;
}

GuestUsageModel::Row GuestUsageModel::rowFor(const QString &uuid) const
{
    const DomainRates r = m_history->latest(uuid);
    Row row;
    row.uuid = uuid;
    row.name = nameOf(uuid);
    row.values[CpuColumn] = r.cpuPercent;
    row.values[MemoryColumn] = r.memoryKiB;
    row.values[DiskColumn] = r.diskBytesPerSec();
    row.values[NetworkColumn] = r.netBytesPerSec();
    for (double &v : row.values) {
        if (std::isnan(v) || v < 0)
            v = -1;
    }
    return row;
}

QString GuestUsageModel::text(int column, double value)
{
    switch (column) {
    case CpuColumn: return UnitScale::formatPercent(value);
    case MemoryColumn: return UnitScale::formatMemory(value);
    case DiskColumn:
    case NetworkColumn: return UnitScale::formatRate(value);
    default: return {};
    }
}

int GuestUsageModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

void GuestUsageModel::update()
{
    if (!m_history)
        return;
    const QHash<QString, DomainRates> &latest = m_history->latest();
    // Guests that stopped go; the others stay where they are.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!latest.contains(m_rows.at(i).uuid)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QSet<QString> known;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        known.insert(row.uuid);
        const Row fresh = rowFor(row.uuid);
        // One signal per run of changed cells, none for a cell that stays.
        int first = -1;
        for (int c = CpuColumn; c <= ColumnCount; ++c) {
            const bool changed = c < ColumnCount && text(c, fresh.values[c]) != text(c, row.values[c]);
            if (changed) {
                row.values[c] = fresh.values[c];
                if (first < 0)
                    first = c;
            } else if (first >= 0) {
                emit dataChanged(index(i, first), index(i, c - 1), {Qt::DisplayRole, SortRole});
                first = -1;
            }
        }
    }
    QStringList added;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        if (!known.contains(it.key()))
            added.append(it.key());
    }
    if (added.isEmpty())
        return;
    added.sort(); // a stable order of arrival within one tick
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
    for (const QString &uuid : std::as_const(added))
        m_rows.append(rowFor(uuid));
    endInsertRows();
}

void GuestUsageModel::refreshNames()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString name = nameOf(m_rows.at(i).uuid);
        if (name == m_rows.at(i).name)
            continue;
        m_rows[i].name = name;
        emit dataChanged(index(i, NameColumn), index(i, NameColumn), {Qt::DisplayRole, SortRole});
    }
}

int GuestUsageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GuestUsageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags GuestUsageModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant GuestUsageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == NameColumn ? row.name : text(column, row.values[column]);
    case Qt::TextAlignmentRole:
        if (column != NameColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case UuidRole:
        return row.uuid;
    case SortRole:
        if (column == NameColumn)
            return row.name;
        return row.values[column];
    default:
        break;
    }
    return {};
}

QVariant GuestUsageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section != NameColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Column of the host's table of running guests: the virtual machine's name
    case NameColumn: return tr("Name");
    //: Column of the host's table of running guests: CPU usage of the guest's own vCPUs
    case CpuColumn: return tr("CPU");
    //: Column of the host's table of running guests: memory in use
    case MemoryColumn: return tr("Memory");
    //: Column of the host's table of running guests: disk reads and writes per second
    case DiskColumn: return tr("Disk I/O");
    //: Column of the host's table of running guests: network traffic (received and sent) per second
    case NetworkColumn: return tr("Network I/O");
    }
    return {};
}
