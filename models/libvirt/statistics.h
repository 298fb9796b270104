#pragma once

#include "domaininfo.h"
#include "session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

// Polls the running domains' CPU and memory (virConnectGetAllDomainStats) at
// the connection's interval and reports what changed; the domain list takes
// the last sample into each domain it reads.
class Statistics final : public QObject
{
    Q_OBJECT

public:
    Statistics(Session &session, QObject *parent);

    // 0 turns polling off.
    void setInterval(int msec);
    // The connection opened (polling starts) or closed (samples forgotten).
    void start();
    void stop();

    // Records d's vCPU count; gives it the last sample while it runs, and
    // forgets its samples once it stopped.
    void apply(DomainInfo &d);
    void forget(const QString &uuid);

signals:
    void statsSampled(const QVector<DomainStats> &stats);

private:
    void sample();

    Session &m_session;
    QTimer *m_timer = nullptr;
    QHash<QString, int> m_vcpus;
    struct CpuSample { quint64 cpuNs = 0; qint64 wallNs = 0; };
    QHash<QString, CpuSample> m_cpuSamples;
    QHash<QString, DomainStats> m_lastStats;
    QElapsedTimer m_clock;
    bool m_unsupported = false;
};
