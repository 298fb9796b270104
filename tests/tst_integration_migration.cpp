// Moving guests between two real libvirt daemons on this one machine: the
// shared system daemon is the source, a private one (tests/privatelibvirtd.sh,
// its own mount namespace, so its /var/lib/libvirt is another folder and its
// host UUID another) the destination. Real TCG guests, real QEMU migration
// streams, real storage copies.

#include "connection.h"
#include "connectionmanager.h"
#include "migratedialog.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "testutil.h"

#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace IH = IntegrationHost;
using namespace TestUtil;

namespace {

template<typename R>
QString why(const R &r)
{
    return r ? QString() : r.error().message;
}

const QString Source = QStringLiteral("qemu:///system");

IH::Output virshOn(const QString &uri, const QStringList &args)
{
    return IH::run(QStringLiteral("virsh"), QStringList{QStringLiteral("-c"), uri} + args);
}

// A qcow2 data disk with 0x5a over [offset, offset + length).
bool makeDataDisk(const QString &path, const QString &size, const QString &offset, const QString &length,
                  const QString &backing = {})
{
    QStringList args{QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2")};
    if (!backing.isEmpty())
        args << QStringLiteral("-b") << backing << QStringLiteral("-F") << QStringLiteral("qcow2");
    args << path;
    if (backing.isEmpty())
        args << size;
    if (IH::run(QStringLiteral("qemu-img"), args).exitCode != 0)
        return false;
    if (length.isEmpty())
        return true;
    return IH::run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                                               QStringLiteral("write -P 0x5a %1 %2").arg(offset, length), path})
               .exitCode == 0;
}

bool hasPattern(const QString &path, const QString &offset, const QString &length)
{
    const IH::Output o = IH::run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-r"),
                                                             QStringLiteral("-c"), QStringLiteral("read -P 0x5a %1 %2").arg(offset, length), path});
    return o.exitCode == 0 && !o.out.contains(QLatin1String("Pattern verification failed"));
}

QString dataDiskXml(const QString &path, const QString &dev)
{
    return QStringLiteral("<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='%1'/>"
                          "<target dev='%2' bus='ide'/></disk>").arg(path, dev);
}

} // namespace

class tst_IntegrationMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void liveWithStorageCopy();
    void cancelLeavesTheSourceRunning();
    void offlineWithStorageCopy();
    void tunnelledOnSharedStorage();
    void dialogShowsProgressAndCancels();

private:
    // Defines (and starts) a test guest in dir with extra devices; its UUID.
    QString defineGuest(const QString &dir, const QString &name, const QString &extraDevices, bool start,
                        const QString &cache = {});
    // Where the destination's /var/lib/libvirt/images/... lies seen from here.
    QString onDestination(const QString &path) const { return m_privateDir + QStringLiteral("/lib") + path.mid(QStringLiteral("/var/lib/libvirt").size()); }

    Connection *m_src = nullptr;
    Connection *m_dst = nullptr;
    QString m_privateDir;
    QString m_dir;       // under /var/lib/libvirt/images on the source
    QString m_sharedDir; // the same folder for both daemons
    QStringList m_names;
};

void tst_IntegrationMigration::initTestCase()
{
    m_privateDir = qEnvironmentVariable("QVIRT_PRIVATE_LIBVIRTD_DIR");
    QVERIFY2(!m_privateDir.isEmpty(),
             "no destination daemon: run this test through tests/privatelibvirtd.sh (ctest does); it moves guests from "
             "the shared libvirtd to a private one");
    QCOMPARE(IH::run(QStringLiteral("virsh"), {QStringLiteral("-c"), Source, QStringLiteral("version")}).exitCode, 0);
    m_src = new Connection(Source, this);
    m_dst = new Connection(IH::uri(), this);
    QVERIFY(openAndLoad(m_src));
    QVERIFY(openAndLoad(m_dst));
    m_dir = IH::makeImageDir(QStringLiteral("mig"));
    m_sharedDir = QStringLiteral("/var/tmp/qvirt-mig-shared-%1").arg(QCoreApplication::applicationPid());
    QDir().mkpath(m_sharedDir);
    QFile::setPermissions(m_sharedDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                           | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
}

void tst_IntegrationMigration::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_names)) {
        for (const QString &uri : {Source, IH::uri()}) {
            virshOn(uri, {QStringLiteral("destroy"), name});
            virshOn(uri, {QStringLiteral("undefine"), name, QStringLiteral("--nvram")});
        }
    }
    virshOn(Source, {QStringLiteral("pool-destroy"), QFileInfo(m_dir).fileName()});
    virshOn(Source, {QStringLiteral("pool-undefine"), QFileInfo(m_dir).fileName()});
    delete m_src;
    delete m_dst;
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    if (!m_sharedDir.isEmpty())
        QDir(m_sharedDir).removeRecursively();
    // The destination daemon goes with its folder (privatelibvirtd.sh).
}

