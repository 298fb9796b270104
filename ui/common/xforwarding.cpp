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
    if (!likely)
        return;
    // Each of these costs round trips before the first paint (a round trip
    // is 20 ms and more over a WAN); none is of use over a forwarded display:
    // - XInput 2 (versions, devices): the core pointer and wheel serve;
    // - RandR (monitors, outputs, their properties): the remote desktop's
    //   screen layout is the window manager's business, the core screen
    //   size is enough;
    // - MIT-SHM: shared memory cannot cross the network (Qt tries anyway);
    // - OpenGL: QVirt draws nothing with it.
    const std::pair<const char *, const char *> settings[] = {
        {"QT_XCB_NO_XI2", "1"}, {"QT_XCB_NO_XRANDR", "1"}, {"QT_XCB_NO_MITSHM", "1"}, {"QT_XCB_GL_INTEGRATION", "none"}};
    for (const auto &[name, value] : settings) {
        if (!qEnvironmentVariableIsSet(name))
            qputenv(name, value);
    }
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
