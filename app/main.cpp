#include "commandline.h"
#include "connection.h"
#include "connectionmanager.h"
#include "connectionuri.h"
#include "domainlistmodel.h"
#include "hostwindow.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <csignal>
#include <cstdio>

namespace {

void loadTranslations(QApplication &app, const QLocale &locale)
{
    // English plural forms first: a catalogue installed later is asked first.
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral(":/i18n/qvirt_en.qm")))
        QApplication::installTranslator(plurals);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("qvirt"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

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
    default: return VmWindow::OverviewPage;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Every peer QVirt talks to (libvirtd, VNC servers, ssh) may vanish; a
    // write to it must fail with EPIPE rather than end the program.
    std::signal(SIGPIPE, SIG_IGN);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QVirt"));
    QApplication::setApplicationName(QStringLiteral("qvirt"));
    QApplication::setApplicationDisplayName(QStringLiteral("QVirt"));
    QApplication::setApplicationVersion(QStringLiteral(QVIRT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("qvirt"));

    const CommandLine cl = CommandLine::parse(QApplication::arguments());
    loadTranslations(app, cl.language.isEmpty() ? QLocale() : QLocale(cl.language));
    if (!cl.error.isEmpty()) {
        fail(cl.error);
        return 2;
    }

    ConnectionManager manager;
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
        window.show();
    } else if (cl.show == CommandLine::Show::HostSummary) {
        window.showHost(target);
    } else if (cl.show == CommandLine::Show::HostDevices) {
        window.showHost(target)->showPage(HostWindow::DevicesPage);
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
    return app.exec();
}
