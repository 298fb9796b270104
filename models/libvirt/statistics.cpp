#include "statistics.h"

#include <QDateTime>
#include <QDomDocument>

#include <libvirt/libvirt.h>

#include <cstring>

Q_LOGGING_CATEGORY(lcStats, "qvirt.stats", QtWarningMsg)

namespace {
// A number libvirt reports as any unsigned or signed integer type (counts
// such as block.count are UINT, counters ULLONG); -1 when absent.
qint64 ullOf(virTypedParameterPtr params, int n, const char *name)
{
    const virTypedParameterPtr p = virTypedParamsGet(params, n, name);
    if (!p)
        return -1;
    switch (p->type) {
    case VIR_TYPED_PARAM_ULLONG: return qint64(p->value.ul);
    case VIR_TYPED_PARAM_UINT: return qint64(p->value.ui);
    case VIR_TYPED_PARAM_LLONG: return p->value.l;
    case VIR_TYPED_PARAM_INT: return p->value.i;
    default: return -1;
    }
}

qint64 ullOf(virTypedParameterPtr params, int n, const QByteArray &name)
{
    return ullOf(params, n, name.constData());
}

QString stringOf(virTypedParameterPtr params, int n, const QByteArray &name)
{
    const char *v = nullptr;
    return virTypedParamsGetString(params, n, name.constData(), &v) == 1 ? QString::fromUtf8(v) : QString();
}

// Whether a failed per-domain call means the domain stopped or vanished
// while this tick read it (not a fault of the host).
bool vanished(const Error &e)
{
    return e.code == VIR_ERR_NO_DOMAIN || e.code == VIR_ERR_OPERATION_INVALID;
}

// The libvirt typed parameters a call fills, freed on the way out.
struct TypedParams
{
    explicit TypedParams(int n) : params(n > 0 ? new virTypedParameter[n]() : nullptr), count(n) {}
    ~TypedParams() { delete[] params; }
    TypedParams(const TypedParams &) = delete;
    TypedParams &operator=(const TypedParams &) = delete;
    virTypedParameterPtr params;
    int count;
};
} // namespace

Statistics::Statistics(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(m_settings.intervalMs);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &Statistics::sample);
    m_clock.start();
}

