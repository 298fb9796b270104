#include "domainlistmodel.h"

#include "units.h"

#include "languagefollower.h"
#include "connection.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPalette>

#include <cmath>

#include <algorithm>

namespace {
// The series each sparkline column sums: CPU, disk read + write, network
// received + sent. (std::initializer_list cannot be returned: its array dies.)
QVector<float> recentOf(const History &h, int column)
{
    constexpr int n = StatsHistory::kSparklineTicks;
    switch (column) {
    case DomainListModel::CpuColumn: return h.recent({Metric::Cpu}, n);
    case DomainListModel::DiskColumn: return h.recent({Metric::DiskRead, Metric::DiskWrite}, n);
    case DomainListModel::NetworkColumn: return h.recent({Metric::NetRx, Metric::NetTx}, n);
    }
    return {};
}

bool steadyOf(const History &h, int column)
{
    constexpr int n = StatsHistory::kSparklineTicks;
    switch (column) {
    case DomainListModel::CpuColumn: return h.steady({Metric::Cpu}, n);
    case DomainListModel::DiskColumn: return h.steady({Metric::DiskRead, Metric::DiskWrite}, n);
    case DomainListModel::NetworkColumn: return h.steady({Metric::NetRx, Metric::NetTx}, n);
    }
    return true;
}

bool isSparklineColumn(int column)
{
    return column == DomainListModel::CpuColumn || column == DomainListModel::DiskColumn
           || column == DomainListModel::NetworkColumn;
}
} // namespace

DomainListModel::DomainListModel(Connection *connection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
    followLanguage(this);
    connect(connection, &Connection::domainsLoaded, this, &DomainListModel::setDomains);
    connect(connection, &Connection::domainUpdated, this, &DomainListModel::updateDomain);
    connect(connection, &Connection::domainRemoved, this, &DomainListModel::removeDomain);
    connect(connection, &Connection::statsSampled, this, &DomainListModel::applyStats);
    connect(connection->statsHistory(), &StatsHistory::appended, this, &DomainListModel::onStatsAppended);
    // A metric switched on or off: its column fills or empties (rare, one span).
    connect(connection->statsHistory(), &StatsHistory::settingsChanged, this, [this] {
        if (!m_domains.isEmpty())
            emit dataChanged(index(0, CpuColumn), index(int(m_domains.size()) - 1, NetworkColumn));
    });
    // Greyed while the host is away: every row's flags change.
    connect(connection, &Connection::stateChanged, this, [this] {
        if (!m_domains.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_domains.size()) - 1, ColumnCount - 1));
    });
}

int DomainListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_domains.size());
}

int DomainListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DomainListModel::enabled() const
{
    return m_connection->state() == ConnectionState::Connected;
}

Qt::ItemFlags DomainListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return enabled() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren
                     : Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString DomainListModel::stateName(DomainState state)
{
    switch (state) {
    case DomainState::NoState: return tr("Unknown", "domain state");
    case DomainState::Running: return tr("Running", "domain state");
    case DomainState::Blocked: return tr("Idle", "domain state (blocked on I/O)");
    case DomainState::Paused: return tr("Paused", "domain state");
    case DomainState::ShuttingDown: return tr("Shutting down", "domain state");
    case DomainState::ShutOff: return tr("Shut off", "domain state");
    case DomainState::Crashed: return tr("Crashed", "domain state");
    //: The guest put itself to sleep (suspend to RAM, ACPI S3), like a laptop; not the same as Paused
    case DomainState::PMSuspended: return tr("Suspended", "domain state (guest power management)");
    }
    return {};
}

QString DomainListModel::columnName(int column)
{
    switch (column) {
    //: Column header of the virtual machine list
    case NameColumn: return tr("Name");
    //: Column header of the virtual machine list: running, paused, shut off ...
    case StateColumn: return tr("State");
    //: Column header of the virtual machine list
    case CpuColumn: return tr("CPU usage");
    //: Column header of the virtual machine list: bytes read from and written to the VM's disks per second
    case DiskColumn: return tr("Disk I/O");
    //: Column header of the virtual machine list: bytes received and sent by the VM's network interfaces per second
    case NetworkColumn: return tr("Network I/O");
    //: Column header of the virtual machine list: the VM's RAM
    case MemoryColumn: return tr("Memory");
    //: Column header of the virtual machine list: number of virtual CPUs
    case VcpuColumn: return tr("vCPUs");
    //: Column header of the virtual machine list: whether the VM starts when the host boots
    case AutostartColumn: return tr("Autostart");
    }
    return {};
}

