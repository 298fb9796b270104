#include "connection.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "snapshottreemodel.h"
#include "testutil.h"

#include <QtTest>

#include <libvirt/virterror.h>

using namespace TestUtil;
namespace IH = IntegrationHost;

// Snapshots on real QEMU guests (TCG) with qcow2 and raw disks.
class tst_IntegrationSnapshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void internalCreateRevertDelete();
    void rawDiskRefusesInternal();
    void internalRefusalsOfferExternal_data();
    void internalRefusalsOfferExternal();
    void externalDiskOnlyShowsInChain();
    void externalRevertByQVirt();
    void externalWithMemory();

private:
    QString define(const QString &name, const QString &format);
    Connection *m_conn = nullptr;
    QString m_dir;
    QStringList m_names;
};

QString tst_IntegrationSnapshots::define(const QString &name, const QString &format)
{
    const QString disk = m_dir + QLatin1Char('/') + name + QLatin1Char('.') + format;
    if (IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), format, disk,
                                              QStringLiteral("32M")}).exitCode != 0)
        return {};
    QString xml = IH::tcgDomainXml(name, disk);
    xml.replace(QStringLiteral("type='qcow2'"), QStringLiteral("type='%1'").arg(format));
    const Result<QString> uuid = await(m_conn->defineXml(xml));
    m_names << name;
    return uuid ? uuid.value() : QString();
}

void tst_IntegrationSnapshots::initTestCase()
{
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_dir = IH::makeImageDir(QStringLiteral("snapshots"));
}

void tst_IntegrationSnapshots::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_names)) {
        IH::virsh({QStringLiteral("destroy"), name});
        IH::virsh({QStringLiteral("undefine"), name, QStringLiteral("--snapshots-metadata"), QStringLiteral("--nvram")});
    }
    QDir(m_dir).removeRecursively();
    delete m_conn;
}

