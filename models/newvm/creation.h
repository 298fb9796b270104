#pragma once

#include "result.h"
#include "storagepoolinfo.h"

#include <QString>
#include <QStringList>

#include <optional>

// What the creation service makes: a new volume, the installer's kernel and
// initrd (network installs) copied into a pool, the definition, its first start.
struct CreationRequest
{
    QString xml;             // the persistent definition (customized or not)
    VolumeRequest newVolume; // pool empty: no new volume
    QString predictedPath;   // where xml expects the new volume
    QString kernelFile;      // local files (network install), copied into uploadPool
    QString initrdFile;
    QString uploadPool;
    QString cmdline;
    bool start = true;
};

struct CreationOutcome
{
    QString uuid;
    QString name;
    QString createdDisk;            // the new volume's path on the host
    QStringList uploaded;           // kernel and initrd volumes
    bool started = false;
    std::optional<Error> startError; // defined, but the first start failed
};
