#include "clonedialog.h"
#include "connection.h"
#include "connectionmanager.h"
#include "mainwindow.h"
#include "testutil.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QTreeView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QtTest>

using namespace TestUtil;

// The clone dialog on libvirt's test driver: its running domain "test" with one disk.
class tst_CloneDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void defaultNameAndDiskTable();
    void disabledWhileRunning();
    void pattern();
    void cloneAppearsInTheList();
    void cloneActionInTheVmMenu();

private:
    template<typename T>
    T *child(const char *name) const { return m_dialog->findChild<T *>(QLatin1String(name)); }
    void waitLoaded();

    Connection *m_conn = nullptr;
    CloneDialog *m_dialog = nullptr;
    QString m_uuid;
};

void tst_CloneDialog::init()
{
    m_conn = new Connection(QStringLiteral("test:///default"));
    QVERIFY(openAndLoad(m_conn));
    m_uuid = m_conn->domainModel()->find(QStringLiteral("test"))->uuid;
    m_dialog = new CloneDialog(m_conn, m_uuid);
    m_dialog->show();
}

void tst_CloneDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    delete m_conn;
    m_conn = nullptr;
}

void tst_CloneDialog::waitLoaded()
{
    QTRY_COMPARE(child<QTreeWidget>("cloneDiskTable")->topLevelItemCount(), 1);
}

void tst_CloneDialog::defaultNameAndDiskTable()
{
    waitLoaded();
    QCOMPARE(child<QLineEdit>("cloneNameEdit")->text(), QStringLiteral("test-clone"));
    QTreeWidget *table = child<QTreeWidget>("cloneDiskTable");
    QTreeWidgetItem *row = table->topLevelItem(0);
    QVERIFY(row->text(0).contains(QLatin1String("vda")));
    QCOMPARE(row->text(1), QStringLiteral("/guest/diskimage1"));
    auto *action = child<QComboBox>("diskAction_vda");
    QVERIFY(action);
    QCOMPARE(CloneDiskAction(action->currentData().toInt()), CloneDiskAction::Copy);
    QCOMPARE(row->text(3), QStringLiteral("test-clone-vda.img"));
    // The new image follows the name until the user edits it.
    child<QLineEdit>("cloneNameEdit")->setText(QStringLiteral("other"));
    QCOMPARE(row->text(3), QStringLiteral("other-vda.img"));
    // Shared or left out: no new image.
    action->setCurrentIndex(action->findData(int(CloneDiskAction::Share)));
    QCOMPARE(row->text(3), QString());
    // Linked: the note says what happens to the original.
    child<QRadioButton>("linkedCloneRadio")->setChecked(true);
    QVERIFY(child<QLabel>("linkedCloneNote")->isVisible());
    QVERIFY(child<QLabel>("linkedCloneNote")->text().contains(QLatin1String("overlay of its own")));
    if (qEnvironmentVariableIsSet("QVIRT_SCREENSHOT_DIR"))
        m_dialog->grab().save(qEnvironmentVariable("QVIRT_SCREENSHOT_DIR") + QStringLiteral("/clonedialog.png"));
}

void tst_CloneDialog::disabledWhileRunning()
{
    waitLoaded();
    auto *clone = child<QPushButton>("cloneButton");
    QLabel *note = child<QLabel>("cloneNote");
    QTRY_VERIFY(note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("Shut it down or pause it")));
    QVERIFY(!clone->isEnabled());
    // Paused: a full clone may go ahead, a linked one not.
    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::Pause)).ok());
    QTRY_VERIFY(clone->isEnabled());
    QVERIFY(!note->isVisible());
    child<QRadioButton>("linkedCloneRadio")->setChecked(true);
    QVERIFY(!clone->isEnabled());
    QVERIFY(note->text().contains(QLatin1String("Shut it down")));
}

