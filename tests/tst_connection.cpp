#include "connection.h"
#include "domainlistmodel.h"
#include "testutil.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace TestUtil;

// The Connection on libvirt's in-process test driver: lifecycle, events, auth, errors.
class tst_Connection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensAndLists();
    void lifecycle();
    void saveAndRestore();
    void managedSave();
    void autostartAndRename();
    void defineAndDelete();
    void eventsFromOutside();
    void bulkIsOrderedAndCoalesced();
    void readsQueueNoRefresh();
    void authAsksAndSucceeds();
    void authWrongPassword();
    void authCancelled();
    void malformedUri();
    void missingDriver();
    void missingHostFile();
    void hostInfo();
    void callsWhileDisconnected();
    void errorCodesInAnyLanguage_data();
    void errorCodesInAnyLanguage();

private:
    Connection *m_conn = nullptr;
    const QString m_test = QStringLiteral("6695eb01-f6a4-8304-79aa-97f2502e193f"); // test:///default's "test"
};

void tst_Connection::init()
{
    m_conn = new Connection(QStringLiteral("test:///default"));
}

void tst_Connection::cleanup()
{
    delete m_conn;
    m_conn = nullptr;
}

void tst_Connection::opensAndLists()
{
    QSignalSpy states(m_conn, &Connection::stateChanged);
    QVERIFY(openAndLoad(m_conn));
    QCOMPARE(states.first().first().value<ConnectionState>(), ConnectionState::Connecting);
    QCOMPARE(m_conn->state(), ConnectionState::Connected);
    const DomainInfo *d = m_conn->domainModel()->find(QStringLiteral("test"));
    QVERIFY(d);
    QCOMPARE(d->uuid, m_test);
    QCOMPARE(d->state, DomainState::Running);
    QCOMPARE(d->vcpus, 2);
    QVERIFY(d->persistent);
}

// A read changes nothing, so it reads no domain again: a view that reads the
// XML whenever its domain is updated would otherwise never stop (the
// passthrough page did, at 1.2 cores). A change, by contrast, is in the list
// by the time its answer arrives.
void tst_Connection::readsQueueNoRefresh()
{
    QVERIFY(openAndLoad(m_conn));
    QSignalSpy updated(m_conn, &Connection::domainUpdated);
    // A refresh a call queues is posted to this thread before the call's
    // answer: once the answer is in, the events already posted tell.
    auto answered = [](auto future) {
        const bool ok = await(future).ok();
        QCoreApplication::processEvents();
        return ok;
    };
    for (bool inactive : {false, true})
        QVERIFY(answered(m_conn->domainXml(m_test, inactive)));
    QVERIFY(answered(m_conn->storageOf(m_test)));
    QVERIFY(answered(m_conn->snapshots(m_test)));
    QVERIFY(answered(m_conn->hostDevices()));
    QVERIFY(answered(m_conn->hostInfo()));
    QCOMPARE(updated.size(), 0);

    QVERIFY(answered(m_conn->perform(m_test, DomainAction::Pause)));
    QVERIFY(!updated.isEmpty());
    QCOMPARE(m_conn->domainModel()->find(QStringLiteral("test"))->state, DomainState::Paused);
}

void tst_Connection::lifecycle()
{
    QVERIFY(openAndLoad(m_conn));
    const struct { DomainAction action; DomainState after; } steps[] = {
        {DomainAction::Pause, DomainState::Paused},
        {DomainAction::Resume, DomainState::Running},
        {DomainAction::Reboot, DomainState::Running},
        {DomainAction::Reset, DomainState::Running},
        {DomainAction::Shutdown, DomainState::ShutOff},
        {DomainAction::Start, DomainState::Running},
        {DomainAction::ForceOff, DomainState::ShutOff},
        {DomainAction::Start, DomainState::Running},
    };
    for (const auto &step : steps) {
        const VoidResult r = await(m_conn->perform(m_test, step.action));
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QTRY_COMPARE(stateOf(m_conn, m_test), step.after);
    }
    // An action the state does not allow fails with libvirt's reason, and nothing changes.
    const VoidResult again = await(m_conn->perform(m_test, DomainAction::Start));
    QVERIFY(!again.ok());
    QVERIFY(!again.error().message.isEmpty());
    QCOMPARE(stateOf(m_conn, m_test), DomainState::Running);
}

