#pragma once

#include "hostdevice.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class QDomDocument;

// One device to add to a domain.
struct HostdevRequest
{
    // NetworkInterface: an <interface type='network'> on a VF pool network
    // (vfPoolNetworkXml), which hands the guest a free VF when it starts.
    enum class Kind { Pci, Usb, SriovInterface, NetworkInterface };
    Kind kind = Kind::Pci;
    QString hostAddress;        // PCI "0000:3b:00.0" (Pci, SriovInterface)
    bool managed = true;        // managed='yes': libvirt detaches/reattaches to vfio at start/stop
    QString mac;                // SriovInterface, NetworkInterface: MAC address; empty = let libvirt choose
    QString network;            // NetworkInterface: the pool network's name
    QString usbVendorId, usbProductId; // Usb by vendor/product ("0x046d", "0xc52b")
    int usbBus = -1, usbDevice = -1;   // Usb by bus/device when vendor/product are empty
};

// Generates and edits the libvirt XML of PCI/USB passthrough. Pure functions on
// strings or on a loaded domain (DomainXml): no libvirt calls, no widgets. Edited domain XML comes back indented
// by 2 with everything else kept, attributes in libvirt's usual order.
namespace HostdevXml {

// The request for passing a node device through whole: a PCI function as a
// <hostdev>, a USB device by vendor/product (which survive replugging).
HostdevRequest requestFor(const HostDevice &device, bool managed = true);
// Why the request cannot be turned into XML (bad PCI address, MAC, USB ids), or empty.
QString requestError(const HostdevRequest &r);
// Whether both name the same host device: the PCI function, or the USB device
// by vendor:product or by bus.device.
bool sameHostDevice(const HostdevRequest &a, const HostdevRequest &b);

// Whether a domain's device entry (from devicesIn) is this host device: the
// PCI function, or the USB device by vendor:product or by bus.device.
bool names(const HostdevRequest &entry, const HostDevice &device);

// XML of one <hostdev> / <interface type='hostdev'> element (no guest address);
// empty when requestError() is not.
QString element(const HostdevRequest &r);
// Adds the devices to the domain XML (as from virDomainGetXMLDesc with VIR_DOMAIN_XML_INACTIVE) and returns the new XML.
// PCI functions (Kind::Pci) that share a host slot and include function 0 keep together as one multi-function
// guest device: same guest slot, same function numbers, multifunction='on' on function 0. On q35 the slot is
// slot 0 of a new pcie-root-port; elsewhere (i440fx) the first free slot of bus 0 from 0x02 (0x03 while a video
// device waits for libvirt to give it 0x02). A function whose host slot is already in the guest joins that guest
// slot when its function number is free there. Everything else gets no <address> (libvirt assigns one).
// Fails with a translated message when the XML is not a domain, a request is invalid or already in the domain,
// or no guest slot is free.
Result<QString> addDevices(const QString &domainXml, const QVector<HostdevRequest> &devices);
// The same on a loaded domain, for Connection::updateDefinition.
VoidResult addDevices(QDomDocument &doc, const QVector<HostdevRequest> &devices);
// Removes the <hostdev>/<interface type='hostdev'> whose source is this host PCI address (or USB
// vendor:product / bus.device). Removing function 0 of a multi-function guest slot drops the guest addresses
// of the functions left there, so libvirt gives each a slot of its own (a slot without function 0 is invisible).
Result<QString> removeDevice(const QString &domainXml, const HostdevRequest &device);
VoidResult removeDevice(QDomDocument &doc, const HostdevRequest &device);
// The <interface type='network'> of a domain on any of these networks (the
// VF pool networks), as NetworkInterface requests with network and MAC.
QVector<HostdevRequest> interfacesOnNetworks(const QString &domainXml, const QStringList &networks);
// The host devices a domain XML uses (PCI hostdevs, interface type='hostdev', USB hostdevs), with managed/mac filled.
QVector<HostdevRequest> devicesIn(const QString &domainXml);

// Guest settings passthrough needs.
struct GuestSettings
{
    bool hypervisorHidden = false; // <features><kvm><hidden state='on'/></kvm> + <hyperv><vendor_id state='on' value=.../></hyperv>
    QString hypervVendorId;        // 1..12 chars, no comma; defaultVendorId() when hiding and empty
    enum class Firmware { Unchanged, Bios, Uefi };
    Firmware firmware = Firmware::Unchanged; // Uefi: <os firmware='efi'>; Bios: remove firmware='efi' and any <loader>/<nvram>
};
QString defaultVendorId();
// Firmware read as Bios or Uefi (loader with type='pflash' or firmware='efi' = Uefi); Unchanged when the XML is no domain.
GuestSettings guestSettingsIn(const QString &domainXml);
// Turning hiding off removes both elements and keeps other <features>/<hyperv> children intact.
// Uefi leaves a domain that already boots UEFI as it is (its loader may be one no firmware descriptor names).
Result<QString> applyGuestSettings(const QString &domainXml, const GuestSettings &s);
VoidResult applyGuestSettings(QDomDocument &doc, const GuestSettings &s);

// A libvirt network that hands out SR-IOV virtual functions one per guest interface:
// <network><name>NAME</name><forward mode='hostdev' managed='yes'><address type='pci' domain= bus= slot= function=/>...</forward></network>
// Addresses that are not PCI addresses are left out. libvirt refuses to define it unless every
// address is an SR-IOV VF of the host.
QString vfPoolNetworkXml(const QString &name, const QStringList &vfAddresses);
// An <interface type='network'> that takes a VF from that pool.
QString vfPoolInterfaceXml(const QString &networkName, const QString &mac = {});

} // namespace HostdevXml
