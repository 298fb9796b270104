#pragma once

#include "typingkeymap.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class Connection;
class KeyTyper;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class TypeTextDialog;
class VncClient;

// Typing text into a console's guest as key presses: the send-key menu's
// "Type Clipboard Text" and "Type Text…", the guest keyboard layout (per VM;
// by default the one of the VNC keymap attribute, else US), the questions
// long or partly untypable text needs, and a progress strip with Cancel shown
// while it types.
class ConsoleTyping final : public QWidget
{
    Q_OBJECT

public:
    ConsoleTyping(Connection *connection, const QString &uuid, VncClient *client, QWidget *parent = nullptr);
    ~ConsoleTyping() override;

    // Puts the typing actions at the end of the console's send-key menu
    // (which is rebuilt on a language change; the actions stay these).
    void addMenuActions(QMenu *menu);

    KeyTyper *typer() const { return m_typer; }
    TypingKeymap::Layout guestLayout() const;
    void setGuestLayout(TypingKeymap::Layout layout); // remembered for this VM

    void typeClipboard();
    void openTypeTextDialog();
    // Types text once the user confirmed what needs confirming; nothing while
    // the console is not connected or already typing.
    void typeText(const QString &text);
    // Stops typing and releases the keys held down.
    void cancel();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void startTyping(TypingKeymap::Layout layout, const QString &text);
    void finishTyping();
    void sayNotConnected();
    QString settingsKey() const;
    bool canType() const;

    QPointer<Connection> m_connection;
    QString m_uuid;
    QPointer<VncClient> m_client;
    KeyTyper *m_typer;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QAction *m_typeClipboard;
    QAction *m_typeText;
    QMenu *m_layoutMenu;
    QActionGroup *m_layoutGroup;
    QPointer<TypeTextDialog> m_dialog;
    QString m_vncKeymap; // <graphics type='vnc' keymap=...>: QEMU then maps keysyms, not scan codes
    std::optional<TypingKeymap::Layout> m_keymapLayout; // that keymap's layout, when one of ours
    int m_characters = 0;
};