void Statistics::setSettings(const StatsSettings &settings)
{
    m_settings = settings;
    if (settings.intervalMs <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->setInterval(qMax(settings.intervalMs, StatsSettings::kMinIntervalMs));
    if (m_session.isOpen())
        m_timer->start();
}

void Statistics::start()
{
    m_bulk = m_hostCpuStats = m_hostMemoryStats = m_ksm = true;
    virNodeInfo node;
    m_hostCpus = virNodeGetInfo(m_session.conn(), &node) == 0 ? int(node.cpus) : 0;
    if (m_hostCpus <= 0)
        Session::dropError();
    if (m_settings.intervalMs > 0)
        m_timer->start();
}

void Statistics::stop()
{
    m_timer->stop();
    m_rates.forgetAll();
    m_lastStats.clear();
    m_sampled.clear();
}

void Statistics::apply(DomainInfo &d)
{
    m_vcpus.insert(d.uuid, d.vcpus);
    if (!isActive(d.state)) {
        m_rates.forget(d.uuid);
        m_lastStats.remove(d.uuid);
    } else if (auto it = m_lastStats.constFind(d.uuid); it != m_lastStats.constEnd()) {
        d.cpuPercent = it->cpuPercent;
        if (it->memoryKiB)
            d.memoryKiB = it->memoryKiB;
    }
}

void Statistics::forget(const QString &uuid)
{
    m_vcpus.remove(uuid);
    m_rates.forget(uuid);
    m_lastStats.remove(uuid);
}

void Statistics::sample()
{
    if (!m_session.isOpen())
        return;
    QVector<DomainCounters> counters;
    bool ok = m_bulk ? sampleBulk(counters) : false;
    if (!m_bulk)
        ok = samplePerDomain(counters);
    if (!ok) {
        m_session.checkAlive();
        return;
    }
    deliver(counters);
}

bool Statistics::sampleBulk(QVector<DomainCounters> &out)
{
    unsigned int groups = VIR_DOMAIN_STATS_STATE;
    if (m_settings.has(StatsSettings::Cpu))
        groups |= VIR_DOMAIN_STATS_CPU_TOTAL;
    if (m_settings.has(StatsSettings::Memory))
        groups |= VIR_DOMAIN_STATS_BALLOON;
    if (m_settings.has(StatsSettings::Disk))
        groups |= VIR_DOMAIN_STATS_BLOCK;
    if (m_settings.has(StatsSettings::Network))
        groups |= VIR_DOMAIN_STATS_INTERFACE;
    virDomainStatsRecordPtr *records = nullptr;
    const int n = virConnectGetAllDomainStats(m_session.conn(), groups, &records, VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE);
    if (n < 0) {
        const Error e = Session::takeError();
        if (e.code != VIR_ERR_NO_SUPPORT)
            return false;
        m_bulk = false;
        return true;
    }
    const StatsRecordsHandle owned(records);
    const qint64 clock = m_clock.nsecsElapsed();
    qCDebug(lcStats, "bulk tick: %d domains in one call", n);
    for (int i = 0; i < n; ++i) {
        const virDomainStatsRecordPtr r = records[i];
        const int np = r->nparams;
        DomainCounters c;
        c.uuid = uuidOf(r->dom);
        c.id = int(virDomainGetID(r->dom));
        c.clockNs = clock;
        c.vcpus = m_vcpus.value(c.uuid, 1);
        c.cpuNs = ullOf(r->params, np, "cpu.time");
        if (c.cpuNs < 0 && m_settings.has(StatsSettings::Cpu)) {
            // The driver answers the call but not with counters (the test
            // driver): ask each domain from now on.
            m_bulk = false;
            out.clear();
            return samplePerDomain(out);
        }
        c.balloonKiB = ullOf(r->params, np, "balloon.current");
        c.unusedKiB = ullOf(r->params, np, "balloon.unused");
        c.rssKiB = ullOf(r->params, np, "balloon.rss");
        for (qint64 b = 0, count = ullOf(r->params, np, "block.count"); b < count; ++b) {
            const QByteArray p = "block." + QByteArray::number(b) + '.';
            c.disks.append({stringOf(r->params, np, p + "name"), ullOf(r->params, np, p + "rd.bytes"),
                            ullOf(r->params, np, p + "wr.bytes"), ullOf(r->params, np, p + "rd.reqs"),
                            ullOf(r->params, np, p + "wr.reqs")});
        }
        for (qint64 k = 0, count = ullOf(r->params, np, "net.count"); k < count; ++k) {
            const QByteArray p = "net." + QByteArray::number(k) + '.';
            c.nets.append({stringOf(r->params, np, p + "name"), ullOf(r->params, np, p + "rx.bytes"),
                           ullOf(r->params, np, p + "tx.bytes")});
        }
        out.append(std::move(c));
    }
    return true;
}

bool Statistics::samplePerDomain(QVector<DomainCounters> &out)
{
    virDomainPtr *list = nullptr;
    const int n = virConnectListAllDomains(m_session.conn(), &list, VIR_CONNECT_LIST_DOMAINS_ACTIVE);
    if (n < 0) {
        Session::dropError();
        return false;
    }
    qCDebug(lcStats, "per-domain tick: %d domains", n);
    std::vector<DomainHandle> domains;
    domains.reserve(n);
    for (int i = 0; i < n; ++i)
        domains.emplace_back(list[i]);
    free(list);
    out.reserve(n);
    for (const DomainHandle &dom : domains) {
        DomainCounters c;
        if (readDomain(dom.get(), c))
            out.append(std::move(c));
    }
    return true;
}

bool Statistics::readDomain(virDomainPtr dom, DomainCounters &c)
{
    c.uuid = uuidOf(dom);
    c.id = int(virDomainGetID(dom));
    virDomainInfo info;
    if (virDomainGetInfo(dom, &info) < 0) {
        const Error e = Session::takeError();
        if (!vanished(e))
            m_session.checkAlive();
        return false; // stopped or gone mid-tick: not in this tick
    }
    if (info.state == VIR_DOMAIN_SHUTOFF)
        return false;
    c.clockNs = m_clock.nsecsElapsed();
    c.vcpus = qMax(1, int(info.nrVirtCpu));
    if (m_settings.has(StatsSettings::Cpu))
        c.cpuNs = qint64(info.cpuTime);
    if (m_settings.has(StatsSettings::Memory)) {
        c.balloonKiB = qint64(info.memory);
        virDomainMemoryStatStruct mem[VIR_DOMAIN_MEMORY_STAT_NR];
        const int m = virDomainMemoryStats(dom, mem, VIR_DOMAIN_MEMORY_STAT_NR, 0);
        if (m < 0)
            Session::dropError();
        for (int i = 0; i < m; ++i) {
            if (mem[i].tag == VIR_DOMAIN_MEMORY_STAT_RSS)
                c.rssKiB = qint64(mem[i].val);
            else if (mem[i].tag == VIR_DOMAIN_MEMORY_STAT_UNUSED)
                c.unusedKiB = qint64(mem[i].val);
            else if (mem[i].tag == VIR_DOMAIN_MEMORY_STAT_ACTUAL_BALLOON)
                c.balloonKiB = qint64(mem[i].val);
        }
    }
    if (!m_settings.has(StatsSettings::Disk) && !m_settings.has(StatsSettings::Network))
        return true;
    const DomainCache::StatsDevices *devices = m_session.cache().statsDevices(c.uuid);
    if (!devices) {
        DomainCache::StatsDevices found;
        const Result<QString> xml = Session::text(virDomainGetXMLDesc(dom, 0));
        if (!xml) {
            if (!vanished(xml.error()))
                m_session.checkAlive();
            return false;
        }
        QDomDocument doc;
        doc.setContent(xml.value());
        const QDomElement devs = doc.documentElement().firstChildElement(QStringLiteral("devices"));
        for (QDomElement d = devs.firstChildElement(QStringLiteral("disk")); !d.isNull();
             d = d.nextSiblingElement(QStringLiteral("disk"))) {
            const QString target = d.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev"));
            if (!target.isEmpty())
                found.disks.append(target);
        }
        for (QDomElement d = devs.firstChildElement(QStringLiteral("interface")); !d.isNull();
             d = d.nextSiblingElement(QStringLiteral("interface"))) {
            QString name = d.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev"));
            if (name.isEmpty()) // libvirt also takes the MAC address
                name = d.firstChildElement(QStringLiteral("mac")).attribute(QStringLiteral("address"));
            if (!name.isEmpty())
                found.nets.append(name);
        }
        m_session.cache().setStatsDevices(c.uuid, std::move(found));
        devices = m_session.cache().statsDevices(c.uuid);
    }
    if (m_settings.has(StatsSettings::Disk)) {
        for (const QString &disk : devices->disks) {
            virDomainBlockStatsStruct s;
            if (virDomainBlockStats(dom, disk.toUtf8().constData(), &s, sizeof s) < 0) {
                Session::dropError(); // an empty CD-ROM drive has none
                continue;
            }
            c.disks.append({disk, s.rd_bytes, s.wr_bytes, s.rd_req, s.wr_req});
        }
    }
    if (m_settings.has(StatsSettings::Network)) {
        for (const QString &net : devices->nets) {
            virDomainInterfaceStatsStruct s;
            if (virDomainInterfaceStats(dom, net.toUtf8().constData(), &s, sizeof s) < 0) {
                Session::dropError();
                continue;
            }
            c.nets.append({net, s.rx_bytes, s.tx_bytes});
        }
    }
    return true;
}

HostCounters Statistics::readHost()
{
    HostCounters h;
    h.clockNs = m_clock.nsecsElapsed();
    h.cpus = qMax(1, m_hostCpus);
    virConnectPtr conn = m_session.conn();
    if (m_hostCpuStats) {
        int n = 0;
        if (virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, nullptr, &n, 0) == 0 && n > 0) {
            std::vector<virNodeCPUStats> stats(n);
            if (virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, stats.data(), &n, 0) == 0) {
                qint64 busy = 0, idle = 0;
                for (int i = 0; i < n; ++i) {
                    const char *f = stats[i].field;
                    const qint64 v = qint64(stats[i].value);
                    if (!strcmp(f, VIR_NODE_CPU_STATS_IDLE) || !strcmp(f, VIR_NODE_CPU_STATS_IOWAIT))
                        idle += v;
                    else if (strcmp(f, VIR_NODE_CPU_STATS_UTILIZATION) != 0)
                        busy += v;
                }
                h.cpuBusyNs = busy;
                h.cpuTotalNs = busy + idle;
            }
        }
        if (h.cpuTotalNs < 0) {
            const Error e = Session::takeError();
            m_hostCpuStats = e.code != VIR_ERR_NO_SUPPORT;
        }
    }
    if (m_hostMemoryStats) {
        int n = 0;
        if (virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, nullptr, &n, 0) == 0 && n > 0) {
            std::vector<virNodeMemoryStats> stats(n);
            if (virNodeGetMemoryStats(conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, stats.data(), &n, 0) == 0) {
                qint64 available = 0;
                for (int i = 0; i < n; ++i) {
                    const char *f = stats[i].field;
                    const qint64 v = qint64(stats[i].value);
                    if (!strcmp(f, VIR_NODE_MEMORY_STATS_TOTAL))
                        h.memoryTotalKiB = v;
                    else if (!strcmp(f, VIR_NODE_MEMORY_STATS_FREE) || !strcmp(f, VIR_NODE_MEMORY_STATS_BUFFERS)
                             || !strcmp(f, VIR_NODE_MEMORY_STATS_CACHED))
                        available += v;
                }
                h.memoryAvailableKiB = available;
            }
        }
        if (h.memoryTotalKiB < 0) {
            const Error e = Session::takeError();
            m_hostMemoryStats = e.code != VIR_ERR_NO_SUPPORT;
        }
    }
    if (m_ksm) {
        int n = 0;
        if (virNodeGetMemoryParameters(conn, nullptr, &n, 0) == 0 && n > 0) {
            TypedParams p(n);
            if (virNodeGetMemoryParameters(conn, p.params, &n, 0) == 0) {
                h.ksmPagesShared = ullOf(p.params, n, VIR_NODE_MEMORY_SHARED_PAGES_SHARED);
                h.ksmPagesSharing = ullOf(p.params, n, VIR_NODE_MEMORY_SHARED_PAGES_SHARING);
                virTypedParamsClear(p.params, n);
            }
        }
        if (h.ksmPagesShared < 0) {
            const Error e = Session::takeError();
            m_ksm = e.code != VIR_ERR_NO_SUPPORT;
        }
    }
    return h;
}

