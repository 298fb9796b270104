#include "connection.h"
#include "hostdevice.h"
#include "testutil.h"

#include <QtTest>

using namespace TestUtil;

// Node-device parsing and IOMMU grouping on a test host with a realistic PCI
// topology (tests/data/pci-host.xml).
class tst_HostDevice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesPciAndUsb();
    void gpuGroupHasFourFunctions();
    void sriov();
    void bridgeIsNotAnEndpoint();
    void viability();

private:
    QVector<HostDevice> m_devices;
    const HostDevice *find(const QString &address) const;
};

void tst_HostDevice::initTestCase()
{
    Connection c(dataUri("pci-host.xml"));
    QVERIFY(openAndLoad(&c));
    const auto r = await(c.hostDevices());
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    m_devices = r.value();
}

const HostDevice *tst_HostDevice::find(const QString &address) const
{
    for (const HostDevice &d : m_devices) {
        if (d.address == address)
            return &d;
    }
    return nullptr;
}

void tst_HostDevice::parsesPciAndUsb()
{
    const HostDevice *gpu = find(QStringLiteral("0000:3b:00.0"));
    QVERIFY(gpu);
    QCOMPARE(gpu->name, QStringLiteral("pci_0000_3b_00_0"));
    QVERIFY(gpu->isDisplay());
    QCOMPARE(gpu->vendorId, QStringLiteral("0x10de"));
    QCOMPARE(gpu->productName, QStringLiteral("TU104 [GeForce RTX 2080 Rev. A]"));
    QCOMPARE(gpu->iommuGroup, 13);
    int usb = 0;
    for (const HostDevice &d : std::as_const(m_devices)) {
        if (d.kind == HostDevice::Kind::Usb) {
            ++usb;
            QCOMPARE(d.usbBus, 1);
            QCOMPARE(d.usbDevice, 3);
            QCOMPARE(d.vendorName, QStringLiteral("Logitech, Inc."));
        }
    }
    QCOMPARE(usb, 1);

    // The driver element, which the test driver drops, parsed from libvirt's XML as a real host sends it.
    HostDevice d;
    QVERIFY(parseNodeDeviceXml(QStringLiteral("<device><name>pci_0000_00_03_0</name><driver><name>virtio-pci</name></driver>"
                                              "<capability type='pci'><class>0x020000</class><domain>0</domain><bus>0</bus><slot>3</slot>"
                                              "<function>0</function></capability></device>"), &d));
    QCOMPARE(d.driver, QStringLiteral("virtio-pci"));
    QCOMPARE(d.address, QStringLiteral("0000:00:03.0"));
    QVERIFY(!d.isDetached());
    QVERIFY(!parseNodeDeviceXml(QStringLiteral("<domain/>"), &d));
}

void tst_HostDevice::gpuGroupHasFourFunctions()
{
    const QVector<IommuGroup> groups = groupByIommu(m_devices);
    const auto it = std::find_if(groups.cbegin(), groups.cend(), [](const IommuGroup &g) { return g.number == 13; });
    QVERIFY(it != groups.cend());
    QCOMPARE(it->devices.size(), 4);
    QCOMPARE(it->endpoints().size(), 4);
    QCOMPARE(it->devices.first().address, QStringLiteral("0000:3b:00.0"));
    QCOMPARE(it->devices.last().address, QStringLiteral("0000:3b:00.3"));
    QCOMPARE(find(QStringLiteral("0000:3b:00.2"))->groupAddresses.size(), 4);
}

void tst_HostDevice::sriov()
{
    const HostDevice *pf = find(QStringLiteral("0000:5e:00.0"));
    QVERIFY(pf);
    QCOMPARE(pf->sriov, HostDevice::SriovRole::PhysicalFunction);
    QCOMPARE(pf->virtualFunctions, QStringList({QStringLiteral("0000:5e:10.0"), QStringLiteral("0000:5e:10.2")}));
    const HostDevice *vf = find(QStringLiteral("0000:5e:10.2"));
    QVERIFY(vf);
    QCOMPARE(vf->sriov, HostDevice::SriovRole::VirtualFunction);
    QCOMPARE(vf->physicalFunction, QStringLiteral("0000:5e:00.0"));
    QCOMPARE(vf->iommuGroup, 41); // each VF isolated in its own group
}

void tst_HostDevice::bridgeIsNotAnEndpoint()
{
    const QVector<IommuGroup> groups = groupByIommu(m_devices);
    const auto it = std::find_if(groups.cbegin(), groups.cend(), [](const IommuGroup &g) { return g.number == 7; });
    QVERIFY(it != groups.cend());
    QCOMPARE(it->devices.size(), 2);
    QCOMPARE(it->endpoints().size(), 1); // the NVMe drive; the root port is explained, not added
    QCOMPARE(it->endpoints().first().address, QStringLiteral("0000:02:00.0"));
    QVERIFY(find(QStringLiteral("0000:00:1c.0"))->isBridge());
}

void tst_HostDevice::viability()
{
    // Non-isolated group 9: SATA and SMBus share it; both bound to host drivers on a real host.
    IommuGroup g;
    g.number = 9;
    HostDevice sata = *find(QStringLiteral("0000:00:17.0"));
    HostDevice smbus = *find(QStringLiteral("0000:00:1f.4"));
    sata.driver = QStringLiteral("ahci");
    smbus.driver = QStringLiteral("i801_smbus");
    g.devices = {sata, smbus};
    QVERIFY(!g.isViable());
    QCOMPARE(g.blockers().size(), 2);
    g.devices[0].driver = QStringLiteral("vfio-pci");
    QCOMPARE(g.blockers().size(), 1);
    QCOMPARE(g.blockers().first().address, QStringLiteral("0000:00:1f.4"));
    g.devices[1].driver.clear(); // unbound
    QVERIFY(g.isViable());
}

QTEST_GUILESS_MAIN(tst_HostDevice)
#include "tst_hostdevice.moc"
