#include "displayswitchdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

DisplaySwitchDialog::DisplaySwitchDialog(const QString &vmName, const QVector<DisplayChange> &changes, QWidget *parent)
    : QDialog(parent)
    , m_vmName(vmName)
    , m_changes(changes)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_when(new QLabel(this))
    , m_back(new QLabel(this))
{
    setObjectName(QStringLiteral("displaySwitchDialog"));
    m_intro->setObjectName(QStringLiteral("displaySwitchIntro"));
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("displaySwitchChanges"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    m_when->setObjectName(QStringLiteral("displaySwitchWhen"));
    m_when->setWordWrap(true);
    m_back->setObjectName(QStringLiteral("displaySwitchBack"));
    m_back->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_switch = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_switch->setObjectName(QStringLiteral("displaySwitchConfirm"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("displaySwitchCancel"));
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_when);
    layout->addWidget(m_back);
    layout->addWidget(buttons);
    retranslate();
    resize(560, 420);
}

QString DisplaySwitchDialog::describe(const DisplayChange &c)
{
    switch (c.kind) {
    case DisplayChange::Kind::GraphicsToVnc: {
        QString text = tr("The SPICE display becomes a VNC display on the host's loopback address (127.0.0.1), on a port "
                          "chosen when the virtual machine starts.");
        if (c.keepsPassword)
            text += QLatin1Char(' ') + tr("Its password stays.");
        if (!c.keymap.isEmpty())
            text += QLatin1Char(' ') + tr("Its keyboard layout (%1) stays.").arg(c.keymap);
        return text;
    }
    case DisplayChange::Kind::GraphicsRemoved:
        return tr("The SPICE display is removed; the VNC display the virtual machine already has stays as it is.");
    case DisplayChange::Kind::GlToEglHeadless:
        return c.detail.isEmpty()
                   ? tr("SPICE's OpenGL rendering moves to a headless OpenGL display (egl-headless), so 3D acceleration keeps working.")
                   : tr("SPICE's OpenGL rendering moves to a headless OpenGL display (egl-headless) on %1, so 3D acceleration keeps working.")
                         .arg(c.detail);
    case DisplayChange::Kind::VideoModel:
        if (c.detail == QLatin1String("vga"))
            return tr("The QXL video device becomes VGA, which every x86 guest drives without extra drivers.");
        return tr("The additional QXL video device becomes a virtio video device.");
    case DisplayChange::Kind::AgentChannelReplaced:
        return tr("The SPICE agent channel becomes QEMU's own agent channel (qemu-vdagent), so the guest's spice-vdagent "
                  "keeps sharing the clipboard with the console.");
    case DisplayChange::Kind::ChannelRemoved:
        return tr("The SPICE channel %1 is removed.").arg(c.detail);
    case DisplayChange::Kind::UsbRedirectionRemoved:
        return tr("%n USB redirection device(s) that work only through SPICE are removed.", nullptr, c.count);
    case DisplayChange::Kind::SmartcardRemoved:
        return tr("The smartcard passed through SPICE is removed.");
    case DisplayChange::Kind::AudioToNone:
        return tr("Sound that went to the SPICE client goes nowhere (audio type \"none\"); the guest keeps its sound card.");
    case DisplayChange::Kind::SpicePortRemoved:
        if (c.detail == QLatin1String("serial"))
            return tr("The serial port that goes through SPICE is removed.");
        if (c.detail == QLatin1String("console"))
            return tr("The text console that goes through SPICE is removed.");
        if (c.detail == QLatin1String("parallel"))
            return tr("The parallel port that goes through SPICE is removed.");
        return tr("The channel that goes through a SPICE port is removed.");
    }
    return {};
}

void DisplaySwitchDialog::retranslate()
{
    //: Window title of the dialog that switches a VM's display from SPICE to VNC
    setWindowTitle(tr("Switch Display to VNC"));
    m_intro->setText(tr("Switching the display of \"%1\" to VNC makes these changes to its definition; nothing else changes:").arg(m_vmName));
    m_list->clear();
    // The display first, then the devices, whatever their order in the XML.
    QVector<DisplayChange> shown = m_changes;
    std::stable_sort(shown.begin(), shown.end(), [](const DisplayChange &a, const DisplayChange &b) { return a.kind < b.kind; });
    for (const DisplayChange &c : std::as_const(shown))
        m_list->addItem(describe(c));
    m_list->setAccessibleName(tr("Changes to the definition"));
    m_when->setText(tr("The change takes effect the next time the virtual machine starts."));
    m_back->setText(tr("QVirt keeps the current definition, so \"Go Back to SPICE\" in the console's toolbar can restore it exactly."));
    //: Button that confirms switching the VM's display from SPICE to VNC
    m_switch->setText(tr("Switch to VNC"));
    m_switch->setAccessibleName(m_switch->text());
}

void DisplaySwitchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
