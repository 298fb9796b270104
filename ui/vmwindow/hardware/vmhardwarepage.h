#pragma once

#include <QWidget>

class Connection;
class HardwareEditor;
class PassthroughPanel;

// The VM window's Hardware page: the hardware editor on the VM, its host
// devices (passthrough) one of its entries.
class VmHardwarePage final : public QWidget
{
    Q_OBJECT

public:
    VmHardwarePage(Connection *connection, const QString &uuid, QWidget *parent = nullptr);

    HardwareEditor *editor() const { return m_editor; }
    PassthroughPanel *passthrough() const;
    // The VM's name and host changed (or were first read).
    void setDomain(const QString &uri, const QString &name);

private:
    HardwareEditor *m_editor;
    QString m_name;
};
