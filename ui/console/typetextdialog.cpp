#include "typetextdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using TypingKeymap::Layout;

TypeTextDialog::TypeTextDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_layoutLabel(new QLabel(this))
    , m_layout(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("typeTextDialog"));
    m_intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("typeTextEdit"));
    m_text->setTabChangesFocus(false); // a tab is typed as Tab
    m_layout->setObjectName(QStringLiteral("typeTextLayout"));
    m_layoutLabel->setBuddy(m_layout);
    for (Layout l : TypingKeymap::layouts())
        m_layout->addItem(QString(), TypingKeymap::layoutId(l));

    auto *form = new QFormLayout;
    form->addRow(m_layoutLabel, m_layout);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_text, 1);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TypeTextDialog::updateButton);
    retranslate();
    updateButton();
    resize(480, 300);
}

QString TypeTextDialog::layoutName(Layout layout)
{
    switch (layout) {
    //: Guest keyboard layout for typing text into a VM
    case Layout::DE: return tr("German");
    //: Guest keyboard layout for typing text into a VM
    case Layout::FR: return tr("French (AZERTY)");
    //: Guest keyboard layout for typing text into a VM (the JIS keyboard with 106 or 109 keys)
    case Layout::JP: return tr("Japanese (106/109 keys)");
    case Layout::US: break;
    }
    //: Guest keyboard layout for typing text into a VM
    return tr("English (US)");
}

void TypeTextDialog::retranslate()
{
    //: Title of the dialog that types text into a VM's console as key presses
    setWindowTitle(tr("Type Text"));
    m_intro->setText(tr("QVirt presses the keys that make this text in the guest, as if typed on its keyboard. "
                        "Line breaks are typed as Enter."));
    m_text->setAccessibleName(tr("Text to type into the guest"));
    m_layoutLabel->setText(tr("Guest keyboard layout:"));
    m_layout->setAccessibleName(tr("Guest keyboard layout"));
    for (int i = 0; i < m_layout->count(); ++i)
        m_layout->setItemText(i, layoutName(*TypingKeymap::layoutFromId(m_layout->itemData(i).toString())));
    //: Button that starts typing the text into the VM
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Type"));
}

void TypeTextDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TypeTextDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->document()->isEmpty());
}

QString TypeTextDialog::text() const
{
    return m_text->toPlainText();
}

void TypeTextDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

Layout TypeTextDialog::guestLayout() const
{
    return TypingKeymap::layoutFromId(m_layout->currentData().toString()).value_or(Layout::US);
}

void TypeTextDialog::setGuestLayout(Layout layout)
{
    m_layout->setCurrentIndex(qMax(0, m_layout->findData(TypingKeymap::layoutId(layout))));
}