void tst_IntegrationSnapshots::internalCreateRevertDelete()
{
    const QString uuid = define(QStringLiteral("qvirt-snap-int-%1").arg(QCoreApplication::applicationPid()), QStringLiteral("qcow2"));
    QVERIFY(!uuid.isEmpty());
    QVERIFY(await(m_conn->perform(uuid, DomainAction::Start)).ok());
    QTRY_COMPARE(stateOf(m_conn, uuid), DomainState::Running);

    SnapshotRequest req;
    req.name = QStringLiteral("running-state");
    VoidResult r = await(m_conn->createSnapshot(uuid, req));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QVERIFY(await(m_conn->perform(uuid, DomainAction::ForceOff)).ok());
    QTRY_COMPARE(stateOf(m_conn, uuid), DomainState::ShutOff);

    // Reverting to a snapshot taken with memory brings the VM back running.
    r = await(m_conn->revertToSnapshot(uuid, req.name));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QTRY_COMPARE(stateOf(m_conn, uuid), DomainState::Running);
    QCOMPARE(IH::domstate(m_names.last()), QStringLiteral("running"));

    SnapshotTreeModel m(m_conn, uuid);
    QSignalSpy loaded(&m, &SnapshotTreeModel::loaded);
    m.refresh();
    QTRY_COMPARE(loaded.size(), 1);
    const QModelIndex s = m.indexOfSnapshot(req.name);
    QVERIFY(s.isValid());
    QVERIFY(!s.data(SnapshotTreeModel::ExternalRole).toBool());
    QVERIFY(m.snapshotAt(s)->hasMemory());

    QVERIFY(await(m_conn->deleteSnapshot(uuid, req.name)).ok());
    QVERIFY(IH::virsh({QStringLiteral("snapshot-list"), m_names.last(), QStringLiteral("--name")}).out.isEmpty());
    const IH::Output check = IH::run(QStringLiteral("qemu-img"), {QStringLiteral("check"), QStringLiteral("-U"),
                                                                  m_dir + QLatin1Char('/') + m_names.last() + QStringLiteral(".qcow2")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void tst_IntegrationSnapshots::rawDiskRefusesInternal()
{
    const QString uuid = define(QStringLiteral("qvirt-snap-raw-%1").arg(QCoreApplication::applicationPid()), QStringLiteral("raw"));
    QVERIFY(!uuid.isEmpty());
    SnapshotRequest req;
    req.name = QStringLiteral("nope");
    const VoidResult r = await(m_conn->createSnapshot(uuid, req));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("external snapshot")), qPrintable(r.error().message));
    QVERIFY(IH::virsh({QStringLiteral("snapshot-list"), m_names.last(), QStringLiteral("--name")}).out.isEmpty());
}

namespace {

// Every message of QVirt's in capitals with dots for spaces (placeholders
// kept): a language in which no English word QVirt might look for appears.
class PseudoTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return QString::fromUtf8(source).toUpper().replace(QLatin1Char(' '), QChar(0x00B7));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void tst_IntegrationSnapshots::internalRefusalsOfferExternal_data()
{
    QTest::addColumn<QString>("disk"); // qcow2 or raw
    QTest::addColumn<QString>("driverType"); // what the XML says of the disk's format; empty: nothing
    QTest::addColumn<bool>("uefi");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("translated");
    for (const bool translated : {false, true}) {
        const char *lang = translated ? "translated" : "English";
        // QVirt's own check: the XML names the format.
        QTest::addRow("raw, named, %s", lang) << "raw" << "raw" << false << int(VIR_ERR_CONFIG_UNSUPPORTED) << translated;
        // libvirt's refusal: the XML names no format, libvirt takes the image as raw.
        QTest::addRow("raw, unnamed, %s", lang) << "raw" << "" << false << int(VIR_ERR_CONFIG_UNSUPPORTED) << translated;
        // pflash firmware: libvirt refuses internal snapshots, also of a shut-off guest.
        QTest::addRow("UEFI, %s", lang) << "qcow2" << "qcow2" << true << int(VIR_ERR_OPERATION_UNSUPPORTED) << translated;
    }
}

// Whether an external snapshot is offered instead is decided on libvirt's
// error codes and the guest's definition, so it holds in any language: QVirt's
// messages pseudo-translated, libvirt's client side in German.
void tst_IntegrationSnapshots::internalRefusalsOfferExternal()
{
    QFETCH(QString, disk);
    QFETCH(QString, driverType);
    QFETCH(bool, uefi);
    QFETCH(int, code);
    QFETCH(bool, translated);
    static int serial = 0;
    const QString name = QStringLiteral("qvirt-errors-%1-%2").arg(QCoreApplication::applicationPid()).arg(++serial);
    const QString image = m_dir + QLatin1Char('/') + name + QLatin1Char('.') + disk;
    QCOMPARE(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), disk, image,
                                                   QStringLiteral("32M")}).exitCode, 0);
    QString xml = IH::tcgDomainXml(name, image);
    xml.replace(QStringLiteral("<driver name='qemu' type='qcow2'/>"),
                driverType.isEmpty() ? QString() : QStringLiteral("<driver name='qemu' type='%1'/>").arg(driverType));
    if (uefi) {
        // Defined, never started: the firmware files need not exist.
        xml.replace(QStringLiteral("machine='pc'>hvm</type>"),
                    QStringLiteral("machine='q35'>hvm</type><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader>"
                                   "<nvram>%1/%2_VARS.fd</nvram>").arg(m_dir, name));
        xml.replace(QStringLiteral("<vcpu>"), QStringLiteral("<features><acpi/></features><vcpu>"));
    }
    const Result<QString> uuid = await(m_conn->defineXml(xml));
    QVERIFY2(uuid.ok(), qPrintable(uuid ? QString() : uuid.error().message));
    m_names << name;

    PseudoTranslator pseudo;
    if (translated) {
        QVERIFY(QCoreApplication::installTranslator(&pseudo));
        setLanguage("de");
    }
    SnapshotRequest req;
    req.name = QStringLiteral("internal");
    const VoidResult r = await(m_conn->createSnapshot(uuid.value(), req));
    QString uefiHint;
    if (uefi)
        uefiHint = QCoreApplication::translate("Snapshots", "UEFI firmware keeps its variables outside the disk images, so libvirt cannot take an internal snapshot of this virtual machine. Take an external snapshot instead.");
    if (translated) {
        QCoreApplication::removeTranslator(&pseudo);
        setLanguage({});
    }
    QVERIFY(!r.ok());
    QVERIFY2(r.error().code == code, qPrintable(QStringLiteral("%1: %2").arg(r.error().code).arg(r.error().message)));
    QCOMPARE(r.error().alternative, Error::Alternative::ExternalSnapshot);
    if (translated)
        QVERIFY2(!r.error().message.contains(QLatin1String("external snapshot")), qPrintable(r.error().message));
    if (uefi)
        QVERIFY2(r.error().message.endsWith(uefiHint), qPrintable(r.error().message));
    QVERIFY(IH::virsh({QStringLiteral("snapshot-list"), name, QStringLiteral("--name")}).out.isEmpty());
}

