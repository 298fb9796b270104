#pragma once

#include <QPlainTextEdit>

class XmlHighlighter;

// A plain-text editor for XML: line numbers in a gutter, the current line
// and an error line marked, a fixed-width font, XML highlighted.
class XmlTextEdit final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit XmlTextEdit(QWidget *parent = nullptr);

    XmlHighlighter *highlighter() const { return m_highlighter; }
    QWidget *gutter() const { return m_gutter; }
    int gutterWidth() const;

    // Marks a 1-based line as the one an error names (0: none).
    void setErrorLine(int line);
    int errorLine() const { return m_errorLine; }
    // Puts the cursor at the start of a 1-based line and shows it.
    void goToLine(int line);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class XmlGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateSelections();
    void applyPalette();

    QWidget *m_gutter;
    XmlHighlighter *m_highlighter;
    int m_errorLine = 0;
};
