#include "connection.h"
#include "devicexml.h"
#include "hardwarechange.h"
#include "hardwareinfo.h"
#include "integrationhost.h"
#include "testutil.h"

#include <QDomDocument>
#include <QStandardPaths>
#include <QtTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace TestUtil;
namespace IH = IntegrationHost;

namespace {
const QString kPassword = QStringLiteral("hwsecr3t");
}

// The hardware editor's changes on the real QEMU driver, on a running TCG
// guest: each goes into the definition and, where libvirt allows, into the
// running VM; the report says which. The VNC password survives every change.
class tst_IntegrationHardware : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void memory();
    void vcpus();
    void scsiDisk();
    void nic();
    void cdromMedia();

private:
    HardwareApplyReport apply(const QVector<HardwareChange> &changes);
    QString xml(bool inactive);
    QDomDocument inactiveDoc();
    void checkPassword();

    Connection *m_conn = nullptr;
    virConnectPtr m_raw = nullptr;
    QString m_dir;
    QString m_uuid;
    QString m_iso;
};

void tst_IntegrationHardware::initTestCase()
{
    virSetErrorFunc(nullptr, [](void *, virErrorPtr) {});
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xorriso")).isEmpty(),
             "xorriso is missing: install it (scripts/common.sh QVIRT_TEST_PACKAGES)");
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_raw = virConnectOpen(IH::uri().toUtf8().constData());
    QVERIFY(m_raw);
    m_dir = IH::makeImageDir(QStringLiteral("hw"));

    // A small ISO for the CD-ROM.
    const QString isoDir = m_dir + QStringLiteral("/iso");
    QDir().mkpath(isoDir);
    QFile f(isoDir + QStringLiteral("/hello.txt"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello\n");
    f.close();
    m_iso = m_dir + QStringLiteral("/test.iso");
    const IH::Output o = IH::run(QStringLiteral("xorriso"), {QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-o"), m_iso,
                                                             QStringLiteral("-V"), QStringLiteral("TEST"), isoDir});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));

    const QString name = QStringLiteral("qvirt-hw-%1").arg(QCoreApplication::applicationPid());
    QString def = IH::testGuestXml(m_dir, name,
                                   QStringLiteral("<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='%1'/>").arg(kPassword));
    QVERIFY(!def.isEmpty());
    // A balloon for the memory change, two vCPUs of which one is plugged, a
    // virtio-scsi controller for a disk whose unplug needs no guest, and an
    // IDE CD-ROM drive with media.
    // ACPI: PCI hot-plug on the pc machine's bus needs it.
    def.replace(QStringLiteral("<clock offset='utc'/>"), QStringLiteral("<features><acpi/></features><clock offset='utc'/>"));
    def.replace(QStringLiteral("<memballoon model='none'/>"), QStringLiteral("<memballoon model='virtio'/>"));
    def.replace(QStringLiteral("<vcpu placement='static'>1</vcpu>"), QStringLiteral("<vcpu placement='static' current='1'>2</vcpu>"));
    def.replace(QStringLiteral("<controller type='usb' model='none'/>"),
                QStringLiteral("<controller type='usb' model='none'/><controller type='scsi' model='virtio-scsi'/>"
                               "<disk type='file' device='cdrom'><driver name='qemu' type='raw'/><source file='%1'/>"
                               "<target dev='hdc' bus='ide'/><readonly/></disk>").arg(m_iso));
    const Result<QString> uuid = await(m_conn->defineXml(def));
    QVERIFY2(uuid.ok(), qPrintable(uuid ? QString() : uuid.error().message));
    m_uuid = uuid.value();
    const VoidResult started = await(m_conn->perform(m_uuid, DomainAction::Start));
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
}

void tst_IntegrationHardware::cleanupTestCase()
{
    if (m_raw) {
        if (virDomainPtr d = virDomainLookupByUUIDString(m_raw, m_uuid.toLatin1().constData())) {
            virDomainDestroy(d);
            virDomainUndefineFlags(d, VIR_DOMAIN_UNDEFINE_NVRAM);
            virDomainFree(d);
        }
        virResetLastError();
        virConnectClose(m_raw);
    }
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    delete m_conn;
}

