#include "connectionuri.h"

#include <QTemporaryDir>
#include <QTest>

class tst_ConnectionUri : public QObject
{
    Q_OBJECT

private slots:
    void build_data();
    void build();
    void validate_data();
    void validate();
    void displayName_data();
    void displayName();
    void isLocal();
    void defaultLocalUri();
};

using H = ConnectionUri::Hypervisor;
using T = ConnectionUri::Transport;
Q_DECLARE_METATYPE(ConnectionUri::Hypervisor)
Q_DECLARE_METATYPE(ConnectionUri::Transport)

void tst_ConnectionUri::build_data()
{
    QTest::addColumn<ConnectionUri::Hypervisor>("hypervisor");
    QTest::addColumn<ConnectionUri::Transport>("transport");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("uri");
    QTest::newRow("system") << H::QemuSystem << T::Local << "" << "" << "" << "qemu:///system";
    QTest::newRow("session") << H::QemuSession << T::Local << "" << "" << "" << "qemu:///session";
    QTest::newRow("local ignores host") << H::QemuSystem << T::Local << "root" << "h" << "" << "qemu:///system";
    QTest::newRow("ssh") << H::QemuSystem << T::Ssh << "root" << "node-64" << "" << "qemu+ssh://root@node-64/system";
    QTest::newRow("libssh no user") << H::QemuSystem << T::Libssh << "" << "192.0.2.4:2222" << "" << "qemu+libssh://192.0.2.4:2222/system";
    QTest::newRow("tls session") << H::QemuSession << T::Tls << "admin" << "h.example" << "" << "qemu+tls://admin@h.example/session";
    QTest::newRow("tcp") << H::QemuSystem << T::Tcp << " " << " h " << "" << "qemu+tcp://h/system";
    QTest::newRow("test default") << H::Test << T::Local << "" << "" << "" << "test:///default";
    QTest::newRow("test file") << H::Test << T::Local << "" << "" << "/tmp/host.xml" << "test:///tmp/host.xml";
    QTest::newRow("user escaped") << H::QemuSystem << T::Ssh << "a b" << "h" << "" << "qemu+ssh://a%20b@h/system";
}

void tst_ConnectionUri::build()
{
    QFETCH(ConnectionUri::Hypervisor, hypervisor);
    QFETCH(ConnectionUri::Transport, transport);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(QString, file);
    QFETCH(QString, uri);
    QCOMPARE(ConnectionUri::build({hypervisor, transport, user, host, file}), uri);
}

void tst_ConnectionUri::validate_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("valid");
    QTest::newRow("system") << "qemu:///system" << true;
    QTest::newRow("ssh") << "qemu+ssh://root@node/system" << true;
    QTest::newRow("test file") << "test:///tmp/a.xml" << true;
    QTest::newRow("unix transport without host") << "qemu+unix:///system" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("spaces") << "qemu:///sys tem" << false;
    QTest::newRow("no scheme") << "/system" << false;
    QTest::newRow("bare word") << "system" << false;
    QTest::newRow("ssh without host") << "qemu+ssh:///system" << false;
    QTest::newRow("bad scheme chars") << "qe_mu:///system" << false;
}

void tst_ConnectionUri::validate()
{
    QFETCH(QString, uri);
    QFETCH(bool, valid);
    const QString problem = ConnectionUri::validate(uri);
    QCOMPARE(problem.isEmpty(), valid);
}

void tst_ConnectionUri::displayName_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("name");
    QTest::newRow("system") << "qemu:///system" << "QEMU/KVM";
    QTest::newRow("session") << "qemu:///session" << "QEMU/KVM user session";
    QTest::newRow("remote") << "qemu+ssh://root@node-64/system" << "QEMU/KVM on root@node-64";
    QTest::newRow("test default") << "test:///default" << "Test";
    QTest::newRow("test file") << "test:///srv/hosts/big.xml" << "Test: big.xml";
}

void tst_ConnectionUri::displayName()
{
    QFETCH(QString, uri);
    QFETCH(QString, name);
    QCOMPARE(ConnectionUri::displayName(uri), name);
}

void tst_ConnectionUri::isLocal()
{
    QVERIFY(ConnectionUri::isLocal(QStringLiteral("qemu:///system")));
    QVERIFY(ConnectionUri::isLocal(QStringLiteral("test:///default")));
    QVERIFY(!ConnectionUri::isLocal(QStringLiteral("qemu+ssh://root@h/system")));
    QVERIFY(!ConnectionUri::isLocal(QStringLiteral("qemu+ssh://localhost/system")));
}

void tst_ConnectionUri::defaultLocalUri()
{
    QTemporaryDir dir;
    QCOMPARE(ConnectionUri::defaultLocalUri(dir.path()), QStringLiteral("qemu:///session"));
    QFile sock(dir.filePath(QStringLiteral("libvirt-sock")));
    QVERIFY(sock.open(QIODevice::WriteOnly));
    sock.close();
    QCOMPARE(ConnectionUri::defaultLocalUri(dir.path()), QStringLiteral("qemu:///system"));
}

QTEST_GUILESS_MAIN(tst_ConnectionUri)
#include "tst_connectionuri.moc"
