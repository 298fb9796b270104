#include "addconnectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

class tst_AddConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void buildsSshUri();
    void rawUriValidatedInline();
};

void tst_AddConnectionDialog::buildsSshUri()
{
    AddConnectionDialog d;
    d.show();
    QCOMPARE(d.uri(), QStringLiteral("qemu:///system"));
    d.findChild<QComboBox *>(QStringLiteral("transportCombo"))->setCurrentIndex(1);
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("userEdit")), QStringLiteral("root"));
    QTest::keyClicks(d.findChild<QLineEdit *>(QStringLiteral("hostEdit")), QStringLiteral("192.0.2.64"));
    QCOMPARE(d.uri(), QStringLiteral("qemu+ssh://root@192.0.2.64/system"));
    QCOMPARE(d.findChild<QLineEdit *>(QStringLiteral("uriEdit"))->text(), d.uri());
    d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(d.result(), int(QDialog::Accepted));
}

void tst_AddConnectionDialog::rawUriValidatedInline()
{
    AddConnectionDialog d;
    d.show();
    d.findChild<QCheckBox *>(QStringLiteral("customUriCheck"))->setChecked(true);
    auto *edit = d.findChild<QLineEdit *>(QStringLiteral("uriEdit"));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("qemu+ssh:///system"));
    d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(d.isVisible()); // not accepted; what was typed stays
    QCOMPARE(edit->text(), QStringLiteral("qemu+ssh:///system"));
    QVERIFY(!d.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
    edit->setText(QStringLiteral("test:///default"));
    d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.uri(), QStringLiteral("test:///default"));
}

QTEST_MAIN(tst_AddConnectionDialog)
#include "tst_addconnectiondialog.moc"
