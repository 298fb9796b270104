#include "typingkeymap.h"

#include <QHash>

namespace TypingKeymap {

namespace {

constexpr quint32 kShiftQnum = 0x2a;
constexpr quint32 kShiftKeysym = 0xffe1;  // Shift_L
constexpr quint32 kAltGrQnum = 0xb8;      // right Alt (e0 38)
constexpr quint32 kAltGrKeysym = 0xfe03;  // ISO_Level3_Shift
constexpr quint32 kEnterQnum = 0x1c;
constexpr quint32 kEnterKeysym = 0xff0d;  // Return
constexpr quint32 kTabQnum = 0x0f;
constexpr quint32 kTabKeysym = 0xff09;
constexpr quint32 kSpaceQnum = 0x39;

constexpr quint32 kDeadGrave = 0xfe50;
constexpr quint32 kDeadAcute = 0xfe51;
constexpr quint32 kDeadCircumflex = 0xfe52;
constexpr quint32 kDeadTilde = 0xfe53;
constexpr quint32 kDeadDiaeresis = 0xfe57;
constexpr quint32 kEuroSign = 0x20ac;

// One key of a layout: its qnum and the keysyms of its levels (plain, Shift,
// AltGr, AltGr+Shift; 0 where the level gives nothing). Latin-1 keysyms equal
// their code points, so most entries are written as characters.
struct Key
{
    quint32 qnum;
    quint32 level[4];
};

// A letter key: the letter, its capital with Shift, and an AltGr symbol.
constexpr Key letter(quint32 qnum, char32_t c, quint32 altGr = 0)
{
    return {qnum, {quint32(c), quint32(c - U'a' + U'A'), altGr, 0}};
}

// The tables follow xkeyboard-config's symbols/us(basic), de(basic),
// fr(basic) and jp(106) (checked against xkb-data 2.35), but keep of the
// AltGr levels only what is engraved on the keyboards of those countries:
// those are what every guest system's layout of the name agrees on. A
// character reachable only through xkb's extra AltGr symbols (æ, ł, ←) is
// reported as untypable rather than typed wrong in another guest.

const QVector<Key> &usKeys()
{
    static const QVector<Key> keys = {
        {0x29, {'`', '~'}}, {0x02, {'1', '!'}}, {0x03, {'2', '@'}}, {0x04, {'3', '#'}}, {0x05, {'4', '$'}},
        {0x06, {'5', '%'}}, {0x07, {'6', '^'}}, {0x08, {'7', '&'}}, {0x09, {'8', '*'}}, {0x0a, {'9', '('}},
        {0x0b, {'0', ')'}}, {0x0c, {'-', '_'}}, {0x0d, {'=', '+'}},
        letter(0x10, U'q'), letter(0x11, U'w'), letter(0x12, U'e'), letter(0x13, U'r'), letter(0x14, U't'),
        letter(0x15, U'y'), letter(0x16, U'u'), letter(0x17, U'i'), letter(0x18, U'o'), letter(0x19, U'p'),
        {0x1a, {'[', '{'}}, {0x1b, {']', '}'}},
        letter(0x1e, U'a'), letter(0x1f, U's'), letter(0x20, U'd'), letter(0x21, U'f'), letter(0x22, U'g'),
        letter(0x23, U'h'), letter(0x24, U'j'), letter(0x25, U'k'), letter(0x26, U'l'),
        {0x27, {';', ':'}}, {0x28, {'\'', '"'}}, {0x2b, {'\\', '|'}},
        letter(0x2c, U'z'), letter(0x2d, U'x'), letter(0x2e, U'c'), letter(0x2f, U'v'), letter(0x30, U'b'),
        letter(0x31, U'n'), letter(0x32, U'm'),
        {0x33, {',', '<'}}, {0x34, {'.', '>'}}, {0x35, {'/', '?'}},
        {kSpaceQnum, {' '}},
    };
    return keys;
}

// German (QWERTZ, T2 engravings: AltGr on 2 3 7 8 9 0 ß Q E + < M).
const QVector<Key> &deKeys()
{
    static const QVector<Key> keys = {
        {0x29, {kDeadCircumflex, 0xb0}}, // ^ °
        {0x02, {'1', '!'}}, {0x03, {'2', '"', 0xb2}}, {0x04, {'3', 0xa7, 0xb3}}, // 2 " ²  3 § ³
        {0x05, {'4', '$'}}, {0x06, {'5', '%'}}, {0x07, {'6', '&'}}, {0x08, {'7', '/', '{'}},
        {0x09, {'8', '(', '['}}, {0x0a, {'9', ')', ']'}}, {0x0b, {'0', '=', '}'}},
        {0x0c, {0xdf, '?', '\\'}},                // ß ? backslash
        {0x0d, {kDeadAcute, kDeadGrave}},
        letter(0x10, U'q', '@'), letter(0x11, U'w'), letter(0x12, U'e', kEuroSign), letter(0x13, U'r'),
        letter(0x14, U't'), letter(0x15, U'z'), letter(0x16, U'u'), letter(0x17, U'i'), letter(0x18, U'o'),
        letter(0x19, U'p'),
        {0x1a, {0xfc, 0xdc}},                     // ü Ü
        {0x1b, {'+', '*', '~'}},
        letter(0x1e, U'a'), letter(0x1f, U's'), letter(0x20, U'd'), letter(0x21, U'f'), letter(0x22, U'g'),
        letter(0x23, U'h'), letter(0x24, U'j'), letter(0x25, U'k'), letter(0x26, U'l'),
        {0x27, {0xf6, 0xd6}},                     // ö Ö
        {0x28, {0xe4, 0xc4}},                     // ä Ä
        {0x2b, {'#', '\''}},
        {0x56, {'<', '>', '|'}},
        letter(0x2c, U'y'), letter(0x2d, U'x'), letter(0x2e, U'c'), letter(0x2f, U'v'), letter(0x30, U'b'),
        letter(0x31, U'n'), letter(0x32, U'm', 0xb5), // µ
        {0x33, {',', ';'}}, {0x34, {'.', ':'}}, {0x35, {'-', '_'}},
        {kSpaceQnum, {' '}},
    };
    return keys;
}

// French (AZERTY; digits with Shift, AltGr on 2..0 ° = $ E).
const QVector<Key> &frKeys()
{
    static const QVector<Key> keys = {
        {0x29, {0xb2}},                           // ²
        {0x02, {'&', '1'}}, {0x03, {0xe9, '2', '~'}}, {0x04, {'"', '3', '#'}}, {0x05, {'\'', '4', '{'}},
        {0x06, {'(', '5', '['}}, {0x07, {'-', '6', '|'}}, {0x08, {0xe8, '7', '`'}}, {0x09, {'_', '8', '\\'}},
        {0x0a, {0xe7, '9', '^'}}, {0x0b, {0xe0, '0', '@'}}, {0x0c, {')', 0xb0, ']'}}, {0x0d, {'=', '+', '}'}},
        letter(0x10, U'a'), letter(0x11, U'z'), letter(0x12, U'e', kEuroSign), letter(0x13, U'r'),
        letter(0x14, U't'), letter(0x15, U'y'), letter(0x16, U'u'), letter(0x17, U'i'), letter(0x18, U'o'),
        letter(0x19, U'p'),
        {0x1a, {kDeadCircumflex, kDeadDiaeresis}},
        {0x1b, {'$', 0xa3, 0xa4}},                // $ £ ¤
        letter(0x1e, U'q'), letter(0x1f, U's'), letter(0x20, U'd'), letter(0x21, U'f'), letter(0x22, U'g'),
        letter(0x23, U'h'), letter(0x24, U'j'), letter(0x25, U'k'), letter(0x26, U'l'), letter(0x27, U'm'),
        {0x28, {0xf9, '%'}},                      // ù %
        {0x2b, {'*', 0xb5}},                      // * µ
        {0x56, {'<', '>'}},
        letter(0x2c, U'w'), letter(0x2d, U'x'), letter(0x2e, U'c'), letter(0x2f, U'v'), letter(0x30, U'b'),
        letter(0x31, U'n'),
        {0x32, {',', '?'}}, {0x33, {';', '.'}}, {0x34, {':', '/'}}, {0x35, {'!', 0xa7}}, // ! §
        {kSpaceQnum, {' '}},
    };
    return keys;
}

// Japanese 106/109 keys (JIS), romaji input: no AltGr, no dead keys.
const QVector<Key> &jpKeys()
{
    static const QVector<Key> keys = {
        {0x02, {'1', '!'}}, {0x03, {'2', '"'}}, {0x04, {'3', '#'}}, {0x05, {'4', '$'}}, {0x06, {'5', '%'}},
        {0x07, {'6', '&'}}, {0x08, {'7', '\''}}, {0x09, {'8', '('}}, {0x0a, {'9', ')'}}, {0x0b, {'0'}},
        {0x0c, {'-', '='}}, {0x0d, {'^', '~'}},
        letter(0x10, U'q'), letter(0x11, U'w'), letter(0x12, U'e'), letter(0x13, U'r'), letter(0x14, U't'),
        letter(0x15, U'y'), letter(0x16, U'u'), letter(0x17, U'i'), letter(0x18, U'o'), letter(0x19, U'p'),
        {0x1a, {'@', '`'}}, {0x1b, {'[', '{'}},
        letter(0x1e, U'a'), letter(0x1f, U's'), letter(0x20, U'd'), letter(0x21, U'f'), letter(0x22, U'g'),
        letter(0x23, U'h'), letter(0x24, U'j'), letter(0x25, U'k'), letter(0x26, U'l'),
        {0x27, {';', '+'}}, {0x28, {':', '*'}}, {0x2b, {']', '}'}},
        letter(0x2c, U'z'), letter(0x2d, U'x'), letter(0x2e, U'c'), letter(0x2f, U'v'), letter(0x30, U'b'),
        letter(0x31, U'n'), letter(0x32, U'm'),
        {0x33, {',', '<'}}, {0x34, {'.', '>'}}, {0x35, {'/', '?'}},
        // Backslash is on both the ro key and the yen key; the ro key's is
        // a backslash in every JIS layout (some show the yen key's as ¥).
        {0x73, {'\\', '_'}}, {0x7d, {'\\', '|'}},
        {kSpaceQnum, {' '}},
    };
    return keys;
}

struct Place
{
    quint32 qnum = 0;
    int level = 0;
    quint32 keysym = 0;
};

// The combining mark a dead keysym puts on the next letter; 0 for other keysyms.
char32_t deadMark(quint32 keysym)
{
    switch (keysym) {
    case kDeadGrave: return 0x300;
    case kDeadAcute: return 0x301;
    case kDeadCircumflex: return 0x302;
    case kDeadTilde: return 0x303;
    case kDeadDiaeresis: return 0x308;
    default: return 0;
    }
}

char32_t keysymChar(quint32 keysym)
{
    if ((keysym >= 0x20 && keysym <= 0x7e) || (keysym >= 0xa0 && keysym <= 0xff))
        return keysym;
    if (keysym == kEuroSign)
        return 0x20ac;
    if ((keysym & 0xff000000) == 0x01000000)
        return keysym & 0x00ffffff;
    return 0;
}

// A dead key as QEMU's keymaps name its key: by the spacing accent.
quint32 keymapKeysym(quint32 keysym)
{
    switch (keysym) {
    case kDeadGrave: return '`';
    case kDeadAcute: return 0xb4;     // acute
    case kDeadCircumflex: return '^';
    case kDeadTilde: return '~';
    case kDeadDiaeresis: return 0xa8; // diaeresis
    default: return keysym;
    }
}

// Where each character and each dead key of a layout is, the lowest level
// (then the first key) winning.
struct LayoutIndex
{
    QHash<char32_t, Place> chars;
    QHash<char32_t, Place> deadKeys; // by combining mark
};

LayoutIndex buildIndex(const QVector<Key> &keys)
{
    LayoutIndex index;
    for (int level = 0; level < 4; ++level) {
        for (const Key &k : keys) {
            const quint32 sym = k.level[level];
            if (!sym)
                continue;
            const Place place{k.qnum, level, sym};
            if (const char32_t mark = deadMark(sym)) {
                if (!index.deadKeys.contains(mark))
                    index.deadKeys.insert(mark, place);
            } else if (const char32_t c = keysymChar(sym); c && !index.chars.contains(c)) {
                index.chars.insert(c, place);
            }
        }
    }
    return index;
}

const LayoutIndex &indexOf(Layout layout)
{
    static const LayoutIndex us = buildIndex(usKeys());
    static const LayoutIndex de = buildIndex(deKeys());
    static const LayoutIndex fr = buildIndex(frKeys());
    static const LayoutIndex jp = buildIndex(jpKeys());
    switch (layout) {
    case Layout::DE: return de;
    case Layout::FR: return fr;
    case Layout::JP: return jp;
    case Layout::US: break;
    }
    return us;
}

// The keys that make one character: a direct key, or a dead key and the key
// it accents (a lone accent: the dead key and Space). Empty when none does.
QVector<Place> placesOf(const LayoutIndex &index, char32_t c)
{
    if (const auto it = index.chars.constFind(c); it != index.chars.constEnd())
        return {*it};
    char32_t base = 0, mark = 0;
    switch (c) {
    case U'^': base = U' '; mark = 0x302; break;
    case U'`': base = U' '; mark = 0x300; break;
    case U'~': base = U' '; mark = 0x303; break;
    default: {
        const QString nfd = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D);
        const QList<uint> parts = nfd.toUcs4();
        if (parts.size() != 2)
            return {};
        base = parts.at(0);
        mark = parts.at(1);
    }
    }
    const auto dead = index.deadKeys.constFind(mark);
    const auto key = index.chars.constFind(base);
    if (dead == index.deadKeys.constEnd() || key == index.chars.constEnd())
        return {};
    return {*dead, *key};
}

void press(QVector<KeyStroke> &out, const Place &p)
{
    const bool shift = p.level == 1 || p.level == 3;
    const bool altGr = p.level >= 2;
    if (shift)
        out.append({kShiftQnum, kShiftKeysym, true});
    if (altGr)
        out.append({kAltGrQnum, kAltGrKeysym, true});
    const quint32 keysym = keymapKeysym(p.keysym);
    out.append({p.qnum, keysym, true});
    out.append({p.qnum, keysym, false});
    if (altGr)
        out.append({kAltGrQnum, kAltGrKeysym, false});
    if (shift)
        out.append({kShiftQnum, kShiftKeysym, false});
}

void tap(QVector<KeyStroke> &out, quint32 qnum, quint32 keysym)
{
    out.append({qnum, keysym, true});
    out.append({qnum, keysym, false});
}

TypingPlan plan(Layout layout, const QString &text, bool scanCodes)
{
    TypingPlan result;
    const LayoutIndex &index = indexOf(layout);
    const QList<uint> chars = text.normalized(QString::NormalizationForm_C).toUcs4();
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars.at(i);
        if (c == U'\r' || c == U'\n') {
            if (c == U'\r' && i + 1 < chars.size() && chars.at(i + 1) == U'\n')
                ++i; // CRLF is one line break
            tap(result.strokes, scanCodes ? kEnterQnum : 0, kEnterKeysym);
            ++result.characters;
            continue;
        }
        if (c == U'\t') {
            tap(result.strokes, scanCodes ? kTabQnum : 0, kTabKeysym);
            ++result.characters;
            continue;
        }
        const QVector<Place> places = placesOf(index, c);
        if (places.isEmpty()) {
            const QString s = QString::fromUcs4(&c, 1);
            if (!result.unmappable.contains(s))
                result.unmappable += s;
            continue;
        }
        ++result.characters;
        for (const Place &p : places)
            press(result.strokes, p);
    }
    if (!scanCodes) {
        for (KeyStroke &s : result.strokes)
            s.qnum = 0;
    }
    return result;
}

} // namespace

