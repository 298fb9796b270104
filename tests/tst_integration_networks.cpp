// Virtual networks on the real system libvirtd: create, start, stop, delete,
// autostart, events, leases, validated XML edits, and the host's interfaces.
// Every network is named qvn-<pid>-… on 10.2xx.y.0/24 taken from the PID, and
// removed at the end, also after a failure.

#include "connection.h"
#include "integrationhost.h"
#include "networkinfo.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QtTest>

#include <libvirt/virterror.h>

using namespace TestUtil;
namespace IH = IntegrationHost;

namespace {

QString why(const VoidResult &r)
{
    return r ? QString() : r.error().message;
}

template<typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : r.error().message;
}

} // namespace

class TestIntegrationNetworks : public QObject
{
    Q_OBJECT

private:
    Connection *m_conn = nullptr;
    const qint64 m_pid = QCoreApplication::applicationPid();

    QString name(const char *kind) const { return QStringLiteral("qvn-%1-%2").arg(m_pid).arg(QLatin1String(kind)); }
    QString bridge(char kind) const { return QStringLiteral("virbr-qvn%1%2").arg(m_pid % 10000).arg(QLatin1Char(kind)); }
    // 10.(200+pid%50).(4*((pid/50)%64)+k).0/24: one /24 per network, apart per PID.
    QString subnet(int k) const
    {
        return QStringLiteral("10.%1.%2.0").arg(200 + m_pid % 50).arg(4 * ((m_pid / 50) % 64) + k);
    }
    NetworkSpec spec(NetworkSpec::Mode mode, const char *kind, char bridgeKind, int k) const
    {
        NetworkSpec s;
        s.mode = mode;
        s.name = name(kind);
        s.bridge = bridge(bridgeKind);
        Subnet::derive(subnet(k), 24, &s.ipv4Address, &s.dhcpStart, &s.dhcpEnd);
        s.autostart = false;
        return s;
    }
    std::optional<NetworkInfo> find(const QString &n)
    {
        const Result<QVector<NetworkInfo>> r = await(m_conn->networks());
        if (!r)
            return std::nullopt;
        for (const NetworkInfo &i : r.value()) {
            if (i.name == n)
                return i;
        }
        return std::nullopt;
    }
    // Creates, checks libvirt's own XML and the parsed list.
    void createAndCheck(const NetworkSpec &s, const QString &forwardMode)
    {
        const Result<QString> made = await(m_conn->createNetwork(networkXml(s), true, false));
        QVERIFY2(made, qPrintable(why(made)));
        QCOMPARE(made.value(), s.name);
        const IH::Output xml = IH::virsh({QStringLiteral("net-dumpxml"), s.name});
        QCOMPARE(xml.exitCode, 0);
        NetworkInfo fromVirsh;
        QVERIFY(parseNetworkXml(xml.out, &fromVirsh));
        QCOMPARE(fromVirsh.forwardMode, forwardMode);
        QCOMPARE(fromVirsh.bridge, s.bridge);
        QCOMPARE(fromVirsh.ipv4Address, s.ipv4Address);
        QCOMPARE(fromVirsh.ipv4Prefix, 24);
        QCOMPARE(fromVirsh.dhcpStart, s.dhcpStart);
        QCOMPARE(fromVirsh.dhcpEnd, s.dhcpEnd);
        const std::optional<NetworkInfo> listed = find(s.name);
        QVERIFY(listed);
        QVERIFY(listed->active);
        QVERIFY(listed->persistent);
        QVERIFY(!listed->autostart);
        QCOMPARE(listed->bridge, s.bridge);
        QCOMPARE(listed->forwardMode, forwardMode);
        QVERIFY(!listed->uuid.isEmpty());
    }
    void removeAll()
    {
        const IH::Output list = IH::virsh({QStringLiteral("net-list"), QStringLiteral("--all"), QStringLiteral("--name")});
        for (const QString &n : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!n.trimmed().startsWith(QStringLiteral("qvn-%1-").arg(m_pid)))
                continue;
            IH::virsh({QStringLiteral("net-destroy"), n.trimmed()});
            IH::virsh({QStringLiteral("net-undefine"), n.trimmed()});
        }
    }

