#include <QtTest>
class tst_CloneDialog : public QObject
{
    Q_OBJECT
};
QTEST_MAIN(tst_CloneDialog)
#include "tst_clonedialog.moc"
