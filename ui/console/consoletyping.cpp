#include "consoletyping.h"

#include "connection.h"
#include "domaindescription.h"
#include "keytyper.h"
#include "messagebox.h"
#include "typetextdialog.h"
#include "vncclient.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>

#include <array>
#include <cmath>

using TypingKeymap::Layout;

namespace {
// Text this long, or with line breaks, is typed only when confirmed.
constexpr int kConfirmCharacters = 200;

// The characters as the warning lists them: invisible ones by code point.
QString characterList(const QString &chars)
{
    QStringList items;
    for (const uint c : chars.toUcs4()) {
        if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format)
            items << QStringLiteral("U+%1").arg(c, 4, 16, QLatin1Char('0')).toUpper();
        else
            items << QString::fromUcs4(std::array<char32_t, 1>{c}.data(), 1);
    }
    return QLocale().createSeparatedList(items);
}
} // namespace

ConsoleTyping::ConsoleTyping(Connection *connection, const QString &uuid, VncClient *client, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_client(client)
    , m_typer(new KeyTyper(client, this))
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_typeClipboard(new QAction(this))
    , m_typeText(new QAction(this))
    , m_layoutMenu(new QMenu(this))
    , m_layoutGroup(new QActionGroup(this))
{
    setObjectName(QStringLiteral("consoleTyping"));
    m_label->setObjectName(QStringLiteral("consoleTypingLabel"));
    m_progress->setObjectName(QStringLiteral("consoleTypingProgress"));
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("consoleTypingCancel"));
    m_typeClipboard->setObjectName(QStringLiteral("consoleTypeClipboard"));
    m_typeText->setObjectName(QStringLiteral("consoleTypeText"));
    m_layoutMenu->setObjectName(QStringLiteral("consoleTypingLayoutMenu"));
    m_layoutGroup->setExclusive(true);
    for (Layout l : TypingKeymap::layouts()) {
        auto *action = new QAction(m_layoutGroup);
        action->setObjectName(QStringLiteral("consoleTypingLayout_%1").arg(TypingKeymap::layoutId(l)));
        action->setCheckable(true);
        action->setData(TypingKeymap::layoutId(l));
        m_layoutMenu->addAction(action);
    }
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 2);
    row->addWidget(m_label);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    hide(); // shown while typing

    connect(m_typeClipboard, &QAction::triggered, this, &ConsoleTyping::typeClipboard);
    connect(m_typeText, &QAction::triggered, this, &ConsoleTyping::openTypeTextDialog);
    connect(m_layoutGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (const auto l = TypingKeymap::layoutFromId(action->data().toString()))
            setGuestLayout(*l);
    });
    connect(m_cancel, &QPushButton::clicked, this, &ConsoleTyping::cancel);
    connect(m_typer, &KeyTyper::progressChanged, this, [this](int sent, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(sent);
    });
    connect(m_typer, &KeyTyper::finished, this, &ConsoleTyping::finishTyping);
    connect(client, &VncClient::stateChanged, this, &ConsoleTyping::updateActions);

    // The VM's VNC keymap names the guest's layout when nothing was chosen yet.
    if (connection) {
        connection->domainXml(uuid).then(this, [this](const Result<QString> &xml) {
            DomainDescription d;
            if (!xml || !parseDomainXml(xml.value(), &d))
                return;
            for (const GraphicsDescription &g : std::as_const(d.graphics)) {
                if (g.type == QLatin1String("vnc") && !g.keymap.isEmpty()) {
                    m_vncKeymap = g.keymap;
                    m_keymapLayout = TypingKeymap::layoutFromVncKeymap(g.keymap);
                    break;
                }
            }
            updateActions();
        });
    }
    retranslate();
    updateActions();
}

// The console closing while it types: the keys held go up first (while the
// client lives: ConsolePanel cancels before its children go).
ConsoleTyping::~ConsoleTyping()
{
    disconnect(m_typer, nullptr, this, nullptr);
    m_typer->cancel();
    delete m_dialog;
}

QString ConsoleTyping::settingsKey() const
{
    return QStringLiteral("console/%1/typingLayout").arg(m_uuid);
}

Layout ConsoleTyping::guestLayout() const
{
    if (const auto stored = TypingKeymap::layoutFromId(QSettings().value(settingsKey()).toString()))
        return *stored;
    return m_keymapLayout.value_or(Layout::US);
}

void ConsoleTyping::setGuestLayout(Layout layout)
{
    QSettings().setValue(settingsKey(), TypingKeymap::layoutId(layout));
    updateActions();
}

void ConsoleTyping::addMenuActions(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_typeClipboard);
    menu->addAction(m_typeText);
    menu->addMenu(m_layoutMenu);
}

bool ConsoleTyping::canType() const
{
    return m_client && m_client->state() == VncClient::State::Connected && !m_typer->isTyping();
}

void ConsoleTyping::updateActions()
{
    const bool can = canType();
    m_typeClipboard->setEnabled(can);
    m_typeText->setEnabled(can);
    const QString current = TypingKeymap::layoutId(guestLayout());
    for (QAction *a : m_layoutGroup->actions())
        a->setChecked(a->data().toString() == current);
}

