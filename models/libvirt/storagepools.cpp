#include "storagepools.h"

#include "filename.h"

#include <QFile>

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

Result<QString> StoragePools::definePool(const QString &xml)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const StoragePoolHandle pool(virStoragePoolDefineXML(m_session.conn(), xml.toUtf8().constData(), 0));
    if (!pool)
        return Session::takeError();
    const QString name = QString::fromUtf8(virStoragePoolGetName(pool.get()));
    // An existing folder is kept as it is; only a missing one is made.
    if (virStoragePoolBuild(pool.get(), VIR_STORAGE_POOL_BUILD_NO_OVERWRITE) < 0)
        Session::dropError();
    if (virStoragePoolCreate(pool.get(), 0) < 0) {
        Error e = Session::takeError();
        e.message = tr("The storage pool %1 was defined but could not be started: %2").arg(name, e.message);
        return e;
    }
    if (virStoragePoolSetAutostart(pool.get(), 1) < 0)
        Session::dropError();
    return name;
}

Result<QVector<StorageVolumeInfo>> StoragePools::volumes(const QString &poolName)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const StoragePoolHandle pool(virStoragePoolLookupByName(m_session.conn(), poolName.toUtf8().constData()));
    if (!pool)
        return Session::takeError();
    if (virStoragePoolRefresh(pool.get(), 0) < 0)
        Session::dropError(); // an inactive pool lists what libvirt last knew: nothing
    virStorageVolPtr *items = nullptr;
    const int n = virStoragePoolListAllVolumes(pool.get(), &items, 0);
    if (n < 0)
        return Session::takeError();
    QVector<StorageVolumeInfo> list;
    list.reserve(n);
    for (const StorageVolHandle &vol : adoptList<StorageVolHandle>(items, n)) {
        StorageVolumeInfo info;
        info.pool = poolName;
        info.name = QString::fromUtf8(virStorageVolGetName(vol.get()));
        info.path = FileName::fromNative(QByteArray(StringHandle(virStorageVolGetPath(vol.get())).get()));
        virStorageVolInfo volInfo;
        if (virStorageVolGetInfo(vol.get(), &volInfo) == 0) {
            info.capacity = qint64(volInfo.capacity);
            info.allocation = qint64(volInfo.allocation);
        }
        if (const Result<QString> xml = Session::text(virStorageVolGetXMLDesc(vol.get(), 0)))
            info.format = parseVolumeFormat(xml.value());
        Session::dropError();
        list << info;
    }
    return list;
}

Result<QString> StoragePools::createVolume(const VolumeRequest &request)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const StoragePoolHandle pool(virStoragePoolLookupByName(m_session.conn(), request.pool.toUtf8().constData()));
    if (!pool)
        return Session::takeError();
    const StorageVolHandle vol(virStorageVolCreateXML(pool.get(), volumeXml(request).toUtf8().constData(), 0));
    if (!vol)
        return Session::takeError();
    return FileName::fromNative(QByteArray(StringHandle(virStorageVolGetPath(vol.get())).get()));
}

VoidResult StoragePools::deleteVolume(const QString &path)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const StorageVolHandle vol(virStorageVolLookupByPath(m_session.conn(), FileName::toNative(path).constData()));
    if (!vol || virStorageVolDelete(vol.get(), 0) < 0)
        return Session::takeError();
    return {};
}

QString StoragePools::poolOf(const QString &path)
{
    const StorageVolHandle vol(virStorageVolLookupByPath(m_session.conn(), FileName::toNative(path).constData()));
    if (!vol) {
        Session::dropError();
        return {};
    }
    const StoragePoolHandle pool(virStoragePoolLookupByVolume(vol.get()));
    if (!pool) {
        Session::dropError();
        return {};
    }
    return QString::fromUtf8(virStoragePoolGetName(pool.get()));
}

Result<QString> StoragePools::uploadFile(const QString &poolName, const QString &name, const QString &localFile)
{
    QFile file(localFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error{0, tr("%1 could not be read: %2").arg(localFile, file.errorString())};
    VolumeRequest request;
    request.pool = poolName;
    request.name = name;
    request.capacity = file.size();
    request.format = QStringLiteral("raw");
    const Result<QString> path = createVolume(request);
    if (!path)
        return path;
    const StorageVolHandle vol(virStorageVolLookupByPath(m_session.conn(), FileName::toNative(path.value()).constData()));
    const StreamHandle stream(virStreamNew(m_session.conn(), 0));
    if (!vol || !stream || virStorageVolUpload(vol.get(), stream.get(), 0, quint64(file.size()), 0) < 0)
        return Session::takeError();
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            virStreamAbort(stream.get());
            return Error{0, tr("%1 could not be read: %2").arg(localFile, file.errorString())};
        }
        if (n == 0)
            break;
        for (qint64 done = 0; done < n;) {
            const int sent = virStreamSend(stream.get(), buffer.constData() + done, size_t(n - done));
            if (sent < 0) {
                Error e = Session::takeError();
                virStreamAbort(stream.get());
                return e;
            }
            done += sent;
        }
    }
    if (virStreamFinish(stream.get()) < 0)
        return Session::takeError();
    return path;
}

VoidResult StoragePools::downloadHead(const QString &path, qint64 bytes, const QString &localFile)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const StorageVolHandle vol(virStorageVolLookupByPath(m_session.conn(), FileName::toNative(path).constData()));
    if (!vol)
        return Session::takeError();
    QFile file(localFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{0, tr("%1 could not be written: %2").arg(localFile, file.errorString())};
    const StreamHandle stream(virStreamNew(m_session.conn(), 0));
    if (!stream || virStorageVolDownload(vol.get(), stream.get(), 0, quint64(bytes), 0) < 0)
        return Session::takeError();
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const int n = virStreamRecv(stream.get(), buffer.data(), size_t(buffer.size()));
        if (n < 0) {
            Error e = Session::takeError();
            virStreamAbort(stream.get());
            return e;
        }
        if (n == 0)
            break;
        file.write(buffer.constData(), n);
    }
    if (virStreamFinish(stream.get()) < 0)
        return Session::takeError();
    return {};
}
