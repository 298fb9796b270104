#include "connection.h"
#include "connectionmanager.h"
#include "domainfilterproxymodel.h"
#include "lifecyclecontroller.h"
#include "mainwindow.h"
#include "messagebox.h"
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
#include <QLineEdit>
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
    auto *hardware = vm->findChild<QLabel *>(QStringLiteral("hardwarePageText"));
    QVERIFY(hardware->text().contains(QLatin1String("virsh --connect")));
    QVERIFY(hardware->text().contains(QLatin1String("edit test")));
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
    QVERIFY(checked);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
