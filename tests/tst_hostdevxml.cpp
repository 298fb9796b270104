#include "hostdevxml.h"

#include <QDomDocument>
#include <QTest>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using Kind = HostdevRequest::Kind;
using Firmware = HostdevXml::GuestSettings::Firmware;

Q_DECLARE_METATYPE(HostdevRequest)
Q_DECLARE_METATYPE(Firmware)

namespace {

HostdevRequest pci(const QString &address, bool managed = true)
{
    HostdevRequest r;
    r.hostAddress = address;
    r.managed = managed;
    return r;
}

HostdevRequest sriov(const QString &address, const QString &mac = {})
{
    HostdevRequest r;
    r.kind = Kind::SriovInterface;
    r.hostAddress = address;
    r.mac = mac;
    return r;
}

HostdevRequest usbById(const QString &vendor, const QString &product)
{
    HostdevRequest r;
    r.kind = Kind::Usb;
    r.usbVendorId = vendor;
    r.usbProductId = product;
    return r;
}

HostdevRequest usbByAddress(int bus, int device)
{
    HostdevRequest r;
    r.kind = Kind::Usb;
    r.usbBus = bus;
    r.usbDevice = device;
    return r;
}

QVector<HostdevRequest> gpu(const QVector<int> &functions = {0, 1, 2, 3})
{
    QVector<HostdevRequest> list;
    for (int f : functions)
        list << pci(QStringLiteral("0000:3b:00.%1").arg(f));
    return list;
}

// Elements with sorted attributes and no layout: QDom writes attributes in hash order.
QString canonical(const QString &xml)
{
    QXmlStreamReader r(xml);
    QString out;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            QStringList attrs;
            for (const QXmlStreamAttribute &a : r.attributes())
                attrs << QStringLiteral("%1=\"%2\"").arg(a.qualifiedName(), a.value());
            attrs.sort();
            const QString joined = attrs.isEmpty() ? QString() : QLatin1Char(' ') + attrs.join(QLatin1Char(' '));
            out += QLatin1Char('<') + r.qualifiedName().toString() + joined + QLatin1Char('>');
        } else if (r.isEndElement()) {
            out += QStringLiteral("</") + r.qualifiedName().toString() + QLatin1Char('>');
        } else if (r.isCharacters() && !r.isWhitespace()) {
            out += r.text().trimmed();
        }
    }
    return r.hasError() ? QStringLiteral("ERROR: ") + r.errorString() : out;
}

// An i440fx guest as libvirt writes it back: every device has its slot. 2, 3, 4 are taken.
const char *const pcXml = R"(<domain type='test'>
  <name>hostdevxml-pc</name>
  <metadata>
    <q:note xmlns:q="urn:example:qvirt">kept &amp; untouched</q:note>
  </metadata>
  <memory unit='KiB'>65536</memory>
  <vcpu placement='static'>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type>
    <boot dev='hd'/>
  </os>
  <features>
    <acpi/>
  </features>
  <devices>
    <!-- a comment, kept -->
    <controller type='usb' index='0' model='piix3-uhci'>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x2'/>
    </controller>
    <controller type='pci' index='0' model='pci-root'/>
    <interface type='network'>
      <mac address='52:54:00:00:00:01'/>
      <source network='default'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/>
    </interface>
    <video>
      <model type='vga' vram='16384' heads='1' primary='yes'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>
    </video>
    <memballoon model='virtio'>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>
    </memballoon>
  </devices>
</domain>
)";

// Written by hand: libvirt has not placed the video yet and wants it on slot 2.
const char *const pcFreshXml = R"(<domain type='test'>
  <name>hostdevxml-pc-fresh</name>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='pc'>hvm</type></os>
  <devices>
    <video><model type='vga'/></video>
  </devices>
</domain>
)";

// A q35 guest with two root ports (indexes 1 and 2) already.
const char *const q35Xml = R"(<domain type='test'>
  <name>hostdevxml-q35</name>
  <memory unit='KiB'>65536</memory>
  <vcpu placement='static'>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
  </os>
  <features>
    <acpi/>
    <hyperv mode='custom'>
      <relaxed state='on'/>
    </hyperv>
  </features>
  <devices>
    <controller type='pci' index='0' model='pcie-root'/>
    <controller type='pci' index='1' model='pcie-root-port'>
      <target chassis='1' port='0x10'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0' multifunction='on'/>
    </controller>
    <controller type='pci' index='2' model='pcie-root-port'>
      <target chassis='2' port='0x11'/>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x1'/>
    </controller>
    <interface type='network'>
      <mac address='52:54:00:00:00:02'/>
      <source network='default'/>
      <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>
    </interface>
  </devices>
</domain>
)";

const char *const q35FreshXml = R"(<domain type='test'>
  <name>hostdevxml-q35-fresh</name>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='q35'>hvm</type></os>
</domain>
)";

