#include "hostdevxml.h"

#include "domainxml.h"

#include <QDomDocument>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <algorithm>
#include <optional>

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(HostdevXml)
};

struct PciAddress
{
    int domain = -1, bus = -1, slot = -1, function = -1;

    bool valid() const { return domain >= 0 && bus >= 0 && slot >= 0 && function >= 0; }
    bool sameSlot(const PciAddress &o) const { return domain == o.domain && bus == o.bus && slot == o.slot; }
    bool operator==(const PciAddress &o) const { return sameSlot(o) && function == o.function; }
    QString text() const { return pciAddress(domain, bus, slot, function); }
};

// "0000:3b:00.0" or "3b:00.0", as lspci and node devices write them.
PciAddress parsePci(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(?:([0-9a-fA-F]{1,4}):)?([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})\\.([0-7])$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    PciAddress a;
    a.domain = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt(nullptr, 16);
    a.bus = m.captured(2).toInt(nullptr, 16);
    a.slot = m.captured(3).toInt(nullptr, 16);
    a.function = m.captured(4).toInt();
    if (a.slot > 0x1f)
        return {};
    return a;
}

// libvirt reads address attributes with base 0: "0x3b" hex, "59" decimal.
int number(const QString &s, int fallback = -1)
{
    if (s.isEmpty())
        return fallback;
    bool ok = false;
    const int v = s.trimmed().toInt(&ok, 0);
    return ok && v >= 0 ? v : -1;
}

PciAddress addressAttributes(const QDomElement &e)
{
    PciAddress a;
    a.domain = number(e.attribute(QStringLiteral("domain")), 0);
    a.bus = number(e.attribute(QStringLiteral("bus")));
    a.slot = number(e.attribute(QStringLiteral("slot")));
    a.function = number(e.attribute(QStringLiteral("function")), 0);
    return a;
}

// "0000:3b:00.0" from a hostdev's <source>; empty when it names no PCI function.
QString hostAddressOf(const QDomElement &source)
{
    const PciAddress a = addressAttributes(source.firstChildElement(QStringLiteral("address")));
    return a.valid() ? a.text() : QString();
}

QString hex(int v, int width)
{
    return QStringLiteral("0x%1").arg(v, width, 16, QLatin1Char('0'));
}

// "0x046d" from "0x046D" or "046d"; empty when it is no USB id.
QString usbId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^(?:0[xX])?([0-9a-fA-F]{1,4})$"));
    const QRegularExpressionMatch m = re.match(id.trimmed());
    return m.hasMatch() ? hex(m.captured(1).toInt(nullptr, 16), 4) : QString();
}

bool validMac(const QString &mac)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}$"));
    return re.match(mac).hasMatch();
}

bool isPciKind(const HostdevRequest &r)
{
    return r.kind == HostdevRequest::Kind::Pci || r.kind == HostdevRequest::Kind::SriovInterface;
}

bool hasUsbIds(const HostdevRequest &r)
{
    return !r.usbVendorId.isEmpty() || !r.usbProductId.isEmpty();
}

bool hasUsbAddress(const HostdevRequest &r)
{
    return r.usbBus >= 0 && r.usbDevice >= 0;
}

QString describe(const HostdevRequest &r)
{
    if (r.kind == HostdevRequest::Kind::NetworkInterface)
        return Text::tr("An interface on network %1").arg(r.network);
    if (isPciKind(r)) {
        const PciAddress a = parsePci(r.hostAddress);
        return a.valid() ? a.text() : r.hostAddress;
    }
    if (hasUsbIds(r))
        return Text::tr("USB device %1:%2").arg(usbId(r.usbVendorId), usbId(r.usbProductId));
    return Text::tr("USB device %1.%2").arg(r.usbBus).arg(r.usbDevice);
}

QDomElement childElement(const QDomElement &parent, const QString &path)
{
    QDomElement e = parent;
    for (const QString &tag : path.split(QLatin1Char('/'))) {
        e = e.firstChildElement(tag);
        if (e.isNull())
            break;
    }
    return e;
}

QVector<QDomElement> childElements(const QDomElement &parent)
{
    QVector<QDomElement> list;
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        list << e;
    return list;
}

