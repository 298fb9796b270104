#include "showsettled.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

void showSettled(QWidget *window)
{
    window->show();
    // A layout pass can post another (a scroll bar appears); three settle it.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}
