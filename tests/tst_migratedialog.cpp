// The migrate dialog on libvirt's test driver: destinations, the form, the
// refusal for host devices, and a refused move that keeps every choice. Real
// moves between two daemons are tst_integration_migration's.

#include "banner.h"
#include "connection.h"
#include "connectionmanager.h"
#include "language.h"
#include "domainlistmodel.h"
#include "mainwindow.h"
#include "migratedialog.h"
#include "testutil.h"
#include "vmlistpanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>

using namespace TestUtil;

class tst_MigrateDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsOtherConnectedHostsOnly();
    void formFollowsTheVmState();
    void refusesARunningVmWithHostDevices();
    void aRefusedMoveKeepsEveryChoice();
    void menuActionNeedsASecondHost();
};

void tst_MigrateDialog::initTestCase()
{
    if (qEnvironmentVariableIsSet("QVIRT_SCREENSHOT_LANG"))
        Language::apply(qEnvironmentVariable("QVIRT_SCREENSHOT_LANG"));
}

// QVIRT_SCREENSHOT_DIR: the dialog as the user sees it, for a look at the layout
// (under Xvfb with QT_QPA_PLATFORM=xcb; QVIRT_SCREENSHOT_LANG picks the language).
static void shoot(QWidget *w, const char *tag)
{
    const QString shots = qEnvironmentVariable("QVIRT_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    w->show();
    QTest::qWait(300);
    w->grab().save(QStringLiteral("%1/%2-migrate-%3.png").arg(shots, qEnvironmentVariable("QVIRT_SCREENSHOT_LANG", QStringLiteral("en")), QLatin1String(tag)));
}

// A source host (libvirt's test driver, its VM "test" running) and a second
// connected host to move to.
struct TwoHosts
{
    ConnectionManager manager;
    Connection *source = manager.add(QStringLiteral("test:///default"), true, false);
    Connection *other = manager.add(dataUri("states.xml"), true, false);
    bool open() { return openAndLoad(source) && openAndLoad(other); }
};

static QPushButton *migrateButton(MigrateDialog *d)
{
    return d->findChild<QPushButton *>(QStringLiteral("migrateButton"));
}

void tst_MigrateDialog::listsOtherConnectedHostsOnly()
{
    ConnectionManager manager;
    Connection *source = manager.add(QStringLiteral("test:///default"), true, false);
    QVERIFY(openAndLoad(source));
    const DomainInfo *vm = source->domainModel()->find(QStringLiteral("test"));
    QVERIFY(vm);
    auto *dialog = new MigrateDialog(&manager, source, vm->uuid, vm->name, true);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("migrateDestination"));
    QCOMPARE(combo->count(), 0);
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("migrateNoDestination"))->isHidden());
    QVERIFY(!migrateButton(dialog)->isEnabled());

    // A second host connects: it is offered, and the button can be pressed.
    Connection *other = manager.add(dataUri("states.xml"), true, false);
    QVERIFY(openAndLoad(other));
    QTRY_COMPARE(combo->count(), 1);
    QCOMPARE(combo->currentData().toString(), other->uri());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("migrateNoDestination"))->isHidden());
    QTRY_VERIFY(migrateButton(dialog)->isEnabled());
    QCOMPARE(dialog->destination(), other);
    delete dialog;
}

void tst_MigrateDialog::formFollowsTheVmState()
{
    TwoHosts hosts;
    QVERIFY(hosts.open());
    ConnectionManager &manager = hosts.manager;
    Connection *source = hosts.source;
    const DomainInfo *vm = source->domainModel()->find(QStringLiteral("test"));
    QVERIFY(vm);

    // Running: live options on; the definition can stay here.
    auto *live = new MigrateDialog(&manager, source, vm->uuid, vm->name, true);
    QTRY_VERIFY(!live->findChild<QLabel *>(QStringLiteral("migrateDisks"))->text().isEmpty());
    shoot(live, "live");
    QVERIFY(live->findChild<QLabel *>(QStringLiteral("migrateIntro"))->text().contains(QLatin1String("keeps running")));
    QVERIFY(live->findChild<QCheckBox *>(QStringLiteral("migratePersistent"))->isEnabled());
    QVERIFY(live->findChild<QSpinBox *>(QStringLiteral("migrateBandwidth"))->isEnabled());
    // Auto-converge and post-copy are QEMU's: not offered between test-driver hosts.
    QTRY_VERIFY(!live->findChild<QCheckBox *>(QStringLiteral("migrateAutoConverge"))->isEnabled());
    QVERIFY(!live->findChild<QCheckBox *>(QStringLiteral("migratePostCopy"))->isEnabled());
    live->findChild<QRadioButton *>(QStringLiteral("migrateTunnelled"))->setChecked(true);
    live->findChild<QRadioButton *>(QStringLiteral("migrateCopyTop"))->setChecked(true);
    live->findChild<QCheckBox *>(QStringLiteral("migratePersistent"))->setChecked(false);
    live->findChild<QSpinBox *>(QStringLiteral("migrateBandwidth"))->setValue(50);
    const MigrationOptions o = live->options();
    QCOMPARE(o.transport, MigrationOptions::Transport::Tunnelled);
    QCOMPARE(o.storage, MigrationOptions::Storage::Incremental);
    QCOMPARE(o.bandwidthMiBs, 50);
    QVERIFY(!o.postCopy);
    QVERIFY(!o.persistent);
    QVERIFY(!o.keepSource);
    QVERIFY(!live->findChild<QCheckBox *>(QStringLiteral("migrateKeepSource"))->isEnabled());
    // The disks are listed once the definition is read.
    delete live;

    // Shut off: an offline move, always defined there; no live-only options.
    auto *offline = new MigrateDialog(&manager, source, vm->uuid, vm->name, false);
    QVERIFY(offline->findChild<QLabel *>(QStringLiteral("migrateIntro"))->text().contains(QLatin1String("shut off")));
    QVERIFY(!offline->findChild<QSpinBox *>(QStringLiteral("migrateBandwidth"))->isEnabled());
    QVERIFY(!offline->findChild<QCheckBox *>(QStringLiteral("migratePersistent"))->isEnabled());
    QVERIFY(offline->options().persistent);
    delete offline;
}