QString tst_IntegrationMigration::defineGuest(const QString &dir, const QString &name, const QString &extraDevices, bool start,
                                             const QString &cache)
{
    QString xml = IH::testGuestXml(dir, name, QStringLiteral("<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='mig12345'/>"));
    if (xml.isEmpty())
        return {};
    xml.replace(QLatin1String("</devices>"), extraDevices + QStringLiteral("</devices>"));
    if (!cache.isEmpty())
        xml.replace(QLatin1String("<driver name='qemu' type='raw'/>"), QStringLiteral("<driver name='qemu' type='raw' cache='%1'/>").arg(cache));
    m_names << name;
    const Result<QString> uuid = await(m_src->defineXml(xml));
    if (!uuid) {
        qWarning("define %s: %s", qPrintable(name), qPrintable(uuid.error().message));
        return {};
    }
    if (start) {
        const VoidResult started = await(m_src->perform(uuid.value(), DomainAction::Start));
        if (!started) {
            qWarning("start %s: %s", qPrintable(name), qPrintable(started.error().message));
            return {};
        }
    }
    return uuid.value();
}

void tst_IntegrationMigration::liveWithStorageCopy()
{
    const QString name = QStringLiteral("qvirt-mig-live-%1").arg(QCoreApplication::applicationPid());
    const QString data = m_dir + QStringLiteral("/live-data.qcow2");
    QVERIFY(makeDataDisk(data, QStringLiteral("64M"), QStringLiteral("8M"), QStringLiteral("4M")));
    const QString uuid = defineGuest(m_dir, name, dataDiskXml(data, QStringLiteral("hdb")), true);
    QVERIFY(!uuid.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_src, name), DomainState::Running, 20000);

    QSignalSpy progress(m_src, &Connection::migrationProgressed);
    MigrationOptions options;
    options.storage = MigrationOptions::Storage::Full;
    const Result<MigrationOutcome> moved = await(m_src->migrate(uuid, m_dst, options), 300000);
    QVERIFY2(moved, qPrintable(why(moved)));
    QVERIFY(!moved.value().cancelled);
    QVERIFY(progress.count() >= 1);

    // Running there, gone here (the definition moved with it).
    QCOMPARE(virshOn(IH::uri(), {QStringLiteral("domstate"), name}).out, QStringLiteral("running"));
    QVERIFY(virshOn(Source, {QStringLiteral("domstate"), name}).exitCode != 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_dst->domainModel()->find(name), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_src->domainModel()->find(name), 10000);
    QVERIFY(virshOn(IH::uri(), {QStringLiteral("dominfo"), name}).out.contains(QRegularExpression(QStringLiteral("Persistent:\\s+yes"))));
    // Its VNC password went with it.
    QVERIFY(virshOn(IH::uri(), {QStringLiteral("dumpxml"), name, QStringLiteral("--security-info")}).out.contains(QLatin1String("passwd='mig12345'")));
    // The destination got a pool for the folder, and the images.
    QVERIFY(moved.value().poolsCreated.size() == 1);
    QVERIFY(moved.value().leftOnSource.contains(data));
    QVERIFY(QFile::exists(onDestination(data)));

    // The guest's disks, as they were: the pattern on the data disk, the boot disk byte for byte.
    QCOMPARE(virshOn(IH::uri(), {QStringLiteral("destroy"), name}).exitCode, 0);
    QVERIFY(hasPattern(onDestination(data), QStringLiteral("8M"), QStringLiteral("4M")));
    const QString boot = m_dir + QLatin1Char('/') + name + QStringLiteral(".img");
    QCOMPARE(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("compare"), QStringLiteral("-q"), boot, onDestination(boot)}).exitCode, 0);
}

