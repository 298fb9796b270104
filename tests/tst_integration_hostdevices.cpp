// The host-device pages against the real libvirtd (label integration): the
// host's own node devices with the drivers the test driver cannot report,
// the local readiness checks, clear refusals, and the picker's choice from a
// realistic topology (tests/data/pci-host.xml) defined into a QEMU guest on
// the real daemon, which validates hostdev XML at define time.

#include "addhostdevicedialog.h"
#include "hostdevicemodel.h"
#include "hostdevicespage.h"
#include "integrationhost.h"
#include "messagebox.h"
#include "passthroughpanel.h"
#include "readinessview.h"
#include "testutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace IH = IntegrationHost;
using namespace TestUtil;

class TestIntegrationHostDevices : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Connection> m_conn;
    QString m_name;

    QString inactiveXml()
    {
        const Result<QString> r = await(m_conn->domainXml(uuid(), true));
        return r.ok() ? r.value() : QString();
    }
    QString uuid() const
    {
        const DomainInfo *d = m_conn->domainModel()->find(m_name);
        return d ? d->uuid : QString();
    }

private slots:
    void initTestCase()
    {
        MessageBox::setTestHook([](QMessageBox::Icon, const QString &title, const QString &text) {
            qWarning("message: %s: %s", qPrintable(title), qPrintable(text));
            return QMessageBox::Ok;
        });
        m_conn = std::make_unique<Connection>(IH::uri());
        QVERIFY2(openAndLoad(m_conn.get()), "the system libvirtd does not answer: the test command starts it");
        m_name = QStringLiteral("qvirt-test-hostdevices-%1").arg(QCoreApplication::applicationPid());
        // Never started: the disk need not exist.
        const QString xml = IH::tcgDomainXml(m_name, QStringLiteral("/var/lib/libvirt/images/%1.qcow2").arg(m_name));
        QVERIFY(await(m_conn->defineXml(xml)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!uuid().isEmpty(), 10000);
    }

    void realDevicesHaveDrivers()
    {
        HostDeviceModel model(m_conn.get());
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), 30000);
        int pci = 0, withDriver = 0;
        for (const HostDevice &d : model.devices()) {
            if (d.kind != HostDevice::Kind::Pci)
                continue;
            ++pci;
            if (!d.driver.isEmpty())
                ++withDriver;
            QVERIFY2(!HostDeviceModel::displayName(d).isEmpty(), qPrintable(d.name));
            // Every PCI function is shown under its group.
            const QModelIndex i = model.indexOf(d.name);
            QVERIFY2(i.isValid(), qPrintable(d.name));
            if (!d.driver.isEmpty())
                QCOMPARE(i.sibling(i.row(), HostDeviceModel::DriverColumn).data().toString(), d.driver);
        }
        QVERIFY2(pci > 0, "libvirt lists no PCI devices on this host");
        // The test driver drops <driver>; the real daemon reports the virtio
        // devices' (or whatever the host has) drivers.
        QVERIFY2(withDriver > 0, "no PCI device reports a driver");
        // The groups follow /sys/kernel/iommu_groups: none here means one
        // "no IOMMU group" row that cannot be passed through.
        const bool iommu = !QDir(QStringLiteral("/sys/kernel/iommu_groups")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty();
        const QModelIndex first = model.index(0, 0);
        if (!iommu) {
            QCOMPARE(first.data(HostDeviceModel::GroupNumberRole).toInt(), -1);
            QVERIFY(first.data().toString().contains(QLatin1String("IOMMU is off")));
        } else {
            QVERIFY(first.data(HostDeviceModel::GroupNumberRole).toInt() >= 0);
        }
    }

    void localReadinessReadsThisHost()
    {
        const Result<QVector<PassthroughReadiness::Check>> r = await(m_conn->passthroughReadiness());
        QVERIFY(r.ok());
        QStringList ids;
        for (const auto &c : r.value())
            ids << c.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("iommu"), QStringLiteral("vfio"), QStringLiteral("gpu-driver"),
                                   QStringLiteral("interrupt-remapping")}));
        // Local: the same answer as reading /proc and /sys directly.
        const QVector<PassthroughReadiness::Check> direct = PassthroughReadiness::check();
        for (int i = 0; i < direct.size(); ++i)
            QCOMPARE(int(r.value().at(i).outcome), int(direct.at(i).outcome));
    }

    void hostDevicesPageShowsChecksAndTree()
    {
        HostDevicesPage page(m_conn.get());
        page.resize(900, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->isLoaded(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(page.readiness()->checks().size(), 4, 30000);
        QVERIFY(page.readiness()->text().contains(QLatin1String("IOMMU")));
        QVERIFY(page.model()->rowCount() > 0);
    }

    void refusalsNameTheDevice()
    {
        const VoidResult r = await(m_conn->detachHostDevice(QStringLiteral("pci_0000_ff_1f_7")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("pci_0000_ff_1f_7")), qPrintable(r.error().message));
    }

    void pickedGpuGroupDefinesOnTheRealDaemon()
    {
        // Pick one function of the four-function GPU on the fixture host...
        Connection fixture(dataUri("pci-host.xml"));
        QVERIFY(openAndLoad(&fixture));
        HostDeviceModel model(&fixture);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(), 10000);
        const DomainInfo *spare = fixture.domainModel()->find(QStringLiteral("spare"));
        QVERIFY(spare);
        AddHostDeviceDialog dialog(&model, spare->uuid);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.windowTitle().contains(QLatin1String("spare")), 10000);
        QVERIFY(dialog.selectDevice(QStringLiteral("pci_0000_3b_00_1")));
        const QVector<HostdevRequest> requests = dialog.requests();
        QCOMPARE(requests.size(), 4);

        // ...and give what it chose to a QEMU guest on the real daemon.
        const Result<QString> edited = HostdevXml::addDevices(inactiveXml(), requests);
        QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));
        const Result<QString> defined = await(m_conn->defineXml(edited.value()));
        QVERIFY2(defined.ok(), qPrintable(defined.ok() ? QString() : defined.error().message));
        const QString xml = inactiveXml();
        QCOMPARE(xml.count(QLatin1String("<hostdev mode='subsystem' type='pci' managed='yes'>")), 4);
        QCOMPARE(xml.count(QLatin1String("multifunction='on'")), 1);
        const QVector<HostdevRequest> in = HostdevXml::devicesIn(xml);
        QCOMPARE(in.size(), 4);
    }

    void passthroughPageSavesGuestSettingsOnTheRealDaemon()
    {
        PassthroughPanel panel(m_conn.get(), uuid());
        panel.show();
        QTRY_COMPARE_WITH_TIMEOUT(panel.devices().size(), 4, 10000);
        QVERIFY(panel.findChild<QWidget *>(QStringLiteral("migrationWarning"))->isVisible());
        panel.findChild<QCheckBox *>(QStringLiteral("hideHypervisor"))->setChecked(true);
        auto *firmware = panel.findChild<QComboBox *>(QStringLiteral("firmware"));
        firmware->setCurrentIndex(1); // UEFI
        auto *apply = panel.findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(inactiveXml().contains(QLatin1String("<hidden state='on'/>")), 10000);
        const QString xml = inactiveXml();
        QVERIFY2(xml.contains(QLatin1String("firmware='efi'")), qPrintable(xml));
        QVERIFY2(xml.contains(QLatin1String("<vendor_id state='on' value='")), qPrintable(xml));
        QTRY_VERIFY(!apply->isEnabled());
    }

    void cleanupTestCase()
    {
        MessageBox::setTestHook({});
        if (m_conn && !uuid().isEmpty())
            IH::virsh({QStringLiteral("undefine"), m_name, QStringLiteral("--nvram")});
        m_conn.reset();
    }
};

QTEST_MAIN(TestIntegrationHostDevices)
#include "tst_integration_hostdevices.moc"
