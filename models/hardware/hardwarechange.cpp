#include "hardwarechange.h"

#include <QDomDocument>
#include <QRandomGenerator>

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(HardwareChanges)
};

Error gone()
{
    return Error{0, Text::tr("The device is no longer in the definition; reload the page and try again.")};
}

QDomElement ensureChild(QDomElement parent, const QString &tag)
{
    QDomElement e = parent.firstChildElement(tag);
    if (e.isNull()) {
        e = parent.ownerDocument().createElement(tag);
        parent.appendChild(e);
    }
    return e;
}

// Sets the text of parent/tag, creating it; empty removes the element.
void setChildText(QDomElement parent, const QString &tag, const QString &text)
{
    QDomElement e = parent.firstChildElement(tag);
    if (text.isEmpty()) {
        if (!e.isNull())
            parent.removeChild(e);
        return;
    }
    e = ensureChild(parent, tag);
    while (e.hasChildNodes())
        e.removeChild(e.firstChild());
    e.appendChild(parent.ownerDocument().createTextNode(text));
}

QDomElement root(QDomDocument &doc, const QString &tag)
{
    return ensureChild(doc.documentElement(), tag);
}

QString elementXml(const QDomElement &e)
{
    QDomDocument tmp;
    tmp.appendChild(tmp.importNode(e, true));
    return DomainXml::save(tmp).trimmed();
}

LiveOp restart(const QString &reason)
{
    LiveOp op;
    op.reason = reason;
    return op;
}

QString afterRestart()
{
    return Text::tr("This setting cannot change while the VM runs.");
}

void setMedia(QDomElement disk, const QString &path)
{
    const QDomElement source = disk.firstChildElement(QStringLiteral("source"));
    if (!source.isNull())
        disk.removeChild(source);
    if (path.isEmpty())
        return;
    disk.setAttribute(QStringLiteral("type"), path.startsWith(QLatin1String("/dev/")) ? QStringLiteral("block") : QStringLiteral("file"));
    QDomElement s = disk.ownerDocument().createElement(QStringLiteral("source"));
    s.setAttribute(path.startsWith(QLatin1String("/dev/")) ? QStringLiteral("dev") : QStringLiteral("file"), path);
    const QDomElement target = disk.firstChildElement(QStringLiteral("target"));
    disk.insertBefore(s, target);
}

void setLink(QDomElement nic, bool up)
{
    ensureChild(nic, QStringLiteral("link")).setAttribute(QStringLiteral("state"), up ? QStringLiteral("up") : QStringLiteral("down"));
}

// The device edited on a copy of doc, as XML for the running VM.
template<typename F>
QString editedCopy(const QDomDocument &doc, const DeviceKey &key, F &&edit)
{
    QDomDocument copy = doc.cloneNode(true).toDocument();
    QDomElement e = HardwareXml::find(copy, key);
    if (e.isNull())
        return {};
    edit(e);
    return elementXml(e);
}

} // namespace

bool HardwareApplyReport::anyAfterRestart() const
{
    return std::any_of(outcomes.begin(), outcomes.end(), [](const HardwareOutcome &o) {
        return o.defined && (o.live == HardwareOutcome::Live::AfterRestart || o.live == HardwareOutcome::Live::NotReleased);
    });
}

bool HardwareApplyReport::anyFailed() const
{
    return std::any_of(outcomes.begin(), outcomes.end(), [](const HardwareOutcome &o) { return !o.defined; });
}

