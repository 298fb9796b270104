#include "sshtunnel.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

SshTunnel::Host SshTunnel::fromUri(const QString &uri)
{
    const QUrl url(uri);
    const QUrlQuery query(url);
    Host h;
    h.user = url.userName();
    h.host = url.host();
    h.port = url.port(0);
    h.keyFile = query.queryItemValue(QStringLiteral("keyfile"), QUrl::FullyDecoded);
    h.noVerify = query.queryItemValue(QStringLiteral("no_verify")) == QLatin1String("1");
    return h;
}

QStringList SshTunnel::arguments(const Host &host, const QString &targetHost, int targetPort)
{
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    QStringList args{
        QStringLiteral("-o"), QStringLiteral("ControlMaster=auto"),
        QStringLiteral("-o"), QStringLiteral("ControlPath=%1/qvirt-ssh-%C").arg(runtime),
        // The shared connection outlives a closed console for a while, so
        // reopening one does not log in again.
        QStringLiteral("-o"), QStringLiteral("ControlPersist=300"),
        QStringLiteral("-o"), QStringLiteral("ExitOnForwardFailure=yes"),
    };
    if (host.port > 0)
        args << QStringLiteral("-p") << QString::number(host.port);
    if (!host.user.isEmpty())
        args << QStringLiteral("-l") << host.user;
    if (!host.keyFile.isEmpty())
        args << QStringLiteral("-i") << host.keyFile;
    if (host.noVerify)
        args << QStringLiteral("-o") << QStringLiteral("StrictHostKeyChecking=no") << QStringLiteral("-o")
             << QStringLiteral("UserKnownHostsFile=/dev/null");
    args << QStringLiteral("-W") << QStringLiteral("%1:%2").arg(targetHost).arg(targetPort) << host.host;
    return args;
}

void SshTunnel::closeShared(const Host &host)
{
    QStringList args = arguments(host, QStringLiteral("none"), 0);
    const int w = int(args.indexOf(QStringLiteral("-W")));
    args[w] = QStringLiteral("-O");
    args[w + 1] = QStringLiteral("exit");
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"), args);
    ssh.waitForFinished(5000);
}

Result<int> SshTunnel::openChannel(const Host &host, const QString &targetHost, int targetPort)
{
    if (host.host.isEmpty())
        return Error{0, QStringLiteral("no SSH host")};
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
        return Error{0, QString::fromLocal8Bit(strerror(errno))};
    QList<QByteArray> argv{QByteArrayLiteral("ssh")};
    for (const QString &a : arguments(host, targetHost, targetPort))
        argv << a.toLocal8Bit();
    std::vector<char *> cargv;
    for (QByteArray &a : argv)
        cargv.push_back(a.data());
    cargv.push_back(nullptr);

    // Double fork: ssh is adopted by init and never left as a zombie here.
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(sv[0]);
        ::close(sv[1]);
        return Error{0, QString::fromLocal8Bit(strerror(errno))};
    }
    if (child == 0) {
        if (::fork() != 0)
            ::_exit(0);
        ::dup2(sv[1], STDIN_FILENO);
        ::dup2(sv[1], STDOUT_FILENO);
        const int devnull = ::open("/dev/null", O_WRONLY);
        if (devnull >= 0)
            ::dup2(devnull, STDERR_FILENO);
        ::setsid(); // no controlling terminal: ssh asks through SSH_ASKPASS, never the terminal
        ::execvp("ssh", cargv.data());
        ::_exit(127);
    }
    ::close(sv[1]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return sv[0];
}