// Every kind of host device, as libvirt writes them; the GPU on a root port.
const char *const passthroughXml = R"(<domain type='test'>
  <name>hostdevxml-passthrough</name>
  <memory unit='KiB'>65536</memory>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
    <loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>
    <nvram>/var/lib/libvirt/qemu/nvram/x_VARS.fd</nvram>
  </os>
  <features>
    <acpi/>
    <hyperv mode='custom'>
      <relaxed state='on'/>
      <vendor_id state='on' value='AuthenticAMD'/>
    </hyperv>
    <kvm>
      <hidden state='on'/>
      <hint-dedicated state='on'/>
    </kvm>
  </features>
  <devices>
    <controller type='pci' index='0' model='pcie-root'/>
    <controller type='pci' index='1' model='pcie-root-port'/>
    <interface type='hostdev' managed='yes'>
      <mac address='52:54:00:AB:CD:EF'/>
      <source>
        <address type='pci' domain='0x0000' bus='0x5e' slot='0x10' function='0x2'/>
      </source>
    </interface>
    <hostdev mode='subsystem' type='pci' managed='yes'>
      <source><address domain='0x0000' bus='0x3b' slot='0x00' function='0x0'/></source>
      <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0' multifunction='on'/>
    </hostdev>
    <hostdev mode='subsystem' type='pci' managed='yes'>
      <source><address domain='0x0000' bus='0x3b' slot='0x00' function='0x1'/></source>
      <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x1'/>
    </hostdev>
    <hostdev mode='subsystem' type='pci'>
      <source><address domain='0x0000' bus='0x3b' slot='0x00' function='0x2'/></source>
      <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x2'/>
    </hostdev>
    <hostdev mode='subsystem' type='usb' managed='no'>
      <source><vendor id='0x046D'/><product id='0xc52b'/></source>
    </hostdev>
    <hostdev mode='subsystem' type='usb' managed='yes'>
      <source><address bus='1' device='3'/></source>
    </hostdev>
    <hostdev mode='capabilities' type='storage'>
      <source><block>/dev/sdf1</block></source>
    </hostdev>
  </devices>
</domain>
)";

QString xml(const char *fixture)
{
    return QString::fromUtf8(fixture);
}

// The <hostdev>/<interface> whose source is this host PCI address.
QDomElement deviceWithSource(const QDomDocument &doc, const QString &hostAddress)
{
    const QStringList parts = hostAddress.split(QRegularExpression(QStringLiteral("[:.]")));
    for (QDomElement e = doc.documentElement().firstChildElement(QStringLiteral("devices")).firstChildElement(); !e.isNull();
         e = e.nextSiblingElement()) {
        const QDomElement a = e.firstChildElement(QStringLiteral("source")).firstChildElement(QStringLiteral("address"));
        if (!a.isNull() && a.attribute(QStringLiteral("bus")).toInt(nullptr, 0) == parts[1].toInt(nullptr, 16)
            && a.attribute(QStringLiteral("slot")).toInt(nullptr, 0) == parts[2].toInt(nullptr, 16)
            && a.attribute(QStringLiteral("function")).toInt(nullptr, 0) == parts[3].toInt())
            return e;
    }
    return {};
}

QVector<QDomElement> elements(const QDomDocument &doc, const QString &tag, const QString &type = {})
{
    QVector<QDomElement> list;
    const QDomNodeList nodes = doc.documentElement().firstChildElement(QStringLiteral("devices")).elementsByTagName(tag);
    for (int i = 0; i < nodes.size(); ++i) {
        const QDomElement e = nodes.at(i).toElement();
        if (e.parentNode().nodeName() == QLatin1String("devices") && (type.isEmpty() || e.attribute(QStringLiteral("type")) == type))
            list << e;
    }
    return list;
}

} // namespace

// The passthrough XML generator on fixture domains; every domain it writes is
// also defined on libvirt's test driver to prove libvirt parses it.
class tst_HostdevXml : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void element_data();
    void element();
    void elementRefusesBadRequests_data();
    void elementRefusesBadRequests();
    void requestForNodeDevice();
    void multifunctionLayout_data();
    void multifunctionLayout();
    void mixedDevices();
    void joinsSlotAlreadyInGuest();
    void keepsTheRestOfTheDomain();
    void refused_data();
    void refused();
    void noFreeSlot();
    void removeDevice_data();
    void removeDevice();
    void devicesIn();
    void guestSettings_data();
    void guestSettings();
    void guestSettingsRefused();
    void vfPool();

private:
    void defineOnTestDriver(const QString &domainXml);
    virConnectPtr m_test = nullptr;
};

void tst_HostdevXml::initTestCase()
{
    virSetErrorFunc(nullptr, [](void *, virErrorPtr) {}); // failures are reported by the checks
    m_test = virConnectOpen("test:///default");
    QVERIFY2(m_test, virGetLastErrorMessage());
}

void tst_HostdevXml::cleanupTestCase()
{
    if (m_test)
        virConnectClose(m_test);
}

void tst_HostdevXml::defineOnTestDriver(const QString &domainXml)
{
    virDomainPtr d = virDomainDefineXMLFlags(m_test, domainXml.toUtf8().constData(), VIR_DOMAIN_DEFINE_VALIDATE);
    QVERIFY2(d, qPrintable(QStringLiteral("%1\n%2").arg(QString::fromUtf8(virGetLastErrorMessage()), domainXml)));
    virDomainUndefine(d);
    virDomainFree(d);
}

