#include "statshistory.h"

#include <cmath>

namespace {
constexpr double kBucketSeconds = 60;
constexpr int kBuckets = 24 * 3600 / int(kBucketSeconds);

int ticksFor(const StatsSettings &s)
{
    const int interval = std::max(s.intervalMs, StatsSettings::kMinIntervalMs);
    return std::max(60, int(qint64(s.historySeconds) * 1000 / interval));
}

QVector<History::Sample> samplesOf(const DomainRates &r)
{
    QVector<History::Sample> s;
    s.reserve(5 + 4 * r.disks.size() + 2 * r.nets.size());
    s.append({Metric::Cpu, {}, r.cpuPercent});
    s.append({Metric::CpuHost, {}, r.cpuHostPercent});
    s.append({Metric::Memory, {}, r.memoryKiB});
    s.append({Metric::Balloon, {}, r.balloonKiB});
    s.append({Metric::Rss, {}, r.rssKiB});
    for (const DiskRate &d : r.disks) {
        s.append({Metric::DiskRead, d.name, d.readBytesPerSec});
        s.append({Metric::DiskWrite, d.name, d.writeBytesPerSec});
        s.append({Metric::DiskReadIops, d.name, d.readIops});
        s.append({Metric::DiskWriteIops, d.name, d.writeIops});
    }
    for (const NetRate &n : r.nets) {
        s.append({Metric::NetRx, n.name, n.rxBytesPerSec});
        s.append({Metric::NetTx, n.name, n.txBytesPerSec});
    }
    return s;
}
} // namespace

StatsHistory::StatsHistory(QObject *parent)
    : QObject(parent)
    , m_host(ticksFor({}), kBucketSeconds, kBuckets)
{
}

void StatsHistory::setSettings(const StatsSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    const int ticks = ticksFor(settings);
    m_host.setCapacity(ticks);
    for (History &h : m_domains)
        h.setCapacity(ticks);
    emit settingsChanged();
}

void StatsHistory::append(const StatsTick &tick)
{
    QSet<QString> uuids, changed;
    const int ticks = ticksFor(m_settings);
    for (const DomainRates &r : tick.domains) {
        auto it = m_domains.find(r.uuid);
        if (it == m_domains.end())
            it = m_domains.insert(r.uuid, History(ticks, kBucketSeconds, kBuckets));
        it->append(r.time, samplesOf(r));
        m_latest.insert(r.uuid, r);
        uuids.insert(r.uuid);
        if (!it->steady({Metric::Cpu}, kSparklineTicks)
            || !it->steady({Metric::DiskRead, Metric::DiskWrite}, kSparklineTicks)
            || !it->steady({Metric::NetRx, Metric::NetTx}, kSparklineTicks))
            changed.insert(r.uuid);
    }
    for (const QString &uuid : tick.gone) {
        // A gap where the guest stopped; its history stays until the
        // connection closes (bounded like a running guest's).
        auto it = m_domains.find(uuid);
        if (it != m_domains.end()) {
            it->append(tick.time, {});
            changed.insert(uuid);
        }
        m_latest.remove(uuid);
        emit domainGone(uuid);
    }
    if (tick.host.time > 0) {
        const HostRates &h = tick.host;
        m_host.append(h.time, {{Metric::HostCpu, {}, h.cpuPercent},
                               {Metric::HostMemoryUsed, {}, h.memoryUsedKiB},
                               {Metric::HostMemoryTotal, {}, h.memoryTotalKiB},
                               {Metric::KsmShared, {}, h.ksmSharedKiB},
                               {Metric::KsmSaved, {}, h.ksmSavedKiB},
                               {Metric::RunningGuests, {}, double(h.runningGuests)}});
        m_latestHost = h;
    }
    emit appended(uuids, changed);
}

void StatsHistory::clear()
{
    m_domains.clear();
    m_latest.clear();
    m_host.clear();
    m_latestHost = {};
}

const History *StatsHistory::domain(const QString &uuid) const
{
    const auto it = m_domains.constFind(uuid);
    return it == m_domains.constEnd() ? nullptr : &*it;
}

qint64 StatsHistory::bytes() const
{
    qint64 b = m_host.bytes();
    for (const History &h : m_domains)
        b += h.bytes();
    return b;
}

qint64 StatsHistory::bytesPerDomain(const StatsSettings &settings, int disks, int nets)
{
    const qint64 series = 5 + 4 * disks + 2 * nets;
    const qint64 ticks = ticksFor(settings);
    // Each tick: one float per series and one for the time; each bucket:
    // three floats per series and one for its time.
    return (series + 1) * ticks * 4 + (3 * series + 1) * kBuckets * 4;
}
