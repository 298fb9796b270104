#include "connection.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "testutil.h"

#include <QDomDocument>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace TestUtil;
namespace IH = IntegrationHost;

namespace {

template<typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : r.error().message;
}

QDomDocument parse(const QString &xml)
{
    QDomDocument doc;
    doc.setContent(xml);
    return doc;
}

// What the definition says, as virsh reads it with its secrets.
QString definition(const QString &name)
{
    return IH::virsh({QStringLiteral("dumpxml"), name, QStringLiteral("--inactive"), QStringLiteral("--security-info")}).out;
}

QString diskSource(const QString &xml, const QString &target)
{
    const QDomNodeList disks = parse(xml).elementsByTagName(QStringLiteral("disk"));
    for (int i = 0; i < disks.size(); ++i) {
        const QDomElement d = disks.at(i).toElement();
        if (d.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev")) == target)
            return d.firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("file"));
    }
    return {};
}

QString backingOf(const QString &image)
{
    const IH::Output o = IH::run(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json"), image});
    const QJsonObject info = QJsonDocument::fromJson(o.out.toUtf8()).object();
    return info.value(QLatin1String("full-backing-filename")).toString(info.value(QLatin1String("backing-filename")).toString());
}

bool identical(const QString &a, const QString &b)
{
    return IH::run(QStringLiteral("qemu-img"), {QStringLiteral("compare"), QStringLiteral("-U"), a, b}).exitCode == 0;
}

// Empty when the pattern reads back through the image; else what qemu-io said.
QString patternProblem(const QString &format, const QString &image)
{
    const IH::Output o = IH::run(QStringLiteral("qemu-io"), {QStringLiteral("-r"), QStringLiteral("-f"), format, QStringLiteral("-U"), QStringLiteral("-c"),
                                                             QStringLiteral("read -P 0x5a 0 1M"), image});
    if (o.exitCode == 0 && !o.out.contains(QLatin1String("fail")) && !o.err.contains(QLatin1String("fail")))
        return {};
    return image + QStringLiteral(": ") + o.out + o.err;
}

} // namespace

// Full and linked clones on the real host: a two-disk guest (qcow2 and raw,
// a known pattern in each), a CD-ROM, a NIC and a VNC password.
class tst_IntegrationClone : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void plan();
    void fullClone();
    void cancelledFullCloneLeavesNothing();
    void fullCloneOfPausedVm();
    void linkedClone();
    void fullCloneOutsidePools();

private:
    QString name(const QString &suffix) const { return m_name + QLatin1Char('-') + suffix; }
    QStringList poolVolumes() const;
    Result<CloneOutcome> clone(CloneRequest::Mode mode, const QString &cloneName, QSignalSpy *progress = nullptr,
                               bool cancelAtOnce = false);

    Connection *m_conn = nullptr;
    QString m_dir, m_name, m_pool, m_uuid, m_qcow2, m_raw, m_iso;
};

