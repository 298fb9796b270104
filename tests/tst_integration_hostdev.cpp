#include "hostdevxml.h"
#include "integrationhost.h"

#include <QDomDocument>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace IH = IntegrationHost;
using Firmware = HostdevXml::GuestSettings::Firmware;

namespace {

// Host addresses of hardware this machine does not have: libvirt checks
// hostdev XML when it defines a domain and the hardware only when it starts one.
const QStringList gpuFunctions{QStringLiteral("0000:3b:00.0"), QStringLiteral("0000:3b:00.1"), QStringLiteral("0000:3b:00.2"),
                               QStringLiteral("0000:3b:00.3")};
const QString vfAddress = QStringLiteral("0000:5e:10.2");
const QString vfMac = QStringLiteral("52:54:00:6d:90:02");

QVector<HostdevRequest> passthroughRequests()
{
    QVector<HostdevRequest> list;
    for (const QString &a : gpuFunctions) {
        HostdevRequest r;
        r.hostAddress = a;
        list << r;
    }
    HostdevRequest vf;
    vf.kind = HostdevRequest::Kind::SriovInterface;
    vf.hostAddress = vfAddress;
    vf.mac = vfMac;
    HostdevRequest usb;
    usb.kind = HostdevRequest::Kind::Usb;
    usb.usbVendorId = QStringLiteral("0x046d");
    usb.usbProductId = QStringLiteral("0xc52b");
    return list << vf << usb;
}

QVector<QDomElement> deviceElements(const QDomDocument &doc)
{
    QVector<QDomElement> list;
    for (QDomElement e = doc.documentElement().firstChildElement(QStringLiteral("devices")).firstChildElement(); !e.isNull();
         e = e.nextSiblingElement())
        list << e;
    return list;
}

// The guest <address> of the hostdev whose source is this host PCI function.
QDomElement guestAddressOf(const QDomDocument &doc, const QString &hostAddress)
{
    for (const QDomElement &e : deviceElements(doc)) {
        const QDomElement s = e.firstChildElement(QStringLiteral("source")).firstChildElement(QStringLiteral("address"));
        if (e.tagName() == QLatin1String("hostdev") && !s.isNull()
            && pciAddress(s.attribute(QStringLiteral("domain")).toInt(nullptr, 0), s.attribute(QStringLiteral("bus")).toInt(nullptr, 0),
                          s.attribute(QStringLiteral("slot")).toInt(nullptr, 0), s.attribute(QStringLiteral("function")).toInt(nullptr, 0))
                == hostAddress)
            return e.firstChildElement(QStringLiteral("address"));
    }
    return {};
}

QString slotOf(const QDomElement &address)
{
    return QStringLiteral("%1:%2:%3").arg(address.attribute(QStringLiteral("domain")).toInt(nullptr, 0))
        .arg(address.attribute(QStringLiteral("bus")).toInt(nullptr, 0))
        .arg(address.attribute(QStringLiteral("slot")).toInt(nullptr, 0));
}

} // namespace

// Passthrough XML as the real QEMU driver takes it: defined (never started) on
// i440fx and q35 guests, read back, and checked for what libvirt kept.
class tst_IntegrationHostdev : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void passthrough_data();
    void passthrough();
    void vfPoolNetwork();

private:
    // libvirt's inactive XML of the domain defined from xml; empty when libvirt refused it (see m_error).
    QString define(const QString &xml);
    void checkPassthrough(const QString &libvirtXml, const QString &generatedXml, bool q35);

    virConnectPtr m_conn = nullptr;
    QStringList m_domains;
    QString m_network;
    QString m_error;
};

void tst_IntegrationHostdev::initTestCase()
{
    virSetErrorFunc(nullptr, [](void *, virErrorPtr) {}); // the checks print libvirt's message
    m_conn = virConnectOpen(IH::uri().toUtf8().constData());
    QVERIFY2(m_conn, qPrintable(QStringLiteral("%1 does not answer: %2").arg(IH::uri(), QString::fromUtf8(virGetLastErrorMessage()))));
}

void tst_IntegrationHostdev::cleanupTestCase()
{
    if (!m_conn)
        return;
    for (const QString &name : std::as_const(m_domains)) {
        if (virDomainPtr d = virDomainLookupByName(m_conn, name.toUtf8().constData())) {
            virDomainUndefineFlags(d, VIR_DOMAIN_UNDEFINE_NVRAM);
            virDomainFree(d);
        }
    }
    if (!m_network.isEmpty()) {
        if (virNetworkPtr n = virNetworkLookupByName(m_conn, m_network.toUtf8().constData())) {
            virNetworkUndefine(n);
            virNetworkFree(n);
        }
    }
    virConnectClose(m_conn);
}

