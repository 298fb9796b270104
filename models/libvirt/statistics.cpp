#include "statistics.h"

Statistics::Statistics(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &Statistics::sample);
    m_clock.start();
}

void Statistics::setInterval(int msec)
{
    m_timer->setInterval(qMax(msec, 0));
    if (msec <= 0)
        m_timer->stop();
    else if (m_session.isOpen())
        m_timer->start();
}

void Statistics::start()
{
    m_unsupported = false;
    if (m_timer->interval() > 0)
        m_timer->start();
}

void Statistics::stop()
{
    m_timer->stop();
    m_cpuSamples.clear();
    m_lastStats.clear();
}

void Statistics::apply(DomainInfo &d)
{
    m_vcpus.insert(d.uuid, d.vcpus);
    if (!isActive(d.state)) {
        m_cpuSamples.remove(d.uuid);
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
    m_cpuSamples.remove(uuid);
    m_lastStats.remove(uuid);
}

void Statistics::sample()
{
    if (!m_session.isOpen() || m_unsupported)
        return;
    virDomainStatsRecordPtr *records = nullptr;
    const unsigned int groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL | VIR_DOMAIN_STATS_BALLOON;
    const int n = virConnectGetAllDomainStats(m_session.conn(), groups, &records, VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE);
    if (n < 0) {
        const Error e = Session::takeError();
        if (e.code == VIR_ERR_NO_SUPPORT)
            m_unsupported = true;
        m_session.checkAlive();
        return;
    }
    const StatsRecordsHandle owned(records);
    const qint64 now = m_clock.nsecsElapsed();
    QVector<DomainStats> changed;
    for (int i = 0; i < n; ++i) {
        const virDomainStatsRecordPtr r = records[i];
        DomainStats s;
        s.uuid = uuidOf(r->dom);
        unsigned long long cpuNs = 0;
        bool haveCpu = virTypedParamsGetULLong(r->params, r->nparams, "cpu.time", &cpuNs) == 1;
        if (!haveCpu) {
            // Drivers without the cpu-total group (the test driver) still report it here.
            virDomainInfo info;
            haveCpu = virDomainGetInfo(r->dom, &info) == 0;
            cpuNs = info.cpuTime;
        }
        if (haveCpu) {
            const CpuSample prev = m_cpuSamples.value(s.uuid);
            const int vcpus = qMax(1, m_vcpus.value(s.uuid, 1));
            if (prev.wallNs > 0 && now > prev.wallNs && cpuNs >= prev.cpuNs)
                s.cpuPercent = qBound(0.0, 100.0 * double(cpuNs - prev.cpuNs) / double(now - prev.wallNs) / vcpus, 100.0);
            m_cpuSamples.insert(s.uuid, {cpuNs, now});
        }
        unsigned long long balloon = 0;
        if (virTypedParamsGetULLong(r->params, r->nparams, "balloon.current", &balloon) == 1)
            s.memoryKiB = balloon;
        const auto last = m_lastStats.constFind(s.uuid);
        const bool same = last != m_lastStats.constEnd() && last->memoryKiB == s.memoryKiB
                          && qAbs(last->cpuPercent - s.cpuPercent) < 0.05;
        if (!same) {
            m_lastStats.insert(s.uuid, s);
            changed.append(s);
        }
    }
    Session::dropError(); // of a domain that stopped while it was read
    if (!changed.isEmpty())
        emit statsSampled(changed);
}
