#include "filename.h"

#include <QRandomGenerator>
#include <QTest>

class tst_FileName : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void randomBytesRoundTrip();
    void textIsPlainUtf8();
};

void tst_FileName::roundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("text");

    QTest::newRow("empty") << QByteArray() << QString() << true;
    QTest::newRow("ascii") << QByteArray("/var/lib/libvirt/images/vm.qcow2") << QStringLiteral("/var/lib/libvirt/images/vm.qcow2") << true;
    QTest::newRow("chinese") << QByteArray("/srv/\xe8\x99\x9a\xe6\x8b\x9f\xe6\x9c\xba.qcow2")
                             << QStringLiteral("/srv/虚拟机.qcow2") << true;
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80.img") << QStringLiteral("\U0001F600.img") << true;
    QTest::newRow("latin1 byte") << QByteArray("base-\xff.qcow2") << QStringLiteral("base-\\xff.qcow2") << false;
    QTest::newRow("gbk name") << QByteArray("\xd0\xe9\xc4\xe2\xbb\xfa.img") << QStringLiteral("\\xd0\\xe9\\xc4\\xe2\\xbb\\xfa.img") << false;
    QTest::newRow("lone continuation") << QByteArray("a\x80z") << QStringLiteral("a\\x80z") << false;
    QTest::newRow("truncated sequence") << QByteArray("a\xe8\x99") << QStringLiteral("a\\xe8\\x99") << false;
    QTest::newRow("truncated then text") << QByteArray("\xe8\x99z\xe8\x99\x9a") << QStringLiteral("\\xe8\\x99z虚") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QStringLiteral("\\xc0\\xaf") << false;
    QTest::newRow("encoded surrogate") << QByteArray("\xed\xb3\xbf") << QStringLiteral("\\xed\\xb3\\xbf") << false;
    QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("\\xf4\\x90\\x80\\x80") << false;
    // Its UTF-16 low half is U+DC91, inside the escape range: still text.
    QTest::newRow("plane 3") << QByteArray("\xf0\xbf\x92\x91") << QString::fromUcs4(U"\U0003F491") << true;
    QTest::newRow("plane 3 then byte") << QByteArray("\xf0\xbf\x92\x91\x91") << QString::fromUcs4(U"\U0003F491") + QStringLiteral("\\x91") << false;
    QTest::newRow("valid U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << QString::fromUcs4(U"\U0010FFFF") << true;
    QTest::newRow("control byte") << QByteArray("a\x01" "b") << QStringLiteral("a\x01" "b") << true;
}

void tst_FileName::roundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QFETCH(bool, text);

    const QString name = FileName::fromNative(bytes);
    QCOMPARE(FileName::toNative(name), bytes);
    QCOMPARE(FileName::isText(name), text);
    QCOMPARE(FileName::display(name), shown);
    if (text)
        QCOMPARE(name, QString::fromUtf8(bytes)); // valid UTF-8 decodes as Qt does
    else
        QVERIFY(!name.contains(QChar::ReplacementCharacter)); // nothing hidden behind U+FFFD
}

void tst_FileName::randomBytesRoundTrip()
{
    QRandomGenerator rng(20240610);
    for (int i = 0; i < 5000; ++i) {
        QByteArray bytes(int(rng.bounded(1, 40)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(1, 256)); // no NUL: not in a file name
        const QString name = FileName::fromNative(bytes);
        QCOMPARE(FileName::toNative(name), bytes);
        // Two different names never look alike once escaped... unless a name
        // spells out "\xNN" itself; what matters is that the bytes survive.
        QVERIFY(!FileName::display(name).isEmpty());
    }
}

void tst_FileName::textIsPlainUtf8()
{
    const QString s = QStringLiteral("/var/lib/libvirt/images/測試-テスト-테스트.qcow2");
    QCOMPARE(FileName::toNative(s), s.toUtf8());
    QCOMPARE(FileName::fromNative(s.toUtf8()), s);
    QVERIFY(FileName::isText(s));
}

QTEST_GUILESS_MAIN(tst_FileName)
#include "tst_filename.moc"
