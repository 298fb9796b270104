#include "xforwarding.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>

namespace XForwarding {

bool active()
{
    const QByteArray forced = qgetenv("QVIRT_X_FORWARDING");
    if (!forced.isEmpty())
        return forced != "0";
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        return false;
    const QByteArray display = qgetenv("DISPLAY");
    const int colon = display.lastIndexOf(':');
    const QByteArray host = colon > 0 ? display.left(colon) : QByteArray();
    // ":0" and "unix:0" are local sockets (with MIT-SHM); "localhost:10.0"
    // (ssh -X) and "desktop:0" go over TCP.
    return !host.isEmpty() && host != "unix";
}

void adapt()
{
    if (!active())
        return;
    // The console's own X window (server-side scaling) must not turn its
    // neighbours into X windows too.
    QApplication::setAttribute(Qt::AA_DontCreateNativeWidgetSiblings);
    QFont font = QApplication::font();
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::NoAntialias));
    QApplication::setFont(font);

    QPalette palette = QApplication::palette();
    for (int role = 0; role < QPalette::NColorRoles; ++role) {
        if (role == QPalette::NoRole)
            continue;
        const auto r = QPalette::ColorRole(role);
        palette.setBrush(QPalette::Inactive, r, palette.brush(QPalette::Active, r));
    }
    QApplication::setPalette(palette);

    const QIcon scalable(QStringLiteral(":/qvirt/icons/qvirt.svg"));
    QIcon small;
    for (int size : {16, 32, 48})
        small.addPixmap(scalable.pixmap(size));
    QApplication::setWindowIcon(small);
}

} // namespace XForwarding
