#include "commandline.h"

#include "connectionuri.h"

#include <QCommandLineParser>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage KVM/QEMU virtual machines through libvirt."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connect({QStringLiteral("c"), QStringLiteral("connect")},
                                     tr("Connect to the libvirt URI (for example qemu:///system)."), /*: Value placeholder in --help output (qvirt --connect URI); written in capitals in Latin scripts */ tr("URI"));
    const QCommandLineOption console(QStringLiteral("show-domain-console"), tr("Show the console of the virtual machine."), /*: Value placeholder in --help output: the name of a virtual machine */ tr("NAME"));
    const QCommandLineOption editor(QStringLiteral("show-domain-editor"), tr("Show the hardware of the virtual machine."), tr("NAME"));
    const QCommandLineOption snapshots(QStringLiteral("show-domain-snapshots"), tr("Show the snapshots of the virtual machine."), tr("NAME"));
    const QCommandLineOption overview(QStringLiteral("show-domain-overview"), tr("Show the overview of the virtual machine."), tr("NAME"));
    const QCommandLineOption performance(QStringLiteral("show-domain-performance"), tr("Show the performance graphs of the virtual machine."), tr("NAME"));
    const QCommandLineOption xml(QStringLiteral("show-domain-xml"), tr("Show the XML definition of the virtual machine in its editor."), tr("NAME"));
    const QCommandLineOption host(QStringLiteral("show-host-summary"), tr("Show the host summary of the connection."));
    const QCommandLineOption devices(QStringLiteral("show-host-devices"),
                                     tr("Show the host's devices: IOMMU groups and passthrough readiness."));
    const QCommandLineOption storage(QStringLiteral("show-host-storage"),
                                     tr("Show the host's storage pools and volumes."));
    const QCommandLineOption networks(QStringLiteral("show-host-networks"),
                                      tr("Show the host's virtual networks."));
    const QCommandLineOption interfaces(QStringLiteral("show-host-interfaces"),
                                        tr("Show the host's network interfaces and bridges."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Use this language instead of the system's (for example zh_CN)."), /*: Value placeholder in --help output: a locale name such as zh_CN */ tr("LOCALE"));
    parser.addOptions({connect, console, editor, snapshots, overview, performance, xml, host, devices, storage, networks, interfaces, lang});

    CommandLine cl;
    if (!parser.parse(arguments)) {
        cl.error = parser.errorText();
        return cl;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        cl.error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return cl;
    }
    cl.connectUri = parser.value(connect).trimmed();
    cl.language = parser.value(lang);
    if (parser.isSet(connect)) {
        const QString problem = ConnectionUri::validate(cl.connectUri);
        if (!problem.isEmpty()) {
            cl.error = tr("Cannot use the URI \"%1\": %2").arg(cl.connectUri, problem);
            return cl;
        }
    }
    int shows = 0;
    const std::pair<const QCommandLineOption *, Show> domainShows[] = {
        {&console, Show::DomainConsole}, {&editor, Show::DomainEditor},
        {&snapshots, Show::DomainSnapshots}, {&overview, Show::DomainOverview},
        {&performance, Show::DomainPerformance}, {&xml, Show::DomainXml}};
    for (const auto &[option, what] : domainShows) {
        if (parser.isSet(*option)) {
            ++shows;
            cl.show = what;
            cl.domain = parser.value(*option);
        }
    }
    if (parser.isSet(host)) {
        ++shows;
        cl.show = Show::HostSummary;
    }
    if (parser.isSet(devices)) {
        ++shows;
        cl.show = Show::HostDevices;
    }
    if (parser.isSet(storage)) {
        ++shows;
        cl.show = Show::HostStorage;
    }
    if (parser.isSet(networks)) {
        ++shows;
        cl.show = Show::HostNetworks;
    }
    if (parser.isSet(interfaces)) {
        ++shows;
        cl.show = Show::HostInterfaces;
    }
    if (shows > 1)
        cl.error = tr("Give only one of the --show-… options.");
    return cl;
}
