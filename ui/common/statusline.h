#pragma once

#include <QWidget>

class QLabel;

// A line of status text that changes often (a console's updates per second)
// without disturbing the window around it. A QLabel in a layout asks the
// whole window to lay itself out again on every new text, and a tab widget
// answers that by repainting itself: over ssh -X, a tenth of a megabyte a
// second for one changing number. Here only the text is repainted; the
// window is laid out again only when the text needs another number of lines.
class StatusLine final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusLine(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    QLabel *m_label; // no layout in between: see above
};
