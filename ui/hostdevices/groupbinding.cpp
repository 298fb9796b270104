#include "groupbinding.h"

#include "connection.h"
#include "hostdevicemodel.h"
#include "messagebox.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace {

QVector<HostDevice> targets(const IommuGroup &group, bool toVfio)
{
    QVector<HostDevice> list;
    if (group.number < 0)
        return list;
    for (const HostDevice &d : group.endpoints()) {
        if (toVfio ? !d.isDetached() : d.driver == QLatin1String("vfio-pci"))
            list << d;
    }
    return list;
}

} // namespace

bool GroupBinding::canBind(const IommuGroup &group, bool toVfio)
{
    return !targets(group, toVfio).isEmpty();
}

void GroupBinding::bind(QWidget *parent, Connection *connection, const IommuGroup &group, bool toVfio,
                        const std::function<void()> &done)
{
    const QVector<HostDevice> list = targets(group, toVfio);
    if (list.isEmpty() || !connection)
        return;
    QStringList names;
    for (const HostDevice &d : list)
        names << QStringLiteral("%1 %2").arg(d.address, HostDeviceModel::displayName(d));
    const QString title = toVfio ? tr("Bind to vfio-pci") : tr("Give Back to Host Driver");
    const QString question = toVfio
        ? tr("Bind these devices to vfio-pci? The host stops using them until they are given back:\n%1").arg(names.join(QLatin1Char('\n')))
        : tr("Give these devices back to their host drivers? A VM that uses them takes them back when it starts if "
             "libvirt manages them; otherwise bind them to vfio-pci again first:\n%1").arg(names.join(QLatin1Char('\n')));
    // Runs when the user answered (only while parent lives): the connection
    // may have been removed meanwhile.
    auto answered = [parent, connection = QPointer<Connection>(connection), list, toVfio, title, done](bool confirmed) {
        if (!confirmed || !connection)
            return;
        auto remaining = std::make_shared<int>(int(list.size()));
        auto failures = std::make_shared<QStringList>();
        QPointer<QWidget> guard = parent;
        for (const HostDevice &d : list) {
            auto future = toVfio ? connection->detachHostDevice(d.name) : connection->reattachHostDevice(d.name);
            future.then(parent, [guard, remaining, failures, toVfio, title, done](const VoidResult &r) {
                if (!r)
                    *failures << r.error().message;
                if (--*remaining > 0)
                    return;
                if (!failures->isEmpty())
                    MessageBox::error(guard, title,
                                      toVfio ? tr("Not every device could be bound to vfio-pci.")
                                             : tr("Not every device could be given back to its host driver."),
                                      failures->join(QLatin1Char('\n')));
                done();
            });
        }
    };
    //: Confirmation button: bind the devices to the vfio-pci driver (take them away from the host)
    MessageBox::confirm(parent, title, question, toVfio ? tr("Bind") : /*: Confirmation button: give the devices back to their host drivers */ tr("Give Back"),
                        parent, answered);
}
