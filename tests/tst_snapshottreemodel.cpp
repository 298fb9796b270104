#include "connection.h"
#include "snapshotinfo.h"
#include "snapshottreemodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace TestUtil;
using Kind = SnapshotTreeModel::NodeKind;

class tst_SnapshotTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void externalChainJoined();
    void internalOnTestDriver();
};

void tst_SnapshotTreeModel::parse_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<bool>("external");
    QTest::addColumn<bool>("memory");
    QTest::addColumn<int>("disks");
    QTest::newRow("internal with memory") << "<domainsnapshot><name>s1</name><state>running</state><creationTime>1700000000</creationTime>"
                                             "<memory snapshot='internal'/><disks><disk name='vda' snapshot='internal'/></disks>"
                                             "<domain type='kvm'><name>vm</name></domain></domainsnapshot>"
                                          << "s1" << "" << false << true << 1;
    QTest::newRow("external disk-only") << "<domainsnapshot><name>升级前</name><state>disk-snapshot</state><parent><name>s1</name></parent>"
                                           "<memory snapshot='no'/><disks><disk name='vda' snapshot='external' type='file'>"
                                           "<driver type='qcow2'/><source file='/img/vm.snap2'/></disk>"
                                           "<disk name='hdc' snapshot='no'/></disks></domainsnapshot>"
                                        << "升级前" << "s1" << true << false << 2;
    QTest::newRow("external with memory") << "<domainsnapshot><name>live</name><memory snapshot='external' file='/img/live.mem'/>"
                                             "<disks><disk name='vda' snapshot='external'><source file='/img/live.qcow2'/></disk></disks></domainsnapshot>"
                                          << "live" << "" << true << true << 1;
}

void tst_SnapshotTreeModel::parse()
{
    QFETCH(QString, xml);
    SnapshotInfo s;
    QString error;
    QVERIFY2(parseSnapshotXml(xml, &s, &error), qPrintable(error));
    QTEST(s.name, "name");
    QTEST(s.parent, "parent");
    QTEST(s.isExternal(), "external");
    QTEST(s.hasMemory(), "memory");
    QTEST(int(s.disks.size()), "disks");
    QVERIFY(!parseSnapshotXml(QStringLiteral("<domain/>"), &s));
}

