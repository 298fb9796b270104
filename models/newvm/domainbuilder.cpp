#include "domainbuilder.h"

#include "domainxml.h"

#include <QDomDocument>
#include <QHash>
#include <QStringList>

namespace {

class Builder
{
public:
    explicit Builder(QDomDocument &doc) : m_doc(doc) {}

    QDomElement add(QDomElement parent, const QString &tag, const QString &text = {})
    {
        QDomElement e = m_doc.createElement(tag);
        if (!text.isEmpty())
            e.appendChild(m_doc.createTextNode(text));
        parent.appendChild(e);
        return e;
    }
    QDomElement add(QDomElement parent, const QString &tag, std::initializer_list<std::pair<const char *, QString>> attrs)
    {
        QDomElement e = add(parent, tag);
        for (const auto &[name, value] : attrs)
            e.setAttribute(QLatin1String(name), value);
        return e;
    }

private:
    QDomDocument &m_doc;
};

QString targetPrefix(const QString &bus)
{
    if (bus == QLatin1String("virtio"))
        return QStringLiteral("vd");
    if (bus == QLatin1String("ide"))
        return QStringLiteral("hd");
    return QStringLiteral("sd"); // sata, scsi, usb
}

QString targetName(const QString &bus, int index)
{
    return targetPrefix(bus) + QChar(u'a' + index);
}

} // namespace