QString tst_IntegrationHostdev::define(const QString &xml)
{
    virDomainPtr d = virDomainDefineXMLFlags(m_conn, xml.toUtf8().constData(), VIR_DOMAIN_DEFINE_VALIDATE); // against the schema too
    if (!d) {
        m_error = QString::fromUtf8(virGetLastErrorMessage()) + QLatin1Char('\n') + xml;
        return {};
    }
    const QString name = QString::fromUtf8(virDomainGetName(d));
    if (!m_domains.contains(name))
        m_domains << name;
    char *out = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_INACTIVE);
    virDomainFree(d);
    if (!out) {
        m_error = QString::fromUtf8(virGetLastErrorMessage());
        return {};
    }
    const QString result = QString::fromUtf8(out);
    free(out);
    return result;
}

void tst_IntegrationHostdev::checkPassthrough(const QString &libvirtXml, const QString &generatedXml, bool q35)
{
    // Every device came back, managed, the VF with its MAC.
    const QVector<HostdevRequest> in = HostdevXml::devicesIn(libvirtXml);
    const QVector<HostdevRequest> wanted = passthroughRequests();
    QCOMPARE(in.size(), wanted.size());
    for (const HostdevRequest &w : wanted) {
        const auto it = std::find_if(in.cbegin(), in.cend(), [&](const HostdevRequest &d) { return HostdevXml::sameHostDevice(d, w); });
        QVERIFY2(it != in.cend(), qPrintable(HostdevXml::element(w)));
        QCOMPARE(it->kind, w.kind);
        QVERIFY(it->managed);
        QCOMPARE(it->mac, w.mac);
    }

    // The GPU's functions kept the slot we gave them: one guest slot, host function numbers, multifunction on 0.
    QDomDocument libvirtDoc, generatedDoc;
    QVERIFY(libvirtDoc.setContent(libvirtXml));
    QVERIFY(generatedDoc.setContent(generatedXml));
    const QDomElement first = guestAddressOf(libvirtDoc, gpuFunctions.first());
    QVERIFY(!first.isNull());
    const QString slot = slotOf(first);
    for (int f = 0; f < gpuFunctions.size(); ++f) {
        const QDomElement a = guestAddressOf(libvirtDoc, gpuFunctions[f]);
        const QDomElement ours = guestAddressOf(generatedDoc, gpuFunctions[f]);
        QCOMPARE(slotOf(a), slotOf(ours));
        QCOMPARE(slotOf(a), slot);
        QCOMPARE(a.attribute(QStringLiteral("function")).toInt(nullptr, 0), f);
        QCOMPARE(a.attribute(QStringLiteral("multifunction")), f == 0 ? QStringLiteral("on") : QString());
    }
    // Nothing else of libvirt's landed on that slot.
    int onSlot = 0;
    for (const QDomElement &e : deviceElements(libvirtDoc)) {
        const QDomElement a = e.firstChildElement(QStringLiteral("address"));
        if (a.attribute(QStringLiteral("type")) == QLatin1String("pci") && slotOf(a) == slot)
            ++onSlot;
    }
    QCOMPARE(onSlot, gpuFunctions.size());

    const int bus = first.attribute(QStringLiteral("bus")).toInt(nullptr, 0);
    if (q35) {
        QCOMPARE(first.attribute(QStringLiteral("slot")).toInt(nullptr, 0), 0);
        const QVector<QDomElement> all = deviceElements(libvirtDoc);
        const auto port = std::find_if(all.cbegin(), all.cend(), [&](const QDomElement &e) {
            return e.tagName() == QLatin1String("controller") && e.attribute(QStringLiteral("type")) == QLatin1String("pci")
                && e.attribute(QStringLiteral("index")).toInt() == bus;
        });
        QVERIFY(port != all.cend());
        QCOMPARE(port->attribute(QStringLiteral("model")), QStringLiteral("pcie-root-port"));
    } else {
        QCOMPARE(bus, 0);
        QVERIFY(first.attribute(QStringLiteral("slot")).toInt(nullptr, 0) >= 2);
    }
}

