#pragma once

#include "session.h"
#include "storagepoolinfo.h"

#include <QCoreApplication>
#include <QVector>

// The host's storage pools and their volumes: listing, creating a volume,
// and moving bytes in and out of one through libvirt's streams (so it works
// on remote hosts as on this one).
class StoragePools final
{
    Q_DECLARE_TR_FUNCTIONS(StoragePools)

public:
    explicit StoragePools(Session &session);

    Result<QVector<StoragePoolInfo>> pools();
    // Defines a pool, builds it (makes a dir pool's folder), starts it and
    // starts it with the host; returns its name.
    Result<QString> definePool(const QString &xml);
    // Refreshes the pool first, so files copied into its folder show.
    Result<QVector<StorageVolumeInfo>> volumes(const QString &pool);
    // Creates the volume; returns its path on the host.
    Result<QString> createVolume(const VolumeRequest &request);
    // Deletes the volume at path (a volume of any pool).
    VoidResult deleteVolume(const QString &path);
    // Creates a raw volume in pool holding the local file's bytes; returns its path.
    Result<QString> uploadFile(const QString &pool, const QString &name, const QString &localFile);
    // Writes the first `bytes` bytes of the volume at path into localFile.
    VoidResult downloadHead(const QString &path, qint64 bytes, const QString &localFile);
    // The pool holding path (empty when none does).
    QString poolOf(const QString &path);

private:
    Session &m_session;
};
