#include "consolepanel.h"

#include "clipboardagent.h"
#include "clipboardbridge.h"
#include "connection.h"
#include "consoletyping.h"
#include "domainlistmodel.h"
#include "messagebox.h"
#include "spicedisplaypage.h"
#include "statusline.h"
#include "vncclient.h"
#include "xforwarding.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <unistd.h>

namespace {
// keysym and QEMU qnum of the keys the send-key menu uses.
constexpr QPair<quint32, quint32> kCtrl{0xffe3, 0x1d};
constexpr QPair<quint32, quint32> kAlt{0xffe9, 0x38};
constexpr QPair<quint32, quint32> kDelete{0xffff, 0xd3};
constexpr QPair<quint32, quint32> kBackspace{0xff08, 0x0e};
constexpr QPair<quint32, quint32> kPrint{0xff61, 0xb7};

QPair<quint32, quint32> functionKey(int n)
{
    // F1..F10 are qnum 0x3b..0x44, F11 0x57, F12 0x58.
    const quint32 qnum = n <= 10 ? 0x3a + quint32(n) : 0x57 + quint32(n - 11);
    return {0xffbe + quint32(n - 1), qnum};
}
} // namespace

// Over ssh -X the console is the costliest thing QVirt draws; the first
// console of a run says once what is cheaper, and can be dismissed.
void ConsolePanel::addXForwardingNote(QBoxLayout *layout)
{
    static bool noted = false;
    if (noted || !XForwarding::active())
        return;
    noted = true;
    m_xNote = new QWidget(this);
    m_xNote->setObjectName(QStringLiteral("consoleXForwardingNote"));
    auto *row = new QHBoxLayout(m_xNote);
    row->setContentsMargins(6, 2, 6, 2);
    m_xNoteText = new QLabel(m_xNote);
    m_xNoteText->setWordWrap(true);
    m_xNoteClose = new QToolButton(m_xNote);
    m_xNoteClose->setAutoRaise(true);
    m_xNoteClose->setText(QStringLiteral("×"));
    connect(m_xNoteClose, &QToolButton::clicked, m_xNote, &QWidget::hide);
    row->addWidget(m_xNoteText, 1);
    row->addWidget(m_xNoteClose);
    layout->addWidget(m_xNote);
}

