#include "readinessview.h"

#include <QEvent>
#include <QLabel>

ReadinessView::ReadinessView(QWidget *parent)
    : QScrollArea(parent)
    , m_label(new QLabel)
{
    setObjectName(QStringLiteral("readinessView"));
    m_label->setObjectName(QStringLiteral("readinessText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setMargin(6);
    retranslate();
    setWidget(m_label);
    setWidgetResizable(true);
}

void ReadinessView::retranslate()
{
    setAccessibleName(tr("Passthrough readiness"));
}

void ReadinessView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_checks.isEmpty())
            setChecks(m_checks); // the verdict words
    }
    QScrollArea::changeEvent(event);
}

QString ReadinessView::text() const
{
    return m_label->text();
}

void ReadinessView::setMessage(const QString &text)
{
    m_checks.clear();
    m_label->setText(text.toHtmlEscaped());
}

void ReadinessView::setChecks(const QVector<PassthroughReadiness::Check> &checks)
{
    m_checks = checks;
    QString html = QStringLiteral("<table cellspacing='3'>");
    for (const PassthroughReadiness::Check &c : checks) {
        // A word as well as a colour and a sign: it must read the same on a
        // monochrome ssh -X display and to a screen reader.
        QString verdict, colour, sign;
        switch (c.outcome) {
        case PassthroughReadiness::Outcome::Pass:
            //: Verdict of a passthrough readiness check
            verdict = tr("Ready");
            colour = QStringLiteral("#1b7f1b");
            sign = QStringLiteral("✔");
            break;
        case PassthroughReadiness::Outcome::Fail:
            //: Verdict of a passthrough readiness check
            verdict = tr("Needs fixing");
            colour = QStringLiteral("#b00020");
            sign = QStringLiteral("✘");
            break;
        case PassthroughReadiness::Outcome::Unknown:
            //: Verdict of a passthrough readiness check
            verdict = tr("Could not check");
            colour = QStringLiteral("#8a6d00");
            sign = QStringLiteral("?");
            break;
        }
        html += QStringLiteral("<tr><td valign='top'><b><font color='%1'>%2</font></b></td><td><b>%3</b> — "
                               "<font color='%1'>%4</font><br>%5")
                    .arg(colour, sign, c.title.toHtmlEscaped(), verdict.toHtmlEscaped(), c.detail.toHtmlEscaped());
        if (!c.fix.isEmpty() && c.outcome != PassthroughReadiness::Outcome::Pass)
            html += QStringLiteral("<br><i>%1</i> %2").arg(tr("What to do:").toHtmlEscaped(),
                                                           c.fix.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
        html += QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    m_label->setText(html);
}
