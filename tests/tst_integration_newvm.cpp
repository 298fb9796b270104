#include "connection.h"
#include "domainbuilder.h"
#include "integrationhost.h"
#include "isoimage.h"
#include "osdatabase.h"
#include "testutil.h"

#include <QDomDocument>
#include <QStandardPaths>
#include <QtTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace TestUtil;

namespace {
// QVERIFY2 evaluates its message even when the check passes.
template<typename R>
QString why(const R &r)
{
    return r ? QString() : r.error().message;
}
} // namespace
namespace IH = IntegrationHost;

// The New VM wizard's model on the real QEMU driver: what the wizard builds
// (DomainBuilder) is made by the creation service (volume, validated define,
// first start) from an ISO the test makes, from an imported image, and empty;
// a start that fails keeps the VM and its disk; a refused definition leaves
// nothing behind. The domain type follows the host (TCG here).
class tst_IntegrationNewVm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void capabilities();
    void poolsAndVolumes();
    void fromIso();
    void fromImportedImage();
    void empty();
    void failedStartKeepsDisk();
    void refusedDefinitionLeavesNothing();
    void networkInstallUploadsKernel();

private:
    VmSpec baseSpec(const QString &name) const;
    CreationOutcome create(const VmSpec &spec, bool start, const QString &kernel = {}, const QString &initrd = {});
    QString inactiveXml(const QString &name);
    void removeDomain(const QString &name);

    Connection *m_conn = nullptr;
    DomainCapabilities m_caps;
    QString m_dir;
    QString m_pool;
    QString m_iso;
    QStringList m_domains;
};

void tst_IntegrationNewVm::initTestCase()
{
    virSetErrorFunc(nullptr, [](void *, virErrorPtr) {});
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xorriso")).isEmpty(),
             "xorriso is missing: install it (scripts/common.sh QVIRT_TEST_PACKAGES)");
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_dir = IH::makeImageDir(QStringLiteral("newvm"));
    m_pool = QStringLiteral("qvirt-newvm-%1").arg(QCoreApplication::applicationPid());
    const Result<QString> pool = await(m_conn->defineStoragePool(
        QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>").arg(m_pool, m_dir)));
    QVERIFY2(pool, qPrintable(why(pool)));
    QCOMPARE(pool.value(), m_pool);
    // A Debian netinst volume id osinfo-db knows (see tst_osdatabase).
    QString error;
    m_iso = m_dir + QStringLiteral("/install.iso");
    QVERIFY2(!IsoImage::makeIso(m_iso, QStringLiteral("Debian 11.0.0 amd64 n"), {{QStringLiteral("README.txt"), "QVirt test media\n"}}, &error).isEmpty(),
             qPrintable(error));
    const Result<DomainCapabilities> caps = await(m_conn->domainCapabilities(QString(), QStringLiteral("q35")));
    QVERIFY2(caps, qPrintable(why(caps)));
    m_caps = caps.value();
}

void tst_IntegrationNewVm::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_domains))
        removeDomain(name);
    IH::virsh({QStringLiteral("pool-destroy"), m_pool});
    IH::virsh({QStringLiteral("pool-undefine"), m_pool});
    QDir(m_dir).removeRecursively();
    delete m_conn;
}

void tst_IntegrationNewVm::removeDomain(const QString &name)
{
    IH::virsh({QStringLiteral("destroy"), name});
    IH::virsh({QStringLiteral("undefine"), name, QStringLiteral("--nvram")});
}

QString tst_IntegrationNewVm::inactiveXml(const QString &name)
{
    return IH::virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"), QStringLiteral("--security-info"), name}).out;
}

VmSpec tst_IntegrationNewVm::baseSpec(const QString &name) const
{
    VmSpec spec;
    spec.name = name;
    spec.memoryMiB = 64;
    spec.vcpus = 1;
    spec.q35 = true;
    spec.storage = VmSpec::Storage::NewVolume;
    spec.pool = m_pool;
    spec.volumeName = name + QStringLiteral(".qcow2");
    spec.diskBytes = 64LL * 1024 * 1024;
    spec.diskPath = m_dir + u'/' + spec.volumeName;
    spec.network = VmSpec::Network::None; // the host's 'default' network may be absent
    spec.vncPassword = QStringLiteral("nvsecr3t");
    return spec;
}