ConsolePanel::ConsolePanel(Connection *connection, const QString &uuid, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_client(new VncClient(this))
    , m_view(new ConsoleView(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_connectButton(new QPushButton(this))
    , m_status(new StatusLine(this))
    , m_scaling(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_quality(new QSpinBox(this))
    , m_sendKey(new QToolButton(this))
    , m_screenshot(new QToolButton(this))
    , m_fullScreenButton(new QToolButton(this))
    , m_detach(new QToolButton(this))
    , m_statsTimer(new QTimer(this))
    , m_retryTimer(new QTimer(this))
    , m_spice(new SpiceDisplayPage(connection, uuid, this))
{
    setObjectName(QStringLiteral("consolePanel"));
    m_view->setClient(m_client);
    m_message->setObjectName(QStringLiteral("consoleMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_password->setObjectName(QStringLiteral("consolePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_connectButton->setObjectName(QStringLiteral("consoleConnect"));
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    m_scaling->setObjectName(QStringLiteral("consoleScaling"));
    m_encoding->setObjectName(QStringLiteral("consoleEncoding"));
    m_quality->setObjectName(QStringLiteral("consoleJpegQuality"));
    m_quality->setRange(0, 9);
    m_quality->setValue(QSettings().value(QStringLiteral("console/%1/jpegQuality").arg(uuid), 6).toInt());
    m_sendKey->setObjectName(QStringLiteral("consoleSendKey"));
    m_sendKey->setPopupMode(QToolButton::InstantPopup);
    m_screenshot->setObjectName(QStringLiteral("consoleScreenshot"));
    m_fullScreenButton->setObjectName(QStringLiteral("consoleFullScreen"));
    m_detach->setObjectName(QStringLiteral("consoleDetach"));

    auto *messagePage = new QWidget(this);
    auto *ml = new QVBoxLayout(messagePage);
    ml->addStretch();
    ml->addWidget(m_message);
    auto *pw = new QHBoxLayout;
    pw->addStretch();
    pw->addWidget(m_password);
    pw->addWidget(m_connectButton);
    pw->addStretch();
    ml->addLayout(pw);
    ml->addStretch();
    m_stack->addWidget(messagePage);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_spice);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scaling);
    bar->addWidget(m_encoding);
    bar->addWidget(m_quality);
    bar->addWidget(m_sendKey);
    setUpClipboard();
    bar->addWidget(m_clipboardButton);
    bar->addWidget(m_screenshot);
    bar->addWidget(m_fullScreenButton);
    bar->addWidget(m_detach);
    bar->addWidget(m_spice->goBackButton());
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    addXForwardingNote(layout);
    addSlowLinkBanner(layout);
    layout->addWidget(m_stack, 1);
    m_typing = new ConsoleTyping(connection, uuid, m_client, this);
    layout->addWidget(m_typing);
    layout->addWidget(m_status);

    auto *menu = new QMenu(m_sendKey);
    m_sendKey->setMenu(menu);
    connect(m_scaling, &QComboBox::activated, this, [this] {
        m_resizeNote.clear();
        m_view->setScaling(ConsoleView::Scaling(m_scaling->currentData().toInt()));
        updateStatus();
    });
    // What became of "Resize guest to window", until the guest's size changes.
    connect(m_client, &VncClient::desktopResizeRefused, this, [this](const QString &reason) {
        m_resizeNote = tr("The guest keeps its screen size: %1").arg(reason);
        updateStatus();
    });
    connect(m_client, &VncClient::desktopResizeForwarded, this, [this] {
        m_resizeNote = tr("The guest was asked to take the window's size; it does once its display driver or agent follows.");
        updateStatus();
    });
    connect(m_client, &VncClient::resized, this, [this] {
        m_resizeNote.clear();
        updateStatus();
    });
    connect(m_encoding, &QComboBox::activated, this, [this] {
        QSettings().setValue(QStringLiteral("console/%1/encoding").arg(m_uuid), m_encoding->currentData().toInt());
        if (m_client->state() == VncClient::State::Connected)
            connectNow(); // renegotiate with the new choice
    });
    connect(m_quality, &QSpinBox::editingFinished, this, [this] {
        QSettings().setValue(QStringLiteral("console/%1/jpegQuality").arg(m_uuid), m_quality->value());
        if (m_client->state() == VncClient::State::Connected)
            connectNow();
    });
    connect(m_screenshot, &QToolButton::clicked, this, &ConsolePanel::saveScreenshot);
    connect(m_fullScreenButton, &QToolButton::clicked, this, [this] { setFullScreen(!isFullScreen()); });
    connect(m_detach, &QToolButton::clicked, this, &ConsolePanel::detachRequested);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        m_typedPassword = m_password->text();
        m_password->clear();
        connectNow();
    });
    connect(m_password, &QLineEdit::returnPressed, m_connectButton, &QPushButton::click);
    connect(m_client, &VncClient::stateChanged, this, &ConsolePanel::clientStateChanged);
    connect(m_view, &ConsoleView::keyboardGrabChanged, this, &ConsolePanel::updateStatus);

    m_statsTimer->setInterval(1000);
    connect(m_statsTimer, &QTimer::timeout, this, [this] {
        m_ups = double(m_client->updateCount() - m_lastUpdates);
        m_kbps = double(m_client->bytesReceived() - m_lastBytes) / 1024.0;
        m_lastUpdates = m_client->updateCount();
        m_lastBytes = m_client->bytesReceived();
        updateStatus();
    });
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(1500);
    connect(m_retryTimer, &QTimer::timeout, this, &ConsolePanel::connectNow);
    connect(m_spice, &SpiceDisplayPage::applies, this, [this](bool spiceOnly) {
        if (spiceOnly && m_client->state() != VncClient::State::Connected)
            m_stack->setCurrentWidget(m_spice);
    });
    connect(m_spice, &SpiceDisplayPage::definitionChanged, this, [this] {
        if (m_client->state() != VncClient::State::Connected)
            connectNow(); // a VNC screen already shown stays until the VM restarts
    });

    if (connection) {
        // After a host reconnect the console comes back by itself.
        connect(connection, &Connection::stateChanged, this, [this](ConnectionState state) {
            const VncClient::State client = m_client->state();
            if (state == ConnectionState::Connected && m_active && client != VncClient::State::Connected
                && client != VncClient::State::Connecting)
                connectNow();
        });
        DomainListModel *model = connection->domainModel();
        connect(model, &QAbstractItemModel::dataChanged, this, [this, model](const QModelIndex &tl, const QModelIndex &br) {
            const int row = model->rowOf(m_uuid);
            if (row >= tl.row() && row <= br.row() && tl.column() <= DomainListModel::StateColumn)
                domainChanged();
        });
    }
    retranslate();
    showMessage(QString());
}

ConsolePanel::~ConsolePanel()
{
    m_typing->cancel(); // releases held keys while the client is still there
    setFullScreen(false);
}

void ConsolePanel::retranslate()
{
    if (m_xNote) {
        m_xNoteText->setText(tr("QVirt is shown through X forwarding, so every change of the console crosses the network as "
                                "pixels. Run QVirt on your desktop with --connect qemu+ssh://user@host/system instead: the "
                                "console then costs about 1/200 of this bandwidth."));
        m_xNoteClose->setToolTip(tr("Hide this note"));
        m_xNoteClose->setAccessibleName(tr("Hide this note"));
    }
    const int scaling = qMax(0, m_scaling->currentIndex());
    m_scaling->clear();
    //: Console scaling mode: scale the guest's screen to the window
    m_scaling->addItem(tr("Fit to window"), int(ConsoleView::Scaling::FitToWindow));
    m_scaling->addItem(tr("Actual size (1:1)"), int(ConsoleView::Scaling::OneToOne));
    m_scaling->addItem(tr("Resize guest to window"), int(ConsoleView::Scaling::ResizeGuest));
    m_scaling->setCurrentIndex(scaling);
    //: Accessible name of the console's scaling mode menu
    m_scaling->setAccessibleName(tr("Scaling"));
    const int stored = QSettings().value(QStringLiteral("console/%1/encoding").arg(m_uuid), int(VncSettings::Encoding::Automatic)).toInt();
    m_encoding->clear();
    for (auto e : {VncSettings::Encoding::Automatic, VncSettings::Encoding::Raw, VncSettings::Encoding::Zrle, VncSettings::Encoding::Tight})
        m_encoding->addItem(VncSettings::encodingName(e), int(e));
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(stored)));
    //: Accessible name of the VNC encoding menu (Automatic, Raw, ZRLE, Tight)
    m_encoding->setAccessibleName(tr("Encoding"));
    m_encoding->setToolTip(tr("Automatic uses raw pixels on local links (no lag, no decoding) and Tight on remote ones."));
    //: Prefix of a spin box showing a number 0-9; keep the trailing space if your language separates words
    m_quality->setPrefix(tr("JPEG quality "));
    m_quality->setAccessibleName(tr("JPEG quality for Tight (0 smallest, 9 best)"));
    m_quality->setToolTip(m_quality->accessibleName());
    //: Console toolbar button: menu of key combinations sent to the guest
    m_sendKey->setText(tr("Send Key"));
    //: Console toolbar button: save the guest's screen as an image
    m_screenshot->setText(tr("Screenshot…"));
    //: Console toolbar button: show the console full screen
    m_fullScreenButton->setText(tr("Fullscreen"));
    //: Console toolbar button: move the console into a window of its own (not about devices)
    m_detach->setText(tr("Detach"));
    //: Console toolbar button: connect to the VM's display with the password entered
    m_connectButton->setText(tr("Connect"));
    m_password->setPlaceholderText(tr("VNC password"));
    m_password->setAccessibleName(tr("VNC password"));

    QMenu *menu = m_sendKey->menu();
    menu->clear();
    //: Key combination sent to the guest; translate key names only if your keyboards label them differently
    menu->addAction(tr("Ctrl+Alt+Del"), this, [this] { m_view->sendKeyCombination({kCtrl, kAlt, kDelete}); });
    menu->addAction(tr("Ctrl+Alt+Backspace"), this, [this] { m_view->sendKeyCombination({kCtrl, kAlt, kBackspace}); });
    menu->addSeparator();
    for (int n = 1; n <= 12; ++n)
        menu->addAction(tr("Ctrl+Alt+F%1").arg(n), this, [this, n] { m_view->sendKeyCombination({kCtrl, kAlt, functionKey(n)}); });
    menu->addSeparator();
    //: Name of the Print Screen key, sent to the guest
    menu->addAction(tr("Print Screen"), this, [this] { m_view->sendKeyCombination({kPrint}); });
    m_typing->addMenuActions(menu);
    retranslateClipboard();
    if (m_slowBanner) {
        m_useTight->setText(tr("Use Tight Encoding"));
        //: Button of the slow-link note: keep the current VNC encoding
        m_keepEncoding->setText(tr("Keep"));
        m_keepEncoding->setToolTip(tr("Keep the current encoding and hide this note"));
        if (m_slowBanner->isVisible())
            offerLighterEncoding(m_slowRate); // its sentence in the new language
    }
    updateStatus();
}

