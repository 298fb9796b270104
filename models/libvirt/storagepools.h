#pragma once

#include "session.h"
#include "storagepoolinfo.h"

#include <QCoreApplication>
#include <QVector>

// The host's storage pools: listing, defining, starting and stopping,
// autostart, refresh and deletion. Their volumes: StorageVolumes.
class StoragePools final
{
    Q_DECLARE_TR_FUNCTIONS(StoragePools)

public:
    explicit StoragePools(Session &session);

    Result<QVector<StoragePoolInfo>> pools();
    // The pool types the host's libvirt supports (its storage pool
    // capabilities), or a fixed list when it cannot say.
    QStringList poolTypes();
    // Defines a pool, builds it (makes a dir pool's folder), starts it and
    // starts it with the host; returns its name.
    Result<QString> definePool(const QString &xml);
    // The same with a choice: start it now, and with the host.
    Result<QString> definePool(const QString &xml, bool start, bool autostart);
    VoidResult startPool(const QString &name);
    VoidResult stopPool(const QString &name);
    VoidResult setPoolAutostart(const QString &name, bool on);
    VoidResult refreshPool(const QString &name);
    // Stops the pool; with deleteContents also removes its folder or
    // storage (virStoragePoolDelete; a dir pool's folder must be empty);
    // then undefines it.
    VoidResult deletePool(const QString &name, bool deleteContents);

private:
    Result<StoragePoolHandle> lookup(const QString &name);

    Session &m_session;
};