CreationOutcome tst_IntegrationNewVm::create(const VmSpec &spec, bool start, const QString &kernel, const QString &initrd)
{
    m_domains << spec.name;
    CreationRequest request;
    request.xml = DomainBuilder::domainXml(spec, m_caps);
    request.start = start;
    if (spec.storage == VmSpec::Storage::NewVolume) {
        request.newVolume = {spec.pool, spec.volumeName, spec.diskBytes, spec.diskFormat, {}, {}};
        request.predictedPath = spec.diskPath;
    }
    request.kernelFile = kernel;
    request.initrdFile = initrd;
    request.uploadPool = m_pool;
    request.cmdline = spec.kernelArgs;
    const Result<CreationOutcome> r = await(m_conn->createDomain(request));
    if (!r) {
        qWarning("creation failed: %s", qPrintable(r.error().message));
        return {};
    }
    return r.value();
}

void tst_IntegrationNewVm::capabilities()
{
    // TCG here; KVM where /dev/kvm answers.
    QVERIFY(m_caps.domainType == QLatin1String("qemu") || m_caps.domainType == QLatin1String("kvm"));
    QVERIFY(m_caps.maxVcpus > 0);
    QVERIFY(m_caps.diskBuses.contains(QLatin1String("virtio")));
    QVERIFY(m_caps.diskBuses.contains(QLatin1String("sata")));
    QVERIFY(m_caps.machine.contains(QLatin1String("q35")));
    // ovmf is a run-time package (scripts/common.sh): UEFI is offered.
    QVERIFY2(m_caps.efi, "no EFI firmware: install ovmf");
}

void tst_IntegrationNewVm::poolsAndVolumes()
{
    const Result<QVector<StoragePoolInfo>> pools = await(m_conn->storagePools());
    QVERIFY2(pools, qPrintable(why(pools)));
    bool found = false;
    for (const StoragePoolInfo &p : pools.value()) {
        if (p.name != m_pool)
            continue;
        found = true;
        QVERIFY(p.active);
        QVERIFY(p.autostart);
        QCOMPARE(p.type, QStringLiteral("dir"));
        QCOMPARE(p.targetPath, m_dir);
        QVERIFY(p.available > 0);
    }
    QVERIFY(found);
    const Result<QVector<StorageVolumeInfo>> volumes = await(m_conn->storageVolumes(m_pool));
    QVERIFY2(volumes, qPrintable(why(volumes)));
    bool iso = false;
    for (const StorageVolumeInfo &v : volumes.value())
        iso |= v.path == m_iso && v.capacity > 0;
    QVERIFY2(iso, "the ISO made in the pool's folder is listed after a refresh");
    // The first bytes of a volume through libvirt's stream: what detection reads on a remote host.
    const QString head = m_dir + QStringLiteral("/head.bin");
    const VoidResult down = await(m_conn->downloadVolumeHead(m_iso, 4 * 1024 * 1024, head));
    QVERIFY2(down, qPrintable(why(down)));
    const Result<OsDetection> detected = await(detectMedia(head));
    QVERIFY2(detected, qPrintable(why(detected)));
    QVERIFY2(detected.value().os.id.contains(QLatin1String("debian")), qPrintable(detected.value().os.id));
    QFile::remove(head);
}