QString DomainListModel::formatMemory(quint64 kib)
{
    return QLocale().formattedDataSize(qint64(kib) * 1024, 1, QLocale::DataSizeTraditionalFormat);
}

QString DomainListModel::formatRate(double bytesPerSecond)
{
    // As the graphs write it ("1.2 MB/s"), so the list and the graphs agree.
    return UnitScale::formatRate(std::max(0.0, bytesPerSecond));
}

bool DomainListModel::sampled(int column) const
{
    const StatsSettings s = m_connection->statsSettings();
    if (s.intervalMs <= 0)
        return false;
    switch (column) {
    case CpuColumn: return s.has(StatsSettings::Cpu);
    case DiskColumn: return s.has(StatsSettings::Disk);
    case NetworkColumn: return s.has(StatsSettings::Network);
    }
    return true;
}

double DomainListModel::currentRate(const DomainInfo &d, int column) const
{
    if (!isActive(d.state) || !sampled(column))
        return -1;
    const DomainRates r = m_connection->statsHistory()->latest(d.uuid);
    return column == DiskColumn ? r.diskBytesPerSec() : r.netBytesPerSec();
}

static QString stateIconName(DomainState state)
{
    switch (state) {
    case DomainState::Running:
    case DomainState::Blocked: return QStringLiteral("running");
    case DomainState::Paused:
    case DomainState::PMSuspended: return QStringLiteral("paused");
    case DomainState::ShuttingDown: return QStringLiteral("shutdown");
    case DomainState::Crashed: return QStringLiteral("crashed");
    default: return QStringLiteral("shutoff");
    }
}

QVariant DomainListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DomainInfo &d = m_domains.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        //: Virtual machine list: %1 is the VM's name, %2 its title
        case NameColumn: return d.title.isEmpty() ? d.name : tr("%1 (%2)").arg(d.name, d.title);
        case StateColumn:
            return d.hasManagedSave && d.state == DomainState::ShutOff ? tr("Saved", "domain state: managed save image exists")
                                                                       : stateName(d.state);
        case CpuColumn:
            return d.cpuPercent < 0 || !sampled(CpuColumn) ? QString()
                                                          : QLocale().toString(d.cpuPercent, 'f', 1) + QLatin1String(" %");
        case DiskColumn:
        case NetworkColumn: {
            const double rate = currentRate(d, index.column());
            return rate < 0 ? QString() : formatRate(rate);
        }
        case MemoryColumn: return formatMemory(isActive(d.state) ? d.memoryKiB : d.maxMemoryKiB);
        case VcpuColumn: return d.vcpus;
        //: Autostart column: the VM starts when the host boots (the cell stays empty otherwise)
        case AutostartColumn: return d.autostart ? tr("Yes") : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return d.title.isEmpty() ? d.name : d.name + QLatin1Char('\n') + d.title;
        if ((index.column() == DiskColumn || index.column() == NetworkColumn) && currentRate(d, index.column()) >= 0) {
            const DomainRates r = m_connection->statsHistory()->latest(d.uuid);
            if (index.column() == DiskColumn)
                return tr("Read %1, written %2").arg(formatRate(r.diskReadBytesPerSec()), formatRate(r.diskWriteBytesPerSec()));
            return tr("Received %1, sent %2").arg(formatRate(r.netRxBytesPerSec()), formatRate(r.netTxBytesPerSec()));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QIcon(QStringLiteral(":/qvirt/icons/state-%1.svg").arg(stateIconName(d.state)));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CpuColumn || index.column() == DiskColumn || index.column() == NetworkColumn
            || index.column() == MemoryColumn || index.column() == VcpuColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UuidRole: return d.uuid;
    case StateRole: return int(d.state);
    case DomainRole: return QVariant::fromValue(d);
    case SparklineRole:
        if (isSparklineColumn(index.column()) && isActive(d.state) && sampled(index.column())) {
            if (const History *h = m_connection->statsHistory()->domain(d.uuid))
                return QVariant::fromValue(recentOf(*h, index.column()));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return d.name;
        case StateColumn: return int(d.state);
        case CpuColumn: return sampled(CpuColumn) ? d.cpuPercent : -1.0;
        case DiskColumn:
        case NetworkColumn: return currentRate(d, index.column());
        case MemoryColumn: return isActive(d.state) ? d.memoryKiB : d.maxMemoryKiB;
        case VcpuColumn: return d.vcpus;
        case AutostartColumn: return d.autostart;
        }
        break;
    }
    return {};
}

QVariant DomainListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnName(section);
    return {};
}

