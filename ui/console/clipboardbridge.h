#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class VncClient;
class QWidget;

// Keeps a console's guest clipboard and the desktop's in step while the VM's
// clipboard sharing is on. The desktop's text goes to the guest only while
// the console's window is the active one, or once it becomes active: text
// copied in another window (a password manager's) goes nowhere until the user
// comes back to this console, and then only the newest text. What arrives from
// the guest becomes the desktop's clipboard and is never sent back.
class ClipboardBridge final : public QObject
{
    Q_OBJECT

public:
    // view: the widget whose window must be active for the desktop's text to go.
    ClipboardBridge(VncClient *client, QWidget *view, QObject *parent = nullptr);

    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }

    // The per-VM switch, remembered per host and VM. Off by default for VMs on
    // other hosts: the guest is someone else's machine.
    static bool isShared(const QString &uri, const QString &uuid, bool localHost);
    static void setShared(const QString &uri, const QString &uuid, bool on);

signals:
    // Something the console's status line should say for a while.
    void note(const QString &text);

private:
    void desktopChanged();
    void offerIfActive();
    bool windowActive() const;

    QPointer<VncClient> m_client;
    QPointer<QWidget> m_view;
    bool m_enabled = false;
    bool m_pending = false;   // the desktop's text changed while the console was not active
    QString m_fromGuest;      // the guest's last text, now the desktop's: not sent back
    QString m_offered;        // what the guest has from the desktop already
};
