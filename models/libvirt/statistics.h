#pragma once

#include "domaininfo.h"
#include "ratecalculator.h"
#include "session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QObject>
#include <QSet>
#include <QTimer>

// Samples the running domains and the host at the user's interval, on the
// connection's worker thread, and delivers each tick's rates (ticked) and,
// for the domain list, the CPU and memory figures that changed
// (statsSampled).
//
// On drivers with bulk statistics (QEMU) one virConnectGetAllDomainStats call
// per tick reads every running domain's CPU, balloon, block and interface
// counters; on drivers without them (the test driver) each running domain is
// asked in turn (virDomainGetInfo, MemoryStats, BlockStats, InterfaceStats on
// the devices its definition names, read once and kept in the DomainCache).
// The host: virNodeGetCPUStats, virNodeGetMemoryStats and KSM's figures from
// virNodeGetMemoryParameters; whichever the driver does not offer is left
// unknown and not asked again until the connection opens anew.
// The category qvirt.stats (debug) logs how each tick read the domains; the
// tests count the calls.
Q_DECLARE_LOGGING_CATEGORY(lcStats)

class Statistics final : public QObject
{
    Q_OBJECT

public:
    Statistics(Session &session, QObject *parent);

    void setSettings(const StatsSettings &settings);
    // The connection opened (sampling starts) or closed (samples forgotten).
    void start();
    void stop();

    // Records d's vCPU count; gives it the last sample while it runs, and
    // forgets its samples once it stopped.
    void apply(DomainInfo &d);
    void forget(const QString &uuid);

signals:
    void statsSampled(const QVector<DomainStats> &stats);
    void ticked(const StatsTick &tick);

private:
    void sample();
    bool sampleBulk(QVector<DomainCounters> &out);
    bool samplePerDomain(QVector<DomainCounters> &out);
    bool readDomain(virDomainPtr dom, DomainCounters &c);
    HostCounters readHost();
    void deliver(const QVector<DomainCounters> &counters);

    Session &m_session;
    QTimer *m_timer = nullptr;
    StatsSettings m_settings;
    RateCalculator m_rates;
    QHash<QString, int> m_vcpus;
    QHash<QString, DomainStats> m_lastStats;
    QSet<QString> m_sampled; // running domains the last tick saw
    QElapsedTimer m_clock;
    int m_hostCpus = 0;
    bool m_bulk = true;      // the driver has virConnectGetAllDomainStats with counters
    bool m_hostCpuStats = true;
    bool m_hostMemoryStats = true;
    bool m_ksm = true;
};
