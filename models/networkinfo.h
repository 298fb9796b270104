#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// A libvirt virtual network: what the Virtual Networks page shows and the
// device pickers need.
struct NetworkInfo
{
    QString name;
    QString uuid;
    QString forwardMode; // nat, route, open, bridge, hostdev... (empty: isolated)
    QString forwardDev;  // <forward dev=...>: the host NIC NAT/routed traffic leaves by
    QString pfDev;       // <forward><pf dev=...>: an SR-IOV pool's physical function
    QString bridge;      // <bridge name=...>: the host bridge (its own, or an existing one)
    QString ipv4Address; // the host's address on the network
    int ipv4Prefix = 0;
    QString dhcpStart;   // empty: no DHCP
    QString dhcpEnd;
    bool active = false;
    bool autostart = false;
    bool persistent = true;
};

// Fills everything but active, autostart and persistent (libvirt's to say)
// from a <network> document; false when it is not one.
// A <forward/> without a mode is NAT, as libvirt reads it.
bool parseNetworkXml(const QString &xml, NetworkInfo *out);

// What the New Network dialog asks for; networkXml() turns it into libvirt's XML.
struct NetworkSpec
{
    enum class Mode { Nat, Routed, Isolated, Open, Bridge, HostdevPool };
    Mode mode = Mode::Nat;
    QString name;
    QString bridge;       // Nat/Routed/Isolated/Open: our bridge (empty: libvirt picks virbrN); Bridge: the host's
    QString forwardDev;   // Nat/Routed: optional
    QString pfDev;        // HostdevPool
    QString ipv4Address;  // the host's address, e.g. 192.168.100.1
    int ipv4Prefix = 24;
    bool dhcp = true;
    QString dhcpStart;
    QString dhcpEnd;
    bool autostart = true;

    // Whether the mode has its own bridge and IPv4 network (not bridged, not a VF pool).
    static bool hasIp(Mode mode) { return mode != Mode::Bridge && mode != Mode::HostdevPool; }
};

QString networkXml(const NetworkSpec &spec);

namespace Subnet {
// "192.168.100.0/24" style checks on IPv4 networks given as address + prefix.
bool parse(const QString &address, quint32 *out);
QString format(quint32 address);
bool overlaps(const QString &a, int prefixA, const QString &b, int prefixB);
// The host address (.1) and a DHCP range (.2 to the last but one) of the
// network that address lies in; false for a prefix outside 8..30.
bool derive(const QString &address, int prefix, QString *host, QString *dhcpStart, QString *dhcpEnd);
// Whether address lies in address/prefix of net.
bool contains(const QString &net, int prefix, const QString &address);
} // namespace Subnet

// One DHCP lease of a network (virNetworkGetDHCPLeases).
struct NetworkLease
{
    QString mac;
    QString ip;      // with /prefix
    QString hostname;
    QString clientId;
    QDateTime expiry; // invalid: does not expire
};

// A network interface of the host (libvirt's interface driver, or the
// kernel's view on this machine).
struct HostInterfaceInfo
{
    QString name;
    QString type; // bridge, ethernet, bond, vlan
    QString mac;
    bool active = false;
    QStringList ipv4; // address/prefix
    QStringList ipv6;
    QStringList members; // a bridge's ports
    int numVfs = 0;      // SR-IOV virtual functions configured (kernel view; -1 unknown)
    int totalVfs = 0;    // SR-IOV capable: how many it can have
};

// Fills type, MAC, addresses (<protocol>) and bridge members (<bridge>)
// from an <interface> document; false when it is not one.
bool parseHostInterfaceXml(const QString &xml, HostInterfaceInfo *out);

// The ID of this machine's distribution (/etc/os-release ID and ID_LIKE,
// e.g. "debian", "ubuntu debian", "fedora", "rhel centos fedora"); empty when unknown.
QString localDistribution();

Q_DECLARE_METATYPE(NetworkInfo)