QDomElement devicesElement(QDomDocument &doc)
{
    QDomElement root = doc.documentElement();
    QDomElement devices = root.firstChildElement(QStringLiteral("devices"));
    if (devices.isNull())
        devices = root.appendChild(doc.createElement(QStringLiteral("devices"))).toElement();
    return devices;
}

// A device element's own host device, when it is a PCI/USB hostdev or an interface type='hostdev'.
std::optional<HostdevRequest> hostDeviceOf(const QDomElement &e)
{
    HostdevRequest r;
    r.managed = e.attribute(QStringLiteral("managed")) == QLatin1String("yes");
    const QString type = e.attribute(QStringLiteral("type"));
    const QDomElement source = e.firstChildElement(QStringLiteral("source"));
    if (e.tagName() == QLatin1String("interface")) {
        if (type != QLatin1String("hostdev"))
            return std::nullopt;
        r.kind = HostdevRequest::Kind::SriovInterface;
        r.hostAddress = hostAddressOf(source);
        r.mac = e.firstChildElement(QStringLiteral("mac")).attribute(QStringLiteral("address")).toLower();
        return r;
    }
    if (e.tagName() != QLatin1String("hostdev")
        || e.attribute(QStringLiteral("mode"), QStringLiteral("subsystem")) != QLatin1String("subsystem"))
        return std::nullopt;
    if (type == QLatin1String("pci")) {
        r.kind = HostdevRequest::Kind::Pci;
        r.hostAddress = hostAddressOf(source);
        return r;
    }
    if (type == QLatin1String("usb")) {
        r.kind = HostdevRequest::Kind::Usb;
        r.usbVendorId = usbId(source.firstChildElement(QStringLiteral("vendor")).attribute(QStringLiteral("id")));
        r.usbProductId = usbId(source.firstChildElement(QStringLiteral("product")).attribute(QStringLiteral("id")));
        const QDomElement a = source.firstChildElement(QStringLiteral("address"));
        if (!a.isNull()) {
            r.usbBus = number(a.attribute(QStringLiteral("bus")));
            r.usbDevice = number(a.attribute(QStringLiteral("device")));
        }
        return r;
    }
    return std::nullopt;
}

// The guest PCI address of a device element (its own <address>, never its <source>'s).
PciAddress guestAddressOf(const QDomElement &device)
{
    const QDomElement a = device.firstChildElement(QStringLiteral("address"));
    if (a.isNull() || a.attribute(QStringLiteral("type")) != QLatin1String("pci"))
        return {};
    return addressAttributes(a);
}

QVector<PciAddress> guestAddresses(const QDomElement &devices)
{
    QVector<PciAddress> used;
    for (const QDomElement &e : childElements(devices)) {
        const PciAddress a = guestAddressOf(e);
        if (a.valid())
            used << a;
    }
    return used;
}

void setGuestAddress(QDomElement &device, const PciAddress &a, bool multifunction)
{
    QDomDocument doc = device.ownerDocument();
    QDomElement old = device.firstChildElement(QStringLiteral("address"));
    QDomElement e = doc.createElement(QStringLiteral("address"));
    e.setAttribute(QStringLiteral("type"), QStringLiteral("pci"));
    e.setAttribute(QStringLiteral("domain"), hex(a.domain, 4));
    e.setAttribute(QStringLiteral("bus"), hex(a.bus, 2));
    e.setAttribute(QStringLiteral("slot"), hex(a.slot, 2));
    e.setAttribute(QStringLiteral("function"), hex(a.function, 1));
    if (multifunction)
        e.setAttribute(QStringLiteral("multifunction"), QStringLiteral("on"));
    if (old.isNull())
        device.appendChild(e);
    else
        device.replaceChild(e, old);
}

// After the last sibling of the same kind, so the XML reads in groups as libvirt writes it.
QDomElement insertDevice(QDomElement &devices, const QDomElement &e)
{
    QDomElement last;
    for (const QDomElement &c : childElements(devices)) {
        if (c.tagName() == e.tagName())
            last = c;
    }
    return (last.isNull() ? devices.appendChild(e) : devices.insertAfter(e, last)).toElement();
}