QString HardwareApplyReport::summary() const
{
    QStringList lines;
    for (const HardwareOutcome &o : outcomes) {
        if (!o.defined) {
            lines << Text::tr("%1 Not done: %2").arg(o.what, o.defineError);
            continue;
        }
        switch (o.live) {
        case HardwareOutcome::Live::NotRunning:
            lines << Text::tr("%1 Saved; the VM has it when it starts.").arg(o.what);
            break;
        case HardwareOutcome::Live::Applied:
            lines << Text::tr("%1 Done on the running VM and saved.").arg(o.what);
            break;
        case HardwareOutcome::Live::AfterRestart:
            lines << Text::tr("%1 Saved; takes effect after the VM is shut down and started again (%2).").arg(o.what, o.reason);
            break;
        case HardwareOutcome::Live::NotReleased:
            lines << Text::tr("%1 Saved; the guest has not released the device yet, so it stays in the running VM "
                              "until the guest lets it go or the VM is shut down (%2).").arg(o.what, o.reason);
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

namespace HardwareChanges {

Result<QString> applyToXml(const QString &xml, const QVector<HardwareChange> &changes)
{
    return DomainXml::apply(xml, [&changes](QDomDocument &doc) -> VoidResult {
        for (const HardwareChange &c : changes) {
            if (const VoidResult r = c.persistent(doc); !r)
                return r;
        }
        return {};
    });
}

HardwareChange setTitle(const QString &title)
{
    LiveOp live;
    live.kind = LiveOp::Kind::Metadata;
    live.metadataType = 0;
    live.text = title;
    return {[title](QDomDocument &doc) -> VoidResult {
                setChildText(doc.documentElement(), QStringLiteral("title"), title);
                return {};
            },
            live, Text::tr("Change the title.")};
}

HardwareChange setDescription(const QString &description)
{
    LiveOp live;
    live.kind = LiveOp::Kind::Metadata;
    live.metadataType = 1;
    live.text = description;
    return {[description](QDomDocument &doc) -> VoidResult {
                setChildText(doc.documentElement(), QStringLiteral("description"), description);
                return {};
            },
            live, Text::tr("Change the description.")};
}

HardwareChange setMachine(const QString &machine)
{
    return {[machine](QDomDocument &doc) -> VoidResult {
                ensureChild(root(doc, QStringLiteral("os")), QStringLiteral("type")).setAttribute(QStringLiteral("machine"), machine);
                return {};
            },
            restart(afterRestart()), Text::tr("Change the machine type to %1.").arg(machine)};
}

HardwareChange setFirmware(bool efi)
{
    return {[efi](QDomDocument &doc) -> VoidResult {
                QDomElement os = root(doc, QStringLiteral("os"));
                if (efi) {
                    os.setAttribute(QStringLiteral("firmware"), QStringLiteral("efi"));
                } else {
                    os.removeAttribute(QStringLiteral("firmware"));
                    for (const QString &tag : {QStringLiteral("loader"), QStringLiteral("nvram")})
                        if (QDomElement e = os.firstChildElement(tag); !e.isNull())
                            os.removeChild(e);
                }
                return {};
            },
            restart(afterRestart()), efi ? Text::tr("Boot with UEFI firmware.") : Text::tr("Boot with BIOS firmware.")};
}

HardwareChange setVcpuMaximum(int maximum, int current)
{
    current = qBound(1, current, maximum);
    return {[maximum, current](QDomDocument &doc) -> VoidResult {
                QDomElement vcpu = root(doc, QStringLiteral("vcpu"));
                setChildText(doc.documentElement(), QStringLiteral("vcpu"), QString::number(maximum));
                vcpu = doc.documentElement().firstChildElement(QStringLiteral("vcpu"));
                if (current == maximum)
                    vcpu.removeAttribute(QStringLiteral("current"));
                else
                    vcpu.setAttribute(QStringLiteral("current"), current);
                return {};
            },
            restart(Text::tr("The maximum number of virtual CPUs is fixed while the VM runs.")),
            Text::tr("Set the maximum number of virtual CPUs to %1.").arg(maximum)};
}

HardwareChange setVcpuCurrent(int current)
{
    LiveOp live;
    live.kind = LiveOp::Kind::SetVcpus;
    live.vcpus = current;
    return {[current](QDomDocument &doc) -> VoidResult {
                QDomElement vcpu = root(doc, QStringLiteral("vcpu"));
                if (vcpu.text().trimmed().toInt() == current)
                    vcpu.removeAttribute(QStringLiteral("current"));
                else
                    vcpu.setAttribute(QStringLiteral("current"), current);
                return {};
            },
            live, Text::tr("Set the number of virtual CPUs to %1.").arg(current)};
}

QString topologyError(int vcpus, int sockets, int cores, int threads)
{
    if (sockets == 0 && cores == 0 && threads == 0)
        return {};
    if (sockets < 1 || cores < 1 || threads < 1)
        return Text::tr("Sockets, cores and threads must each be at least 1.");
    if (sockets * cores * threads != vcpus)
        return Text::tr("%1 sockets × %2 cores × %3 threads make %4 CPUs, but the VM has a maximum of %5 virtual CPUs.")
            .arg(sockets).arg(cores).arg(threads).arg(sockets * cores * threads).arg(vcpus);
    return {};
}

HardwareChange setCpu(const QString &mode, const QString &model, int sockets, int cores, int threads)
{
    return {[=](QDomDocument &doc) -> VoidResult {
                QDomElement cpu = root(doc, QStringLiteral("cpu"));
                if (mode.isEmpty())
                    cpu.removeAttribute(QStringLiteral("mode"));
                else
                    cpu.setAttribute(QStringLiteral("mode"), mode);
                if (mode == QLatin1String("custom") && !model.isEmpty()) {
                    setChildText(cpu, QStringLiteral("model"), model);
                    cpu.firstChildElement(QStringLiteral("model")).setAttribute(QStringLiteral("fallback"), QStringLiteral("allow"));
                } else if (QDomElement m = cpu.firstChildElement(QStringLiteral("model")); !m.isNull()) {
                    cpu.removeChild(m);
                }
                if (mode != QLatin1String("custom"))
                    cpu.removeAttribute(QStringLiteral("match"));
                if (sockets > 0) {
                    QDomElement t = ensureChild(cpu, QStringLiteral("topology"));
                    t.setAttribute(QStringLiteral("sockets"), sockets);
                    t.setAttribute(QStringLiteral("dies"), 1);
                    t.setAttribute(QStringLiteral("cores"), cores);
                    t.setAttribute(QStringLiteral("threads"), threads);
                } else if (QDomElement t = cpu.firstChildElement(QStringLiteral("topology")); !t.isNull()) {
                    cpu.removeChild(t);
                }
                if (!cpu.hasChildNodes() && !cpu.hasAttributes())
                    doc.documentElement().removeChild(cpu);
                return {};
            },
            restart(afterRestart()), Text::tr("Change the CPU model and topology.")};
}

HardwareChange setMemoryMaximum(quint64 maximumKiB, quint64 currentKiB)
{
    return {[=](QDomDocument &doc) -> VoidResult {
                setChildText(doc.documentElement(), QStringLiteral("memory"), QString::number(maximumKiB));
                doc.documentElement().firstChildElement(QStringLiteral("memory")).setAttribute(QStringLiteral("unit"), QStringLiteral("KiB"));
                setChildText(doc.documentElement(), QStringLiteral("currentMemory"), QString::number(qMin(currentKiB, maximumKiB)));
                doc.documentElement().firstChildElement(QStringLiteral("currentMemory")).setAttribute(QStringLiteral("unit"), QStringLiteral("KiB"));
                return {};
            },
            restart(Text::tr("The maximum memory is fixed while the VM runs.")),
            Text::tr("Set the maximum memory to %1 MiB.").arg(maximumKiB / 1024)};
}

HardwareChange setMemoryCurrent(quint64 currentKiB)
{
    LiveOp live;
    live.kind = LiveOp::Kind::SetMemory;
    live.memoryKiB = currentKiB;
    return {[=](QDomDocument &doc) -> VoidResult {
                setChildText(doc.documentElement(), QStringLiteral("currentMemory"), QString::number(currentKiB));
                doc.documentElement().firstChildElement(QStringLiteral("currentMemory")).setAttribute(QStringLiteral("unit"), QStringLiteral("KiB"));
                return {};
            },
            live, Text::tr("Set the memory to %1 MiB.").arg(currentKiB / 1024)};
}

HardwareChange setBootOrder(const QVector<DeviceKey> &order, bool menu)
{
    return {[=](QDomDocument &doc) -> VoidResult {
                QDomElement os = root(doc, QStringLiteral("os"));
                for (QDomElement b = os.firstChildElement(QStringLiteral("boot")); !b.isNull(); b = os.firstChildElement(QStringLiteral("boot")))
                    os.removeChild(b);
                const QDomElement devices = doc.documentElement().firstChildElement(QStringLiteral("devices"));
                int taken = 0; // orders other devices (host devices) keep
                for (QDomElement d = devices.firstChildElement(); !d.isNull(); d = d.nextSiblingElement()) {
                    QDomElement b = d.firstChildElement(QStringLiteral("boot"));
                    if (b.isNull())
                        continue;
                    if (d.tagName() == QLatin1String("disk") || d.tagName() == QLatin1String("interface"))
                        d.removeChild(b);
                    else
                        taken = qMax(taken, b.attribute(QStringLiteral("order")).toInt());
                }
                int n = taken;
                for (const DeviceKey &key : order) {
                    QDomElement d = HardwareXml::find(doc, key);
                    if (d.isNull())
                        return gone();
                    ensureChild(d, QStringLiteral("boot")).setAttribute(QStringLiteral("order"), ++n);
                }
                if (menu)
                    ensureChild(os, QStringLiteral("bootmenu")).setAttribute(QStringLiteral("enable"), QStringLiteral("yes"));
                else if (QDomElement m = os.firstChildElement(QStringLiteral("bootmenu")); !m.isNull())
                    os.removeChild(m);
                return {};
            },
            restart(Text::tr("The boot order is read when the VM starts.")), Text::tr("Change the boot order.")};
}

HardwareChange setDirectKernel(const QString &kernel, const QString &initrd, const QString &cmdline, const QString &dtb)
{
    return {[=](QDomDocument &doc) -> VoidResult {
                QDomElement os = root(doc, QStringLiteral("os"));
                setChildText(os, QStringLiteral("kernel"), kernel);
                setChildText(os, QStringLiteral("initrd"), kernel.isEmpty() ? QString() : initrd);
                setChildText(os, QStringLiteral("cmdline"), kernel.isEmpty() ? QString() : cmdline);
                setChildText(os, QStringLiteral("dtb"), kernel.isEmpty() ? QString() : dtb);
                return {};
            },
            restart(Text::tr("The kernel is loaded when the VM starts.")),
            kernel.isEmpty() ? Text::tr("Turn direct kernel boot off.") : Text::tr("Boot the kernel %1 directly.").arg(kernel)};
}

HardwareChange addDevice(const QString &deviceXml, bool hotplug, const QString &what)
{
    LiveOp live = hotplug ? LiveOp{} : restart(Text::tr("This kind of device cannot be added while the VM runs."));
    if (hotplug) {
        live.kind = LiveOp::Kind::Attach;
        live.deviceXml = deviceXml;
    }
    return {[deviceXml](QDomDocument &doc) -> VoidResult {
                QDomDocument part;
                if (!part.setContent(deviceXml))
                    return Error{0, Text::tr("The new device's XML cannot be read.")};
                root(doc, QStringLiteral("devices")).appendChild(doc.importNode(part.documentElement(), true));
                return {};
            },
            live, what};
}

HardwareChange addDisk(const QDomDocument &doc, DeviceXml::DiskSpec spec)
{
    if (spec.target.isEmpty())
        spec.target = DeviceXml::nextTarget(doc, spec.bus);
    const QString what = spec.cdrom ? Text::tr("Add the CD-ROM drive %1.").arg(spec.target)
                                    : Text::tr("Add the disk %1.").arg(spec.target);
    return addDevice(DeviceXml::disk(spec), true, what);
}

HardwareChange addNic(DeviceXml::NicSpec spec)
{
    if (spec.mac.isEmpty()) {
        const quint32 r = QRandomGenerator::global()->generate();
        spec.mac = QStringLiteral("52:54:00:%1:%2:%3").arg(r & 0x7f, 2, 16, QLatin1Char('0'))
                       .arg((r >> 8) & 0xff, 2, 16, QLatin1Char('0')).arg((r >> 16) & 0xff, 2, 16, QLatin1Char('0'));
    }
    return addDevice(DeviceXml::nic(spec), true, Text::tr("Add the network interface %1.").arg(spec.mac.toLower()));
}

HardwareChange removeDevice(const QDomDocument &doc, const DeviceKey &key, bool hotplug, const QString &what)
{
    LiveOp live = restart(Text::tr("This kind of device cannot be removed while the VM runs."));
    if (hotplug) {
        live.kind = LiveOp::Kind::Detach;
        live.deviceXml = elementXml(HardwareXml::find(doc, key));
        live.key = key;
    }
    return {[key](QDomDocument &d) -> VoidResult {
                QDomElement e = HardwareXml::find(d, key);
                if (e.isNull())
                    return gone();
                e.parentNode().removeChild(e);
                return {};
            },
            live, what};
}

HardwareChange setMedia(const QDomDocument &doc, const DeviceKey &key, const QString &path)
{
    LiveOp live;
    live.kind = LiveOp::Kind::Update;
    live.deviceXml = editedCopy(doc, key, [&path](QDomElement e) { ::setMedia(e, path); });
    return {[key, path](QDomDocument &d) -> VoidResult {
                QDomElement e = HardwareXml::find(d, key);
                if (e.isNull())
                    return gone();
                ::setMedia(e, path);
                return {};
            },
            live, path.isEmpty() ? Text::tr("Eject the media of %1.").arg(key.id) : Text::tr("Insert %1 into %2.").arg(path, key.id)};
}

HardwareChange setLinkState(const QDomDocument &doc, const DeviceKey &key, bool up)
{
    LiveOp live;
    live.kind = LiveOp::Kind::Update;
    live.deviceXml = editedCopy(doc, key, [up](QDomElement e) { setLink(e, up); });
    return {[key, up](QDomDocument &d) -> VoidResult {
                QDomElement e = HardwareXml::find(d, key);
                if (e.isNull())
                    return gone();
                setLink(e, up);
                return {};
            },
            live, up ? Text::tr("Connect the link of %1.").arg(key.id) : Text::tr("Disconnect the link of %1.").arg(key.id)};
}

HardwareChange editDevice(const DeviceKey &key, const QVector<AttributeEdit> &edits, const QString &what)
{
    return {[key, edits](QDomDocument &d) -> VoidResult {
                const QDomElement device = HardwareXml::find(d, key);
                if (device.isNull())
                    return gone();
                for (const AttributeEdit &a : edits) {
                    QDomElement e = device;
                    for (const QString &tag : a.path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
                        e = a.value.isEmpty() ? e.firstChildElement(tag) : ensureChild(e, tag);
                    if (e.isNull())
                        continue;
                    if (a.value.isEmpty())
                        e.removeAttribute(a.name);
                    else
                        e.setAttribute(a.name, a.value);
                }
                return {};
            },
            restart(Text::tr("This device's settings are read when the VM starts.")), what};
}

} // namespace HardwareChanges