TypingPlan scanCodePlan(Layout layout, const QString &text)
{
    return plan(layout, text, true);
}

TypingPlan keysymPlan(Layout layout, const QString &text)
{
    return plan(layout, text, false);
}

QList<Layout> layouts()
{
    return {Layout::US, Layout::DE, Layout::FR, Layout::JP};
}

QString layoutId(Layout layout)
{
    switch (layout) {
    case Layout::DE: return QStringLiteral("de");
    case Layout::FR: return QStringLiteral("fr");
    case Layout::JP: return QStringLiteral("jp");
    case Layout::US: break;
    }
    return QStringLiteral("us");
}

std::optional<Layout> layoutFromId(const QString &id)
{
    for (Layout l : layouts())
        if (layoutId(l) == id)
            return l;
    return std::nullopt;
}

std::optional<Layout> layoutFromVncKeymap(const QString &keymap)
{
    // QEMU's keymap names (pc-bios/keymaps); de-ch, fr-be, fr-ca and fr-ch
    // are other layouts than ours.
    const QString k = keymap.trimmed().toLower();
    if (k == QLatin1String("en-us"))
        return Layout::US;
    if (k == QLatin1String("de"))
        return Layout::DE;
    if (k == QLatin1String("fr"))
        return Layout::FR;
    if (k == QLatin1String("ja"))
        return Layout::JP;
    return std::nullopt;
}

} // namespace TypingKeymap