private slots:
    void initTestCase()
    {
        m_conn = new Connection(IH::uri(), this);
        QVERIFY2(openAndLoad(m_conn), qPrintable(m_conn->lastError()));
        removeAll();
    }

    void cleanupTestCase()
    {
        removeAll();
        delete m_conn;
    }

    void isolated()
    {
        const NetworkSpec s = spec(NetworkSpec::Mode::Isolated, "iso", 'i', 0);
        createAndCheck(s, QString());
        if (QTest::currentTestFailed())
            return;
        // Stop, start, delete.
        VoidResult r = await(m_conn->stopNetwork(s.name));
        QVERIFY2(r, qPrintable(why(r)));
        QVERIFY(!find(s.name)->active);
        r = await(m_conn->startNetwork(s.name));
        QVERIFY2(r, qPrintable(why(r)));
        QVERIFY(find(s.name)->active);
    }

    void nat()
    {
        NetworkSpec s = spec(NetworkSpec::Mode::Nat, "nat", 'n', 1);
        createAndCheck(s, QStringLiteral("nat"));
    }

    void autostart()
    {
        const QString n = name("nat");
        QVERIFY(find(n));
        VoidResult r = await(m_conn->setNetworkAutostart(n, true));
        QVERIFY2(r, qPrintable(why(r)));
        QVERIFY(find(n)->autostart);
        QVERIFY(IH::virsh({QStringLiteral("net-info"), n}).out.contains(QRegularExpression(QStringLiteral("Autostart:\\s+yes"))));
        r = await(m_conn->setNetworkAutostart(n, false));
        QVERIFY2(r, qPrintable(why(r)));
        QVERIFY(!find(n)->autostart);
    }

    void events()
    {
        // A change made behind QVirt's back (virsh) reaches the connection as an event.
        const QString n = name("iso");
        QSignalSpy spy(m_conn, &Connection::networkChanged);
        QCOMPARE(IH::virsh({QStringLiteral("net-destroy"), n}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(spy.contains(QVariantList{n}), 20000);
        QVERIFY(!find(n)->active);
        spy.clear();
        QCOMPARE(IH::virsh({QStringLiteral("net-start"), n}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(spy.contains(QVariantList{n}), 20000);
        QVERIFY(find(n)->active);
    }

    void leases()
    {
        const Result<QVector<NetworkLease>> r = await(m_conn->networkLeases(name("nat")));
        QVERIFY2(r, qPrintable(why(r)));
        QVERIFY(r.value().isEmpty()); // no guest asked for one
    }

    void editXml()
    {
        const QString n = name("nat");
        const std::optional<NetworkInfo> info = find(n);
        QVERIFY(info);
        const Result<QString> xml = await(m_conn->networkXml(n));
        QVERIFY2(xml, qPrintable(why(xml)));
        QVERIFY(xml.value().contains(info->dhcpEnd));

        // A good edit: a shorter DHCP range, saved to the persistent definition.
        QString narrowed = xml.value();
        const QString newEnd = info->dhcpEnd.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".100");
        narrowed.replace(QStringLiteral("end='%1'").arg(info->dhcpEnd), QStringLiteral("end='%1'").arg(newEnd));
        QVERIFY(narrowed != xml.value());
        VoidResult r = await(m_conn->redefineNetwork(info->uuid, narrowed));
        QVERIFY2(r, qPrintable(why(r)));
        QVERIFY(await(m_conn->networkXml(n)).value().contains(newEnd));

        // A bad one (an unknown forward mode): refused by libvirt, nothing changed.
        QString bad = narrowed;
        bad.replace(QStringLiteral("mode='nat'"), QStringLiteral("mode='teleport'"));
        QVERIFY(bad != narrowed);
        r = await(m_conn->redefineNetwork(info->uuid, bad));
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(await(m_conn->networkXml(n)).value().contains(QLatin1String("mode='nat'")));

        // A changed name: refused with a reason, not a second network.
        QString renamed = narrowed;
        renamed.replace(QStringLiteral("<name>%1</name>").arg(n), QStringLiteral("<name>%1</name>").arg(name("renamed")));
        r = await(m_conn->redefineNetwork(info->uuid, renamed));
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(VIR_ERR_INVALID_ARG));
        QVERIFY(!find(name("renamed")));
        // A changed UUID likewise.
        QString other = narrowed;
        other.replace(info->uuid, QStringLiteral("00000000-1111-2222-3333-444444444444"));
        r = await(m_conn->redefineNetwork(info->uuid, other));
        QVERIFY(!r);
        QCOMPARE(r.error().code, int(VIR_ERR_INVALID_ARG));
    }

    void routedAndOpen()
    {
        createAndCheck(spec(NetworkSpec::Mode::Routed, "route", 'r', 2), QStringLiteral("route"));
        if (QTest::currentTestFailed())
            return;
        createAndCheck(spec(NetworkSpec::Mode::Open, "open", 'o', 3), QStringLiteral("open"));
    }

    void hostInterfaces()
    {
        const Result<QVector<HostInterfaceInfo>> r = await(m_conn->hostInterfaces());
        QVERIFY2(r, qPrintable(why(r)));
        QStringList names, bridges;
        for (const HostInterfaceInfo &i : r.value()) {
            names << i.name;
            if (i.type == QLatin1String("bridge"))
                bridges << i.name;
        }
        QVERIFY2(!names.contains(QLatin1String("lo")), qPrintable(names.join(u' ')));
        // The real NICs: whatever /sys/class/net has with a device behind it.
        const QDir sys(QStringLiteral("/sys/class/net"));
        for (const QString &n : sys.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
            if (QFile::exists(sys.filePath(n) + QStringLiteral("/device")) || n.startsWith(QLatin1String("eth")))
                QVERIFY2(names.contains(n), qPrintable(n + QStringLiteral(" missing from ") + names.join(u' ')));
        }
        QVERIFY2(bridges.contains(bridge('n')), qPrintable(bridges.join(u' ')));
        QVERIFY2(bridges.contains(bridge('i')), qPrintable(bridges.join(u' ')));
        // The host's own addresses come along (from the kernel where libvirt's driver has none).
        const auto nat = std::find_if(r.value().begin(), r.value().end(), [this](const HostInterfaceInfo &i) { return i.name == bridge('n'); });
        QVERIFY(nat != r.value().end());
        QVERIFY2(nat->ipv4.contains(find(name("nat"))->ipv4Address + QStringLiteral("/24")), qPrintable(nat->ipv4.join(u' ')));
    }

    void deleteNetworks()
    {
        for (const char *kind : {"iso", "nat", "route", "open"}) {
            const QString n = name(kind);
            if (!find(n))
                continue;
            const VoidResult r = await(m_conn->deleteNetwork(n));
            QVERIFY2(r, qPrintable(why(r)));
            QVERIFY(!find(n));
        }
        QVERIFY(IH::virsh({QStringLiteral("net-info"), name("nat")}).exitCode != 0);
    }
};

QTEST_MAIN(TestIntegrationNetworks)
#include "tst_integration_networks.moc"
