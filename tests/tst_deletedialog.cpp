#include "connection.h"
#include "deletedialog.h"
#include "testutil.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace TestUtil;

class tst_DeleteDialog : public QObject
{
    Q_OBJECT

private slots:
    void optInStorage();
};

void tst_DeleteDialog::optInStorage()
{
    Connection c(QStringLiteral("test:///default"));
    QVERIFY(openAndLoad(&c));
    const DomainInfo info = *c.domainModel()->find(QStringLiteral("test"));
    DeleteDialog d({{&c, info}});
    d.show();
    auto *button = d.findChild<QPushButton *>(QStringLiteral("deleteButton"));
    QTRY_VERIFY(button->isEnabled());
    // Nothing is chosen until the user opts in.
    QVERIFY(d.chosenPaths().isEmpty());
    auto *check = d.findChild<QCheckBox *>(QStringLiteral("deleteStorageCheck"));
    auto *tree = d.findChild<QTreeWidget *>(QStringLiteral("storageTree"));
    QVERIFY(!tree->isEnabled());
    if (check->isEnabled()) {
        check->setChecked(true);
        QVERIFY(tree->isEnabled());
    }
    QSignalSpy confirmed(&d, &DeleteDialog::confirmed);
    button->click();
    QCOMPARE(confirmed.size(), 1);
}

QTEST_MAIN(tst_DeleteDialog)
#include "tst_deletedialog.moc"
