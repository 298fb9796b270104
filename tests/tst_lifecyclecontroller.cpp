#include "connection.h"
#include "deletedialog.h"
#include "lifecyclecontroller.h"
#include "modalscript.h"
#include "testutil.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestUtil;

// The controller's dialogs never keep a pointer into a model: while one is
// open, libvirt events keep changing the list (and the connection may go).
class tst_LifecycleController : public QObject
{
    Q_OBJECT

private slots:
    void restoreWhileListChanges_data();
    void restoreWhileListChanges();
    void forceOffSkipsVmThatStopped();
    void saveWhileListChanges_data();
    void saveWhileListChanges();
    void renameWhileListChanges_data();
    void renameWhileListChanges();
    void deleteWhileListChanges_data();
    void deleteWhileListChanges();
    void forceOffAfterConnectionRemoved(); // last: it deletes "test"

private:
    const QString m_test = QStringLiteral("6695eb01-f6a4-8304-79aa-97f2502e193f"); // test:///default's "test"
};

// test:///default is one host for the whole process: every name is new.
static QString domainXml(const QString &name = {})
{
    static int serial = 0;
    ++serial;
    return QStringLiteral("<domain type='test'><name>%1</name><memory>65536</memory><vcpu>1</vcpu>"
                          "<os><type>hvm</type></os></domain>")
        .arg(name.isEmpty() ? QStringLiteral("churn-%1").arg(serial) : name);
}

// A new VM on c, running when asked; empty when that failed.
static QString newDomain(Connection *c, bool running, const QString &name = {})
{
    const Result<QString> uuid = await(c->defineXml(domainXml(name)));
    if (!uuid.ok())
        return {};
    if (running && !await(c->perform(uuid.value(), DomainAction::Start)).ok())
        return {};
    return uuid.value();
}

// Adds enough domains that the list reallocates, and removes one it had.
static void churn(Connection *c, const QString &removeUuid)
{
    QTRY_VERIFY(c->domainModel()->find(removeUuid)); // defined just now, perhaps
    const int before = c->domainModel()->rowCount();
    for (int i = 0; i < 40; ++i)
        QVERIFY(await(c->defineXml(domainXml())).ok());
    QVERIFY(await(c->deleteDomain(removeUuid, {})).ok());
    // Both: the count alone passes by on the way (39 added, none removed yet).
    QTRY_VERIFY(!c->domainModel()->find(removeUuid) && c->domainModel()->rowCount() == before + 40 - 1);
}

// Removes the connection as ConnectionManager does (deleteLater) and waits for it to go.
static void dropConnection(QPointer<Connection> &c)
{
    c->deleteLater();
    QTRY_VERIFY(c.isNull());
}

// Calls answer on the connection's worker in order: once a later call has
// answered and its continuation has run, an earlier one's has run too.
static void settle(Connection *c)
{
    QVERIFY(await(c->hostInfo()).ok());
    QCoreApplication::processEvents();
}

// Answers a file dialog with a path as a user types it: selectFile() depends
// on the folder being read already, typing does not.
static void answerFileDialog(QFileDialog *dialog, const QString &path)
{
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(edit);
    edit->setText(path);
    static_cast<QDialog *>(dialog)->accept(); // protected in QFileDialog
}

// What every test starts from: a shown window with its controller, a
// connection to test:///default (deleted at the end unless the test removed
// it) and the controller's batchFinished signals.
struct Scene
{
    QWidget window;
    LifecycleController controller{&window};
    QPointer<Connection> c = new Connection(QStringLiteral("test:///default"));
    QSignalSpy finished{&controller, &LifecycleController::batchFinished};
    Scene() { window.show(); }
    ~Scene() { delete c; }
    // The batch answered once, with no failure.
    bool succeededOnce()
    {
        return QTest::qWaitFor([this] { return !finished.isEmpty(); }, 20000) && finished.size() == 1
               && finished.first().first().toInt() == 0;
    }
};

static DomainRef refOf(Connection *c, const QString &uuid)
{
    const DomainInfo *d = c->domainModel()->find(uuid);
    return d ? DomainRef{c, *d} : DomainRef{};
}

void tst_LifecycleController::restoreWhileListChanges_data()
{
    QTest::addColumn<bool>("removeConnection");
    QTest::newRow("list changes") << false;
    QTest::newRow("list changes, connection removed") << true;
}

