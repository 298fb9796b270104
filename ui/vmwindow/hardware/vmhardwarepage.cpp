#include "vmhardwarepage.h"

#include "passthroughpanel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

VmHardwarePage::VmHardwarePage(Connection *connection, const QString &uuid, QWidget *parent)
    : QWidget(parent)
    , m_passthrough(new PassthroughPanel(connection, uuid))
{
    setObjectName(QStringLiteral("hardwarePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_passthrough);
    m_text = new QLabel(this); // after the panel: last in the focus chain
    m_text->setObjectName(QStringLiteral("hardwarePageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setContentsMargins(9, 0, 9, 9);
    layout->addWidget(m_text);
}

void VmHardwarePage::setDomain(const QString &uri, const QString &name)
{
    m_uri = uri;
    m_name = name;
    retranslate();
}

void VmHardwarePage::retranslate()
{
    if (m_name.isEmpty())
        return;
    m_text->setText(tr("Disks, network cards and the other hardware are not editable in this version of QVirt yet; "
                       "meanwhile: virsh --connect %1 edit %2").arg(m_uri, m_name));
}

void VmHardwarePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
