#pragma once

#include "passthroughreadiness.h"

#include <QScrollArea>

class QLabel;

// The passthrough checklist: one line per check with pass / fail / could not
// check, what was found and, under a line that did not pass, what to do.
// Rich text in a label, so long fixes wrap and screen readers read it all.
class ReadinessView final : public QScrollArea
{
    Q_OBJECT

public:
    explicit ReadinessView(QWidget *parent = nullptr);

    void setChecks(const QVector<PassthroughReadiness::Check> &checks);
    void setMessage(const QString &text);
    QVector<PassthroughReadiness::Check> checks() const { return m_checks; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QVector<PassthroughReadiness::Check> m_checks;
    QLabel *m_label;
};