void tst_IntegrationMigration::cancelLeavesTheSourceRunning()
{
    const QString name = QStringLiteral("qvirt-mig-cancel-%1").arg(QCoreApplication::applicationPid());
    const QString data = m_dir + QStringLiteral("/cancel-data.qcow2");
    // 48 MiB to copy at 1 MiB/s: long enough to cancel on the way.
    QVERIFY(makeDataDisk(data, QStringLiteral("64M"), QStringLiteral("0"), QStringLiteral("48M")));
    const QString uuid = defineGuest(m_dir, name, dataDiskXml(data, QStringLiteral("hdb")), true);
    QVERIFY(!uuid.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_src, name), DomainState::Running, 20000);

    std::atomic<qint64> copied{-1};
    connect(m_src, &Connection::migrationProgressed, this, [&copied, uuid](const MigrationProgress &p) {
        if (p.uuid == uuid && p.phase == MigrationProgress::Phase::Storage && p.diskProcessed > 0)
            copied = p.diskProcessed;
    });
    MigrationOptions options;
    options.storage = MigrationOptions::Storage::Full;
    options.bandwidthMiBs = 1;
    QFuture<Result<MigrationOutcome>> future = m_src->migrate(uuid, m_dst, options);
    QVERIFY(m_src->isMigrating(uuid));
    QTRY_VERIFY_WITH_TIMEOUT(copied > 0, 60000);
    // The source connection answers other calls while the disks copy (48 s at
    // 1 MiB/s): the move has a thread of its own.
    QVERIFY(await(m_src->hostInfo(), 15000));
    QVERIFY(m_src->isMigrating(uuid));
    m_src->cancelMigration(uuid);
    const Result<MigrationOutcome> r = await(future, 120000);
    QVERIFY2(r, qPrintable(why(r)));
    QVERIFY(r.value().cancelled);
    QVERIFY(!m_src->isMigrating(uuid));

    // Still here, running, still defined; nothing there, not even the disk it began to copy.
    QCOMPARE(virshOn(Source, {QStringLiteral("domstate"), name}).out, QStringLiteral("running"));
    QVERIFY(virshOn(IH::uri(), {QStringLiteral("domstate"), name}).exitCode != 0);
    QVERIFY(!QFile::exists(onDestination(data)));
    QCOMPARE(virshOn(Source, {QStringLiteral("destroy"), name}).exitCode, 0);
    QVERIFY(hasPattern(data, QStringLiteral("0"), QStringLiteral("48M")));
}

void tst_IntegrationMigration::offlineWithStorageCopy()
{
    const QString name = QStringLiteral("qvirt-mig-off-%1").arg(QCoreApplication::applicationPid());
    // A chain: base with the pattern, an overlay with a second one above it.
    const QString base = m_dir + QStringLiteral("/off-base.qcow2");
    const QString top = m_dir + QStringLiteral("/off-top.qcow2");
    QVERIFY(makeDataDisk(base, QStringLiteral("32M"), QStringLiteral("0"), QStringLiteral("2M")));
    QVERIFY(makeDataDisk(top, {}, {}, {}, base));
    QCOMPARE(IH::run(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                                                  QStringLiteral("write -P 0x5a 4M 2M"), top}).exitCode, 0);
    // Its bytes are read through libvirt: the folder is a pool on the source.
    const QString pool = QFileInfo(m_dir).fileName();
    QCOMPARE(virshOn(Source, {QStringLiteral("pool-create-as"), pool, QStringLiteral("dir"), QStringLiteral("--target"), m_dir}).exitCode, 0);
    const QString uuid = defineGuest(m_dir, name, dataDiskXml(top, QStringLiteral("hdb")), false);
    QVERIFY(!uuid.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_src, name), DomainState::ShutOff, 10000);
    virshOn(Source, {QStringLiteral("pool-refresh"), pool});

    MigrationOptions options;
    options.storage = MigrationOptions::Storage::Full;
    const Result<MigrationOutcome> moved = await(m_src->migrate(uuid, m_dst, options), 300000);
    QVERIFY2(moved, qPrintable(why(moved)));
    QVERIFY(!moved.value().cancelled);
    QCOMPARE(virshOn(IH::uri(), {QStringLiteral("domstate"), name}).out, QStringLiteral("shut off"));
    QVERIFY(virshOn(Source, {QStringLiteral("domstate"), name}).exitCode != 0);
    QVERIFY(virshOn(IH::uri(), {QStringLiteral("dumpxml"), name, QStringLiteral("--security-info")}).out.contains(QLatin1String("passwd='mig12345'")));
    // Every file of the chain, byte for byte, at the same place over there.
    for (const QString &file : {base, top, m_dir + QLatin1Char('/') + name + QStringLiteral(".img")}) {
        const IH::Output same = IH::run(QStringLiteral("cmp"), {file, onDestination(file)});
        QVERIFY2(same.exitCode == 0, qPrintable(same.out + same.err));
    }
    // And the guest starts there on that chain.
    QCOMPARE(virshOn(IH::uri(), {QStringLiteral("start"), name}).exitCode, 0);
    QCOMPARE(virshOn(IH::uri(), {QStringLiteral("destroy"), name}).exitCode, 0);
}

