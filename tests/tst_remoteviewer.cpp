#include "remoteviewer.h"

#include <QtTest>

// What remote-viewer is given: a connection file with the address and the
// password (never a command line), in GLib's key-file syntax.
class tst_RemoteViewer : public QObject
{
    Q_OBJECT

private slots:
    void connectionFile();
    void escapes();
    void tlsNeedsCertificate();
    void missingProgram();
};

void tst_RemoteViewer::connectionFile()
{
    SpiceEndpoint ep;
    ep.host = QStringLiteral("127.0.0.1");
    ep.port = 5901;
    ep.name = QStringLiteral("fedora38");
    const QByteArray text = RemoteViewer::connectionFile(ep, QStringLiteral("127.0.0.1"), 5901);
    QCOMPARE(text, QByteArray("[virt-viewer]\ntype=spice\nhost=127.0.0.1\nport=5901\ntitle=fedora38\ndelete-this-file=1\n"));
    // Through a tunnel: the local port, not the display's.
    ep.throughSsh = true;
    QVERIFY(RemoteViewer::connectionFile(ep, QStringLiteral("127.0.0.1"), 40123).contains("\nport=40123\n"));
}

void tst_RemoteViewer::escapes()
{
    SpiceEndpoint ep;
    ep.port = 5900;
    ep.password = QStringLiteral(" pa\\ss\nword#=ü");
    ep.passwordRequired = true;
    const QByteArray text = RemoteViewer::connectionFile(ep, QStringLiteral("::1"), 5900);
    QVERIFY2(text.contains("\npassword=\\spa\\\\ss\\nword#=" + QStringLiteral("ü").toUtf8() + "\n"), text.constData());
    // One line per key: nothing of the password starts a key of its own.
    QCOMPARE(text.count('\n'), 6);
    // A password this connection cannot read is not given: remote-viewer asks.
    ep.password.clear();
    QVERIFY(!RemoteViewer::connectionFile(ep, QStringLiteral("::1"), 5900).contains("password"));
}

void tst_RemoteViewer::tlsNeedsCertificate()
{
    SpiceEndpoint ep;
    ep.port = 5900;
    ep.tlsPort = 5901;
    QVERIFY(!RemoteViewer::connectionFile(ep, QStringLiteral("127.0.0.1"), 5900).contains("tls-port"));
    ep.caCertificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    const QByteArray text = RemoteViewer::connectionFile(ep, QStringLiteral("127.0.0.1"), 5900);
    QVERIFY(text.contains("\ntls-port=5901\n"));
    QVERIFY(text.contains("\nca=-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n\n"));
}

void tst_RemoteViewer::missingProgram()
{
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", "/nonexistent");
    QVERIFY(RemoteViewer::program().isEmpty());
    RemoteViewer viewer;
    SpiceEndpoint ep;
    ep.host = QStringLiteral("127.0.0.1");
    ep.port = 5900;
    const Result<qint64> r = viewer.open(ep);
    qputenv("PATH", path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("virt-viewer")), qPrintable(r.error().message));
    QVERIFY(viewer.viewers().isEmpty());
}

QTEST_GUILESS_MAIN(tst_RemoteViewer)
#include "tst_remoteviewer.moc"
