#include "connection.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "sshtunnel.h"
#include "testutil.h"
#include "vncclient.h"

#include <QTemporaryDir>
#include <QTcpServer>
#include <QtTest>

#include <csignal>

using namespace TestUtil;
namespace IH = IntegrationHost;

// A remote host reached over qemu+ssh://: the test runs a private sshd on a
// loopback port with its own keys, so "remote" is this machine through SSH.
class tst_IntegrationSshConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tunnelArguments();
    void consolesShareOneSshConnection();
    void reachableDisplayGoesDirect();

private:
    QTemporaryDir m_sshDir;
    int m_sshPort = 0;
    QString m_imageDir;
    QString m_name;
    QString uri() const
    {
        return QStringLiteral("qemu+ssh://root@127.0.0.1:%1/system?keyfile=%2/clientkey&no_verify=1").arg(m_sshPort).arg(m_sshDir.path());
    }
};

static int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort();
}

void tst_IntegrationSshConsole::initTestCase()
{
    QVERIFY(m_sshDir.isValid());
    const QString d = m_sshDir.path();
    for (const char *key : {"hostkey", "clientkey"}) {
        const IH::Output o = IH::run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                                    QStringLiteral("-N"), QString(), QStringLiteral("-f"), d + QLatin1Char('/') + QLatin1String(key)});
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    }
    QVERIFY(QFile::copy(d + QStringLiteral("/clientkey.pub"), d + QStringLiteral("/authorized_keys")));
    m_sshPort = freePort();
    QFile config(d + QStringLiteral("/sshd_config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/hostkey\nPidFile %2/sshd.pid\n"
                                "AuthorizedKeysFile %2/authorized_keys\nPermitRootLogin prohibit-password\n"
                                "PasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\n")
                     .arg(m_sshPort).arg(d).toUtf8());
    config.close();
    QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
    const IH::Output o = IH::run(QStringLiteral("/usr/sbin/sshd"), {QStringLiteral("-f"), config.fileName(), QStringLiteral("-E"), d + QStringLiteral("/sshd.log")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));

    m_imageDir = IH::makeImageDir(QStringLiteral("ssh"));
    m_name = QStringLiteral("qvirt-ssh-%1").arg(QCoreApplication::applicationPid());
    QTemporaryFile xml;
    QVERIFY(xml.open());
    xml.write(IH::testGuestXml(m_imageDir, m_name).toUtf8());
    xml.flush();
    QCOMPARE(IH::virsh({QStringLiteral("define"), xml.fileName()}).exitCode, 0);
    QCOMPARE(IH::virsh({QStringLiteral("start"), m_name}).exitCode, 0);
}

void tst_IntegrationSshConsole::cleanupTestCase()
{
    SshTunnel::closeShared(SshTunnel::fromUri(uri()));
    IH::virsh({QStringLiteral("destroy"), m_name});
    IH::virsh({QStringLiteral("undefine"), m_name});
    QDir(m_imageDir).removeRecursively();
    QFile pid(m_sshDir.path() + QStringLiteral("/sshd.pid"));
    if (pid.open(QIODevice::ReadOnly))
        ::kill(pid.readAll().trimmed().toInt(), SIGTERM);
}

void tst_IntegrationSshConsole::tunnelArguments()
{
    const SshTunnel::Host h = SshTunnel::fromUri(QStringLiteral("qemu+ssh://root@node-64:2200/system?keyfile=/k/id&no_verify=1"));
    QCOMPARE(h.user, QStringLiteral("root"));
    QCOMPARE(h.host, QStringLiteral("node-64"));
    QCOMPARE(h.port, 2200);
    QCOMPARE(h.keyFile, QStringLiteral("/k/id"));
    QVERIFY(h.noVerify);
    const QStringList args = SshTunnel::arguments(h, QStringLiteral("127.0.0.1"), 5901);
    QVERIFY(args.contains(QStringLiteral("ControlMaster=auto")));
    QCOMPARE(args.at(args.indexOf(QStringLiteral("-W")) + 1), QStringLiteral("127.0.0.1:5901"));
    QCOMPARE(args.last(), QStringLiteral("node-64"));
}

void tst_IntegrationSshConsole::consolesShareOneSshConnection()
{
    Connection c(uri());
    QVERIFY2(openAndLoad(&c, 60000), qPrintable(c.lastError()));
    QVERIFY(!c.isLocal());
    const DomainInfo *d = c.domainModel()->find(m_name);
    QVERIFY(d);
    const QString uuid = d->uuid;

    std::vector<std::unique_ptr<VncClient>> consoles;
    for (int i = 0; i < 3; ++i) {
        const Result<ConsoleEndpoint> ep = await(c.openConsole(uuid));
        QVERIFY2(ep.ok(), qPrintable(ep ? QString() : ep.error().message));
        QVERIFY(ep.value().fd >= 0);       // a socket through ssh -W: the display listens on the host's loopback
        QVERIFY(!ep.value().localLink);    // remote: not raw by default
        auto client = std::make_unique<VncClient>();
        client->connectToSocket(ep.value().fd, VncSettings{}, ep.value().localLink);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), VncClient::State::Connected, 30000);
        QCOMPARE(client->encoding(), QStringLiteral("tight"));
        QTRY_COMPARE_WITH_TIMEOUT(client->size(), QSize(1024, 768), 60000);
        consoles.push_back(std::move(client));
    }
    // Every console rides one shared SSH connection: sshd has a single session for them.
    const IH::Output masters = IH::run(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("ssh: .*qvirt-ssh-.*\\[mux\\]")});
    QCOMPARE(masters.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    for (const auto &client : consoles) {
        const quint64 before = client->updateCount();
        QTRY_VERIFY_WITH_TIMEOUT(client->updateCount() > before, 10000);
    }
}

// A display that listens on every address of the host is reached over TCP
// directly (here the "remote" host is 127.0.0.1), not through SSH.
void tst_IntegrationSshConsole::reachableDisplayGoesDirect()
{
    const QString name = m_name + QStringLiteral("-open");
    QTemporaryFile xml;
    QVERIFY(xml.open());
    xml.write(IH::testGuestXml(m_imageDir, name, QStringLiteral("<graphics type='vnc' autoport='yes' listen='0.0.0.0'/>")).toUtf8());
    xml.flush();
    QCOMPARE(IH::virsh({QStringLiteral("define"), xml.fileName()}).exitCode, 0);
    auto cleanup = qScopeGuard([&name] {
        IH::virsh({QStringLiteral("destroy"), name});
        IH::virsh({QStringLiteral("undefine"), name});
    });
    QCOMPARE(IH::virsh({QStringLiteral("start"), name}).exitCode, 0);

    Connection c(uri());
    QVERIFY2(openAndLoad(&c, 60000), qPrintable(c.lastError()));
    QTRY_VERIFY(c.domainModel()->find(name));
    const Result<ConsoleEndpoint> ep = await(c.openConsole(c.domainModel()->find(name)->uuid));
    QVERIFY2(ep.ok(), qPrintable(ep ? QString() : ep.error().message));
    QCOMPARE(ep.value().fd, -1); // no SSH channel
    QCOMPARE(ep.value().host, QStringLiteral("127.0.0.1"));
    QVERIFY(ep.value().port >= 5900);
    VncClient client;
    client.connectToHost(ep.value().host, ep.value().port, VncSettings{});
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), VncClient::State::Connected, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(client.size(), QSize(1024, 768), 60000);
}

QTEST_GUILESS_MAIN(tst_IntegrationSshConsole)
#include "tst_integration_sshconsole.moc"