void tst_HostdevXml::element_data()
{
    QTest::addColumn<HostdevRequest>("request");
    QTest::addColumn<QString>("expected");

    QTest::newRow("pci managed") << pci(QStringLiteral("0000:3b:00.0"))
                                 << QStringLiteral(R"(<hostdev mode="subsystem" type="pci" managed="yes"><source>)"
                                                   R"(<address domain="0x0000" bus="0x3b" slot="0x00" function="0x0"/></source></hostdev>)");
    QTest::newRow("pci unmanaged, short address") << pci(QStringLiteral("3B:1f.7"), false)
                                                  << QStringLiteral(R"(<hostdev mode="subsystem" type="pci" managed="no"><source>)"
                                                                    R"(<address domain="0x0000" bus="0x3b" slot="0x1f" function="0x7"/></source></hostdev>)");
    QTest::newRow("pci other domain") << pci(QStringLiteral("10000:00:02.0")) << QString(); // 5 digits
    QTest::newRow("pci domain 1") << pci(QStringLiteral("0001:02:03.4"))
                                  << QStringLiteral(R"(<hostdev mode="subsystem" type="pci" managed="yes"><source>)"
                                                    R"(<address domain="0x0001" bus="0x02" slot="0x03" function="0x4"/></source></hostdev>)");
    QTest::newRow("usb by id") << usbById(QStringLiteral("0x046D"), QStringLiteral("c52b"))
                               << QStringLiteral(R"(<hostdev mode="subsystem" type="usb" managed="yes"><source>)"
                                                 R"(<vendor id="0x046d"/><product id="0xc52b"/></source></hostdev>)");
    QTest::newRow("usb by bus/device") << usbByAddress(1, 3)
                                       << QStringLiteral(R"(<hostdev mode="subsystem" type="usb" managed="yes"><source>)"
                                                         R"(<address bus="1" device="3"/></source></hostdev>)");
    QTest::newRow("sr-iov with mac") << sriov(QStringLiteral("0000:5e:10.2"), QStringLiteral("52:54:00:AB:cd:01"))
                                     << QStringLiteral(R"(<interface type="hostdev" managed="yes"><mac address="52:54:00:ab:cd:01"/>)"
                                                       R"(<source><address type="pci" domain="0x0000" bus="0x5e" slot="0x10" function="0x2"/>)"
                                                       R"(</source></interface>)");
    QTest::newRow("sr-iov without mac") << sriov(QStringLiteral("0000:5e:10.0"))
                                        << QStringLiteral(R"(<interface type="hostdev" managed="yes"><source>)"
                                                          R"(<address type="pci" domain="0x0000" bus="0x5e" slot="0x10" function="0x0"/>)"
                                                          R"(</source></interface>)");
}

void tst_HostdevXml::element()
{
    QFETCH(HostdevRequest, request);
    QFETCH(QString, expected);
    const QString out = HostdevXml::element(request);
    if (expected.isEmpty()) {
        QVERIFY(out.isEmpty());
        QVERIFY(!HostdevXml::requestError(request).isEmpty());
        return;
    }
    QVERIFY(HostdevXml::requestError(request).isEmpty());
    QCOMPARE(canonical(out), canonical(expected));
    // Attributes in the order libvirt writes them, and indented for people.
    QCOMPARE(QString(out).remove(QRegularExpression(QStringLiteral("\\n *"))), expected);
    QVERIFY(out.contains(QLatin1String("\n  <source>")));
}

void tst_HostdevXml::elementRefusesBadRequests_data()
{
    QTest::addColumn<HostdevRequest>("request");
    QTest::addColumn<QString>("message");

    QTest::newRow("no address") << pci(QString()) << QStringLiteral("no host PCI address");
    QTest::newRow("not an address") << pci(QStringLiteral("3b:00")) << QStringLiteral("\"3b:00\" is not a PCI address");
    QTest::newRow("slot above 0x1f") << pci(QStringLiteral("0000:3b:20.0")) << QStringLiteral("is not a PCI address");
    QTest::newRow("function 8") << pci(QStringLiteral("0000:3b:00.8")) << QStringLiteral("is not a PCI address");
    QTest::newRow("bad mac") << sriov(QStringLiteral("0000:5e:10.2"), QStringLiteral("52:54:00:ab:cd")) << QStringLiteral("is not a MAC address");
    QTest::newRow("multicast mac") << sriov(QStringLiteral("0000:5e:10.2"), QStringLiteral("01:00:5e:00:00:01")) << QStringLiteral("multicast");
    QTest::newRow("vendor only") << usbById(QStringLiteral("0x046d"), QString()) << QStringLiteral("both its vendor and its product");
    QTest::newRow("bad usb id") << usbById(QStringLiteral("0x046d"), QStringLiteral("mouse")) << QStringLiteral("\"mouse\" is not a USB");
    QTest::newRow("usb nothing") << usbByAddress(-1, -1) << QStringLiteral("bus and device numbers");
}

void tst_HostdevXml::elementRefusesBadRequests()
{
    QFETCH(HostdevRequest, request);
    QFETCH(QString, message);
    QVERIFY(HostdevXml::element(request).isEmpty());
    const QString error = HostdevXml::requestError(request);
    QVERIFY2(error.contains(message), qPrintable(error));
    const Result<QString> r = HostdevXml::addDevices(xml(pcXml), {request});
    QVERIFY(!r);
    QCOMPARE(r.error().code, 0);
    QCOMPARE(r.error().message, error);
}

