#include "volumecopy.h"

#include "filename.h"

#include <QDomDocument>

QStringList backingFromPools(virConnectPtr conn, const QString &path, QString *firstFormat)
{
    QStringList chain;
    QString current = path;
    while (chain.size() < 64) {
        const StorageVolHandle vol(virStorageVolLookupByPath(conn, FileName::toNative(current).constData()));
        if (!vol)
            break;
        const Result<QString> xml = Session::text(virStorageVolGetXMLDesc(vol.get(), 0));
        if (!xml)
            break;
        QDomDocument doc;
        doc.setContent(xml.value());
        const QDomElement backing = doc.documentElement().firstChildElement(QStringLiteral("backingStore"));
        const QString next = backing.firstChildElement(QStringLiteral("path")).text();
        if (next.isEmpty() || chain.contains(next))
            break;
        if (chain.isEmpty() && firstFormat)
            *firstFormat = backing.firstChildElement(QStringLiteral("format")).attribute(QStringLiteral("type"));
        chain << next;
        current = next;
    }
    Session::dropError();
    return chain;
}

VoidResult copyVolumeAcross(virConnectPtr src, virConnectPtr dst, const QString &path, const std::atomic<bool> &cancel,
                            const std::function<void(qint64 bytes)> &advanced)
{
    const StorageVolHandle from(virStorageVolLookupByPath(src, FileName::toNative(path).constData()));
    const StorageVolHandle to(virStorageVolLookupByPath(dst, FileName::toNative(path).constData()));
    if (!from || !to)
        return Session::takeError();
    // Holes stay holes where both pools can say so; else every byte goes.
    bool sparse = true;
    StreamHandle in(virStreamNew(src, 0));
    if (!in)
        return Session::takeError();
    if (virStorageVolDownload(from.get(), in.get(), 0, 0, VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM) < 0) {
        Session::dropError();
        sparse = false;
        in.reset(virStreamNew(src, 0));
        if (!in || virStorageVolDownload(from.get(), in.get(), 0, 0, 0) < 0)
            return Session::takeError();
    }
    const StreamHandle out(virStreamNew(dst, 0));
    if (!out || virStorageVolUpload(to.get(), out.get(), 0, 0, sparse ? VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM : 0) < 0) {
        Error e = Session::takeError();
        virStreamAbort(in.get());
        return e;
    }
    auto fail = [&](Error e) -> VoidResult {
        virStreamAbort(in.get());
        virStreamAbort(out.get());
        return e;
    };
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        if (cancel)
            return fail(Error{VIR_ERR_OPERATION_ABORTED, QCoreApplication::translate("Migrations", "The move was cancelled.")});
        const int n = sparse ? virStreamRecvFlags(in.get(), buffer.data(), size_t(buffer.size()), VIR_STREAM_RECV_STOP_AT_HOLE)
                             : virStreamRecv(in.get(), buffer.data(), size_t(buffer.size()));
        if (n == -3) { // a hole: its length, not its zeros
            long long length = 0;
            if (virStreamRecvHole(in.get(), &length, 0) < 0 || virStreamSendHole(out.get(), length, 0) < 0)
                return fail(Session::takeError());
            advanced(length);
        } else if (n < 0) {
            return fail(Session::takeError());
        } else if (n == 0) {
            break;
        } else {
            for (int sent = 0; sent < n;) {
                const int k = virStreamSend(out.get(), buffer.constData() + sent, size_t(n - sent));
                if (k < 0)
                    return fail(Session::takeError());
                sent += k;
            }
            advanced(n);
        }
    }
    if (virStreamFinish(in.get()) < 0) {
        Error e = Session::takeError();
        virStreamAbort(out.get());
        return e;
    }
    if (virStreamFinish(out.get()) < 0)
        return Session::takeError();
    return {};
}