void tst_IntegrationSnapshots::externalDiskOnlyShowsInChain()
{
    const QString name = QStringLiteral("qvirt-snap-ext-%1").arg(QCoreApplication::applicationPid());
    const QString uuid = define(name, QStringLiteral("qcow2"));
    QVERIFY(!uuid.isEmpty());
    QVERIFY(await(m_conn->perform(uuid, DomainAction::Start)).ok());
    QTRY_COMPARE(stateOf(m_conn, uuid), DomainState::Running);

    const QString overlay = m_dir + QLatin1Char('/') + name + QStringLiteral(".ext1");
    SnapshotRequest req;
    req.name = QStringLiteral("ext1");
    req.kind = SnapshotRequest::Kind::ExternalDiskOnly;
    req.overlays.insert(QStringLiteral("vda"), overlay);
    const VoidResult r = await(m_conn->createSnapshot(uuid, req));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QVERIFY(QFile::exists(overlay));

    SnapshotTreeModel m(m_conn, uuid);
    QSignalSpy loaded(&m, &SnapshotTreeModel::loaded);
    m.refresh();
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(m.indexOfSnapshot(QStringLiteral("ext1")).data(SnapshotTreeModel::ExternalRole).toBool());
    QCOMPARE(m.state().disks.size(), 1);
    const DiskStorage vda = m.state().disks.first();
    QCOMPARE(vda.chain.size(), 2);
    QCOMPARE(vda.chain.at(0).path, overlay); // the overlay is now the active layer
    QCOMPARE(vda.chain.at(1).path, m_dir + QLatin1Char('/') + name + QStringLiteral(".qcow2"));
    const QModelIndex disk = m.index(1, 0);
    QVERIFY(m.index(0, SnapshotTreeModel::KindColumn, disk).data().toString().contains(QLatin1String("created by snapshot ext1")));
    QVERIFY(vda.chain.at(0).virtualSize > 0);

    // libvirt 9.0 deletes an external snapshot by merging its overlay down:
    // the chain is one layer again, and the base image is sound.
    const VoidResult del = await(m_conn->deleteSnapshot(uuid, QStringLiteral("ext1")));
    QVERIFY2(del.ok(), qPrintable(del ? QString() : del.error().message));
    m.refresh();
    QTRY_COMPARE(loaded.size(), 2);
    QVERIFY(!m.indexOfSnapshot(QStringLiteral("ext1")).isValid());
    QCOMPARE(m.state().disks.first().chain.size(), 1);
    const IH::Output check = IH::run(QStringLiteral("qemu-img"), {QStringLiteral("check"), QStringLiteral("-U"), vda.chain.size() ? m.state().disks.first().chain.first().path : QString()});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void tst_IntegrationSnapshots::externalRevertByQVirt()
{
    const QString name = QStringLiteral("qvirt-snap-rev-%1").arg(QCoreApplication::applicationPid());
    const QString uuid = define(name, QStringLiteral("qcow2"));
    QVERIFY(!uuid.isEmpty());
    const QString base = m_dir + QLatin1Char('/') + name + QStringLiteral(".qcow2");
    QCOMPARE(IH::run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"), QStringLiteral("write -P 0xaa 0 64k"), base}).exitCode, 0);
    QVERIFY(await(m_conn->perform(uuid, DomainAction::Start)).ok());
    QTRY_COMPARE(stateOf(m_conn, uuid), DomainState::Running);
    const QString ov1 = m_dir + QLatin1Char('/') + name + QStringLiteral(".before");
    SnapshotRequest req;
    req.name = QStringLiteral("before");
    req.kind = SnapshotRequest::Kind::ExternalDiskOnly;
    req.overlays.insert(QStringLiteral("vda"), ov1);
    QVERIFY(await(m_conn->createSnapshot(uuid, req)).ok());
    // After the snapshot the guest writes 0xbb: reverting must lose it.
    const IH::Output w = IH::virsh({QStringLiteral("qemu-monitor-command"), name, QStringLiteral("--hmp"),
                                    QStringLiteral("qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend \"write -P 0xbb 64k 64k\"")});
    QVERIFY2(w.exitCode == 0, qPrintable(w.err));

    // Running: refused with the reason, nothing touched.
    VoidResult r = await(m_conn->revertToSnapshot(uuid, req.name));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QLatin1String("off")), qPrintable(r.error().message));

    QVERIFY(await(m_conn->perform(uuid, DomainAction::ForceOff)).ok());
    QTRY_COMPARE(stateOf(m_conn, uuid), DomainState::ShutOff);
    r = await(m_conn->revertToSnapshot(uuid, req.name));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));

    const Result<SnapshotState> st = await(m_conn->snapshots(uuid));
    QVERIFY(st.ok());
    const QVector<DiskImage> chain = st.value().disks.first().chain;
    QCOMPARE(chain.size(), 2);
    QVERIFY2(chain.at(0).path.contains(QLatin1String(".revert-before-")), qPrintable(chain.at(0).path));
    QCOMPARE(chain.at(1).path, base);
    QVERIFY(QFile::exists(ov1)); // the abandoned branch is kept
    bool current = false;
    for (const SnapshotInfo &s : st.value().snapshots)
        current |= s.name == QStringLiteral("before") && s.current;
    QVERIFY(current);

    // The disk reads as it was at the snapshot, and the guest starts on it.
    const IH::Output read = IH::run(QStringLiteral("qemu-io"), {QStringLiteral("-r"), QStringLiteral("-U"), QStringLiteral("-c"), QStringLiteral("read -P 0xaa 0 64k"),
                                                                QStringLiteral("-c"), QStringLiteral("read -P 0 64k 64k"), chain.at(0).path});
    QVERIFY2(read.exitCode == 0 && !read.out.contains(QLatin1String("fail")), qPrintable(read.out));
    const IH::Output kept = IH::run(QStringLiteral("qemu-io"), {QStringLiteral("-r"), QStringLiteral("-U"), QStringLiteral("-c"), QStringLiteral("read -P 0xbb 64k 64k"), ov1});
    QVERIFY2(!kept.out.contains(QLatin1String("fail")), qPrintable(kept.out));
    QCOMPARE(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("check"), QStringLiteral("-U"), chain.at(0).path}).exitCode, 0);
    QVERIFY(await(m_conn->perform(uuid, DomainAction::Start)).ok());
    QTRY_COMPARE(stateOf(m_conn, uuid), DomainState::Running);
}

