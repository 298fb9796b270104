#include "transferthread.h"

#include "filename.h"
#include "handover.h"
#include "handles.h"
#include "volumetransfer.h"
#include "session.h"
#include "storagepoolinfo.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMetaObject>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

VolumeTransfer::VolumeTransfer(const TransferRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_state(std::make_shared<TransferState>())
{
    m_state->owner = this;
}

VolumeTransfer::~VolumeTransfer()
{
    m_state->cancelled = true;
}

void VolumeTransfer::cancel()
{
    m_state->cancelled = true;
}

void VolumeTransfer::reportProgress(qint64 done, qint64 total)
{
    if (!m_finished)
        emit progress(done, total);
}

void VolumeTransfer::reportFinished(bool ok, bool cancelled, const QString &error, const QString &volumePath)
{
    m_finished = true;
    emit finished(ok, cancelled, error, volumePath);
}

namespace {

constexpr int kChunk = 256 * 1024;

// The transfer's side: its own connection reference, the local file's
// descriptor, and what it posts to the GUI.
class Transfer
{
    Q_DECLARE_TR_FUNCTIONS(VolumeTransfer)

public:
    Transfer(virConnectPtr conn, TransferRequest request, std::shared_ptr<TransferState> state)
        : m_conn(conn), m_request(std::move(request)), m_state(std::move(state))
    {
    }
    ~Transfer()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        virConnectClose(m_conn);
    }

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        QString volumePath;
    };

    Outcome run()
    {
        const bool upload = m_request.direction == TransferRequest::Direction::Upload;
        const VoidResult r = upload ? runUpload() : runDownload();
        const bool cancelled = m_state->cancelled.load();
        if (!r.ok() || cancelled)
            cleanUp(upload);
        return {r.ok() && !cancelled, cancelled, r.ok() ? QString() : r.error().message, m_volumePath};
    }

    // After the transfer let go of its file and connection.
    static void postFinished(const std::shared_ptr<TransferState> &state, const Outcome &o)
    {
        QPointer<VolumeTransfer> owner = state->owner;
        QMetaObject::invokeMethod(qApp, handOver([owner, o] {
            if (owner)
                owner->reportFinished(o.ok, o.cancelled, o.error, o.volumePath);
        }), Qt::QueuedConnection);
    }

    // libvirt's callbacks (the opaque pointer is this).
    static int source(virStreamPtr, char *data, size_t nbytes, void *opaque)
    {
        auto *t = static_cast<Transfer *>(opaque);
        if (t->m_state->cancelled)
            return -1;
        const ssize_t n = ::read(t->m_fd, data, nbytes);
        if (n > 0)
            t->advance(n);
        return int(n);
    }
    static int sourceHole(virStreamPtr, int *inData, long long *length, void *opaque)
    {
        auto *t = static_cast<Transfer *>(opaque);
        const off_t cur = ::lseek(t->m_fd, 0, SEEK_CUR);
        if (cur < 0)
            return -1;
        off_t data = ::lseek(t->m_fd, cur, SEEK_DATA);
        int rc = 0;
        if (data < 0 && errno == ENXIO) { // a hole up to the end: the implicit one
            *inData = 0;
            *length = 0;
        } else if (data < 0) {
            rc = -1;
        } else if (data > cur) {
            *inData = 0;
            *length = data - cur;
        } else {
            const off_t hole = ::lseek(t->m_fd, cur, SEEK_HOLE);
            *inData = 1;
            *length = hole < 0 ? 0 : hole - cur;
            rc = hole < 0 ? -1 : 0;
        }
        ::lseek(t->m_fd, cur, SEEK_SET);
        return rc;
    }
    // A hole on either side: the file's offset moves past it (sparse send and receive alike).
    static int skipHole(virStreamPtr, long long length, void *opaque)
    {
        auto *t = static_cast<Transfer *>(opaque);
        if (t->m_state->cancelled || ::lseek(t->m_fd, off_t(length), SEEK_CUR) < 0)
            return -1;
        t->advance(length);
        return 0;
    }
    static int sink(virStreamPtr, const char *data, size_t nbytes, void *opaque)
    {
        auto *t = static_cast<Transfer *>(opaque);
        if (t->m_state->cancelled)
            return -1;
        size_t done = 0;
        while (done < nbytes) {
            const ssize_t n = ::write(t->m_fd, data + done, nbytes - done);
            if (n < 0)
                return -1;
            done += size_t(n);
        }
        t->advance(qint64(nbytes));
        return int(nbytes);
    }

private:
    VoidResult runUpload()
    {
        const QByteArray local = QFile::encodeName(m_request.localFile);
        m_fd = ::open(local.constData(), O_RDONLY | O_CLOEXEC);
        struct stat st = {};
        if (m_fd < 0 || ::fstat(m_fd, &st) < 0)
            return Error{0, tr("%1 could not be read: %2").arg(m_request.localFile, QString::fromLocal8Bit(std::strerror(errno)))};
        m_total = st.st_size;
        QString path = m_request.volumePath;
        if (path.isEmpty()) {
            VolumeRequest v = m_request.newVolume;
            if (v.capacity <= 0)
                v.capacity = m_total;
            const StoragePoolHandle pool(virStoragePoolLookupByName(m_conn, v.pool.toUtf8().constData()));
            if (!pool)
                return Session::takeError();
            const StorageVolHandle vol(virStorageVolCreateXML(pool.get(), volumeXml(v).toUtf8().constData(), 0));
            if (!vol)
                return Session::takeError();
            path = FileName::fromNative(QByteArray(StringHandle(virStorageVolGetPath(vol.get())).get()));
            m_created = path;
        }
        m_volumePath = path;
        const StorageVolHandle vol(virStorageVolLookupByPath(m_conn, FileName::toNative(path).constData()));
        if (!vol)
            return Session::takeError();
        post(0);
        // Sparse where the host's pool can write holes; else every byte.
        StreamHandle stream(virStreamNew(m_conn, 0));
        if (!stream)
            return Session::takeError();
        if (virStorageVolUpload(vol.get(), stream.get(), 0, quint64(m_total), VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM) == 0) {
            if (virStreamSparseSendAll(stream.get(), source, sourceHole, skipHole, this) < 0)
                return streamError();
        } else {
            const Error e = Session::takeError();
            if (!sparseUnsupported(e.code))
                return e;
            stream.reset(virStreamNew(m_conn, 0));
            if (!stream || virStorageVolUpload(vol.get(), stream.get(), 0, quint64(m_total), 0) < 0)
                return Session::takeError();
            if (virStreamSendAll(stream.get(), source, this) < 0)
                return streamError();
        }
        if (virStreamFinish(stream.get()) < 0)
            return Session::takeError();
        post(m_total);
        return {};
    }

    VoidResult runDownload()
    {
        m_volumePath = m_request.volumePath;
        const StorageVolHandle vol(virStorageVolLookupByPath(m_conn, FileName::toNative(m_volumePath).constData()));
        if (!vol)
            return Session::takeError();
        virStorageVolInfo info;
        if (virStorageVolGetInfo(vol.get(), &info) < 0)
            return Session::takeError();
        m_total = qint64(info.capacity);
        const QByteArray local = QFile::encodeName(m_request.localFile);
        m_fd = ::open(local.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (m_fd < 0)
            return Error{0, tr("%1 could not be written: %2").arg(m_request.localFile, QString::fromLocal8Bit(std::strerror(errno)))};
        m_createdLocal = true;
        post(0);
        StreamHandle stream(virStreamNew(m_conn, 0));
        if (!stream)
            return Session::takeError();
        if (virStorageVolDownload(vol.get(), stream.get(), 0, 0, VIR_STORAGE_VOL_DOWNLOAD_SPARSE_STREAM) == 0) {
            if (virStreamSparseRecvAll(stream.get(), sink, skipHole, this) < 0)
                return streamError();
        } else {
            const Error e = Session::takeError();
            if (!sparseUnsupported(e.code))
                return e;
            stream.reset(virStreamNew(m_conn, 0));
            if (!stream || virStorageVolDownload(vol.get(), stream.get(), 0, 0, 0) < 0)
                return Session::takeError();
            if (virStreamRecvAll(stream.get(), sink, this) < 0)
                return streamError();
        }
        if (virStreamFinish(stream.get()) < 0)
            return Session::takeError();
        // A hole at the end is only a seek: the file gets its full length here.
        const off_t end = ::lseek(m_fd, 0, SEEK_CUR);
        if (end < 0 || ::ftruncate(m_fd, end) < 0)
            return Error{0, tr("%1 could not be written: %2").arg(m_request.localFile, QString::fromLocal8Bit(std::strerror(errno)))};
        post(m_total);
        return {};
    }

    static bool sparseUnsupported(int code)
    {
        return code == VIR_ERR_NO_SUPPORT || code == VIR_ERR_ARGUMENT_UNSUPPORTED || code == VIR_ERR_INVALID_ARG
               || code == VIR_ERR_OPERATION_UNSUPPORTED;
    }

    // The *All calls abort the stream themselves when they fail.
    Error streamError()
    {
        if (m_state->cancelled) {
            Session::dropError();
            return Error{0, tr("The transfer was cancelled.")};
        }
        return Session::takeError();
    }

    void cleanUp(bool upload)
    {
        if (upload && !m_created.isEmpty()) {
            const StorageVolHandle vol(virStorageVolLookupByPath(m_conn, FileName::toNative(m_created).constData()));
            if (!vol || virStorageVolDelete(vol.get(), 0) < 0)
                Session::dropError();
        }
        if (!upload && m_createdLocal) {
            if (m_fd >= 0)
                ::close(m_fd);
            m_fd = -1;
            QFile::remove(m_request.localFile);
        }
    }

    void advance(qint64 bytes)
    {
        m_done += bytes;
        // A few updates a second are enough for a progress bar.
        if (!m_sinceProgress.isValid() || m_sinceProgress.elapsed() >= 100)
            post(m_done);
    }

    void post(qint64 done)
    {
        m_sinceProgress.start();
        QPointer<VolumeTransfer> owner = m_state->owner;
        const qint64 total = m_total;
        QMetaObject::invokeMethod(qApp, handOver([owner, done, total] {
            if (owner)
                owner->reportProgress(done, total);
        }), Qt::QueuedConnection);
    }


    virConnectPtr m_conn;
    TransferRequest m_request;
    std::shared_ptr<TransferState> m_state;
    int m_fd = -1;
    qint64 m_total = 0;
    qint64 m_done = 0;
    QString m_volumePath;
    QString m_created; // the volume this upload made, removed when it fails
    bool m_createdLocal = false;
    QElapsedTimer m_sinceProgress;
};

} // namespace

void startVolumeTransfer(virConnectPtr conn, const TransferRequest &request, std::shared_ptr<TransferState> state)
{
    std::thread([conn, request, state = std::move(state)]() mutable {
        Transfer::Outcome outcome;
        {
            Transfer transfer(conn, request, state);
            outcome = transfer.run();
        }
        Transfer::postFinished(state, outcome);
    }).detach();
}
