#include "connection.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "testutil.h"
#include "vncclient.h"

#include <QFile>
#include <QImage>
#include <QtTest>

using namespace TestUtil;
namespace IH = IntegrationHost;

// The console library against QEMU's own VNC server on the test guest
// (tests/guest/README.md documents its screen).
class tst_IntegrationConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fdPathFramesArrive();
    void pixelsMatchLibvirtScreenshot();
    void keystrokesReachGuest();
    void resolutionChangeKeepsConnection();
    void tcpPath();
    void wrongPassword();
    void resizeGuestReachesVirtioDisplay();
    void serverKilledMidStream();

private:
    QString defineGuest(const QString &name, const QString &graphics);
    bool connectFd(VncClient &c, const QString &uuid);
    void pressKey(VncClient &c, quint32 keysym, quint32 qnum);

    Connection *m_conn = nullptr;
    QString m_dir;
    QStringList m_names;
    QString m_uuid;
    QString m_lockedUuid;
    std::unique_ptr<VncClient> m_client;
};

// The guest's bit blocks: 16x16, white for 1, most significant bit first.
static quint32 readBlocks(const QImage &img, int y, int first, int count)
{
    quint32 v = 0;
    for (int k = first; k < first + count; ++k)
        v = (v << 1) | (qGray(img.pixel(16 * k + 8, y)) > 128 ? 1u : 0u);
    return v;
}
static quint32 frameCounter(const QImage &img) { return readBlocks(img, 8, 0, 32); }
static bool paused(const QImage &img) { return readBlocks(img, 8, 32, 8) & 1u; }
static quint32 keyCount(const QImage &img) { return readBlocks(img, img.height() - 8, 0, 8); }
static quint32 keyByte(const QImage &img, int age) { return readBlocks(img, img.height() - 8, 8 + 8 * age, 8); }

QString tst_IntegrationConsole::defineGuest(const QString &name, const QString &graphics)
{
    m_names << name;
    const Result<QString> uuid = await(m_conn->defineXml(IH::testGuestXml(m_dir, name, graphics)));
    if (!uuid)
        qWarning("define failed: %s", qPrintable(uuid.error().message));
    return uuid ? uuid.value() : QString();
}

void tst_IntegrationConsole::initTestCase()
{
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_dir = IH::makeImageDir(QStringLiteral("console"));
    const QString pid = QString::number(QCoreApplication::applicationPid());
    m_uuid = defineGuest(QStringLiteral("qvirt-console-") + pid, {});
    QVERIFY(!m_uuid.isEmpty());
    m_lockedUuid = defineGuest(QStringLiteral("qvirt-console-locked-") + pid,
                               QStringLiteral("<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='qvs3cret'/>"));
    QVERIFY(!m_lockedUuid.isEmpty());
    for (const QString &uuid : {m_uuid, m_lockedUuid}) {
        const VoidResult r = await(m_conn->perform(uuid, DomainAction::Start));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    }
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Running);
}

void tst_IntegrationConsole::cleanupTestCase()
{
    m_client.reset();
    for (const QString &name : std::as_const(m_names)) {
        IH::virsh({QStringLiteral("destroy"), name});
        IH::virsh({QStringLiteral("undefine"), name});
    }
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    delete m_conn;
}

bool tst_IntegrationConsole::connectFd(VncClient &c, const QString &uuid)
{
    const Result<ConsoleEndpoint> ep = await(m_conn->openConsole(uuid));
    if (!ep) {
        qWarning("openConsole: %s", qPrintable(ep.error().message));
        return false;
    }
    if (ep.value().fd < 0)
        return false;
    c.connectToSocket(ep.value().fd, VncSettings{}, true);
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired() && c.state() == VncClient::State::Connecting)
        QTest::qWait(10);
    return c.state() == VncClient::State::Connected;
}

void tst_IntegrationConsole::pressKey(VncClient &c, quint32 keysym, quint32 qnum)
{
    c.sendKey(keysym, qnum, true);
    c.sendKey(keysym, qnum, false);
}

