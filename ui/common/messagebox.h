#pragma once

#include <QHash>
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
// error() and information() wait until the box is closed (a nested event
// loop): after they return, look up again whatever the list may have changed.
void error(QWidget *parent, const QString &title, const QString &what, const QString &reason,
           const QString &advice = {});
void information(QWidget *parent, const QString &title, const QString &text);
// Asks before a destructive action and returns at once: the box is window
// modal and runs no event loop of its own, so nothing the caller holds can
// dangle while it is open. `answered` gets whether the user confirmed, unless
// `context` is gone by then; it looks up again what it acts on.
void confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel,
             const QObject *context, std::function<void(bool confirmed)> answered);

// A question with more answers than yes and no (Save / Discard / Cancel),
// asked as confirm() asks: window modal, returns at once. buttons are
// standard buttons; labels give some of them other words ("Overwrite").
// `answered` gets the button chosen (Cancel when the box was closed), unless
// `context` is gone by then. The test hook answers with a button of buttons.
void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
         const QHash<QMessageBox::StandardButton, QString> &labels, const QObject *context,
         std::function<void(QMessageBox::StandardButton answer)> answered);

} // namespace MessageBox
