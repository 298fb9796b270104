// CommandLine::parse: virt-manager's options, QVirt's additions and the
// mistakes it must report instead of guessing.

#include "commandline.h"

#include <QTest>

Q_DECLARE_METATYPE(CommandLine::Show)

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<CommandLine::Show>("show");
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("domain");
        using S = CommandLine::Show;
        QTest::newRow("nothing") << QStringList{} << true << S::Manager << "" << "";
        QTest::newRow("connect") << QStringList{"--connect", "qemu:///system"} << true << S::Manager << "qemu:///system" << "";
        QTest::newRow("-c") << QStringList{"-c", "qemu+ssh://root@host/system"} << true << S::Manager << "qemu+ssh://root@host/system" << "";
        QTest::newRow("console") << QStringList{"-c", "test:///default", "--show-domain-console", "test"} << true << S::DomainConsole << "test:///default" << "test";
        QTest::newRow("editor") << QStringList{"--show-domain-editor", "win10"} << true << S::DomainEditor << "" << "win10";
        QTest::newRow("snapshots") << QStringList{"--show-domain-snapshots", "win10"} << true << S::DomainSnapshots << "" << "win10";
        QTest::newRow("overview") << QStringList{"--show-domain-overview", "win10"} << true << S::DomainOverview << "" << "win10";
        QTest::newRow("performance") << QStringList{"--show-domain-performance", "win10"} << true << S::DomainPerformance << "" << "win10";
        QTest::newRow("xml") << QStringList{"--show-domain-xml", "win10"} << true << S::DomainXml << "" << "win10";
        QTest::newRow("host summary") << QStringList{"-c", "test:///default", "--show-host-summary"} << true << S::HostSummary << "test:///default" << "";
        QTest::newRow("host devices") << QStringList{"-c", "test:///default", "--show-host-devices"} << true << S::HostDevices << "test:///default" << "";
        QTest::newRow("host storage") << QStringList{"-c", "test:///default", "--show-host-storage"} << true << S::HostStorage << "test:///default" << "";
        QTest::newRow("host networks") << QStringList{"-c", "test:///default", "--show-host-networks"} << true << S::HostNetworks << "test:///default" << "";
        QTest::newRow("host interfaces") << QStringList{"-c", "test:///default", "--show-host-interfaces"} << true << S::HostInterfaces << "test:///default" << "";
        QTest::newRow("two shows") << QStringList{"--show-host-devices", "--show-host-summary"} << false << S::HostSummary << "" << "";
        QTest::newRow("bad uri") << QStringList{"-c", "not a uri"} << false << S::Manager << "not a uri" << "";
        QTest::newRow("positional") << QStringList{"win10"} << false << S::Manager << "" << "";
        QTest::newRow("unknown option") << QStringList{"--show-everything"} << false << S::Manager << "" << "";
        QTest::newRow("console without a name") << QStringList{"--show-domain-console"} << false << S::Manager << "" << "";
    }

    void parse()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, ok);
        const CommandLine cl = CommandLine::parse(QStringList{QStringLiteral("qvirt")} + args);
        QCOMPARE(cl.error.isEmpty(), ok);
        if (!ok)
            return;
        QTEST(cl.show, "show");
        QTEST(cl.connectUri, "uri");
        QTEST(cl.domain, "domain");
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
