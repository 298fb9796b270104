// What a domain definition says about moving it (parseMigrationSubject).

#include "migrationspec.h"

#include <QTest>

class tst_MigrationSpec : public QObject
{
    Q_OBJECT

private slots:
    void disks_data();
    void disks();
    void hostDevices();
};

void tst_MigrationSpec::disks_data()
{
    QTest::addColumn<QString>("disk");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("copied");
    QTest::addColumn<QStringList>("backing");

    QTest::newRow("qcow2 file") << "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/var/lib/libvirt/images/a.qcow2'/><target dev='vda'/></disk>"
                                << "/var/lib/libvirt/images/a.qcow2" << true << QStringList();
    QTest::newRow("chain") << "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/i/top.qcow2'/>"
                              "<backingStore type='file'><format type='qcow2'/><source file='/i/mid.qcow2'/>"
                              "<backingStore type='file'><format type='raw'/><source file='/i/base.img'/><backingStore/></backingStore></backingStore>"
                              "<target dev='vda'/></disk>"
                           << "/i/top.qcow2" << true << QStringList{"/i/mid.qcow2", "/i/base.img"};
    QTest::newRow("block device") << "<disk type='block' device='disk'><driver name='qemu' type='raw'/><source dev='/dev/vg/lv'/><target dev='vdb'/></disk>"
                                  << "/dev/vg/lv" << true << QStringList();
    QTest::newRow("cdrom stays") << "<disk type='file' device='cdrom'><source file='/iso/debian.iso'/><target dev='sda'/><readonly/></disk>"
                                 << "/iso/debian.iso" << false << QStringList();
    QTest::newRow("empty cdrom") << "<disk type='file' device='cdrom'><target dev='sdb'/><readonly/></disk>"
                                 << "" << false << QStringList();
    QTest::newRow("shareable stays") << "<disk type='file' device='disk'><source file='/shared/q.img'/><target dev='vdc'/><shareable/></disk>"
                                     << "/shared/q.img" << false << QStringList();
    QTest::newRow("network disk") << "<disk type='network' device='disk'><source protocol='rbd' name='pool/img'/><target dev='vdd'/></disk>"
                                  << "" << false << QStringList();
}

void tst_MigrationSpec::disks()
{
    QFETCH(QString, disk);
    QFETCH(QString, path);
    QFETCH(bool, copied);
    QFETCH(QStringList, backing);
    const MigrationSubject s = parseMigrationSubject(QStringLiteral("<domain><name>web</name><devices>%1</devices></domain>").arg(disk));
    QCOMPARE(s.name, QStringLiteral("web"));
    QCOMPARE(s.disks.size(), 1);
    QCOMPARE(s.disks.first().path, path);
    QCOMPARE(s.disks.first().copied, copied);
    QCOMPARE(s.disks.first().backing, backing);
    QVERIFY(s.hostDevices.isEmpty());
}

void tst_MigrationSpec::hostDevices()
{
    const MigrationSubject s = parseMigrationSubject(QStringLiteral(
        "<domain><name>gpu</name><os><type>hvm</type><nvram>/var/lib/libvirt/qemu/nvram/gpu_VARS.fd</nvram></os><devices>"
        "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x65' slot='0x00' function='0x1'/></source></hostdev>"
        "<hostdev mode='subsystem' type='usb'><source><vendor id='0x046d'/><product id='0xc52b'/></source></hostdev>"
        "</devices></domain>"));
    QCOMPARE(s.hostDevices, (QStringList{QStringLiteral("0000:65:00.1"), QStringLiteral("USB 046d:c52b")}));
    QVERIFY(s.uefi);
    QVERIFY(s.disks.isEmpty());
}

QTEST_MAIN(tst_MigrationSpec)
#include "tst_migrationspec.moc"
