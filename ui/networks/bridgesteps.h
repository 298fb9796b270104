#pragma once

#include <QCoreApplication>
#include <QString>

// How to make a host bridge such as br0 on the usual distributions, shown
// where a host has none (the Interfaces page, the New VM wizard's network page).
class BridgeSteps final
{
    Q_DECLARE_TR_FUNCTIONS(BridgeSteps)

public:
    enum class Family { Unknown, Debian, RedHat };

    // From /etc/os-release's ID and ID_LIKE (localDistribution()); Unknown for
    // a remote host, where they cannot be read.
    static Family familyOf(const QString &distribution);
    // Rich text: the steps for the family first, then the others; all of them
    // for Unknown. nic is the host's uplink to enslave (eth0 when empty).
    static QString html(Family family, const QString &nic = {});
};
