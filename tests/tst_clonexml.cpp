#include "clonexml.h"

#include <QDomDocument>
#include <QtTest>

namespace {

// A UEFI guest with what QVirt does not model: a VNC password, metadata, an unknown element.
const QString kSource = QStringLiteral(R"(<domain type='qemu'>
  <name>web</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <metadata><q:x xmlns:q='https://example.org/q'>keep me</q:x></metadata>
  <memory unit='MiB'>512</memory>
  <os><type arch='x86_64' machine='q35'>hvm</type><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader><nvram template='/usr/share/OVMF/OVMF_VARS.fd'>/var/lib/libvirt/qemu/nvram/web_VARS.fd</nvram></os>
  <futureElement answer='42'/>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/img/web.qcow2'/><backingStore type='file'><format type='raw'/><source file='/img/base.raw'/></backingStore><target dev='vda' bus='virtio'/></disk>
    <disk type='volume' device='disk'><driver name='qemu' type='raw'/><source pool='p' volume='data.raw'/><target dev='vdb' bus='virtio'/></disk>
    <disk type='file' device='cdrom'><driver name='qemu' type='raw'/><source file='/img/x.iso'/><target dev='sda' bus='sata'/><readonly/></disk>
    <interface type='network'><mac address='52:54:00:aa:bb:cc'/><source network='default'/><model type='virtio'/></interface>
    <interface type='bridge'><mac address='52:54:00:aa:bb:cd'/><source bridge='br0'/></interface>
    <graphics type='vnc' port='-1' autoport='yes' passwd='s3cret'/>
  </devices>
</domain>)");

// path: tags under <domain>, each optionally with the index of its kind ("devices/disk[1]/source").
QDomElement at(const QDomDocument &doc, const QString &path)
{
    QDomElement e = doc.documentElement();
    for (QString part : path.split(QLatin1Char('/'))) {
        int index = 0;
        if (part.endsWith(QLatin1Char(']'))) {
            const qsizetype open = part.indexOf(QLatin1Char('['));
            index = part.mid(open + 1, part.size() - open - 2).toInt();
            part = part.left(open);
        }
        e = e.firstChildElement(part);
        for (int n = 0; n < index && !e.isNull(); ++n)
            e = e.nextSiblingElement(part);
    }
    return e;
}

QString why(const Result<QString> &r)
{
    return r ? QString() : r.error().message;
}

} // namespace

class tst_CloneXml : public QObject
{
    Q_OBJECT

private slots:
    void make_data();
    void make();
    void removesDisks();
    void refusesWhatIsNotADomain();
    void nvramPath();
    void defaultName_data();
    void defaultName();
    void expandPattern_data();
    void expandPattern();
    void volumeName_data();
    void volumeName();
};

void tst_CloneXml::make_data()
{
    QTest::addColumn<QString>("path");   // element under <domain>
    QTest::addColumn<QString>("attribute"); // empty: the text
    QTest::addColumn<QString>("expected");  // "<absent>": no such element

    const QString absent = QStringLiteral("<absent>");
    QTest::newRow("name set") << "name" << "" << "web-clone";
    QTest::newRow("UUID gone") << "uuid" << "" << absent;
    QTest::newRow("first MAC gone") << "devices/interface/mac" << "address" << absent;
    QTest::newRow("NIC kept") << "devices/interface[1]" << "type" << "bridge";
    QTest::newRow("first disk source replaced") << "devices/disk/source" << "file" << "/img/web-clone-vda.qcow2";
    QTest::newRow("its old backing chain gone") << "devices/disk/backingStore" << "" << absent;
    QTest::newRow("volume disk becomes a file") << "devices/disk[1]" << "type" << "file";
    QTest::newRow("volume disk source replaced") << "devices/disk[1]/source" << "file" << "/pool/web-clone-vdb.raw";
    QTest::newRow("volume disk driver type set") << "devices/disk[1]/driver" << "type" << "qcow2";
    QTest::newRow("CD-ROM kept") << "devices/disk[2]/source" << "file" << "/img/x.iso";
    QTest::newRow("CD-ROM read-only kept") << "devices/disk[2]/readonly" << "" << "";
    QTest::newRow("NVRAM path replaced") << "os/nvram" << "" << "/var/lib/libvirt/qemu/nvram/web-clone_VARS.fd";
    QTest::newRow("NVRAM template kept") << "os/nvram" << "template" << "/usr/share/OVMF/OVMF_VARS.fd";
    QTest::newRow("VNC password kept") << "devices/graphics" << "passwd" << "s3cret";
    QTest::newRow("unknown element kept") << "futureElement" << "answer" << "42";
    QTest::newRow("metadata kept") << "metadata" << "" << "keep me";
}