bool isQ35(const QDomDocument &doc)
{
    const QDomElement type = childElement(doc.documentElement(), QStringLiteral("os/type"));
    return type.attribute(QStringLiteral("machine")).contains(QLatin1String("q35"));
}

// Index for a new PCI controller. Controllers written without an index get
// theirs from libvirt, so leave room for them.
int newPciControllerIndex(const QDomElement &devices)
{
    int highest = 0, unnumbered = 0;
    for (const QDomElement &e : childElements(devices)) {
        if (e.tagName() != QLatin1String("controller") || e.attribute(QStringLiteral("type")) != QLatin1String("pci"))
            continue;
        const int index = number(e.attribute(QStringLiteral("index")));
        if (index < 0)
            ++unnumbered;
        else
            highest = std::max(highest, index);
    }
    return highest + unnumbered + 1;
}

// First free slot on the i440fx root bus. Slot 0 is the host bridge, slot 1 the
// PIIX3 (ISA, IDE, USB); libvirt gives a primary video without an address
// slot 2 when it is free, which guests and firmware expect.
int freeRootSlot(const QDomElement &devices)
{
    const QVector<PciAddress> used = guestAddresses(devices);
    int first = 0x02;
    const QDomElement video = devices.firstChildElement(QStringLiteral("video"));
    if (!video.isNull() && !guestAddressOf(video).valid())
        first = 0x03;
    for (int slot = first; slot <= 0x1f; ++slot) {
        const bool taken = std::any_of(used.cbegin(), used.cend(),
                                       [slot](const PciAddress &a) { return a.domain == 0 && a.bus == 0 && a.slot == slot; });
        if (!taken)
            return slot;
    }
    return -1;
}

QDomElement importElement(QDomDocument &doc, const QString &xml)
{
    QDomDocument fragment;
    fragment.setContent(xml);
    return doc.importNode(fragment.documentElement(), true).toElement();
}

struct SlotGroup
{
    PciAddress hostSlot;
    QVector<int> members; // indices into the requests
};

// Where the functions of one host slot go in the guest: the guest slot of a
// function of theirs already there when their numbers are free, else a new
// slot when function 0 is among them and there is more than one.
Result<std::optional<PciAddress>> guestSlotFor(const SlotGroup &g, const QVector<PciAddress> &hostAddresses, QDomDocument &doc,
                                                  QDomElement &devices)
{
    const QVector<PciAddress> used = guestAddresses(devices);
    for (const QDomElement &e : childElements(devices)) {
        const std::optional<HostdevRequest> d = hostDeviceOf(e);
        const PciAddress guest = guestAddressOf(e);
        if (!d || d->kind != HostdevRequest::Kind::Pci || !guest.valid() || !parsePci(d->hostAddress).sameSlot(g.hostSlot))
            continue;
        const bool free = std::none_of(g.members.cbegin(), g.members.cend(), [&](int i) {
            return std::any_of(used.cbegin(), used.cend(), [&](const PciAddress &u) {
                return u.sameSlot(guest) && u.function == hostAddresses[i].function;
            });
        });
        if (free)
            return std::optional<PciAddress>(guest);
    }

    const bool hasFunction0 = std::any_of(g.members.cbegin(), g.members.cend(), [&](int i) { return hostAddresses[i].function == 0; });
    if (g.members.size() < 2 || !hasFunction0)
        return std::optional<PciAddress>();

    PciAddress slot;
    slot.domain = 0;
    slot.function = 0;
    if (isQ35(doc)) {
        // A PCIe root port has one slot; a multi-function device fills it.
        slot.bus = newPciControllerIndex(devices);
        slot.slot = 0;
        QDomElement port = doc.createElement(QStringLiteral("controller"));
        port.setAttribute(QStringLiteral("type"), QStringLiteral("pci"));
        port.setAttribute(QStringLiteral("index"), QString::number(slot.bus));
        port.setAttribute(QStringLiteral("model"), QStringLiteral("pcie-root-port"));
        insertDevice(devices, port);
    } else {
        slot.bus = 0;
        slot.slot = freeRootSlot(devices);
        if (slot.slot < 0)
            return Error{0, Text::tr("No PCI slot is free on the guest's root bus for %1; remove a device from the guest first.")
                                .arg(g.hostSlot.text().chopped(2))};
    }
    return std::optional<PciAddress>(slot);
}