// Restore asks before forcing off the running VM that the file belongs to.
// While it asks, the list changes under it; the answer then acts on what is
// there now (or on nothing when the connection went).
void tst_LifecycleController::restoreWhileListChanges()
{
    QFETCH(bool, removeConnection);
    Scene scene;
    QPointer<Connection> &c = scene.c;
    LifecycleController &controller = scene.controller;
    QVERIFY(openAndLoad(c));
    // A state file of "test", then "test" running again.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("test.save"));
    QVERIFY(await(c->saveToFile(m_test, file)).ok());
    QVERIFY(await(c->perform(m_test, DomainAction::Start)).ok());
    QTRY_COMPARE(stateOf(c, m_test), DomainState::Running);
    // Another running VM, removed while the question is open.
    const QString other = newDomain(c, true);
    QVERIFY(!other.isEmpty());
    QTRY_COMPARE(stateOf(c, other), DomainState::Running);

    bool asked = false;
    ModalScript script;
    script.expect<QFileDialog>([&](QFileDialog *d) {
        answerFileDialog(d, file);
    });
    script.expect<QMessageBox>([&](QMessageBox *box) {
        asked = true;
        QVERIFY(box->text().contains(QLatin1String("test")));
        churn(c, other);
        if (removeConnection)
            dropConnection(c);
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(confirm);
        confirm->click();
    });
    script.start();
    controller.restoreFromFile(c);
    QTRY_VERIFY_WITH_TIMEOUT(script.done(), 20000);
    QVERIFY(asked);
    if (removeConnection) {
        // Nothing left to act on: the answer is dropped, and nothing crashed.
        QVERIFY(c.isNull());
        QCOMPARE(scene.finished.size(), 0);
        QCOMPARE(script.unexpected(), QStringList());
        return;
    }
    QVERIFY(scene.succeededOnce());
    QTRY_COMPARE(stateOf(c, m_test), DomainState::Running);
    QCOMPARE(script.unexpected(), QStringList());
}

// Two VMs to force off; one stops by itself while the question is open. The
// answer forces off the other alone: no error for the one already off.
void tst_LifecycleController::forceOffSkipsVmThatStopped()
{
    Scene scene;
    QPointer<Connection> &c = scene.c;
    LifecycleController &controller = scene.controller;
    QVERIFY(openAndLoad(c));
    const QString stops = newDomain(c, true);
    const QString runs = newDomain(c, true);
    QVERIFY(!stops.isEmpty() && !runs.isEmpty());
    QTRY_COMPARE(stateOf(c, stops), DomainState::Running);
    QTRY_COMPARE(stateOf(c, runs), DomainState::Running);
    const DomainRefs refs{refOf(c, stops), refOf(c, runs)};

    ModalScript script;
    script.expect<QMessageBox>([&](QMessageBox *box) {
        QVERIFY(await(c->perform(stops, DomainAction::ForceOff)).ok());
        QTRY_COMPARE(stateOf(c, stops), DomainState::ShutOff);
        churn(c, newDomain(c, false));
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    });
    script.start();
    controller.perform(DomainAction::ForceOff, refs);
    QTRY_VERIFY_WITH_TIMEOUT(script.done(), 20000);
    QVERIFY(scene.succeededOnce());
    QTRY_COMPARE(stateOf(c, runs), DomainState::ShutOff);
    QCOMPARE(script.unexpected(), QStringList());
}

void tst_LifecycleController::saveWhileListChanges_data()
{
    QTest::addColumn<bool>("removeConnection");
    QTest::newRow("list changes") << false;
    QTest::newRow("list changes, connection removed") << true;
}

// Save to File asks for the file; meanwhile the list changes (and the
// connection may go). The answer saves the VM it was asked for, or nothing.
void tst_LifecycleController::saveWhileListChanges()
{
    QFETCH(bool, removeConnection);
    Scene scene;
    QPointer<Connection> &c = scene.c;
    LifecycleController &controller = scene.controller;
    QVERIFY(openAndLoad(c));
    const QString vm = newDomain(c, true);
    QVERIFY(!vm.isEmpty());
    QTRY_COMPARE(stateOf(c, vm), DomainState::Running);
    const DomainRef ref = refOf(c, vm);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("saved.save"));

    ModalScript script;
    script.expect<QFileDialog>([&](QFileDialog *d) {
        churn(c, newDomain(c, false));
        if (removeConnection)
            dropConnection(c);
        answerFileDialog(d, file);
    });
    script.start();
    controller.saveToFile({ref});
    QTRY_VERIFY_WITH_TIMEOUT(script.done(), 20000);
    if (removeConnection) {
        QCOMPARE(scene.finished.size(), 0);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(script.unexpected(), QStringList());
        return;
    }
    QVERIFY(scene.succeededOnce());
    QTRY_COMPARE(stateOf(c, vm), DomainState::ShutOff);
    QVERIFY(QFile::exists(file));
    QCOMPARE(script.unexpected(), QStringList());
}