void tst_IntegrationClone::initTestCase()
{
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    const qint64 pid = QCoreApplication::applicationPid();
    m_dir = IH::makeImageDir(QStringLiteral("clone"));
    m_name = QStringLiteral("qvirt-clone-%1").arg(pid);
    m_pool = m_name;
    m_qcow2 = m_dir + QStringLiteral("/src-a.qcow2");
    m_raw = m_dir + QStringLiteral("/src-b.raw");
    m_iso = m_dir + QStringLiteral("/cd.iso");
    QCOMPARE(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), m_qcow2, QStringLiteral("64M")}).exitCode, 0);
    QCOMPARE(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("raw"), m_raw, QStringLiteral("256M")}).exitCode, 0);
    QCOMPARE(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("raw"), m_iso, QStringLiteral("1M")}).exitCode, 0);
    QCOMPARE(IH::run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"), QStringLiteral("write -P 0x5a 0 1M"), m_qcow2}).exitCode, 0);
    QCOMPARE(IH::run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("raw"), QStringLiteral("-c"), QStringLiteral("write -P 0x5a 0 1M"), m_raw}).exitCode, 0);

    const Result<QString> pool = await(m_conn->defineStoragePool(
        QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>").arg(m_pool, m_dir)));
    QVERIFY2(pool.ok(), qPrintable(why(pool)));

    QString xml = IH::tcgDomainXml(m_name, m_qcow2);
    xml.replace(QStringLiteral("    <graphics type='vnc' autoport='yes' listen='127.0.0.1'/>"),
                QStringLiteral("    <disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='%1'/><target dev='vdb' bus='virtio'/></disk>\n"
                               "    <disk type='file' device='cdrom'><driver name='qemu' type='raw'/><source file='%2'/><target dev='sda' bus='sata'/><readonly/></disk>\n"
                               "    <interface type='user'><mac address='52:54:00:12:34:56'/><model type='virtio'/></interface>\n"
                               "    <graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='cl0neS3c'/>")
                    .arg(m_raw, m_iso));
    const Result<QString> uuid = await(m_conn->defineXml(xml));
    QVERIFY2(uuid.ok(), qPrintable(why(uuid)));
    m_uuid = uuid.value();
    QVERIFY(await(m_conn->storageVolumes(m_pool)).ok()); // the pool sees the images
}

void tst_IntegrationClone::cleanupTestCase()
{
    const IH::Output list = IH::virsh({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--name")});
    for (const QString &n : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (n.trimmed().startsWith(m_name)) {
            IH::virsh({QStringLiteral("destroy"), n.trimmed()});
            IH::virsh({QStringLiteral("undefine"), n.trimmed(), QStringLiteral("--nvram")});
        }
    }
    IH::virsh({QStringLiteral("pool-destroy"), m_pool});
    IH::virsh({QStringLiteral("pool-undefine"), m_pool});
    QDir(m_dir).removeRecursively();
    delete m_conn;
}

QStringList tst_IntegrationClone::poolVolumes() const
{
    IH::virsh({QStringLiteral("pool-refresh"), m_pool});
    const IH::Output o = IH::virsh({QStringLiteral("vol-list"), m_pool, QStringLiteral("--details")});
    QStringList names;
    for (const QString &line : o.out.split(QLatin1Char('\n')).mid(2))
        names << line.trimmed().section(QLatin1Char(' '), 0, 0);
    return names;
}

Result<CloneOutcome> tst_IntegrationClone::clone(CloneRequest::Mode mode, const QString &cloneName, QSignalSpy *progress,
                                                 bool cancelAtOnce)
{
    CloneRequest request;
    request.jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.sourceUuid = m_uuid;
    request.mode = mode;
    request.clones << CloneTarget{cloneName, {}};
    // Cancelled while the first copy runs: libvirt is still writing it.
    QMetaObject::Connection cancelling;
    if (cancelAtOnce) {
        cancelling = connect(m_conn, &Connection::cloneProgress, this, [this, id = request.jobId](const CloneProgress &p) {
            if (p.jobId == id)
                m_conn->cancelClone(id);
        });
    }
    QFuture<Result<CloneOutcome>> f = m_conn->cloneDomain(request);
    Q_UNUSED(progress);
    const Result<CloneOutcome> out = await(f, 300000);
    disconnect(cancelling);
    return out;
}

void tst_IntegrationClone::plan()
{
    const Result<ClonePlan> p = await(m_conn->clonePlan(m_uuid));
    QVERIFY2(p.ok(), qPrintable(why(p)));
    QCOMPARE(p.value().name, m_name);
    QVERIFY(!p.value().active);
    QCOMPARE(p.value().disks.size(), 3);
    QHash<QString, CloneDiskInfo> byTarget;
    for (const CloneDiskInfo &d : p.value().disks)
        byTarget.insert(d.target, d);
    QCOMPARE(byTarget.value(QStringLiteral("vda")).defaultAction, CloneDiskAction::Copy);
    QCOMPARE(byTarget.value(QStringLiteral("vda")).pool, m_pool);
    QCOMPARE(byTarget.value(QStringLiteral("vdb")).defaultAction, CloneDiskAction::Copy);
    QCOMPARE(byTarget.value(QStringLiteral("sda")).defaultAction, CloneDiskAction::Share);
    QVERIFY(p.value().domainNames.contains(m_name));
}

void tst_IntegrationClone::fullClone()
{
    const QString before = definition(m_name);
    const QString cloneName = name(QStringLiteral("full"));
    QSignalSpy progress(m_conn, &Connection::cloneProgress);
    const Result<CloneOutcome> out = clone(CloneRequest::Mode::Full, cloneName);
    QVERIFY2(out.ok(), qPrintable(why(out)));
    QVERIFY(!out.value().cancelled);
    QCOMPARE(out.value().names, QStringList{cloneName});
    QVERIFY(progress.count() >= 2);
    const CloneProgress last = progress.last().first().value<CloneProgress>();
    QCOMPARE(last.steps, 2);

    const QString xml = definition(cloneName);
    QVERIFY2(!xml.isEmpty(), "the clone is defined");
    const QDomDocument doc = parse(xml), orig = parse(before);
    QVERIFY(doc.documentElement().firstChildElement(QStringLiteral("uuid")).text() != orig.documentElement().firstChildElement(QStringLiteral("uuid")).text());
    const QString mac = doc.elementsByTagName(QStringLiteral("mac")).at(0).toElement().attribute(QStringLiteral("address"));
    QVERIFY(!mac.isEmpty());
    QVERIFY(mac != QLatin1String("52:54:00:12:34:56"));
    QCOMPARE(doc.elementsByTagName(QStringLiteral("graphics")).at(0).toElement().attribute(QStringLiteral("passwd")), QStringLiteral("cl0neS3c"));
    QCOMPARE(diskSource(xml, QStringLiteral("sda")), m_iso); // the CD-ROM is shared
    const QString a = diskSource(xml, QStringLiteral("vda")), b = diskSource(xml, QStringLiteral("vdb"));
    QVERIFY(a != m_qcow2 && b != m_raw);
    QVERIFY(QFile::exists(a) && QFile::exists(b));
    QVERIFY2(identical(m_qcow2, a), qPrintable(a));
    QVERIFY2(identical(m_raw, b), qPrintable(b));
    const IH::Output info = IH::run(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json"), a});
    QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QLatin1String("format")).toString(), QStringLiteral("qcow2"));
    QCOMPARE(definition(m_name), before); // the original is untouched
}

void tst_IntegrationClone::cancelledFullCloneLeavesNothing()
{
    const QStringList before = poolVolumes();
    const QString cloneName = name(QStringLiteral("cancel"));
    const Result<CloneOutcome> out = clone(CloneRequest::Mode::Full, cloneName, nullptr, true);
    QVERIFY2(out.ok(), qPrintable(why(out)));
    QVERIFY(out.value().cancelled);
    QVERIFY(out.value().names.isEmpty());
    // A copy libvirt was still writing goes once libvirt hands it over.
    QTRY_COMPARE_WITH_TIMEOUT(poolVolumes(), before, 120000);
    QVERIFY(IH::virsh({QStringLiteral("dominfo"), cloneName}).exitCode != 0);
}

void tst_IntegrationClone::fullCloneOfPausedVm()
{
    QCOMPARE(IH::virsh({QStringLiteral("start"), m_name}).exitCode, 0);
    const auto off = qScopeGuard([this] { IH::virsh({QStringLiteral("destroy"), m_name}); });
    QCOMPARE(IH::virsh({QStringLiteral("suspend"), m_name}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(IH::domstate(m_name), QStringLiteral("paused"), 30000);
    const QString cloneName = name(QStringLiteral("paused"));
    const Result<CloneOutcome> out = clone(CloneRequest::Mode::Full, cloneName);
    QVERIFY2(out.ok(), qPrintable(why(out)));
    QCOMPARE(out.value().names, QStringList{cloneName});
    const QString xml = definition(cloneName);
    QVERIFY2(identical(m_qcow2, diskSource(xml, QStringLiteral("vda"))), qPrintable(xml));
    QVERIFY(identical(m_raw, diskSource(xml, QStringLiteral("vdb"))));
    QVERIFY(poolVolumes().contains(QFileInfo(diskSource(xml, QStringLiteral("vda"))).fileName()));
    QCOMPARE(IH::domstate(m_name), QStringLiteral("paused")); // left as it was
}

void tst_IntegrationClone::linkedClone()
{
    // Pristine copies of the base images, to prove they do not change.
    const QString pristineA = m_dir + QStringLiteral("/../") + m_name + QStringLiteral("-pristine-a.qcow2");
    const QString pristineB = m_dir + QStringLiteral("/../") + m_name + QStringLiteral("-pristine-b.raw");
    QVERIFY(QFile::copy(m_qcow2, pristineA));
    QVERIFY(QFile::copy(m_raw, pristineB));
    const auto removePristine = qScopeGuard([&] {
        QFile::remove(pristineA);
        QFile::remove(pristineB);
    });

    const QString cloneName = name(QStringLiteral("linked"));
    const Result<CloneOutcome> out = clone(CloneRequest::Mode::Linked, cloneName);
    QVERIFY2(out.ok(), qPrintable(why(out)));
    QCOMPARE(out.value().names, QStringList{cloneName});

    const QString cloneXml = definition(cloneName);
    const QString origXml = definition(m_name);
    const QString cloneA = diskSource(cloneXml, QStringLiteral("vda")), cloneB = diskSource(cloneXml, QStringLiteral("vdb"));
    const QString ownA = diskSource(origXml, QStringLiteral("vda")), ownB = diskSource(origXml, QStringLiteral("vdb"));
    QVERIFY(!cloneA.isEmpty() && !ownA.isEmpty());
    QVERIFY(ownA != m_qcow2 && ownB != m_raw); // the original moved onto its own overlays
    QCOMPARE(backingOf(cloneA), m_qcow2);
    QCOMPARE(backingOf(cloneB), m_raw);
    QCOMPARE(backingOf(ownA), m_qcow2);
    QCOMPARE(backingOf(ownB), m_raw);
    QCOMPARE(diskSource(cloneXml, QStringLiteral("sda")), m_iso);
    QVERIFY(identical(pristineA, m_qcow2));
    QVERIFY(identical(pristineB, m_raw));
    for (const QString &overlay : {cloneA, cloneB, ownA, ownB})
    {
        const QString problem = patternProblem(QStringLiteral("qcow2"), overlay);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The chain query names the clones of the base image.
    const Result<QVector<DiskStorage>> storage = await(m_conn->storageOf(m_uuid));
    QVERIFY2(storage.ok(), qPrintable(why(storage)));
    bool named = false;
    for (const DiskStorage &d : storage.value()) {
        if (d.target == QLatin1String("vda")) {
            QCOMPARE(d.chain.size(), 2);
            QCOMPARE(d.chain.at(1).path, m_qcow2);
            named = d.chain.at(1).usedBy.contains(cloneName);
        }
    }
    QVERIFY(named);
    // So does the snapshot view's chain, which refuses merges into it.
    const Result<SnapshotState> chains = await(m_conn->snapshots(m_uuid));
    QVERIFY2(chains.ok(), qPrintable(why(chains)));
    named = false;
    for (const DiskStorage &d : chains.value().disks) {
        if (d.target == QLatin1String("vdb") && d.chain.size() == 2)
            named = d.chain.at(1).path == m_raw && d.chain.at(1).usedBy.contains(cloneName) && d.chain.at(0).usedBy.isEmpty();
    }
    QVERIFY(named);

    // The linked clone starts (TCG).
    QCOMPARE(IH::virsh({QStringLiteral("start"), cloneName}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(IH::domstate(cloneName), QStringLiteral("running"), 30000);
    IH::virsh({QStringLiteral("destroy"), cloneName});
    QVERIFY(identical(pristineA, m_qcow2));
}

// A disk in a folder no pool holds: on this host qemu-img copies it, next to the original.
void tst_IntegrationClone::fullCloneOutsidePools()
{
    const QString dir = IH::makeImageDir(QStringLiteral("clone-nopool"));
    const auto removeDir = qScopeGuard([dir] { QDir(dir).removeRecursively(); });
    const QString image = dir + QStringLiteral("/loose.qcow2");
    QCOMPARE(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"), image, QStringLiteral("32M")}).exitCode, 0);
    QCOMPARE(IH::run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"), QStringLiteral("write -P 0x5a 0 1M"), image}).exitCode, 0);
    const QString looseName = name(QStringLiteral("loose"));
    const Result<QString> uuid = await(m_conn->defineXml(IH::tcgDomainXml(looseName, image)));
    QVERIFY2(uuid.ok(), qPrintable(why(uuid)));

    const Result<ClonePlan> plan = await(m_conn->clonePlan(uuid.value()));
    QVERIFY2(plan.ok(), qPrintable(why(plan)));
    QCOMPARE(plan.value().disks.size(), 1);
    QVERIFY(plan.value().disks.first().pool.isEmpty());
    QCOMPARE(plan.value().disks.first().defaultAction, CloneDiskAction::Copy);

    CloneRequest request;
    request.jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.sourceUuid = uuid.value();
    request.clones << CloneTarget{name(QStringLiteral("loose-copy")), {}};
    const Result<CloneOutcome> out = await(m_conn->cloneDomain(request), 300000);
    QVERIFY2(out.ok(), qPrintable(why(out)));
    const QString copy = diskSource(definition(name(QStringLiteral("loose-copy"))), QStringLiteral("vda"));
    QCOMPARE(QFileInfo(copy).absolutePath(), dir);
    QVERIFY2(identical(image, copy), qPrintable(copy));
    QCOMPARE(QJsonDocument::fromJson(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json"), copy}).out.toUtf8())
                 .object().value(QLatin1String("format")).toString(), QStringLiteral("qcow2"));
}

QTEST_MAIN(tst_IntegrationClone)
#include "tst_integration_clone.moc"
