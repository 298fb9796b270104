#include "passthroughreadiness.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Outcome = PassthroughReadiness::Outcome;

Q_DECLARE_METATYPE(PassthroughReadiness::Outcome)

// The readiness checklist on fixture /proc and /sys trees, and for remote hosts
// from libvirt's domain capabilities (tests/data/domcaps-*.xml) and node devices
// (tests/data/pci-host.xml).
class tst_PassthroughReadiness : public QObject
{
    Q_OBJECT

private slots:
    void readyHost();
    void iommuOffAndNouveau();
    void intremapOffAndNoVtdIr();
    void fromLibvirt_data();
    void fromLibvirt();
    void fromLibvirtSharesTheLocalTexts();

private:
    static QString readData(const QString &name);
    static QVector<HostDevice> hostDevices(const QString &scenario);
    static void write(const QString &root, const QString &path, const QByteArray &content);
    static void gpu(const QString &root, const QString &address, const char *driver);
    static PassthroughReadiness::Check find(const QVector<PassthroughReadiness::Check> &checks, const char *id);
};

void tst_PassthroughReadiness::write(const QString &root, const QString &path, const QByteArray &content)
{
    const QString full = root + QLatin1Char('/') + path;
    QDir().mkpath(QFileInfo(full).path());
    QFile f(full);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// A PCI graphics card bound to driver (a symlink into sys/bus/pci/drivers, as the kernel makes it).
void tst_PassthroughReadiness::gpu(const QString &root, const QString &address, const char *driver)
{
    write(root, QStringLiteral("sys/bus/pci/devices/%1/class").arg(address), "0x030000\n");
    const QString drv = root + QStringLiteral("/sys/bus/pci/drivers/") + QLatin1String(driver);
    QDir().mkpath(drv);
    QVERIFY(QFile::link(drv, root + QStringLiteral("/sys/bus/pci/devices/%1/driver").arg(address)));
}

PassthroughReadiness::Check tst_PassthroughReadiness::find(const QVector<PassthroughReadiness::Check> &checks, const char *id)
{
    for (const auto &c : checks) {
        if (c.id == QLatin1String(id))
            return c;
    }
    return {};
}

void tst_PassthroughReadiness::readyHost()
{
    QTemporaryDir root;
    write(root.path(), QStringLiteral("proc/cmdline"), "BOOT_IMAGE=/vmlinuz root=/dev/sda1 intel_iommu=on iommu=pt\n");
    for (int g : {0, 1, 13})
        QDir().mkpath(root.filePath(QStringLiteral("sys/kernel/iommu_groups/%1/devices").arg(g)));
    gpu(root.path(), QStringLiteral("0000:3b:00.0"), "vfio-pci"); // the RTX 2080, ready
    write(root.path(), QStringLiteral("sys/class/iommu/dmar0/intel-iommu/ecap"), "f0205ef\n"); // IR bit (3) set
    const auto checks = PassthroughReadiness::check(root.path());
    QCOMPARE(checks.size(), 4);
    QCOMPARE(find(checks, "iommu").outcome, Outcome::Pass);
    QVERIFY(find(checks, "iommu").detail.contains(QLatin1String("3")));
    QCOMPARE(find(checks, "vfio").outcome, Outcome::Pass);
    QCOMPARE(find(checks, "gpu-driver").outcome, Outcome::Pass);
    QCOMPARE(find(checks, "interrupt-remapping").outcome, Outcome::Pass);
}

void tst_PassthroughReadiness::iommuOffAndNouveau()
{
    QTemporaryDir root;
    write(root.path(), QStringLiteral("proc/cmdline"), "BOOT_IMAGE=/vmlinuz root=/dev/sda1 quiet\n");
    gpu(root.path(), QStringLiteral("0000:3b:00.0"), "nouveau");
    const auto checks = PassthroughReadiness::check(root.path());
    const auto iommu = find(checks, "iommu");
    QCOMPARE(iommu.outcome, Outcome::Fail);
    QVERIFY(iommu.fix.contains(QLatin1String("intel_iommu=on")));
    QCOMPARE(find(checks, "vfio").outcome, Outcome::Fail);
    const auto g = find(checks, "gpu-driver");
    QCOMPARE(g.outcome, Outcome::Fail);
    QVERIFY(g.detail.contains(QLatin1String("0000:3b:00.0")));
    QVERIFY(g.fix.contains(QLatin1String("modeset=0")));
    QCOMPARE(find(checks, "interrupt-remapping").outcome, Outcome::Unknown);
}

void tst_PassthroughReadiness::intremapOffAndNoVtdIr()
{
    QTemporaryDir root;
    write(root.path(), QStringLiteral("proc/cmdline"), "intel_iommu=on intremap=off\n");
    write(root.path(), QStringLiteral("sys/class/iommu/dmar0/intel-iommu/ecap"), "f020a0\n");
    QCOMPARE(find(PassthroughReadiness::check(root.path()), "interrupt-remapping").outcome, Outcome::Fail);
    write(root.path(), QStringLiteral("proc/cmdline"), "intel_iommu=on\n");
    // No groups although the command line asks: firmware has VT-d off.
    const auto checks = PassthroughReadiness::check(root.path());
    QVERIFY(find(checks, "iommu").detail.contains(QLatin1String("firmware")));
    QCOMPARE(find(checks, "interrupt-remapping").outcome, Outcome::Fail); // ecap without IR
}

QString tst_PassthroughReadiness::readData(const QString &name)
{
    QFile f(QStringLiteral(QVIRT_TEST_DATA "/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The node devices of tests/data/pci-host.xml as libvirt would list them for a scenario.
// The test driver drops <driver>, so the drivers a real host reports are set here.
QVector<HostDevice> tst_PassthroughReadiness::hostDevices(const QString &scenario)
{
    const QHash<QString, QString> hostDrivers = {
        {QStringLiteral("0000:3b:00.0"), QStringLiteral("nouveau")},   {QStringLiteral("0000:3b:00.1"), QStringLiteral("snd_hda_intel")},
        {QStringLiteral("0000:3b:00.2"), QStringLiteral("xhci_hcd")},  {QStringLiteral("0000:3b:00.3"), QStringLiteral("nvidia-gpu")},
        {QStringLiteral("0000:5e:00.0"), QStringLiteral("igb")},       {QStringLiteral("0000:5e:10.0"), QStringLiteral("igbvf")},
        {QStringLiteral("0000:5e:10.2"), QStringLiteral("igbvf")},     {QStringLiteral("0000:00:1c.0"), QStringLiteral("pcieport")},
        {QStringLiteral("0000:02:00.0"), QStringLiteral("nvme")},      {QStringLiteral("0000:00:17.0"), QStringLiteral("ahci")},
        {QStringLiteral("0000:00:1f.4"), QStringLiteral("i801_smbus")},
    };
    static const QRegularExpression device(QStringLiteral("<device>.*?</device>"), QRegularExpression::DotMatchesEverythingOption);
    QVector<HostDevice> list;
    if (scenario == QLatin1String("none"))
        return list;
    for (const auto &m : device.globalMatch(readData(QStringLiteral("pci-host.xml")))) {
        HostDevice d;
        if (!parseNodeDeviceXml(m.captured(), &d))
            continue;
        // "pci-host" keeps them as the test driver gives them, without drivers.
        if (scenario != QLatin1String("pci-host"))
            d.driver = hostDrivers.value(d.address);
        if (scenario == QLatin1String("vfio") && d.address.startsWith(QLatin1String("0000:3b:00.")))
            d.driver = QStringLiteral("vfio-pci"); // the whole GPU group detached
        if (scenario == QLatin1String("unbound-gpu") && d.isDisplay())
            d.driver.clear(); // a real host omits <driver> for an unbound device
        if (scenario == QLatin1String("iommu-off"))
            d.iommuGroup = -1;
        if ((scenario == QLatin1String("usb-only") && d.kind != HostDevice::Kind::Usb)
            || (scenario == QLatin1String("no-gpu") && d.isDisplay()))
            continue;
        list << d;
    }
    return list;
}

void tst_PassthroughReadiness::fromLibvirt_data()
{
    QTest::addColumn<QString>("caps");    // file in tests/data, or XML text
    QTest::addColumn<QString>("devices"); // a hostDevices() scenario
    QTest::addColumn<Outcome>("iommu");
    QTest::addColumn<Outcome>("vfio");
    QTest::addColumn<Outcome>("gpu");

    QTest::newRow("ready") << "domcaps-vfio.xml" << "vfio" << Outcome::Pass << Outcome::Pass << Outcome::Pass;
    QTest::newRow("unbound GPU on a reporting host") << "domcaps-vfio.xml" << "unbound-gpu" << Outcome::Pass << Outcome::Pass << Outcome::Pass;
    QTest::newRow("nouveau holds the GPU") << "domcaps-vfio.xml" << "nouveau" << Outcome::Pass << Outcome::Pass << Outcome::Fail;
    QTest::newRow("no graphics card") << "domcaps-vfio.xml" << "no-gpu" << Outcome::Pass << Outcome::Pass << Outcome::Pass;
    QTest::newRow("no VFIO backend (this TCG host)") << "domcaps-novfio.xml" << "vfio" << Outcome::Pass << Outcome::Fail << Outcome::Pass;
    QTest::newRow("IOMMU off") << "domcaps-novfio.xml" << "iommu-off" << Outcome::Fail << Outcome::Fail << Outcome::Fail;
    QTest::newRow("no host device support") << "domcaps-nohostdev.xml" << "vfio" << Outcome::Pass << Outcome::Fail << Outcome::Pass;
    // The test driver: no domain capabilities, no drivers.
    QTest::newRow("test driver") << "" << "pci-host" << Outcome::Pass << Outcome::Unknown << Outcome::Unknown;
    QTest::newRow("USB devices only") << "domcaps-vfio.xml" << "usb-only" << Outcome::Unknown << Outcome::Pass << Outcome::Unknown;
    QTest::newRow("no devices") << "domcaps-vfio.xml" << "none" << Outcome::Unknown << Outcome::Pass << Outcome::Unknown;
    QTest::newRow("no devices element") << "<domainCapabilities><path>/usr/bin/qemu-system-x86_64</path></domainCapabilities>"
                                        << "vfio" << Outcome::Pass << Outcome::Unknown << Outcome::Pass;
    QTest::newRow("truncated XML") << "<domainCapabilities><devices><hostdev supported='yes'><enum name='pciBackend'><value>vfio"
                                   << "vfio" << Outcome::Pass << Outcome::Unknown << Outcome::Pass;
    QTest::newRow("not domain capabilities") << "<capabilities><host/></capabilities>" << "vfio" << Outcome::Pass << Outcome::Unknown
                                             << Outcome::Pass;
}

void tst_PassthroughReadiness::fromLibvirt()
{
    QFETCH(QString, caps);
    QFETCH(QString, devices);
    QFETCH(Outcome, iommu);
    QFETCH(Outcome, vfio);
    QFETCH(Outcome, gpu);
    const QString xml = caps.endsWith(QLatin1String(".xml")) ? readData(caps) : caps;
    QVERIFY(!caps.endsWith(QLatin1String(".xml")) || !xml.isEmpty());
    const auto checks = PassthroughReadiness::fromLibvirt(xml, hostDevices(devices));
    QCOMPARE(checks.size(), 4);
    QStringList ids;
    for (const auto &c : checks) {
        ids << c.id;
        QVERIFY(!c.title.isEmpty());
        QVERIFY2(!c.detail.isEmpty(), qPrintable(c.id));
        // Every failure says what to do; every unknown, how to look by hand.
        QVERIFY2(c.outcome == Outcome::Pass || !c.fix.isEmpty(), qPrintable(c.id));
        if (c.outcome == Outcome::Unknown)
            QVERIFY2(c.detail.contains(QLatin1String("remotely")), qPrintable(c.detail));
    }
    QCOMPARE(ids, QStringList({QStringLiteral("iommu"), QStringLiteral("vfio"), QStringLiteral("gpu-driver"),
                               QStringLiteral("interrupt-remapping")}));
    QCOMPARE(find(checks, "iommu").outcome, iommu);
    QCOMPARE(find(checks, "vfio").outcome, vfio);
    QCOMPARE(find(checks, "gpu-driver").outcome, gpu);
    QCOMPARE(find(checks, "interrupt-remapping").outcome, Outcome::Unknown);
}

void tst_PassthroughReadiness::fromLibvirtSharesTheLocalTexts()
{
    // The local check on a host with the IOMMU off and nouveau on the card...
    QTemporaryDir root;
    write(root.path(), QStringLiteral("proc/cmdline"), "quiet\n");
    gpu(root.path(), QStringLiteral("0000:3b:00.0"), "nouveau");
    const auto local = PassthroughReadiness::check(root.path());
    // ...and the same host seen through libvirt.
    const auto remote = PassthroughReadiness::fromLibvirt(readData(QStringLiteral("domcaps-novfio.xml")), hostDevices(QStringLiteral("iommu-off")));
    for (const char *id : {"iommu", "vfio", "gpu-driver", "interrupt-remapping"})
        QCOMPARE(find(remote, id).title, find(local, id).title);
    for (const char *id : {"iommu", "vfio", "gpu-driver"}) {
        QCOMPARE(find(remote, id).outcome, Outcome::Fail);
        QCOMPARE(find(remote, id).fix, find(local, id).fix);
    }
    QCOMPARE(find(remote, "gpu-driver").detail, find(local, "gpu-driver").detail); // "...: 0000:3b:00.0 (nouveau)."
    QVERIFY(find(remote, "iommu").detail.contains(QLatin1String("11"))); // the PCI devices libvirt lists

    // What libvirt cannot tell says how to check it on the host.
    const auto unknown = PassthroughReadiness::fromLibvirt(QString(), hostDevices(QStringLiteral("none")));
    QVERIFY(find(unknown, "iommu").fix.contains(QLatin1String("dmesg | grep -e DMAR -e IOMMU")));
    QVERIFY(find(unknown, "vfio").fix.contains(QLatin1String("lsmod | grep vfio")));
    QVERIFY(find(unknown, "gpu-driver").fix.contains(QLatin1String("lspci")));
    QVERIFY(find(unknown, "interrupt-remapping").fix.contains(QLatin1String("dmesg")));

    // Groups counted as locally: pci-host.xml has 7, 9, 13, 20, 40 and 41.
    const auto ready = PassthroughReadiness::fromLibvirt(readData(QStringLiteral("domcaps-vfio.xml")), hostDevices(QStringLiteral("vfio")));
    QVERIFY2(find(ready, "iommu").detail.startsWith(QLatin1String("6 ")), qPrintable(find(ready, "iommu").detail));
}

QTEST_GUILESS_MAIN(tst_PassthroughReadiness)
#include "tst_passthroughreadiness.moc"
