#include "connection.h"
#include "connectionmanager.h"
#include "domainfilterproxymodel.h"
#include "lifecyclecontroller.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "modalscript.h"
#include "consolepanel.h"
#include "snapshotspanel.h"
#include "snapshottreemodel.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QPushButton>
#include <QTimer>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

using namespace TestUtil;

// The main window on test hosts, driven as a user would.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void listShowsHostAndVms();
    void pauseResumeFromToolbar();
    void forceOffAsksFirst();
    void bulkActionReportsFailuresOnce();
    void filterBox();
    void vmWindowPages();
    void failedConnectionBanner();
    void takeSnapshotDialog();
    void contextMenuWhileListChanges_data();
    void contextMenuWhileListChanges();
    void removeConnectionsOneByOne();

private:
    QModelIndex domainIndex(MainWindow &w, const QString &name);
    void select(MainWindow &w, const QStringList &names);
    QStringList m_boxes;
};

void tst_MainWindow::initTestCase()
{
    MessageBox::setTestHook([this](QMessageBox::Icon, const QString &title, const QString &text) {
        m_boxes << title + QStringLiteral(": ") + text;
        return QMessageBox::Yes;
    });
}

void tst_MainWindow::cleanup()
{
    initTestCase(); // a test that answers real boxes may have stopped half-way
    m_boxes.clear();
}

QModelIndex tst_MainWindow::domainIndex(MainWindow &w, const QString &name)
{
    QAbstractItemModel *m = w.view()->model();
    for (int c = 0; c < m->rowCount(); ++c) {
        const QModelIndex conn = m->index(c, 0);
        for (int r = 0; r < m->rowCount(conn); ++r) {
            const QModelIndex i = m->index(r, 0, conn);
            if (i.data(DomainListModel::DomainRole).value<DomainInfo>().name == name)
                return i;
        }
    }
    return {};
}