void tst_IntegrationNewVm::fromIso()
{
    const Result<OsDetection> detected = await(detectMedia(m_iso));
    QVERIFY2(detected, qPrintable(why(detected)));
    const QString name = QStringLiteral("qvirt-newvm-iso-%1").arg(QCoreApplication::applicationPid());
    VmSpec spec = baseSpec(name);
    spec.method = VmSpec::InstallMethod::LocalMedia;
    spec.mediaPath = m_iso;
    spec.osId = detected.value().os.id;
    spec.diskBus = detected.value().os.devices.diskBus;
    const CreationOutcome outcome = create(spec, true);
    QVERIFY(!outcome.uuid.isEmpty());
    QVERIFY2(outcome.started, outcome.startError ? qPrintable(outcome.startError->message) : "not started");
    QCOMPARE(outcome.createdDisk, spec.diskPath);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_conn, name), DomainState::Running, 20000);

    const QString xml = inactiveXml(name);
    QDomDocument doc;
    QVERIFY(doc.setContent(xml));
    const QDomElement domain = doc.documentElement();
    QCOMPARE(domain.attribute(QStringLiteral("type")), m_caps.domainType);
    QVERIFY(domain.firstChildElement(QStringLiteral("os")).firstChildElement(QStringLiteral("type")).attribute(QStringLiteral("machine")).contains(QLatin1String("q35")));
    QVERIFY2(xml.contains(m_iso), "the ISO is the CD-ROM's media");
    QVERIFY(xml.contains(QLatin1String("device=\"cdrom\"")) || xml.contains(QLatin1String("device='cdrom'")));
    QVERIFY2(xml.contains(spec.osId), "the libosinfo id is kept in the metadata");
    QVERIFY2(xml.contains(QLatin1String("nvsecr3t")), "the VNC password is set");
    // The disk first, then the CD: an empty disk falls through to the installer.
    const QDomElement os = domain.firstChildElement(QStringLiteral("os"));
    QCOMPARE(os.firstChildElement(QStringLiteral("boot")).attribute(QStringLiteral("dev")), QStringLiteral("hd"));
    QCOMPARE(os.lastChildElement(QStringLiteral("boot")).attribute(QStringLiteral("dev")), QStringLiteral("cdrom"));
    const IH::Output info = IH::run(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json"), spec.diskPath});
    QVERIFY2(info.out.contains(QLatin1String("\"format\": \"qcow2\"")), qPrintable(info.out + info.err));
    QVERIFY2(info.out.contains(QLatin1String("\"virtual-size\": 67108864")), qPrintable(info.out));
}

void tst_IntegrationNewVm::fromImportedImage()
{
#ifndef QVIRT_TEST_GUEST_IMAGE
    QFAIL("built without the test guest image");
#else
    const QString name = QStringLiteral("qvirt-newvm-import-%1").arg(QCoreApplication::applicationPid());
    const QString image = m_dir + u'/' + name + QStringLiteral(".img");
    QVERIFY(QFile::copy(QStringLiteral(QVIRT_TEST_GUEST_IMAGE), image));
    VmSpec spec = baseSpec(name);
    spec.method = VmSpec::InstallMethod::ImportDisk;
    spec.storage = VmSpec::Storage::Existing;
    spec.diskPath = image;
    spec.diskFormat = QStringLiteral("raw");
    spec.diskBus = QStringLiteral("sata");
    spec.q35 = false; // the test guest boots from a BIOS
    spec.videoModel = QStringLiteral("vga");
    const CreationOutcome outcome = create(spec, true);
    QVERIFY(!outcome.uuid.isEmpty());
    QVERIFY(outcome.createdDisk.isEmpty()); // nothing was made: the image is the user's
    QVERIFY2(outcome.started, outcome.startError ? qPrintable(outcome.startError->message) : "not started");
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_conn, name), DomainState::Running, 20000);
    // The imported guest runs: its console answers libvirt's screenshot.
    const QString shot = m_dir + QStringLiteral("/import.ppm");
    QTRY_VERIFY_WITH_TIMEOUT(IH::virsh({QStringLiteral("screenshot"), name, shot}).err.isEmpty(), 20000);
    QVERIFY(inactiveXml(name).contains(image));
#endif
}

void tst_IntegrationNewVm::empty()
{
    const QString name = QStringLiteral("qvirt-newvm-empty-%1").arg(QCoreApplication::applicationPid());
    VmSpec spec = baseSpec(name);
    spec.method = VmSpec::InstallMethod::Empty;
    spec.uefi = true;
    const CreationOutcome outcome = create(spec, false);
    QVERIFY(!outcome.uuid.isEmpty());
    QVERIFY(!outcome.started);
    QVERIFY(!outcome.startError);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_conn, name), DomainState::ShutOff, 10000);
    const QString xml = inactiveXml(name);
    QVERIFY2(xml.contains(QLatin1String("firmware=\"efi\"")) || xml.contains(QLatin1String("firmware='efi'")), qPrintable(xml));
    QVERIFY(QFile::exists(spec.diskPath));
    // It starts later like any VM (OVMF under TCG).
    QVERIFY(await(m_conn->perform(outcome.uuid, DomainAction::Start)));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_conn, name), DomainState::Running, 30000);
}