void tst_HostdevXml::requestForNodeDevice()
{
    HostDevice gpuFunction;
    gpuFunction.kind = HostDevice::Kind::Pci;
    gpuFunction.address = QStringLiteral("0000:3b:00.1");
    HostdevRequest r = HostdevXml::requestFor(gpuFunction);
    QCOMPARE(r.kind, Kind::Pci);
    QCOMPARE(r.hostAddress, QStringLiteral("0000:3b:00.1"));
    QVERIFY(r.managed);

    HostDevice mouse;
    mouse.kind = HostDevice::Kind::Usb;
    mouse.vendorId = QStringLiteral("0x046d");
    mouse.productId = QStringLiteral("0xc52b");
    mouse.usbBus = 1;
    mouse.usbDevice = 3;
    r = HostdevXml::requestFor(mouse, false);
    QCOMPARE(r.kind, Kind::Usb);
    QCOMPARE(r.usbVendorId, QStringLiteral("0x046d"));
    QCOMPARE(r.usbProductId, QStringLiteral("0xc52b"));
    QCOMPARE(r.usbBus, -1); // ids survive replugging, bus.device does not
    QVERIFY(!r.managed);
    mouse.vendorId.clear();
    r = HostdevXml::requestFor(mouse);
    QCOMPARE(r.usbBus, 1);
    QCOMPARE(r.usbDevice, 3);
    QVERIFY(r.usbVendorId.isEmpty());
}

void tst_HostdevXml::multifunctionLayout_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QVector<HostdevRequest>>("devices");
    QTest::addColumn<int>("bus");  // -1: no guest address expected
    QTest::addColumn<int>("slot");
    QTest::addColumn<int>("rootPort"); // index of the new pcie-root-port, -1 none

    QTest::newRow("pc gpu") << xml(pcXml) << gpu() << 0 << 0x05 << -1;
    QTest::newRow("pc gpu, any order") << xml(pcXml) << gpu({2, 0, 3, 1}) << 0 << 0x05 << -1;
    QTest::newRow("pc gpu and audio") << xml(pcXml) << gpu({0, 1}) << 0 << 0x05 << -1;
    QTest::newRow("pc fresh, video keeps slot 2") << xml(pcFreshXml) << gpu() << 0 << 0x03 << -1;
    QTest::newRow("pc nic") << xml(pcXml) << QVector<HostdevRequest>{pci(QStringLiteral("0000:02:00.0"))} << -1 << -1 << -1;
    QTest::newRow("pc functions without 0") << xml(pcXml) << gpu({1, 2}) << -1 << -1 << -1;
    QTest::newRow("q35 gpu") << xml(q35Xml) << gpu() << 3 << 0 << 3;
    QTest::newRow("q35 fresh gpu") << xml(q35FreshXml) << gpu() << 1 << 0 << 1;
    QTest::newRow("q35 nic") << xml(q35Xml) << QVector<HostdevRequest>{pci(QStringLiteral("0000:02:00.0"))} << -1 << -1 << -1;
}

void tst_HostdevXml::multifunctionLayout()
{
    QFETCH(QString, domain);
    QFETCH(QVector<HostdevRequest>, devices);
    QFETCH(int, bus);
    QFETCH(int, slot);
    QFETCH(int, rootPort);

    const Result<QString> r = HostdevXml::addDevices(domain, devices);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QDomDocument doc;
    QVERIFY(doc.setContent(r.value()));
    QCOMPARE(elements(doc, QStringLiteral("hostdev")).size(), devices.size());

    for (const HostdevRequest &d : std::as_const(devices)) {
        const QDomElement e = deviceWithSource(doc, d.hostAddress);
        QVERIFY2(!e.isNull(), qPrintable(d.hostAddress));
        QCOMPARE(e.attribute(QStringLiteral("managed")), QStringLiteral("yes"));
        const QDomElement a = e.firstChildElement(QStringLiteral("address"));
        if (bus < 0) {
            QVERIFY2(a.isNull(), qPrintable(r.value()));
            continue;
        }
        const int function = d.hostAddress.right(1).toInt();
        QCOMPARE(a.attribute(QStringLiteral("type")), QStringLiteral("pci"));
        QCOMPARE(a.attribute(QStringLiteral("domain")), QStringLiteral("0x0000"));
        QCOMPARE(a.attribute(QStringLiteral("bus")).toInt(nullptr, 16), bus);
        QCOMPARE(a.attribute(QStringLiteral("slot")).toInt(nullptr, 16), slot);
        QCOMPARE(a.attribute(QStringLiteral("function")), QStringLiteral("0x%1").arg(function));
        QCOMPARE(a.attribute(QStringLiteral("multifunction")), function == 0 ? QStringLiteral("on") : QString());
    }

    const QVector<QDomElement> before = [&] {
        QDomDocument original;
        original.setContent(domain);
        return elements(original, QStringLiteral("controller"), QStringLiteral("pci"));
    }();
    const QVector<QDomElement> controllers = elements(doc, QStringLiteral("controller"), QStringLiteral("pci"));
    QCOMPARE(controllers.size(), before.size() + (rootPort < 0 ? 0 : 1));
    if (rootPort >= 0) {
        const auto port = std::find_if(controllers.cbegin(), controllers.cend(), [&](const QDomElement &c) {
            return c.attribute(QStringLiteral("index")) == QString::number(rootPort);
        });
        QVERIFY(port != controllers.cend());
        QCOMPARE(port->attribute(QStringLiteral("model")), QStringLiteral("pcie-root-port"));
        QVERIFY(port->firstChildElement(QStringLiteral("address")).isNull()); // libvirt places the port
    }
    QCOMPARE(HostdevXml::devicesIn(r.value()).size(), devices.size());
    defineOnTestDriver(r.value());
}