const DomainInfo *DomainListModel::find(const QString &nameOrUuid) const
{
    if (const int row = rowOf(nameOrUuid); row >= 0)
        return &m_domains.at(row);
    const auto it = std::find_if(m_domains.cbegin(), m_domains.cend(),
                                 [&](const DomainInfo &d) { return d.name == nameOrUuid; });
    return it == m_domains.cend() ? nullptr : &*it;
}

void DomainListModel::reindex(int from)
{
    for (int i = from; i < m_domains.size(); ++i)
        m_rows.insert(m_domains.at(i).uuid, i);
}

void DomainListModel::setDomains(const QVector<DomainInfo> &domains)
{
    QHash<QString, int> incoming;
    incoming.reserve(domains.size());
    for (int i = 0; i < domains.size(); ++i)
        incoming.insert(domains.at(i).uuid, i);

    // Remove vanished rows, in contiguous runs from the bottom.
    for (int row = int(m_domains.size()) - 1; row >= 0;) {
        if (incoming.contains(m_domains.at(row).uuid)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_domains.at(first - 1).uuid))
            --first;
        beginRemoveRows({}, first, row);
        for (int i = first; i <= row; ++i)
            m_rows.remove(m_domains.at(i).uuid);
        m_domains.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    m_rows.clear();
    reindex(0);

    QVector<DomainInfo> added;
    for (const DomainInfo &d : domains) {
        const int row = m_rows.value(d.uuid, -1);
        if (row < 0) {
            added.append(d);
        } else if (!(m_domains.at(row) == d)) {
            m_domains[row] = d;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_domains.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_domains += added;
        reindex(first);
        endInsertRows();
    }
    if (!m_loaded) {
        m_loaded = true;
        emit loaded();
    }
}

void DomainListModel::updateDomain(const DomainInfo &domain)
{
    const int row = rowOf(domain.uuid);
    if (row < 0) {
        const int first = int(m_domains.size());
        beginInsertRows({}, first, first);
        m_domains.append(domain);
        m_rows.insert(domain.uuid, first);
        endInsertRows();
        return;
    }
    if (m_domains.at(row) == domain)
        return;
    m_domains[row] = domain;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DomainListModel::removeDomain(const QString &uuid)
{
    const int row = rowOf(uuid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_domains.removeAt(row);
    m_rows.remove(uuid);
    reindex(row);
    endRemoveRows();
}

void DomainListModel::applyStats(const QVector<DomainStats> &stats)
{
    // A cell is announced only when the text it shows changes: over ssh -X
    // every repainted pixel crosses the wire, and a view repaints the whole
    // span a dataChanged covers.
    for (const DomainStats &s : stats) {
        const int row = rowOf(s.uuid);
        if (row < 0)
            continue;
        DomainInfo &d = m_domains[row];
        if (!isActive(d.state))
            continue;
        const QString cpuBefore = data(index(row, CpuColumn)).toString();
        const QString memoryBefore = data(index(row, MemoryColumn)).toString();
        d.cpuPercent = s.cpuPercent;
        if (s.memoryKiB)
            d.memoryKiB = s.memoryKiB;
        for (const auto &[column, before] : {std::pair{int(CpuColumn), cpuBefore}, std::pair{int(MemoryColumn), memoryBefore}}) {
            const QModelIndex cell = index(row, column);
            if (data(cell).toString() != before)
                emit dataChanged(cell, cell, {Qt::DisplayRole, SortRole});
        }
    }
}

void DomainListModel::onStatsAppended(const QSet<QString> &, const QSet<QString> &sparklinesChanged)
{
    // Only the cells whose sparkline moved, one signal each: with hundreds of
    // idle guests a tick repaints nothing, and over ssh -X a busy one costs
    // its cell, not its row. (Qt 6.4's views repaint the whole viewport for a
    // span of more than one cell, and a sorting proxy widens a span of rows
    // to all the rows between them, so cells are not merged into spans.)
    const StatsHistory *history = m_connection->statsHistory();
    for (const QString &uuid : sparklinesChanged) {
        const int row = rowOf(uuid);
        if (row < 0)
            continue;
        const History *h = history->domain(uuid);
        for (const int column : {int(CpuColumn), int(DiskColumn), int(NetworkColumn)}) {
            if (!sampled(column) || (h && steadyOf(*h, column)))
                continue;
            // The CPU figure's text comes with applyStats(), only when it changes.
            const QModelIndex cell = index(row, column);
            if (column == CpuColumn)
                emit dataChanged(cell, cell, {SparklineRole});
            else
                emit dataChanged(cell, cell, {Qt::DisplayRole, Qt::ToolTipRole, SortRole, SparklineRole});
        }
    }
}
