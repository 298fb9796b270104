#include "pciids.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using Bus = DeviceIds::Bus;

Q_DECLARE_METATYPE(DeviceIds::Bus)

// Vendor and product names from hwdata files: small fixtures (tests/data/pci.ids,
// usb.ids) for the format's corners, and the real /usr/share/misc/pci.ids.
class tst_DeviceIds : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();
    void lookups_data();
    void lookups();
    void stopsAtTheSectionsAfterTheVendors();
    void missingFileGivesNoNames();
    void setDataFileResetsTheCache();
    void concurrentFirstUse();
    void realPciIds();
    void realUsbIds();
    void fillMissingNames();
};

void tst_DeviceIds::init()
{
    DeviceIds::setDataFile(Bus::Pci, QStringLiteral(QVIRT_TEST_DATA "/pci.ids"));
    DeviceIds::setDataFile(Bus::Usb, QStringLiteral(QVIRT_TEST_DATA "/usb.ids"));
}

void tst_DeviceIds::cleanupTestCase()
{
    DeviceIds::setDataFile(Bus::Pci, {});
    DeviceIds::setDataFile(Bus::Usb, {});
}

void tst_DeviceIds::lookups_data()
{
    QTest::addColumn<Bus>("bus");
    QTest::addColumn<QString>("vendorId");
    QTest::addColumn<QString>("productId");
    QTest::addColumn<QString>("vendorName");
    QTest::addColumn<QString>("productName");

    const QString nvidia = QStringLiteral("NVIDIA Corporation");
    const QString rtx = QStringLiteral("TU104 [GeForce RTX 2080 Rev. A]");
    const QString intel = QStringLiteral("Intel Corporation");
    QTest::newRow("libvirt's form") << Bus::Pci << "0x10de" << "0x1e87" << nvidia << rtx;
    QTest::newRow("bare hex") << Bus::Pci << "10de" << "1e87" << nvidia << rtx;
    QTest::newRow("upper case") << Bus::Pci << "0X10DE" << "0x1E87" << nvidia << rtx;
    QTest::newRow("device after a comment line") << Bus::Pci << "0x10de" << "0x10f8" << nvidia << "TU104 HD Audio Controller";
    QTest::newRow("I350 PF") << Bus::Pci << "0x8086" << "0x1521" << intel << "I350 Gigabit Network Connection";
    QTest::newRow("I350 VF") << Bus::Pci << "0x8086" << "0x1520" << intel << "I350 Ethernet Controller Virtual Function";
    QTest::newRow("vendor without devices") << Bus::Pci << "0x1af4" << "0x1000" << "Red Hat, Inc." << QString();
    QTest::newRow("last vendor") << Bus::Pci << "0xffff" << "0x0000" << "Illegal Vendor ID" << QString();
    // "\t\t1043 8727  ..." under 10de: a subsystem, not device 1043 of 10de.
    QTest::newRow("subsystem ignored") << Bus::Pci << "0x10de" << "0x1043" << nvidia << QString();
    QTest::newRow("unknown vendor") << Bus::Pci << "0x1234" << "0x1111" << QString() << QString();
    QTest::newRow("USB on the PCI list") << Bus::Pci << "0x046d" << "0xc52b" << QString() << QString();
    QTest::newRow("USB") << Bus::Usb << "0x046d" << "0xc52b" << "Logitech, Inc." << "Unifying Receiver";
    QTest::newRow("USB root hub") << Bus::Usb << "0x1d6b" << "0x0003" << "Linux Foundation" << "3.0 root hub";
    QTest::newRow("USB UTF-8 name") << Bus::Usb << "0x2357" << "0x0601" << "TP-Link"
                                   << QStringLiteral("Archer T4U ver.3 \u2013 802.11ac Wireless");
    QTest::newRow("empty ids") << Bus::Pci << "" << "" << QString() << QString();
    QTest::newRow("bare 0x") << Bus::Pci << "0x" << "0x" << QString() << QString();
    QTest::newRow("not hex") << Bus::Pci << "0xzzzz" << "0x1e8g" << QString() << QString();
    QTest::newRow("too long") << Bus::Pci << "0x010de" << "0x01e87" << QString() << QString();
}

