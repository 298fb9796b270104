#pragma once

#include "statstypes.h"

#include <QHash>

// Turns successive raw counters into rates. Pure arithmetic, no libvirt, so
// the unit tests feed it fixed counter sequences.
//
// - The first tick of a domain, and the first after a restart (a new libvirt
//   id, or its CPU time going backwards), gives no rates: only a baseline.
// - A single counter that goes backwards (a disk unplugged and plugged again)
//   gives no rate for that counter this tick, never a negative or huge spike.
// - Interface counters that libvirt reports as 32-bit values wrap around at
//   2^32: a drop from near the top to near the bottom is read as a wrap.
// - forget() a domain that vanished; when it comes back it starts over.
class RateCalculator
{
public:
    // wallTime: seconds since the epoch, stamped on the result.
    DomainRates domain(const DomainCounters &now, double wallTime, int hostCpus);
    HostRates host(const HostCounters &now, double wallTime);
    void forget(const QString &uuid);
    void forgetAll();
    bool knows(const QString &uuid) const { return m_domains.contains(uuid); }

    // The increase from `before` to `now` of a counter; -1 when it cannot be
    // known (either unknown, or it went backwards). wrap32: the counter may
    // be a 32-bit one that wrapped.
    static qint64 delta(qint64 before, qint64 now, bool wrap32 = false);

private:
    QHash<QString, DomainCounters> m_domains;
    HostCounters m_host;
    bool m_haveHost = false;
};