void tst_IntegrationHostdev::passthrough_data()
{
    QTest::addColumn<QString>("machine");
    QTest::newRow("i440fx") << QStringLiteral("pc");
    QTest::newRow("q35") << QStringLiteral("q35");
}

void tst_IntegrationHostdev::passthrough()
{
    QFETCH(QString, machine);
    const bool q35 = machine == QLatin1String("q35");
    const QString name = QStringLiteral("qvirt-test-hostdev-%1-%2").arg(machine).arg(QCoreApplication::applicationPid());
    // The disk is never created: the guest is never started.
    QString xml = IH::tcgDomainXml(name, QStringLiteral("/var/lib/libvirt/images/%1.qcow2").arg(name));
    xml.replace(QStringLiteral("machine='pc'"), QStringLiteral("machine='%1'").arg(machine));
    xml.replace(QStringLiteral("<vcpu>"), QStringLiteral("<features><acpi/><hyperv><relaxed state='on'/></hyperv></features><vcpu>"));

    // As the application does it: libvirt's own inactive XML in, ours back.
    const QString base = define(xml);
    QVERIFY2(!base.isEmpty(), qPrintable(m_error));
    const Result<QString> added = HostdevXml::addDevices(base, passthroughRequests());
    QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
    const QString withDevices = define(added.value());
    QVERIFY2(!withDevices.isEmpty(), qPrintable(m_error));
    checkPassthrough(withDevices, added.value(), q35);
    if (QTest::currentTestFailed())
        return;

    // Adding them again is refused before libvirt sees it.
    const Result<QString> twice = HostdevXml::addDevices(withDevices, passthroughRequests());
    QVERIFY(!twice);
    QVERIFY(twice.error().message.contains(QLatin1String("already passed through")));

    // Hidden hypervisor and UEFI.
    HostdevXml::GuestSettings s;
    s.hypervisorHidden = true;
    s.hypervVendorId = QStringLiteral("QVirtTest");
    s.firmware = Firmware::Uefi;
    const Result<QString> hidden = HostdevXml::applyGuestSettings(withDevices, s);
    QVERIFY2(hidden.ok(), qPrintable(hidden ? QString() : hidden.error().message));
    const QString hiddenBack = define(hidden.value());
    QVERIFY2(!hiddenBack.isEmpty(), qPrintable(m_error));
    const HostdevXml::GuestSettings read = HostdevXml::guestSettingsIn(hiddenBack);
    QVERIFY(read.hypervisorHidden);
    QCOMPARE(read.hypervVendorId, QStringLiteral("QVirtTest"));
    QCOMPARE(read.firmware, Firmware::Uefi);
    QDomDocument doc;
    QVERIFY(doc.setContent(hiddenBack));
    const QDomElement root = doc.documentElement();
    const QDomElement features = root.firstChildElement(QStringLiteral("features"));
    QCOMPARE(features.firstChildElement(QStringLiteral("kvm")).firstChildElement(QStringLiteral("hidden")).attribute(QStringLiteral("state")),
             QStringLiteral("on"));
    const QDomElement vendor = features.firstChildElement(QStringLiteral("hyperv")).firstChildElement(QStringLiteral("vendor_id"));
    QCOMPARE(vendor.attribute(QStringLiteral("state")), QStringLiteral("on"));
    QCOMPARE(vendor.attribute(QStringLiteral("value")), QStringLiteral("QVirtTest"));
    QVERIFY(!features.firstChildElement(QStringLiteral("hyperv")).firstChildElement(QStringLiteral("relaxed")).isNull());
    QVERIFY(!features.firstChildElement(QStringLiteral("acpi")).isNull());
    QCOMPARE(root.firstChildElement(QStringLiteral("os")).attribute(QStringLiteral("firmware")), QStringLiteral("efi"));
    checkPassthrough(hiddenBack, added.value(), q35);
    if (QTest::currentTestFailed())
        return;

    // And back: BIOS, hypervisor visible, the other features untouched.
    const Result<QString> shown = HostdevXml::applyGuestSettings(hiddenBack, HostdevXml::GuestSettings{false, {}, Firmware::Bios});
    QVERIFY(shown.ok());
    const QString shownBack = define(shown.value());
    QVERIFY2(!shownBack.isEmpty(), qPrintable(m_error));
    const HostdevXml::GuestSettings visible = HostdevXml::guestSettingsIn(shownBack);
    QVERIFY(!visible.hypervisorHidden);
    QVERIFY(visible.hypervVendorId.isEmpty());
    QCOMPARE(visible.firmware, Firmware::Bios);
    QVERIFY(shownBack.contains(QLatin1String("<relaxed state='on'/>")));
    QVERIFY(shownBack.contains(QLatin1String("<acpi/>")));
    QVERIFY(!shownBack.contains(QLatin1String("<hidden")));

    // Removing the GPU takes all four functions out; the rest stays.
    Result<QString> removed = shownBack;
    for (const QString &a : gpuFunctions) {
        HostdevRequest r;
        r.hostAddress = a;
        removed = HostdevXml::removeDevice(removed.value(), r);
        QVERIFY2(removed.ok(), qPrintable(removed ? QString() : removed.error().message));
    }
    const QString removedBack = define(removed.value());
    QVERIFY2(!removedBack.isEmpty(), qPrintable(m_error));
    const QVector<HostdevRequest> left = HostdevXml::devicesIn(removedBack);
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.first().kind == HostdevRequest::Kind::Usb ? left.last().kind : left.first().kind, HostdevRequest::Kind::SriovInterface);
}