void tst_IntegrationSnapshots::externalWithMemory()
{
    const QString name = QStringLiteral("qvirt-snap-mem-%1").arg(QCoreApplication::applicationPid());
    const QString uuid = define(name, QStringLiteral("qcow2"));
    QVERIFY(!uuid.isEmpty());
    QVERIFY(await(m_conn->perform(uuid, DomainAction::Start)).ok());
    QTRY_COMPARE(stateOf(m_conn, uuid), DomainState::Running);
    SnapshotRequest req;
    req.name = QStringLiteral("checkpoint");
    req.kind = SnapshotRequest::Kind::ExternalWithMemory;
    req.overlays.insert(QStringLiteral("vda"), m_dir + QLatin1Char('/') + name + QStringLiteral(".checkpoint"));
    req.memoryFile = m_dir + QLatin1Char('/') + name + QStringLiteral(".checkpoint.mem");
    const VoidResult r = await(m_conn->createSnapshot(uuid, req));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QVERIFY(QFileInfo(req.memoryFile).size() > 0);
    QTRY_COMPARE(stateOf(m_conn, uuid), DomainState::Running); // a live checkpoint keeps the guest running
    const Result<SnapshotState> st = await(m_conn->snapshots(uuid));
    QVERIFY(st.ok());
    QCOMPARE(st.value().snapshots.size(), 1);
    QCOMPARE(st.value().snapshots.first().memory, SnapshotInfo::Location::External);
    QCOMPARE(st.value().snapshots.first().memoryFile, req.memoryFile);

    // Reverting to a live checkpoint brings the guest back running, on new overlays.
    QVERIFY(await(m_conn->perform(uuid, DomainAction::ForceOff)).ok());
    QTRY_COMPARE(stateOf(m_conn, uuid), DomainState::ShutOff);
    const VoidResult rev = await(m_conn->revertToSnapshot(uuid, req.name));
    QVERIFY2(rev.ok(), qPrintable(rev ? QString() : rev.error().message));
    QTRY_COMPARE(stateOf(m_conn, uuid), DomainState::Running);
    const Result<SnapshotState> after = await(m_conn->snapshots(uuid));
    QVERIFY(after.ok());
    QVERIFY(after.value().disks.first().chain.first().path.contains(QLatin1String(".revert-checkpoint-")));
    QVERIFY(QFile::exists(req.memoryFile)); // kept for another revert
}

QTEST_MAIN(tst_IntegrationSnapshots)
#include "tst_integration_snapshots.moc"
