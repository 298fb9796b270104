#include "storagevolumes.h"

#include "filename.h"

#include <QFile>

StorageVolumes::StorageVolumes(Session &session)
    : m_session(session)
{
}

Result<StorageVolHandle> StorageVolumes::lookup(const QString &path)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    StorageVolHandle vol(virStorageVolLookupByPath(m_session.conn(), FileName::toNative(path).constData()));
    if (!vol)
        return Session::takeError();
    return vol;
}

Result<QVector<StorageVolumeInfo>> StorageVolumes::volumes(const QString &poolName)
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
            parseVolumeXml(xml.value(), &info);
        Session::dropError();
        list << info;
    }
    return list;
}

Result<QString> StorageVolumes::createVolume(const VolumeRequest &request)
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

VoidResult StorageVolumes::deleteVolume(const QString &path)
{
    Result<StorageVolHandle> vol = lookup(path);
    if (!vol)
        return vol.error();
    if (virStorageVolDelete(vol.value().get(), 0) < 0)
        return Session::takeError();
    return {};
}

VoidResult StorageVolumes::resizeVolume(const QString &path, qint64 capacity, bool allowShrink)
{
    Result<StorageVolHandle> vol = lookup(path);
    if (!vol)
        return vol.error();
    const unsigned flags = allowShrink ? VIR_STORAGE_VOL_RESIZE_SHRINK : 0;
    if (virStorageVolResize(vol.value().get(), quint64(capacity), flags) < 0)
        return Session::takeError();
    return {};
}

VoidResult StorageVolumes::wipeVolume(const QString &path)
{
    Result<StorageVolHandle> vol = lookup(path);
    if (!vol)
        return vol.error();
    if (virStorageVolWipe(vol.value().get(), 0) < 0)
        return Session::takeError();
    return {};
}

QString StorageVolumes::poolOf(const QString &path)
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

Result<QString> StorageVolumes::uploadFile(const QString &poolName, const QString &name, const QString &localFile)
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

VoidResult StorageVolumes::downloadHead(const QString &path, qint64 bytes, const QString &localFile)
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