void ConsolePanel::addSlowLinkBanner(QBoxLayout *layout)
{
    m_slowBanner = new QWidget(this);
    m_slowBanner->setObjectName(QStringLiteral("consoleSlowLink"));
    auto *row = new QHBoxLayout(m_slowBanner);
    row->setContentsMargins(6, 2, 6, 2);
    m_slowText = new QLabel(m_slowBanner);
    m_slowText->setWordWrap(true);
    m_useTight = new QPushButton(m_slowBanner);
    m_useTight->setObjectName(QStringLiteral("consoleUseTight"));
    m_keepEncoding = new QToolButton(m_slowBanner);
    m_keepEncoding->setObjectName(QStringLiteral("consoleKeepEncoding"));
    row->addWidget(m_slowText, 1);
    row->addWidget(m_useTight);
    row->addWidget(m_keepEncoding);
    layout->addWidget(m_slowBanner);
    m_slowBanner->hide();
    connect(m_client, &VncClient::slowLink, this, &ConsolePanel::offerLighterEncoding);
    connect(m_keepEncoding, &QToolButton::clicked, m_slowBanner, &QWidget::hide);
    connect(m_useTight, &QPushButton::clicked, this, [this] {
        m_slowBanner->hide();
        m_slowRate = 0;
        const int tight = m_encoding->findData(int(VncSettings::Encoding::Tight));
        m_encoding->setCurrentIndex(tight);
        emit m_encoding->activated(tight); // saved and renegotiated as a choice of the user's
    });
}

