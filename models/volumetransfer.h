#pragma once

#include "storagepoolinfo.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>

// Bytes moved between a local file and a volume on the host, through
// libvirt's stream (so remote hosts work as local ones do).
struct TransferRequest
{
    enum class Direction { Upload, Download };
    Direction direction = Direction::Upload;
    QString localFile;
    // The volume read from or written into; empty for an upload into a new
    // volume made from newVolume (its capacity: the file's size when 0).
    QString volumePath;
    VolumeRequest newVolume;
};

class VolumeTransfer;

// What the transfer's thread and its VolumeTransfer share.
struct TransferState
{
    std::atomic<bool> cancelled{false};
    QPointer<VolumeTransfer> owner; // read on the GUI thread only
};

// One transfer under way on a thread of its own, with its own reference to
// the connection, so the connection's other calls are not held up. Made by
// Connection::transferVolume(); progress and the end arrive as queued signals.
// Deleting it cancels the transfer.
class VolumeTransfer final : public QObject
{
    Q_OBJECT

public:
    explicit VolumeTransfer(const TransferRequest &request, QObject *parent = nullptr);
    ~VolumeTransfer() override;

    const TransferRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    // Aborts the stream; an upload removes the volume it made, a download
    // the local file it began.
    void cancel();

    std::shared_ptr<TransferState> state() const { return m_state; }

    // Called on the GUI thread (posted from the transfer's thread).
    void reportProgress(qint64 done, qint64 total);
    void reportFinished(bool ok, bool cancelled, const QString &error, const QString &volumePath);

signals:
    void progress(qint64 done, qint64 total);
    // error is empty when ok; volumePath is the volume written or read.
    void finished(bool ok, bool cancelled, const QString &error, const QString &volumePath);

private:
    TransferRequest m_request;
    std::shared_ptr<TransferState> m_state;
    bool m_finished = false;
};
