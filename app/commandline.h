#pragma once

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

// What the user asked for on the command line (virt-manager's options).
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Show { Manager, DomainConsole, DomainEditor, DomainSnapshots, DomainOverview, DomainPerformance, DomainXml, HostSummary, HostDevices, HostStorage, HostNetworks, HostInterfaces };

    QString connectUri;
    Show show = Show::Manager;
    QString domain;
    QString language;
    QString error; // set when the arguments cannot be used

    static CommandLine parse(const QStringList &arguments);
};
