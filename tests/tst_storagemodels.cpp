// The storage pool and volume models and the pool/volume XML they rest on.

#include "storagepoolinfo.h"
#include "storagepoolmodel.h"
#include "storagevolumemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

Q_DECLARE_METATYPE(PoolRequest)

class TestStorageModels : public QObject
{
    Q_OBJECT

private slots:
    void poolXmlRoundTrip_data();
    void poolXmlRoundTrip();
    void poolXmlLeavesOutFieldsTheTypeHasNot();
    void capabilities();
    void capabilitiesFallback();
    void volumeXml();
    void poolModel();
    void volumeModelThousands();
    void volumeModelUsers();
};

void TestStorageModels::poolXmlRoundTrip_data()
{
    QTest::addColumn<PoolRequest>("request");
    auto make = [](const char *type, const char *target, const char *host, const char *dir, const char *device,
                   const char *name, const char *format) {
        PoolRequest r;
        r.type = QLatin1String(type);
        r.name = QStringLiteral("pool-") + r.type;
        r.targetPath = QLatin1String(target);
        r.sourceHost = QLatin1String(host);
        r.sourceDir = QLatin1String(dir);
        r.sourceDevice = QLatin1String(device);
        r.sourceName = QLatin1String(name);
        r.sourceFormat = QLatin1String(format);
        return r;
    };
    QTest::newRow("dir") << make("dir", "/var/lib/libvirt/images/x", "", "", "", "", "");
    QTest::newRow("fs") << make("fs", "/mnt/data", "", "", "/dev/sdb1", "", "ext4");
    QTest::newRow("netfs") << make("netfs", "/mnt/nfs", "nas.example.com", "/export/vms", "", "", "nfs");
    QTest::newRow("logical") << make("logical", "/dev/vg0", "", "", "/dev/sdc", "vg0", "");
    QTest::newRow("disk") << make("disk", "/dev", "", "", "/dev/sdd", "", "gpt");
    QTest::newRow("iscsi") << make("iscsi", "/dev/disk/by-path", "san.example.com", "", "iqn.2024-01.com.example:t1", "", "");
    QTest::newRow("gluster") << make("gluster", "", "gl.example.com", "", "", "vol0", "");
    QTest::newRow("rbd") << make("rbd", "", "ceph.example.com", "", "", "rbdpool", "");
    QTest::newRow("zfs") << make("zfs", "", "", "", "", "tank", "");
}

void TestStorageModels::poolXmlRoundTrip()
{
    QFETCH(PoolRequest, request);
    StoragePoolInfo info;
    QVERIFY(parseStoragePoolXml(poolXml(request), &info));
    QCOMPARE(info.name, request.name);
    QCOMPARE(info.type, request.type);
    QCOMPARE(info.targetPath, request.targetPath);
    QCOMPARE(info.sourceHost, request.sourceHost);
    QCOMPARE(info.sourceDir, request.sourceDir);
    QCOMPARE(info.sourceDevice, request.sourceDevice);
    QCOMPARE(info.sourceName, request.sourceName);
    QCOMPARE(info.sourceFormat, request.sourceFormat);
}

void TestStorageModels::poolXmlLeavesOutFieldsTheTypeHasNot()
{
    PoolRequest r;
    r.type = QStringLiteral("dir");
    r.name = QStringLiteral("d");
    r.targetPath = QStringLiteral("/srv/d");
    r.sourceHost = QStringLiteral("ignored.example.com"); // left over from another type in the dialog
    const QString xml = poolXml(r);
    QVERIFY(!xml.contains(QLatin1String("<source")));
    QVERIFY(!xml.contains(QLatin1String("ignored")));
    StoragePoolInfo info;
    QVERIFY(!parseStoragePoolXml(QStringLiteral("<network/>"), &info));
    QVERIFY(!parseStoragePoolXml(QStringLiteral("not xml"), &info));
}

void TestStorageModels::capabilities()
{
    const QString xml = QStringLiteral(R"(<storagepoolCapabilities>
  <pool type='dir' supported='yes'><volOptions/></pool>
  <pool type='fs' supported='yes'/>
  <pool type='rbd' supported='no'/>
  <pool type='iscsi' supported='yes'/>
</storagepoolCapabilities>)");
    QCOMPARE(parseStoragePoolCapabilities(xml), (QStringList{"dir", "fs", "iscsi"}));
}

