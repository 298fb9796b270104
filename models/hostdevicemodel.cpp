#include "hostdevicemodel.h"

#include "languagefollower.h"
#include "connection.h"

#include <QColor>
#include <QSet>

#include <algorithm>
#include <functional>

HostDeviceModel::HostDeviceModel(Connection *connection, QObject *parent)
    : QAbstractItemModel(parent), m_connection(connection), m_root(std::make_unique<Node>())
{
    followLanguage(this);
    // Events come in bursts (creating VFs adds several devices; a define
    // changes several domains): one reload after they settle.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(300);
    connect(&m_reloadTimer, &QTimer::timeout, this, &HostDeviceModel::reload);
    auto later = [this] {
        if (m_wanted)
            m_reloadTimer.start();
    };
    connect(connection, &Connection::hostDevicesChanged, this, later);
    connect(connection, &Connection::domainUpdated, this, later);
    connect(connection, &Connection::domainRemoved, this, later);
    connect(connection, &Connection::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected && m_wanted)
            reload();
    });
}

HostDeviceModel::~HostDeviceModel() = default;

Connection *HostDeviceModel::connection() const
{
    return m_connection;
}

void HostDeviceModel::reload()
{
    m_wanted = true;
    if (!m_connection)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_connection->hostDevices().then(this, [this](const Result<QVector<HostDevice>> &r) {
        m_loading = false;
        if (r) {
            m_error.clear();
            apply(r.value());
            m_loaded = true;
            emit loaded();
        } else {
            m_error = r.error().message;
            emit loadFailed(m_error);
        }
        if (std::exchange(m_reloadAgain, false))
            reload();
    });
}

std::unique_ptr<HostDeviceModel::Node> HostDeviceModel::buildTree(const QVector<HostDevice> &devices) const
{
    auto root = std::make_unique<Node>();
    QHash<QString, int> byAddress;
    for (int i = 0; i < devices.size(); ++i) {
        if (devices.at(i).kind == HostDevice::Kind::Pci)
            byAddress.insert(devices.at(i).address, i);
    }
    auto isNestedVf = [&](const HostDevice &d) {
        return d.sriov == HostDevice::SriovRole::VirtualFunction && byAddress.contains(d.physicalFunction);
    };
    auto add = [](Node *parent, std::unique_ptr<Node> child) {
        child->parent = parent;
        child->row = int(parent->children.size());
        Node *raw = child.get();
        parent->children.push_back(std::move(child));
        return raw;
    };
    auto byAddressOrder = [&](int a, int b) { return devices.at(a).address < devices.at(b).address; };

    QMap<int, QVector<int>> groups;
    for (int i = 0; i < devices.size(); ++i) {
        const HostDevice &d = devices.at(i);
        if (d.kind == HostDevice::Kind::Pci && !isNestedVf(d))
            groups[d.iommuGroup] << i;
    }
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        auto g = std::make_unique<Node>();
        g->type = NodeType::Group;
        g->group = it.key();
        Node *group = add(root.get(), std::move(g));
        std::sort(it->begin(), it->end(), byAddressOrder);
        for (int i : std::as_const(*it)) {
            auto n = std::make_unique<Node>();
            n->device = i;
            Node *dev = add(group, std::move(n));
            QVector<int> vfs;
            for (const QString &vf : devices.at(i).virtualFunctions) {
                if (byAddress.contains(vf))
                    vfs << byAddress.value(vf);
            }
            std::sort(vfs.begin(), vfs.end(), byAddressOrder);
            for (int v : std::as_const(vfs)) {
                auto vfNode = std::make_unique<Node>();
                vfNode->device = v;
                add(dev, std::move(vfNode));
            }
        }
    }
    QVector<int> usb;
    for (int i = 0; i < devices.size(); ++i) {
        if (devices.at(i).kind == HostDevice::Kind::Usb)
            usb << i;
    }
    if (!usb.isEmpty()) {
        std::sort(usb.begin(), usb.end(), [&](int a, int b) {
            return std::pair(devices.at(a).usbBus, devices.at(a).usbDevice) < std::pair(devices.at(b).usbBus, devices.at(b).usbDevice);
        });
        auto u = std::make_unique<Node>();
        u->type = NodeType::UsbRoot;
        Node *root2 = add(root.get(), std::move(u));
        for (int i : std::as_const(usb)) {
            auto n = std::make_unique<Node>();
            n->device = i;
            add(root2, std::move(n));
        }
    }
    return root;
}

bool HostDeviceModel::sameShape(const Node *a, const Node *b, const QVector<HostDevice> &da, const QVector<HostDevice> &db)
{
    if (a->type != b->type || a->group != b->group || a->children.size() != b->children.size())
        return false;
    if ((a->device < 0) != (b->device < 0))
        return false;
    if (a->device >= 0 && da.at(a->device).name != db.at(b->device).name)
        return false;
    for (size_t i = 0; i < a->children.size(); ++i) {
        if (!sameShape(a->children[i].get(), b->children[i].get(), da, db))
            return false;
    }
    return true;
}

