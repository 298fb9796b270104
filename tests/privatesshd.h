#pragma once

// A private sshd on a loopback port with its own keys, so a qemu+ssh:// URI
// reaches this machine's libvirtd as if it were a remote host. Needs root
// (sshd's privilege separation) and openssh-server.

#include "integrationhost.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>

#include <csignal>

class PrivateSshd final
{
public:
    ~PrivateSshd() { stop(); }

    // Empty, or why it could not start.
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const QString d = m_dir.path();
        for (const char *key : {"hostkey", "clientkey"}) {
            const IntegrationHost::Output o = IntegrationHost::run(
                QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                                               QString(), QStringLiteral("-f"), d + QLatin1Char('/') + QLatin1String(key)});
            if (o.exitCode != 0)
                return o.err;
        }
        if (!QFile::copy(d + QStringLiteral("/clientkey.pub"), d + QStringLiteral("/authorized_keys")))
            return QStringLiteral("authorized_keys");
        {
            QTcpServer s;
            s.listen(QHostAddress::LocalHost);
            m_port = s.serverPort();
        }
        QFile config(d + QStringLiteral("/sshd_config"));
        if (!config.open(QIODevice::WriteOnly))
            return config.errorString();
        config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/hostkey\nPidFile %2/sshd.pid\n"
                                    "AuthorizedKeysFile %2/authorized_keys\nPermitRootLogin prohibit-password\n"
                                    "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n")
                         .arg(m_port)
                         .arg(d)
                         .toUtf8());
        config.close();
        QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
        const IntegrationHost::Output o = IntegrationHost::run(
            QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-f"), config.fileName(), QStringLiteral("-E"), d + QStringLiteral("/sshd.log")});
        return o.exitCode == 0 ? QString() : o.err;
    }

    void stop()
    {
        QFile pid(m_dir.path() + QStringLiteral("/sshd.pid"));
        if (pid.open(QIODevice::ReadOnly))
            ::kill(pid.readAll().trimmed().toInt(), SIGTERM);
        pid.remove();
    }

    // The libvirt URI of this machine's system daemon through this sshd.
    QString uri() const
    {
        return QStringLiteral("qemu+ssh://root@127.0.0.1:%1/system?keyfile=%2/clientkey&no_verify=1").arg(m_port).arg(m_dir.path());
    }

private:
    QTemporaryDir m_dir;
    int m_port = 0;
};
