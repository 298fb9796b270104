#include "messagebox.h"

#include <QPushButton>

namespace MessageBox {

namespace {
Hook &hook()
{
    static Hook h;
    return h;
}

QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                 const QString &informative, const QString &confirmLabel = {})
{
    if (hook()) {
        const QString full = informative.isEmpty() ? text : text + QLatin1Char('\n') + informative;
        return hook()(icon, title, full);
    }
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(informative);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (confirmLabel.isEmpty()) {
        box.setStandardButtons(QMessageBox::Ok);
    } else {
        box.addButton(confirmLabel, QMessageBox::AcceptRole)->setObjectName(QStringLiteral("confirmButton"));
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    }
    const int rc = box.exec();
    if (!confirmLabel.isEmpty())
        return box.buttonRole(box.clickedButton()) == QMessageBox::AcceptRole ? QMessageBox::Yes : QMessageBox::Cancel;
    return QMessageBox::StandardButton(rc);
}
} // namespace

void setTestHook(Hook h)
{
    hook() = std::move(h);
}

void error(QWidget *parent, const QString &title, const QString &what, const QString &reason, const QString &advice)
{
    QString informative = reason;
    if (!advice.isEmpty())
        informative += QStringLiteral("\n\n") + advice;
    show(parent, QMessageBox::Critical, title, what, informative);
}

void information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, {});
}

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel)
{
    return show(parent, QMessageBox::Warning, title, text, {}, confirmLabel) == QMessageBox::Yes;
}

} // namespace MessageBox
