#pragma once

#include "consoleview.h"
#include "vncsettings.h"

#include <QPointer>
#include <QWidget>

class ClipboardBridge;
class Connection;
class ConsoleTyping;
class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QToolButton;
class SpiceDisplayPage;
class StatusLine;
class VncClient;

// A VM's console: the view, its toolbar (scaling, encoding, send key,
// screenshot, fullscreen, detach) and a status line. Connects while the VM
// runs, reconnects when its display comes back, and says why when it cannot.
class ConsolePanel final : public QWidget
{
    Q_OBJECT

public:
    ConsolePanel(Connection *connection, const QString &uuid, QWidget *parent = nullptr);
    ~ConsolePanel() override;

    VncClient *client() const { return m_client; }
    ConsoleView *view() const { return m_view; }
    ConsoleTyping *typing() const { return m_typing; }
    QString message() const;
    QString statusText() const;

    // Starts connecting when the VM runs (the page became visible).
    void activate();
    void setFullScreen(bool on);
    bool isFullScreen() const { return m_fullScreen != nullptr; }

signals:
    void detachRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void connectNow();
    void showMessage(const QString &text, bool askPassword = false);
    void domainChanged();
    void clientStateChanged();
    void updateStatus();
    void saveScreenshot();
    void addXForwardingNote(QBoxLayout *layout);
    void setUpClipboard();
    void retranslateClipboard();
    void readClipboardAgent();
    void addClipboardAgent();
    void showNote(const QString &text);
    void addSlowLinkBanner(QBoxLayout *layout);
    void offerLighterEncoding(double bytesPerSecond);
    VncSettings settings() const;

    QPointer<Connection> m_connection;
    QString m_uuid;
    VncClient *m_client;
    ConsoleView *m_view;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QLineEdit *m_password;
    QPushButton *m_connectButton;
    StatusLine *m_status;
    QWidget *m_xNote = nullptr; // once per run, over X forwarding
    QLabel *m_xNoteText = nullptr;
    QToolButton *m_xNoteClose = nullptr;
    QComboBox *m_scaling;
    QComboBox *m_encoding;
    QSpinBox *m_quality;
    QToolButton *m_sendKey;
    QToolButton *m_screenshot;
    QToolButton *m_fullScreenButton;
    QToolButton *m_detach;
    ClipboardBridge *m_clipboardBridge = nullptr;
    QToolButton *m_clipboardButton = nullptr;
    QAction *m_addAgentAction = nullptr;
    bool m_hasAgent = true; // until the VM's XML says otherwise
    QString m_note;         // a passing note of the status line (clipboard)
    QTimer *m_noteTimer = nullptr;
    QWidget *m_slowBanner = nullptr; // over a slow link: offers Tight instead of raw pixels
    QLabel *m_slowText = nullptr;
    QPushButton *m_useTight = nullptr;
    QToolButton *m_keepEncoding = nullptr;
    double m_slowRate = 0;
    QTimer *m_statsTimer;
    QTimer *m_retryTimer;
    SpiceDisplayPage *m_spice; // instead of the view when the display is SPICE only
    QWidget *m_fullScreen = nullptr;
    ConsoleTyping *m_typing = nullptr; // typing text as keys (consoletyping.h)
    bool m_active = false;
    bool m_wasRunning = false;
    QString m_typedPassword;
    QString m_resizeNote; // the answer to "Resize guest to window"
    quint64 m_lastUpdates = 0;
    quint64 m_lastBytes = 0;
    double m_ups = 0;
    double m_kbps = 0;
};