void tst_IntegrationConsole::fdPathFramesArrive()
{
    m_client = std::make_unique<VncClient>();
    VncClient &c = *m_client;
    QVERIFY2(connectFd(c, m_uuid), qPrintable(c.errorString()));
    QCOMPARE(c.encoding(), QStringLiteral("raw")); // a socket from libvirt is a local link
    // SeaBIOS text mode first, then the guest's 1024x768 graphics mode.
    QTRY_COMPARE_WITH_TIMEOUT(c.size(), QSize(1024, 768), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(frameCounter(c.image()) > 0, 10000);
    const quint32 n1 = frameCounter(c.image());
    const quint64 u1 = c.updateCount();
    // The guest animates: new frames keep arriving (how fast is the host's
    // business, not this test's; a loaded TCG host is slow).
    QTRY_VERIFY_WITH_TIMEOUT(frameCounter(c.image()) > n1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(c.updateCount() > u1 + 5, 20000);
    QTRY_VERIFY(c.hasExtendedKeys()); // QEMU acknowledges raw scan codes
}

void tst_IntegrationConsole::pixelsMatchLibvirtScreenshot()
{
    QVERIFY(m_client && m_client->state() == VncClient::State::Connected);
    VncClient &c = *m_client;
    pressKey(c, 'p', 0x19); // pause: the frame stops changing
    QTRY_VERIFY(paused(c.image()));
    // The last rectangles of the paused frame may still be on their way: the
    // console and libvirt's screenshot agree once they have arrived.
    const QString file = m_dir + QStringLiteral("/shot.png");
    QImage mine;
    QString why;
    const auto differing = [&] {
        const IH::Output o = IH::virsh({QStringLiteral("screenshot"), m_names.first(), file});
        if (o.exitCode != 0) {
            why = o.err;
            return -1;
        }
        const QImage shot = QImage(file).convertToFormat(QImage::Format_RGB32);
        mine = c.image().convertToFormat(QImage::Format_RGB32);
        if (shot.isNull() || mine.size() != shot.size()) {
            why = QStringLiteral("sizes differ: %1x%2 here, %3x%4 in the screenshot")
                      .arg(mine.width()).arg(mine.height()).arg(shot.width()).arg(shot.height());
            return -1;
        }
        int n = 0;
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x)
                n += mine.pixel(x, y) != shot.pixel(x, y);
        }
        why = QStringLiteral("%1 pixels differ").arg(n);
        return n;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(differing() == 0, qPrintable(why), 10000);
    // And the tiles are what the guest drew: tile (tx, ty) of frame N.
    const quint32 n = frameCounter(mine);
    for (const QPoint t : {QPoint(50, 2), QPoint(10, 30), QPoint(63, 46)}) {
        const QRgb px = mine.pixel(t.x() * 16 + 3, t.y() * 16 + 3);
        QCOMPARE(qRed(px), int((4 * t.x() + n) % 256));
        QCOMPARE(qGreen(px), int((4 * t.y() + 2 * n) % 256));
        QCOMPARE(qBlue(px), int((4 * (t.x() ^ t.y()) + 3 * n) % 256));
    }
    pressKey(c, 'p', 0x19);
    QTRY_VERIFY(!paused(c.image()));
}

void tst_IntegrationConsole::keystrokesReachGuest()
{
    QVERIFY(m_client && m_client->state() == VncClient::State::Connected);
    VncClient &c = *m_client;
    // Earlier tests' key releases may still be on their way (a loaded host
    // delays them): start counting once the count has held for half a second.
    quint32 before = keyCount(c.image());
    for (int steady = 0; steady < 5;) {
        QTest::qWait(100);
        const quint32 now = keyCount(c.image());
        steady = now == before ? steady + 1 : 0;
        before = now;
    }
    // The worker decodes into the image while this thread reads it, so a read
    // can catch the count of one frame beside the history of the one before:
    // each value is read until it holds (the guest's screen stops changing).
    pressKey(c, 'a', 0x1e); // KEY_A: make 0x1e, break 0x9e
    QTRY_COMPARE(keyCount(c.image()), (before + 2) % 256);
    QTRY_COMPARE(keyByte(c.image(), 0), 0x9eu);
    QTRY_COMPARE(keyByte(c.image(), 1), 0x1eu);
    pressKey(c, 0xff52, 0xc8); // Up: an extended key, 0xe0 0x48
    QTRY_COMPARE(keyCount(c.image()), (before + 6) % 256);
    QTRY_COMPARE(keyByte(c.image(), 3), 0xe0u);
    QTRY_COMPARE(keyByte(c.image(), 2), 0x48u);
}

void tst_IntegrationConsole::resolutionChangeKeepsConnection()
{
    QVERIFY(m_client && m_client->state() == VncClient::State::Connected);
    VncClient &c = *m_client;
    QSignalSpy resized(&c, &VncClient::resized);
    pressKey(c, 'r', 0x13);
    QTRY_COMPARE_WITH_TIMEOUT(c.size(), QSize(800, 600), 30000);
    const quint32 n = frameCounter(c.image());
    QTRY_VERIFY_WITH_TIMEOUT(frameCounter(c.image()) > n, 30000);
    QCOMPARE(c.state(), VncClient::State::Connected);
    pressKey(c, 'r', 0x13);
    QTRY_COMPARE_WITH_TIMEOUT(c.size(), QSize(1024, 768), 30000);
    QCOMPARE(c.state(), VncClient::State::Connected);
    QVERIFY(resized.size() >= 2);

    // Asking the guest to take the window's size: QEMU announced that it takes
    // SetDesktopSize, but a VGA device cannot be told a size, and QEMU says so.
    // The answer reaches the user and does not cost the connection.
    QSignalSpy refused(&c, &VncClient::desktopResizeRefused);
    c.requestDesktopSize(900, 700);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 30000);
    QVERIFY2(refused.first().first().toString().contains(QLatin1String("video device")),
             qPrintable(refused.first().first().toString()));
    QCOMPARE(c.size(), QSize(1024, 768));
    QCOMPARE(c.state(), VncClient::State::Connected);
    const quint32 later = frameCounter(c.image());
    QTRY_VERIFY_WITH_TIMEOUT(frameCounter(c.image()) > later, 30000);
}