void tst_DeviceIds::lookups()
{
    QFETCH(Bus, bus);
    QFETCH(QString, vendorId);
    QFETCH(QString, productId);
    QFETCH(QString, vendorName);
    QFETCH(QString, productName);
    QCOMPARE(DeviceIds::vendorName(bus, vendorId), vendorName);
    QCOMPARE(DeviceIds::productName(bus, vendorId, productId), productName);
}

void tst_DeviceIds::stopsAtTheSectionsAfterTheVendors()
{
    // pci.ids: "abcd" follows the class section ("C 03 ...", whose "\t00" lines are subclasses).
    QVERIFY(DeviceIds::vendorName(Bus::Pci, QStringLiteral("0xabcd")).isEmpty());
    QVERIFY(DeviceIds::productName(Bus::Pci, QStringLiteral("0xabcd"), QStringLiteral("0x0001")).isEmpty());
    // The last vendor before the classes keeps no devices from them.
    QVERIFY(DeviceIds::productName(Bus::Pci, QStringLiteral("0xffff"), QStringLiteral("0x0000")).isEmpty());
    // usb.ids: classes, audio terminal types (AT), HID... then a vendor-looking line.
    QVERIFY(DeviceIds::vendorName(Bus::Usb, QStringLiteral("0xbeef")).isEmpty());
    QVERIFY(DeviceIds::vendorName(Bus::Usb, QStringLiteral("0x0100")).isEmpty());
    QVERIFY(DeviceIds::productName(Bus::Usb, QStringLiteral("0x1d6b"), QStringLiteral("0x0000")).isEmpty());
}

void tst_DeviceIds::missingFileGivesNoNames()
{
    DeviceIds::setDataFile(Bus::Pci, QStringLiteral(QVIRT_TEST_DATA "/no-such.ids"));
    QVERIFY(DeviceIds::vendorName(Bus::Pci, QStringLiteral("0x10de")).isEmpty());
    QVERIFY(DeviceIds::productName(Bus::Pci, QStringLiteral("0x10de"), QStringLiteral("0x1e87")).isEmpty());
    // The other bus keeps its own file.
    QCOMPARE(DeviceIds::vendorName(Bus::Usb, QStringLiteral("0x046d")), QStringLiteral("Logitech, Inc."));
}