void tst_CloneXml::make()
{
    QFETCH(QString, path);
    QFETCH(QString, attribute);
    QFETCH(QString, expected);

    CloneXml::Spec spec;
    spec.name = QStringLiteral("web-clone");
    spec.sources.insert(QStringLiteral("vda"), QStringLiteral("/img/web-clone-vda.qcow2"));
    spec.sources.insert(QStringLiteral("vdb"), QStringLiteral("/pool/web-clone-vdb.raw"));
    spec.formats.insert(QStringLiteral("vdb"), QStringLiteral("qcow2"));
    spec.nvramPath = QStringLiteral("/var/lib/libvirt/qemu/nvram/web-clone_VARS.fd");
    const Result<QString> xml = CloneXml::make(kSource, spec);
    QVERIFY2(xml.ok(), qPrintable(why(xml)));
    QDomDocument doc;
    QVERIFY(doc.setContent(xml.value()));
    const QDomElement e = at(doc, path);
    if (expected == QLatin1String("<absent>")) {
        QVERIFY2(e.isNull(), qPrintable(xml.value()));
        return;
    }
    QVERIFY2(!e.isNull(), qPrintable(xml.value()));
    QCOMPARE(attribute.isEmpty() ? e.text() : e.attribute(attribute), expected);
}

void tst_CloneXml::removesDisks()
{
    CloneXml::Spec spec;
    spec.name = QStringLiteral("web-2");
    spec.removed << QStringLiteral("vdb");
    const Result<QString> xml = CloneXml::make(kSource, spec);
    QVERIFY2(xml.ok(), qPrintable(why(xml)));
    QDomDocument doc;
    QVERIFY(doc.setContent(xml.value()));
    QCOMPARE(doc.elementsByTagName(QStringLiteral("disk")).size(), 2);
    QVERIFY(!xml.value().contains(QLatin1String("data.raw")));
    // No new NVRAM given: the original's file is never shared; libvirt makes a new one.
    QCOMPARE(at(doc, QStringLiteral("os/nvram")).text(), QString());
}

void tst_CloneXml::refusesWhatIsNotADomain()
{
    CloneXml::Spec spec;
    spec.name = QStringLiteral("x");
    QVERIFY(!CloneXml::make(QStringLiteral("<network><name>n</name></network>"), spec).ok());
    QVERIFY(!CloneXml::make(QStringLiteral("<domain"), spec).ok());
}

void tst_CloneXml::nvramPath()
{
    QCOMPARE(CloneXml::nvramPath(kSource), QStringLiteral("/var/lib/libvirt/qemu/nvram/web_VARS.fd"));
    QCOMPARE(CloneXml::nvramPath(QStringLiteral("<domain><name>a</name></domain>")), QString());
}

void tst_CloneXml::defaultName_data()
{
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("free") << QStringList{QStringLiteral("web")} << "web-clone";
    QTest::newRow("taken") << QStringList{QStringLiteral("web"), QStringLiteral("web-clone")} << "web-clone-2";
    QTest::newRow("two taken") << QStringList{QStringLiteral("web-clone"), QStringLiteral("web-clone-2")} << "web-clone-3";
}

void tst_CloneXml::defaultName()
{
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QCOMPARE(CloneXml::defaultName(QStringLiteral("web"), taken), expected);
}

void tst_CloneXml::expandPattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("numbered") << "web-%n" << 3 << QStringList{} << QStringList{"web-1", "web-2", "web-3"};
    QTest::newRow("skips taken") << "web-%n" << 2 << QStringList{"web-1", "web-3"} << QStringList{"web-2", "web-4"};
    QTest::newRow("in the middle") << "n%n-web" << 2 << QStringList{} << QStringList{"n1-web", "n2-web"};
    QTest::newRow("plain name") << "db" << 1 << QStringList{} << QStringList{"db"};
    QTest::newRow("plain name, several") << "db" << 2 << QStringList{} << QStringList{"db-1", "db-2"};
    QTest::newRow("trimmed") << "  db  " << 1 << QStringList{} << QStringList{"db"};
    QTest::newRow("empty") << "" << 2 << QStringList{} << QStringList{};
    QTest::newRow("none") << "web-%n" << 0 << QStringList{} << QStringList{};
}

void tst_CloneXml::expandPattern()
{
    QFETCH(QString, pattern);
    QFETCH(int, count);
    QFETCH(QStringList, taken);
    QFETCH(QStringList, expected);
    QCOMPARE(CloneXml::expandPattern(pattern, count, taken), expected);
}

void tst_CloneXml::volumeName_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    QTest::newRow("extension kept") << "/img/web.qcow2" << "qcow2" << QStringList{} << "web-clone-vda.qcow2";
    QTest::newRow("no extension: format") << "/dev/vg/web" << "raw" << QStringList{} << "web-clone-vda.raw";
    QTest::newRow("unique") << "/img/web.img" << "raw" << QStringList{"web-clone-vda.img"} << "web-clone-vda-2.img";
}

void tst_CloneXml::volumeName()
{
    QFETCH(QString, source);
    QFETCH(QString, format);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    QCOMPARE(CloneXml::volumeName(QStringLiteral("web-clone"), QStringLiteral("vda"), source, format, taken), expected);
}

QTEST_GUILESS_MAIN(tst_CloneXml)
#include "tst_clonexml.moc"
