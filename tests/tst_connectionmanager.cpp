#include "connection.h"
#include "connectionmanager.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

class tst_ConnectionManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("QVirtTest")); }
    void init() { QSettings().clear(); }
    void remembersAcrossRuns();
    void addIsIdempotent();
};

void tst_ConnectionManager::remembersAcrossRuns()
{
    {
        ConnectionManager m;
        m.add(QStringLiteral("test:///default"), true, true);
        m.add(QStringLiteral("qemu+ssh://root@node-64/system"), false, true);
        m.add(QStringLiteral("test:///tmp/not-remembered.xml"), true, false);
    }
    ConnectionManager m;
    QSignalSpy added(&m, &ConnectionManager::connectionAdded);
    QCOMPARE(m.restore(), 2);
    QCOMPARE(added.size(), 2);
    QCOMPARE(m.at(0)->uri(), QStringLiteral("test:///default"));
    QVERIFY(m.at(0)->autoconnect());
    QCOMPARE(m.at(1)->uri(), QStringLiteral("qemu+ssh://root@node-64/system"));
    QVERIFY(!m.at(1)->autoconnect());

    m.setAutoconnect(m.at(1), true);
    m.remove(m.at(0));
    ConnectionManager again;
    QCOMPARE(again.restore(), 1);
    QVERIFY(again.at(0)->autoconnect());
}

void tst_ConnectionManager::addIsIdempotent()
{
    ConnectionManager m;
    Connection *a = m.add(QStringLiteral("test:///default"), true, false);
    QCOMPARE(m.add(QStringLiteral(" test:///default "), true, false), a);
    QCOMPARE(m.count(), 1);
    QVERIFY(!m.isRemembered(a));
    m.add(QStringLiteral("test:///default"), true, true); // now the user asks to keep it
    QVERIFY(m.isRemembered(a));
}

QTEST_GUILESS_MAIN(tst_ConnectionManager)
#include "tst_connectionmanager.moc"