// Sets multifunction='on' on function 0 of a guest slot that now holds more than one function.
void markMultifunction(QDomElement &devices, const PciAddress &slot)
{
    for (QDomElement &e : childElements(devices)) {
        const PciAddress a = guestAddressOf(e);
        if (a.valid() && a.sameSlot(slot) && a.function == 0)
            e.firstChildElement(QStringLiteral("address")).setAttribute(QStringLiteral("multifunction"), QStringLiteral("on"));
    }
}

void writeMac(QXmlStreamWriter &w, const QString &mac)
{
    if (mac.trimmed().isEmpty())
        return;
    w.writeEmptyElement(QStringLiteral("mac"));
    w.writeAttribute(QStringLiteral("address"), mac.trimmed().toLower());
}

void writePciAddress(QXmlStreamWriter &w, const PciAddress &a, bool withType)
{
    w.writeEmptyElement(QStringLiteral("address"));
    if (withType)
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("pci"));
    w.writeAttribute(QStringLiteral("domain"), hex(a.domain, 4));
    w.writeAttribute(QStringLiteral("bus"), hex(a.bus, 2));
    w.writeAttribute(QStringLiteral("slot"), hex(a.slot, 2));
    w.writeAttribute(QStringLiteral("function"), hex(a.function, 1));
}

bool validVendorId(const QString &id)
{
    if (id.isEmpty() || id.size() > 12 || id.contains(QLatin1Char(',')))
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

void removeChildren(QDomElement &parent, const QString &tag)
{
    for (QDomElement e = parent.firstChildElement(tag); !e.isNull(); e = parent.firstChildElement(tag))
        parent.removeChild(e);
}

QDomElement ensureChild(QDomElement &parent, const QString &tag)
{
    QDomElement e = parent.firstChildElement(tag);
    if (e.isNull())
        e = parent.appendChild(parent.ownerDocument().createElement(tag)).toElement();
    return e;
}

bool bootsUefi(const QDomElement &os)
{
    return os.attribute(QStringLiteral("firmware")) == QLatin1String("efi")
        || os.firstChildElement(QStringLiteral("loader")).attribute(QStringLiteral("type")) == QLatin1String("pflash");
}

} // namespace