void tst_IntegrationNewVm::failedStartKeepsDisk()
{
    const QString name = QStringLiteral("qvirt-newvm-fail-%1").arg(QCoreApplication::applicationPid());
    VmSpec spec = baseSpec(name);
    spec.method = VmSpec::InstallMethod::LocalMedia;
    spec.mediaPath = m_dir + QStringLiteral("/missing.iso"); // libvirt defines it; QEMU cannot open it
    const CreationOutcome outcome = create(spec, true);
    QVERIFY(!outcome.uuid.isEmpty());
    QVERIFY(!outcome.started);
    QVERIFY(outcome.startError);
    QVERIFY(!outcome.startError->message.isEmpty());
    QCOMPARE(outcome.createdDisk, spec.diskPath);
    QVERIFY2(QFile::exists(spec.diskPath), "a failed install keeps the disk it created");
    QVERIFY2(!inactiveXml(name).isEmpty(), "and the VM's definition");
}

void tst_IntegrationNewVm::refusedDefinitionLeavesNothing()
{
    const QString name = QStringLiteral("qvirt-newvm-bad-%1").arg(QCoreApplication::applicationPid());
    VmSpec spec = baseSpec(name);
    spec.method = VmSpec::InstallMethod::Empty;
    spec.diskBus = QStringLiteral("no-such-bus"); // the schema refuses it (VIR_DOMAIN_DEFINE_VALIDATE)
    CreationRequest request;
    request.xml = DomainBuilder::domainXml(spec, m_caps);
    request.newVolume = {spec.pool, spec.volumeName, spec.diskBytes, spec.diskFormat, {}, {}};
    request.predictedPath = spec.diskPath;
    request.start = false;
    const Result<CreationOutcome> r = await(m_conn->createDomain(request));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QLatin1String("Nothing was created")), qPrintable(r.error().message));
    QVERIFY2(!QFile::exists(spec.diskPath), "the empty volume made for it is gone");
    QVERIFY(IH::virsh({QStringLiteral("dominfo"), name}).err.contains(QLatin1String("ailed")));
}

void tst_IntegrationNewVm::networkInstallUploadsKernel()
{
    // The installer's kernel and initrd go into the pool through libvirt's
    // stream, and the first start boots them once (a transient definition);
    // the persistent one has no direct kernel boot. These "kernels" are not
    // bootable, so QEMU refuses them: the VM and its disk stay.
    QTemporaryDir local;
    const QString kernel = local.filePath(QStringLiteral("vmlinuz"));
    const QString initrd = local.filePath(QStringLiteral("initrd.gz"));
    for (const QString &f : {kernel, initrd}) {
        QFile file(f);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'k'));
    }
    const QString name = QStringLiteral("qvirt-newvm-net-%1").arg(QCoreApplication::applicationPid());
    VmSpec spec = baseSpec(name);
    spec.method = VmSpec::InstallMethod::NetworkTree;
    spec.treeUrl = QStringLiteral("http://127.0.0.1/tree/");
    spec.kernelArgs = QStringLiteral("console=ttyS0");
    const CreationOutcome outcome = create(spec, true, kernel, initrd);
    QVERIFY(!outcome.uuid.isEmpty());
    QCOMPARE(outcome.uploaded.size(), 2);
    for (const QString &path : outcome.uploaded) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(f.readAll(), QByteArray(4096, 'k'));
    }
    const QString xml = inactiveXml(name);
    QVERIFY2(!xml.contains(QLatin1String("<kernel>")), "the persistent definition boots from its disk");
    if (outcome.started) {
        const QString live = IH::virsh({QStringLiteral("dumpxml"), name}).out;
        QVERIFY(live.contains(outcome.uploaded.first()));
        QVERIFY(live.contains(QLatin1String("console=ttyS0")));
    } else {
        QVERIFY(outcome.startError);
        QVERIFY(QFile::exists(spec.diskPath));
    }
}

QTEST_GUILESS_MAIN(tst_IntegrationNewVm)
#include "tst_integration_newvm.moc"