HardwareApplyReport tst_IntegrationHardware::apply(const QVector<HardwareChange> &changes)
{
    const Result<HardwareApplyReport> r = await(m_conn->applyHardware(m_uuid, changes));
    if (!r) {
        qWarning("applyHardware failed: %s", qPrintable(r.error().message));
        return {};
    }
    return r.value();
}

QString tst_IntegrationHardware::xml(bool inactive)
{
    virDomainPtr d = virDomainLookupByUUIDString(m_raw, m_uuid.toLatin1().constData());
    if (!d)
        return {};
    char *s = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_SECURE | (inactive ? VIR_DOMAIN_XML_INACTIVE : 0));
    virDomainFree(d);
    const QString text = QString::fromUtf8(s);
    free(s);
    return text;
}

QDomDocument tst_IntegrationHardware::inactiveDoc()
{
    QDomDocument doc;
    doc.setContent(xml(true));
    return doc;
}

void tst_IntegrationHardware::checkPassword()
{
    QVERIFY2(xml(true).contains(QStringLiteral("passwd='%1'").arg(kPassword)), "the VNC password left the definition");
}

void tst_IntegrationHardware::memory()
{
    const HardwareApplyReport report = apply({HardwareChanges::setMemoryCurrent(24 * 1024)});
    QVERIFY(report.running);
    QCOMPARE(report.outcomes.size(), 1);
    QVERIFY2(report.outcomes[0].defined, qPrintable(report.outcomes[0].defineError));
    QVERIFY2(report.outcomes[0].live == HardwareOutcome::Live::Applied, qPrintable(report.summary()));
    HardwareInfo info;
    QVERIFY(HardwareXml::parse(xml(true), &info));
    QCOMPARE(info.memory.currentKiB, quint64(24 * 1024));
    checkPassword();

    // The maximum waits for a restart, and the report says so.
    const HardwareApplyReport max = apply({HardwareChanges::setMemoryMaximum(48 * 1024, 24 * 1024)});
    QCOMPARE(max.outcomes.size(), 1);
    QVERIFY(max.outcomes[0].defined);
    QCOMPARE(max.outcomes[0].live, HardwareOutcome::Live::AfterRestart);
    QVERIFY(max.anyAfterRestart());
    QVERIFY(HardwareXml::parse(xml(true), &info));
    QCOMPARE(info.memory.maximumKiB, quint64(48 * 1024));
    QVERIFY(HardwareXml::parse(xml(false), &info));
    QCOMPARE(info.memory.maximumKiB, quint64(32 * 1024));
    checkPassword();
}

void tst_IntegrationHardware::vcpus()
{
    const HardwareApplyReport report = apply({HardwareChanges::setVcpuCurrent(2)});
    QCOMPARE(report.outcomes.size(), 1);
    QVERIFY2(report.outcomes[0].live == HardwareOutcome::Live::Applied, qPrintable(report.summary()));
    HardwareInfo info;
    QVERIFY(HardwareXml::parse(xml(false), &info));
    QCOMPARE(info.cpu.current, 2);
    QVERIFY(HardwareXml::parse(xml(true), &info));
    QCOMPARE(info.cpu.current, 2);
    QCOMPARE(info.cpu.maximum, 2);
    checkPassword();
}

// A SCSI disk on virtio-scsi: its unplug needs nothing of the guest, so the
// removal is complete at once, live and in the definition.
void tst_IntegrationHardware::scsiDisk()
{
    const QString image = m_dir + QStringLiteral("/extra.raw");
    QFile f(image);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(1024 * 1024));
    f.close();
    DeviceXml::DiskSpec spec;
    spec.path = image;
    spec.format = QStringLiteral("raw");
    spec.bus = QStringLiteral("scsi");
    const HardwareChange add = HardwareChanges::addDisk(inactiveDoc(), spec);
    HardwareApplyReport report = apply({add});
    QCOMPARE(report.outcomes.size(), 1);
    QVERIFY2(report.outcomes[0].live == HardwareOutcome::Live::Applied, qPrintable(report.summary()));
    const DeviceKey key{QStringLiteral("disk"), QStringLiteral("sda"), -1};
    QDomDocument live;
    live.setContent(xml(false));
    QVERIFY(!HardwareXml::find(live, key).isNull());
    QVERIFY(!HardwareXml::find(inactiveDoc(), key).isNull());
    checkPassword();

    report = apply({HardwareChanges::removeDevice(inactiveDoc(), key, true, QStringLiteral("Remove sda."))});
    QCOMPARE(report.outcomes.size(), 1);
    QVERIFY2(report.outcomes[0].live == HardwareOutcome::Live::Applied, qPrintable(report.summary()));
    QVERIFY(HardwareXml::find(inactiveDoc(), key).isNull());
    const auto gone = [this, &key] {
        QDomDocument now;
        now.setContent(xml(false));
        return HardwareXml::find(now, key).isNull();
    };
    QTRY_VERIFY_WITH_TIMEOUT(gone(), 20000);
    QVERIFY2(QFile::exists(image), "removing a disk deleted its image");
    checkPassword();
}