void tst_MainWindow::select(MainWindow &w, const QStringList &names)
{
    w.view()->selectionModel()->clearSelection();
    for (const QString &n : names) {
        const QModelIndex i = domainIndex(w, n);
        QVERIFY2(i.isValid(), qPrintable(n));
        w.view()->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCoreApplication::processEvents();
}

static void clickAction(MainWindow &w, const char *name)
{
    auto *action = w.findChild<QAction *>(QLatin1String(name));
    QVERIFY2(action, name);
    QTRY_VERIFY2(action->isEnabled(), name);
    auto *toolbar = w.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    QWidget *button = toolbar->widgetForAction(action);
    QVERIFY2(button, name);
    QTest::mouseClick(button, Qt::LeftButton);
}

void tst_MainWindow::listShowsHostAndVms()
{
    ConnectionManager manager;
    Connection *c = manager.add(dataUri("states.xml"), true, false);
    MainWindow w(&manager);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    c->open();
    QTRY_COMPARE(w.view()->model()->rowCount(w.view()->model()->index(0, 0)), 12);
    QVERIFY(w.view()->isExpanded(w.view()->model()->index(0, 0)));
    QVERIFY(domainIndex(w, QStringLiteral("한국어-가상머신")).isValid());
    QCOMPARE(w.view()->accessibleName(), QStringLiteral("Virtual machines"));
}

void tst_MainWindow::pauseResumeFromToolbar()
{
    ConnectionManager manager;
    Connection *c = manager.add(QStringLiteral("test:///default"), true, false);
    MainWindow w(&manager);
    w.show();
    QVERIFY(openAndLoad(c));
    select(w, {QStringLiteral("test")});
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionStart"))->isEnabled());

    clickAction(w, "actionPause");
    QTRY_COMPARE(stateOf(c, QStringLiteral("test")), DomainState::Paused);
    QTRY_VERIFY(!w.findChild<QAction *>(QStringLiteral("actionPause"))->isEnabled());
    clickAction(w, "actionResume");
    QTRY_COMPARE(stateOf(c, QStringLiteral("test")), DomainState::Running);
    QVERIFY(m_boxes.isEmpty());
}

void tst_MainWindow::forceOffAsksFirst()
{
    ConnectionManager manager;
    Connection *c = manager.add(QStringLiteral("test:///default"), true, false);
    MainWindow w(&manager);
    w.show();
    QVERIFY(openAndLoad(c));
    select(w, {QStringLiteral("test")});

    // Declined: nothing happens.
    MessageBox::setTestHook([this](QMessageBox::Icon, const QString &title, const QString &text) {
        m_boxes << title + QStringLiteral(": ") + text;
        return QMessageBox::Cancel;
    });
    w.findChild<QAction *>(QStringLiteral("actionForceOff"))->trigger();
    QCOMPARE(m_boxes.size(), 1);
    QTest::qWait(100);
    QCOMPARE(stateOf(c, QStringLiteral("test")), DomainState::Running);

    initTestCase(); // confirm from now on
    w.findChild<QAction *>(QStringLiteral("actionForceOff"))->trigger();
    QTRY_COMPARE(stateOf(c, QStringLiteral("test")), DomainState::ShutOff);
    clickAction(w, "actionStart");
    QTRY_COMPARE(stateOf(c, QStringLiteral("test")), DomainState::Running);
}

void tst_MainWindow::bulkActionReportsFailuresOnce()
{
    ConnectionManager manager;
    Connection *c = manager.add(dataUri("states.xml"), true, false);
    MainWindow w(&manager);
    w.show();
    QVERIFY(openAndLoad(c));
    select(w, {QStringLiteral("running-web"), QStringLiteral("数据库服务器"), QStringLiteral("虛擬機-繁體"),
               QStringLiteral("shutoff-win10")});
    QSignalSpy done(w.controller(), &LifecycleController::batchFinished);
    clickAction(w, "actionPause"); // the shut-off VM is skipped, the three running ones pause
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().first().toInt(), 0);
    QTRY_COMPARE(stateOf(c, QStringLiteral("running-web")), DomainState::Paused);
    QTRY_COMPARE(stateOf(c, QStringLiteral("数据库服务器")), DomainState::Paused);
    QTRY_COMPARE(stateOf(c, QStringLiteral("虛擬機-繁體")), DomainState::Paused);
    QCOMPARE(stateOf(c, QStringLiteral("shutoff-win10")), DomainState::ShutOff);

    // Behind QVirt's back one of them resumes; the bulk resume then fails for it alone.
    const QString uuid = c->domainModel()->find(QStringLiteral("running-web"))->uuid;
    select(w, {QStringLiteral("running-web"), QStringLiteral("数据库服务器"), QStringLiteral("虛擬機-繁體")});
    QVERIFY(await(c->perform(uuid, DomainAction::Resume)).ok()); // selection still says "paused"
    m_boxes.clear();
    done.clear();
    auto refs = w.selectedDomains();
    for (DomainRef &r : refs)
        r.info.state = DomainState::Paused;
    w.controller()->perform(DomainAction::Resume, refs);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().first().toInt(), 1);
    QCOMPARE(m_boxes.size(), 1);
    QVERIFY2(m_boxes.first().contains(QLatin1String("running-web")), qPrintable(m_boxes.first()));
    QTRY_COMPARE(stateOf(c, QStringLiteral("数据库服务器")), DomainState::Running);
}

void tst_MainWindow::filterBox()
{
    ConnectionManager manager;
    Connection *c = manager.add(dataUri("states.xml"), true, false);
    MainWindow w(&manager);
    w.show();
    QVERIFY(openAndLoad(c));
    auto *filter = w.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("web"));
    const QModelIndex root = w.view()->model()->index(0, 0);
    QTRY_COMPARE(w.view()->model()->rowCount(root), 1);
    filter->clear();
    QTRY_COMPARE(w.view()->model()->rowCount(root), 12);
}

