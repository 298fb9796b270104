#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours XML: element names, attribute names, attribute values, comments,
// CDATA sections and processing instructions; comments, CDATA, tags and
// values may run over several lines. Two sets of colours, for light and for
// dark backgrounds.
class XmlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum Kind { Tag, Attribute, Value, Comment, CData, Instruction, KindCount };

    explicit XmlHighlighter(QTextDocument *document);

    void setDarkBackground(bool dark);
    bool darkBackground() const { return m_dark; }
    QTextCharFormat format(Kind kind) const { return m_formats[kind]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { InText, InComment, InCData, InInstruction, InTag, InDoubleQuoted, InSingleQuoted };

    void setFormats();

    bool m_dark = false;
    QTextCharFormat m_formats[KindCount];
};
