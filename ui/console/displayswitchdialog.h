#pragma once

#include "displayconversion.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

// Asks before a VM's display is switched from SPICE to VNC, listing every
// change the switch makes to its definition and when it takes effect.
class DisplaySwitchDialog final : public QDialog
{
    Q_OBJECT

public:
    DisplaySwitchDialog(const QString &vmName, const QVector<DisplayChange> &changes, QWidget *parent = nullptr);

    QVector<DisplayChange> changes() const { return m_changes; }
    // The sentence the list shows for a change.
    static QString describe(const DisplayChange &change);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_vmName;
    QVector<DisplayChange> m_changes;
    QLabel *m_intro;
    QListWidget *m_list;
    QLabel *m_when;
    QLabel *m_back;
    QPushButton *m_switch;
    QPushButton *m_cancel;
};
