#include "ratecalculator.h"

#include <algorithm>

namespace {
constexpr qint64 k32 = qint64(1) << 32;

double perSecond(qint64 delta, double seconds)
{
    return delta < 0 || seconds <= 0 ? -1 : double(delta) / seconds;
}

template<typename T>
const T *byName(const QVector<T> &items, const QString &name)
{
    for (const T &item : items) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}
} // namespace

qint64 RateCalculator::delta(qint64 before, qint64 now, bool wrap32)
{
    if (before < 0 || now < 0)
        return -1;
    if (now >= before)
        return now - before;
    // A 32-bit counter that passed 2^32 starts again near 0: read it as a wrap
    // when both values fit in 32 bits and the wrapped increase is plausible
    // (under 2^31); anything else is a reset.
    if (wrap32 && before < k32 && now < k32) {
        const qint64 wrapped = now + k32 - before;
        if (wrapped < k32 / 2)
            return wrapped;
    }
    return -1;
}

DomainRates RateCalculator::domain(const DomainCounters &now, double wallTime, int hostCpus)
{
    DomainRates r;
    r.uuid = now.uuid;
    r.time = wallTime;
    // Memory is a level, not a counter: known from the first tick.
    if (now.balloonKiB >= 0) {
        r.balloonKiB = double(now.balloonKiB);
        r.memoryKiB = now.unusedKiB >= 0 && now.unusedKiB <= now.balloonKiB ? double(now.balloonKiB - now.unusedKiB)
                                                                             : double(now.balloonKiB);
    }
    if (now.rssKiB >= 0)
        r.rssKiB = double(now.rssKiB);

    const auto it = m_domains.constFind(now.uuid);
    const bool restarted = it != m_domains.constEnd()
                           && ((now.id >= 0 && it->id >= 0 && now.id != it->id)
                               || (now.cpuNs >= 0 && it->cpuNs >= 0 && now.cpuNs < it->cpuNs));
    if (it == m_domains.constEnd() || restarted || now.clockNs <= it->clockNs) {
        // A baseline only: the device lists are known, the rates not yet.
        for (const DiskCounters &d : now.disks)
            r.disks.append({d.name});
        for (const NetCounters &n : now.nets)
            r.nets.append({n.name});
        m_domains.insert(now.uuid, now);
        return r;
    }
    const DomainCounters &before = *it;
    const double seconds = double(now.clockNs - before.clockNs) / 1e9;
    const qint64 cpu = delta(before.cpuNs, now.cpuNs);
    if (cpu >= 0) {
        const double ofOne = 100.0 * double(cpu) / double(now.clockNs - before.clockNs);
        r.cpuPercent = std::clamp(ofOne / std::max(1, now.vcpus), 0.0, 100.0);
        r.cpuHostPercent = std::clamp(ofOne / std::max(1, hostCpus), 0.0, 100.0);
    }
    for (const DiskCounters &d : now.disks) {
        DiskRate rate{d.name};
        if (const DiskCounters *b = byName(before.disks, d.name)) {
            rate.readBytesPerSec = perSecond(delta(b->readBytes, d.readBytes), seconds);
            rate.writeBytesPerSec = perSecond(delta(b->writeBytes, d.writeBytes), seconds);
            rate.readIops = perSecond(delta(b->readRequests, d.readRequests), seconds);
            rate.writeIops = perSecond(delta(b->writeRequests, d.writeRequests), seconds);
        }
        r.disks.append(rate);
    }
    for (const NetCounters &n : now.nets) {
        NetRate rate{n.name};
        if (const NetCounters *b = byName(before.nets, n.name)) {
            rate.rxBytesPerSec = perSecond(delta(b->rxBytes, n.rxBytes, true), seconds);
            rate.txBytesPerSec = perSecond(delta(b->txBytes, n.txBytes, true), seconds);
        }
        r.nets.append(rate);
    }
    m_domains.insert(now.uuid, now);
    return r;
}

HostRates RateCalculator::host(const HostCounters &now, double wallTime)
{
    HostRates r;
    r.time = wallTime;
    r.cpus = now.cpus;
    r.runningGuests = now.runningGuests;
    if (now.memoryTotalKiB >= 0) {
        r.memoryTotalKiB = double(now.memoryTotalKiB);
        if (now.memoryAvailableKiB >= 0 && now.memoryAvailableKiB <= now.memoryTotalKiB)
            r.memoryUsedKiB = double(now.memoryTotalKiB - now.memoryAvailableKiB);
    }
    const double pageKiB = double(now.pageSizeBytes) / 1024.0;
    if (now.ksmPagesShared >= 0)
        r.ksmSharedKiB = double(now.ksmPagesShared) * pageKiB;
    if (now.ksmPagesSharing >= 0)
        r.ksmSavedKiB = double(now.ksmPagesSharing) * pageKiB;
    if (m_haveHost) {
        const qint64 busy = delta(m_host.cpuBusyNs, now.cpuBusyNs);
        const qint64 total = delta(m_host.cpuTotalNs, now.cpuTotalNs);
        if (busy >= 0 && total > 0)
            r.cpuPercent = std::clamp(100.0 * double(busy) / double(total), 0.0, 100.0);
    }
    m_host = now;
    m_haveHost = true;
    return r;
}

void RateCalculator::forget(const QString &uuid)
{
    m_domains.remove(uuid);
}

void RateCalculator::forgetAll()
{
    m_domains.clear();
    m_haveHost = false;
}