void tst_Connection::saveAndRestore()
{
    QVERIFY(openAndLoad(m_conn));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("test.save"));
    VoidResult r = await(m_conn->saveToFile(m_test, file));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QVERIFY(QFile::exists(file));
    QTRY_COMPARE(stateOf(m_conn, m_test), DomainState::ShutOff);

    const Result<DomainInfo> inFile = await(m_conn->saveFileDomain(file));
    QVERIFY(inFile.ok());
    QCOMPARE(inFile.value().name, QStringLiteral("test"));

    r = await(m_conn->restoreFromFile(file));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QTRY_COMPARE(stateOf(m_conn, m_test), DomainState::Running);

    r = await(m_conn->restoreFromFile(dir.filePath(QStringLiteral("missing.save"))));
    QVERIFY(!r.ok());
}

void tst_Connection::managedSave()
{
    QVERIFY(openAndLoad(m_conn));
    VoidResult r = await(m_conn->perform(m_test, DomainAction::ManagedSave));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QTRY_VERIFY(m_conn->domainModel()->find(m_test)->hasManagedSave);
    QCOMPARE(stateOf(m_conn, m_test), DomainState::ShutOff);

    r = await(m_conn->perform(m_test, DomainAction::RemoveManagedSave));
    QVERIFY(r.ok());
    QTRY_VERIFY(!m_conn->domainModel()->find(m_test)->hasManagedSave);

    QVERIFY(await(m_conn->perform(m_test, DomainAction::Start)).ok());
    QVERIFY(await(m_conn->perform(m_test, DomainAction::ManagedSave)).ok());
    QVERIFY(await(m_conn->perform(m_test, DomainAction::Start)).ok()); // resumes from the image
    QTRY_COMPARE(stateOf(m_conn, m_test), DomainState::Running);
    QTRY_VERIFY(!m_conn->domainModel()->find(m_test)->hasManagedSave);
}

void tst_Connection::autostartAndRename()
{
    QVERIFY(openAndLoad(m_conn));
    QVERIFY(await(m_conn->perform(m_test, DomainAction::EnableAutostart)).ok());
    QTRY_VERIFY(m_conn->domainModel()->find(m_test)->autostart);
    QVERIFY(await(m_conn->perform(m_test, DomainAction::DisableAutostart)).ok());
    QTRY_VERIFY(!m_conn->domainModel()->find(m_test)->autostart);

    // libvirt renames only inactive domains.
    QVERIFY(!await(m_conn->rename(m_test, QStringLiteral("renamed"))).ok());
    QVERIFY(await(m_conn->perform(m_test, DomainAction::ForceOff)).ok());
    const VoidResult r = await(m_conn->rename(m_test, QStringLiteral("改名-renamed")));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QTRY_COMPARE(m_conn->domainModel()->find(m_test)->name, QStringLiteral("改名-renamed"));
    QVERIFY(await(m_conn->rename(m_test, QStringLiteral("test"))).ok());
    QVERIFY(await(m_conn->perform(m_test, DomainAction::Start)).ok());
}

void tst_Connection::defineAndDelete()
{
    QVERIFY(openAndLoad(m_conn));
    const int before = m_conn->domainModel()->rowCount();
    const QString xml = QStringLiteral("<domain type='test'><name>新しい-vm</name><memory>65536</memory><vcpu>1</vcpu>"
                                       "<os><type>hvm</type></os></domain>");
    const Result<QString> uuid = await(m_conn->defineXml(xml));
    QVERIFY2(uuid.ok(), qPrintable(uuid ? QString() : uuid.error().message));
    QTRY_COMPARE(m_conn->domainModel()->rowCount(), before + 1);
    QCOMPARE(m_conn->domainModel()->find(uuid.value())->name, QStringLiteral("新しい-vm"));

    const Result<QString> bad = await(m_conn->defineXml(QStringLiteral("<domain>")));
    QVERIFY(!bad.ok());

    QVERIFY(await(m_conn->perform(uuid.value(), DomainAction::Start)).ok());
    const auto report = await(m_conn->deleteDomain(uuid.value(), {QStringLiteral("/nonexistent/qvirt-test.img")}));
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
    QCOMPARE(report.value().size(), 1);
    QVERIFY(!report.value().first().deleted);       // a missing image is reported, not hidden
    QVERIFY(!report.value().first().error.isEmpty());
    QTRY_COMPARE(m_conn->domainModel()->rowCount(), before);
}

