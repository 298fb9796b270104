#pragma once

#include "hostdevice.h"

#include <QAbstractItemModel>
#include <QMap>
#include <QPointer>
#include <QTimer>

#include <memory>

class Connection;

// A connection's host devices as a tree: IOMMU groups at the top with their
// PCI functions (bridges included, marked), SR-IOV virtual functions nested
// under their physical function, and a last top-level row "USB devices".
// Empty until the first reload() (listing a remote host's node devices costs
// a round trip each); from then on it follows node-device events, domain
// changes (which VM uses a device) and reconnects.
class HostDeviceModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, AddressColumn, DriverColumn, UsedByColumn, ColumnCount };
    enum class NodeType { Group, Device, UsbRoot };
    enum Role {
        NodeTypeRole = Qt::UserRole + 1, // NodeType as int
        NodeDeviceNameRole,              // libvirt's name: pci_0000_3b_00_0
        AddressRole,                     // 0000:3b:00.0
        GroupNumberRole,                 // the IOMMU group of a group or device row
        IsBridgeRole,
        UsedByRole,                      // QStringList
    };

    explicit HostDeviceModel(Connection *connection, QObject *parent = nullptr);
    ~HostDeviceModel() override;

    Connection *connection() const;

    // Asks the connection (again); loaded() or loadFailed() follows.
    void reload();
    bool isLoaded() const { return m_loaded; }
    QString errorString() const { return m_error; }

    QVector<HostDevice> devices() const { return m_devices; }
    HostDevice device(const QModelIndex &index) const;
    NodeType nodeType(const QModelIndex &index) const;
    // The IOMMU group of a group row, or of the device a row shows.
    IommuGroup group(const QModelIndex &index) const;
    IommuGroup groupOf(const HostDevice &device) const;
    HostDevice deviceByAddress(const QString &pciAddress) const;
    QModelIndex indexOf(const QString &nodeDeviceName) const;
    QModelIndex usbRoot() const;

    // Devices an SR-IOV physical function has: its VFs as listed by the host.
    QVector<HostDevice> virtualFunctionsOf(const HostDevice &pf) const;

    static QString displayName(const HostDevice &device);
    static QString className(quint32 pciClass);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString &error);

private:
    struct Node
    {
        NodeType type = NodeType::Device;
        int group = -1;     // Group rows
        int device = -1;    // index into m_devices for Device rows
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
    };

    void apply(const QVector<HostDevice> &devices);
    std::unique_ptr<Node> buildTree(const QVector<HostDevice> &devices) const;
    static bool sameShape(const Node *a, const Node *b, const QVector<HostDevice> &da, const QVector<HostDevice> &db);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    QVariant groupData(const Node *node, int column, int role) const;
    QVariant deviceData(const HostDevice &d, int column, int role) const;

    QPointer<Connection> m_connection;
    QVector<HostDevice> m_devices;
    QMap<int, IommuGroup> m_groups;
    std::unique_ptr<Node> m_root;
    QTimer m_reloadTimer;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_wanted = false; // reload() was called: follow changes
    bool m_driversReported = false; // some PCI device names its driver
    bool m_reloadAgain = false;
    QString m_error;
};
