#include "devicexml.h"
#include "hardwarechange.h"
#include "hardwareinfo.h"

#include <QDomDocument>
#include <QtTest>

namespace {

// A definition with what QVirt does not model: a VNC password, metadata and an unknown element.
const QString kSample = QStringLiteral(R"(<domain type='kvm'>
  <name>sample</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <title>Old title</title>
  <metadata><q:x xmlns:q='https://example.org/q'>keep me</q:x></metadata>
  <memory unit='MiB'>1024</memory>
  <currentMemory unit='MiB'>512</currentMemory>
  <vcpu current='1'>2</vcpu>
  <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type><boot dev='hd'/></os>
  <futureElement answer='42'/>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='qcow2' cache='none'/><source file='/img/a.qcow2'/><target dev='vda' bus='virtio'/></disk>
    <disk type='file' device='cdrom'><driver name='qemu' type='raw'/><source file='/img/x.iso'/><target dev='sda' bus='sata'/><readonly/></disk>
    <interface type='network'><mac address='52:54:00:aa:bb:cc'/><source network='default'/><model type='virtio'/></interface>
    <graphics type='vnc' port='-1' autoport='yes' passwd='s3cret'/>
    <video><model type='qxl' vram='65536'/></video>
    <tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>
    <memballoon model='virtio'/>
  </devices>
</domain>)");

QDomDocument load(const QString &xml)
{
    QDomDocument doc;
    doc.setContent(xml);
    return doc;
}

QString attrAt(const QString &xml, const QString &path, const QString &name)
{
    QDomElement e = load(xml).documentElement();
    for (const QString &tag : path.split(QLatin1Char('/')))
        e = e.firstChildElement(tag);
    return name.isEmpty() ? e.text() : e.attribute(name);
}

} // namespace

class tst_HardwareXml : public QObject
{
    Q_OBJECT

private slots:
    void parse();
    void builders_data();
    void builders();
    void nextTarget_data();
    void nextTarget();
    void changes_data();
    void changes();
    void topology();
};

void tst_HardwareXml::parse()
{
    HardwareInfo info;
    QVERIFY(HardwareXml::parse(kSample, &info));
    QCOMPARE(info.overview.title, QStringLiteral("Old title"));
    QCOMPARE(info.overview.machine, QStringLiteral("pc-q35-7.2"));
    QCOMPARE(info.cpu.maximum, 2);
    QCOMPARE(info.cpu.current, 1);
    QCOMPARE(info.memory.maximumKiB, quint64(1024 * 1024));
    QCOMPARE(info.memory.currentKiB, quint64(512 * 1024));
    QVERIFY(info.memory.balloon);
    QCOMPARE(info.disks.size(), 2);
    QCOMPARE(info.disks[1].device, QStringLiteral("cdrom"));
    QVERIFY(info.disks[1].readOnly);
    QCOMPARE(info.disks[0].cache, QStringLiteral("none"));
    QCOMPARE(info.nics.size(), 1);
    QCOMPARE(info.nics[0].mac, QStringLiteral("52:54:00:aa:bb:cc"));
    QCOMPARE(info.others.size(), 3);
    QVERIFY(info.others[0].secret);
    QCOMPARE(info.boot.osBootDevices, QStringList{QStringLiteral("hd")});
    QVERIFY(!HardwareXml::parse(QStringLiteral("<network/>"), &info));
}

