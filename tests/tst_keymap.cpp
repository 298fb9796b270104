#include "keymap.h"
#include "vncsettings.h"

#include <QTest>

class tst_Keymap : public QObject
{
    Q_OBJECT

private slots:
    void evdevToQnum_data();
    void evdevToQnum();
    void qtKeyToKeysym_data();
    void qtKeyToKeysym();
    void encodingsString_data();
    void encodingsString();
};

void tst_Keymap::evdevToQnum_data()
{
    QTest::addColumn<quint32>("evdev");
    QTest::addColumn<quint32>("qnum");
    QTest::newRow("Esc") << 1u << 0x01u;
    QTest::newRow("A") << 30u << 0x1eu;
    QTest::newRow("left ctrl") << 29u << 0x1du;
    QTest::newRow("keypad dot") << 83u << 0x53u;
    QTest::newRow("F12") << 88u << 0x58u;
    QTest::newRow("right ctrl (e0 1d)") << 97u << 0x9du;
    QTest::newRow("AltGr (e0 38)") << 100u << 0xb8u;
    QTest::newRow("up (e0 48)") << 103u << 0xc8u;
    QTest::newRow("delete (e0 53)") << 111u << 0xd3u;
    QTest::newRow("left meta") << 125u << 0xdbu;
    QTest::newRow("hangeul") << 122u << 0xf2u;
    QTest::newRow("unknown") << 400u << 0u;
    QTest::newRow("reserved 0") << 0u << 0u;
}

void tst_Keymap::evdevToQnum()
{
    QFETCH(quint32, evdev);
    QFETCH(quint32, qnum);
    QCOMPARE(Keymap::evdevToQnum(evdev), qnum);
    QCOMPARE(Keymap::x11ToQnum(evdev + 8), qnum);
}

void tst_Keymap::qtKeyToKeysym_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint32>("keysym");
    QTest::newRow("a") << int(Qt::Key_A) << "a" << quint32('a');
    QTest::newRow("A shifted") << int(Qt::Key_A) << "A" << quint32('A');
    QTest::newRow("ctrl+c has no text") << int(Qt::Key_C) << "" << quint32('c');
    QTest::newRow("return") << int(Qt::Key_Return) << "\r" << 0xff0du;
    QTest::newRow("F1") << int(Qt::Key_F1) << "" << 0xffbeu;
    QTest::newRow("F12") << int(Qt::Key_F12) << "" << 0xffc9u;
    QTest::newRow("left") << int(Qt::Key_Left) << "" << 0xff51u;
    QTest::newRow("delete") << int(Qt::Key_Delete) << "" << 0xffffu;
    QTest::newRow("e acute") << int(Qt::Key_Eacute) << QStringLiteral("é") << 0xe9u;
    QTest::newRow("unicode") << 0 << QStringLiteral("中") << (0x01000000u | 0x4e2du);
    QTest::newRow("unknown") << int(Qt::Key_unknown) << "" << 0u;
}

void tst_Keymap::qtKeyToKeysym()
{
    QFETCH(int, key);
    QFETCH(QString, text);
    QFETCH(quint32, keysym);
    QCOMPARE(Keymap::qtKeyToKeysym(key, text), keysym);
}

void tst_Keymap::encodingsString_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("local");
    QTest::addColumn<QString>("expected");
    using E = VncSettings::Encoding;
    QTest::newRow("automatic local is raw") << int(E::Automatic) << true << "raw copyrect";
    QTest::newRow("automatic remote is tight") << int(E::Automatic) << false << "tight zrle copyrect raw";
    QTest::newRow("raw remote stays raw") << int(E::Raw) << false << "raw copyrect";
    QTest::newRow("zrle") << int(E::Zrle) << true << "zrle copyrect raw";
    QTest::newRow("tight local") << int(E::Tight) << true << "tight zrle copyrect raw";
}

void tst_Keymap::encodingsString()
{
    QFETCH(int, encoding);
    QFETCH(bool, local);
    QFETCH(QString, expected);
    const QString s = VncSettings::encodingsString(VncSettings::Encoding(encoding), local);
    QCOMPARE(s, expected);
    QVERIFY(!s.contains(QLatin1Char(','))); // libvncclient wants spaces
}

QTEST_GUILESS_MAIN(tst_Keymap)
#include "tst_keymap.moc"
