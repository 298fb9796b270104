#include "keymap.h"
#include "typingkeymap.h"
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
    void scanCodePlan_data();
    void scanCodePlan();
    void keysymPlan_data();
    void keysymPlan();
    void layoutFromVncKeymap();
};

namespace {
using TypingKeymap::Layout;

// Strokes as "+2a +10 -10 -2a": down (+) or up (-), then the qnum (or the
// keysym) in hex.
QString qnums(const QVector<TypingKeymap::KeyStroke> &strokes)
{
    QStringList out;
    for (const auto &s : strokes)
        out << QStringLiteral("%1%2").arg(QLatin1Char(s.down ? '+' : '-')).arg(s.qnum, 2, 16, QLatin1Char('0'));
    return out.join(u' ');
}

QString keysyms(const QVector<TypingKeymap::KeyStroke> &strokes)
{
    QStringList out;
    for (const auto &s : strokes)
        out << QStringLiteral("%1%2").arg(QLatin1Char(s.down ? '+' : '-')).arg(s.keysym, 0, 16);
    return out.join(u' ');
}
} // namespace

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

void tst_Keymap::scanCodePlan_data()
{
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("strokes");  // qnums
    QTest::addColumn<QString>("keysyms");  // empty: not checked
    QTest::addColumn<QString>("unmappable");
    QTest::addColumn<int>("characters");

    // US
    QTest::newRow("us letters") << Layout::US << "ab" << "+1e -1e +30 -30" << "+61 -61 +62 -62" << "" << 2;
    QTest::newRow("us capital holds shift") << Layout::US << "H" << "+2a +23 -23 -2a" << "+ffe1 +48 -48 -ffe1" << "" << 1;
    QTest::newRow("us digits") << Layout::US << "09" << "+0b -0b +0a -0a" << "" << "" << 2;
    QTest::newRow("us shifted symbols") << Layout::US << "!@|" << "+2a +02 -02 -2a +2a +03 -03 -2a +2a +2b -2b -2a"
                                        << "" << "" << 3;
    QTest::newRow("us hello world") << Layout::US << "Hello, World!"
                                    << "+2a +23 -23 -2a +12 -12 +26 -26 +26 -26 +18 -18 +33 -33 +39 -39 "
                                       "+2a +11 -11 -2a +18 -18 +13 -13 +26 -26 +20 -20 +2a +02 -02 -2a"
                                    << "" << "" << 13;
    QTest::newRow("us newlines, crlf once") << Layout::US << "a\r\nb\nc\rd"
                                            << "+1e -1e +1c -1c +30 -30 +1c -1c +2e -2e +1c -1c +20 -20"
                                            << "+61 -61 +ff0d -ff0d +62 -62 +ff0d -ff0d +63 -63 +ff0d -ff0d +64 -64" << "" << 7;
    QTest::newRow("us tab") << Layout::US << "\t" << "+0f -0f" << "+ff09 -ff09" << "" << 1;
    QTest::newRow("us unmappable skipped, listed once") << Layout::US << QStringLiteral("é€aé") << "+1e -1e" << ""
                                                        << QStringLiteral("é€") << 1;
    QTest::newRow("us control character") << Layout::US << QStringLiteral("a\x01") << "+1e -1e" << ""
                                          << QStringLiteral("\x01") << 1;
    QTest::newRow("us decomposed input still unmappable") << Layout::US << QStringLiteral("e\u0301") << "" << ""
                                                          << QStringLiteral("é") << 0;

    // German: QWERTZ, AltGr symbols, dead ^ ´ `
    QTest::newRow("de zZ@ä") << Layout::DE << QStringLiteral("zZ@ä")
                             << "+15 -15 +2a +15 -15 -2a +b8 +10 -10 -b8 +28 -28"
                             << "+7a -7a +ffe1 +5a -5a -ffe1 +fe03 +40 -40 -fe03 +e4 -e4" << "" << 4;
    QTest::newRow("de y") << Layout::DE << "y" << "+2c -2c" << "" << "" << 1;
    QTest::newRow("de digits and shifted") << Layout::DE << QStringLiteral("2\"§=") << "+03 -03 +2a +03 -03 -2a +2a +04 -04 -2a +2a +0b -0b -2a"
                                           << "" << "" << 4;
    QTest::newRow("de altgr symbols") << Layout::DE << QStringLiteral("€{\\|~µ")
                                      << "+b8 +12 -12 -b8 +b8 +08 -08 -b8 +b8 +0c -0c -b8 +b8 +56 -56 -b8 +b8 +1b -1b -b8 "
                                         "+b8 +32 -32 -b8"
                                      << "+fe03 +20ac -20ac -fe03 +fe03 +7b -7b -fe03 +fe03 +5c -5c -fe03 +fe03 +7c -7c -fe03 "
                                         "+fe03 +7e -7e -fe03 +fe03 +b5 -b5 -fe03" << "" << 6;
    QTest::newRow("de lone circumflex: dead key, space") << Layout::DE << "^" << "+29 -29 +39 -39" << "+5e -5e +20 -20" << "" << 1;
    QTest::newRow("de lone grave: shifted dead key, space") << Layout::DE << "`" << "+2a +0d -0d -2a +39 -39" << "" << "" << 1;
    QTest::newRow("de dead circumflex a") << Layout::DE << QStringLiteral("â") << "+29 -29 +1e -1e" << "+5e -5e +61 -61" << "" << 1;
    QTest::newRow("de dead acute, capital") << Layout::DE << QStringLiteral("É") << "+0d -0d +2a +12 -12 -2a"
                                            << "+b4 -b4 +ffe1 +45 -45 -ffe1" << "" << 1;
    QTest::newRow("de dead grave") << Layout::DE << QStringLiteral("è") << "+2a +0d -0d -2a +12 -12" << "" << "" << 1;
    QTest::newRow("de direct umlauts, eszett") << Layout::DE << QStringLiteral("ÜöÄß") << "+2a +1a -1a -2a +27 -27 +2a +28 -28 -2a +0c -0c"
                                               << "" << "" << 4;
    QTest::newRow("de newline") << Layout::DE << "\n" << "+1c -1c" << "" << "" << 1;
    QTest::newRow("de unmappable") << Layout::DE << QStringLiteral("ñæ´x") << "+2d -2d" << "" << QStringLiteral("ñæ´") << 1;

    // French: AZERTY, digits with Shift, dead ^ ¨
    QTest::newRow("fr aq2é") << Layout::FR << QStringLiteral("aq2é") << "+10 -10 +1e -1e +2a +03 -03 -2a +03 -03"
                             << "+61 -61 +71 -71 +ffe1 +32 -32 -ffe1 +e9 -e9" << "" << 4;
    QTest::newRow("fr wzm") << Layout::FR << "wzmM" << "+2c -2c +11 -11 +27 -27 +2a +27 -27 -2a" << "" << "" << 4;
    QTest::newRow("fr digits") << Layout::FR << "1234567890" << "+2a +02 -02 -2a +2a +03 -03 -2a +2a +04 -04 -2a +2a +05 -05 -2a "
                                                                "+2a +06 -06 -2a +2a +07 -07 -2a +2a +08 -08 -2a +2a +09 -09 -2a "
                                                                "+2a +0a -0a -2a +2a +0b -0b -2a" << "" << "" << 10;
    QTest::newRow("fr punctuation") << Layout::FR << ",.;:!?" << "+32 -32 +2a +33 -33 -2a +33 -33 +34 -34 +35 -35 +2a +32 -32 -2a"
                                    << "" << "" << 6;
    QTest::newRow("fr altgr symbols") << Layout::FR << QStringLiteral("@#{\\^€")
                                      << "+b8 +0b -0b -b8 +b8 +04 -04 -b8 +b8 +05 -05 -b8 +b8 +09 -09 -b8 +b8 +0a -0a -b8 "
                                         "+b8 +12 -12 -b8" << "" << "" << 6;
    QTest::newRow("fr dead circumflex") << Layout::FR << QStringLiteral("âÔ") << "+1a -1a +10 -10 +1a -1a +2a +18 -18 -2a"
                                        << "+5e -5e +61 -61 +5e -5e +ffe1 +4f -4f -ffe1" << "" << 2;
    QTest::newRow("fr dead diaeresis") << Layout::FR << QStringLiteral("ë") << "+2a +1a -1a -2a +12 -12"
                                       << "+ffe1 +a8 -a8 -ffe1 +65 -65" << "" << 1;
    QTest::newRow("fr accented keys") << Layout::FR << QStringLiteral("èçàù") << "+08 -08 +0a -0a +0b -0b +28 -28" << "" << "" << 4;
    QTest::newRow("fr unmappable") << Layout::FR << QStringLiteral("ñá") << "" << "" << QStringLiteral("ñá") << 0;

    // Japanese 106/109
    QTest::newRow("jp @\\_") << Layout::JP << "@\\_" << "+1a -1a +73 -73 +2a +73 -73 -2a" << "+40 -40 +5c -5c +ffe1 +5f -5f -ffe1"
                               << "" << 3;
    QTest::newRow("jp shifted symbols") << Layout::JP << QStringLiteral("|~\"*:") << "+2a +7d -7d -2a +2a +0d -0d -2a +2a +03 -03 -2a "
                                                                                  "+2a +28 -28 -2a +28 -28" << "" << "" << 5;
    QTest::newRow("jp brackets") << Layout::JP << "[]{}" << "+1b -1b +2b -2b +2a +1b -1b -2a +2a +2b -2b -2a" << "" << "" << 4;
    QTest::newRow("jp caret is a key") << Layout::JP << "^=" << "+0d -0d +2a +0c -0c -2a" << "" << "" << 2;
    QTest::newRow("jp unmappable") << Layout::JP << QStringLiteral("é¥あ") << "" << "" << QStringLiteral("é¥あ") << 0;
    QTest::newRow("jp outside the BMP") << Layout::JP << QStringLiteral("a😀") << "+1e -1e" << "" << QStringLiteral("😀") << 1;
}