namespace HostdevXml {

HostdevRequest requestFor(const HostDevice &device, bool managed)
{
    HostdevRequest r;
    r.managed = managed;
    if (device.kind == HostDevice::Kind::Usb) {
        r.kind = HostdevRequest::Kind::Usb;
        r.usbVendorId = usbId(device.vendorId);
        r.usbProductId = usbId(device.productId);
        if (r.usbVendorId.isEmpty() || r.usbProductId.isEmpty()) {
            r.usbVendorId.clear();
            r.usbProductId.clear();
            r.usbBus = device.usbBus;
            r.usbDevice = device.usbDevice;
        }
    } else {
        r.kind = HostdevRequest::Kind::Pci;
        r.hostAddress = device.address;
    }
    return r;
}

static QString macError(const QString &text)
{
    const QString mac = text.trimmed();
    if (mac.isEmpty())
        return {};
    if (!validMac(mac))
        return Text::tr("\"%1\" is not a MAC address like 52:54:00:12:34:56.").arg(text);
    if (mac.left(2).toInt(nullptr, 16) & 1)
        return Text::tr("%1 is a multicast MAC address; a network interface needs a unicast one.").arg(mac);
    return {};
}

QString requestError(const HostdevRequest &r)
{
    if (r.kind == HostdevRequest::Kind::NetworkInterface) {
        if (r.network.trimmed().isEmpty())
            return Text::tr("The interface needs the name of its pool network.");
        return macError(r.mac);
    }
    if (isPciKind(r)) {
        if (r.hostAddress.trimmed().isEmpty())
            return Text::tr("The device has no host PCI address.");
        if (!parsePci(r.hostAddress).valid())
            return Text::tr("\"%1\" is not a PCI address like 0000:3b:00.0.").arg(r.hostAddress);
        if (r.kind == HostdevRequest::Kind::SriovInterface)
            return macError(r.mac);
        return {};
    }
    if (hasUsbIds(r)) {
        if (r.usbVendorId.isEmpty() || r.usbProductId.isEmpty())
            return Text::tr("A USB device needs both its vendor and its product ID.");
        for (const QString &id : {r.usbVendorId, r.usbProductId}) {
            if (usbId(id).isEmpty())
                return Text::tr("\"%1\" is not a USB vendor or product ID like 0x046d.").arg(id);
        }
        return {};
    }
    if (!hasUsbAddress(r))
        return Text::tr("A USB device needs its vendor and product IDs or its bus and device numbers.");
    return {};
}

bool sameHostDevice(const HostdevRequest &a, const HostdevRequest &b)
{
    // A pool interface names no device: the network picks one at start.
    if (a.kind == HostdevRequest::Kind::NetworkInterface || b.kind == HostdevRequest::Kind::NetworkInterface)
        return false;
    if (isPciKind(a) != isPciKind(b))
        return false;
    if (isPciKind(a)) {
        const PciAddress pa = parsePci(a.hostAddress);
        return pa.valid() && pa == parsePci(b.hostAddress);
    }
    const bool addressA = hasUsbAddress(a), addressB = hasUsbAddress(b);
    if (addressA && addressB && (a.usbBus != b.usbBus || a.usbDevice != b.usbDevice))
        return false; // two devices of one model
    const bool idsA = !usbId(a.usbVendorId).isEmpty() && !usbId(a.usbProductId).isEmpty();
    const bool idsB = !usbId(b.usbVendorId).isEmpty() && !usbId(b.usbProductId).isEmpty();
    if (idsA && idsB)
        return usbId(a.usbVendorId) == usbId(b.usbVendorId) && usbId(a.usbProductId) == usbId(b.usbProductId);
    return addressA && addressB;
}

bool names(const HostdevRequest &entry, const HostDevice &device)
{
    if (device.kind == HostDevice::Kind::Other)
        return false;
    // An entry by vendor:product matches on those alone (a replugged device
    // has a new bus.device); one by bus.device matches on that.
    HostdevRequest self = requestFor(device);
    if (device.kind == HostDevice::Kind::Usb && !hasUsbIds(entry)) {
        self.usbBus = device.usbBus;
        self.usbDevice = device.usbDevice;
    }
    return sameHostDevice(entry, self);
}

// QXmlStreamWriter rather than QDom, which writes attributes in hash order.
QString element(const HostdevRequest &r)
{
    if (!requestError(r).isEmpty())
        return {};
    if (r.kind == HostdevRequest::Kind::NetworkInterface)
        return vfPoolInterfaceXml(r.network.trimmed(), r.mac.trimmed());
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    const QString managed = r.managed ? QStringLiteral("yes") : QStringLiteral("no");
    switch (r.kind) {
    case HostdevRequest::Kind::Pci:
        w.writeStartElement(QStringLiteral("hostdev"));
        w.writeAttribute(QStringLiteral("mode"), QStringLiteral("subsystem"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("pci"));
        w.writeAttribute(QStringLiteral("managed"), managed);
        w.writeStartElement(QStringLiteral("source"));
        writePciAddress(w, parsePci(r.hostAddress), false);
        break;
    case HostdevRequest::Kind::SriovInterface:
        w.writeStartElement(QStringLiteral("interface"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("hostdev"));
        w.writeAttribute(QStringLiteral("managed"), managed);
        writeMac(w, r.mac);
        w.writeStartElement(QStringLiteral("source"));
        writePciAddress(w, parsePci(r.hostAddress), true);
        break;
    case HostdevRequest::Kind::Usb:
        w.writeStartElement(QStringLiteral("hostdev"));
        w.writeAttribute(QStringLiteral("mode"), QStringLiteral("subsystem"));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("usb"));
        w.writeAttribute(QStringLiteral("managed"), managed);
        w.writeStartElement(QStringLiteral("source"));
        if (hasUsbIds(r)) {
            w.writeEmptyElement(QStringLiteral("vendor"));
            w.writeAttribute(QStringLiteral("id"), usbId(r.usbVendorId));
            w.writeEmptyElement(QStringLiteral("product"));
            w.writeAttribute(QStringLiteral("id"), usbId(r.usbProductId));
        } else {
            w.writeEmptyElement(QStringLiteral("address"));
            w.writeAttribute(QStringLiteral("bus"), QString::number(r.usbBus));
            w.writeAttribute(QStringLiteral("device"), QString::number(r.usbDevice));
        }
        break;
    case HostdevRequest::Kind::NetworkInterface:
        return {}; // written above
    }
    w.writeEndElement(); // source
    w.writeEndElement();
    return out.trimmed();
}

Result<QString> addDevices(const QString &domainXml, const QVector<HostdevRequest> &devices)
{
    return DomainXml::apply(domainXml, [&devices](QDomDocument &doc) { return addDevices(doc, devices); });
}

VoidResult addDevices(QDomDocument &doc, const QVector<HostdevRequest> &devices)
{
    QDomElement devicesEl = devicesElement(doc);

    QVector<HostdevRequest> existing;
    for (const QDomElement &e : childElements(devicesEl)) {
        if (const std::optional<HostdevRequest> d = hostDeviceOf(e))
            existing << *d;
    }
    QVector<PciAddress> hostAddresses;
    for (int i = 0; i < devices.size(); ++i) {
        const HostdevRequest &r = devices[i];
        if (const QString e = requestError(r); !e.isEmpty())
            return Error{0, e};
        for (const HostdevRequest &d : std::as_const(existing)) {
            if (sameHostDevice(r, d))
                return Error{0, Text::tr("%1 is already passed through to this guest.").arg(describe(r))};
        }
        for (int j = 0; j < i; ++j) {
            if (sameHostDevice(r, devices[j]))
                return Error{0, Text::tr("%1 is in the list twice.").arg(describe(r))};
        }
        hostAddresses << (isPciKind(r) ? parsePci(r.hostAddress) : PciAddress());
    }

    // Functions of one host slot, in the order first seen. SR-IOV interfaces
    // stay single: VFs are independent devices even when they share a slot.
    QVector<SlotGroup> groups;
    for (int i = 0; i < devices.size(); ++i) {
        if (devices[i].kind != HostdevRequest::Kind::Pci)
            continue;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const SlotGroup &g) { return g.hostSlot.sameSlot(hostAddresses[i]); });
        if (it == groups.end())
            groups.append(SlotGroup{hostAddresses[i], {i}});
        else
            it->members << i;
    }