void Statistics::deliver(const QVector<DomainCounters> &counters)
{
    StatsTick tick;
    tick.time = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    QSet<QString> seen;
    seen.reserve(counters.size());
    QVector<DomainStats> changed;
    tick.domains.reserve(counters.size());
    for (const DomainCounters &c : counters) {
        const DomainRates r = m_rates.domain(c, tick.time, qMax(1, m_hostCpus));
        seen.insert(c.uuid);
        DomainStats s;
        s.uuid = c.uuid;
        s.cpuPercent = r.cpuPercent;
        s.memoryKiB = r.balloonKiB > 0 ? quint64(r.balloonKiB) : 0;
        const auto last = m_lastStats.constFind(s.uuid);
        const bool same = last != m_lastStats.constEnd() && last->memoryKiB == s.memoryKiB
                          && qAbs(last->cpuPercent - s.cpuPercent) < 0.05;
        if (!same) {
            m_lastStats.insert(s.uuid, s);
            changed.append(s);
        }
        tick.domains.append(r);
    }
    for (const QString &uuid : std::as_const(m_sampled)) {
        if (!seen.contains(uuid)) {
            tick.gone.append(uuid);
            m_rates.forget(uuid);
        }
    }
    m_sampled = std::move(seen);
    if (m_settings.has(StatsSettings::Host)) {
        HostCounters h = readHost();
        h.runningGuests = int(counters.size());
        tick.host = m_rates.host(h, tick.time);
    }
    if (!changed.isEmpty())
        emit statsSampled(changed);
    emit ticked(tick);
}
