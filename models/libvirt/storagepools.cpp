#include "storagepools.h"

StoragePools::StoragePools(Session &session)
    : m_session(session)
{
}

Result<QVector<StoragePoolInfo>> StoragePools::pools()
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    virStoragePoolPtr *items = nullptr;
    const int n = virConnectListAllStoragePools(m_session.conn(), &items, 0);
    if (n < 0)
        return Session::takeError(tr("The host's storage pools could not be listed."));
    QVector<StoragePoolInfo> list;
    for (const StoragePoolHandle &pool : adoptList<StoragePoolHandle>(items, n)) {
        StoragePoolInfo info;
        info.name = QString::fromUtf8(virStoragePoolGetName(pool.get()));
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virStoragePoolGetUUIDString(pool.get(), uuid) == 0)
            info.uuid = QString::fromLatin1(uuid);
        info.active = virStoragePoolIsActive(pool.get()) == 1;
        info.persistent = virStoragePoolIsPersistent(pool.get()) != 0;
        int autostart = 0;
        if (virStoragePoolGetAutostart(pool.get(), &autostart) == 0)
            info.autostart = autostart != 0;
        virStoragePoolInfo poolInfo;
        if (info.active && virStoragePoolGetInfo(pool.get(), &poolInfo) == 0) {
            info.capacity = qint64(poolInfo.capacity);
            info.allocation = qint64(poolInfo.allocation);
            info.available = qint64(poolInfo.available);
        }
        if (const Result<QString> xml = Session::text(virStoragePoolGetXMLDesc(pool.get(), 0)))
            parseStoragePoolXml(xml.value(), &info);
        Session::dropError(); // one pool that went away meanwhile does not fail the list
        list << info;
    }
    return list;
}

QStringList StoragePools::poolTypes()
{
    if (!m_session.isOpen())
        return fallbackPoolTypes();
    const Result<QString> xml = Session::text(virConnectGetStoragePoolCapabilities(m_session.conn(), 0));
    QStringList types = xml ? parseStoragePoolCapabilities(xml.value()) : QStringList();
    if (types.isEmpty()) // older daemons and drivers without the call
        types = fallbackPoolTypes();
    return types;
}

Result<QString> StoragePools::definePool(const QString &xml)
{
    return definePool(xml, true, true);
}

Result<QString> StoragePools::definePool(const QString &xml, bool start, bool autostart)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const StoragePoolHandle pool(virStoragePoolDefineXML(m_session.conn(), xml.toUtf8().constData(), 0));
    if (!pool)
        return Session::takeError();
    const QString name = QString::fromUtf8(virStoragePoolGetName(pool.get()));
    if (autostart && virStoragePoolSetAutostart(pool.get(), 1) < 0)
        Session::dropError();
    if (!start)
        return name;
    // An existing folder is kept as it is; only a missing one is made.
    if (virStoragePoolBuild(pool.get(), VIR_STORAGE_POOL_BUILD_NO_OVERWRITE) < 0)
        Session::dropError();
    if (virStoragePoolCreate(pool.get(), 0) < 0) {
        Error e = Session::takeError();
        e.message = tr("The storage pool %1 was defined but could not be started: %2").arg(name, e.message);
        return e;
    }
    return name;
}

Result<StoragePoolHandle> StoragePools::lookup(const QString &name)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    StoragePoolHandle pool(virStoragePoolLookupByName(m_session.conn(), name.toUtf8().constData()));
    if (!pool)
        return Session::takeError();
    return pool;
}

VoidResult StoragePools::startPool(const QString &name)
{
    Result<StoragePoolHandle> pool = lookup(name);
    if (!pool)
        return pool.error();
    if (virStoragePoolCreate(pool.value().get(), 0) < 0)
        return Session::takeError();
    return {};
}

VoidResult StoragePools::stopPool(const QString &name)
{
    Result<StoragePoolHandle> pool = lookup(name);
    if (!pool)
        return pool.error();
    if (virStoragePoolDestroy(pool.value().get()) < 0)
        return Session::takeError();
    return {};
}

VoidResult StoragePools::setPoolAutostart(const QString &name, bool on)
{
    Result<StoragePoolHandle> pool = lookup(name);
    if (!pool)
        return pool.error();
    if (virStoragePoolSetAutostart(pool.value().get(), on ? 1 : 0) < 0)
        return Session::takeError();
    return {};
}

VoidResult StoragePools::refreshPool(const QString &name)
{
    Result<StoragePoolHandle> pool = lookup(name);
    if (!pool)
        return pool.error();
    if (virStoragePoolRefresh(pool.value().get(), 0) < 0)
        return Session::takeError();
    return {};
}

VoidResult StoragePools::deletePool(const QString &name, bool deleteContents)
{
    Result<StoragePoolHandle> found = lookup(name);
    if (!found)
        return found.error();
    virStoragePoolPtr pool = found.value().get();
    if (virStoragePoolIsActive(pool) == 1 && virStoragePoolDestroy(pool) < 0) {
        Error e = Session::takeError();
        e.message = tr("The storage pool %1 could not be stopped: %2").arg(name, e.message);
        return e;
    }
    if (deleteContents && virStoragePoolDelete(pool, 0) < 0) {
        // Stopped but still defined: the user can start it again and empty it first.
        Error e = Session::takeError();
        e.message = tr("The storage of pool %1 could not be deleted; the pool is stopped and still defined: %2")
                        .arg(name, e.message);
        return e;
    }
    if (virStoragePoolIsPersistent(pool) == 1 && virStoragePoolUndefine(pool) < 0)
        return Session::takeError();
    return {};
}
