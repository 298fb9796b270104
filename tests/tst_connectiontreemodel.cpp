#include "connection.h"
#include "connectionmanager.h"
#include "connectiontreemodel.h"
#include "domainfilterproxymodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace TestUtil;

class tst_ConnectionTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void treeFollowsConnections();
    void filterAndSort();
    void sparklinesReachTheView();
};

void tst_ConnectionTreeModel::treeFollowsConnections()
{
    ConnectionManager manager;
    ConnectionTreeModel tree(&manager);
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Connection *a = manager.add(QStringLiteral("test:///default"), true, false);
    Connection *b = manager.add(dataUri("states.xml"), true, false);
    QCOMPARE(tree.rowCount(), 2);
    QVERIFY(openAndLoad(a));
    QVERIFY(openAndLoad(b));
    const QModelIndex ai = tree.indexOf(a);
    const QModelIndex bi = tree.indexOf(b);
    QCOMPARE(tree.rowCount(ai), 1);
    QCOMPARE(tree.rowCount(bi), 12);
    QCOMPARE(ai.data().toString(), QStringLiteral("Test"));
    QCOMPARE(tree.index(0, DomainListModel::StateColumn, ai).data().toString(), QStringLiteral("Running"));
    QCOMPARE(tree.connectionAt(tree.index(3, 0, bi)), b);
    QVERIFY(tree.index(0, 0, bi).parent() == bi);

    // A change deep in a domain model reaches the tree at the right place.
    const QString uuid = a->domainModel()->domainAt(0).uuid;
    QVERIFY(await(a->perform(uuid, DomainAction::Pause)).ok());
    QTRY_COMPARE(tree.indexOfDomain(a, uuid, DomainListModel::StateColumn).data().toString(), QStringLiteral("Paused"));

    manager.remove(a);
    QCOMPARE(tree.rowCount(), 1);
    QCOMPARE(tree.connectionAt(tree.index(0, 0)), b);
}

void tst_ConnectionTreeModel::filterAndSort()
{
    ConnectionManager manager;
    ConnectionTreeModel tree(&manager);
    DomainFilterProxyModel proxy;
    proxy.setSourceModel(&tree);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Connection *b = manager.add(dataUri("states.xml"), true, false);
    QVERIFY(openAndLoad(b));
    const QModelIndex root = proxy.index(0, 0);
    QCOMPARE(proxy.rowCount(root), 12);

    proxy.setFilterText(QStringLiteral("数据"));
    QCOMPARE(proxy.rowCount(), 1); // the connection row always stays
    QCOMPARE(proxy.rowCount(root), 1);
    proxy.setFilterText(QStringLiteral("rtx 2080")); // titles match too, case-insensitively
    QCOMPARE(proxy.rowCount(root), 1);
    QCOMPARE(proxy.index(0, 0, root).data(DomainListModel::DomainRole).value<DomainInfo>().name, QStringLiteral("shutoff-win10"));
    proxy.setFilterText(QStringLiteral("no such vm"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(root), 0);
    proxy.setFilterText({});

    proxy.setStateFilter(DomainFilterProxyModel::StateFilter::Paused);
    QCOMPARE(proxy.rowCount(root), 3); // paused, pmsuspended, 한국어
    proxy.setStateFilter(DomainFilterProxyModel::StateFilter::ShutOff);
    QCOMPARE(proxy.rowCount(root), 3);
    proxy.setStateFilter(DomainFilterProxyModel::StateFilter::Running);
    QCOMPARE(proxy.rowCount(root), 4); // running, blocked (idle), 2 CJK
    proxy.setStateFilter(DomainFilterProxyModel::StateFilter::All);

    proxy.sort(DomainListModel::VcpuColumn, Qt::DescendingOrder);
    int last = INT_MAX;
    for (int r = 0; r < proxy.rowCount(root); ++r) {
        const int vcpus = proxy.index(r, DomainListModel::VcpuColumn, root).data().toInt();
        QVERIFY(vcpus <= last);
        last = vcpus;
    }
}

void tst_ConnectionTreeModel::sparklinesReachTheView()
{
    ConnectionManager manager;
    ConnectionTreeModel tree(&manager);
    DomainFilterProxyModel proxy;
    proxy.setSourceModel(&tree);
    Connection *c = manager.add(QStringLiteral("test:///default"), false, false); // fed below, never opened
    DomainInfo a, b;
    a.uuid = a.name = QStringLiteral("a");
    b.uuid = b.name = QStringLiteral("b");
    a.state = b.state = DomainState::Running;
    c->domainModel()->setDomains({a, b});
    auto feed = [c](double time, double cpuOfB) {
        StatsTick t;
        t.time = time;
        for (const auto &[uuid, cpu] : {std::pair{QStringLiteral("a"), 10.0}, std::pair{QStringLiteral("b"), cpuOfB}}) {
            DomainRates r;
            r.uuid = uuid;
            r.time = time;
            r.cpuPercent = cpu;
            r.disks = {{QStringLiteral("vda"), 4096, 0, 1, 0}};
            t.domains << r;
        }
        c->statsHistory()->append(t);
    };
    feed(1000, 50);
    feed(1001, 60);
    // Through the tree and the proxy, sorted: the role is the domain
    // model's (no collision with the tree's own roles).
    proxy.sort(DomainListModel::CpuColumn, Qt::DescendingOrder);
    const QModelIndex root = proxy.index(0, 0);
    QCOMPARE(proxy.rowCount(root), 2);
    QVERIFY(proxy.index(0, 0, root).data(ConnectionTreeModel::ConnectionRole).value<QObject *>() == c);
    const QModelIndex disk = proxy.index(0, DomainListModel::DiskColumn, root);
    QCOMPARE(disk.data(DomainListModel::SparklineRole).value<QVector<float>>(), (QVector<float>{4096, 4096}));
    QCOMPARE(disk.data().toString(), QStringLiteral("4.1 kB/s"));
    QVERIFY(!proxy.index(0, DomainListModel::DiskColumn).data(DomainListModel::SparklineRole).isValid()); // the connection's row

    // A change of one cell comes through as that cell.
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    for (int i = 0; i < StatsHistory::kSparklineTicks + 1; ++i)
        feed(1002 + i, 60);
    changed.clear();
    feed(2000, 70);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), changed.first().at(1).toModelIndex());
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(DomainListModel::CpuColumn));
    QCOMPARE(changed.first().at(0).toModelIndex().data(DomainListModel::UuidRole).toString(), QStringLiteral("b"));
}

QTEST_MAIN(tst_ConnectionTreeModel)
#include "tst_connectiontreemodel.moc"
