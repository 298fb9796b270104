// The host-device picker and the VM's passthrough page on libvirt's test
// driver (tests/data/pci-host.xml): picking one GPU function adds its whole
// IOMMU group with multi-function guest addresses; bridges are explained, not
// added; devices other VMs use are marked; SR-IOV and USB end in the right
// elements; the guest settings land in the domain XML.

#include "addhostdevicedialog.h"
#include "hostdevicemodel.h"
#include "messagebox.h"
#include "passthroughpanel.h"
#include "testutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>

using namespace TestUtil;

class TestAddHostDeviceDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<HostDeviceModel> m_model;

    QString uuidOf(const char *name) const
    {
        const DomainInfo *d = m_conn->domainModel()->find(QLatin1String(name));
        return d ? d->uuid : QString();
    }
    QString inactiveXml(const char *name) const
    {
        const Result<QString> r = await(m_conn->domainXml(uuidOf(name), true));
        return r.ok() ? r.value() : QString();
    }
    // Waits until the dialog has read the VM's XML (its title names the VM).
    static bool ready(AddHostDeviceDialog &d, const char *vm)
    {
        QDeadlineTimer deadline(10000);
        while (!d.windowTitle().contains(QLatin1String(vm)) && !deadline.hasExpired())
            QTest::qWait(10);
        return d.windowTitle().contains(QLatin1String(vm));
    }

