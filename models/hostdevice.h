#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// A host device as libvirt's node-device XML describes it (PCI or USB).
struct HostDevice
{
    enum class Kind { Pci, Usb, Other };
    enum class SriovRole { None, PhysicalFunction, VirtualFunction };

    QString name;        // libvirt's node device name, pci_0000_3b_00_0
    QString parent;
    Kind kind = Kind::Other;
    QString driver;      // vfio-pci, nouveau... (empty: none, or not reported)
    QString vendorId, vendorName, productId, productName;

    // PCI
    QString address;     // 0000:3b:00.0
    quint32 pciClass = 0; // 0x030000
    int iommuGroup = -1;
    QStringList groupAddresses; // every function in the same IOMMU group
    SriovRole sriov = SriovRole::None;
    QStringList virtualFunctions; // a PF's VFs
    QString physicalFunction;     // a VF's PF

    // USB
    int usbBus = -1;
    int usbDevice = -1;

    // Names of the VMs (defined or running) whose XML has this device.
    QStringList usedBy;

    bool isBridge() const { return kind == Kind::Pci && (pciClass >> 8) == 0x0604; }
    bool isDisplay() const { return kind == Kind::Pci && (pciClass >> 16) == 0x03; }
    // Bound where a guest can take it: vfio-pci (or the legacy pci-stub), or no driver.
    bool isDetached() const;
};

// Parses one <device> document; false when it is not node-device XML.
bool parseNodeDeviceXml(const QString &xml, HostDevice *out);

// One IOMMU group: the unit that is passed through whole.
struct IommuGroup
{
    int number = -1;
    QVector<HostDevice> devices; // PCI functions, bridges included

    // Endpoints (everything but PCI bridges), which must all go to the guest together.
    QVector<HostDevice> endpoints() const;
    // Endpoints still bound to a host driver: why the group is not viable yet.
    QVector<HostDevice> blockers() const;
    bool isViable() const { return blockers().isEmpty(); }
};

// Groups the PCI devices by IOMMU group, in group order; devices without a
// group (IOMMU off) end up in one group numbered -1.
QVector<IommuGroup> groupByIommu(const QVector<HostDevice> &devices);

// "0000:3b:00.0" from node-device <address domain= bus= slot= function=/> values.
QString pciAddress(int domain, int bus, int slot, int function);