// A virtio NIC on PCI (type user): the tiny guest does not answer PCI unplug
// requests, so the removal is in the definition at once and the report says
// the guest has not released the device (should a guest ever answer, the
// report must say applied and the live XML agree).
void tst_IntegrationHardware::nic()
{
    DeviceXml::NicSpec spec;
    spec.source = DeviceXml::NicSpec::Source::User;
    const HardwareChange add = HardwareChanges::addNic(spec);
    HardwareApplyReport report = apply({add});
    QCOMPARE(report.outcomes.size(), 1);
    QVERIFY2(report.outcomes[0].live == HardwareOutcome::Live::Applied, qPrintable(report.summary()));
    HardwareInfo info;
    QVERIFY(HardwareXml::parse(xml(true), &info));
    QCOMPARE(info.nics.size(), 1);
    const DeviceKey key = info.nics[0].key;
    QVERIFY(HardwareXml::parse(xml(false), &info));
    QCOMPARE(info.nics.size(), 1);
    QCOMPARE(info.nics[0].key, key); // the same MAC live and persistent
    checkPassword();

    report = apply({HardwareChanges::removeDevice(inactiveDoc(), key, true, QStringLiteral("Remove the NIC."))});
    QCOMPARE(report.outcomes.size(), 1);
    QVERIFY(report.outcomes[0].defined);
    QVERIFY(HardwareXml::find(inactiveDoc(), key).isNull());
    QDomDocument live;
    live.setContent(xml(false));
    const bool stillThere = !HardwareXml::find(live, key).isNull();
    if (report.outcomes[0].live == HardwareOutcome::Live::NotReleased) {
        QVERIFY(stillThere);
        QVERIFY(report.anyAfterRestart());
        QVERIFY(!report.summary().isEmpty());
    } else {
        QVERIFY2(report.outcomes[0].live == HardwareOutcome::Live::Applied, qPrintable(report.summary()));
        QVERIFY(!stillThere);
    }
    checkPassword();
}

void tst_IntegrationHardware::cdromMedia()
{
    const DeviceKey key{QStringLiteral("disk"), QStringLiteral("hdc"), -1};
    HardwareApplyReport report = apply({HardwareChanges::setMedia(inactiveDoc(), key, {})});
    QCOMPARE(report.outcomes.size(), 1);
    QVERIFY2(report.outcomes[0].live == HardwareOutcome::Live::Applied, qPrintable(report.summary()));
    auto mediaOf = [&key](const QString &text) {
        HardwareInfo info;
        HardwareXml::parse(text, &info);
        for (const DiskInfo &d : std::as_const(info.disks))
            if (d.key == key)
                return d.source;
        return QStringLiteral("(no drive)");
    };
    QCOMPARE(mediaOf(xml(false)), QString());
    QCOMPARE(mediaOf(xml(true)), QString());
    checkPassword();

    report = apply({HardwareChanges::setMedia(inactiveDoc(), key, m_iso)});
    QVERIFY2(report.outcomes[0].live == HardwareOutcome::Live::Applied, qPrintable(report.summary()));
    QCOMPARE(mediaOf(xml(false)), m_iso);
    QCOMPARE(mediaOf(xml(true)), m_iso);
    checkPassword();
}

QTEST_GUILESS_MAIN(tst_IntegrationHardware)
#include "tst_integration_hardware.moc"
