#include "connection.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QtTest>

using namespace TestUtil;
namespace IH = IntegrationHost;

// Block commit (inactive and active with pivot) and block pull on a running
// TCG guest, with known patterns written into each layer and read back after.
class tst_IntegrationMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void commitThenActiveCommit();
    void pull();
    void cancelledMergeLeavesValidImages();

private:
    bool liveWrite(quint8 pattern, int offsetKiB);
    void snapshot(const QString &name, const QString &overlay);
    BlockJob::Status waitJob(QSignalSpy &spy);
    QStringList chain();
    QStringList snapshotNames();
    bool verify(const QString &image, const QList<QPair<quint8, int>> &patterns);

    Connection *m_conn = nullptr;
    QString m_dir, m_name, m_uuid, m_base;
};

void tst_IntegrationMerge::initTestCase()
{
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_dir = IH::makeImageDir(QStringLiteral("merge"));
    m_name = QStringLiteral("qvirt-merge-%1").arg(QCoreApplication::applicationPid());
    m_base = m_dir + QStringLiteral("/base.qcow2");
    QCOMPARE(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), m_base, QStringLiteral("16M")}).exitCode, 0);
    const IH::Output w = IH::run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"), QStringLiteral("write -P 0xaa 0 64k"), m_base});
    QVERIFY2(w.exitCode == 0, qPrintable(w.err));
    const Result<QString> uuid = await(m_conn->defineXml(IH::tcgDomainXml(m_name, m_base)));
    QVERIFY2(uuid.ok(), qPrintable(uuid ? QString() : uuid.error().message));
    m_uuid = uuid.value();
    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::Start)).ok());
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Running);
}

void tst_IntegrationMerge::cleanupTestCase()
{
    IH::virsh({QStringLiteral("destroy"), m_name});
    IH::virsh({QStringLiteral("undefine"), m_name, QStringLiteral("--snapshots-metadata")});
    QDir(m_dir).removeRecursively();
    delete m_conn;
}

bool tst_IntegrationMerge::liveWrite(quint8 pattern, int offsetKiB)
{
    // QEMU's own qemu-io, through the monitor, into whatever layer is active.
    const IH::Output o = IH::virsh({QStringLiteral("qemu-monitor-command"), m_name, QStringLiteral("--hmp"),
                                    QStringLiteral("qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend \"write -P 0x%1 %2k 64k\"")
                                        .arg(pattern, 2, 16, QLatin1Char('0')).arg(offsetKiB)});
    if (o.exitCode != 0 || o.out.contains(QLatin1String("rror")))
        qWarning("live write: %s %s", qPrintable(o.out), qPrintable(o.err));
    return o.exitCode == 0 && !o.out.contains(QLatin1String("rror"));
}

void tst_IntegrationMerge::snapshot(const QString &name, const QString &overlay)
{
    SnapshotRequest req;
    req.name = name;
    req.kind = SnapshotRequest::Kind::ExternalDiskOnly;
    req.overlays.insert(QStringLiteral("vda"), overlay);
    const VoidResult r = await(m_conn->createSnapshot(m_uuid, req));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
}

BlockJob::Status tst_IntegrationMerge::waitJob(QSignalSpy &spy)
{
    QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        for (const auto &args : std::as_const(spy)) {
            const auto job = args.first().value<BlockJob>();
            if (job.status == BlockJob::Status::Completed || job.status == BlockJob::Status::Failed
                || job.status == BlockJob::Status::Cancelled)
                return job.status;
        }
        QTest::qWait(50);
    }
    return BlockJob::Status::Running;
}

QStringList tst_IntegrationMerge::snapshotNames()
{
    const Result<SnapshotState> s = await(m_conn->snapshots(m_uuid));
    QStringList names;
    if (s) {
        for (const SnapshotInfo &info : s.value().snapshots)
            names << info.name;
    }
    names.sort();
    return names;
}

QStringList tst_IntegrationMerge::chain()
{
    const Result<SnapshotState> s = await(m_conn->snapshots(m_uuid));
    QStringList paths;
    if (s && !s.value().disks.isEmpty()) {
        for (const DiskImage &img : s.value().disks.first().chain)
            paths << img.path;
    }
    return paths;
}

bool tst_IntegrationMerge::verify(const QString &image, const QList<QPair<quint8, int>> &patterns)
{
    const IH::Output check = IH::run(QStringLiteral("qemu-img"), {QStringLiteral("check"), QStringLiteral("-U"), image});
    if (check.exitCode != 0) {
        qWarning("qemu-img check %s: %s", qPrintable(image), qPrintable(check.out + check.err));
        return false;
    }
    QStringList args{QStringLiteral("-r"), QStringLiteral("-U")};
    for (const auto &[pattern, offset] : patterns)
        args << QStringLiteral("-c") << QStringLiteral("read -P 0x%1 %2k 64k").arg(pattern, 2, 16, QLatin1Char('0')).arg(offset);
    args << image;
    const IH::Output read = IH::run(QStringLiteral("qemu-io"), args);
    const bool ok = read.exitCode == 0 && !read.out.contains(QLatin1String("verification failed"));
    if (!ok)
        qWarning("qemu-io %s: %s %s", qPrintable(image), qPrintable(read.out), qPrintable(read.err));
    return ok;
}