// Raw pixels over a link that cannot carry them: the screen lags behind the
// guest. Offered where raw is in use (chosen, or automatic on a link that
// looked local, such as an SSH port forward to 127.0.0.1).
void ConsolePanel::offerLighterEncoding(double bytesPerSecond)
{
    const auto chosen = VncSettings::Encoding(m_encoding->currentData().toInt());
    if (chosen != VncSettings::Encoding::Raw && chosen != VncSettings::Encoding::Automatic)
        return;
    m_slowRate = bytesPerSecond;
    m_slowText->setText(tr("This display's link carries raw pixels at only %1 MB/s, so the screen lags behind the guest. "
                           "Tight encoding sends about a tenth of the data.")
                            .arg(bytesPerSecond / (1024.0 * 1024.0), 0, 'f', 1));
    m_slowBanner->setAccessibleName(m_slowText->text());
    m_slowBanner->show();
}

// The per-VM clipboard switch: a toolbar button that turns sharing on and
// off, with a menu that adds QEMU's clipboard channel to a VM without one.
void ConsolePanel::setUpClipboard()
{
    m_clipboardBridge = new ClipboardBridge(m_client, m_view, this);
    m_clipboardButton = new QToolButton(this);
    m_clipboardButton->setObjectName(QStringLiteral("consoleClipboard"));
    m_clipboardButton->setCheckable(true);
    m_clipboardButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_clipboardButton);
    m_addAgentAction = menu->addAction(QString(), this, &ConsolePanel::addClipboardAgent);
    m_addAgentAction->setObjectName(QStringLiteral("consoleAddClipboardAgent"));
    m_clipboardButton->setMenu(menu);
    m_noteTimer = new QTimer(this);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(8000);
    connect(m_noteTimer, &QTimer::timeout, this, [this] {
        m_note.clear();
        updateStatus();
    });
    const bool shared = m_connection && ClipboardBridge::isShared(m_connection->uri(), m_uuid, m_connection->isLocal());
    m_clipboardButton->setChecked(shared);
    m_clipboardBridge->setEnabled(shared);
    connect(m_clipboardButton, &QToolButton::toggled, this, [this](bool on) {
        if (m_connection)
            ClipboardBridge::setShared(m_connection->uri(), m_uuid, on);
        m_clipboardBridge->setEnabled(on);
        retranslateClipboard();
    });
    connect(m_clipboardBridge, &ClipboardBridge::note, this, &ConsolePanel::showNote);
    connect(m_client, &VncClient::stateChanged, this, [this](VncClient::State state) {
        if (state == VncClient::State::Connected)
            readClipboardAgent();
    });
}

