#include "bridgesteps.h"

#include <QStringList>

BridgeSteps::Family BridgeSteps::familyOf(const QString &distribution)
{
    const QStringList ids = distribution.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &id : ids) {
        if (id == QLatin1String("debian") || id == QLatin1String("ubuntu"))
            return Family::Debian;
        if (id == QLatin1String("fedora") || id == QLatin1String("rhel") || id == QLatin1String("centos")
            || id == QLatin1String("rocky") || id == QLatin1String("almalinux"))
            return Family::RedHat;
    }
    return Family::Unknown;
}

QString BridgeSteps::html(Family family, const QString &nicName)
{
    const QString nic = (nicName.isEmpty() ? QStringLiteral("eth0") : nicName).toHtmlEscaped();
    auto code = [](const QString &lines) { return QStringLiteral("<pre>%1</pre>").arg(lines.toHtmlEscaped()); };
    const QString ifupdown =
        //: Heading of one way to make a host bridge; keep "ifupdown" and the file name as they are
        QStringLiteral("<p><b>%1</b></p>").arg(tr("Debian or Ubuntu with ifupdown (/etc/network/interfaces):"))
        + QStringLiteral("<p>%1</p>").arg(tr("Run \"apt install bridge-utils\", replace the lines of %1 in /etc/network/interfaces with these, then run \"systemctl restart networking\" from the console (not over SSH on %1):").arg(nic))
        + code(QStringLiteral("auto br0\niface br0 inet dhcp\n    bridge_ports %1\n    bridge_stp off\n    bridge_fd 0").arg(nicName.isEmpty() ? QStringLiteral("eth0") : nicName));
    const QString nmcliCommands = QStringLiteral(
        "nmcli connection add type bridge ifname br0 con-name br0 stp no\n"
        "nmcli connection add type bridge-slave ifname %1 master br0\n"
        "nmcli connection up br0").arg(nicName.isEmpty() ? QStringLiteral("eth0") : nicName);
    const QString debianNm =
        QStringLiteral("<p><b>%1</b></p>").arg(tr("Debian or Ubuntu with NetworkManager:"))
        + QStringLiteral("<p>%1</p>").arg(tr("Run these as root; the host's address moves from %1 to br0 (the old connection of %1 can then be deleted with \"nmcli connection delete\"):").arg(nic))
        + code(nmcliCommands);
    const QString redHat =
        QStringLiteral("<p><b>%1</b></p>").arg(tr("CentOS, RHEL or Fedora (NetworkManager):"))
        + QStringLiteral("<p>%1</p>").arg(tr("Run these as root; the host's address moves from %1 to br0:").arg(nic))
        + code(nmcliCommands);
    QString intro = QStringLiteral("<p>%1</p>").arg(
        tr("No bridge such as br0 exists on this host. To put VMs on the host's LAN, make one on the host:"));
    switch (family) {
    case Family::Debian:
        return intro + ifupdown + debianNm + redHat;
    case Family::RedHat:
        return intro + redHat + ifupdown + debianNm;
    case Family::Unknown:
        break;
    }
    return intro + QStringLiteral("<p>%1</p>").arg(tr("The host's distribution is not known here; the steps for each:"))
           + ifupdown + debianNm + redHat;
}
