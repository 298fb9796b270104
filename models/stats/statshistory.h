#pragma once

#include "history.h"
#include "statstypes.h"

#include <QHash>
#include <QObject>
#include <QSet>

// A connection's statistics history, on the GUI thread: every running
// domain's and the host's series, fed one StatsTick at a time. Views read it
// directly (a sparkline delegate, the Performance page, the host overview);
// they repaint on appended().
//
// Memory: a domain costs History::bytes(): 4 bytes per tick per series plus
// 4 for the time axis, and 12 per one-minute bucket per series plus 4. With
// the defaults (1 s for 1 hour, 24 hours of buckets) a guest with one disk
// and one interface (11 series) costs about 181 KB after an hour and 369 KB
// at most (after a day); storage grows with the time a guest has run.
// bytesPerDomain() computes the bound; bench/stats measures it.
class StatsHistory final : public QObject
{
    Q_OBJECT

public:
    explicit StatsHistory(QObject *parent = nullptr);

    void setSettings(const StatsSettings &settings);
    StatsSettings settings() const { return m_settings; }
    void append(const StatsTick &tick);
    void clear();

    const History *domain(const QString &uuid) const;
    const History &host() const { return m_host; }
    // The last tick's figures (rates of -1 when not sampled).
    DomainRates latest(const QString &uuid) const { return m_latest.value(uuid); }
    const QHash<QString, DomainRates> &latest() const { return m_latest; }
    HostRates latestHost() const { return m_latestHost; }
    bool hasHostData() const { return m_host.size() > 0; }

    qint64 bytes() const;
    // The history one domain costs when full, for the given settings and devices.
    static qint64 bytesPerDomain(const StatsSettings &settings, int disks, int nets);

    // Width of the list's sparklines in ticks; steadiness is judged over it.
    static constexpr int kSparklineTicks = 60;

signals:
    // Domains whose history got a tick; `sparklinesChanged` those of them
    // whose last kSparklineTicks values of CPU, disk or network moved.
    void appended(const QSet<QString> &uuids, const QSet<QString> &sparklinesChanged);
    void domainGone(const QString &uuid);
    // The interval, metrics or history length changed (Preferences).
    void settingsChanged();

private:
    StatsSettings m_settings;
    QHash<QString, History> m_domains;
    QHash<QString, DomainRates> m_latest;
    History m_host;
    HostRates m_latestHost;
};
