#include "connection.h"
#include "connectionmanager.h"
#include "connectiontreemodel.h"
#include "domainfilterproxymodel.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace TestUtil;

class tst_ConnectionTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void treeFollowsConnections();
    void filterAndSort();
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

QTEST_MAIN(tst_ConnectionTreeModel)
#include "tst_connectiontreemodel.moc"