void tst_HardwareXml::builders_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("expected");
    DeviceXml::DiskSpec file;
    file.path = QStringLiteral("/img/b.qcow2");
    file.target = QStringLiteral("vdb");
    file.cache = QStringLiteral("writeback");
    file.discard = QStringLiteral("unmap");
    QTest::newRow("disk file") << DeviceXml::disk(file)
        << "<disk type=\"file\" device=\"disk\"><driver name=\"qemu\" type=\"qcow2\" cache=\"writeback\" discard=\"unmap\"/>"
           "<source file=\"/img/b.qcow2\"/><target dev=\"vdb\" bus=\"virtio\"/></disk>";
    DeviceXml::DiskSpec block;
    block.source = DeviceXml::DiskSpec::Source::Block;
    block.path = QStringLiteral("/dev/sdz");
    block.format = QStringLiteral("raw");
    block.bus = QStringLiteral("scsi");
    block.target = QStringLiteral("sdb");
    block.readOnly = true;
    QTest::newRow("disk block") << DeviceXml::disk(block)
        << "<disk type=\"block\" device=\"disk\"><driver name=\"qemu\" type=\"raw\"/><source dev=\"/dev/sdz\"/>"
           "<target dev=\"sdb\" bus=\"scsi\"/><readonly/></disk>";
    DeviceXml::DiskSpec vol;
    vol.source = DeviceXml::DiskSpec::Source::Volume;
    vol.pool = QStringLiteral("default");
    vol.volume = QStringLiteral("v.qcow2");
    vol.bus = QStringLiteral("usb");
    vol.target = QStringLiteral("sdc");
    QTest::newRow("disk volume") << DeviceXml::disk(vol)
        << "<disk type=\"volume\" device=\"disk\"><driver name=\"qemu\" type=\"qcow2\"/><source pool=\"default\" volume=\"v.qcow2\"/>"
           "<target dev=\"sdc\" bus=\"usb\"/></disk>";
    DeviceXml::DiskSpec cd;
    cd.cdrom = true;
    cd.format = QStringLiteral("raw");
    cd.bus = QStringLiteral("ide");
    cd.target = QStringLiteral("hdc");
    QTest::newRow("empty cdrom") << DeviceXml::disk(cd)
        << "<disk type=\"file\" device=\"cdrom\"><driver name=\"qemu\" type=\"raw\"/><target dev=\"hdc\" bus=\"ide\"/><readonly/></disk>";
    DeviceXml::NicSpec net;
    net.mac = QStringLiteral("52:54:00:00:00:01");
    QTest::newRow("nic network") << DeviceXml::nic(net)
        << "<interface type=\"network\"><mac address=\"52:54:00:00:00:01\"/><source network=\"default\"/><model type=\"virtio\"/></interface>";
    DeviceXml::NicSpec bridge;
    bridge.source = DeviceXml::NicSpec::Source::Bridge;
    bridge.name = QStringLiteral("br0");
    bridge.model = QStringLiteral("e1000e");
    QTest::newRow("nic bridge") << DeviceXml::nic(bridge)
        << "<interface type=\"bridge\"><source bridge=\"br0\"/><model type=\"e1000e\"/></interface>";
    DeviceXml::NicSpec direct;
    direct.source = DeviceXml::NicSpec::Source::Direct;
    direct.name = QStringLiteral("eth0");
    QTest::newRow("nic macvtap") << DeviceXml::nic(direct)
        << "<interface type=\"direct\"><source dev=\"eth0\" mode=\"bridge\"/><model type=\"virtio\"/></interface>";
    DeviceXml::NicSpec user;
    user.source = DeviceXml::NicSpec::Source::User;
    QTest::newRow("nic user") << DeviceXml::nic(user) << "<interface type=\"user\"><model type=\"virtio\"/></interface>";
    QTest::newRow("graphics") << DeviceXml::graphics(QStringLiteral("spice"), QStringLiteral("127.0.0.1"))
        << "<graphics type=\"spice\" autoport=\"yes\" listen=\"127.0.0.1\"><listen type=\"address\" address=\"127.0.0.1\"/></graphics>";
    QTest::newRow("video") << DeviceXml::video(QStringLiteral("virtio")) << "<video><model type=\"virtio\"/></video>";
    QTest::newRow("sound") << DeviceXml::sound(QStringLiteral("ich9")) << "<sound model=\"ich9\"/>";
    QTest::newRow("input") << DeviceXml::input(QStringLiteral("tablet"), QStringLiteral("usb")) << "<input type=\"tablet\" bus=\"usb\"/>";
    QTest::newRow("serial") << DeviceXml::serial(QStringLiteral("serial")) << "<serial type=\"pty\"/>";
    QTest::newRow("console") << DeviceXml::serial(QStringLiteral("console"), QStringLiteral("virtio"))
        << "<console type=\"pty\"><target type=\"virtio\"/></console>";
    QTest::newRow("tpm") << DeviceXml::tpm(QStringLiteral("tpm-tis"))
        << "<tpm model=\"tpm-tis\"><backend type=\"emulator\" version=\"2.0\"/></tpm>";
    QTest::newRow("watchdog") << DeviceXml::watchdog(QStringLiteral("i6300esb"), QStringLiteral("reset"))
        << "<watchdog model=\"i6300esb\" action=\"reset\"/>";
    QTest::newRow("rng") << DeviceXml::rng() << "<rng model=\"virtio\"><backend model=\"random\">/dev/urandom</backend></rng>";
    QTest::newRow("redirdev") << DeviceXml::usbRedirection() << "<redirdev bus=\"usb\" type=\"spicevmc\"/>";
}