void tst_MainWindow::vmWindowPages()
{
    ConnectionManager manager;
    Connection *c = manager.add(QStringLiteral("test:///default"), true, false);
    MainWindow w(&manager);
    w.show();
    QVERIFY(openAndLoad(c));
    const QString uuid = c->domainModel()->find(QStringLiteral("test"))->uuid;
    VmWindow *vm = w.showDomain(c, uuid, VmWindow::SnapshotsPage);
    QVERIFY(vm);
    QCOMPARE(vm->currentPage(), VmWindow::SnapshotsPage);
    QCOMPARE(w.showDomain(c, uuid, VmWindow::OverviewPage), vm); // one window per VM
    auto *summary = vm->findChild<QLabel *>(QStringLiteral("overviewSummary"));
    QTRY_VERIFY(summary->text().contains(QLatin1String("Running")));
    auto *details = vm->findChild<QTextBrowser *>(QStringLiteral("overviewDetails"));
    QTRY_VERIFY(details->toPlainText().contains(QLatin1String("Disks")));
    auto *hardware = vm->findChild<QListWidget *>(QStringLiteral("hardwareList"));
    QVERIFY(hardware);
    QTRY_VERIFY(!hardware->findItems(QStringLiteral("Disk vda"), Qt::MatchExactly).isEmpty());
    QVERIFY(vm->passthrough()); // the Hardware page's host devices
    // Opened on the Snapshots page: the tree loads (a snapshots branch and disk vda).
    QTRY_COMPARE(vm->snapshots()->model()->rowCount(), 2);
    // The test driver's guest has no display: the console says so instead of hanging.
    vm->showPage(VmWindow::ConsolePage);
    QTRY_VERIFY2(vm->console()->message().contains(QLatin1String("no graphical display")), qPrintable(vm->console()->message()));
    auto *pause = vm->findChild<QAction *>(QStringLiteral("vmAction%1").arg(int(DomainAction::Pause)));
    pause->trigger();
    QTRY_VERIFY(summary->text().contains(QLatin1String("Paused")));
    vm->close();
}

void tst_MainWindow::failedConnectionBanner()
{
    ConnectionManager manager;
    Connection *good = manager.add(QStringLiteral("test:///default"), true, false);
    Connection *bad = manager.add(QStringLiteral("test:///nonexistent/host.xml"), true, false);
    MainWindow w(&manager);
    w.show();
    manager.openAutoconnect();
    QTRY_COMPARE(bad->state(), ConnectionState::Failed);
    QTRY_COMPARE(good->state(), ConnectionState::Connected);
    auto *banner = w.findChild<QWidget *>(QStringLiteral("banner"));
    QTRY_VERIFY(banner->isVisible());
    auto *text = w.findChild<QLabel *>(QStringLiteral("bannerText"));
    QVERIFY2(text->text().contains(QLatin1String("host.xml")), qPrintable(text->text()));
    QVERIFY(m_boxes.isEmpty()); // autoconnect failures do not pop up dialogs
}

void tst_MainWindow::takeSnapshotDialog()
{
    ConnectionManager manager;
    Connection *c = manager.add(QStringLiteral("test:///default"), true, false);
    MainWindow w(&manager);
    QVERIFY(openAndLoad(c));
    const QString uuid = c->domainModel()->find(QStringLiteral("test"))->uuid;
    VmWindow *vm = w.showDomain(c, uuid, VmWindow::SnapshotsPage);
    QTRY_COMPARE(vm->snapshots()->model()->rowCount(), 2);
    bool checked = false;
    QTimer::singleShot(100, this, [&checked] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *kind = dialog->findChild<QComboBox *>();
        auto *overlay = dialog->findChild<QLineEdit *>(QStringLiteral("snapshotOverlay_vda"));
        auto *memory = dialog->findChild<QLineEdit *>(QStringLiteral("snapshotMemoryFile"));
        QVERIFY(kind && overlay && memory);
        QCOMPARE(kind->count(), 3); // running: internal, external disk-only, external with memory
        QVERIFY(!overlay->isEnabled()); // internal: no files to name
        kind->setCurrentIndex(2);
        QVERIFY(overlay->isEnabled());
        QVERIFY(memory->isEnabled());
        dialog->reject();
        checked = true;
    });
    vm->findChild<QPushButton *>(QStringLiteral("snapshotCreate"))->click();
    QTRY_VERIFY(checked); // the dialog is opened, not run: click() returns at once
}

void tst_MainWindow::contextMenuWhileListChanges_data()
{
    QTest::addColumn<bool>("removeVm");
    QTest::newRow("list changes") << false;
    QTest::newRow("its VM removed") << true;
}

