#pragma once

#include "statstypes.h"

// Where the statistics settings (Preferences) are remembered: QSettings,
// shared by the application's start (loaded before any connection opens)
// and the Preferences dialog.
namespace StatsSettingsStore {

// The remembered settings, made valid; the defaults when none are stored.
StatsSettings load();
void save(const StatsSettings &settings);
// An interval of 0 (off) or at least StatsSettings::kMinIntervalMs, known
// metrics only, at least ten minutes of history.
StatsSettings sanitized(StatsSettings settings);

} // namespace StatsSettingsStore