void tst_CloneDialog::pattern()
{
    waitLoaded();
    child<QLineEdit>("cloneNameEdit")->setText(QStringLiteral("web-%n"));
    child<QSpinBox>("cloneCountSpin")->setValue(3);
    QCOMPARE(m_dialog->cloneNames(), (QStringList{QStringLiteral("web-1"), QStringLiteral("web-2"), QStringLiteral("web-3")}));
    QVERIFY(child<QLabel>("cloneNamesPreview")->text().contains(QLatin1String("web-1, web-2, web-3")));
    QCOMPARE(child<QTreeWidget>("cloneDiskTable")->topLevelItem(0)->text(3), QStringLiteral("Named after each clone"));
    // A name taken is refused.
    child<QSpinBox>("cloneCountSpin")->setValue(1);
    child<QLineEdit>("cloneNameEdit")->setText(QStringLiteral("test"));
    QVERIFY(!child<QPushButton>("cloneButton")->isEnabled());
    QVERIFY(child<QLabel>("cloneStatus")->text().contains(QLatin1String("already exists")));
}

void tst_CloneDialog::cloneAppearsInTheList()
{
    waitLoaded();
    // The test driver's image is not a file here: share it.
    auto *action = child<QComboBox>("diskAction_vda");
    action->setCurrentIndex(action->findData(int(CloneDiskAction::Share)));
    QVERIFY(await(m_conn->perform(m_uuid, DomainAction::Pause)).ok());
    auto *clone = child<QPushButton>("cloneButton");
    QTRY_VERIFY(clone->isEnabled());
    // Read again once paused; the choice stays.
    QTRY_COMPARE(CloneDiskAction(child<QComboBox>("diskAction_vda")->currentData().toInt()), CloneDiskAction::Share);
    QSignalSpy cloned(m_dialog, &CloneDialog::cloned);
    QTest::mouseClick(clone, Qt::LeftButton);
    QTRY_COMPARE(cloned.size(), 1);
    QCOMPARE(cloned.first().first().toStringList(), QStringList{QStringLiteral("test-clone")});
    QTRY_VERIFY(m_conn->domainModel()->find(QStringLiteral("test-clone")));
    QVERIFY(m_conn->domainModel()->find(QStringLiteral("test-clone"))->uuid != m_uuid);
    auto *open = child<QPushButton>("openCloneButton");
    QVERIFY(open->isVisible());
    qRegisterMetaType<Connection *>();
    QSignalSpy opened(m_dialog, &CloneDialog::openRequested);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(1).toString(), m_conn->domainModel()->find(QStringLiteral("test-clone"))->uuid);
}

void tst_CloneDialog::cloneActionInTheVmMenu()
{
    ConnectionManager manager;
    Connection *c = manager.add(QStringLiteral("test:///default"), true, false);
    MainWindow w(&manager);
    w.show();
    QVERIFY(openAndLoad(c));
    QAbstractItemModel *m = w.view()->model();
    const QModelIndex conn = m->index(0, 0);
    QModelIndex test;
    for (int r = 0; r < m->rowCount(conn); ++r) {
        if (m->index(r, 0, conn).data().toString() == QLatin1String("test"))
            test = m->index(r, 0, conn);
    }
    QVERIFY(test.isValid());
    w.view()->selectionModel()->select(test, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *action = w.findChild<QAction *>(QStringLiteral("actionClone"));
    QVERIFY(action);
    bool inMenu = false;
    for (QMenu *menu : w.findChildren<QMenu *>())
        inMenu |= menu->actions().contains(action);
    QVERIFY(inMenu);
    QTRY_VERIFY(!action->isEnabled()); // running
    QVERIFY(await(c->perform(c->domainModel()->find(QStringLiteral("test"))->uuid, DomainAction::Pause)).ok());
    QTRY_VERIFY(action->isEnabled());
    action->trigger();
    CloneDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.findChild<CloneDialog *>()));
    QTRY_COMPARE(dialog->cloneNames(), QStringList{QStringLiteral("test-clone")});
    dialog->reject();
}

QTEST_MAIN(tst_CloneDialog)
#include "tst_clonedialog.moc"