void tst_HardwareXml::builders()
{
    QFETCH(QString, xml);
    QFETCH(QString, expected);
    QCOMPARE(xml, expected);
    QDomDocument doc;
    QVERIFY(doc.setContent(xml));
}

void tst_HardwareXml::nextTarget_data()
{
    QTest::addColumn<QString>("bus");
    QTest::addColumn<QString>("expected");
    QTest::newRow("virtio") << "virtio" << "vdb";
    QTest::newRow("sata after sda") << "sata" << "sdb";
    QTest::newRow("scsi") << "scsi" << "sdb";
    QTest::newRow("ide") << "ide" << "hda";
    QTest::newRow("usb") << "usb" << "sdb";
}

void tst_HardwareXml::nextTarget()
{
    QFETCH(QString, bus);
    QFETCH(QString, expected);
    QCOMPARE(DeviceXml::nextTarget(load(kSample), bus), expected);
}

void tst_HardwareXml::changes_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("liveKind");
    const QDomDocument doc = load(kSample);
    // The changes are built per row in changes(); index picks one.
    QTest::newRow("title") << 0 << "title" << "" << "New title" << int(LiveOp::Kind::Metadata);
    QTest::newRow("memory current") << 1 << "currentMemory" << "" << "262144" << int(LiveOp::Kind::SetMemory);
    QTest::newRow("memory maximum") << 2 << "memory" << "" << "2097152" << int(LiveOp::Kind::None);
    QTest::newRow("vcpu current") << 3 << "vcpu" << "current" << "" << int(LiveOp::Kind::SetVcpus);
    QTest::newRow("vcpu maximum") << 4 << "vcpu" << "" << "4" << int(LiveOp::Kind::None);
    QTest::newRow("host-model") << 5 << "cpu" << "mode" << "host-model" << int(LiveOp::Kind::None);
    QTest::newRow("topology") << 6 << "cpu/topology" << "cores" << "2" << int(LiveOp::Kind::None);
    QTest::newRow("add disk") << 7 << "devices/disk/target" << "dev" << "vda" << int(LiveOp::Kind::Attach);
    QTest::newRow("remove disk") << 8 << "devices/disk/target" << "dev" << "sda" << int(LiveOp::Kind::Detach);
    QTest::newRow("eject") << 9 << "devices/disk/source" << "file" << "/img/a.qcow2" << int(LiveOp::Kind::Update);
    QTest::newRow("link down") << 10 << "devices/interface/link" << "state" << "down" << int(LiveOp::Kind::Update);
    QTest::newRow("boot order") << 11 << "devices/interface/boot" << "order" << "2" << int(LiveOp::Kind::None);
    QTest::newRow("kernel") << 12 << "os/kernel" << "" << "/boot/vmlinuz" << int(LiveOp::Kind::None);
    QTest::newRow("video model") << 13 << "devices/video/model" << "type" << "virtio" << int(LiveOp::Kind::None);
    QTest::newRow("add rng") << 14 << "devices/rng/backend" << "" << "/dev/urandom" << int(LiveOp::Kind::Attach);
    QTest::newRow("firmware") << 15 << "os" << "firmware" << "efi" << int(LiveOp::Kind::None);
    QTest::newRow("machine") << 16 << "os/type" << "machine" << "q35" << int(LiveOp::Kind::None);
}

