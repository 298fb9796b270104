#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

// Mirrors virDomainState without exposing libvirt's headers.
enum class DomainState {
    NoState = 0,
    Running = 1,
    Blocked = 2,
    Paused = 3,
    ShuttingDown = 4,
    ShutOff = 5,
    Crashed = 6,
    PMSuspended = 7,
};

// What the VM list shows of one domain.
struct DomainInfo
{
    QString uuid;
    QString name;
    QString title;
    DomainState state = DomainState::NoState;
    int stateReason = 0;
    int vcpus = 0;
    quint64 memoryKiB = 0;    // current balloon
    quint64 maxMemoryKiB = 0;
    bool autostart = false;
    bool persistent = true;
    bool hasManagedSave = false;
    double cpuPercent = -1;   // < 0: not sampled (not running, or driver has no stats)

    bool operator==(const DomainInfo &) const = default;
};

// One statistics sample of a running domain.
struct DomainStats
{
    QString uuid;
    double cpuPercent = -1;
    quint64 memoryKiB = 0;
};

bool isActive(DomainState state);

Q_DECLARE_METATYPE(DomainInfo)
Q_DECLARE_METATYPE(DomainStats)
