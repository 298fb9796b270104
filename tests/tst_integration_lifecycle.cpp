#include "connection.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "testutil.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace TestUtil;
namespace IH = IntegrationHost;

// Every lifecycle action on a real TCG guest, checked through libvirt (virsh)
// and through QVirt's model.
class tst_IntegrationLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void define();
    void startPauseResume();
    void saveToFileAndRestore();
    void managedSave();
    void eventsFromVirsh();
    void forceOff();
    void deleteWithStorage();

private:
    VoidResult act(DomainAction a) { return await(m_conn->perform(m_uuid, a)); }

    Connection *m_conn = nullptr;
    QString m_dir;
    QString m_name;
    QString m_uuid;
    QString m_base;
    QString m_overlay;
};

void tst_IntegrationLifecycle::initTestCase()
{
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000),
             qPrintable(QStringLiteral("cannot reach %1 (is libvirtd running? the test command starts it): %2")
                            .arg(IH::uri(), m_conn->lastError())));
    m_dir = IH::makeImageDir(QStringLiteral("lifecycle"));
    m_name = QStringLiteral("qvirt-it-%1").arg(QCoreApplication::applicationPid());
    m_base = m_dir + QStringLiteral("/base.qcow2");
    m_overlay = m_dir + QStringLiteral("/overlay.qcow2");
    IH::Output o = IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                         QStringLiteral("qcow2"), m_base, QStringLiteral("64M")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    o = IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                                              QStringLiteral("-b"), m_base, QStringLiteral("-F"), QStringLiteral("qcow2"), m_overlay});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
}

void tst_IntegrationLifecycle::cleanupTestCase()
{
    if (!m_name.isEmpty()) {
        IH::virsh({QStringLiteral("destroy"), m_name});
        IH::virsh({QStringLiteral("undefine"), m_name, QStringLiteral("--managed-save")});
    }
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
    delete m_conn;
}

void tst_IntegrationLifecycle::define()
{
    const Result<QString> uuid = await(m_conn->defineXml(IH::tcgDomainXml(m_name, m_overlay)));
    QVERIFY2(uuid.ok(), qPrintable(uuid ? QString() : uuid.error().message));
    m_uuid = uuid.value();
    QTRY_VERIFY(m_conn->domainModel()->find(m_uuid));
    QCOMPARE(m_conn->domainModel()->find(m_uuid)->name, m_name);
    QCOMPARE(m_conn->domainModel()->find(m_uuid)->title, QStringLiteral("QVirt integration test guest"));
    QCOMPARE(stateOf(m_conn, m_uuid), DomainState::ShutOff);
    QCOMPARE(IH::domstate(m_name), QStringLiteral("shut off"));
}

void tst_IntegrationLifecycle::startPauseResume()
{
    QVERIFY(!m_uuid.isEmpty());
    VoidResult r = act(DomainAction::Start);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Running);
    QCOMPARE(IH::domstate(m_name), QStringLiteral("running"));

    QVERIFY(act(DomainAction::Pause).ok());
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Paused);
    QCOMPARE(IH::domstate(m_name), QStringLiteral("paused"));

    QVERIFY(act(DomainAction::Resume).ok());
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Running);
    QCOMPARE(IH::domstate(m_name), QStringLiteral("running"));

    // Statistics arrive for the running guest (TCG burns CPU in its BIOS).
    QTRY_VERIFY_WITH_TIMEOUT(m_conn->domainModel()->find(m_uuid)->cpuPercent >= 0, 10000);
}

void tst_IntegrationLifecycle::saveToFileAndRestore()
{
    const QString file = m_dir + QStringLiteral("/guest.save");
    VoidResult r = await(m_conn->saveToFile(m_uuid, file));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::ShutOff);
    QCOMPARE(IH::domstate(m_name), QStringLiteral("shut off"));
    QVERIFY(QFileInfo(file).size() > 0);

    const Result<DomainInfo> inFile = await(m_conn->saveFileDomain(file));
    QVERIFY(inFile.ok());
    QCOMPARE(inFile.value().uuid, m_uuid);

    r = await(m_conn->restoreFromFile(file));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Running);
    QCOMPARE(IH::domstate(m_name), QStringLiteral("running"));
    QVERIFY(QFile::exists(file)); // restoring never deletes the user's file
}

