#include "customizedialog.h"

#include "hardwareeditor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CustomizeDialog::CustomizeDialog(Connection *connection, const QString &xml, QWidget *parent)
    : QDialog(parent)
    , m_editor(new HardwareEditor(connection, this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("customizeDialog"));
    m_editor->setObjectName(QStringLiteral("customizeEditor"));
    m_editor->setDraft(xml);
    m_text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_begin = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_begin->setObjectName(QStringLiteral("beginInstallation"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_begin, &QPushButton::clicked, this, [this]() {
        emit beginInstallation(m_editor->draftXml());
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    retranslate();
    resize(900, 620);
}

void CustomizeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CustomizeDialog::retranslate()
{
    setWindowTitle(tr("Customize the new VM"));
    m_text->setText(tr("The VM is not created yet. Change its hardware here, apply each change, then begin the installation."));
    m_begin->setText(tr("&Begin Installation"));
}
