#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

// Every message box QVirt shows goes through here, so tests can answer them
// without a modal loop.
namespace MessageBox {

// Answers instead of the user when set; receives the icon, title and text.
using Hook = std::function<QMessageBox::StandardButton(QMessageBox::Icon, const QString &, const QString &)>;
void setTestHook(Hook hook);

// A failed user action: what failed, libvirt's reason, and what to do.
void error(QWidget *parent, const QString &title, const QString &what, const QString &reason,
           const QString &advice = {});
void information(QWidget *parent, const QString &title, const QString &text);
// Asks before a destructive action; true when the user confirmed.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel);

} // namespace MessageBox
