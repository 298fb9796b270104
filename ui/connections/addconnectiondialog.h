#pragma once

#include <QDialog>

#include <memory>

namespace Ui { class AddConnectionDialog; }

// Builds a libvirt URI from hypervisor, transport, user and host, or takes a
// raw one; refuses a malformed URI inline, without closing.
class AddConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AddConnectionDialog(QWidget *parent = nullptr);
    ~AddConnectionDialog() override;

    QString uri() const;
    bool autoconnect() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void updateForm();

    std::unique_ptr<Ui::AddConnectionDialog> m_ui;
};