private slots:
    void initTestCase()
    {
        MessageBox::setTestHook([](QMessageBox::Icon, const QString &title, const QString &text) {
            qWarning("unexpected message: %s: %s", qPrintable(title), qPrintable(text));
            return QMessageBox::Ok;
        });
        m_conn = std::make_unique<Connection>(dataUri("pci-host.xml"));
        QVERIFY(openAndLoad(m_conn.get()));
        m_model = std::make_unique<HostDeviceModel>(m_conn.get());
        m_model->reload();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(), 10000);
    }

    void pickingOneGpuFunctionAddsTheWholeGroup()
    {
        AddHostDeviceDialog dialog(m_model.get(), uuidOf("spare"));
        dialog.show();
        QVERIFY(ready(dialog, "spare"));
        QVERIFY(dialog.selectDevice(QStringLiteral("pci_0000_3b_00_2")));
        auto *whole = dialog.findChild<QCheckBox *>(QStringLiteral("wholeGroup"));
        QVERIFY(whole->isVisible());
        QVERIFY(whole->isChecked());
        QVERIFY(whole->text().contains(QLatin1String("4")));
        const QString info = dialog.findChild<QLabel *>(QStringLiteral("pciInfo"))->text();
        QVERIFY2(info.contains(QLatin1String("must go to the same VM together")), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("Already used by win10")), qPrintable(info));

        const QVector<HostdevRequest> requests = dialog.requests();
        QCOMPARE(requests.size(), 4);
        for (const HostdevRequest &r : requests)
            QVERIFY(r.managed);
        auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addButton"));
        QVERIFY(add->isEnabled());
        QVERIFY(add->text().contains(QLatin1String("4")));

        // Only this function, when the user insists.
        whole->setChecked(false);
        QCOMPARE(dialog.requests().size(), 1);
        whole->setChecked(true);

        QSignalSpy added(&dialog, &AddHostDeviceDialog::devicesAdded);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
        QVERIFY(!dialog.isVisible());

        const QString xml = inactiveXml("spare");
        QCOMPARE(xml.count(QLatin1String("<hostdev ")), 4);
        QCOMPARE(xml.count(QLatin1String("managed=\"yes\"")) + xml.count(QLatin1String("managed='yes'")), 4);
        QVERIFY2(xml.contains(QLatin1String("multifunction=\"on\"")) || xml.contains(QLatin1String("multifunction='on'")), qPrintable(xml));
        for (const char *fn : {"0x0", "0x1", "0x2", "0x3"})
            QVERIFY2(xml.contains(QStringLiteral("bus=\"0x3b\" slot=\"0x00\" function=\"%1\"").arg(QLatin1String(fn)))
                         || xml.contains(QStringLiteral("bus='0x3b' slot='0x00' function='%1'").arg(QLatin1String(fn))),
                     qPrintable(xml));
        // The model follows: the GPU is now used by two VMs.
        QTRY_VERIFY_WITH_TIMEOUT(m_model->deviceByAddress(QStringLiteral("0000:3b:00.3")).usedBy.contains(QStringLiteral("spare")), 10000);
    }

    void functionsTheVmHasAreNotAddedTwice()
    {
        // win10 has functions 0 and 1 already.
        AddHostDeviceDialog dialog(m_model.get(), uuidOf("win10"));
        dialog.show();
        QVERIFY(ready(dialog, "win10"));
        QVERIFY(dialog.selectDevice(QStringLiteral("pci_0000_3b_00_0")));
        const QVector<HostdevRequest> requests = dialog.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).hostAddress, QStringLiteral("0000:3b:00.2"));
        QCOMPARE(requests.at(1).hostAddress, QStringLiteral("0000:3b:00.3"));
    }

    void bridgesAreExplainedNotAdded()
    {
        AddHostDeviceDialog dialog(m_model.get(), uuidOf("spare"));
        dialog.show();
        QVERIFY(ready(dialog, "spare"));
        QVERIFY(dialog.selectDevice(QStringLiteral("pci_0000_00_1c_0")));
        QVERIFY(dialog.requests().isEmpty());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("addButton"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pciInfo"))->text().contains(QLatin1String("bridge")));
        // The NVMe drive behind it goes alone: the bridge stays with the host.
        QVERIFY(dialog.selectDevice(QStringLiteral("pci_0000_02_00_0")));
        const QVector<HostdevRequest> requests = dialog.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().hostAddress, QStringLiteral("0000:02:00.0"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pciInfo"))->text().contains(QLatin1String("stay with the host")));
    }

    void sriovFunctionAsInterfaceWithMac()
    {
        AddHostDeviceDialog dialog(m_model.get(), uuidOf("spare"));
        dialog.show();
        QVERIFY(ready(dialog, "spare"));
        // 5e:10.0 is router's: not selectable.
        QVERIFY(!dialog.selectVirtualFunction(QStringLiteral("0000:5e:10.0")));
        QVERIFY(dialog.selectVirtualFunction(QStringLiteral("0000:5e:10.2")));
        dialog.findChild<QLineEdit *>(QStringLiteral("macAddress"))->setText(QStringLiteral("52:54:00:12:34:56"));
        const QVector<HostdevRequest> requests = dialog.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().kind, HostdevRequest::Kind::SriovInterface);
        QSignalSpy added(&dialog, &AddHostDeviceDialog::devicesAdded);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
        const QString xml = inactiveXml("spare");
        QVERIFY2(xml.contains(QLatin1String("<interface type=\"hostdev\"")) || xml.contains(QLatin1String("<interface type='hostdev'")), qPrintable(xml));
        QVERIFY(xml.contains(QLatin1String("52:54:00:12:34:56")));
    }

    void sriovPoolNetworkAndAnInterfaceOnIt()
    {
        AddHostDeviceDialog dialog(m_model.get(), uuidOf("win10"));
        dialog.show();
        QVERIFY(ready(dialog, "win10"));
        dialog.setCurrentTab(AddHostDeviceDialog::SriovTab);
        dialog.createPool(QStringLiteral("sriov-i350"));
        auto *fromPool = dialog.findChild<QRadioButton *>(QStringLiteral("fromPool"));
        QTRY_VERIFY_WITH_TIMEOUT(fromPool->isChecked(), 10000);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("poolCombo"))->currentText(), QStringLiteral("sriov-i350"));
        const Result<QVector<NetworkInfo>> nets = await(m_conn->networks());
        QVERIFY(nets.ok());
        const auto pool = std::find_if(nets.value().cbegin(), nets.value().cend(), [](const NetworkInfo &n) { return n.name == QLatin1String("sriov-i350"); });
        QVERIFY(pool != nets.value().cend());
        QCOMPARE(pool->forwardMode, QStringLiteral("hostdev"));
        QVERIFY(pool->active);

        const QVector<HostdevRequest> requests = dialog.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().kind, HostdevRequest::Kind::NetworkInterface);
        QSignalSpy added(&dialog, &AddHostDeviceDialog::devicesAdded);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
        const QString xml = inactiveXml("win10");
        QVERIFY2(xml.contains(QLatin1String("<source network='sriov-i350'")) || xml.contains(QLatin1String("<source network=\"sriov-i350\"")), qPrintable(xml));
    }

    void usbByVendorAndProduct()
    {
        AddHostDeviceDialog dialog(m_model.get(), uuidOf("spare"));
        dialog.show();
        QVERIFY(ready(dialog, "spare"));
        QVERIFY(dialog.selectDevice(QStringLiteral("usb_1_3")));
        const QVector<HostdevRequest> requests = dialog.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().usbVendorId, QStringLiteral("0x046d"));
        dialog.findChild<QRadioButton *>(QStringLiteral("usbByAddress"))->setChecked(true);
        QCOMPARE(dialog.requests().first().usbBus, 1);
        QCOMPARE(dialog.requests().first().usbDevice, 3);
        dialog.findChild<QRadioButton *>(QStringLiteral("usbById"))->setChecked(true);
        QSignalSpy added(&dialog, &AddHostDeviceDialog::devicesAdded);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
        const QString xml = inactiveXml("spare");
        QVERIFY2(xml.contains(QLatin1String("type=\"usb\"")) || xml.contains(QLatin1String("type='usb'")), qPrintable(xml));
        QVERIFY(xml.contains(QLatin1String("0xc52b")));
    }

    void passthroughPageShowsDevicesAndSavesGuestSettings()
    {
        PassthroughPanel panel(m_conn.get(), uuidOf("win10"));
        panel.show();
        auto *list = panel.findChild<QTreeWidget *>(QStringLiteral("hostdevList"));
        // Two GPU functions, and the interface on the VF pool network added above.
        QTRY_COMPARE_WITH_TIMEOUT(panel.devices().size(), 3, 10000);
        QTRY_VERIFY(list->topLevelItem(0)->text(0).contains(QLatin1String("RTX 2080")));
        QCOMPARE(list->topLevelItem(2)->text(1), QStringLiteral("network sriov-i350"));
        QVERIFY(panel.findChild<QWidget *>(QStringLiteral("migrationWarning"))->isVisible());

        auto *hide = panel.findChild<QCheckBox *>(QStringLiteral("hideHypervisor"));
        auto *apply = panel.findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(!hide->isChecked());
        QVERIFY(!apply->isEnabled());
        hide->setChecked(true);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(inactiveXml("win10").contains(QLatin1String("<hidden state=")), 10000);
        const QString xml = inactiveXml("win10");
        QVERIFY2(xml.contains(QLatin1String("<vendor_id state='on'")) || xml.contains(QLatin1String("<vendor_id state=\"on\"")), qPrintable(xml));
        QTRY_VERIFY(!apply->isEnabled());

        // Remove one function: it leaves the XML, the host keeps it.
        MessageBox::setTestHook([](QMessageBox::Icon, const QString &, const QString &) { return QMessageBox::Yes; });
        list->setCurrentItem(list->topLevelItem(1));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(inactiveXml("win10").count(QLatin1String("<hostdev ")), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(panel.devices().size(), 2, 10000);
        // The pool interface goes the same way.
        QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() == 2
                                     && list->topLevelItem(1)->text(1) == QLatin1String("network sriov-i350"), 10000);
        QTest::qWait(200); // let the reloads the defines caused settle
        QTRY_VERIFY(list->topLevelItemCount() == 2 && list->topLevelItem(1)->text(1) == QLatin1String("network sriov-i350"));
        list->setCurrentItem(list->topLevelItem(1));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("removeButton")), Qt::LeftButton);
        // The page reloads more than once on its way (each define is an
        // event): the XML says when the removal has happened.
        QTRY_VERIFY_WITH_TIMEOUT(!inactiveXml("win10").contains(QLatin1String("sriov-i350")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(panel.devices().size(), 1, 10000);
    }

    void cleanupTestCase()
    {
        MessageBox::setTestHook({});
        m_model.reset();
        m_conn.reset();
    }
};

QTEST_MAIN(TestAddHostDeviceDialog)
#include "tst_addhostdevicedialog.moc"