void tst_IntegrationConsole::tcpPath()
{
    const Result<QString> xml = await(m_conn->domainXml(m_uuid));
    QVERIFY(xml.ok());
    DomainDescription d;
    QVERIFY(parseDomainXml(xml.value(), &d));
    QCOMPARE(d.graphics.size(), 1);
    QVERIFY(d.graphics.first().port >= 5900);
    VncClient c;
    c.connectToHost(QStringLiteral("127.0.0.1"), d.graphics.first().port, {});
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Connected, 15000);
    QCOMPARE(c.encoding(), QStringLiteral("raw"));
    QTRY_COMPARE(c.size(), QSize(1024, 768));
    QTRY_VERIFY(frameCounter(c.image()) > 0);
}

void tst_IntegrationConsole::wrongPassword()
{
    QTRY_COMPARE(stateOf(m_conn, m_lockedUuid), DomainState::Running);
    const Result<ConsoleEndpoint> ep = await(m_conn->openConsole(m_lockedUuid));
    QVERIFY(ep.ok());
    if (ep.value().fd >= 0)
        ::close(ep.value().fd); // libvirt's socket skips the password; this test wants TCP
    QCOMPARE(ep.value().password, QStringLiteral("qvs3cret")); // root may read it
    const Result<QString> xml = await(m_conn->domainXml(m_lockedUuid));
    DomainDescription d;
    QVERIFY(parseDomainXml(xml.value(), &d));
    const int port = d.graphics.first().port;

    VncClient c;
    VncSettings s;
    s.password = QStringLiteral("not-it");
    c.connectToHost(QStringLiteral("127.0.0.1"), port, s);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Failed, 15000);
    QCOMPARE(c.failure(), VncClient::Failure::Password);
    // QEMU delays after a failed VNC login; then the right one gets in.
    s.password = QStringLiteral("qvs3cret");
    c.connectToHost(QStringLiteral("127.0.0.1"), port, s);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Connected, 15000);
}