void tst_IntegrationHostdev::vfPoolNetwork()
{
    // libvirt checks at definition that every address is a VF of this host:
    // real ones when there are, else made-up ones it must refuse for that alone.
    QStringList vfs;
    const QDir pci(QStringLiteral("/sys/bus/pci/devices"));
    for (const QString &a : pci.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (vfs.size() < 2 && QFileInfo::exists(pci.filePath(a + QStringLiteral("/physfn"))))
            vfs << a;
    }
    const bool realVfs = !vfs.isEmpty();
    if (!realVfs)
        vfs = QStringList{QStringLiteral("0000:5e:10.0"), QStringLiteral("0000:5e:10.2")};

    m_network = QStringLiteral("qvirt-test-vfpool-%1").arg(QCoreApplication::applicationPid());
    const QString xml = HostdevXml::vfPoolNetworkXml(m_network, vfs);
    virNetworkPtr n = virNetworkDefineXMLFlags(m_conn, xml.toUtf8().constData(), VIR_NETWORK_DEFINE_VALIDATE);
    if (realVfs) {
        QVERIFY2(n, qPrintable(QString::fromUtf8(virGetLastErrorMessage()) + QLatin1Char('\n') + xml));
        char *out = virNetworkGetXMLDesc(n, VIR_NETWORK_XML_INACTIVE);
        const QString back = QString::fromUtf8(out);
        free(out);
        QVERIFY2(back.contains(QLatin1String("<forward mode='hostdev' managed='yes'>")), qPrintable(back));
        QCOMPARE(back.count(QLatin1String("<address type='pci'")), vfs.size());
        QCOMPARE(virNetworkUndefine(n), 0);
        virNetworkFree(n);
    } else {
        // Past the schema and the parser: only the hardware is missing.
        const QString error = QString::fromUtf8(virGetLastErrorMessage());
        QVERIFY2(!n, qPrintable(xml));
        QVERIFY2(error.contains(QLatin1String("'/sys/bus/pci/devices/0000:5e:10.0'"))
                     && error.contains(QLatin1String("is not an SR-IOV Virtual Function")),
                 qPrintable(error));
    }
    m_network.clear();

    // A guest interface that takes its VF from the pool; the pool is looked up only at start.
    const QString name = QStringLiteral("qvirt-test-hostdev-vfpool-%1").arg(QCoreApplication::applicationPid());
    QString domain = IH::tcgDomainXml(name, QStringLiteral("/var/lib/libvirt/images/%1.qcow2").arg(name));
    domain.replace(QStringLiteral("</devices>"), HostdevXml::vfPoolInterfaceXml(QStringLiteral("qvirt-test-vfpool"), vfMac)
                                                    + QStringLiteral("</devices>"));
    const QString domainBack = define(domain);
    QVERIFY2(!domainBack.isEmpty(), qPrintable(m_error));
    QVERIFY(domainBack.contains(QStringLiteral("<source network='qvirt-test-vfpool'/>")));
    QVERIFY(domainBack.contains(QStringLiteral("<mac address='%1'/>").arg(vfMac)));
}

QTEST_GUILESS_MAIN(tst_IntegrationHostdev)
#include "tst_integration_hostdev.moc"
