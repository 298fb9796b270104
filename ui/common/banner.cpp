#include "banner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_secondAction(new QPushButton(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    m_secondAction->setObjectName(QStringLiteral("bannerSecondAction"));
    m_secondAction->hide();
    layout->addWidget(m_secondAction);
    connect(m_action, &QPushButton::clicked, this, &Banner::actionTriggered);
    connect(m_secondAction, &QPushButton::clicked, this, &Banner::secondActionTriggered);
    retranslate();
    hide();
}

void Banner::retranslate()
{
    //: Accessible name of the message banner at the top of a window
    setAccessibleName(tr("Status message"));
}

void Banner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void Banner::showMessage(Kind kind, const QString &text, const QString &actionLabel, const QString &secondActionLabel)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString background = QStringLiteral("#e3eefc");
    if (kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        background = QStringLiteral("#fff4d6");
    } else if (kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        background = QStringLiteral("#fde2e1");
    }
    setStyleSheet(QStringLiteral("Banner { background: %1; border: 1px solid palette(mid); border-radius: 3px; }"
                                 "QLabel { color: #202020; }").arg(background));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    m_action->setText(actionLabel);
    m_action->setVisible(!actionLabel.isEmpty());
    m_secondAction->setText(secondActionLabel);
    m_secondAction->setVisible(!secondActionLabel.isEmpty());
    show();
}

QWidget *Banner::actionButton() const
{
    return m_action;
}

QWidget *Banner::secondActionButton() const
{
    return m_secondAction;
}

QString Banner::text() const
{
    return m_text->text();
}
