#pragma once

#include "session.h"

#include <QStringList>

#include <atomic>
#include <functional>

// Volumes copied from one host to another through libvirt's storage streams,
// byte for byte (holes kept where both pools can), on the caller's thread.

// The backing files below path as the host's pools describe them, nearest
// first (the volumes' <backingStore>); firstFormat gets the nearest one's format.
QStringList backingFromPools(virConnectPtr conn, const QString &path, QString *firstFormat);

// Copies the volume at path on src into the volume at the same path on dst
// (which exists); advanced gets each chunk's size. Stops with
// VIR_ERR_OPERATION_ABORTED once cancel is set.
VoidResult copyVolumeAcross(virConnectPtr src, virConnectPtr dst, const QString &path, const std::atomic<bool> &cancel,
                            const std::function<void(qint64 bytes)> &advanced);