namespace DomainBuilder {

QString domainXml(const VmSpec &spec, const DomainCapabilities &caps)
{
    QDomDocument doc;
    Builder b(doc);
    QDomElement domain = doc.createElement(QStringLiteral("domain"));
    doc.appendChild(domain);
    domain.setAttribute(QStringLiteral("type"), caps.domainType.isEmpty() ? QStringLiteral("qemu") : caps.domainType);
    b.add(domain, QStringLiteral("name"), spec.name);
    if (!spec.osId.isEmpty()) {
        QDomElement metadata = b.add(domain, QStringLiteral("metadata"));
        QDomElement osinfo = b.add(metadata, QStringLiteral("libosinfo:libosinfo"));
        osinfo.setAttribute(QStringLiteral("xmlns:libosinfo"), QStringLiteral("http://libosinfo.org/xmlns/libvirt/domain/1.0"));
        b.add(osinfo, QStringLiteral("libosinfo:os"), {{"id", spec.osId}});
    }
    const QString memory = QString::number(spec.memoryMiB * 1024);
    b.add(domain, QStringLiteral("memory"), memory).setAttribute(QStringLiteral("unit"), QStringLiteral("KiB"));
    b.add(domain, QStringLiteral("currentMemory"), memory).setAttribute(QStringLiteral("unit"), QStringLiteral("KiB"));
    b.add(domain, QStringLiteral("vcpu"), QString::number(spec.vcpus)).setAttribute(QStringLiteral("placement"), QStringLiteral("static"));

    QDomElement os = b.add(domain, QStringLiteral("os"));
    if (spec.uefi) {
        os.setAttribute(QStringLiteral("firmware"), QStringLiteral("efi"));
        QDomElement firmware = b.add(os, QStringLiteral("firmware"));
        b.add(firmware, QStringLiteral("feature"), {{"enabled", spec.secureBoot ? QStringLiteral("yes") : QStringLiteral("no")}, {"name", QStringLiteral("secure-boot")}});
        if (spec.secureBoot)
            b.add(firmware, QStringLiteral("feature"), {{"enabled", QStringLiteral("yes")}, {"name", QStringLiteral("enrolled-keys")}});
    }
    b.add(os, QStringLiteral("type"), QStringLiteral("hvm"))
        .setAttribute(QStringLiteral("arch"), spec.arch);
    os.lastChildElement(QStringLiteral("type")).setAttribute(QStringLiteral("machine"), spec.q35 ? QStringLiteral("q35") : QStringLiteral("pc"));
    const bool hasDisk = spec.storage != VmSpec::Storage::None;
    if (hasDisk)
        b.add(os, QStringLiteral("boot"), {{"dev", QStringLiteral("hd")}});
    if (spec.method == VmSpec::InstallMethod::LocalMedia)
        b.add(os, QStringLiteral("boot"), {{"dev", QStringLiteral("cdrom")}});
    if (spec.method == VmSpec::InstallMethod::Pxe)
        b.add(os, QStringLiteral("boot"), {{"dev", QStringLiteral("network")}});
    if (!hasDisk && spec.method != VmSpec::InstallMethod::LocalMedia && spec.method != VmSpec::InstallMethod::Pxe)
        b.add(os, QStringLiteral("boot"), {{"dev", QStringLiteral("hd")}});

    QDomElement features = b.add(domain, QStringLiteral("features"));
    b.add(features, QStringLiteral("acpi"));
    b.add(features, QStringLiteral("apic"));
    if (spec.uefi && spec.secureBoot)
        b.add(features, QStringLiteral("smm"), {{"state", QStringLiteral("on")}}); // secure boot needs SMM
    if (caps.domainType == QLatin1String("kvm")) {
        // The host's CPU as it is: the fastest, and what the field's GPU passthrough needs.
        b.add(domain, QStringLiteral("cpu"), {{"mode", QStringLiteral("host-passthrough")}, {"check", QStringLiteral("none")}, {"migratable", QStringLiteral("on")}});
    }
    QDomElement clock = b.add(domain, QStringLiteral("clock"), {{"offset", spec.windows ? QStringLiteral("localtime") : QStringLiteral("utc")}});
    b.add(clock, QStringLiteral("timer"), {{"name", QStringLiteral("rtc")}, {"tickpolicy", QStringLiteral("catchup")}});
    b.add(clock, QStringLiteral("timer"), {{"name", QStringLiteral("pit")}, {"tickpolicy", QStringLiteral("delay")}});
    b.add(clock, QStringLiteral("timer"), {{"name", QStringLiteral("hpet")}, {"present", QStringLiteral("no")}});
    b.add(domain, QStringLiteral("on_poweroff"), QStringLiteral("destroy"));
    b.add(domain, QStringLiteral("on_reboot"), QStringLiteral("restart"));
    b.add(domain, QStringLiteral("on_crash"), QStringLiteral("destroy"));
    QDomElement pm = b.add(domain, QStringLiteral("pm"));
    b.add(pm, QStringLiteral("suspend-to-mem"), {{"enabled", QStringLiteral("no")}});
    b.add(pm, QStringLiteral("suspend-to-disk"), {{"enabled", QStringLiteral("no")}});

    QDomElement devices = b.add(domain, QStringLiteral("devices"));
    if (!caps.emulator.isEmpty())
        b.add(devices, QStringLiteral("emulator"), caps.emulator);
    QHash<QString, int> used; // per target prefix
    auto nextTarget = [&used](const QString &bus) { return targetName(bus, used[targetPrefix(bus)]++); };
    if (hasDisk) {
        const bool block = spec.diskPath.startsWith(QLatin1String("/dev/"));
        QDomElement disk = b.add(devices, QStringLiteral("disk"), {{"type", block ? QStringLiteral("block") : QStringLiteral("file")}, {"device", QStringLiteral("disk")}});
        QDomElement driver = b.add(disk, QStringLiteral("driver"), {{"name", QStringLiteral("qemu")}, {"type", spec.diskFormat.isEmpty() ? QStringLiteral("raw") : spec.diskFormat}});
        if (spec.diskBus == QLatin1String("virtio") || spec.diskBus == QLatin1String("scsi") || spec.diskBus == QLatin1String("sata"))
            driver.setAttribute(QStringLiteral("discard"), QStringLiteral("unmap")); // freed guest blocks go back to the host
        b.add(disk, QStringLiteral("source")).setAttribute(block ? QStringLiteral("dev") : QStringLiteral("file"), spec.diskPath);
        b.add(disk, QStringLiteral("target"), {{"dev", nextTarget(spec.diskBus)}, {"bus", spec.diskBus}});
    }
    if (spec.method == VmSpec::InstallMethod::LocalMedia) {
        // Q35 has no IDE controller: its CD-ROM sits on SATA, as every installer supports.
        const QString bus = spec.q35 ? QStringLiteral("sata") : QStringLiteral("ide");
        const bool block = spec.mediaPath.startsWith(QLatin1String("/dev/"));
        QDomElement cdrom = b.add(devices, QStringLiteral("disk"), {{"type", block ? QStringLiteral("block") : QStringLiteral("file")}, {"device", QStringLiteral("cdrom")}});
        b.add(cdrom, QStringLiteral("driver"), {{"name", QStringLiteral("qemu")}, {"type", QStringLiteral("raw")}});
        if (!spec.mediaPath.isEmpty())
            b.add(cdrom, QStringLiteral("source")).setAttribute(block ? QStringLiteral("dev") : QStringLiteral("file"), spec.mediaPath);
        b.add(cdrom, QStringLiteral("target"), {{"dev", nextTarget(bus)}, {"bus", bus}});
        b.add(cdrom, QStringLiteral("readonly"));
    }
    if (spec.diskBus == QLatin1String("scsi"))
        b.add(devices, QStringLiteral("controller"), {{"type", QStringLiteral("scsi")}, {"model", QStringLiteral("virtio-scsi")}});
    if (spec.q35 || spec.usbTablet)
        b.add(devices, QStringLiteral("controller"), {{"type", QStringLiteral("usb")}, {"model", QStringLiteral("qemu-xhci")}, {"ports", QStringLiteral("15")}});

    if (spec.network != VmSpec::Network::None) {
        QDomElement iface = b.add(devices, QStringLiteral("interface"));
        switch (spec.network) {
        case VmSpec::Network::Virtual:
            iface.setAttribute(QStringLiteral("type"), QStringLiteral("network"));
            b.add(iface, QStringLiteral("source"), {{"network", spec.networkSource}});
            break;
        case VmSpec::Network::Bridge:
            iface.setAttribute(QStringLiteral("type"), QStringLiteral("bridge"));
            b.add(iface, QStringLiteral("source"), {{"bridge", spec.networkSource}});
            break;
        case VmSpec::Network::Macvtap:
            iface.setAttribute(QStringLiteral("type"), QStringLiteral("direct"));
            b.add(iface, QStringLiteral("source"), {{"dev", spec.networkSource}, {"mode", QStringLiteral("bridge")}});
            break;
        case VmSpec::Network::User:
        case VmSpec::Network::None:
            iface.setAttribute(QStringLiteral("type"), QStringLiteral("user"));
            break;
        }
        if (!spec.mac.isEmpty())
            b.add(iface, QStringLiteral("mac"), {{"address", spec.mac}});
        b.add(iface, QStringLiteral("model"), {{"type", spec.nicModel}});
    }
    QDomElement serial = b.add(devices, QStringLiteral("serial"), {{"type", QStringLiteral("pty")}});
    b.add(serial, QStringLiteral("target"), {{"port", QStringLiteral("0")}});
    QDomElement console = b.add(devices, QStringLiteral("console"), {{"type", QStringLiteral("pty")}});
    b.add(console, QStringLiteral("target"), {{"type", QStringLiteral("serial")}, {"port", QStringLiteral("0")}});
    if (spec.guestAgentChannel) {
        QDomElement channel = b.add(devices, QStringLiteral("channel"), {{"type", QStringLiteral("unix")}});
        b.add(channel, QStringLiteral("target"), {{"type", QStringLiteral("virtio")}, {"name", QStringLiteral("org.qemu.guest_agent.0")}});
    }
    if (spec.usbTablet)
        b.add(devices, QStringLiteral("input"), {{"type", QStringLiteral("tablet")}, {"bus", QStringLiteral("usb")}});
    if (spec.vnc) {
        QDomElement graphics = b.add(devices, QStringLiteral("graphics"), {{"type", QStringLiteral("vnc")}, {"port", QStringLiteral("-1")}, {"autoport", QStringLiteral("yes")}});
        graphics.setAttribute(QStringLiteral("listen"), spec.vncListen);
        if (!spec.vncPassword.isEmpty())
            graphics.setAttribute(QStringLiteral("passwd"), spec.vncPassword);
        b.add(graphics, QStringLiteral("listen"), {{"type", QStringLiteral("address")}, {"address", spec.vncListen}});
    }
    if (!spec.soundModel.isEmpty())
        b.add(devices, QStringLiteral("sound"), {{"model", spec.soundModel}});
    QDomElement video = b.add(devices, QStringLiteral("video"));
    b.add(video, QStringLiteral("model"), {{"type", spec.videoModel.isEmpty() ? QStringLiteral("vga") : spec.videoModel}, {"primary", QStringLiteral("yes")}});
    if (spec.tpm) {
        QDomElement tpm = b.add(devices, QStringLiteral("tpm"), {{"model", caps.tpmModels.contains(QLatin1String("tpm-crb")) || caps.tpmModels.isEmpty() ? QStringLiteral("tpm-crb") : QStringLiteral("tpm-tis")}});
        b.add(tpm, QStringLiteral("backend"), {{"type", QStringLiteral("emulator")}, {"version", QStringLiteral("2.0")}});
    }
    b.add(devices, QStringLiteral("memballoon"), {{"model", QStringLiteral("virtio")}});
    if (spec.virtioRng) {
        QDomElement rng = b.add(devices, QStringLiteral("rng"), {{"model", QStringLiteral("virtio")}});
        b.add(rng, QStringLiteral("backend"), {{"model", QStringLiteral("random")}}).appendChild(doc.createTextNode(QStringLiteral("/dev/urandom")));
    }
    return DomainXml::save(doc);
}

QString installXml(const QString &finalXml, const QString &kernelPath, const QString &initrdPath, const QString &cmdline)
{
    const Result<QString> xml = DomainXml::apply(finalXml, [&](QDomDocument &doc) -> VoidResult {
        QDomElement domain = doc.documentElement();
        QDomElement os = domain.firstChildElement(QStringLiteral("os"));
        QDomElement type = os.firstChildElement(QStringLiteral("type"));
        QDomElement insertAfter = type;
        for (const auto &[tag, value] : {std::pair{QStringLiteral("kernel"), kernelPath}, std::pair{QStringLiteral("initrd"), initrdPath},
                                         std::pair{QStringLiteral("cmdline"), cmdline}}) {
            if (value.isEmpty())
                continue;
            QDomElement e = doc.createElement(tag);
            e.appendChild(doc.createTextNode(value));
            os.insertAfter(e, insertAfter);
            insertAfter = e;
        }
        QDomElement onReboot = domain.firstChildElement(QStringLiteral("on_reboot"));
        if (!onReboot.isNull()) {
            while (onReboot.hasChildNodes())
                onReboot.removeChild(onReboot.firstChild());
            onReboot.appendChild(doc.createTextNode(QStringLiteral("destroy")));
        }
        return {};
    });
    return xml ? xml.value() : finalXml;
}

QString replaceDiskSource(const QString &xml, const QString &from, const QString &to)
{
    if (from == to)
        return xml;
    const Result<QString> edited = DomainXml::apply(xml, [&](QDomDocument &doc) -> VoidResult {
        const QDomNodeList disks = doc.elementsByTagName(QStringLiteral("disk"));
        for (int i = 0; i < disks.size(); ++i) {
            QDomElement source = disks.at(i).toElement().firstChildElement(QStringLiteral("source"));
            if (source.attribute(QStringLiteral("file")) == from)
                source.setAttribute(QStringLiteral("file"), to);
        }
        return {};
    });
    return edited ? edited.value() : xml;
}

QString uniqueName(const QString &base, const QStringList &taken)
{
    const QString stem = base.isEmpty() ? QStringLiteral("vm") : base;
    if (!taken.contains(stem))
        return stem;
    for (int i = 2;; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(stem).arg(i);
        if (!taken.contains(name))
            return name;
    }
}

} // namespace DomainBuilder
