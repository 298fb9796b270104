#include "hostdevice.h"

#include <QMap>
#include <QXmlStreamReader>

namespace {

int number(QStringView s)
{
    bool ok = false;
    const int v = s.startsWith(u"0x") ? s.mid(2).toInt(&ok, 16) : s.toInt(&ok);
    return ok ? v : -1;
}

QString addressFrom(const QXmlStreamAttributes &a)
{
    return pciAddress(number(a.value(QLatin1String("domain"))), number(a.value(QLatin1String("bus"))),
                      number(a.value(QLatin1String("slot"))), number(a.value(QLatin1String("function"))));
}

QStringList readAddresses(QXmlStreamReader &xml)
{
    QStringList list;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"address")
            list << addressFrom(xml.attributes());
        xml.skipCurrentElement();
    }
    return list;
}

void readIdName(QXmlStreamReader &xml, QString *id, QString *name)
{
    *id = xml.attributes().value(QLatin1String("id")).toString();
    *name = xml.readElementText().trimmed();
}

void readCapability(QXmlStreamReader &xml, HostDevice *d)
{
    const QString type = xml.attributes().value(QLatin1String("type")).toString();
    if (type == QLatin1String("pci"))
        d->kind = HostDevice::Kind::Pci;
    else if (type == QLatin1String("usb_device"))
        d->kind = HostDevice::Kind::Usb;
    int domain = 0, bus = -1, slot = -1, function = -1;
    while (xml.readNextStartElement()) {
        const auto n = xml.name();
        if (n == u"class") {
            d->pciClass = xml.readElementText().trimmed().toUInt(nullptr, 0);
        } else if (n == u"domain") {
            domain = number(xml.readElementText().trimmed());
        } else if (n == u"bus") {
            bus = number(xml.readElementText().trimmed());
        } else if (n == u"slot") {
            slot = number(xml.readElementText().trimmed());
        } else if (n == u"function") {
            function = number(xml.readElementText().trimmed());
        } else if (n == u"device") {
            d->usbDevice = number(xml.readElementText().trimmed());
        } else if (n == u"product") {
            readIdName(xml, &d->productId, &d->productName);
        } else if (n == u"vendor") {
            readIdName(xml, &d->vendorId, &d->vendorName);
        } else if (n == u"iommuGroup") {
            d->iommuGroup = number(xml.attributes().value(QLatin1String("number")));
            d->groupAddresses = readAddresses(xml);
        } else if (n == u"capability") {
            const auto sub = xml.attributes().value(QLatin1String("type"));
            if (sub == u"virt_functions") {
                d->virtualFunctions = readAddresses(xml);
                d->sriov = HostDevice::SriovRole::PhysicalFunction;
            } else if (sub == u"phys_function") {
                const QStringList pf = readAddresses(xml);
                d->physicalFunction = pf.value(0);
                if (!d->physicalFunction.isEmpty())
                    d->sriov = HostDevice::SriovRole::VirtualFunction;
            } else {
                xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (d->kind == HostDevice::Kind::Pci && bus >= 0)
        d->address = pciAddress(domain, bus, slot, function);
    if (d->kind == HostDevice::Kind::Usb)
        d->usbBus = bus;
}

} // namespace

QString pciAddress(int domain, int bus, int slot, int function)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(domain, 4, 16, QLatin1Char('0'))
        .arg(bus, 2, 16, QLatin1Char('0'))
        .arg(slot, 2, 16, QLatin1Char('0'))
        .arg(function, 1, 16);
}

bool HostDevice::isDetached() const
{
    return driver.isEmpty() || driver == QLatin1String("vfio-pci") || driver == QLatin1String("pci-stub");
}

bool parseNodeDeviceXml(const QString &text, HostDevice *out)
{
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"device")
        return false;
    HostDevice d;
    while (xml.readNextStartElement()) {
        const auto n = xml.name();
        if (n == u"name") {
            d.name = xml.readElementText().trimmed();
        } else if (n == u"parent") {
            d.parent = xml.readElementText().trimmed();
        } else if (n == u"driver") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    d.driver = xml.readElementText().trimmed();
                else
                    xml.skipCurrentElement();
            }
        } else if (n == u"capability") {
            readCapability(xml, &d);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return false;
    *out = std::move(d);
    return true;
}

QVector<HostDevice> IommuGroup::endpoints() const
{
    QVector<HostDevice> list;
    for (const HostDevice &d : devices) {
        if (!d.isBridge())
            list << d;
    }
    return list;
}

QVector<HostDevice> IommuGroup::blockers() const
{
    QVector<HostDevice> list;
    for (const HostDevice &d : endpoints()) {
        if (!d.isDetached())
            list << d;
    }
    return list;
}

QVector<IommuGroup> groupByIommu(const QVector<HostDevice> &devices)
{
    QMap<int, IommuGroup> groups;
    for (const HostDevice &d : devices) {
        if (d.kind != HostDevice::Kind::Pci)
            continue;
        IommuGroup &g = groups[d.iommuGroup];
        g.number = d.iommuGroup;
        g.devices << d;
    }
    for (IommuGroup &g : groups)
        std::sort(g.devices.begin(), g.devices.end(), [](const HostDevice &a, const HostDevice &b) { return a.address < b.address; });
    return groups.values().toVector();
}