// The context menu pops up and returns: nothing waits in it while the list
// changes (grows past a reallocation; the VM it was opened on may go). What
// it then triggers acts on the selection as it is now.
void tst_MainWindow::contextMenuWhileListChanges()
{
    QFETCH(bool, removeVm);
    static int serial = 0;
    ++serial;
    auto xml = [](const QString &name) {
        return QStringLiteral("<domain type='test'><name>%1</name><memory>65536</memory><vcpu>1</vcpu>"
                              "<os><type>hvm</type></os></domain>").arg(name);
    };
    ConnectionManager manager;
    Connection *c = manager.add(QStringLiteral("test:///default"), true, false);
    MainWindow w(&manager);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(openAndLoad(c));
    const QString name = QStringLiteral("menu-%1").arg(serial);
    const Result<QString> vm = await(c->defineXml(xml(name)));
    QVERIFY(vm.ok());
    QVERIFY(await(c->perform(vm.value(), DomainAction::Start)).ok());
    QTRY_COMPARE(stateOf(c, vm.value()), DomainState::Running);
    QTRY_VERIFY(domainIndex(w, name).isValid());
    select(w, {name});
    auto *forceOff = w.findChild<QAction *>(QStringLiteral("actionForceOff"));
    QTRY_VERIFY(forceOff->isEnabled());

    emit w.view()->customContextMenuRequested(w.view()->visualRect(domainIndex(w, name)).center());
    auto *menu = w.findChild<QMenu *>(QStringLiteral("domainContextMenu"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QVERIFY(menu->actions().contains(forceOff));
    for (int i = 0; i < 40; ++i)
        QVERIFY(await(c->defineXml(xml(QStringLiteral("menu-churn-%1-%2").arg(serial).arg(i)))).ok());
    if (removeVm)
        QVERIFY(await(c->deleteDomain(vm.value(), {})).ok());
    QTRY_VERIFY(domainIndex(w, QStringLiteral("menu-churn-%1-39").arg(serial)).isValid());
    QTRY_COMPARE(domainIndex(w, name).isValid(), !removeVm);
    QVERIFY(menu->isVisible());

    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(forceOff).center());
    if (removeVm) {
        // Nothing is selected any more: nothing to force off, nothing asked.
        if (menu->isVisible())
            QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!menu->isVisible());
        QVERIFY(await(c->hostInfo()).ok());
        QCOMPARE(m_boxes, QStringList());
        return;
    }
    QTRY_VERIFY(!menu->isVisible());
    QTRY_COMPARE(stateOf(c, vm.value()), DomainState::ShutOff);
    QCOMPARE(m_boxes.size(), 1);
    QVERIFY2(m_boxes.first().contains(name), qPrintable(m_boxes.first()));
}

// Remove Connection asks about each selected connection in turn; one removed
// while the question about another is open is not asked about any more.
void tst_MainWindow::removeConnectionsOneByOne()
{
    MessageBox::setTestHook({}); // real boxes, answered by the script
    ConnectionManager manager;
    manager.add(dataUri("states.xml"), true, false);
    manager.add(QStringLiteral("test:///default"), true, false);
    MainWindow w(&manager);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (int i = 0; i < 2; ++i)
        w.view()->selectionModel()->select(w.view()->model()->index(i, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QVector<Connection *> selected = w.selectedConnections();
    QCOMPARE(selected.size(), 2);
    QPointer<Connection> second = selected.at(1);

    ModalScript script;
    script.expect<QMessageBox>([&](QMessageBox *box) {
        QVERIFY2(box->text().contains(selected.first()->displayName()), qPrintable(box->text()));
        manager.remove(second); // elsewhere, while the question is open
        QTRY_VERIFY(second.isNull());
        box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    });
    auto *remove = w.findChild<QAction *>(QStringLiteral("actionRemoveConnection"));
    QTRY_VERIFY(remove->isEnabled());
    script.start();
    remove->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(script.done(), 20000);
    QTRY_COMPARE(manager.count(), 0);
    QCOMPARE(script.unexpected(), QStringList());
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