void ConsoleTyping::retranslate()
{
    //: Console send-key menu: type the text of the clipboard into the VM as key presses
    m_typeClipboard->setText(tr("Type Clipboard Text"));
    //: Console send-key menu: open a dialog to enter text that is typed into the VM
    m_typeText->setText(tr("Type Text…"));
    //: Console send-key menu: submenu choosing the keyboard layout the VM's system uses
    m_layoutMenu->setTitle(tr("Guest Keyboard Layout"));
    for (QAction *a : m_layoutGroup->actions())
        a->setText(TypeTextDialog::layoutName(*TypingKeymap::layoutFromId(a->data().toString())));
    //: Button that stops typing text into the VM
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Stop typing into the guest"));
    m_progress->setAccessibleName(tr("Typing progress"));
    if (m_typer->isTyping())
        m_label->setText(tr("Typing %n character(s) into the guest…", nullptr, m_characters));
}

void ConsoleTyping::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConsoleTyping::typeClipboard()
{
    if (!canType())
        return;
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty()) {
        //: Title of a message about typing text into the VM
        MessageBox::information(this, tr("Type Clipboard Text"), tr("The clipboard holds no text to type."));
        return;
    }
    typeText(text);
}

void ConsoleTyping::openTypeTextDialog()
{
    if (!canType())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    // Window modal and open(): nothing waits in a nested event loop.
    m_dialog = new TypeTextDialog(window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setGuestLayout(guestLayout());
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog->guestLayout() != guestLayout())
            setGuestLayout(m_dialog->guestLayout());
        if (!m_client || m_client->state() != VncClient::State::Connected)
            sayNotConnected(); // it went while the dialog was open
        else
            typeText(m_dialog->text());
    });
    m_dialog->open();
}

void ConsoleTyping::typeText(const QString &text)
{
    if (!canType())
        return;
    const Layout layout = guestLayout();
    const TypingKeymap::TypingPlan plan = m_typer->plan(layout, text);
    const QString layoutName = TypeTextDialog::layoutName(layout);
    if (plan.strokes.isEmpty()) {
        if (!plan.unmappable.isEmpty())
            //: Title of a message about typing text into the VM
            MessageBox::information(this, tr("Type Text"),
                                    tr("None of this text can be typed with the %1 keyboard layout: %2")
                                        .arg(layoutName, characterList(plan.unmappable)));
        return;
    }
    QStringList paragraphs;
    const bool lines = text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (plan.characters > kConfirmCharacters || lines) {
        paragraphs << tr("QVirt is about to type %n character(s) into the guest.", nullptr, plan.characters);
        const int seconds = int(std::ceil(double(plan.strokes.size()) / m_typer->eventsPerSecond()));
        if (seconds < 120)
            paragraphs << tr("This takes about %n second(s).", nullptr, seconds);
        else
            paragraphs << tr("This takes about %n minute(s).", nullptr, int(std::ceil(seconds / 60.0)));
        if (lines)
            paragraphs << tr("Each line ends with Enter: a shell or an installer acts on every line as soon as it is typed.");
    }
    if (!plan.unmappable.isEmpty())
        paragraphs << tr("The %1 keyboard layout cannot type these characters, so they are left out: %2")
                          .arg(layoutName, characterList(plan.unmappable));
    // With a keymap QEMU turns keysyms into keys itself: Shift and AltGr
    // planned for another layout land on the wrong keys.
    if (!m_vncKeymap.isEmpty() && m_keymapLayout != layout)
        paragraphs << tr("The VM's display translates keys with QEMU's \"%1\" keymap, which does not match the %2 layout "
                         "chosen here, so some characters may come out wrong. Choose the layout of that keymap, or "
                         "remove the keymap from the VM's display.")
                          .arg(m_vncKeymap, layoutName);
    if (paragraphs.isEmpty()) {
        startTyping(layout, text);
        return;
    }
    //: Title of the question before typing text into the VM
    MessageBox::confirm(this, tr("Type Text"), paragraphs.join(QStringLiteral("\n\n")),
                        //: Button that starts typing the text into the VM
                        tr("Type"), this, [this, layout, text](bool confirmed) {
                            if (confirmed)
                                startTyping(layout, text);
                        });
}

// Planned again: the console may have reconnected (or gone) while the
// question was open, and a new server may take other key events.
void ConsoleTyping::startTyping(Layout layout, const QString &text)
{
    const TypingKeymap::TypingPlan plan = m_typer->plan(layout, text);
    if (!m_client || m_client->state() != VncClient::State::Connected) {
        sayNotConnected();
        return;
    }
    if (!canType() || !m_typer->start(plan.strokes))
        return;
    m_characters = plan.characters;
    m_label->setText(tr("Typing %n character(s) into the guest…", nullptr, m_characters));
    show();
    updateActions();
}

void ConsoleTyping::sayNotConnected()
{
    //: Title of a message about typing text into the VM
    MessageBox::information(this, tr("Type Text"),
                            tr("The console is no longer connected to the VM's display, so nothing was typed."));
}

void ConsoleTyping::cancel()
{
    m_typer->cancel();
}

void ConsoleTyping::finishTyping()
{
    hide();
    updateActions();
}
