#include "newvmpages.h"

#include <QLabel>

QLabel *buddyLabel(QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    return label;
}

void setBuddyText(QWidget *field, const QString &text)
{
    // The label and its field share a parent (the form's widget).
    const auto labels = field->parentWidget()->findChildren<QLabel *>(Qt::FindDirectChildrenOnly);
    for (QLabel *label : labels) {
        if (label->buddy() == field)
            label->setText(text);
    }
}
