#include "xmltextedit.h"

#include "xmlhighlighter.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextBlock>

// The line numbers at the left of the text.
class XmlGutter final : public QWidget
{
public:
    explicit XmlGutter(XmlTextEdit *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(QStringLiteral("xmlGutter"));
    }

    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    XmlTextEdit *m_editor;
};

XmlTextEdit::XmlTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new XmlGutter(this))
    , m_highlighter(new XmlHighlighter(document()))
{
    setObjectName(QStringLiteral("xmlTextEdit"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &XmlTextEdit::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &XmlTextEdit::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &XmlTextEdit::updateSelections);
    applyPalette();
    updateGutterWidth();
    updateSelections();
}

int XmlTextEdit::gutterWidth() const
{
    int digits = 1;
    for (int n = qMax(1, blockCount()); n >= 10; n /= 10)
        ++digits;
    return 8 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits);
}

void XmlTextEdit::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void XmlTextEdit::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void XmlTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
}

void XmlTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        updateGutterWidth();
}

void XmlTextEdit::applyPalette()
{
    // Colours for the background the text is on: light or dark.
    m_highlighter->setDarkBackground(palette().color(QPalette::Base).lightness() < 128);
    updateSelections();
}

void XmlTextEdit::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    const QPalette pal = palette();
    p.fillRect(event->rect(), pal.color(QPalette::Window));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            QFont f = font();
            f.setBold(block.blockNumber() == current || line == m_errorLine);
            p.setFont(f);
            p.setPen(line == m_errorLine ? QColor(0xd0, 0x30, 0x30)
                                         : pal.color(block.blockNumber() == current ? QPalette::WindowText : QPalette::PlaceholderText));
            p.drawText(0, top, m_gutter->width() - 4, fontMetrics().height(), Qt::AlignRight, QString::number(line));
        }
        block = block.next();
        top += height;
    }
}

void XmlTextEdit::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_errorLine > 0) {
        const QTextBlock block = document()->findBlockByNumber(m_errorLine - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection error;
            // Translucent: a red tint on light and on dark backgrounds.
            error.format.setBackground(QColor(0xe0, 0x30, 0x30, 70));
            error.format.setProperty(QTextFormat::FullWidthSelection, true);
            error.cursor = QTextCursor(block);
            selections << error;
        }
    }
    if (!isReadOnly()) {
        QTextEdit::ExtraSelection current;
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlpha(30);
        current.format.setBackground(tint);
        current.format.setProperty(QTextFormat::FullWidthSelection, true);
        current.cursor = textCursor();
        current.cursor.clearSelection();
        if (current.cursor.blockNumber() + 1 != m_errorLine)
            selections << current;
    }
    setExtraSelections(selections);
    m_gutter->update();
}

void XmlTextEdit::setErrorLine(int line)
{
    if (line == m_errorLine)
        return;
    m_errorLine = line;
    updateSelections();
}

void XmlTextEdit::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}
