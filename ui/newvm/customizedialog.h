#pragma once

#include <QDialog>

class Connection;
class HardwareEditor;
class QLabel;

// "Customize before install": the hardware editor on the not-yet-defined VM.
// Begin Installation hands the edited definition back to the wizard.
class CustomizeDialog final : public QDialog
{
    Q_OBJECT

public:
    CustomizeDialog(Connection *connection, const QString &xml, QWidget *parent = nullptr);

    HardwareEditor *editor() const { return m_editor; }

signals:
    void beginInstallation(const QString &xml);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    HardwareEditor *m_editor;
    QLabel *m_text;
    QPushButton *m_begin;
    QPushButton *m_cancel;
};
