#include "commandline.h"
#include "connection.h"
#include "connectionmanager.h"
#include "connectionuri.h"
#include "domainlistmodel.h"
#include "hostwindow.h"
#include "interfacesize.h"
#include "language.h"
#include "mainwindow.h"
#include "statssettingsstore.h"
#include "xforwarding.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "qvirt: %s\n", qPrintable(message));
}

VmWindow::Page pageFor(CommandLine::Show show)
{
    switch (show) {
    case CommandLine::Show::DomainConsole: return VmWindow::ConsolePage;
    case CommandLine::Show::DomainEditor: return VmWindow::HardwarePage;
    case CommandLine::Show::DomainSnapshots: return VmWindow::SnapshotsPage;
    case CommandLine::Show::DomainPerformance: return VmWindow::PerformancePage;
    case CommandLine::Show::DomainXml: return VmWindow::XmlPage;
    default: return VmWindow::OverviewPage;
    }
}

// Connects to the socket DISPLAY names, as Xlib would (Unix socket, Linux's
// abstract one, or TCP for host:N as ssh -X gives), waiting at most 3 s.
bool xServerAnswers(const char *display)
{
    const char *colon = std::strrchr(display, ':');
    if (!colon)
        return false;
    const std::string host(display, colon - display);
    const int number = std::atoi(colon + 1);
    auto connected = [](int fd, const sockaddr *addr, socklen_t len) {
        if (fd < 0)
            return false;
        bool ok = ::connect(fd, addr, len) == 0;
        if (!ok && errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            int err = 0;
            socklen_t errLen = sizeof err;
            ok = ::poll(&p, 1, 3000) == 1 && ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &errLen) == 0 && err == 0;
        }
        ::close(fd);
        return ok;
    };
    if (host.empty() || host == "unix") {
        const std::string path = "/tmp/.X11-unix/X" + std::to_string(number);
        for (bool abstract : {true, false}) {
            sockaddr_un addr{};
            addr.sun_family = AF_UNIX;
            std::memcpy(addr.sun_path + (abstract ? 1 : 0), path.data(), path.size());
            const socklen_t len = socklen_t(offsetof(sockaddr_un, sun_path) + path.size() + (abstract ? 1 : 0));
            if (connected(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0), reinterpret_cast<sockaddr *>(&addr), len))
                return true;
        }
        return false;
    }
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (::getaddrinfo(host.c_str(), std::to_string(6000 + number).c_str(), &hints, &found) != 0)
        return false;
    bool ok = false;
    for (addrinfo *a = found; a && !ok; a = a->ai_next)
        ok = connected(::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol), a->ai_addr, a->ai_addrlen);
    ::freeaddrinfo(found);
    return ok;
}

// Whether Qt will find a screen. Without one Qt would abort ("could not
// connect to display"); QVirt says what to do instead.
bool displayAvailable()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb") && !platform.startsWith("wayland"))
        return true; // offscreen, vnc, eglfs …: the user chose
    if (!platform.startsWith("xcb") && !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    const QByteArray display = qgetenv("DISPLAY");
    return !display.isEmpty() && xServerAnswers(display.constData());
}

// No screen: --help and --version still work; anything else says in one line
// how to get a window.
int runWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qvirt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QVIRT_VERSION));
    const QStringList args = QCoreApplication::arguments();
    QString language;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    auto *own = new QTranslator(&app);
    if (own->load(language.isEmpty() ? QLocale::system() : QLocale(language), QStringLiteral("qvirt"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    const CommandLine cl = CommandLine::parse(args); // exits for --help and --version
    if (!cl.error.isEmpty()) {
        fail(cl.error);
        return 2;
    }
    fail(QCoreApplication::translate("main", "there is no display to open a window on. Log in with \"ssh -X\" to show QVirt on "
                                             "your desktop, or run QVirt on your desktop with --connect qemu+ssh://user@host/system."));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Every peer QVirt talks to (libvirtd, VNC servers, ssh) may vanish; a
    // write to it must fail with EPIPE rather than end the program.
    std::signal(SIGPIPE, SIG_IGN);
    if (!displayAvailable())
        return runWithoutDisplay(argc, argv);
    // Before the application object: the settings' location needs the names,
    // and Qt reads its scale factor (Preferences, "Interface size") only when
    // the application object is made.
    QCoreApplication::setOrganizationName(QStringLiteral("QVirt"));
    QCoreApplication::setApplicationName(QStringLiteral("qvirt"));
    InterfaceSize::applyAtStartup();
    XForwarding::prepare();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("QVirt"));
    QApplication::setApplicationVersion(QStringLiteral(QVIRT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("qvirt"));

    const CommandLine cl = CommandLine::parse(QApplication::arguments());
    // --lang wins for this run; otherwise the language chosen in Preferences, else the system's.
    Language::apply(cl.language.isEmpty() ? Language::saved() : cl.language);
    XForwarding::adapt();
    if (!cl.error.isEmpty()) {
        fail(cl.error);
        return 2;
    }

    ConnectionManager manager;
    // Before any connection exists: each starts sampling as Preferences say.
    manager.setStatsSettings(StatsSettingsStore::load());
    const int restored = manager.restore();
    Connection *target = nullptr;
    if (!cl.connectUri.isEmpty())
        target = manager.add(cl.connectUri, true, false);
    else if (restored == 0)
        target = manager.add(ConnectionUri::defaultLocalUri(), true, true);
    else
        target = manager.at(0);

    MainWindow window(&manager);
    if (cl.show == CommandLine::Show::Manager) {
        window.showWhenReady();
    } else if (cl.show == CommandLine::Show::HostSummary) {
        window.showHost(target);
    } else if (cl.show == CommandLine::Show::HostDevices) {
        window.showHost(target)->showPage(HostWindow::DevicesPage);
    } else if (cl.show == CommandLine::Show::HostStorage) {
        window.showHost(target)->showPage(HostWindow::StoragePage);
    } else if (cl.show == CommandLine::Show::HostNetworks) {
        window.showHost(target)->showPage(HostWindow::NetworksPage);
    } else if (cl.show == CommandLine::Show::HostInterfaces) {
        window.showHost(target)->showPage(HostWindow::InterfacesPage);
    } else {
        // The named VM can only be looked up once its host answers.
        auto showOrFail = [&window, target, cl] {
            if (target->state() == ConnectionState::Failed) {
                fail(QCoreApplication::translate("main", "cannot connect to %1: %2").arg(target->uri(), target->lastError()));
                QCoreApplication::exit(1);
                return;
            }
            if (!target->domainModel()->isLoaded())
                return;
            const DomainInfo *d = target->domainModel()->find(cl.domain);
            if (!d) {
                fail(QCoreApplication::translate("main", "no virtual machine named \"%1\" on %2").arg(cl.domain, target->uri()));
                QCoreApplication::exit(1);
                return;
            }
            window.showDomain(target, d->uuid, pageFor(cl.show));
        };
        QObject::connect(target->domainModel(), &DomainListModel::loaded, &window, showOrFail, Qt::SingleShotConnection);
        QObject::connect(target, &Connection::stateChanged, &window, [target, showOrFail] {
            if (target->state() == ConnectionState::Failed)
                showOrFail();
        });
    }
    manager.openAutoconnect();
    target->open();
    // The manager window's X window is made while the hosts answer (each of
    // its round trips costs a WAN's latency over ssh -X); it is shown and
    // painted once its lists are in.
    if (cl.show == CommandLine::Show::Manager)
        window.winId();
    return app.exec();
}
