#include "connection.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QtTest>

using namespace TestUtil;
namespace IH = IntegrationHost;

// A two-disk guest with three atomic external snapshots: external revert,
// inactive commit with deletion, active commit and pull, every image checked
// and every pattern read back where it must be.
class tst_IntegrationMultiDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void chainOfThreeOnTwoDisks();

private:
    QString img(const char *disk, int n) const { return m_dir + QStringLiteral("/%1%2.qcow2").arg(QLatin1String(disk)).arg(n); }
    bool write(int disk, int pattern, int offsetKiB);
    QStringList chain(const QString &disk);
    BlockJob::Status finish(QSignalSpy &spy);
    bool reads(const QString &image, const QList<QPair<int, int>> &patterns);

    Connection *m_conn = nullptr;
    QString m_dir, m_name, m_uuid;
};

void tst_IntegrationMultiDisk::initTestCase()
{
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_dir = IH::makeImageDir(QStringLiteral("multidisk"));
    m_name = QStringLiteral("qvirt-multidisk-%1").arg(QCoreApplication::applicationPid());
    for (const auto &[disk, pattern] : {std::pair{"a", 0x10}, std::pair{"b", 0x20}}) {
        QCOMPARE(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), img(disk, 0), QStringLiteral("16M")}).exitCode, 0);
        QCOMPARE(IH::run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                                                     QStringLiteral("write -P 0x%1 0 64k").arg(pattern, 0, 16), img(disk, 0)}).exitCode, 0);
    }
    QString xml = IH::tcgDomainXml(m_name, img("a", 0));
    xml.replace(QStringLiteral("    <graphics"), QStringLiteral("    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='%1'/>"
                                                               "<target dev='vdb' bus='virtio'/></disk>\n    <graphics").arg(img("b", 0)));
    const Result<QString> uuid = await(m_conn->defineXml(xml));
    QVERIFY2(uuid.ok(), qPrintable(uuid ? QString() : uuid.error().message));
    m_uuid = uuid.value();
    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::Start)).ok());
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Running);
}

void tst_IntegrationMultiDisk::cleanupTestCase()
{
    IH::virsh({QStringLiteral("destroy"), m_name});
    IH::virsh({QStringLiteral("undefine"), m_name, QStringLiteral("--snapshots-metadata")});
    QDir(m_dir).removeRecursively();
    delete m_conn;
}

bool tst_IntegrationMultiDisk::write(int disk, int pattern, int offsetKiB)
{
    const IH::Output o = IH::virsh({QStringLiteral("qemu-monitor-command"), m_name, QStringLiteral("--hmp"),
                                    QStringLiteral("qemu-io -d /machine/peripheral/virtio-disk%1/virtio-backend \"write -P 0x%2 %3k 64k\"")
                                        .arg(disk).arg(pattern, 0, 16).arg(offsetKiB)});
    return o.exitCode == 0 && !o.out.contains(QLatin1String("rror"));
}

QStringList tst_IntegrationMultiDisk::chain(const QString &disk)
{
    const Result<SnapshotState> s = await(m_conn->snapshots(m_uuid));
    QStringList paths;
    if (s) {
        for (const DiskStorage &d : s.value().disks) {
            if (d.target == disk) {
                for (const DiskImage &i : d.chain)
                    paths << i.path;
            }
        }
    }
    return paths;
}

BlockJob::Status tst_IntegrationMultiDisk::finish(QSignalSpy &spy)
{
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        for (const auto &args : std::as_const(spy)) {
            const auto s = args.first().value<BlockJob>().status;
            if (s == BlockJob::Status::Completed || s == BlockJob::Status::Failed || s == BlockJob::Status::Cancelled)
                return s;
        }
        QTest::qWait(50);
    }
    return BlockJob::Status::Running;
}

bool tst_IntegrationMultiDisk::reads(const QString &image, const QList<QPair<int, int>> &patterns)
{
    if (IH::run(QStringLiteral("qemu-img"), {QStringLiteral("check"), QStringLiteral("-U"), image}).exitCode != 0) {
        qWarning("qemu-img check failed: %s", qPrintable(image));
        return false;
    }
    QStringList args{QStringLiteral("-r"), QStringLiteral("-U")};
    for (const auto &[pattern, offset] : patterns)
        args << QStringLiteral("-c") << QStringLiteral("read -P 0x%1 %2k 64k").arg(pattern, 0, 16).arg(offset);
    args << image;
    const IH::Output o = IH::run(QStringLiteral("qemu-io"), args);
    if (o.exitCode != 0 || o.out.contains(QLatin1String("fail")))
        qWarning("%s: %s", qPrintable(image), qPrintable(o.out));
    return o.exitCode == 0 && !o.out.contains(QLatin1String("fail"));
}