void TestStorageModels::capabilitiesFallback()
{
    QVERIFY(parseStoragePoolCapabilities(QStringLiteral("garbage")).isEmpty());
    const QStringList fallback = fallbackPoolTypes();
    for (const char *t : {"dir", "fs", "netfs", "logical", "iscsi"})
        QVERIFY2(fallback.contains(QLatin1String(t)), t);
}

void TestStorageModels::volumeXml()
{
    VolumeRequest r;
    r.pool = QStringLiteral("p");
    r.name = QStringLiteral("overlay.qcow2");
    r.capacity = 1 << 30;
    r.backingPath = QStringLiteral("/var/lib/libvirt/images/base.qcow2");
    r.backingFormat = QStringLiteral("qcow2");
    StorageVolumeInfo info;
    QVERIFY(parseVolumeXml(::volumeXml(r), &info));
    QCOMPARE(info.format, QStringLiteral("qcow2"));
    QCOMPARE(info.backingPath, r.backingPath);
    QCOMPARE(parseVolumeFormat(::volumeXml(r)), QStringLiteral("qcow2"));
}

void TestStorageModels::poolModel()
{
    StoragePoolModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StoragePoolInfo a;
    a.name = QStringLiteral("a");
    a.type = QStringLiteral("dir");
    a.targetPath = QStringLiteral("/srv/a");
    StoragePoolInfo b = a;
    b.name = QStringLiteral("b");
    model.setPools({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
    QCOMPARE(model.index(0, StoragePoolModel::StateColumn).data().toString(), QStringLiteral("Inactive"));

    // The same pools with one started: one row changes in place, no reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    b.active = true;
    b.capacity = 10LL << 30;
    b.allocation = 1LL << 30;
    b.available = 9LL << 30;
    model.setPools({a, b});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(1, StoragePoolModel::CapacityColumn).data(StoragePoolModel::SortRole).toLongLong(), 10LL << 30);

    // Nothing changed: nothing emitted.
    model.setPools({a, b});
    QCOMPARE(changed.count(), 1);

    model.setPools({b});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.pool(QStringLiteral("a")));
}

void TestStorageModels::volumeModelThousands()
{
    StorageVolumeModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(StorageVolumeModel::SortRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVector<StorageVolumeInfo> volumes;
    for (int i = 0; i < 5000; ++i) {
        StorageVolumeInfo v;
        v.pool = QStringLiteral("big");
        v.name = QStringLiteral("vol-%1.qcow2").arg(i, 4, 10, QLatin1Char('0'));
        v.path = QStringLiteral("/srv/big/") + v.name;
        v.format = i % 2 ? QStringLiteral("raw") : QStringLiteral("qcow2");
        v.capacity = qint64(i) * 1024 * 1024;
        v.allocation = qint64(i) * 1024;
        volumes << v;
    }
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setVolumes(volumes);
    QCOMPARE(reset.count(), 1); // one reset, not 5,000 insertions
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(proxy.rowCount(), 5000);
    QCOMPARE(model.rowOf(QStringLiteral("/srv/big/vol-4321.qcow2")), 4321);

    // Sizes sort as numbers, not as text ("9 MiB" after "10 MiB").
    proxy.sort(StorageVolumeModel::CapacityColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, StorageVolumeModel::NameColumn).data().toString(), QStringLiteral("vol-4999.qcow2"));
    QCOMPARE(proxy.index(4999, StorageVolumeModel::NameColumn).data().toString(), QStringLiteral("vol-0000.qcow2"));

    proxy.setFilterFixedString(QStringLiteral("vol-12"));
    QCOMPARE(proxy.rowCount(), 100); // vol-1200..vol-1299
    proxy.setFilterFixedString(QStringLiteral("VOL-4999"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QString());
    QCOMPARE(proxy.rowCount(), 5000);

    model.setVolumes({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestStorageModels::volumeModelUsers()
{
    StorageVolumeModel model(nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    StorageVolumeInfo v;
    v.name = QStringLiteral("disk.qcow2");
    v.path = QStringLiteral("/srv/disk.qcow2");
    v.format = QStringLiteral("qcow2");
    v.backingPath = QStringLiteral("/srv/base.qcow2");
    model.setVolumes({v});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setUsers({{v.path, {QStringLiteral("vm1"), QStringLiteral("vm2")}}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, StorageVolumeModel::UsedByColumn).data().toString(), QStringLiteral("vm1, vm2"));
    QCOMPARE(model.usersOf(v.path), (QStringList{"vm1", "vm2"}));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("base.qcow2")));
}

QTEST_GUILESS_MAIN(TestStorageModels)
#include "tst_storagemodels.moc"
