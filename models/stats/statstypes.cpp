#include "statstypes.h"

namespace {
template<typename T, typename F>
double sumOf(const QVector<T> &items, F field)
{
    double sum = -1;
    for (const T &item : items) {
        const double v = field(item);
        if (v >= 0)
            sum = sum < 0 ? v : sum + v;
    }
    return sum;
}

double both(double a, double b)
{
    if (a < 0)
        return b;
    return b < 0 ? a : a + b;
}
} // namespace

double DomainRates::diskReadBytesPerSec() const
{
    return sumOf(disks, [](const DiskRate &d) { return d.readBytesPerSec; });
}

double DomainRates::diskWriteBytesPerSec() const
{
    return sumOf(disks, [](const DiskRate &d) { return d.writeBytesPerSec; });
}

double DomainRates::diskBytesPerSec() const
{
    return both(diskReadBytesPerSec(), diskWriteBytesPerSec());
}

double DomainRates::diskIops() const
{
    return both(sumOf(disks, [](const DiskRate &d) { return d.readIops; }),
                sumOf(disks, [](const DiskRate &d) { return d.writeIops; }));
}

double DomainRates::netRxBytesPerSec() const
{
    return sumOf(nets, [](const NetRate &n) { return n.rxBytesPerSec; });
}

double DomainRates::netTxBytesPerSec() const
{
    return sumOf(nets, [](const NetRate &n) { return n.txBytesPerSec; });
}

double DomainRates::netBytesPerSec() const
{
    return both(netRxBytesPerSec(), netTxBytesPerSec());
}
