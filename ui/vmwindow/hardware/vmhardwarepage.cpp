#include "vmhardwarepage.h"

#include "hardwareeditor.h"

#include <QVBoxLayout>

VmHardwarePage::VmHardwarePage(Connection *connection, const QString &uuid, QWidget *parent)
    : QWidget(parent)
    , m_editor(new HardwareEditor(connection, this))
{
    setObjectName(QStringLiteral("hardwarePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    m_editor->setDomain(uuid);
}

PassthroughPanel *VmHardwarePage::passthrough() const
{
    return m_editor->passthrough();
}

void VmHardwarePage::setDomain(const QString &, const QString &name)
{
    // The editor reads the definition itself; a rename is read again.
    if (name == m_name)
        return;
    const bool first = m_name.isEmpty();
    m_name = name;
    if (!first && !m_editor->hasUnappliedChanges())
        m_editor->reload();
}