void tst_IntegrationMerge::commitThenActiveCommit()
{
    const QString ov1 = m_dir + QStringLiteral("/ov1.qcow2"), ov2 = m_dir + QStringLiteral("/ov2.qcow2");
    snapshot(QStringLiteral("s1"), ov1);
    QVERIFY(liveWrite(0xbb, 64));
    snapshot(QStringLiteral("s2"), ov2);
    QVERIFY(liveWrite(0xcc, 128));
    QCOMPARE(chain(), QStringList({ov2, ov1, m_base}));

    // Inactive commit: ov1 into base; ov2 then sits directly on base.
    QSignalSpy jobs(m_conn, &Connection::blockJobChanged);
    VoidResult r = await(m_conn->blockCommit(m_uuid, QStringLiteral("vda"), ov1, m_base));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(waitJob(jobs), BlockJob::Status::Completed);
    QTRY_COMPARE(chain(), QStringList({ov2, m_base}));
    // s1's state is gone (its overlay is merged); s2's is intact and moves up.
    QCOMPARE(snapshotNames(), QStringList({QStringLiteral("s2")}));

    // Active commit with pivot: the guest runs on base again.
    jobs.clear();
    r = await(m_conn->blockCommit(m_uuid, QStringLiteral("vda"), {}, {}));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(waitJob(jobs), BlockJob::Status::Completed);
    bool sawReady = false;
    for (const auto &args : std::as_const(jobs))
        sawReady |= args.first().value<BlockJob>().status == BlockJob::Status::Ready;
    QVERIFY(sawReady);
    QTRY_COMPARE(chain(), QStringList({m_base}));
    QCOMPARE(stateOf(m_conn, m_uuid), DomainState::Running);
    QCOMPARE(snapshotNames(), QStringList());

    // Every pattern now lives in base.
    QVERIFY(verify(m_base, {{0xaa, 0}, {0xbb, 64}, {0xcc, 128}}));
}

void tst_IntegrationMerge::pull()
{
    const QString ov3 = m_dir + QStringLiteral("/ov3.qcow2");
    snapshot(QStringLiteral("s3"), ov3);
    QVERIFY(liveWrite(0xdd, 192));
    QCOMPARE(chain(), QStringList({ov3, m_base}));
    QSignalSpy jobs(m_conn, &Connection::blockJobChanged);
    const VoidResult r = await(m_conn->blockPull(m_uuid, QStringLiteral("vda"), {}));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QCOMPARE(waitJob(jobs), BlockJob::Status::Completed);
    QTRY_COMPARE(chain(), QStringList({ov3})); // standalone now

    // Read back with QEMU gone, so no cached metadata is missed.
    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::ForceOff)).ok());
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::ShutOff);
    QVERIFY(verify(ov3, {{0xaa, 0}, {0xbb, 64}, {0xcc, 128}, {0xdd, 192}}));
    QVERIFY(verify(m_base, {{0xaa, 0}, {0xbb, 64}, {0xcc, 128}})); // left as it was

    // Shut off: a clear refusal, nothing touched.
    const VoidResult off = await(m_conn->blockPull(m_uuid, QStringLiteral("vda"), {}));
    QVERIFY(!off.ok());
    QVERIFY(off.error().message.contains(QLatin1String("running")));
}

void tst_IntegrationMerge::cancelledMergeLeavesValidImages()
{
    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::Start)).ok());
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Running);
    const QString ov3 = m_dir + QStringLiteral("/ov3.qcow2"), ov4 = m_dir + QStringLiteral("/ov4.qcow2");
    snapshot(QStringLiteral("s4"), ov4);
    QVERIFY(liveWrite(0xee, 256));
    QCOMPARE(chain(), QStringList({ov4, ov3}));

    // Cancelled before it could pivot: the guest stays on ov4, ov3 unchanged.
    QSignalSpy jobs(m_conn, &Connection::blockJobChanged);
    QFuture<VoidResult> started = m_conn->blockCommit(m_uuid, QStringLiteral("vda"), {}, {});
    QFuture<VoidResult> cancelled = m_conn->cancelBlockJob(m_uuid, QStringLiteral("vda"));
    QVERIFY(await(started).ok());
    const VoidResult c = await(cancelled);
    QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().message));
    QCOMPARE(waitJob(jobs), BlockJob::Status::Cancelled);
    QTRY_COMPARE(chain(), QStringList({ov4, ov3}));
    QCOMPARE(stateOf(m_conn, m_uuid), DomainState::Running);

    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::ForceOff)).ok());
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::ShutOff);
    QVERIFY(verify(ov4, {{0xaa, 0}, {0xbb, 64}, {0xcc, 128}, {0xdd, 192}, {0xee, 256}}));
    QVERIFY(verify(ov3, {{0xaa, 0}, {0xdd, 192}}));
}

QTEST_GUILESS_MAIN(tst_IntegrationMerge)
#include "tst_integration_merge.moc"
