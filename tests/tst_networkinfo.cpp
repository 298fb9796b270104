// parseNetworkXml on the network documents libvirt writes.

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
        QTest::newRow("default NAT") << QStringLiteral("<network><name>default</name><uuid>x</uuid><forward mode='nat'><nat><port start='1024' end='65535'/></nat></forward><bridge name='virbr0'/></network>")
                                     << true << "default" << "nat";
        QTest::newRow("forward without mode") << QStringLiteral("<network><name>n</name><forward/></network>") << true << "n" << "nat";
        QTest::newRow("isolated") << QStringLiteral("<network><name>iso</name><bridge name='virbr9'/></network>") << true << "iso" << "";
        QTest::newRow("VF pool") << QStringLiteral("<network>\n  <name>sriov-i350</name>\n  <forward mode=\"hostdev\" managed=\"yes\">\n    <address type='pci' domain='0x0000' bus='0x5e' slot='0x10' function='0x0'/>\n  </forward>\n</network>")
                                 << true << "sriov-i350" << "hostdev";
        QTest::newRow("not a network") << QStringLiteral("<domain><name>vm</name></domain>") << false << "" << "";
        QTest::newRow("broken") << QStringLiteral("<network><name>n</name><forward") << false << "" << "";
    }

    void parse()
    {
        QFETCH(QString, xml);
        QFETCH(bool, ok);
        NetworkInfo n;
        n.active = true;
        QCOMPARE(parseNetworkXml(xml, &n), ok);
        if (!ok)
            return;
        QTEST(n.name, "name");
        QTEST(n.forwardMode, "mode");
        QVERIFY(n.active); // left as libvirt said
    }
};

QTEST_APPLESS_MAIN(TestNetworkInfo)
#include "tst_networkinfo.moc"