void HostDeviceModel::apply(const QVector<HostDevice> &devices)
{
    std::unique_ptr<Node> tree = buildTree(devices);
    QMap<int, IommuGroup> groups;
    for (const IommuGroup &g : groupByIommu(devices))
        groups.insert(g.number, g);

    m_driversReported = std::any_of(devices.cbegin(), devices.cend(), [](const HostDevice &d) {
        return d.kind == HostDevice::Kind::Pci && !d.driver.isEmpty();
    });
    if (m_loaded && sameShape(m_root.get(), tree.get(), m_devices, devices)) {
        // Same devices in the same places (a driver rebound, a VM took one):
        // keep the rows so selections and expansions stay.
        // The old nodes stay (persistent indexes point at them); only which
        // entry of the new list each shows changes.
        std::function<void(Node *, const Node *)> adopt = [&](Node *old, const Node *fresh) {
            old->device = fresh->device;
            for (size_t i = 0; i < old->children.size(); ++i)
                adopt(old->children[i].get(), fresh->children[i].get());
        };
        adopt(m_root.get(), tree.get());
        m_devices = devices;
        m_groups = groups;
        std::function<void(const Node *)> changed = [&](const Node *n) {
            if (!n->children.empty()) {
                emit dataChanged(indexOfNode(n->children.front().get()),
                                 indexOfNode(n->children.back().get(), ColumnCount - 1));
                for (const auto &c : n->children)
                    changed(c.get());
            }
        };
        changed(m_root.get());
        return;
    }
    beginResetModel();
    m_devices = devices;
    m_groups = groups;
    m_root = std::move(tree);
    endResetModel();
}

HostDeviceModel::Node *HostDeviceModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex HostDeviceModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex HostDeviceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    if (row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex HostDeviceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int HostDeviceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int HostDeviceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

HostDevice HostDeviceModel::device(const QModelIndex &index) const
{
    const Node *n = index.isValid() ? nodeOf(index) : nullptr;
    return n && n->device >= 0 ? m_devices.at(n->device) : HostDevice();
}

HostDeviceModel::NodeType HostDeviceModel::nodeType(const QModelIndex &index) const
{
    return nodeOf(index)->type;
}

IommuGroup HostDeviceModel::group(const QModelIndex &index) const
{
    const Node *n = index.isValid() ? nodeOf(index) : nullptr;
    if (!n)
        return {};
    if (n->type == NodeType::Group)
        return m_groups.value(n->group);
    if (n->device >= 0)
        return groupOf(m_devices.at(n->device));
    return {};
}

IommuGroup HostDeviceModel::groupOf(const HostDevice &device) const
{
    if (device.kind != HostDevice::Kind::Pci)
        return {};
    return m_groups.value(device.iommuGroup);
}

HostDevice HostDeviceModel::deviceByAddress(const QString &pciAddress) const
{
    for (const HostDevice &d : m_devices) {
        if (d.kind == HostDevice::Kind::Pci && d.address == pciAddress)
            return d;
    }
    return {};
}

QModelIndex HostDeviceModel::indexOf(const QString &nodeDeviceName) const
{
    std::function<const Node *(const Node *)> find = [&](const Node *n) -> const Node * {
        if (n->device >= 0 && m_devices.at(n->device).name == nodeDeviceName)
            return n;
        for (const auto &c : n->children) {
            if (const Node *f = find(c.get()))
                return f;
        }
        return nullptr;
    };
    return indexOfNode(find(m_root.get()));
}

QModelIndex HostDeviceModel::usbRoot() const
{
    for (const auto &c : m_root->children) {
        if (c->type == NodeType::UsbRoot)
            return indexOfNode(c.get());
    }
    return {};
}

QVector<HostDevice> HostDeviceModel::virtualFunctionsOf(const HostDevice &pf) const
{
    QVector<HostDevice> list;
    for (const QString &vf : pf.virtualFunctions) {
        const HostDevice d = deviceByAddress(vf);
        if (!d.name.isEmpty())
            list << d;
    }
    return list;
}

QString HostDeviceModel::className(quint32 pciClass)
{
    const quint32 base = pciClass >> 16, sub = (pciClass >> 8) & 0xff;
    switch (base) {
    case 0x01: return tr("Storage controller");
    case 0x02: return sub == 0x00 ? tr("Ethernet controller") : tr("Network controller");
    case 0x03: return sub == 0x00 ? tr("VGA compatible controller") : tr("Display controller");
    case 0x04: return sub == 0x03 ? tr("Audio device") : tr("Multimedia controller");
    //: PCI device class name
    case 0x06: return sub == 0x04 ? tr("PCI bridge") : tr("Bridge");
    case 0x0c:
        if (sub == 0x03)
            return tr("USB controller");
        if (sub == 0x05)
            return tr("SMBus controller");
        return tr("Serial bus controller");
    default: return tr("PCI device (class %1)").arg(pciClass, 6, 16, QLatin1Char('0'));
    }
}

QString HostDeviceModel::displayName(const HostDevice &d)
{
    QString vendor = d.vendorName, product = d.productName;
    if (vendor.isEmpty())
        vendor = d.vendorId;
    if (product.isEmpty())
        product = d.productId;
    const QString name = QStringList{vendor, product}.join(QLatin1Char(' ')).trimmed();
    return name.isEmpty() ? d.name : name;
}

QVariant HostDeviceModel::groupData(const Node *node, int column, int role) const
{
    const IommuGroup g = m_groups.value(node->group);
    const int blockers = int(g.blockers().size());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return node->group < 0 ? tr("No IOMMU group (the IOMMU is off)") : tr("IOMMU group %1").arg(node->group);
        case DriverColumn:
            if (node->group < 0)
                //: Status of an IOMMU group in the host device tree
                return tr("cannot be passed through");
            if (blockers > 0)
                return tr("%n device(s) on host drivers", nullptr, blockers);
            // Without drivers reported (the test driver, some remote hosts)
            // "no driver" cannot be told from "not reported".
            //: Status of an IOMMU group in the host device tree: all its devices can be given to a VM
            return m_driversReported ? tr("ready for passthrough") : tr("drivers not reported");
        case UsedByColumn: {
            QStringList users;
            for (const HostDevice &d : g.devices) {
                for (const QString &u : d.usedBy) {
                    if (!users.contains(u))
                        users << u;
                }
            }
            return users.join(QLatin1String(", "));
        }
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && column == NameColumn) {
        if (node->group < 0)
            return tr("These devices have no IOMMU group: the host's IOMMU is off, so none can be passed through.");
        return tr("An IOMMU group is the smallest set of devices the host can isolate: every device in it "
                  "(bridges excepted) goes to the same VM, together.");
    }
    if (role == GroupNumberRole)
        return node->group;
    return {};
}