void ConsolePanel::retranslateClipboard()
{
    if (!m_clipboardButton)
        return;
    //: Console toolbar button (on/off): share the clipboard with the VM
    m_clipboardButton->setText(tr("Clipboard"));
    m_clipboardButton->setAccessibleName(tr("Share the clipboard with this virtual machine"));
    const bool remote = m_connection && !m_connection->isLocal();
    QString tip;
    if (!m_clipboardButton->isChecked())
        tip = remote ? tr("Clipboard sharing is off. It is off by default for virtual machines on other hosts; turn it on to "
                          "copy and paste between this virtual machine and your desktop.")
                     : tr("Clipboard sharing is off for this virtual machine: nothing you copy reaches it, and nothing it "
                          "copies reaches your desktop.");
    else if (!m_hasAgent)
        tip = tr("Clipboard sharing is on, but this virtual machine has no clipboard channel (qemu-vdagent), so the guest "
                 "receives nothing. Add one from this button's menu; it works after the virtual machine's next start, "
                 "with spice-vdagent running in the guest.");
    else
        tip = tr("Copy and paste between this virtual machine and your desktop. Text you copy on the desktop reaches the "
                 "guest when you come back to this console, not before.");
    m_clipboardButton->setToolTip(tip);
    m_clipboardButton->setAccessibleDescription(tip);
    m_addAgentAction->setText(tr("Add a Clipboard Channel to This Virtual Machine"));
    m_addAgentAction->setEnabled(!m_hasAgent);
}

// Whether the running VM has QEMU's clipboard channel (its live definition).
void ConsolePanel::readClipboardAgent()
{
    if (!m_connection)
        return;
    m_connection->domainXml(m_uuid).then(this, [this](const Result<QString> &r) {
        if (!r)
            return; // the button keeps what it said
        m_hasAgent = ClipboardAgent::present(r.value());
        retranslateClipboard();
    });
}

void ConsolePanel::addClipboardAgent()
{
    if (!m_connection)
        return;
    m_connection->updateDefinition(m_uuid, &ClipboardAgent::add).then(this, [this](const VoidResult &r) {
        if (!r) {
            //: Title of the error box when the clipboard channel could not be added
            MessageBox::error(this, tr("Clipboard Channel"), tr("The clipboard channel could not be added."),
                              r.error().message, tr("The definition was not changed. Check the message, then try again."));
            return;
        }
        showNote(tr("The clipboard channel was added to the definition. It works after the virtual machine is shut down and "
                    "started again (a reboot inside the guest is not enough), with spice-vdagent running in the guest."));
    });
}

