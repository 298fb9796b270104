#include "connection.h"
#include "domainlistmodel.h"
#include "testutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace TestUtil;

// A host with 500 guests (libvirt's test driver, real qcow2 images made by
// qemu-img): what QVirt asks about all of them (which guests share an image,
// for the delete dialog; which guests use a host device, for the devices page)
// reads each definition once, and after events only the guests they name. The
// work is counted, not timed: the qvirt.domaincache category logs each read.
class tst_Scale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void deleteDialogQuestionReadsOnce();
    void eventStormRereadsOnlyWhatChanged();

private:
    static constexpr int kGuests = 500;
    QString uuidOf(int i) const { return QStringLiteral("5ca1e000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')); }
    QString nameOf(int i) const { return QStringLiteral("guest-%1").arg(i, 3, 10, QLatin1Char('0')); }

    QTemporaryDir m_dir;
    Connection *m_conn = nullptr;
};

namespace {
std::atomic<int> g_imageReads{0};
std::atomic<int> g_deviceReads{0};
QtMessageHandler g_previous = nullptr;

void countReads(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "qvirt.domaincache") == 0) {
        if (message.startsWith(QLatin1String("read images")))
            ++g_imageReads;
        else if (message.startsWith(QLatin1String("read host devices")))
            ++g_deviceReads;
        return;
    }
    g_previous(type, context, message);
}
} // namespace

void tst_Scale::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString base = m_dir.filePath(QStringLiteral("base.qcow2"));
    QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                             QStringLiteral("qcow2"), base, QStringLiteral("64M")}),
             0);
    // Every guest's disk is an overlay on one shared base image.
    QString xml = QStringLiteral("<node>\n");
    for (int i = 0; i < kGuests; ++i) {
        const QString overlay = m_dir.filePath(nameOf(i) + QStringLiteral(".qcow2"));
        QCOMPARE(QProcess::execute(QStringLiteral("qemu-img"),
                                   {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                                    QStringLiteral("-F"), QStringLiteral("qcow2"), QStringLiteral("-b"), base, overlay}),
                 0);
        xml += QStringLiteral("<domain type='test'><name>%1</name><uuid>%2</uuid><memory>65536</memory><vcpu>1</vcpu>"
                              "<os><type>hvm</type></os><devices><disk type='file' device='disk'>"
                              "<driver name='qemu' type='qcow2'/><source file='%3'/><target dev='vda' bus='virtio'/>"
                              "</disk></devices></domain>\n")
                   .arg(nameOf(i), uuidOf(i), overlay);
    }
    xml += QStringLiteral("</node>\n");
    QFile host(m_dir.filePath(QStringLiteral("host.xml")));
    QVERIFY(host.open(QIODevice::WriteOnly));
    host.write(xml.toUtf8());
    host.close();

    QLoggingCategory::setFilterRules(QStringLiteral("qvirt.domaincache.debug=true"));
    g_previous = qInstallMessageHandler(countReads);
}

void tst_Scale::cleanupTestCase()
{
    delete m_conn;
    qInstallMessageHandler(g_previous);
}

void tst_Scale::init()
{
    delete m_conn; // each test on a host as the file describes it
    m_conn = new Connection(QStringLiteral("test://") + m_dir.filePath(QStringLiteral("host.xml")));
    QVERIFY(openAndLoad(m_conn, 60000));
    QCOMPARE(m_conn->domainModel()->rowCount(), kGuests);
    g_imageReads = 0;
    g_deviceReads = 0;
}

void tst_Scale::deleteDialogQuestionReadsOnce()
{
    // What the delete dialog asks: the images of guest 0 and who else uses them.
    QElapsedTimer clock;
    clock.start();
    Result<QVector<DiskStorage>> storage = await(m_conn->storageOf(uuidOf(0)));
    QVERIFY2(storage.ok(), qPrintable(storage ? QString() : storage.error().message));
    qInfo("first question on %d guests: %lld ms", kGuests, clock.elapsed());
    QCOMPARE(g_imageReads.load(), kGuests - 1);
    QCOMPARE(storage.value().size(), 1);
    const QVector<DiskImage> &chain = storage.value().first().chain;
    QCOMPARE(chain.size(), 2);
    QVERIFY(chain.at(0).usedBy.isEmpty()); // its own overlay
    QCOMPARE(chain.at(1).usedBy.size(), kGuests - 1); // the shared base: named, so it is kept
    QVERIFY(chain.at(1).usedBy.contains(nameOf(kGuests - 1)));

    // Asked again (the dialog opened a second time): nothing is read.
    clock.restart();
    storage = await(m_conn->storageOf(uuidOf(0)));
    QVERIFY(storage.ok());
    qInfo("the same question again: %lld ms", clock.elapsed());
    QCOMPARE(g_imageReads.load(), kGuests - 1);

    // One guest changes: only it is read again.
    QVERIFY(await(m_conn->perform(uuidOf(7), DomainAction::Pause)).ok());
    storage = await(m_conn->storageOf(uuidOf(0)));
    QVERIFY(storage.ok());
    QCOMPARE(g_imageReads.load(), kGuests);
    QCOMPARE(storage.value().first().chain.at(1).usedBy.size(), kGuests - 1);

    // A guest that goes is no longer named as a user of the base.
    QVERIFY(await(m_conn->perform(uuidOf(9), DomainAction::ForceOff)).ok());
    QVERIFY(await(m_conn->deleteDomain(uuidOf(9), {})).ok());
    storage = await(m_conn->storageOf(uuidOf(0)));
    QVERIFY(storage.ok());
    QCOMPARE(storage.value().first().chain.at(1).usedBy.size(), kGuests - 2);
    QVERIFY(!storage.value().first().chain.at(1).usedBy.contains(nameOf(9)));
}

void tst_Scale::eventStormRereadsOnlyWhatChanged()
{
    // What the host devices page asks: every guest's devices, read once.
    Result<QVector<HostDevice>> devices = await(m_conn->hostDevices());
    QVERIFY2(devices.ok(), qPrintable(devices ? QString() : devices.error().message));
    QCOMPARE(g_deviceReads.load(), kGuests);

    // A storm: 100 guests paused at once, each with its lifecycle event.
    constexpr int kStorm = 100;
    QVector<QFuture<VoidResult>> calls;
    for (int i = 0; i < kStorm; ++i)
        calls << m_conn->perform(uuidOf(100 + i), DomainAction::Pause);
    for (const QFuture<VoidResult> &call : std::as_const(calls))
        QVERIFY(await(call).ok());
    QTRY_COMPARE(stateOf(m_conn, uuidOf(100 + kStorm - 1)), DomainState::Paused);

    // Asked again: the 100 that changed are read, not all 500 once per event.
    const int atStorm = g_deviceReads;
    devices = await(m_conn->hostDevices());
    QVERIFY(devices.ok());
    QCOMPARE(g_deviceReads - atStorm, kStorm);
    // The driver's own events may still be on their way; they name the same
    // guests, which are read once more at most, and then nothing is.
    auto settled = [this] {
        const int before = g_deviceReads;
        return await(m_conn->hostDevices()).ok() && g_deviceReads == before;
    };
    QTRY_VERIFY(settled());
    QVERIFY2(g_deviceReads <= kGuests + 2 * kStorm, qPrintable(QString::number(g_deviceReads)));
}

QTEST_GUILESS_MAIN(tst_Scale)
#include "tst_scale.moc"
