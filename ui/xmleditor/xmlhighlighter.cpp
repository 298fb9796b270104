#include "xmlhighlighter.h"

XmlHighlighter::XmlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setFormats();
}

void XmlHighlighter::setDarkBackground(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    setFormats();
    rehighlight();
}

void XmlHighlighter::setFormats()
{
    // Light background / dark background; each pair keeps a readable
    // contrast on its own background.
    struct Colours { QRgb light; QRgb dark; };
    const Colours colours[KindCount] = {
        {0x0b5394, 0x79b8ff}, // Tag
        {0x8b4500, 0xffab70}, // Attribute
        {0x1e6b30, 0x85e89d}, // Value
        {0x6a737d, 0x9aa4ae}, // Comment
        {0x6f42c1, 0xd2a8ff}, // CData
        {0x7a5a00, 0xe3b341}, // Instruction
    };
    for (int k = 0; k < KindCount; ++k) {
        QTextCharFormat f;
        f.setForeground(QColor::fromRgb(m_dark ? colours[k].dark : colours[k].light));
        m_formats[k] = f;
    }
    m_formats[Tag].setFontWeight(QFont::DemiBold);
    m_formats[Comment].setFontItalic(true);
}

void XmlHighlighter::highlightBlock(const QString &text)
{
    const qsizetype length = text.size();
    int state = previousBlockState() < 0 ? InText : previousBlockState();
    qsizetype i = 0;

    // A region that ends with `end` (searched from `from`), formatted from
    // `start`; when the block ends first, the next block goes on in `open`.
    auto region = [&](qsizetype start, qsizetype from, QLatin1StringView end, Kind kind, State open) {
        const qsizetype e = text.indexOf(end, from);
        if (e < 0) {
            setFormat(int(start), int(length - start), m_formats[kind]);
            i = length;
            state = open;
            return;
        }
        i = e + end.size();
        setFormat(int(start), int(i - start), m_formats[kind]);
        state = InText;
    };
    auto quoted = [&](qsizetype start, QChar quote, State open) {
        const qsizetype e = text.indexOf(quote, start + (state == open ? 0 : 1));
        if (e < 0) {
            setFormat(int(start), int(length - start), m_formats[Value]);
            i = length;
            state = open;
            return;
        }
        i = e + 1;
        setFormat(int(start), int(i - start), m_formats[Value]);
        state = InTag;
    };

    while (i < length) {
        switch (state) {
        case InComment:
            region(i, i, QLatin1StringView("-->"), Comment, InComment);
            break;
        case InCData:
            region(i, i, QLatin1StringView("]]>"), CData, InCData);
            break;
        case InInstruction:
            region(i, i, QLatin1StringView("?>"), Instruction, InInstruction);
            break;
        case InDoubleQuoted:
            quoted(i, QLatin1Char('"'), InDoubleQuoted);
            break;
        case InSingleQuoted:
            quoted(i, QLatin1Char('\''), InSingleQuoted);
            break;
        case InTag: {
            const QChar c = text.at(i);
            if (c.isSpace() || c == QLatin1Char('=')) {
                ++i;
            } else if (c == QLatin1Char('>')) {
                setFormat(int(i), 1, m_formats[Tag]);
                ++i;
                state = InText;
            } else if (c == QLatin1Char('/') && i + 1 < length && text.at(i + 1) == QLatin1Char('>')) {
                setFormat(int(i), 2, m_formats[Tag]);
                i += 2;
                state = InText;
            } else if (c == QLatin1Char('"')) {
                quoted(i, c, InDoubleQuoted);
            } else if (c == QLatin1Char('\'')) {
                quoted(i, c, InSingleQuoted);
            } else {
                const qsizetype start = i;
                while (i < length) {
                    const QChar n = text.at(i);
                    if (n.isSpace() || n == QLatin1Char('=') || n == QLatin1Char('>') || n == QLatin1Char('"')
                        || n == QLatin1Char('\'') || (n == QLatin1Char('/') && i > start))
                        break;
                    ++i;
                }
                if (i == start)
                    ++i;
                setFormat(int(start), int(i - start), m_formats[Attribute]);
            }
            break;
        }
        case InText:
        default: {
            const qsizetype open = text.indexOf(QLatin1Char('<'), i);
            if (open < 0) {
                i = length;
                break;
            }
            const QStringView rest = QStringView(text).mid(open);
            if (rest.startsWith(QLatin1StringView("<!--"))) {
                region(open, open + 4, QLatin1StringView("-->"), Comment, InComment);
            } else if (rest.startsWith(QLatin1StringView("<![CDATA["))) {
                region(open, open + 9, QLatin1StringView("]]>"), CData, InCData);
            } else if (rest.startsWith(QLatin1StringView("<?"))) {
                region(open, open + 2, QLatin1StringView("?>"), Instruction, InInstruction);
            } else {
                // "<name", "</name", "<!DOCTYPE": the name, then attributes.
                qsizetype end = open + 1;
                if (end < length && (text.at(end) == QLatin1Char('/') || text.at(end) == QLatin1Char('!')))
                    ++end;
                while (end < length && !text.at(end).isSpace() && text.at(end) != QLatin1Char('>')
                       && text.at(end) != QLatin1Char('/'))
                    ++end;
                setFormat(int(open), int(end - open), m_formats[Tag]);
                i = end;
                state = InTag;
            }
            break;
        }
        }
    }
    setCurrentBlockState(state);
}