void ConsolePanel::showNote(const QString &text)
{
    m_note = text;
    m_noteTimer->start();
    updateStatus();
}

void ConsolePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

VncSettings ConsolePanel::settings() const
{
    VncSettings s;
    s.encoding = VncSettings::Encoding(m_encoding->currentData().toInt());
    s.jpegQuality = m_quality->value();
    s.clipboard = m_clipboardBridge->isEnabled();
    return s;
}

void ConsolePanel::activate()
{
    m_active = true;
    if (m_client->state() == VncClient::State::Disconnected || m_client->state() == VncClient::State::Failed)
        connectNow();
}

void ConsolePanel::connectNow()
{
    m_retryTimer->stop();
    if (!m_connection)
        return;
    const DomainInfo *d = m_connection->domainModel()->find(m_uuid);
    if (!d || !isActive(d->state)) {
        m_client->disconnectFromServer();
        showMessage(tr("The virtual machine is not running. Start it to see its screen."));
        m_spice->refresh();
        return;
    }
    m_wasRunning = true;
    if (m_connection->state() != ConnectionState::Connected) {
        // The connection's stateChanged brings it back (see the constructor).
        m_client->disconnectFromServer();
        showMessage(tr("The connection to the host is not open. The console connects by itself once it is."));
        return;
    }
    showMessage(tr("Connecting to the display…"));
    QPointer<Connection> guard(m_connection);
    m_connection->openConsole(m_uuid).then(this, [this](const Result<ConsoleEndpoint> &r) {
        if (!r && r.error().alternative == Error::Alternative::SpiceDisplay) {
            m_stack->setCurrentWidget(m_spice);
            m_spice->refresh();
            return;
        }
        if (!r) {
            showMessage(tr("The console cannot open: %1").arg(r.error().message));
            // Tried again while the page is shown: the host or the display may come back.
            if (m_active && m_connection && m_connection->state() == ConnectionState::Connected)
                m_retryTimer->start(5000);
            return;
        }
        ConsoleEndpoint ep = r.value();
        VncSettings s = settings();
        s.password = m_typedPassword.isEmpty() ? ep.password : m_typedPassword;
        if (ep.fd >= 0)
            m_client->connectToSocket(ep.fd, s, ep.localLink);
        else
            m_client->connectToHost(ep.host, ep.port, s);
    });
}

void ConsolePanel::showMessage(const QString &text, bool askPassword)
{
    m_message->setText(text);
    m_password->setVisible(askPassword);
    m_connectButton->setVisible(askPassword);
    m_stack->setCurrentIndex(0);
    updateStatus();
}

QString ConsolePanel::message() const
{
    if (m_stack->currentWidget() == m_spice)
        return m_spice->explanation();
    return m_stack->currentIndex() == 0 ? m_message->text() : QString();
}

void ConsolePanel::domainChanged()
{
    if (!m_active || !m_connection)
        return;
    const DomainInfo *d = m_connection->domainModel()->find(m_uuid);
    const bool running = d && isActive(d->state);
    if (running && !m_wasRunning)
        connectNow(); // started (again): its display is new
    else if (!running && m_wasRunning) {
        m_wasRunning = false;
        m_client->disconnectFromServer();
        showMessage(tr("The virtual machine is not running. Start it to see its screen."));
        m_spice->refresh();
    }
}

