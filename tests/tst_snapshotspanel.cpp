#include "connection.h"
#include "modalscript.h"
#include "snapshotspanel.h"
#include "snapshottreemodel.h"
#include "testutil.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

using namespace TestUtil;

// The Snapshots page's dialogs never keep a pointer into a model or to the
// connection: while one is open the list changes and the connection may go.
class tst_SnapshotsPanel : public QObject
{
    Q_OBJECT

private slots:
    void listChangesWhileAsking_data();
    void listChangesWhileAsking();

private:
    const QString m_test = QStringLiteral("6695eb01-f6a4-8304-79aa-97f2502e193f"); // test:///default's "test"
};

static QModelIndex findSnapshot(SnapshotTreeModel *model, const QString &name)
{
    if (model->rowCount() == 0)
        return {};
    return model->match(model->index(0, 0), SnapshotTreeModel::SnapshotNameRole, name, 1,
                        Qt::MatchRecursive | Qt::MatchExactly).value(0);
}

void tst_SnapshotsPanel::listChangesWhileAsking_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("removeConnection");
    for (const char *b : {"take", "revert", "delete"}) {
        const QString button = QStringLiteral("snapshot") + (qstrcmp(b, "take") == 0 ? QStringLiteral("Create")
                                                             : qstrcmp(b, "revert") == 0 ? QStringLiteral("Revert")
                                                                                         : QStringLiteral("Delete"));
        QTest::addRow("%s, list changes", b) << button << false;
        QTest::addRow("%s, connection removed", b) << button << true;
    }
}

// Each question of the page is open while the list grows past a
// reallocation (and the connection may be removed); the answer then acts on
// what is there, or does nothing.
void tst_SnapshotsPanel::listChangesWhileAsking()
{
    QFETCH(QString, button);
    QFETCH(bool, removeConnection);
    static int serial = 0;
    ++serial;
    QPointer<Connection> c = new Connection(QStringLiteral("test:///default"));
    QVERIFY(openAndLoad(c));
    SnapshotRequest req;
    req.name = QStringLiteral("before-%1").arg(serial);
    QVERIFY(await(c->createSnapshot(m_test, req)).ok());

    SnapshotsPanel panel(c, m_test);
    panel.show();
    panel.activate();
    QTreeView *tree = panel.view();
    // Select the snapshot just taken.
    QModelIndex found;
    QTRY_VERIFY((found = findSnapshot(panel.model(), req.name)).isValid());
    tree->setCurrentIndex(found);
    auto *b = panel.findChild<QPushButton *>(button);
    QTRY_VERIFY(b->isEnabled());

    const QString taken = QStringLiteral("taken-%1").arg(serial);
    bool asked = false;
    ModalScript script;
    script.expect<QDialog>([&](QDialog *dialog) {
        asked = true;
        // The list reallocates, then the connection may go.
        const int before = c->domainModel()->rowCount();
        for (int i = 0; i < 40; ++i) {
            const QString xml = QStringLiteral("<domain type='test'><name>snap-churn-%1-%2</name><memory>65536</memory>"
                                               "<vcpu>1</vcpu><os><type>hvm</type></os></domain>").arg(serial).arg(i);
            QVERIFY(await(c->defineXml(xml)).ok());
        }
        QTRY_COMPARE(c->domainModel()->rowCount(), before + 40);
        if (removeConnection) {
            c->deleteLater();
            QTRY_VERIFY(c.isNull());
        }
        if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            box->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
        } else {
            QCOMPARE(dialog->objectName(), QStringLiteral("createSnapshotDialog"));
            dialog->findChild<QLineEdit *>(QStringLiteral("snapshotName"))->setText(taken);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }
    });
    script.start();
    b->click();
    QTRY_VERIFY_WITH_TIMEOUT(script.done(), 20000);
    QVERIFY(asked);
    if (removeConnection) {
        // The answer finds no connection and does nothing; the page stays usable.
        QVERIFY(panel.isVisible());
        QCOMPARE(script.unexpected(), QStringList());
        return;
    }
    // The answer acted on the VM and snapshot it was asked about.
    if (button == QLatin1String("snapshotCreate")) {
        QTRY_VERIFY_WITH_TIMEOUT(findSnapshot(panel.model(), taken).isValid(), 20000);
    } else if (button == QLatin1String("snapshotDelete")) {
        QTRY_VERIFY_WITH_TIMEOUT(!findSnapshot(panel.model(), req.name).isValid(), 20000);
    } else {
        // libvirt answers in order: once this has, the revert has too.
        QVERIFY(await(c->hostInfo()).ok());
        QTRY_VERIFY(findSnapshot(panel.model(), req.name).isValid());
    }
    QCOMPARE(script.unexpected(), QStringList());
    delete c;
}

QTEST_MAIN(tst_SnapshotsPanel)
#include "tst_snapshotspanel.moc"