void tst_Keymap::scanCodePlan()
{
    QFETCH(Layout, layout);
    QFETCH(QString, text);
    QFETCH(QString, strokes);
    QFETCH(QString, keysyms);
    QFETCH(QString, unmappable);
    QFETCH(int, characters);
    const TypingKeymap::TypingPlan plan = TypingKeymap::scanCodePlan(layout, text);
    QCOMPARE(qnums(plan.strokes), strokes);
    if (!keysyms.isEmpty())
        QCOMPARE(::keysyms(plan.strokes), keysyms);
    QCOMPARE(plan.unmappable, unmappable);
    QCOMPARE(plan.characters, characters);
    // Every key pressed is released, in the reverse order of pressing.
    QVector<quint32> held;
    for (const auto &s : plan.strokes) {
        if (s.down) {
            QVERIFY(!held.contains(s.qnum));
            held.append(s.qnum);
        } else {
            QVERIFY(!held.isEmpty());
            QCOMPARE(held.takeLast(), s.qnum);
        }
    }
    QVERIFY(held.isEmpty());
}

void tst_Keymap::keysymPlan_data()
{
    QTest::addColumn<Layout>("layout");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("keysyms");
    QTest::addColumn<QString>("unmappable");
    QTest::newRow("us, with shift") << Layout::US << "Hi!\r\n\t"
                                    << "+ffe1 +48 -48 -ffe1 +69 -69 +ffe1 +21 -21 -ffe1 +ff0d -ff0d +ff09 -ff09" << "";
    QTest::newRow("de: altgr, dead keys by their accent") << Layout::DE << QStringLiteral("â@€^")
                                                          << "+5e -5e +61 -61 +fe03 +40 -40 -fe03 +fe03 +20ac -20ac -fe03 +5e -5e +20 -20" << "";
    QTest::newRow("fr unmappable skipped") << Layout::FR << QStringLiteral("añ") << "+61 -61" << QStringLiteral("ñ");
    QTest::newRow("jp") << Layout::JP << "\\" << "+5c -5c" << "";
}

