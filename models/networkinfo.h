#pragma once

#include <QString>

// A libvirt virtual network, as the device pickers need it.
struct NetworkInfo
{
    QString name;
    QString forwardMode; // nat, bridge, hostdev... (empty: isolated)
    bool active = false;
};

// Fills name and forward mode from a <network> document (active is libvirt's
// to say); false when it is not one.
// A <forward/> without a mode is NAT, as libvirt reads it.
bool parseNetworkXml(const QString &xml, NetworkInfo *out);

// A network interface of the host (libvirt's interface driver, or the
// kernel's view on this machine).
struct HostInterfaceInfo
{
    QString name;
    QString type; // bridge, ethernet, bond, vlan
    QString mac;
    bool active = false;
};

// Fills type and MAC from an <interface> document; false when it is not one.
bool parseHostInterfaceXml(const QString &xml, HostInterfaceInfo *out);
