#pragma once

#include "typingkeymap.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Asks for text to type into the guest and the guest's keyboard layout.
class TypeTextDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TypeTextDialog(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    TypingKeymap::Layout guestLayout() const;
    void setGuestLayout(TypingKeymap::Layout layout);

    // The layout's name as the console's menus and messages show it.
    static QString layoutName(TypingKeymap::Layout layout);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButton();

    QLabel *m_intro;
    QPlainTextEdit *m_text;
    QLabel *m_layoutLabel;
    QComboBox *m_layout;
    QDialogButtonBox *m_buttons;
};