void tst_HostdevXml::mixedDevices()
{
    QVector<HostdevRequest> devices = gpu();
    devices << sriov(QStringLiteral("0000:5e:10.2"), QStringLiteral("52:54:00:6d:90:02")) << sriov(QStringLiteral("0000:5e:10.0"))
            << usbById(QStringLiteral("0x046d"), QStringLiteral("0xc52b")) << usbByAddress(2, 5);
    const Result<QString> r = HostdevXml::addDevices(xml(q35Xml), devices);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QDomDocument doc;
    QVERIFY(doc.setContent(r.value()));
    QCOMPARE(elements(doc, QStringLiteral("hostdev"), QStringLiteral("pci")).size(), 4);
    QCOMPARE(elements(doc, QStringLiteral("hostdev"), QStringLiteral("usb")).size(), 2);
    const QVector<QDomElement> vfs = elements(doc, QStringLiteral("interface"), QStringLiteral("hostdev"));
    QCOMPARE(vfs.size(), 2);
    // VFs of one PF share a host slot but are independent devices: no shared guest slot.
    for (const QDomElement &vf : vfs)
        QVERIFY(vf.firstChildElement(QStringLiteral("address")).isNull());
    QCOMPARE(vfs[0].firstChildElement(QStringLiteral("mac")).attribute(QStringLiteral("address")), QStringLiteral("52:54:00:6d:90:02"));
    QVERIFY(vfs[1].firstChildElement(QStringLiteral("mac")).isNull());
    for (const QDomElement &u : elements(doc, QStringLiteral("hostdev"), QStringLiteral("usb")))
        QVERIFY(u.firstChildElement(QStringLiteral("address")).isNull());
    // The new interfaces follow the existing one, as libvirt groups them.
    const QVector<QDomElement> all = elements(doc, QStringLiteral("interface"));
    QCOMPARE(all.first().attribute(QStringLiteral("type")), QStringLiteral("network"));
    QCOMPARE(all.size(), 3);

    const QVector<HostdevRequest> in = HostdevXml::devicesIn(r.value());
    QCOMPARE(in.size(), devices.size());
    for (const HostdevRequest &d : std::as_const(devices)) {
        QVERIFY(std::any_of(in.cbegin(), in.cend(), [&](const HostdevRequest &i) {
            return i.kind == d.kind && HostdevXml::sameHostDevice(i, d) && i.mac == d.mac && i.managed;
        }));
    }
    defineOnTestDriver(r.value());
}

void tst_HostdevXml::joinsSlotAlreadyInGuest()
{
    QString domain = xml(pcXml);
    domain.replace(QStringLiteral("    <memballoon"), QStringLiteral(R"(    <hostdev mode='subsystem' type='pci' managed='yes'>
      <source><address domain='0x0000' bus='0x3b' slot='0x00' function='0x0'/></source>
      <address type='pci' domain='0x0000' bus='0x00' slot='0x06' function='0x0'/>
    </hostdev>
    <memballoon)"));
    const Result<QString> r = HostdevXml::addDevices(domain, gpu({1, 3}));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QDomDocument doc;
    QVERIFY(doc.setContent(r.value()));
    for (int f : {0, 1, 3}) {
        const QDomElement a = deviceWithSource(doc, QStringLiteral("0000:3b:00.%1").arg(f)).firstChildElement(QStringLiteral("address"));
        QCOMPARE(a.attribute(QStringLiteral("slot")), QStringLiteral("0x06"));
        QCOMPARE(a.attribute(QStringLiteral("function")), QStringLiteral("0x%1").arg(f));
        QCOMPARE(a.attribute(QStringLiteral("multifunction")), f == 0 ? QStringLiteral("on") : QString());
    }
    defineOnTestDriver(r.value());
}

void tst_HostdevXml::keepsTheRestOfTheDomain()
{
    const Result<QString> r = HostdevXml::addDevices(xml(pcXml), gpu());
    QVERIFY(r.ok());
    // Removing what was added gives back the original, element for element.
    Result<QString> back = r;
    for (const HostdevRequest &d : gpu()) {
        back = HostdevXml::removeDevice(back.value(), d);
        QVERIFY2(back.ok(), qPrintable(back ? QString() : back.error().message));
    }
    QCOMPARE(canonical(back.value()), canonical(xml(pcXml)));
    QVERIFY(r.value().startsWith(QLatin1String("<domain type=\"test\">\n  <name>")));
    QVERIFY(r.value().endsWith(QLatin1String("</domain>\n")));
    QVERIFY(r.value().contains(QLatin1String("kept &amp; untouched")));
    QVERIFY(r.value().contains(QLatin1String("xmlns:q=\"urn:example:qvirt\"")));
    QVERIFY(r.value().contains(QLatin1String("\n  <devices>\n    <!-- a comment, kept -->\n    <controller "))); // indent 2
    defineOnTestDriver(r.value());
}

void tst_HostdevXml::refused_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QVector<HostdevRequest>>("devices");
    QTest::addColumn<QString>("message");

    const QString present = xml(passthroughXml);
    QTest::newRow("gpu function already there") << present << gpu({0, 3}) << QStringLiteral("0000:3b:00.0 is already passed through");
    QTest::newRow("vf already an interface") << present << QVector<HostdevRequest>{pci(QStringLiteral("0000:5e:10.2"))}
                                             << QStringLiteral("0000:5e:10.2 is already passed through");
    QTest::newRow("vf already, as interface") << present << QVector<HostdevRequest>{sriov(QStringLiteral("5e:10.2"))}
                                              << QStringLiteral("0000:5e:10.2 is already passed through");
    QTest::newRow("usb id already") << present << QVector<HostdevRequest>{usbById(QStringLiteral("0x046d"), QStringLiteral("0xC52B"))}
                                    << QStringLiteral("USB device 0x046d:0xc52b is already passed through");
    QTest::newRow("usb address already") << present << QVector<HostdevRequest>{usbByAddress(1, 3)}
                                         << QStringLiteral("USB device 1.3 is already passed through");
    QTest::newRow("listed twice") << xml(pcXml) << QVector<HostdevRequest>{pci(QStringLiteral("0000:3b:00.0")), pci(QStringLiteral("3b:00.0"))}
                                  << QStringLiteral("0000:3b:00.0 is in the list twice");
    QTest::newRow("network") << QStringLiteral("<network><name>default</name></network>") << gpu()
                             << QStringLiteral("root element is <network>, not <domain>");
    QTest::newRow("not xml") << QStringLiteral("<domain><name>x</domain>") << gpu() << QStringLiteral("cannot be read");
    QTest::newRow("empty") << QString() << gpu() << QStringLiteral("cannot be read");
}

