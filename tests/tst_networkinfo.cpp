// parseNetworkXml and parseHostInterfaceXml on the documents libvirt writes,
// networkXml for each mode of the New Network dialog, and the subnet checks.

#include "networkinfo.h"

#include <QTest>

class TestNetworkInfo : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("bridge");
        QTest::addColumn<QString>("address"); // address/prefix
        QTest::addColumn<QString>("dhcp");    // start-end
        QTest::addColumn<QString>("dev");     // forward dev or pf dev
        QTest::newRow("default NAT") << QStringLiteral(
            "<network><name>default</name><uuid>4bb7e3d6-0ac4-4c9a-8a1e-1d0c5c4a8d41</uuid><forward mode='nat'><nat><port start='1024' end='65535'/></nat></forward>"
            "<bridge name='virbr0' stp='on' delay='0'/><mac address='52:54:00:0a:cd:21'/>"
            "<ip address='192.168.122.1' netmask='255.255.255.0'><dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp></ip></network>")
                                     << true << "default" << "nat" << "virbr0" << "192.168.122.1/24" << "192.168.122.2-192.168.122.254" << "";
        QTest::newRow("forward without mode") << QStringLiteral("<network><name>n</name><forward/></network>") << true << "n" << "nat" << "" << "/0" << "-" << "";
        QTest::newRow("NAT to a device") << QStringLiteral("<network><name>n</name><forward mode='nat' dev='eth1'/><bridge name='virbr3'/><ip address='10.1.0.1' prefix='16'/></network>")
                                         << true << "n" << "nat" << "virbr3" << "10.1.0.1/16" << "-" << "eth1";
        QTest::newRow("routed") << QStringLiteral("<network><name>r</name><forward mode='route' dev='eth0'/><bridge name='virbr4'/>"
                                                  "<ip address='10.3.0.1' prefix='24'><dhcp><range start='10.3.0.100' end='10.3.0.200'/></dhcp></ip></network>")
                                << true << "r" << "route" << "virbr4" << "10.3.0.1/24" << "10.3.0.100-10.3.0.200" << "eth0";
        QTest::newRow("open") << QStringLiteral("<network><name>o</name><forward mode='open'/><bridge name='virbr5'/><ip address='10.4.0.1' prefix='24'/></network>")
                              << true << "o" << "open" << "virbr5" << "10.4.0.1/24" << "-" << "";
        QTest::newRow("isolated") << QStringLiteral("<network><name>iso</name><bridge name='virbr9'/><ip family='ipv6' address='fd00::1' prefix='64'/>"
                                                    "<ip address='192.168.9.1' prefix='24'/></network>")
                                  << true << "iso" << "" << "virbr9" << "192.168.9.1/24" << "-" << "";
        QTest::newRow("host bridge") << QStringLiteral("<network><name>lan</name><forward mode='bridge'/><bridge name='br0'/></network>")
                                     << true << "lan" << "bridge" << "br0" << "/0" << "-" << "";
        QTest::newRow("VF pool by address") << QStringLiteral("<network>\n  <name>sriov-i350</name>\n  <forward mode=\"hostdev\" managed=\"yes\">\n    <address type='pci' domain='0x0000' bus='0x5e' slot='0x10' function='0x0'/>\n  </forward>\n</network>")
                                            << true << "sriov-i350" << "hostdev" << "" << "/0" << "-" << "";
        QTest::newRow("VF pool by PF") << QStringLiteral("<network><name>pool</name><forward mode='hostdev' managed='yes'><pf dev='enp94s0f0'/></forward></network>")
                                       << true << "pool" << "hostdev" << "" << "/0" << "-" << "enp94s0f0";
        QTest::newRow("not a network") << QStringLiteral("<domain><name>vm</name></domain>") << false << "" << "" << "" << "" << "" << "";
        QTest::newRow("broken") << QStringLiteral("<network><name>n</name><forward") << false << "" << "" << "" << "" << "" << "";
    }

    void parse()
    {
        QFETCH(QString, xml);
        QFETCH(bool, ok);
        NetworkInfo n;
        n.active = true;
        n.autostart = true;
        QCOMPARE(parseNetworkXml(xml, &n), ok);
        if (!ok)
            return;
        QTEST(n.name, "name");
        QTEST(n.forwardMode, "mode");
        QTEST(n.bridge, "bridge");
        QTEST(QStringLiteral("%1/%2").arg(n.ipv4Address).arg(n.ipv4Prefix), "address");
        QTEST(n.dhcpStart + QLatin1Char('-') + n.dhcpEnd, "dhcp");
        QTEST(n.forwardMode == QLatin1String("hostdev") ? n.pfDev : n.forwardDev, "dev");
        QVERIFY(n.active); // left as libvirt said
        QVERIFY(n.autostart);
    }

    void parseUuid()
    {
        NetworkInfo n;
        QVERIFY(parseNetworkXml(QStringLiteral("<network><name>a</name><uuid>4bb7e3d6-0ac4-4c9a-8a1e-1d0c5c4a8d41</uuid></network>"), &n));
        QCOMPARE(n.uuid, QStringLiteral("4bb7e3d6-0ac4-4c9a-8a1e-1d0c5c4a8d41"));
    }

    void build_data()
    {
        using M = NetworkSpec::Mode;
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("forwardMode"); // parsed back
        QTest::addColumn<QString>("bridge");
        QTest::addColumn<bool>("hasIp");
        QTest::newRow("nat") << int(M::Nat) << "nat" << "virbr-t1" << true;
        QTest::newRow("routed") << int(M::Routed) << "route" << "virbr-t2" << true;
        QTest::newRow("isolated") << int(M::Isolated) << "" << "virbr-t3" << true;
        QTest::newRow("open") << int(M::Open) << "open" << "virbr-t4" << true;
        QTest::newRow("bridge") << int(M::Bridge) << "bridge" << "br0" << false;
        QTest::newRow("hostdev") << int(M::HostdevPool) << "hostdev" << "" << false;
    }

    void build()
    {
        QFETCH(int, mode);
        QFETCH(QString, bridge);
        QFETCH(bool, hasIp);
        NetworkSpec s;
        s.mode = NetworkSpec::Mode(mode);
        s.name = QStringLiteral("net-%1").arg(mode);
        s.bridge = bridge;
        s.forwardDev = QStringLiteral("eth0");
        s.pfDev = QStringLiteral("enp1s0f0");
        s.ipv4Address = QStringLiteral("10.200.7.1");
        s.ipv4Prefix = 24;
        s.dhcpStart = QStringLiteral("10.200.7.2");
        s.dhcpEnd = QStringLiteral("10.200.7.254");
        const QString xml = networkXml(s);
        NetworkInfo n;
        QVERIFY2(parseNetworkXml(xml, &n), qPrintable(xml));
        QCOMPARE(n.name, s.name);
        QTEST(n.forwardMode, "forwardMode");
        QCOMPARE(n.bridge, bridge);
        QCOMPARE(n.ipv4Address, hasIp ? s.ipv4Address : QString());
        QCOMPARE(n.dhcpStart, hasIp ? s.dhcpStart : QString());
        QCOMPARE(n.dhcpEnd, hasIp ? s.dhcpEnd : QString());
        if (hasIp)
            QCOMPARE(n.ipv4Prefix, 24);
        const bool forwardsToDev = s.mode == NetworkSpec::Mode::Nat || s.mode == NetworkSpec::Mode::Routed;
        QCOMPARE(n.forwardDev, forwardsToDev ? QStringLiteral("eth0") : QString());
        QCOMPARE(n.pfDev, s.mode == NetworkSpec::Mode::HostdevPool ? QStringLiteral("enp1s0f0") : QString());
        if (s.mode == NetworkSpec::Mode::HostdevPool)
            QVERIFY2(xml.contains(QLatin1String("managed=\"yes\"")), qPrintable(xml));
    }

    void buildWithoutDhcp()
    {
        NetworkSpec s;
        s.mode = NetworkSpec::Mode::Isolated;
        s.name = QStringLiteral("quiet");
        s.ipv4Address = QStringLiteral("10.9.9.1");
        s.dhcp = false;
        s.dhcpStart = QStringLiteral("10.9.9.2");
        s.dhcpEnd = QStringLiteral("10.9.9.9");
        NetworkInfo n;
        QVERIFY(parseNetworkXml(networkXml(s), &n));
        QVERIFY(n.dhcpStart.isEmpty());
        QVERIFY(n.bridge.isEmpty()); // libvirt picks virbrN
        QVERIFY(!networkXml(s).contains(QLatin1String("<bridge")));
    }

    void subnet()
    {
        QVERIFY(Subnet::overlaps(QStringLiteral("192.168.122.1"), 24, QStringLiteral("192.168.122.0"), 24));
        QVERIFY(Subnet::overlaps(QStringLiteral("10.0.0.1"), 8, QStringLiteral("10.200.3.1"), 24));
        QVERIFY(!Subnet::overlaps(QStringLiteral("10.201.3.1"), 24, QStringLiteral("10.200.3.1"), 24));
        QVERIFY(!Subnet::overlaps(QStringLiteral("nonsense"), 24, QStringLiteral("10.200.3.1"), 24));
        QVERIFY(Subnet::contains(QStringLiteral("10.2.3.1"), 24, QStringLiteral("10.2.3.200")));
        QVERIFY(!Subnet::contains(QStringLiteral("10.2.3.1"), 24, QStringLiteral("10.2.4.2")));
        QString host, start, end;
        QVERIFY(Subnet::derive(QStringLiteral("10.210.4.77"), 24, &host, &start, &end));
        QCOMPARE(host, QStringLiteral("10.210.4.1"));
        QCOMPARE(start, QStringLiteral("10.210.4.2"));
        QCOMPARE(end, QStringLiteral("10.210.4.254"));
        QVERIFY(Subnet::derive(QStringLiteral("172.16.0.0"), 20, &host, &start, &end));
        QCOMPARE(end, QStringLiteral("172.16.15.254"));
        QVERIFY(!Subnet::derive(QStringLiteral("10.0.0.0"), 31, &host, &start, &end));
        QVERIFY(!Subnet::derive(QStringLiteral("10.0.0.256"), 24, &host, &start, &end));
    }

    void interface_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("mac");
        QTest::addColumn<QStringList>("ipv4");
        QTest::addColumn<QStringList>("ipv6");
        QTest::addColumn<QStringList>("members");
        QTest::newRow("udev ethernet") << QStringLiteral("<interface type='ethernet' name='eth0'><mtu size='1400'/><link speed='1000' state='up'/><mac address='02:fc:00:00:00:01'/></interface>")
                                       << true << "ethernet" << "02:fc:00:00:00:01" << QStringList() << QStringList() << QStringList();
        QTest::newRow("netcf bridge") << QStringLiteral(
            "<interface type='bridge' name='br0'><protocol family='ipv4'><ip address='192.168.1.10' prefix='24'/></protocol>"
            "<protocol family='ipv6'><ip address='fe80::1' prefix='64'/><ip address='2001:db8::10' prefix='64'/></protocol>"
            "<bridge stp='off'><interface type='ethernet' name='eth0'><mac address='52:54:00:aa:bb:cc'/></interface>"
            "<interface type='ethernet' name='eth1'/></bridge><mac address='52:54:00:aa:bb:cc'/></interface>")
                                      << true << "bridge" << "52:54:00:aa:bb:cc" << QStringList{"192.168.1.10/24"}
                                      << QStringList{"fe80::1/64", "2001:db8::10/64"} << QStringList{"eth0", "eth1"};
        QTest::newRow("not an interface") << QStringLiteral("<network/>") << false << "" << "" << QStringList() << QStringList() << QStringList();
    }

    void interface()
    {
        QFETCH(QString, xml);
        QFETCH(bool, ok);
        HostInterfaceInfo info;
        QCOMPARE(parseHostInterfaceXml(xml, &info), ok);
        if (!ok)
            return;
        QTEST(info.type, "type");
        QTEST(info.mac, "mac");
        QTEST(info.ipv4, "ipv4");
        QTEST(info.ipv6, "ipv6");
        QTEST(info.members, "members");
    }
};

QTEST_APPLESS_MAIN(TestNetworkInfo)
#include "tst_networkinfo.moc"
