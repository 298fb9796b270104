#pragma once

#include "hostdevice.h"

#include <functional>

class Connection;
class QWidget;

#include <QCoreApplication>

class GroupBinding final
{
    Q_DECLARE_TR_FUNCTIONS(GroupBinding)

public:
    // Binds every endpoint of the group that a host driver holds to vfio-pci
    // (toVfio), or gives every vfio-pci endpoint back to the host, after asking.
    // Reports failures in one dialog; done runs when every call has answered
    // (not when the user said no).
    static void bind(QWidget *parent, Connection *connection, const IommuGroup &group, bool toVfio, const std::function<void()> &done);
    // Whether bind() has anything to do.
    static bool canBind(const IommuGroup &group, bool toVfio);
};
