#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// Statistics as plain values: the raw counters one tick reads from libvirt
// (DomainCounters, HostCounters), the rates derived from two ticks
// (DomainRates, HostRates), and what the user chose to sample (StatsSettings).
// No libvirt types: the worker fills the counters, RateCalculator turns them
// into rates, StatsHistory keeps them for the views.

// A counter libvirt did not report is -1.
struct DiskCounters
{
    QString name; // the target device: vda, sda, hdc
    qint64 readBytes = -1;
    qint64 writeBytes = -1;
    qint64 readRequests = -1;
    qint64 writeRequests = -1;
};

struct NetCounters
{
    QString name; // the host side's interface (vnet0), else the guest MAC
    qint64 rxBytes = -1;
    qint64 txBytes = -1;
};

struct DomainCounters
{
    QString uuid;
    int id = -1;          // libvirt's id of the running domain: a new id is a restart
    qint64 clockNs = 0;   // a monotonic clock when the counters were read
    qint64 cpuNs = -1;    // the guest's CPU time over all vCPUs
    int vcpus = 1;
    qint64 balloonKiB = -1;   // memory the guest has now (balloon actual)
    qint64 unusedKiB = -1;    // what the guest reports unused (needs its balloon driver)
    qint64 rssKiB = -1;       // the QEMU process's resident set
    QVector<DiskCounters> disks;
    QVector<NetCounters> nets;
};

struct HostCounters
{
    qint64 clockNs = 0;
    qint64 cpuBusyNs = -1;  // user + kernel (+ nice, irq ...) over all host CPUs
    qint64 cpuTotalNs = -1; // busy + idle + iowait
    qint64 memoryTotalKiB = -1;
    qint64 memoryAvailableKiB = -1; // free + buffers + cached
    // KSM ("merge identical guest pages"): pages shared (the merged copies)
    // and pages sharing (the guest pages pointing at them: the saving).
    qint64 ksmPagesShared = -1;
    qint64 ksmPagesSharing = -1;
    qint64 pageSizeBytes = 4096;
    int runningGuests = 0;
    int cpus = 1;
};

struct DiskRate
{
    QString name;
    double readBytesPerSec = -1;
    double writeBytesPerSec = -1;
    double readIops = -1;
    double writeIops = -1;
};

struct NetRate
{
    QString name;
    double rxBytesPerSec = -1;
    double txBytesPerSec = -1;
};

// One tick's figures for one running domain; -1 where nothing is known this
// tick (the first tick after a start or restart, a metric switched off, a
// counter that went backwards).
struct DomainRates
{
    QString uuid;
    double time = 0;            // seconds since the epoch
    double cpuPercent = -1;     // of its own vCPUs: 100 = all of them busy
    double cpuHostPercent = -1; // of all the host's CPUs
    double memoryKiB = -1;      // in use by the guest (balloon actual less unused, or balloon actual)
    double balloonKiB = -1;
    double rssKiB = -1;
    QVector<DiskRate> disks;
    QVector<NetRate> nets;

    // Sums over the devices; -1 when none of them is known.
    double diskReadBytesPerSec() const;
    double diskWriteBytesPerSec() const;
    double diskBytesPerSec() const; // read + write
    double diskIops() const;
    double netRxBytesPerSec() const;
    double netTxBytesPerSec() const;
    double netBytesPerSec() const; // rx + tx
};

struct HostRates
{
    double time = 0;
    double cpuPercent = -1;
    double memoryTotalKiB = -1;
    double memoryUsedKiB = -1;
    double ksmSharedKiB = -1;  // memory the merged pages take
    double ksmSavedKiB = -1;   // memory KSM saves (pages sharing)
    int runningGuests = 0;
    int cpus = 1;
};

// What one tick of a connection's statistics service delivers.
struct StatsTick
{
    double time = 0; // seconds since the epoch
    QVector<DomainRates> domains; // every running domain that answered
    HostRates host;
    QStringList gone; // domains sampled before that are no longer running
};

// What the user chose (Preferences); the same for every connection.
struct StatsSettings
{
    enum Metric { Cpu = 0x1, Memory = 0x2, Disk = 0x4, Network = 0x8, Host = 0x10, All = 0x1f };
    int intervalMs = 1000;     // from kMinIntervalMs; 0 turns sampling off
    int metrics = All;
    int historySeconds = 3600; // kept at full resolution; longer ranges downsampled

    static constexpr int kMinIntervalMs = 500;
    bool has(Metric m) const { return metrics & m; }
    bool operator==(const StatsSettings &o) const
    {
        return intervalMs == o.intervalMs && metrics == o.metrics && historySeconds == o.historySeconds;
    }
    bool operator!=(const StatsSettings &o) const { return !(*this == o); }
};

Q_DECLARE_METATYPE(StatsTick)
Q_DECLARE_METATYPE(StatsSettings)