void tst_IntegrationMigration::tunnelledOnSharedStorage()
{
    const QString name = QStringLiteral("qvirt-mig-tun-%1").arg(QCoreApplication::applicationPid());
    const QString uuid = defineGuest(m_sharedDir, name, {}, true, QStringLiteral("none"));
    QVERIFY(!uuid.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_src, name), DomainState::Running, 20000);

    MigrationOptions options;
    options.transport = MigrationOptions::Transport::Tunnelled;
    options.persistent = false; // there until it stops; its definition stays here
    options.maxDowntimeMs = 500;
    options.autoConverge = true;
    // The folder is shared (both daemons see /var/tmp), but it is no shared
    // file system libvirt knows: the user's "allow an unsafe move".
    options.unsafe = true;
    const Result<MigrationOutcome> moved = await(m_src->migrate(uuid, m_dst, options), 300000);
    QVERIFY2(moved, qPrintable(why(moved)));
    QCOMPARE(virshOn(IH::uri(), {QStringLiteral("domstate"), name}).out, QStringLiteral("running"));
    QVERIFY(virshOn(IH::uri(), {QStringLiteral("dominfo"), name}).out.contains(QRegularExpression(QStringLiteral("Persistent:\\s+no"))));
    QCOMPARE(virshOn(Source, {QStringLiteral("domstate"), name}).out, QStringLiteral("shut off"));
    // The console of the moved guest still answers there.
    QTRY_VERIFY_WITH_TIMEOUT(virshOn(IH::uri(), {QStringLiteral("screenshot"), name, m_sharedDir + QStringLiteral("/shot.ppm")}).exitCode == 0, 20000);
    QCOMPARE(virshOn(IH::uri(), {QStringLiteral("destroy"), name}).exitCode, 0);
}

// The migrate dialog on the real daemons: it shows libvirt's progress while
// the disks copy, and its Cancel stops the move and leaves the VM running here.
void tst_IntegrationMigration::dialogShowsProgressAndCancels()
{
    const QString name = QStringLiteral("qvirt-mig-ui-%1").arg(QCoreApplication::applicationPid());
    const QString data = m_dir + QStringLiteral("/ui-data.qcow2");
    QVERIFY(makeDataDisk(data, QStringLiteral("64M"), QStringLiteral("0"), QStringLiteral("48M")));
    const QString uuid = defineGuest(m_dir, name, dataDiskXml(data, QStringLiteral("hdb")), true);
    QVERIFY(!uuid.isEmpty());

    ConnectionManager manager;
    Connection *source = manager.add(Source, true, false);
    Connection *destination = manager.add(IH::uri(), true, false);
    QVERIFY(openAndLoad(source));
    QVERIFY(openAndLoad(destination));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(source, name), DomainState::Running, 20000);
    auto *dialog = new MigrateDialog(&manager, source, uuid, name, true);
    QCOMPARE(dialog->destination(), destination);
    dialog->findChild<QRadioButton *>(QStringLiteral("migrateCopyFull"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("migrateBandwidth"))->setValue(1);
    // Between two QEMU hosts the QEMU-only choices are offered.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QCheckBox *>(QStringLiteral("migrateAutoConverge"))->isEnabled(), 10000);
    auto *migrate = dialog->findChild<QPushButton *>(QStringLiteral("migrateButton"));
    QTRY_VERIFY_WITH_TIMEOUT(migrate->isEnabled(), 10000);
    QSignalSpy finished(dialog, &MigrateDialog::finished);
    QTest::mouseClick(migrate, Qt::LeftButton);
    QVERIFY(dialog->isMoving());
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("migrateStatus"));
    auto *bar = dialog->findChild<QProgressBar *>(QStringLiteral("migrateProgress"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Copying the disks")), 60000);
    QVERIFY(!bar->isHidden());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("migrateCancel")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(status->text().contains(QLatin1String("cancelled")));
    QCOMPARE(virshOn(Source, {QStringLiteral("domstate"), name}).out, QStringLiteral("running"));
    QVERIFY(virshOn(IH::uri(), {QStringLiteral("domstate"), name}).exitCode != 0);
    QVERIFY(!QFile::exists(onDestination(data)));
    delete dialog;
    QCOMPARE(virshOn(Source, {QStringLiteral("destroy"), name}).exitCode, 0);
}

QTEST_MAIN(tst_IntegrationMigration)
#include "tst_integration_migration.moc"