void tst_MigrateDialog::refusesARunningVmWithHostDevices()
{
    TwoHosts hosts;
    QVERIFY(hosts.open());
    ConnectionManager &manager = hosts.manager;
    Connection *source = hosts.source;
    const QString xml = QStringLiteral(
        "<domain type='test'><name>gpu-guest</name><memory>65536</memory><os><type>hvm</type></os><devices>"
        "<hostdev mode='subsystem' type='pci' managed='yes'><source><address domain='0x0000' bus='0x01' slot='0x00' function='0x0'/></source></hostdev>"
        "</devices></domain>");
    const Result<QString> uuid = await(source->defineXml(xml));
    QVERIFY(uuid);
    QVERIFY(await(source->perform(uuid.value(), DomainAction::Start)));

    auto *dialog = new MigrateDialog(&manager, source, uuid.value(), QStringLiteral("gpu-guest"), true);
    auto *banner = dialog->findChild<Banner *>();
    QTRY_VERIFY(banner->text().contains(QLatin1String("0000:01:00.0")));
    shoot(dialog, "refused");
    QVERIFY(banner->text().contains(QLatin1String("Shut it down")));
    QVERIFY(!migrateButton(dialog)->isEnabled());
    delete dialog;

    // Shut off, it may move (offline): the definition goes, the device stays.
    auto *offline = new MigrateDialog(&manager, source, uuid.value(), QStringLiteral("gpu-guest"), false);
    QTRY_VERIFY(migrateButton(offline)->isEnabled());
    delete offline;
    QVERIFY(await(source->perform(uuid.value(), DomainAction::ForceOff)));
}

void tst_MigrateDialog::aRefusedMoveKeepsEveryChoice()
{
    TwoHosts hosts;
    QVERIFY(hosts.open());
    ConnectionManager &manager = hosts.manager;
    Connection *source = hosts.source;
    const DomainInfo *vm = source->domainModel()->find(QStringLiteral("test"));
    QVERIFY(vm);
    const QString uuid = vm->uuid;
    auto *dialog = new MigrateDialog(&manager, source, uuid, vm->name, true);
    dialog->findChild<QRadioButton *>(QStringLiteral("migrateShared"))->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("migrateDowntime"))->setValue(700);
    QTRY_VERIFY(migrateButton(dialog)->isEnabled());
    QSignalSpy finished(dialog, &MigrateDialog::finished);
    QTest::mouseClick(migrateButton(dialog), Qt::LeftButton);
    // The test driver cannot move VMs (or both are one host): libvirt says no.
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    auto *banner = dialog->findChild<Banner *>();
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->text().contains(vm->name) || banner->text().contains(QLatin1String("same host")));
    // Every choice as it was, and the button ready for another try.
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("migrateShared"))->isChecked());
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("migrateDowntime"))->value(), 700);
    QVERIFY(dialog->findChild<QSpinBox *>(QStringLiteral("migrateDowntime"))->isEnabled());
    QVERIFY(migrateButton(dialog)->isEnabled());
    QVERIFY(!source->isMigrating(uuid));
    // The VM is still where it was.
    QCOMPARE(stateOf(source, QStringLiteral("test")), DomainState::Running);
    delete dialog;
}

void tst_MigrateDialog::menuActionNeedsASecondHost()
{
    ConnectionManager manager;
    Connection *source = manager.add(QStringLiteral("test:///default"), true, false);
    QVERIFY(openAndLoad(source));
    MainWindow window(&manager);
    auto *action = window.findChild<QAction *>(QStringLiteral("actionMigrate"));
    QVERIFY(action);
    auto *list = window.findChild<VmListPanel *>();
    QVERIFY(list);
    auto *view = list->findChild<QTreeView *>();
    QVERIFY(view);
    // Select the VM "test".
    const QModelIndexList hits = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("test"), 1,
                                                      Qt::MatchRecursive | Qt::MatchExactly);
    QVERIFY(!hits.isEmpty());
    view->setCurrentIndex(hits.first());
    QTRY_VERIFY(action->toolTip().contains(QLatin1String("destination")));
    QVERIFY(!action->isEnabled());
    Connection *other = manager.add(dataUri("states.xml"), true, false);
    QVERIFY(openAndLoad(other));
    QTRY_VERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<MigrateDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->close();
}

QTEST_MAIN(tst_MigrateDialog)
#include "tst_migratedialog.moc"