    QVector<QDomElement> added(devices.size());
    for (int i = 0; i < devices.size(); ++i)
        added[i] = insertDevice(devicesEl, importElement(doc, element(devices[i])));

    for (const SlotGroup &g : std::as_const(groups)) {
        const Result<std::optional<PciAddress>> slot = guestSlotFor(g, hostAddresses, doc, devicesEl);
        if (!slot)
            return slot.error();
        if (!slot.value())
            continue;
        for (int i : g.members) {
            PciAddress guest = *slot.value();
            guest.function = hostAddresses[i].function;
            setGuestAddress(added[i], guest, false);
        }
        markMultifunction(devicesEl, *slot.value());
    }
    return {};
}

// An <interface type='network'> on that network (and with that MAC, when the
// request names one).
static bool isNetworkInterface(const QDomElement &e, const HostdevRequest &r)
{
    if (e.tagName() != QLatin1String("interface") || e.attribute(QStringLiteral("type")) != QLatin1String("network"))
        return false;
    if (e.firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("network")) != r.network)
        return false;
    const QString mac = e.firstChildElement(QStringLiteral("mac")).attribute(QStringLiteral("address"));
    return r.mac.isEmpty() || mac.compare(r.mac.trimmed(), Qt::CaseInsensitive) == 0;
}

Result<QString> removeDevice(const QString &domainXml, const HostdevRequest &device)
{
    return DomainXml::apply(domainXml, [&device](QDomDocument &doc) { return removeDevice(doc, device); });
}