void tst_LifecycleController::renameWhileListChanges_data()
{
    QTest::addColumn<QString>("meanwhile");
    QTest::newRow("list changes") << QString();
    QTest::newRow("VM removed") << QStringLiteral("removeVm");
    QTest::newRow("connection removed") << QStringLiteral("removeConnection");
}

// Rename asks for the new name; the answer renames the VM by its UUID, or
// does nothing when it (or its connection) went meanwhile.
void tst_LifecycleController::renameWhileListChanges()
{
    QFETCH(QString, meanwhile);
    static int serial = 0;
    ++serial;
    Scene scene;
    QPointer<Connection> &c = scene.c;
    LifecycleController &controller = scene.controller;
    QVERIFY(openAndLoad(c));
    const QString vm = newDomain(c, false, QStringLiteral("rename-from-%1").arg(serial));
    QVERIFY(!vm.isEmpty());
    QTRY_VERIFY(c->domainModel()->find(vm));
    const QString newName = QStringLiteral("rename-to-%1").arg(serial);

    ModalScript script;
    script.expect<QInputDialog>([&](QInputDialog *d) {
        churn(c, meanwhile == QLatin1String("removeVm") ? vm : newDomain(c, false));
        if (meanwhile == QLatin1String("removeConnection"))
            dropConnection(c);
        d->setTextValue(newName);
        d->accept();
    });
    script.start();
    controller.rename(refOf(c, vm));
    QTRY_VERIFY_WITH_TIMEOUT(script.done(), 20000);
    if (meanwhile == QLatin1String("removeConnection")) {
        QCOMPARE(scene.finished.size(), 0);
        QCOMPARE(script.unexpected(), QStringList());
        return;
    }
    if (meanwhile == QLatin1String("removeVm")) {
        settle(c);
        QCOMPARE(scene.finished.size(), 0);
        QVERIFY(!c->domainModel()->find(newName));
    } else {
        QVERIFY(scene.succeededOnce());
        QTRY_VERIFY(c->domainModel()->find(vm) && c->domainModel()->find(vm)->name == newName);
    }
    QCOMPARE(script.unexpected(), QStringList());
}

void tst_LifecycleController::deleteWhileListChanges_data()
{
    QTest::addColumn<bool>("removeConnection");
    QTest::newRow("list changes") << false;
    QTest::newRow("list changes, connection removed") << true;
}

// The delete dialog stays open while the list changes; its answer deletes
// the VM it was opened for, or nothing when the connection went.
void tst_LifecycleController::deleteWhileListChanges()
{
    QFETCH(bool, removeConnection);
    Scene scene;
    QPointer<Connection> &c = scene.c;
    LifecycleController &controller = scene.controller;
    QVERIFY(openAndLoad(c));
    const QString vm = newDomain(c, false);
    QVERIFY(!vm.isEmpty());
    QTRY_VERIFY(c->domainModel()->find(vm));

    ModalScript script;
    script.expect<DeleteDialog>([&](DeleteDialog *d) {
        auto *button = d->findChild<QPushButton *>(QStringLiteral("deleteButton"));
        QTRY_VERIFY(button->isEnabled());
        churn(c, newDomain(c, false));
        if (removeConnection)
            dropConnection(c);
        button->click();
    });
    script.start();
    controller.remove({refOf(c, vm)});
    QTRY_VERIFY_WITH_TIMEOUT(script.done(), 20000);
    if (removeConnection) {
        QCOMPARE(scene.finished.size(), 0);
        QCOMPARE(script.unexpected(), QStringList());
        return;
    }
    QVERIFY(scene.succeededOnce());
    QTRY_VERIFY(!c->domainModel()->find(vm));
    QCOMPARE(script.unexpected(), QStringList());
}

// A batch whose connection goes while the Force Off question is open.
void tst_LifecycleController::forceOffAfterConnectionRemoved()
{
    Scene scene;
    QPointer<Connection> &c = scene.c;
    LifecycleController &controller = scene.controller;
    QVERIFY(openAndLoad(c));
    QTRY_COMPARE(stateOf(c, m_test), DomainState::Running);
    const DomainRefs refs{refOf(c, m_test)};
    ModalScript script;
    script.expect<QMessageBox>([&](QMessageBox *box) {
        churn(c, m_test);
        dropConnection(c);
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    });
    script.start();
    controller.perform(DomainAction::ForceOff, refs);
    QTRY_VERIFY_WITH_TIMEOUT(script.done(), 20000);
    QCOMPARE(scene.finished.size(), 0);
    QCOMPARE(script.unexpected(), QStringList());
}

QTEST_MAIN(tst_LifecycleController)
#include "tst_lifecyclecontroller.moc"
