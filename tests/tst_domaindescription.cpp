#include "domaindescription.h"

#include <QTest>

class tst_DomainDescription : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void backingChain();
    void malformed();
    void volumeBacking();
    void qemuImgChain();
};

void tst_DomainDescription::parse_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::addColumn<quint64>("memoryKiB");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<int>("disks");
    QTest::addColumn<QString>("firmware");

    QTest::newRow("minimal kib") << "<domain type='qemu'><name>a</name><memory>65536</memory><vcpu>1</vcpu></domain>"
                                 << "a" << "" << quint64(65536) << 1 << 0 << "";
    QTest::newRow("mib and current") << "<domain type='kvm'><name>b</name><memory unit='MiB'>2048</memory>"
                                        "<currentMemory unit='MiB'>1024</currentMemory><vcpu current='2'>4</vcpu></domain>"
                                     << "b" << "" << quint64(1024 * 1024) << 2 << 0 << "";
    QTest::newRow("gib, cjk title, efi") << "<domain type='kvm'><name>数据库</name><title>中文 标题</title>"
                                            "<memory unit='GiB'>8</memory><vcpu>8</vcpu><os firmware='efi'><type arch='x86_64' machine='q35'>hvm</type></os>"
                                            "<devices><disk type='file' device='disk'><source file='/i/win10.qcow2'/><target dev='vda'/></disk>"
                                            "<disk type='file' device='cdrom'><target dev='sda'/><readonly/></disk></devices></domain>"
                                         << "数据库" << "中文 标题" << quint64(8 * 1024 * 1024) << 8 << 2 << "efi";
    QTest::newRow("pflash loader means efi") << "<domain type='kvm'><name>c</name><memory>1</memory><vcpu>1</vcpu>"
                                                "<os><type>hvm</type><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader></os></domain>"
                                             << "c" << "" << quint64(1) << 1 << 0 << "efi";
}

void tst_DomainDescription::parse()
{
    QFETCH(QString, xml);
    DomainDescription d;
    QString error;
    QVERIFY2(parseDomainXml(xml, &d, &error), qPrintable(error));
    QTEST(d.name, "name");
    QTEST(d.title, "title");
    QTEST(d.memoryKiB, "memoryKiB");
    QTEST(d.vcpus, "vcpus");
    QTEST(int(d.disks.size()), "disks");
    QTEST(d.firmware, "firmware");
}

void tst_DomainDescription::backingChain()
{
    // A running domain's live XML after two external snapshots.
    const QString xml = QStringLiteral(R"(<domain type='qemu'><name>vm</name><memory>1</memory><vcpu>1</vcpu><devices>
      <disk type='file' device='disk'>
        <driver name='qemu' type='qcow2'/>
        <source file='/img/vm.snap2' index='3'/>
        <backingStore type='file' index='2'>
          <format type='qcow2'/>
          <source file='/img/vm.snap1'/>
          <backingStore type='file' index='1'>
            <format type='raw'/>
            <source file='/img/vm.base'/>
            <backingStore/>
          </backingStore>
        </backingStore>
        <target dev='vda' bus='virtio'/>
      </disk>
      <graphics type='vnc' port='5901' autoport='yes' listen='127.0.0.1' passwd='x' keymap='de'><listen type='address' address='127.0.0.1'/></graphics>
      <interface type='bridge'><mac address='52:54:00:aa:bb:cc'/><source bridge='br0'/><model type='virtio'/></interface>
    </devices></domain>)");
    DomainDescription d;
    QVERIFY(parseDomainXml(xml, &d));
    QCOMPARE(d.disks.size(), 1);
    const DiskDescription &disk = d.disks.first();
    QCOMPARE(disk.source, QStringLiteral("/img/vm.snap2"));
    QCOMPARE(disk.format, QStringLiteral("qcow2"));
    QCOMPARE(disk.target, QStringLiteral("vda"));
    QCOMPARE(disk.backingChain.size(), 2);
    QCOMPARE(disk.backingChain.at(0).path, QStringLiteral("/img/vm.snap1"));
    QCOMPARE(disk.backingChain.at(0).format, QStringLiteral("qcow2"));
    QCOMPARE(disk.backingChain.at(1).path, QStringLiteral("/img/vm.base"));
    QCOMPARE(disk.backingChain.at(1).format, QStringLiteral("raw"));
    QCOMPARE(d.graphics.size(), 1);
    QCOMPARE(d.graphics.first().port, 5901);
    QVERIFY(d.graphics.first().hasPassword);
    QCOMPARE(d.graphics.first().keymap, QStringLiteral("de"));
    QCOMPARE(d.interfaces.first().source, QStringLiteral("br0"));
    QCOMPARE(d.interfaces.first().mac, QStringLiteral("52:54:00:aa:bb:cc"));
}

void tst_DomainDescription::malformed()
{
    DomainDescription d;
    QString error;
    QVERIFY(!parseDomainXml(QStringLiteral("<domain><name>x</name>"), &d, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!parseDomainXml(QStringLiteral("<network/>"), &d, &error));
}

void tst_DomainDescription::volumeBacking()
{
    QCOMPARE(parseVolumeBackingPath(QStringLiteral("<volume><name>a</name><backingStore><path>/p/base.qcow2</path>"
                                                   "<format type='qcow2'/></backingStore></volume>")),
             QStringLiteral("/p/base.qcow2"));
    QCOMPARE(parseVolumeBackingPath(QStringLiteral("<volume><name>a</name></volume>")), QString());
}

void tst_DomainDescription::qemuImgChain()
{
    const QByteArray json = R"([{"filename": "/i/top.qcow2", "format": "qcow2", "backing-filename": "base.qcow2"},
                                {"filename": "/i/base.qcow2", "format": "qcow2"}])";
    const QVector<DiskImage> chain = parseQemuImgChain(json);
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(1).path, QStringLiteral("/i/base.qcow2"));
    QCOMPARE(parseQemuImgChain(R"({"filename": "/i/raw.img", "format": "raw"})").size(), 1);
}

QTEST_GUILESS_MAIN(tst_DomainDescription)
#include "tst_domaindescription.moc"