void ConsolePanel::clientStateChanged()
{
    switch (m_client->state()) {
    case VncClient::State::Connected:
        m_typedPassword.clear();
        m_stack->setCurrentIndex(1);
        m_view->setFocus();
        m_statsTimer->start();
        break;
    case VncClient::State::Failed:
        m_statsTimer->stop();
        if (m_client->failure() == VncClient::Failure::Password) {
            m_typedPassword.clear();
            showMessage(tr("The VNC server refused the password. Enter the display's password."), true);
            m_password->setFocus();
        } else if (m_client->failure() == VncClient::Failure::Closed && m_active) {
            // A reboot or a restarted VNC server: come back by ourselves while the VM runs.
            showMessage(tr("The display closed (%1). Reconnecting…").arg(m_client->errorString()));
            m_retryTimer->start();
        } else {
            showMessage(tr("The console could not connect: %1").arg(m_client->errorString()));
            if (m_active)
                m_retryTimer->start(5000);
        }
        break;
    case VncClient::State::Connecting:
    case VncClient::State::Disconnected:
        m_statsTimer->stop();
        break;
    }
    updateStatus();
}

QString ConsolePanel::statusText() const
{
    return m_status->text();
}

void ConsolePanel::updateStatus()
{
    QString text;
    switch (m_client->state()) {
    case VncClient::State::Connected:
        text = tr("Connected · %1 · %2×%3 · %4 updates/s · %5 kB/s")
                   .arg(m_client->encoding())
                   .arg(m_client->size().width())
                   .arg(m_client->size().height())
                   .arg(m_ups, 0, 'f', 0)
                   .arg(m_kbps, 0, 'f', 0);
        if (m_view->isKeyboardGrabbed())
            text += QStringLiteral(" · ") + tr("Keyboard grabbed: press Ctrl+Alt to release");
        if (!m_resizeNote.isEmpty() && m_view->scaling() == ConsoleView::Scaling::ResizeGuest)
            text += QStringLiteral(" · ") + m_resizeNote;
        if (!m_note.isEmpty())
            text += QStringLiteral(" · ") + m_note;
        break;
    //: Console status line: connecting to the VM's display
    case VncClient::State::Connecting: text = tr("Connecting…"); break;
    //: Console status line: not connected to the VM's display
    case VncClient::State::Failed: text = tr("Not connected"); break;
    case VncClient::State::Disconnected: text = tr("Not connected"); break;
    }
    m_status->setText(text);
}

void ConsolePanel::saveScreenshot()
{
    if (m_client->image().isNull())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot"), QStringLiteral("screenshot.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!m_client->image().save(path, "PNG"))
        //: Title of the error box when a screenshot could not be saved
        MessageBox::error(this, tr("Screenshot"), tr("The screenshot could not be saved to %1.").arg(path),
                          tr("The folder may not exist or not be writable."), tr("Choose another place."));
}

void ConsolePanel::setFullScreen(bool on)
{
    if (on == isFullScreen())
        return;
    if (on) {
        m_fullScreen = new QWidget(nullptr, Qt::Window);
        m_fullScreen->setObjectName(QStringLiteral("consoleFullScreenWindow"));
        auto *layout = new QVBoxLayout(m_fullScreen);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view);
        // A small overlay to leave fullscreen or send a key combination.
        auto *overlay = new QWidget(m_fullScreen);
        overlay->setObjectName(QStringLiteral("consoleOverlay"));
        overlay->setAutoFillBackground(true);
        auto *ol = new QHBoxLayout(overlay);
        ol->setContentsMargins(4, 2, 4, 2);
        auto *leave = new QToolButton(overlay);
        leave->setText(tr("Leave Fullscreen"));
        connect(leave, &QToolButton::clicked, this, [this] { setFullScreen(false); });
        auto *keys = new QToolButton(overlay);
        keys->setText(m_sendKey->text());
        keys->setMenu(m_sendKey->menu());
        keys->setPopupMode(QToolButton::InstantPopup);
        ol->addWidget(leave);
        ol->addWidget(keys);
        overlay->adjustSize();
        overlay->move(8, 0);
        overlay->raise();
        m_fullScreen->showFullScreen();
        m_view->setFocus();
    } else {
        m_stack->insertWidget(1, m_view);
        if (m_client->state() == VncClient::State::Connected)
            m_stack->setCurrentIndex(1);
        QWidget *w = std::exchange(m_fullScreen, nullptr);
        w->deleteLater();
    }
}
