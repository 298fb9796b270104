#pragma once

#include "displaybackupstore.h"
#include "displayconversion.h"
#include "displayswitchdialog.h"

#include <QPointer>
#include <QWidget>

class Connection;
class QLabel;
class QPushButton;
class QToolButton;

// The console page of a VM whose display is SPICE only: says why QVirt's
// VNC console cannot show it, opens it in remote-viewer, and switches the
// display to VNC for the next start, keeping the definition from before so
// the console's "Go Back to SPICE" button can restore it exactly.
class SpiceDisplayPage final : public QWidget
{
    Q_OBJECT

public:
    SpiceDisplayPage(Connection *connection, const QString &uuid, QWidget *parent = nullptr);

    // For the console's toolbar; shown while a definition from before a
    // switch is kept.
    QToolButton *goBackButton() const { return m_goBack; }
    // Reads the VM's definitions again; applies() answers.
    void refresh();
    QString explanation() const;
    // The dialog asking before a switch, while it is open (for tests).
    DisplaySwitchDialog *switchDialog() const { return m_dialog; }

signals:
    // Whether the VM's display is SPICE only: the running VM's when it
    // runs, else the one it starts with next.
    void applies(bool spiceOnly);
    // The definition was switched to VNC or back to SPICE.
    void definitionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    bool running() const;
    QString vmName() const;
    void openRemoteViewer();
    void askSwitch();
    void switchToVnc(const QVector<DisplayChange> &planned);
    void askGoBack();
    void goBack(const DisplayBackupStore::Entry &entry);

    QPointer<Connection> m_connection;
    QString m_uuid;
    DisplayBackupStore m_store;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_viewerButton;
    QLabel *m_viewerNote;
    QPushButton *m_switchButton;
    QLabel *m_switchNote;
    QToolButton *m_goBack;
    QPointer<DisplaySwitchDialog> m_dialog;
    quint64 m_generation = 0;
    bool m_known = false;
    bool m_liveSpiceOnly = false;
    bool m_nextSpiceOnly = false;
    bool m_busy = false;
    QString m_viewerStarted; // what became of the last launch
};
