#include "filename.h"

namespace FileName {

namespace {

constexpr char16_t kEscapeBase = 0xDC00; // U+DC80..U+DCFF carry the bytes 0x80..0xFF

// A low surrogate in U+DC80..U+DCFF on its own: the second half of a pair
// (a character past U+FFFF) can have the same value.
bool isEscapedByte(QStringView s, qsizetype i)
{
    const char16_t c = s.at(i).unicode();
    return c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !s.at(i - 1).isHighSurrogate());
}

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is not one
// (overlong forms, surrogates and values past U+10FFFF are invalid, as in RFC 3629).
qsizetype validSequence(QByteArrayView s, qsizetype i)
{
    const auto b = [&](qsizetype k) { return uchar(s.at(k)); };
    const uchar c = b(i);
    const qsizetype left = s.size() - i;
    auto cont = [&](qsizetype k) { return k < left && (b(i + k) & 0xC0) == 0x80; };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        const uchar c1 = b(i + 1);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0))
            return 0; // overlong, or a UTF-16 surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        const uchar c1 = b(i + 1);
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

QString fromNative(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        // Runs of valid UTF-8 go through Qt's decoder in one piece.
        qsizetype j = i;
        while (j < bytes.size()) {
            const qsizetype n = validSequence(bytes, j);
            if (n == 0)
                break;
            j += n;
        }
        if (j > i) {
            out += QString::fromUtf8(bytes.sliced(i, j - i));
            i = j;
        }
        if (i < bytes.size()) {
            out += QChar(char16_t(kEscapeBase + uchar(bytes.at(i))));
            ++i;
        }
    }
    return out;
}

QByteArray toNative(QStringView name)
{
    QByteArray out;
    out.reserve(name.size());
    qsizetype i = 0;
    while (i < name.size()) {
        qsizetype j = i;
        while (j < name.size() && !isEscapedByte(name, j))
            ++j;
        if (j > i) {
            out += name.sliced(i, j - i).toUtf8();
            i = j;
        }
        if (i < name.size()) {
            out += char(name.at(i).unicode() - kEscapeBase);
            ++i;
        }
    }
    return out;
}

bool isText(QStringView name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (isEscapedByte(name, i))
            return false;
    }
    return true;
}

QString display(QStringView name)
{
    if (isText(name))
        return name.toString();
    QString out;
    out.reserve(name.size() + 8);
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (isEscapedByte(name, i))
            out += QStringLiteral("\\x%1").arg(int(name.at(i).unicode() - kEscapeBase), 2, 16, QLatin1Char('0'));
        else
            out += name.at(i);
    }
    return out;
}

} // namespace FileName