void tst_HardwareXml::changes()
{
    QFETCH(int, index);
    QFETCH(QString, path);
    QFETCH(QString, attribute);
    QFETCH(QString, expected);
    QFETCH(int, liveKind);
    const QDomDocument doc = load(kSample);
    const DeviceKey vda{QStringLiteral("disk"), QStringLiteral("vda"), -1};
    const DeviceKey sda{QStringLiteral("disk"), QStringLiteral("sda"), -1};
    const DeviceKey nic{QStringLiteral("interface"), QStringLiteral("52:54:00:aa:bb:cc"), -1};
    DeviceXml::DiskSpec disk;
    disk.path = QStringLiteral("/img/new.qcow2");
    const QVector<HardwareChange> all{
        HardwareChanges::setTitle(QStringLiteral("New title")),
        HardwareChanges::setMemoryCurrent(262144),
        HardwareChanges::setMemoryMaximum(2097152, 524288),
        HardwareChanges::setVcpuCurrent(2),
        HardwareChanges::setVcpuMaximum(4, 1),
        HardwareChanges::setCpu(QStringLiteral("host-model"), {}, 0, 0, 0),
        HardwareChanges::setCpu(QStringLiteral("host-passthrough"), {}, 1, 2, 1),
        HardwareChanges::addDisk(doc, disk),
        HardwareChanges::removeDevice(doc, vda, true, QStringLiteral("remove")),
        HardwareChanges::setMedia(doc, sda, {}),
        HardwareChanges::setLinkState(doc, nic, false),
        HardwareChanges::setBootOrder({sda, nic}, true),
        HardwareChanges::setDirectKernel(QStringLiteral("/boot/vmlinuz"), QStringLiteral("/boot/initrd"), QStringLiteral("console=ttyS0"), {}),
        HardwareChanges::editDevice({QStringLiteral("video"), {}, 0}, {{QStringLiteral("model"), QStringLiteral("type"), QStringLiteral("virtio")}}, QStringLiteral("video")),
        HardwareChanges::addDevice(DeviceXml::rng(), true, QStringLiteral("rng")),
        HardwareChanges::setFirmware(true),
        HardwareChanges::setMachine(QStringLiteral("q35")),
    };
    const HardwareChange &change = all.at(index);
    QCOMPARE(int(change.live.kind), liveKind);
    QVERIFY(!change.what.isEmpty());
    const Result<QString> out = HardwareChanges::applyToXml(kSample, {change});
    QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().message));
    const QString xml = out.value();
    QCOMPARE(attrAt(xml, path, attribute), expected);
    // What QVirt does not model stays, whatever the change.
    QVERIFY(xml.contains(QLatin1String("passwd=\"s3cret\"")));
    QVERIFY(xml.contains(QLatin1String("<futureElement answer=\"42\"/>")));
    QVERIFY(xml.contains(QLatin1String("keep me")));
    if (index == 8) // removing a disk: the image stays, only the element goes
        QVERIFY(!xml.contains(QLatin1String("a.qcow2")));
    if (index == 9) { // the live XML of the ejected drive has no media
        QVERIFY(!change.live.deviceXml.contains(QLatin1String("x.iso")));
        QVERIFY(change.live.deviceXml.contains(QLatin1String("sda")));
    }
    if (index == 11)
        QVERIFY(load(xml).documentElement().firstChildElement(QStringLiteral("os")).firstChildElement(QStringLiteral("boot")).isNull());
}

void tst_HardwareXml::topology()
{
    QVERIFY(HardwareChanges::topologyError(4, 1, 2, 2).isEmpty());
    QVERIFY(HardwareChanges::topologyError(4, 0, 0, 0).isEmpty());
    QVERIFY(!HardwareChanges::topologyError(4, 1, 2, 1).isEmpty());
    QVERIFY(!HardwareChanges::topologyError(4, 0, 2, 2).isEmpty());
}

QTEST_GUILESS_MAIN(tst_HardwareXml)
#include "tst_hardwarexml.moc"
