#include "statusline.h"

#include <QLabel>

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    m_label->setWordWrap(true); // a long note must not hold the window wide
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setFixedHeight(m_label->sizeHint().height());
    setFocusProxy(m_label);
}

void StatusLine::setText(const QString &text)
{
    if (m_label->text() == text)
        return;
    m_label->setText(text);
    fitHeight();
}

QString StatusLine::text() const
{
    return m_label->text();
}

QSize StatusLine::sizeHint() const
{
    return {m_label->sizeHint().width(), height()};
}

QSize StatusLine::minimumSizeHint() const
{
    return {0, height()};
}

void StatusLine::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_label->setGeometry(rect());
    fitHeight();
}

void StatusLine::fitHeight()
{
    const int wanted = qMax(fontMetrics().height(), m_label->heightForWidth(qMax(1, width())));
    if (wanted != height())
        setFixedHeight(wanted); // the only case the window is laid out again
}