void tst_HostdevXml::refused()
{
    QFETCH(QString, domain);
    QFETCH(QVector<HostdevRequest>, devices);
    QFETCH(QString, message);
    const Result<QString> r = HostdevXml::addDevices(domain, devices);
    QVERIFY(!r);
    QCOMPARE(r.error().code, 0);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void tst_HostdevXml::noFreeSlot()
{
    QString domain = xml(pcXml);
    QString fillers;
    for (int slot = 0x05; slot <= 0x1f; ++slot)
        fillers += QStringLiteral("<watchdog model='i6300esb'><address type='pci' domain='0x0000' bus='0x00' slot='0x%1' function='0x0'/></watchdog>")
                       .arg(slot, 2, 16, QLatin1Char('0'));
    domain.replace(QStringLiteral("  </devices>"), fillers + QStringLiteral("</devices>"));
    Result<QString> r = HostdevXml::addDevices(domain, gpu());
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QLatin1String("No PCI slot is free")), qPrintable(r.error().message));
    // Single functions need no slot from us: libvirt adds a bridge if it must.
    r = HostdevXml::addDevices(domain, gpu({0}));
    QVERIFY(r.ok());
}

void tst_HostdevXml::removeDevice_data()
{
    QTest::addColumn<HostdevRequest>("device");
    QTest::addColumn<QStringList>("addressesLost"); // siblings whose guest address goes
    QTest::addColumn<int>("hostdevsLeft");
    QTest::addColumn<int>("interfacesLeft");

    QTest::newRow("gpu function 0") << pci(QStringLiteral("0000:3b:00.0"))
                                    << QStringList{QStringLiteral("0000:3b:00.1"), QStringLiteral("0000:3b:00.2")} << 5 << 1;
    QTest::newRow("gpu function 1") << pci(QStringLiteral("0000:3b:00.1")) << QStringList() << 5 << 1;
    QTest::newRow("vf interface") << sriov(QStringLiteral("0000:5e:10.2")) << QStringList() << 6 << 0;
    QTest::newRow("vf by pci request") << pci(QStringLiteral("0000:5e:10.2")) << QStringList() << 6 << 0;
    QTest::newRow("usb by id") << usbById(QStringLiteral("0x046d"), QStringLiteral("0xc52b")) << QStringList() << 5 << 1;
    QTest::newRow("usb by address") << usbByAddress(1, 3) << QStringList() << 5 << 1;
}

void tst_HostdevXml::removeDevice()
{
    QFETCH(HostdevRequest, device);
    QFETCH(QStringList, addressesLost);
    QFETCH(int, hostdevsLeft);
    QFETCH(int, interfacesLeft);

    const Result<QString> r = HostdevXml::removeDevice(xml(passthroughXml), device);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QDomDocument doc;
    QVERIFY(doc.setContent(r.value()));
    QCOMPARE(elements(doc, QStringLiteral("hostdev")).size(), hostdevsLeft);
    QCOMPARE(elements(doc, QStringLiteral("interface")).size(), interfacesLeft);
    const QVector<HostdevRequest> left = HostdevXml::devicesIn(r.value());
    QVERIFY(std::none_of(left.cbegin(), left.cend(), [&](const HostdevRequest &d) { return HostdevXml::sameHostDevice(d, device); }));
    for (const QString &a : {QStringLiteral("0000:3b:00.1"), QStringLiteral("0000:3b:00.2")}) {
        const QDomElement e = deviceWithSource(doc, a);
        if (e.isNull())
            continue; // the one removed
        QCOMPARE(e.firstChildElement(QStringLiteral("address")).isNull(), addressesLost.contains(a));
    }
    defineOnTestDriver(r.value());

    const Result<QString> again = HostdevXml::removeDevice(r.value(), device);
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QLatin1String("is not passed through to this guest")), qPrintable(again.error().message));
}