void tst_DeviceIds::setDataFileResetsTheCache()
{
    QCOMPARE(DeviceIds::vendorName(Bus::Pci, QStringLiteral("0x10de")), QStringLiteral("NVIDIA Corporation"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pci.ids"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("10de  Renamed\r\n\t1e87  With CRLF line ends\r\n");
    f.close();
    DeviceIds::setDataFile(Bus::Pci, path);
    QCOMPARE(DeviceIds::dataFile(Bus::Pci), path);
    QCOMPARE(DeviceIds::vendorName(Bus::Pci, QStringLiteral("0x10de")), QStringLiteral("Renamed"));
    QCOMPARE(DeviceIds::productName(Bus::Pci, QStringLiteral("0x10de"), QStringLiteral("0x1e87")), QStringLiteral("With CRLF line ends"));
    QVERIFY(DeviceIds::vendorName(Bus::Pci, QStringLiteral("0x8086")).isEmpty());
    DeviceIds::setDataFile(Bus::Pci, {});
    QCOMPARE(DeviceIds::dataFile(Bus::Pci), QStringLiteral("/usr/share/misc/pci.ids"));
}

void tst_DeviceIds::concurrentFirstUse()
{
    // Every thread asks before anything is loaded; all get the same answer.
    std::vector<std::unique_ptr<QThread>> threads;
    QAtomicInt right;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back(QThread::create([&right] {
            if (DeviceIds::productName(Bus::Pci, QStringLiteral("0x8086"), QStringLiteral("0x1521"))
                == QLatin1String("I350 Gigabit Network Connection"))
                right.ref();
        }));
    }
    for (auto &t : threads)
        t->start();
    for (auto &t : threads)
        QVERIFY(t->wait(10000));
    QCOMPARE(right.loadRelaxed(), 8);
}

// The file the test command installs (package pci.ids): a failure here is real.
void tst_DeviceIds::realPciIds()
{
    DeviceIds::setDataFile(Bus::Pci, {});
    QVERIFY2(QFile::exists(DeviceIds::dataFile(Bus::Pci)), "install the pci.ids package");
    QElapsedTimer timer;
    timer.start();
    const QString vendor = DeviceIds::vendorName(Bus::Pci, QStringLiteral("0x10de"));
    const qint64 ms = timer.elapsed();
    qInfo("pci.ids loaded in %lld ms", ms);
    QCOMPARE(vendor, QStringLiteral("NVIDIA Corporation"));
    QVERIFY2(DeviceIds::productName(Bus::Pci, QStringLiteral("0x10de"), QStringLiteral("0x1e87")).contains(QLatin1String("TU104")),
             qPrintable(DeviceIds::productName(Bus::Pci, QStringLiteral("0x10de"), QStringLiteral("0x1e87"))));
    QCOMPARE(DeviceIds::productName(Bus::Pci, QStringLiteral("0x8086"), QStringLiteral("0x1521")),
             QStringLiteral("I350 Gigabit Network Connection"));
    // The class section's "C 03  Display controller" is not vendor 0x0003 or the like.
    QVERIFY(DeviceIds::vendorName(Bus::Pci, QStringLiteral("0x0c03")).isEmpty());
    // Only against pathological slowness (a debug build on a busy machine); release is a few ms.
    QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
}

void tst_DeviceIds::realUsbIds()
{
    DeviceIds::setDataFile(Bus::Usb, {});
    QVERIFY2(QFile::exists(DeviceIds::dataFile(Bus::Usb)), "install the usb.ids package");
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(DeviceIds::vendorName(Bus::Usb, QStringLiteral("0x1d6b")), QStringLiteral("Linux Foundation"));
    qInfo("usb.ids loaded in %lld ms", timer.elapsed());
    QCOMPARE(DeviceIds::productName(Bus::Usb, QStringLiteral("0x1d6b"), QStringLiteral("0x0002")), QStringLiteral("2.0 root hub"));
}

void tst_DeviceIds::fillMissingNames()
{
    HostDevice gpu; // ids only, as a host without the hwdata database reports them
    gpu.kind = HostDevice::Kind::Pci;
    gpu.vendorId = QStringLiteral("0x10de");
    gpu.productId = QStringLiteral("0x1e87");
    HostDevice named = gpu; // names from libvirt win
    named.vendorName = QStringLiteral("NVIDIA");
    named.productName = QStringLiteral("RTX 2080");
    HostDevice half = gpu;
    half.productId = QStringLiteral("0x9999"); // vendor known, product not
    HostDevice usb;
    usb.kind = HostDevice::Kind::Usb;
    usb.vendorId = QStringLiteral("0x046d");
    usb.productId = QStringLiteral("0xc52b");
    HostDevice other;
    other.vendorId = QStringLiteral("0x10de");
    QVector<HostDevice> devices{gpu, named, half, usb, other, HostDevice()};

    ::fillMissingNames(devices);
    QCOMPARE(devices[0].vendorName, QStringLiteral("NVIDIA Corporation"));
    QCOMPARE(devices[0].productName, QStringLiteral("TU104 [GeForce RTX 2080 Rev. A]"));
    QCOMPARE(devices[1].vendorName, QStringLiteral("NVIDIA"));
    QCOMPARE(devices[1].productName, QStringLiteral("RTX 2080"));
    QCOMPARE(devices[2].vendorName, QStringLiteral("NVIDIA Corporation"));
    QVERIFY(devices[2].productName.isEmpty());
    QCOMPARE(devices[3].vendorName, QStringLiteral("Logitech, Inc."));
    QCOMPARE(devices[3].productName, QStringLiteral("Unifying Receiver"));
    QVERIFY(devices[4].vendorName.isEmpty()); // neither PCI nor USB
    QVERIFY(devices[5].vendorName.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DeviceIds)
#include "tst_deviceids.moc"
