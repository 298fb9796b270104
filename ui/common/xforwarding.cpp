#include "xforwarding.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>

namespace XForwarding {

namespace {

bool displayNamesHost()
{
    const QByteArray display = qgetenv("DISPLAY");
    const int colon = display.lastIndexOf(':');
    const QByteArray host = colon > 0 ? display.left(colon) : QByteArray();
    // ":0" and "unix:0" are local sockets (with MIT-SHM); "localhost:10.0"
    // (ssh -X) and "desktop:0" go over TCP.
    return !host.isEmpty() && host != "unix";
}

} // namespace

bool active()
{
    const QByteArray forced = qgetenv("QVIRT_X_FORWARDING");
    if (!forced.isEmpty())
        return forced != "0";
    return QGuiApplication::platformName() == QLatin1String("xcb") && displayNamesHost();
}

void prepare()
{
    const QByteArray forced = qgetenv("QVIRT_X_FORWARDING");
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool likely = forced.isEmpty() ? displayNamesHost() && (platform.isEmpty() || platform.startsWith("xcb")) : forced != "0";
    // XInput 2 costs half a dozen round trips at start (versions, devices);
    // the core protocol's pointer and wheel serve over a forwarded display.
    if (likely && !qEnvironmentVariableIsSet("QT_XCB_NO_XI2"))
        qputenv("QT_XCB_NO_XI2", "1");
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
    for (int size : {16, 32})
        small.addPixmap(scalable.pixmap(size));
    QApplication::setWindowIcon(small);
}

} // namespace XForwarding
