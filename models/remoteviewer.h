#pragma once

#include "connection.h"
#include "result.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class PortForward;
class QProcess;

// Opens SPICE displays in virt-viewer's remote-viewer. The address and the
// password go in a connection file (.vv, 0600 in the user's runtime folder,
// deleted by remote-viewer once read), never on a command line that others
// can read in /proc. A display on a qemu+ssh host is reached through a local
// port that leads through the host's SSH connection, for as long as its
// viewer runs. The viewers are child processes of QVirt (no waiting on
// them): when one ends, its file (should it still be there) and its port go.
class RemoteViewer final : public QObject
{
    Q_OBJECT

public:
    explicit RemoteViewer(QObject *parent = nullptr);
    // Ends the viewers still open: without QVirt, their SSH ports are gone too.
    ~RemoteViewer() override;

    // The one the application uses, owned by the application object.
    static RemoteViewer *instance();
    // remote-viewer's path; empty when it is not installed (package virt-viewer).
    static QString program();
    // The connection file remote-viewer reads for ep, reaching host:port.
    static QByteArray connectionFile(const SpiceEndpoint &ep, const QString &host, int port);

    // Starts remote-viewer on ep; its process id.
    Result<qint64> open(const SpiceEndpoint &ep);
    // The process ids of the viewers running.
    QList<qint64> viewers() const;
    // The connection file written for a viewer (it may be gone already).
    QString connectionFilePath(qint64 pid) const;
    // The local port a viewer reaches its display through; -1 when direct.
    int forwardedPort(qint64 pid) const;

signals:
    void viewerFinished(qint64 pid);

private:
    struct Viewer
    {
        QProcess *process = nullptr;
        qint64 pid = 0;
        QString file;
        std::unique_ptr<PortForward> forward;
    };
    void finish(QProcess *process);

    std::vector<std::unique_ptr<Viewer>> m_viewers;
};