void tst_SnapshotTreeModel::externalChainJoined()
{
    // base <- snap1 overlay <- snap2 overlay (active), two snapshots in a line.
    SnapshotState st;
    SnapshotInfo s1;
    s1.name = QStringLiteral("s1");
    s1.disks = {{QStringLiteral("vda"), SnapshotInfo::Location::External, QStringLiteral("/i/vm.s1")}};
    SnapshotInfo s2;
    s2.name = QStringLiteral("s2");
    s2.parent = QStringLiteral("s1");
    s2.current = true;
    s2.disks = {{QStringLiteral("vda"), SnapshotInfo::Location::External, QStringLiteral("/i/vm.s2")}};
    st.snapshots = {s2, s1}; // children before parents: the model must cope
    DiskStorage vda{QStringLiteral("vda"), QStringLiteral("disk"),
                    {{QStringLiteral("/i/vm.s2"), QStringLiteral("qcow2"), {}, 1 << 30, 1 << 20},
                     {QStringLiteral("/i/vm.s1"), QStringLiteral("qcow2"), {}, 1 << 30, 1 << 22},
                     {QStringLiteral("/i/vm.base"), QStringLiteral("qcow2"), {}, 1 << 30, 1 << 29}}};
    st.disks = {vda};

    Connection c(QStringLiteral("test:///default"));
    SnapshotTreeModel m(&c, QString());
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m.setState(st);
    QCOMPARE(m.rowCount(), 2); // the snapshots branch and disk vda
    const QModelIndex group = m.index(0, 0);
    QCOMPARE(group.data(SnapshotTreeModel::KindRole).toInt(), int(Kind::SnapshotGroup));
    QCOMPARE(m.rowCount(group), 1);
    const QModelIndex i1 = m.indexOfSnapshot(QStringLiteral("s1"));
    const QModelIndex i2 = m.indexOfSnapshot(QStringLiteral("s2"));
    QCOMPARE(i1.parent(), group);
    QCOMPARE(i2.parent(), i1);
    QVERIFY(i2.data(SnapshotTreeModel::CurrentRole).toBool());
    QVERIFY(i2.data().toString().contains(QLatin1String("current")));
    QVERIFY(i1.data(SnapshotTreeModel::ExternalRole).toBool());
    // s1's node lists the overlay it created, next to its child snapshot.
    bool overlaySeen = false;
    for (int r = 0; r < m.rowCount(i1); ++r) {
        const QModelIndex c1 = m.index(r, 0, i1);
        if (c1.data(SnapshotTreeModel::KindRole).toInt() == int(Kind::Overlay)) {
            overlaySeen = true;
            QCOMPARE(c1.data(SnapshotTreeModel::PathRole).toString(), QStringLiteral("/i/vm.s1"));
        }
    }
    QVERIFY(overlaySeen);

    const QModelIndex disk = m.index(1, 0);
    QCOMPARE(disk.data().toString(), QStringLiteral("Disk vda"));
    QCOMPARE(m.rowCount(disk), 3);
    const QModelIndex active = m.index(0, 0, disk);
    QVERIFY(active.data(SnapshotTreeModel::CurrentRole).toBool());
    QVERIFY(active.data().toString().contains(QLatin1String("you are here")));
    QVERIFY(m.index(0, SnapshotTreeModel::KindColumn, disk).data().toString().contains(QLatin1String("created by snapshot s2")));
    QVERIFY(m.index(1, SnapshotTreeModel::KindColumn, disk).data().toString().contains(QLatin1String("created by snapshot s1")));
    QVERIFY(m.index(2, SnapshotTreeModel::KindColumn, disk).data().toString().contains(QLatin1String("base image")));
    QVERIFY(!m.index(2, SnapshotTreeModel::SizeColumn, disk).data().toString().isEmpty());
}

void tst_SnapshotTreeModel::internalOnTestDriver()
{
    Connection c(QStringLiteral("test:///default"));
    QVERIFY(openAndLoad(&c));
    const QString uuid = c.domainModel()->find(QStringLiteral("test"))->uuid;
    SnapshotTreeModel m(&c, uuid);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&m, &SnapshotTreeModel::loaded);

    SnapshotRequest first;
    first.name = QStringLiteral("before-upgrade");
    first.description = QStringLiteral("升级前");
    VoidResult r = await(c.createSnapshot(uuid, first));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    SnapshotRequest second;
    second.name = QStringLiteral("after-upgrade");
    QVERIFY(await(c.createSnapshot(uuid, second)).ok());

    m.refresh();
    QTRY_COMPARE(loaded.size(), 1);
    const QModelIndex before = m.indexOfSnapshot(QStringLiteral("before-upgrade"));
    const QModelIndex after = m.indexOfSnapshot(QStringLiteral("after-upgrade"));
    QVERIFY(before.isValid() && after.isValid());
    QCOMPARE(after.parent(), before);
    QVERIFY(after.data(SnapshotTreeModel::CurrentRole).toBool());
    QCOMPARE(m.snapshotAt(before)->description, QStringLiteral("升级前"));

    QVERIFY(await(c.revertToSnapshot(uuid, QStringLiteral("before-upgrade"))).ok());
    m.refresh();
    QTRY_COMPARE(loaded.size(), 2);
    QVERIFY(m.indexOfSnapshot(QStringLiteral("before-upgrade")).data(SnapshotTreeModel::CurrentRole).toBool());

    QVERIFY(await(c.deleteSnapshot(uuid, QStringLiteral("after-upgrade"))).ok());
    const VoidResult missing = await(c.deleteSnapshot(uuid, QStringLiteral("no-such-snapshot")));
    QVERIFY(!missing.ok());
    QVERIFY(!missing.error().message.isEmpty());
    m.refresh();
    QTRY_COMPARE(loaded.size(), 3);
    QVERIFY(!m.indexOfSnapshot(QStringLiteral("after-upgrade")).isValid());
}

QTEST_MAIN(tst_SnapshotTreeModel)
#include "tst_snapshottreemodel.moc"