QVariant HostDeviceModel::deviceData(const HostDevice &d, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn: {
            QString name = displayName(d);
            if (d.kind == HostDevice::Kind::Pci && d.isBridge())
                name = tr("%1 (bridge, stays with the host)").arg(name);
            else if (d.sriov == HostDevice::SriovRole::VirtualFunction)
                name = tr("%1 (virtual function)").arg(name);
            return name;
        }
        case AddressColumn:
            if (d.kind == HostDevice::Kind::Usb)
                return tr("bus %1 device %2").arg(d.usbBus).arg(d.usbDevice);
            return d.address;
        case DriverColumn:
            //: Host driver column: libvirt did not name a driver for this device
            return d.driver.isEmpty() ? tr("none reported") : d.driver;
        case UsedByColumn:
            return d.usedBy.join(QLatin1String(", "));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        lines << displayName(d);
        if (d.kind == HostDevice::Kind::Pci) {
            lines << className(d.pciClass);
            if (d.isBridge())
                lines << tr("Bridges connect other devices; they are not passed through and do not stop the group from being used.");
            if (d.sriov == HostDevice::SriovRole::PhysicalFunction)
                lines << tr("SR-IOV physical function with %n virtual function(s).", nullptr, int(d.virtualFunctions.size()));
            if (d.sriov == HostDevice::SriovRole::VirtualFunction)
                lines << tr("SR-IOV virtual function of %1.").arg(d.physicalFunction);
        }
        lines << tr("Vendor %1, product %2").arg(d.vendorId, d.productId);
        if (!d.usedBy.isEmpty())
            lines << tr("Used by: %1").arg(d.usedBy.join(QLatin1String(", ")));
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && d.kind == HostDevice::Kind::Pci && d.isBridge())
        return QColor(Qt::gray);
    switch (role) {
    case NodeDeviceNameRole: return d.name;
    case AddressRole: return d.address;
    case GroupNumberRole: return d.iommuGroup;
    case IsBridgeRole: return d.isBridge();
    case UsedByRole: return d.usedBy;
    default: return {};
    }
}

QVariant HostDeviceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeOf(index);
    if (role == NodeTypeRole)
        return int(n->type);
    switch (n->type) {
    case NodeType::Group:
        return groupData(n, index.column(), role);
    case NodeType::UsbRoot:
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            //: Top-level node of the host device tree
            return tr("USB devices");
        return {};
    case NodeType::Device:
        return deviceData(m_devices.at(n->device), index.column(), role);
    }
    return {};
}

QVariant HostDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Column header of the host device tree
    case NameColumn: return tr("Device");
    //: Column header of the host device tree: PCI address or USB bus/device
    case AddressColumn: return tr("Address");
    //: Column header of the host device tree: the kernel driver the device is bound to on the host
    case DriverColumn: return tr("Host driver");
    //: Column header of the host device tree: the virtual machines configured to use the device
    case UsedByColumn: return tr("Used by");
    default: return {};
    }
}