void tst_Connection::eventsFromOutside()
{
    QVERIFY(openAndLoad(m_conn));
    // Another client of the same (in-process, shared) test host changes the state.
    virConnectPtr other = virConnectOpen("test:///default");
    QVERIFY(other);
    virDomainPtr dom = virDomainLookupByName(other, "test");
    QVERIFY(dom);
    QCOMPARE(virDomainSuspend(dom), 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_conn, m_test), DomainState::Paused, 1000);
    QCOMPARE(virDomainResume(dom), 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_conn, m_test), DomainState::Running, 1000);
    virDomainFree(dom);
    virConnectClose(other);
}

void tst_Connection::bulkIsOrderedAndCoalesced()
{
    QVERIFY(openAndLoad(m_conn));
    // Calls run in order on the worker: pause then resume always ends running.
    QFuture<VoidResult> a = m_conn->perform(m_test, DomainAction::Pause);
    QFuture<VoidResult> b = m_conn->perform(m_test, DomainAction::Resume);
    QVERIFY(await(a).ok());
    QVERIFY(await(b).ok());
    QTRY_COMPARE(stateOf(m_conn, m_test), DomainState::Running);
}

void tst_Connection::authAsksAndSucceeds()
{
    Connection c(dataUri("auth.xml"));
    QStringList kinds;
    connect(&c, &Connection::credentialsRequested, this, [&c, &kinds](const QVector<CredentialField> &fields) {
        QStringList answers;
        for (const CredentialField &f : fields) {
            kinds << (f.isSecret() ? QStringLiteral("secret") : QStringLiteral("plain"));
            answers << (f.isSecret() ? QStringLiteral("wonderland") : QStringLiteral("alice"));
        }
        c.provideCredentials(answers);
    });
    QVERIFY(openAndLoad(&c));
    QCOMPARE(kinds, QStringList({QStringLiteral("plain"), QStringLiteral("secret")}));
    QVERIFY(c.domainModel()->find(QStringLiteral("guarded")));
}

void tst_Connection::authWrongPassword()
{
    Connection c(dataUri("auth.xml"));
    connect(&c, &Connection::credentialsRequested, this, [&c](const QVector<CredentialField> &fields) {
        QStringList answers;
        for (const CredentialField &f : fields)
            answers << (f.isSecret() ? QStringLiteral("wrong") : QStringLiteral("alice"));
        c.provideCredentials(answers);
    });
    c.open();
    QTRY_COMPARE(c.state(), ConnectionState::Failed);
    QVERIFY2(c.lastError().contains(QLatin1String("authentication"), Qt::CaseInsensitive), qPrintable(c.lastError()));
}

void tst_Connection::authCancelled()
{
    Connection c(dataUri("auth.xml"));
    connect(&c, &Connection::credentialsRequested, &c, &Connection::cancelCredentials);
    c.open();
    QTRY_COMPARE(c.state(), ConnectionState::Failed);
    QVERIFY(!c.lastError().isEmpty());
}

void tst_Connection::malformedUri()
{
    Connection c(QStringLiteral("not a uri"));
    c.open();
    QTRY_COMPARE(c.state(), ConnectionState::Failed);
    QVERIFY(!c.lastError().isEmpty());
}

void tst_Connection::missingDriver()
{
    Connection c(QStringLiteral("nosuchdriver:///system"));
    c.open();
    QTRY_COMPARE(c.state(), ConnectionState::Failed);
    QVERIFY(!c.lastError().isEmpty());
    // Other connections carry on.
    QVERIFY(openAndLoad(m_conn));
}

void tst_Connection::missingHostFile()
{
    Connection c(QStringLiteral("test:///nonexistent/qvirt-host.xml"));
    c.open();
    QTRY_COMPARE(c.state(), ConnectionState::Failed);
    QVERIFY2(c.lastError().contains(QLatin1String("qvirt-host.xml")), qPrintable(c.lastError()));
}

