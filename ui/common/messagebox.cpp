#include "messagebox.h"

#include <QPointer>
#include <QPushButton>

namespace MessageBox {

namespace {
Hook &hook()
{
    static Hook h;
    return h;
}

QMessageBox *makeBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                     const QString &informative, const QString &confirmLabel)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setInformativeText(informative);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (confirmLabel.isEmpty()) {
        box->setStandardButtons(QMessageBox::Ok);
    } else {
        box->addButton(confirmLabel, QMessageBox::AcceptRole)->setObjectName(QStringLiteral("confirmButton"));
        box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    }
    return box;
}

void show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text, const QString &informative)
{
    if (hook()) {
        const QString full = informative.isEmpty() ? text : text + QLatin1Char('\n') + informative;
        hook()(icon, title, full);
        return;
    }
    // On the heap: should the parent go while the box is open, it takes the
    // box with it, and the box is not deleted a second time here.
    QPointer<QMessageBox> box = makeBox(parent, icon, title, text, informative, {});
    box->exec();
    delete box;
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

void confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel,
             const QObject *context, std::function<void(bool)> answered)
{
    if (hook()) {
        answered(hook()(QMessageBox::Warning, title, text) == QMessageBox::Yes);
        return;
    }
    QMessageBox *box = makeBox(parent, QMessageBox::Warning, title, text, {}, confirmLabel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QDialog::finished, context, [box, answered = std::move(answered)] {
        answered(box->clickedButton() && box->buttonRole(box->clickedButton()) == QMessageBox::AcceptRole);
    });
    box->open();
}

void ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
         const QHash<QMessageBox::StandardButton, QString> &labels, const QObject *context,
         std::function<void(QMessageBox::StandardButton)> answered)
{
    if (hook()) {
        answered(hook()(icon, title, text));
        return;
    }
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setDefaultButton(defaultButton);
    if (buttons.testFlag(QMessageBox::Cancel))
        box->setEscapeButton(QMessageBox::Cancel);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QAbstractButton *b = box->button(it.key()))
            b->setText(it.value());
    }
    QObject::connect(box, &QDialog::finished, context, [box, answered = std::move(answered)] {
        QAbstractButton *clicked = box->clickedButton();
        answered(clicked ? box->standardButton(clicked) : QMessageBox::Cancel);
    });
    box->open();
}

} // namespace MessageBox