void tst_IntegrationMultiDisk::chainOfThreeOnTwoDisks()
{
    // t1..t3, each atomic over both disks; after tk each disk gets pattern base+k at k*64k.
    for (int k = 1; k <= 3; ++k) {
        SnapshotRequest req;
        req.name = QStringLiteral("t%1").arg(k);
        req.kind = SnapshotRequest::Kind::ExternalDiskOnly;
        req.overlays.insert(QStringLiteral("vda"), img("a", k));
        req.overlays.insert(QStringLiteral("vdb"), img("b", k));
        const VoidResult r = await(m_conn->createSnapshot(m_uuid, req));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QVERIFY(write(0, 0x10 + k, 64 * k));
        QVERIFY(write(1, 0x20 + k, 64 * k));
    }
    QCOMPARE(chain(QStringLiteral("vda")), QStringList({img("a", 3), img("a", 2), img("a", 1), img("a", 0)}));
    QCOMPARE(chain(QStringLiteral("vdb")), QStringList({img("b", 3), img("b", 2), img("b", 1), img("b", 0)}));

    // External revert to t2 (QVirt's own on libvirt 9.0): new overlays on a1/b1.
    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::ForceOff)).ok());
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::ShutOff);
    VoidResult r = await(m_conn->revertToSnapshot(m_uuid, QStringLiteral("t2")));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    const QStringList va = chain(QStringLiteral("vda")), vb = chain(QStringLiteral("vdb"));
    QCOMPARE(va.mid(1), QStringList({img("a", 1), img("a", 0)}));
    QCOMPARE(vb.mid(1), QStringList({img("b", 1), img("b", 0)}));
    // At t2 each disk had base, +1 (written after t1); not +2 (after t2).
    QVERIFY(reads(va.first(), {{0x10, 0}, {0x11, 64}, {0, 128}}));
    QVERIFY(reads(vb.first(), {{0x20, 0}, {0x21, 64}, {0, 128}}));
    QVERIFY(QFile::exists(img("a", 3)) && QFile::exists(img("b", 3))); // the abandoned branch stays

    r = await(m_conn->perform(m_uuid, DomainAction::Start));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Running);
    QVERIFY(write(0, 0x1a, 256));

    // Inactive commit on vda: a1 into a0, a1 deleted afterwards.
    QSignalSpy jobs(m_conn, &Connection::blockJobChanged);
    r = await(m_conn->blockCommit(m_uuid, QStringLiteral("vda"), img("a", 1), img("a", 0), true));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(finish(jobs), BlockJob::Status::Completed);
    QTRY_COMPARE(chain(QStringLiteral("vda")), QStringList({va.first(), img("a", 0)}));
    QTRY_VERIFY(!QFile::exists(img("a", 1)));

    // Active commit on vdb into the image right below it.
    jobs.clear();
    r = await(m_conn->blockCommit(m_uuid, QStringLiteral("vdb"), {}, img("b", 1)));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(finish(jobs), BlockJob::Status::Completed);
    QTRY_COMPARE(chain(QStringLiteral("vdb")), QStringList({img("b", 1), img("b", 0)}));

    // Pull on vda: everything into the active overlay.
    jobs.clear();
    r = await(m_conn->blockPull(m_uuid, QStringLiteral("vda"), {}));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(finish(jobs), BlockJob::Status::Completed);
    QTRY_COMPARE(chain(QStringLiteral("vda")), QStringList({va.first()}));

    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::ForceOff)).ok());
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::ShutOff);
    QVERIFY(reads(va.first(), {{0x10, 0}, {0x11, 64}, {0, 128}, {0x1a, 256}}));
    QVERIFY(reads(img("b", 1), {{0x20, 0}, {0x21, 64}, {0, 128}}));
    QVERIFY(reads(img("a", 0), {{0x10, 0}, {0x11, 64}}));
    QVERIFY(reads(img("b", 3), {{0x20, 0}, {0x21, 64}, {0x22, 128}, {0x23, 192}})); // the side branch is intact
}

QTEST_GUILESS_MAIN(tst_IntegrationMultiDisk)
#include "tst_integration_multidisk.moc"
