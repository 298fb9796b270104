// HostDeviceModel on libvirt's test driver with a realistic PCI topology
// (tests/data/pci-host.xml): the tree of IOMMU groups, SR-IOV nesting, USB,
// which VM uses what, and reloads that keep rows.

#include "hostdevicemodel.h"
#include "hostdevxml.h"
#include "pciids.h"
#include "testutil.h"

#include <QAbstractItemModelTester>

using namespace TestUtil;

class TestHostDeviceModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Connection> m_conn;
    std::unique_ptr<HostDeviceModel> m_model;

    QModelIndex groupRow(int number) const
    {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex i = m_model->index(r, 0);
            if (m_model->nodeType(i) == HostDeviceModel::NodeType::Group && i.data(HostDeviceModel::GroupNumberRole).toInt() == number)
                return i;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_conn = std::make_unique<Connection>(dataUri("pci-host.xml"));
        QVERIFY(openAndLoad(m_conn.get()));
        m_model = std::make_unique<HostDeviceModel>(m_conn.get());
        m_model->reload();
        new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoaded(), 10000);
    }

    void readsNothingUntilAsked()
    {
        HostDeviceModel idle(m_conn.get());
        QTest::qWait(500);
        QVERIFY(!idle.isLoaded());
        QCOMPARE(idle.rowCount(), 0);
    }

    void groupsAtTopUsbLast()
    {
        // Groups 7, 9, 13, 20 (the VFs' own groups 40, 41 are nested under their PF), then USB.
        QList<int> numbers;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex i = m_model->index(r, 0);
            if (m_model->nodeType(i) == HostDeviceModel::NodeType::Group)
                numbers << i.data(HostDeviceModel::GroupNumberRole).toInt();
        }
        QCOMPARE(numbers, (QList<int>{7, 9, 13, 20}));
        const QModelIndex usb = m_model->usbRoot();
        QVERIFY(usb.isValid());
        QCOMPARE(usb.row(), m_model->rowCount() - 1);
        QCOMPARE(m_model->rowCount(usb), 1);
        QCOMPARE(m_model->device(m_model->index(0, 0, usb)).name, QStringLiteral("usb_1_3"));
    }

    void gpuGroupHasFourFunctionsInAddressOrder()
    {
        const QModelIndex g = groupRow(13);
        QVERIFY(g.isValid());
        QCOMPARE(g.data().toString(), QStringLiteral("IOMMU group 13"));
        // The test driver drops <driver>: the group's state is not claimed.
        QCOMPARE(g.sibling(g.row(), HostDeviceModel::DriverColumn).data().toString(), QStringLiteral("drivers not reported"));
        QCOMPARE(m_model->rowCount(g), 4);
        for (int r = 0; r < 4; ++r)
            QCOMPARE(m_model->index(r, HostDeviceModel::AddressColumn, g).data().toString(), QStringLiteral("0000:3b:00.%1").arg(r));
        QVERIFY(m_model->index(0, 0, g).data().toString().contains(QLatin1String("RTX 2080")));
        QCOMPARE(m_model->group(m_model->index(2, 0, g)).endpoints().size(), 4);
    }

    void usedByNamesTheVm()
    {
        const QModelIndex g = groupRow(13);
        QCOMPARE(m_model->index(0, HostDeviceModel::UsedByColumn, g).data().toString(), QStringLiteral("win10"));
        QCOMPARE(m_model->index(1, HostDeviceModel::UsedByColumn, g).data().toString(), QStringLiteral("win10"));
        QCOMPARE(m_model->index(2, HostDeviceModel::UsedByColumn, g).data().toString(), QString());
        QCOMPARE(m_model->index(0, HostDeviceModel::UsedByColumn, {}).sibling(g.row(), HostDeviceModel::UsedByColumn).data().toString(),
                 QStringLiteral("win10"));
        // A VF taken as <interface type='hostdev'>, a USB device by vendor/product.
        QCOMPARE(m_model->deviceByAddress(QStringLiteral("0000:5e:10.0")).usedBy, QStringList{QStringLiteral("router")});
        QCOMPARE(m_model->deviceByAddress(QStringLiteral("0000:5e:10.2")).usedBy, QStringList());
        QCOMPARE(m_model->device(m_model->index(0, 0, m_model->usbRoot())).usedBy, QStringList{QStringLiteral("router")});
    }

    void virtualFunctionsNestUnderTheirPhysicalFunction()
    {
        const QModelIndex g = groupRow(20);
        QCOMPARE(m_model->rowCount(g), 1);
        const QModelIndex pf = m_model->index(0, 0, g);
        QCOMPARE(m_model->device(pf).sriov, HostDevice::SriovRole::PhysicalFunction);
        QCOMPARE(m_model->rowCount(pf), 2);
        const QModelIndex vf = m_model->index(1, 0, pf);
        QCOMPARE(m_model->device(vf).address, QStringLiteral("0000:5e:10.2"));
        QVERIFY(vf.data().toString().contains(QLatin1String("virtual function")));
        // Its own group, not the PF's.
        QCOMPARE(m_model->group(vf).number, 41);
        QCOMPARE(m_model->virtualFunctionsOf(m_model->device(pf)).size(), 2);
        QCOMPARE(m_model->indexOf(QStringLiteral("pci_0000_5e_10_2")), vf);
    }

    void bridgesAreMarkedAndNotEndpoints()
    {
        const QModelIndex g = groupRow(7);
        QCOMPARE(m_model->rowCount(g), 2);
        const QModelIndex bridge = m_model->index(0, 0, g);
        QVERIFY(bridge.data(HostDeviceModel::IsBridgeRole).toBool());
        QVERIFY(bridge.data().toString().contains(QLatin1String("bridge")));
        QVERIFY(bridge.data(Qt::ToolTipRole).toString().contains(QLatin1String("not passed through")));
        QCOMPARE(m_model->group(bridge).endpoints().size(), 1);
    }

    void namesComeFromPciIdsWhenLibvirtHasNone()
    {
        HostDevice d;
        d.kind = HostDevice::Kind::Pci;
        d.vendorId = QStringLiteral("0x10de");
        d.productId = QStringLiteral("0x1e87");
        QVector<HostDevice> list{d};
        fillMissingNames(list);
        QVERIFY(HostDeviceModel::displayName(list.first()).contains(QLatin1String("NVIDIA")));
    }

    void reloadKeepsRowsWhenOnlyUsersChange()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex gpu2 = m_model->index(2, 0, groupRow(13));
        // A VM takes the GPU's USB controller: the domain event makes the model reload.
        const DomainInfo *spare = m_conn->domainModel()->find(QStringLiteral("spare"));
        QVERIFY(spare);
        const Result<QString> xml = await(m_conn->domainXml(spare->uuid, true));
        QVERIFY(xml.ok());
        HostdevRequest r;
        r.hostAddress = QStringLiteral("0000:3b:00.2");
        const Result<QString> edited = HostdevXml::addDevices(xml.value(), {r});
        QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));
        QVERIFY(await(m_conn->defineXml(edited.value())).ok());
        QTRY_COMPARE_WITH_TIMEOUT(gpu2.sibling(gpu2.row(), HostDeviceModel::UsedByColumn).data().toString(), QStringLiteral("spare"), 10000);
        QVERIFY(gpu2.isValid());
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() > 0);
    }

    void nodeDeviceEventsReload()
    {
        // The test driver creates vHBAs only (test:///default has the FC host
        // for them); the model must reload on the node-device event.
        Connection c(QStringLiteral("test:///default"));
        QVERIFY(openAndLoad(&c));
        HostDeviceModel model(&c);
        model.reload();
        QTRY_VERIFY(model.isLoaded());
        QSignalSpy changed(&c, &Connection::hostDevicesChanged);
        QSignalSpy loaded(&model, &HostDeviceModel::loaded);
        const Result<QString> name = await(c.createNodeDevice(QStringLiteral(
            "<device><parent>scsi_host1</parent><capability type='scsi_host'><capability type='fc_host'>"
            "<wwnn>2000000012341234</wwnn><wwpn>1000000012341234</wwpn></capability></capability></device>")));
        QVERIFY2(name.ok(), qPrintable(name.ok() ? QString() : name.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 10000);
        QVERIFY(await(c.destroyNodeDevice(name.value())).ok());
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 10000);
    }

    void cleanupTestCase()
    {
        m_model.reset();
        m_conn.reset();
    }
};

QTEST_GUILESS_MAIN(TestHostDeviceModel)
#include "tst_hostdevicemodel.moc"