VoidResult removeDevice(QDomDocument &doc, const HostdevRequest &device)
{
    QDomElement devicesEl = devicesElement(doc);
    for (QDomElement &e : childElements(devicesEl)) {
        if (device.kind == HostdevRequest::Kind::NetworkInterface) {
            if (!isNetworkInterface(e, device))
                continue;
            devicesEl.removeChild(e);
            return {};
        }
        const std::optional<HostdevRequest> d = hostDeviceOf(e);
        if (!d || !sameHostDevice(*d, device))
            continue;
        const PciAddress guest = guestAddressOf(e);
        devicesEl.removeChild(e);
        if (guest.valid() && guest.function == 0) {
            for (QDomElement &sibling : childElements(devicesEl)) {
                if (guestAddressOf(sibling).sameSlot(guest))
                    sibling.removeChild(sibling.firstChildElement(QStringLiteral("address")));
            }
        }
        return {};
    }
    return Error{0, Text::tr("%1 is not passed through to this guest.").arg(describe(device))};
}

QVector<HostdevRequest> interfacesOnNetworks(const QString &domainXml, const QStringList &networks)
{
    QDomDocument doc;
    QVector<HostdevRequest> list;
    if (!DomainXml::load(domainXml, &doc).isEmpty())
        return list;
    for (const QDomElement &e : childElements(doc.documentElement().firstChildElement(QStringLiteral("devices")))) {
        const QString network = e.firstChildElement(QStringLiteral("source")).attribute(QStringLiteral("network"));
        if (e.tagName() != QLatin1String("interface") || e.attribute(QStringLiteral("type")) != QLatin1String("network")
            || !networks.contains(network))
            continue;
        HostdevRequest r;
        r.kind = HostdevRequest::Kind::NetworkInterface;
        r.network = network;
        r.mac = e.firstChildElement(QStringLiteral("mac")).attribute(QStringLiteral("address")).toLower();
        list << r;
    }
    return list;
}

QVector<HostdevRequest> devicesIn(const QString &domainXml)
{
    QDomDocument doc;
    QVector<HostdevRequest> list;
    if (!DomainXml::load(domainXml, &doc).isEmpty())
        return list;
    for (const QDomElement &e : childElements(doc.documentElement().firstChildElement(QStringLiteral("devices")))) {
        if (const std::optional<HostdevRequest> d = hostDeviceOf(e))
            list << *d;
    }
    return list;
}

QString defaultVendorId()
{
    return QStringLiteral("QVirtHidden");
}

GuestSettings guestSettingsIn(const QString &domainXml)
{
    GuestSettings s;
    QDomDocument doc;
    if (!DomainXml::load(domainXml, &doc).isEmpty())
        return s;
    const QDomElement root = doc.documentElement();
    s.hypervisorHidden = childElement(root, QStringLiteral("features/kvm/hidden")).attribute(QStringLiteral("state")) == QLatin1String("on");
    const QDomElement vendor = childElement(root, QStringLiteral("features/hyperv/vendor_id"));
    if (vendor.attribute(QStringLiteral("state")) == QLatin1String("on"))
        s.hypervVendorId = vendor.attribute(QStringLiteral("value"));
    s.firmware = bootsUefi(root.firstChildElement(QStringLiteral("os"))) ? GuestSettings::Firmware::Uefi : GuestSettings::Firmware::Bios;
    return s;
}

Result<QString> applyGuestSettings(const QString &domainXml, const GuestSettings &s)
{
    return DomainXml::apply(domainXml, [&s](QDomDocument &doc) { return applyGuestSettings(doc, s); });
}

