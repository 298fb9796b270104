#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

// QVirt's preferences. A change applies at once (the language switches every
// open window) and is remembered.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QDialogButtonBox *m_buttons;
};