// A virtio video device can be told a size: QEMU passes SetDesktopSize on to
// it and says so (the test guest draws through the device's VGA side, so it
// keeps its mode). Over TCP with ZRLE, where libvncclient parses the updates
// and QVirt reads QEMU's ExtendedDesktopSize rectangles itself: the guest's
// own mode change must not cost the connection either.
void tst_IntegrationConsole::resizeGuestReachesVirtioDisplay()
{
    const QString name = QStringLiteral("qvirt-console-virtio-") + QString::number(QCoreApplication::applicationPid());
    m_names << name;
    QString xml = IH::testGuestXml(m_dir, name);
    QVERIFY(!xml.isEmpty());
    xml.replace(QRegularExpression(QStringLiteral("<model type='vga'[^>]*/>")), QStringLiteral("<model type='virtio' heads='1' primary='yes'/>"));
    const Result<QString> uuid = await(m_conn->defineXml(xml));
    QVERIFY2(uuid.ok(), qPrintable(uuid ? QString() : uuid.error().message));
    const VoidResult started = await(m_conn->perform(uuid.value(), DomainAction::Start));
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    const Result<QString> live = await(m_conn->domainXml(uuid.value()));
    QVERIFY(live.ok());
    QVERIFY(live.value().contains(QLatin1String("type='virtio'")));
    DomainDescription d;
    QVERIFY(parseDomainXml(live.value(), &d));
    QCOMPARE(d.graphics.size(), 1);

    VncClient c;
    VncSettings s;
    s.encoding = VncSettings::Encoding::Zrle;
    c.connectToHost(QStringLiteral("127.0.0.1"), d.graphics.first().port, s);
    QTRY_VERIFY2_WITH_TIMEOUT(c.state() == VncClient::State::Connected, qPrintable(c.errorString()), 15000);
    QCOMPARE(c.encoding(), QStringLiteral("zrle"));
    QTRY_VERIFY2_WITH_TIMEOUT(c.size() == QSize(1024, 768),
                              qPrintable(QStringLiteral("%1x%2, %3").arg(c.size().width()).arg(c.size().height()).arg(c.errorString())),
                              15000);
    QTRY_VERIFY(frameCounter(c.image()) > 0);

    QSignalSpy forwarded(&c, &VncClient::desktopResizeForwarded);
    QSignalSpy refused(&c, &VncClient::desktopResizeRefused);
    c.requestDesktopSize(900, 700);
    QTRY_COMPARE_WITH_TIMEOUT(forwarded.size(), 1, 10000);
    QVERIFY(refused.isEmpty());

    pressKey(c, 'r', 0x13);
    QTRY_COMPARE_WITH_TIMEOUT(c.size(), QSize(800, 600), 10000);
    const quint32 n = frameCounter(c.image());
    QTRY_VERIFY(frameCounter(c.image()) != n);
    QCOMPARE(c.state(), VncClient::State::Connected);
    IH::virsh({QStringLiteral("destroy"), name});
}

void tst_IntegrationConsole::serverKilledMidStream()
{
    QVERIFY(m_client && m_client->state() == VncClient::State::Connected);
    VncClient &c = *m_client;
    const IH::Output o = IH::virsh({QStringLiteral("destroy"), m_names.first()});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), VncClient::State::Failed, 10000);
    QCOMPARE(c.failure(), VncClient::Failure::Closed);
    QVERIFY(!c.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_IntegrationConsole)
#include "tst_integration_console.moc"
