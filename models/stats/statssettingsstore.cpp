#include "statssettingsstore.h"

#include <QSettings>

#include <algorithm>

namespace {
const QString kInterval = QStringLiteral("statistics/intervalMs");
const QString kMetrics = QStringLiteral("statistics/metrics");
const QString kHistory = QStringLiteral("statistics/historySeconds");
constexpr int kMaxIntervalMs = 3600 * 1000;
constexpr int kMinHistorySeconds = 600;
constexpr int kMaxHistorySeconds = 24 * 3600;
} // namespace

StatsSettings StatsSettingsStore::sanitized(StatsSettings s)
{
    if (s.intervalMs < 0)
        s.intervalMs = 0;
    else if (s.intervalMs > 0)
        s.intervalMs = std::clamp(s.intervalMs, StatsSettings::kMinIntervalMs, kMaxIntervalMs);
    s.metrics &= StatsSettings::All;
    s.historySeconds = std::clamp(s.historySeconds, kMinHistorySeconds, kMaxHistorySeconds);
    return s;
}

StatsSettings StatsSettingsStore::load()
{
    const QSettings settings;
    const StatsSettings defaults;
    StatsSettings s;
    s.intervalMs = settings.value(kInterval, defaults.intervalMs).toInt();
    s.metrics = settings.value(kMetrics, defaults.metrics).toInt();
    s.historySeconds = settings.value(kHistory, defaults.historySeconds).toInt();
    return sanitized(s);
}

void StatsSettingsStore::save(const StatsSettings &settings)
{
    const StatsSettings s = sanitized(settings);
    QSettings store;
    store.setValue(kInterval, s.intervalMs);
    store.setValue(kMetrics, s.metrics);
    store.setValue(kHistory, s.historySeconds);
}
