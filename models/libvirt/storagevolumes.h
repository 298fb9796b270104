#pragma once

#include "session.h"
#include "storagepoolinfo.h"

#include <QCoreApplication>
#include <QVector>

// The volumes of the host's storage pools: listing, creating (with a backing
// image), resizing, wiping, deleting, and the short transfers the New VM
// wizard makes through libvirt's streams (long ones: VolumeTransfer).
class StorageVolumes final
{
    Q_DECLARE_TR_FUNCTIONS(StorageVolumes)

public:
    explicit StorageVolumes(Session &session);

    // Refreshes the pool first, so files copied into its folder show.
    Result<QVector<StorageVolumeInfo>> volumes(const QString &pool);
    // Creates the volume; returns its path on the host.
    Result<QString> createVolume(const VolumeRequest &request);
    // Deletes the volume at path (a volume of any pool).
    VoidResult deleteVolume(const QString &path);
    // Sets the volume's capacity; a smaller one only with allowShrink.
    VoidResult resizeVolume(const QString &path, qint64 capacity, bool allowShrink);
    // Overwrites the volume's data with zeros (virStorageVolWipe).
    VoidResult wipeVolume(const QString &path);
    // Creates a raw volume in pool holding the local file's bytes; returns its path.
    Result<QString> uploadFile(const QString &pool, const QString &name, const QString &localFile);
    // Writes the first `bytes` bytes of the volume at path into localFile.
    VoidResult downloadHead(const QString &path, qint64 bytes, const QString &localFile);
    // The pool holding path (empty when none does).
    QString poolOf(const QString &path);

private:
    Result<StorageVolHandle> lookup(const QString &path);

    Session &m_session;
};
