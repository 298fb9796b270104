#include "integrationhost.h"
#include "vncclient.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

namespace IH = IntegrationHost;

// VeNCrypt with x509 against QEMU's own VNC server, with certificates the test makes.
class tst_IntegrationVncTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectsOverTls();
    void untrustedCertificateFails();

private:
    bool openssl(const QStringList &args);
    QTemporaryDir m_dir;
    QProcess m_qemu;
    int m_display = 0;
};

bool tst_IntegrationVncTls::openssl(const QStringList &args)
{
    const IH::Output o = IH::run(QStringLiteral("openssl"), args);
    if (o.exitCode != 0)
        qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(o.err));
    return o.exitCode == 0;
}

void tst_IntegrationVncTls::initTestCase()
{
    const QString d = m_dir.path();
    auto p = [&d](const char *name) { return d + QLatin1Char('/') + QLatin1String(name); };
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), p("ca-key.pem"), QStringLiteral("-out"), p("ca-cert.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=QVirt test CA")}));
    QFile ext(p("ext.cnf"));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n");
    ext.close();
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), p("server-key.pem"),
                     QStringLiteral("-out"), p("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")}));
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), p("server.csr"), QStringLiteral("-CA"), p("ca-cert.pem"),
                     QStringLiteral("-CAkey"), p("ca-key.pem"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), p("server-cert.pem"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), p("ext.cnf")}));

    // A free display in 5910-5999: below the ephemeral range, so no outgoing
    // connection can take the port between this probe and QEMU's bind (a
    // probed ephemeral port did once).
    m_display = 0;
    for (int display = 10; display < 100 && m_display == 0; ++display) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(5900 + display)))
            m_display = display;
    }
    QVERIFY2(m_display > 0, "no free VNC port in 5910-5999");
    m_qemu.setProcessChannelMode(QProcess::MergedChannels);
    m_qemu.start(QStringLiteral("qemu-system-x86_64"),
                 {QStringLiteral("-machine"), QStringLiteral("pc"), QStringLiteral("-m"), QStringLiteral("32"), QStringLiteral("-display"), QStringLiteral("none"),
                  QStringLiteral("-object"), QStringLiteral("tls-creds-x509,id=tls0,dir=%1,endpoint=server,verify-peer=no").arg(d),
                  QStringLiteral("-vnc"), QStringLiteral("127.0.0.1:%1,tls-creds=tls0").arg(m_display)});
    QVERIFY(m_qemu.waitForStarted());
    // Until its VNC port answers: a cold start can take more than a second.
    bool listening = false;
    for (int i = 0; i < 100 && !listening && m_qemu.state() == QProcess::Running; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(5900 + m_display));
        listening = probe.waitForConnected(200);
        if (!listening)
            QTest::qWait(100);
    }
    QVERIFY2(m_qemu.state() == QProcess::Running, m_qemu.readAll().constData());
    QVERIFY2(listening, "QEMU's VNC port did not answer within 30 s");
}

void tst_IntegrationVncTls::cleanupTestCase()
{
    m_qemu.kill();
    m_qemu.waitForFinished();
}

void tst_IntegrationVncTls::connectsOverTls()
{
    VncClient c;
    VncSettings s;
    s.tlsDirectory = m_dir.path();
    c.connectToHost(QStringLiteral("localhost"), 5900 + m_display, s);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Connected, 15000);
    QTRY_VERIFY2(c.updateCount() > 0, qPrintable(c.errorString() + QLatin1Char(' ') + QString::fromLocal8Bit(m_qemu.readAll())));
    QVERIFY(!c.size().isEmpty());
}

void tst_IntegrationVncTls::untrustedCertificateFails()
{
    QTemporaryDir empty; // a CA that did not sign the server's certificate
    QVERIFY(IH::run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), empty.filePath(QStringLiteral("k.pem")),
                                                 QStringLiteral("-out"), empty.filePath(QStringLiteral("ca-cert.pem")), QStringLiteral("-days"),
                                                 QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=other")}).exitCode == 0);
    VncClient c;
    VncSettings s;
    s.tlsDirectory = empty.path();
    c.connectToHost(QStringLiteral("localhost"), 5900 + m_display, s);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Failed, 15000);
    QVERIFY(!c.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_IntegrationVncTls)
#include "tst_integration_vnctls.moc"