VoidResult applyGuestSettings(QDomDocument &doc, const GuestSettings &s)
{
    QDomElement root = doc.documentElement();

    QDomElement features = root.firstChildElement(QStringLiteral("features"));
    auto ensureFeatures = [&] {
        if (!features.isNull())
            return;
        features = doc.createElement(QStringLiteral("features"));
        const QDomElement os = root.firstChildElement(QStringLiteral("os"));
        if (os.isNull())
            root.appendChild(features);
        else
            root.insertAfter(features, os);
    };
    if (s.hypervisorHidden) {
        const QString vendorId = s.hypervVendorId.isEmpty() ? defaultVendorId() : s.hypervVendorId;
        if (!validVendorId(vendorId))
            return Error{0, Text::tr("The Hyper-V vendor ID \"%1\" must be 1 to 12 ASCII letters, digits or signs other than a comma.")
                                .arg(vendorId)};
        ensureFeatures();
        QDomElement kvm = ensureChild(features, QStringLiteral("kvm"));
        ensureChild(kvm, QStringLiteral("hidden")).setAttribute(QStringLiteral("state"), QStringLiteral("on"));
        QDomElement hyperv = ensureChild(features, QStringLiteral("hyperv"));
        QDomElement vendor = ensureChild(hyperv, QStringLiteral("vendor_id"));
        vendor.setAttribute(QStringLiteral("state"), QStringLiteral("on"));
        vendor.setAttribute(QStringLiteral("value"), vendorId);
    } else if (!features.isNull()) {
        QDomElement kvm = features.firstChildElement(QStringLiteral("kvm"));
        if (!kvm.isNull()) {
            removeChildren(kvm, QStringLiteral("hidden"));
            if (kvm.firstChildElement().isNull())
                features.removeChild(kvm);
        }
        QDomElement hyperv = features.firstChildElement(QStringLiteral("hyperv"));
        if (!hyperv.isNull()) {
            removeChildren(hyperv, QStringLiteral("vendor_id"));
            // An empty <hyperv mode='passthrough'/> still means something.
            if (hyperv.firstChildElement().isNull() && hyperv.attribute(QStringLiteral("mode")) != QLatin1String("passthrough"))
                features.removeChild(hyperv);
        }
        if (features.firstChildElement().isNull())
            root.removeChild(features);
    }

    QDomElement os = root.firstChildElement(QStringLiteral("os"));
    switch (s.firmware) {
    case GuestSettings::Firmware::Unchanged:
        break;
    case GuestSettings::Firmware::Uefi:
        if (os.isNull())
            os = root.appendChild(doc.createElement(QStringLiteral("os"))).toElement();
        if (!bootsUefi(os)) {
            // A BIOS loader (type='rom') would contradict the firmware libvirt picks.
            removeChildren(os, QStringLiteral("loader"));
            removeChildren(os, QStringLiteral("nvram"));
            os.setAttribute(QStringLiteral("firmware"), QStringLiteral("efi"));
        }
        // libvirt refuses UEFI on x86 without ACPI ("UEFI requires ACPI").
        ensureFeatures();
        ensureChild(features, QStringLiteral("acpi"));
        break;
    case GuestSettings::Firmware::Bios:
        if (os.isNull())
            break;
        if (os.attribute(QStringLiteral("firmware")) == QLatin1String("efi"))
            os.removeAttribute(QStringLiteral("firmware"));
        removeChildren(os, QStringLiteral("loader"));
        removeChildren(os, QStringLiteral("nvram"));
        removeChildren(os, QStringLiteral("firmware")); // efi feature requests (secure-boot...)
        break;
    }
    return {};
}

QString vfPoolNetworkXml(const QString &name, const QStringList &vfAddresses)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartElement(QStringLiteral("network"));
    w.writeTextElement(QStringLiteral("name"), name);
    w.writeStartElement(QStringLiteral("forward"));
    w.writeAttribute(QStringLiteral("mode"), QStringLiteral("hostdev"));
    w.writeAttribute(QStringLiteral("managed"), QStringLiteral("yes"));
    for (const QString &vf : vfAddresses) {
        const PciAddress a = parsePci(vf);
        if (a.valid())
            writePciAddress(w, a, true);
    }
    w.writeEndElement(); // forward
    w.writeEndElement(); // network
    return out.trimmed();
}

QString vfPoolInterfaceXml(const QString &networkName, const QString &mac)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartElement(QStringLiteral("interface"));
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("network"));
    writeMac(w, mac);
    w.writeEmptyElement(QStringLiteral("source"));
    w.writeAttribute(QStringLiteral("network"), networkName);
    w.writeEndElement();
    return out.trimmed();
}

} // namespace HostdevXml