void tst_HostdevXml::devicesIn()
{
    const QVector<HostdevRequest> d = HostdevXml::devicesIn(xml(passthroughXml));
    QCOMPARE(d.size(), 6); // the storage hostdev (mode='capabilities') is no passthrough of ours
    QCOMPARE(d[0].kind, Kind::SriovInterface);
    QCOMPARE(d[0].hostAddress, QStringLiteral("0000:5e:10.2"));
    QCOMPARE(d[0].mac, QStringLiteral("52:54:00:ab:cd:ef"));
    QVERIFY(d[0].managed);
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(d[i].kind, Kind::Pci);
        QCOMPARE(d[i].hostAddress, QStringLiteral("0000:3b:00.%1").arg(i - 1));
    }
    QVERIFY(d[1].managed);
    QVERIFY(!d[3].managed); // libvirt's default when the attribute is missing
    QCOMPARE(d[4].kind, Kind::Usb);
    QCOMPARE(d[4].usbVendorId, QStringLiteral("0x046d"));
    QCOMPARE(d[4].usbProductId, QStringLiteral("0xc52b"));
    QCOMPARE(d[4].usbBus, -1);
    QVERIFY(!d[4].managed);
    QCOMPARE(d[5].usbBus, 1);
    QCOMPARE(d[5].usbDevice, 3);
    QVERIFY(d[5].usbVendorId.isEmpty());

    QVERIFY(HostdevXml::devicesIn(xml(pcXml)).isEmpty());
    QVERIFY(HostdevXml::devicesIn(QStringLiteral("<network/>")).isEmpty());
    QVERIFY(HostdevXml::devicesIn(QStringLiteral("garbage")).isEmpty());
    defineOnTestDriver(xml(passthroughXml));
}

void tst_HostdevXml::guestSettings_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<bool>("hide");
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<Firmware>("firmware");
    QTest::addColumn<QString>("expectedVendor");
    QTest::addColumn<Firmware>("expectedFirmware");
    QTest::addColumn<QStringList>("kept"); // paths that must survive

    const QStringList pcKept{QStringLiteral("features/acpi")};
    const QStringList q35Kept{QStringLiteral("features/acpi"), QStringLiteral("features/hyperv/relaxed")};
    const QStringList passKept{QStringLiteral("features/acpi"), QStringLiteral("features/hyperv/relaxed"),
                               QStringLiteral("features/kvm/hint-dedicated")};
    QTest::newRow("pc hide, default vendor") << xml(pcXml) << true << QString() << Firmware::Unchanged
                                             << QStringLiteral("QVirtHidden") << Firmware::Bios << pcKept;
    QTest::newRow("pc hide and uefi") << xml(pcXml) << true << QStringLiteral("GenuineIntel") << Firmware::Uefi
                                      << QStringLiteral("GenuineIntel") << Firmware::Uefi << pcKept;
    QTest::newRow("q35 hide keeps relaxed") << xml(q35Xml) << true << QStringLiteral("123456789012") << Firmware::Bios
                                            << QStringLiteral("123456789012") << Firmware::Bios << q35Kept;
    QTest::newRow("q35 no features, uefi") << xml(q35FreshXml) << true << QString() << Firmware::Uefi
                                           << QStringLiteral("QVirtHidden") << Firmware::Uefi << QStringList();
    QTest::newRow("pc nothing to unhide") << xml(pcXml) << false << QString() << Firmware::Unchanged << QString() << Firmware::Bios << pcKept;
    QTest::newRow("unhide keeps the rest") << xml(passthroughXml) << false << QString() << Firmware::Unchanged
                                           << QString() << Firmware::Uefi << passKept;
    QTest::newRow("unhide and bios") << xml(passthroughXml) << false << QString() << Firmware::Bios << QString() << Firmware::Bios << passKept;
    QTest::newRow("uefi stays as it is") << xml(passthroughXml) << true << QString() << Firmware::Uefi
                                         << QStringLiteral("QVirtHidden") << Firmware::Uefi << passKept;
}