void tst_Connection::hostInfo()
{
    QVERIFY(openAndLoad(m_conn));
    const Result<HostInfo> h = await(m_conn->hostInfo());
    QVERIFY(h.ok());
    QCOMPARE(h.value().hypervisor, QStringLiteral("TEST"));
    QVERIFY(h.value().cpus > 0);
    QVERIFY(h.value().domainCount >= 1);
}

void tst_Connection::callsWhileDisconnected()
{
    const VoidResult r = await(m_conn->perform(m_test, DomainAction::Start));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QLatin1String("test:///default")));
}

enum class FailingCall { StartRunning, ResumeRunning, UnknownDomain, MalformedXml, MissingSnapshot, RenameRunning };
Q_DECLARE_METATYPE(FailingCall)

void tst_Connection::errorCodesInAnyLanguage_data()
{
    QTest::addColumn<FailingCall>("call");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("domain");
    QTest::addColumn<bool>("translated"); // libxml2's words in a parse error are not
    QTest::newRow("start a running domain") << FailingCall::StartRunning << int(VIR_ERR_INTERNAL_ERROR) << int(VIR_FROM_TEST) << true;
    QTest::newRow("resume a running domain") << FailingCall::ResumeRunning << int(VIR_ERR_INTERNAL_ERROR) << int(VIR_FROM_TEST) << true;
    QTest::newRow("unknown domain") << FailingCall::UnknownDomain << int(VIR_ERR_NO_DOMAIN) << int(VIR_FROM_TEST) << true;
    QTest::newRow("malformed XML") << FailingCall::MalformedXml << int(VIR_ERR_XML_DETAIL) << int(VIR_FROM_DOMAIN) << false;
    QTest::newRow("missing snapshot") << FailingCall::MissingSnapshot << int(VIR_ERR_NO_DOMAIN_SNAPSHOT) << int(VIR_FROM_TEST) << true;
    QTest::newRow("rename a running domain") << FailingCall::RenameRunning << int(VIR_ERR_OPERATION_INVALID) << int(VIR_FROM_TEST) << true;
}

// libvirt translates its messages (the test driver's too, in this process);
// the code and domain an Error carries, which decisions use, do not change.
void tst_Connection::errorCodesInAnyLanguage()
{
    QFETCH(FailingCall, call);
    QFETCH(int, code);
    QFETCH(int, domain);
    QFETCH(bool, translated);
    QVERIFY(openAndLoad(m_conn));
    auto fail = [this, call]() -> Error {
        VoidResult r;
        switch (call) {
        case FailingCall::StartRunning: r = await(m_conn->perform(m_test, DomainAction::Start)); break;
        case FailingCall::ResumeRunning: r = await(m_conn->perform(m_test, DomainAction::Resume)); break;
        case FailingCall::UnknownDomain:
            r = await(m_conn->perform(QStringLiteral("00000000-0000-0000-0000-00000000abcd"), DomainAction::Start));
            break;
        case FailingCall::MalformedXml: {
            const Result<QString> defined = await(m_conn->defineXml(QStringLiteral("<domain type='test'><name>x</name>")));
            return defined ? Error{} : defined.error();
        }
        case FailingCall::MissingSnapshot: r = await(m_conn->revertToSnapshot(m_test, QStringLiteral("no-such-snapshot"))); break;
        case FailingCall::RenameRunning: r = await(m_conn->rename(m_test, QStringLiteral("renamed"))); break;
        }
        return r ? Error{} : r.error();
    };
    const Error english = fail();
    setLanguage("de");
    const Error german = fail();
    setLanguage({});

    QVERIFY2(english.code == code && english.domain == domain,
             qPrintable(QStringLiteral("%1/%2: %3").arg(english.code).arg(english.domain).arg(english.message)));
    QCOMPARE(german.code, english.code);
    QCOMPARE(german.domain, english.domain);
    if (!translated)
        return;
    if (!QFile::exists(QStringLiteral("/usr/share/locale/de/LC_MESSAGES/libvirt.mo")))
        QSKIP("libvirt's German catalogue (libvirt-l10n) is not installed: the messages could not be translated");
    QVERIFY2(german.message != english.message, qPrintable(english.message));
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