void tst_IntegrationLifecycle::managedSave()
{
    VoidResult r = act(DomainAction::ManagedSave);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QTRY_VERIFY(m_conn->domainModel()->find(m_uuid)->hasManagedSave);
    QCOMPARE(stateOf(m_conn, m_uuid), DomainState::ShutOff);
    QVERIFY(IH::virsh({QStringLiteral("dominfo"), m_name}).out.contains(QRegularExpression(QStringLiteral("Managed save:\\s+yes"))));

    QVERIFY(act(DomainAction::Start).ok());
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Running);
    QTRY_VERIFY(!m_conn->domainModel()->find(m_uuid)->hasManagedSave);
    QVERIFY(IH::virsh({QStringLiteral("dominfo"), m_name}).out.contains(QRegularExpression(QStringLiteral("Managed save:\\s+no"))));

    // Save, then throw the image away.
    QVERIFY(act(DomainAction::ManagedSave).ok());
    QTRY_VERIFY(m_conn->domainModel()->find(m_uuid)->hasManagedSave);
    QVERIFY(act(DomainAction::RemoveManagedSave).ok());
    QTRY_VERIFY(!m_conn->domainModel()->find(m_uuid)->hasManagedSave);
    QCOMPARE(IH::domstate(m_name), QStringLiteral("shut off"));
}

void tst_IntegrationLifecycle::eventsFromVirsh()
{
    // Changed behind QVirt's back, seen through libvirt events within a second.
    IH::Output o = IH::virsh({QStringLiteral("start"), m_name});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_conn, m_uuid), DomainState::Running, 1000);
    o = IH::virsh({QStringLiteral("suspend"), m_name});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_conn, m_uuid), DomainState::Paused, 1000);
    o = IH::virsh({QStringLiteral("resume"), m_name});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_conn, m_uuid), DomainState::Running, 1000);
    o = IH::virsh({QStringLiteral("destroy"), m_name});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_conn, m_uuid), DomainState::ShutOff, 1000);
}

void tst_IntegrationLifecycle::forceOff()
{
    QVERIFY(act(DomainAction::Start).ok());
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Running);
    VoidResult r = act(DomainAction::ForceOff);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::ShutOff);
    QCOMPARE(IH::domstate(m_name), QStringLiteral("shut off"));
}

void tst_IntegrationLifecycle::deleteWithStorage()
{
    QVERIFY(act(DomainAction::Start).ok()); // deleting a running guest forces it off first
    QTRY_COMPARE(stateOf(m_conn, m_uuid), DomainState::Running);

    const Result<QVector<DiskStorage>> storage = await(m_conn->storageOf(m_uuid));
    QVERIFY2(storage.ok(), qPrintable(storage ? QString() : storage.error().message));
    QCOMPARE(storage.value().size(), 1);
    const DiskStorage &disk = storage.value().first();
    QCOMPARE(disk.target, QStringLiteral("vda"));
    QCOMPARE(disk.chain.size(), 2); // the overlay and the base image under it
    QCOMPARE(disk.chain.at(0).path, m_overlay);
    QCOMPARE(disk.chain.at(1).path, m_base);

    const auto report = await(m_conn->deleteDomain(m_uuid, {m_overlay, m_base}));
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
    for (const StorageDeletion &d : report.value())
        QVERIFY2(d.deleted, qPrintable(d.path + QStringLiteral(": ") + d.error));
    QVERIFY(!QFile::exists(m_overlay));
    QVERIFY(!QFile::exists(m_base));
    QTRY_VERIFY(!m_conn->domainModel()->find(m_uuid));
    QVERIFY(IH::virsh({QStringLiteral("dominfo"), m_name}).exitCode != 0);
    m_name.clear();
}

QTEST_GUILESS_MAIN(tst_IntegrationLifecycle)
#include "tst_integration_lifecycle.moc"
