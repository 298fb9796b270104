#include "remoteviewer.h"

#include "portforward.h"
#include "sshtunnel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(RemoteViewer)
};

// A value as GLib's key files read it back: escapes for the backslash and
// line breaks (the CA's PEM lines), and for a leading space.
QByteArray keyFileValue(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case ' ': out += i == 0 ? "\\s" : " "; break;
        default: out += c;
        }
    }
    return out;
}

} // namespace

RemoteViewer::RemoteViewer(QObject *parent)
    : QObject(parent)
{
}

RemoteViewer::~RemoteViewer()
{
    // Only when QVirt ends: a killed viewer is gone at once.
    for (const auto &v : m_viewers) {
        v->process->disconnect(this);
        v->process->kill();
        v->process->waitForFinished(3000);
        QFile::remove(v->file);
    }
}

RemoteViewer *RemoteViewer::instance()
{
    static QPointer<RemoteViewer> viewer;
    if (!viewer)
        viewer = new RemoteViewer(QCoreApplication::instance());
    return viewer;
}

QString RemoteViewer::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("remote-viewer"));
}

QByteArray RemoteViewer::connectionFile(const SpiceEndpoint &ep, const QString &host, int port)
{
    QByteArray text = "[virt-viewer]\ntype=spice\n";
    text += "host=" + keyFileValue(host) + '\n';
    if (port > 0)
        text += "port=" + QByteArray::number(port) + '\n';
    if (ep.tlsPort > 0 && !ep.caCertificate.isEmpty()) {
        text += "tls-port=" + QByteArray::number(ep.tlsPort) + '\n';
        text += "ca=" + keyFileValue(QString::fromUtf8(ep.caCertificate)) + '\n';
    }
    // A password this connection may not read is left out: remote-viewer
    // then asks for it.
    if (!ep.password.isEmpty())
        text += "password=" + keyFileValue(ep.password) + '\n';
    if (!ep.name.isEmpty())
        text += "title=" + keyFileValue(ep.name) + '\n';
    text += "delete-this-file=1\n";
    return text;
}

Result<qint64> RemoteViewer::open(const SpiceEndpoint &ep)
{
    const QString viewer = program();
    if (viewer.isEmpty())
        return Error{0, Text::tr("Remote Viewer is not installed. Install the package virt-viewer.")};
    auto v = std::make_unique<Viewer>();
    QString host = ep.host;
    int port = ep.port;
    if (ep.throughSsh) {
        const SshTunnel::Host ssh = SshTunnel::fromUri(ep.sshUri);
        const QString target = ep.remoteHost;
        const int targetPort = ep.port;
        v->forward = std::make_unique<PortForward>([ssh, target, targetPort] { return SshTunnel::openChannel(ssh, target, targetPort); });
        const Result<int> local = v->forward->start();
        if (!local)
            return local.error();
        host = QStringLiteral("127.0.0.1");
        port = local.value();
    }

    // The user's runtime folder is theirs alone (0700); the file is 0600 as
    // well, from its creation.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QTemporaryFile file(dir + QStringLiteral("/qvirt-spice-XXXXXX.vv"));
    file.setAutoRemove(false);
    if (!file.open())
        return Error{0, Text::tr("The connection file for Remote Viewer cannot be written in %1: %2").arg(dir, file.errorString())};
    v->file = file.fileName();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray text = connectionFile(ep, host, port);
    if (file.write(text) != text.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.remove();
        return Error{0, Text::tr("The connection file for Remote Viewer cannot be written in %1: %2").arg(dir, reason)};
    }
    file.close();

    auto *process = new QProcess(this);
    process->setProgram(viewer);
    process->setArguments({v->file});
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::finished, this, [this, process] { finish(process); });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(process);
    });
    process->start();
    v->process = process;
    v->pid = process->processId();
    if (v->pid <= 0) {
        const QString reason = process->errorString();
        QFile::remove(v->file);
        process->disconnect(this);
        process->deleteLater();
        return Error{0, Text::tr("Remote Viewer could not start: %1").arg(reason)};
    }
    const qint64 pid = v->pid;
    m_viewers.push_back(std::move(v));
    return pid;
}

void RemoteViewer::finish(QProcess *process)
{
    const auto it = std::find_if(m_viewers.begin(), m_viewers.end(), [process](const auto &v) { return v->process == process; });
    if (it == m_viewers.end())
        return;
    // Read and deleted by remote-viewer unless it failed before that.
    QFile::remove((*it)->file);
    const qint64 pid = (*it)->pid;
    process->deleteLater();
    m_viewers.erase(it); // and its port with it
    emit viewerFinished(pid);
}

QList<qint64> RemoteViewer::viewers() const
{
    QList<qint64> out;
    for (const auto &v : m_viewers)
        out << v->pid;
    return out;
}

QString RemoteViewer::connectionFilePath(qint64 pid) const
{
    for (const auto &v : m_viewers) {
        if (v->pid == pid)
            return v->file;
    }
    return {};
}

int RemoteViewer::forwardedPort(qint64 pid) const
{
    for (const auto &v : m_viewers) {
        if (v->pid == pid)
            return v->forward ? v->forward->port() : -1;
    }
    return -1;
}