void tst_HostdevXml::guestSettings()
{
    QFETCH(QString, domain);
    QFETCH(bool, hide);
    QFETCH(QString, vendor);
    QFETCH(Firmware, firmware);
    QFETCH(QString, expectedVendor);
    QFETCH(Firmware, expectedFirmware);
    QFETCH(QStringList, kept);

    HostdevXml::GuestSettings s;
    s.hypervisorHidden = hide;
    s.hypervVendorId = vendor;
    s.firmware = firmware;
    const Result<QString> r = HostdevXml::applyGuestSettings(domain, s);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));

    const HostdevXml::GuestSettings in = HostdevXml::guestSettingsIn(r.value());
    QCOMPARE(in.hypervisorHidden, hide);
    QCOMPARE(in.hypervVendorId, expectedVendor);
    QCOMPARE(in.firmware, expectedFirmware);

    QDomDocument doc;
    QVERIFY(doc.setContent(r.value()));
    const QDomElement root = doc.documentElement();
    for (const QString &path : kept) {
        QDomElement e = root;
        for (const QString &tag : path.split(QLatin1Char('/')))
            e = e.firstChildElement(tag);
        QVERIFY2(!e.isNull(), qPrintable(path));
    }
    const QDomElement features = root.firstChildElement(QStringLiteral("features"));
    if (hide) {
        QCOMPARE(features.previousSiblingElement().tagName(), QStringLiteral("os")); // where libvirt writes it
        QCOMPARE(features.firstChildElement(QStringLiteral("kvm")).elementsByTagName(QStringLiteral("hidden")).size(), 1);
        QCOMPARE(features.firstChildElement(QStringLiteral("hyperv")).elementsByTagName(QStringLiteral("vendor_id")).size(), 1);
    } else {
        QVERIFY(features.firstChildElement(QStringLiteral("kvm")).firstChildElement(QStringLiteral("hidden")).isNull());
        QVERIFY(features.firstChildElement(QStringLiteral("hyperv")).firstChildElement(QStringLiteral("vendor_id")).isNull());
    }
    const QDomElement os = root.firstChildElement(QStringLiteral("os"));
    if (expectedFirmware == Firmware::Bios) {
        QVERIFY(os.firstChildElement(QStringLiteral("loader")).isNull());
        QVERIFY(os.firstChildElement(QStringLiteral("nvram")).isNull());
        QVERIFY(!os.hasAttribute(QStringLiteral("firmware")));
    }
    if (firmware == Firmware::Uefi && HostdevXml::guestSettingsIn(domain).firmware == Firmware::Bios)
        QCOMPARE(os.attribute(QStringLiteral("firmware")), QStringLiteral("efi"));
    if (firmware == Firmware::Unchanged)
        QCOMPARE(r.value().contains(QLatin1String("<loader")), domain.contains(QLatin1String("<loader")));

    // Applying what was read back changes nothing more.
    const Result<QString> again = HostdevXml::applyGuestSettings(r.value(), in);
    QVERIFY(again.ok());
    QCOMPARE(canonical(again.value()), canonical(r.value()));

    // Turning hiding off afterwards takes out exactly what hiding put in.
    if (hide && firmware == Firmware::Unchanged) {
        HostdevXml::GuestSettings off;
        const Result<QString> unhidden = HostdevXml::applyGuestSettings(r.value(), off);
        QVERIFY(unhidden.ok());
        QCOMPARE(canonical(unhidden.value()), canonical(domain));
    }
    defineOnTestDriver(r.value());
}

void tst_HostdevXml::guestSettingsRefused()
{
    HostdevXml::GuestSettings s;
    s.hypervisorHidden = true;
    s.hypervVendorId = QStringLiteral("1234567890123");
    Result<QString> r = HostdevXml::applyGuestSettings(xml(pcXml), s);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QLatin1String("1 to 12")), qPrintable(r.error().message));
    s.hypervVendorId = QStringLiteral("a,b");
    QVERIFY(!HostdevXml::applyGuestSettings(xml(pcXml), s));
    s.hypervVendorId = QStringLiteral("a b");
    QVERIFY(!HostdevXml::applyGuestSettings(xml(pcXml), s));
    s.hypervisorHidden = false; // the vendor matters only when hiding
    QVERIFY(HostdevXml::applyGuestSettings(xml(pcXml), s).ok());
    r = HostdevXml::applyGuestSettings(QStringLiteral("<network/>"), s);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(QLatin1String("<network>")));

    const HostdevXml::GuestSettings unreadable = HostdevXml::guestSettingsIn(QStringLiteral("<domain"));
    QCOMPARE(unreadable.firmware, Firmware::Unchanged);
    QVERIFY(!unreadable.hypervisorHidden);
}

void tst_HostdevXml::vfPool()
{
    const QString net = HostdevXml::vfPoolNetworkXml(QStringLiteral("sriov-pool<1>"),
                                                     {QStringLiteral("0000:5e:10.0"), QStringLiteral("nonsense"), QStringLiteral("5e:10.2")});
    QCOMPARE(net, QStringLiteral(R"(<network>
  <name>sriov-pool&lt;1&gt;</name>
  <forward mode="hostdev" managed="yes">
    <address type="pci" domain="0x0000" bus="0x5e" slot="0x10" function="0x0"/>
    <address type="pci" domain="0x0000" bus="0x5e" slot="0x10" function="0x2"/>
  </forward>
</network>)"));
    QCOMPARE(HostdevXml::vfPoolInterfaceXml(QStringLiteral("sriov-pool")), QStringLiteral(R"(<interface type="network">
  <source network="sriov-pool"/>
</interface>)"));
    QCOMPARE(canonical(HostdevXml::vfPoolInterfaceXml(QStringLiteral("sriov-pool"), QStringLiteral("52:54:00:AA:00:01"))),
             QStringLiteral(R"(<interface type="network"><mac address="52:54:00:aa:00:01"></mac><source network="sriov-pool"></source></interface>)"));

    const QString pool = HostdevXml::vfPoolNetworkXml(QStringLiteral("qvirt-hostdevxml-pool"), {QStringLiteral("0000:5e:10.0")});
    virNetworkPtr n = virNetworkDefineXMLFlags(m_test, pool.toUtf8().constData(), VIR_NETWORK_DEFINE_VALIDATE);
    QVERIFY2(n, virGetLastErrorMessage());
    virNetworkUndefine(n);
    virNetworkFree(n);

    QString domain = xml(q35FreshXml);
    domain.replace(QStringLiteral("</os>"), QStringLiteral("</os><devices>%1</devices>")
                                              .arg(HostdevXml::vfPoolInterfaceXml(QStringLiteral("default"), QStringLiteral("52:54:00:aa:00:01"))));
    defineOnTestDriver(domain);
}

QTEST_GUILESS_MAIN(tst_HostdevXml)
#include "tst_hostdevxml.moc"
