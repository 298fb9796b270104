#pragma once

#include <QWidget>

class Connection;
class PassthroughPanel;
class QLabel;

// The VM window's Hardware page: passthrough (host devices and the guest
// settings it needs), and a note on where the rest of the hardware is edited
// meanwhile.
class VmHardwarePage final : public QWidget
{
    Q_OBJECT

public:
    VmHardwarePage(Connection *connection, const QString &uuid, QWidget *parent = nullptr);

    PassthroughPanel *passthrough() const { return m_passthrough; }
    // The VM's name and host changed (or were first read).
    void setDomain(const QString &uri, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    PassthroughPanel *m_passthrough;
    QLabel *m_text = nullptr;
    QString m_uri;
    QString m_name;
};