void tst_Keymap::keysymPlan()
{
    QFETCH(Layout, layout);
    QFETCH(QString, text);
    QFETCH(QString, keysyms);
    QFETCH(QString, unmappable);
    const TypingKeymap::TypingPlan plan = TypingKeymap::keysymPlan(layout, text);
    QCOMPARE(::keysyms(plan.strokes), keysyms);
    for (const auto &s : plan.strokes)
        QCOMPARE(s.qnum, 0u); // the server maps them
    QCOMPARE(plan.unmappable, unmappable);
}

void tst_Keymap::layoutFromVncKeymap()
{
    QCOMPARE(TypingKeymap::layoutFromVncKeymap(QStringLiteral("en-us")), Layout::US);
    QCOMPARE(TypingKeymap::layoutFromVncKeymap(QStringLiteral("de")), Layout::DE);
    QCOMPARE(TypingKeymap::layoutFromVncKeymap(QStringLiteral("fr")), Layout::FR);
    QCOMPARE(TypingKeymap::layoutFromVncKeymap(QStringLiteral("ja")), Layout::JP);
    QVERIFY(!TypingKeymap::layoutFromVncKeymap(QStringLiteral("de-ch")));
    QVERIFY(!TypingKeymap::layoutFromVncKeymap(QString()));
    for (Layout l : TypingKeymap::layouts())
        QCOMPARE(TypingKeymap::layoutFromId(TypingKeymap::layoutId(l)), l);
    QVERIFY(!TypingKeymap::layoutFromId(QStringLiteral("xx")));
}

QTEST_GUILESS_MAIN(tst_Keymap)
#include "tst_keymap.moc"
