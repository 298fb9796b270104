#include "hardwareinfo.h"

#include "domainxml.h"

#include <QDomDocument>

namespace {

QDomElement child(const QDomElement &e, const QString &path)
{
    QDomElement c = e;
    for (const QString &tag : path.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        c = c.firstChildElement(tag);
    return c;
}

QString attr(const QDomElement &e, const QString &path, const QString &name)
{
    return child(e, path).attribute(name);
}

quint64 toKiB(const QDomElement &e)
{
    if (e.isNull())
        return 0;
    const quint64 value = e.text().trimmed().toULongLong();
    const QString unit = e.attribute(QStringLiteral("unit"), QStringLiteral("KiB")).toLower();
    if (unit == QLatin1String("b") || unit == QLatin1String("bytes"))
        return value / 1024;
    if (unit == QLatin1String("m") || unit == QLatin1String("mib"))
        return value * 1024;
    if (unit == QLatin1String("g") || unit == QLatin1String("gib"))
        return value * 1024 * 1024;
    if (unit == QLatin1String("t") || unit == QLatin1String("tib"))
        return value * 1024 * 1024 * 1024;
    if (unit == QLatin1String("mb"))
        return value * 1000 * 1000 / 1024;
    if (unit == QLatin1String("gb"))
        return value * 1000 * 1000 * 1000 / 1024;
    return value; // k, KiB
}

DiskInfo parseDisk(const QDomElement &e)
{
    DiskInfo d;
    d.key = HardwareXml::keyOf(e);
    d.type = e.attribute(QStringLiteral("type"), QStringLiteral("file"));
    d.device = e.attribute(QStringLiteral("device"), QStringLiteral("disk"));
    const QDomElement source = e.firstChildElement(QStringLiteral("source"));
    if (d.type == QLatin1String("volume"))
        d.source = source.isNull() ? QString()
                                   : source.attribute(QStringLiteral("pool")) + QLatin1Char('/') + source.attribute(QStringLiteral("volume"));
    else if (d.type == QLatin1String("block"))
        d.source = source.attribute(QStringLiteral("dev"));
    else if (d.type == QLatin1String("network"))
        d.source = source.attribute(QStringLiteral("name"));
    else
        d.source = source.attribute(QStringLiteral("file"));
    d.bus = attr(e, QStringLiteral("target"), QStringLiteral("bus"));
    d.target = attr(e, QStringLiteral("target"), QStringLiteral("dev"));
    d.format = attr(e, QStringLiteral("driver"), QStringLiteral("type"));
    d.cache = attr(e, QStringLiteral("driver"), QStringLiteral("cache"));
    d.discard = attr(e, QStringLiteral("driver"), QStringLiteral("discard"));
    d.readOnly = !e.firstChildElement(QStringLiteral("readonly")).isNull();
    d.bootOrder = attr(e, QStringLiteral("boot"), QStringLiteral("order")).toInt();
    return d;
}

NicInfo parseNic(const QDomElement &e)
{
    NicInfo n;
    n.key = HardwareXml::keyOf(e);
    n.type = e.attribute(QStringLiteral("type"));
    const QDomElement source = e.firstChildElement(QStringLiteral("source"));
    if (n.type == QLatin1String("network"))
        n.source = source.attribute(QStringLiteral("network"));
    else if (n.type == QLatin1String("bridge"))
        n.source = source.attribute(QStringLiteral("bridge"));
    else if (n.type == QLatin1String("direct")) {
        n.source = source.attribute(QStringLiteral("dev"));
        n.mode = source.attribute(QStringLiteral("mode"));
    }
    n.model = attr(e, QStringLiteral("model"), QStringLiteral("type"));
    n.mac = attr(e, QStringLiteral("mac"), QStringLiteral("address"));
    n.linkUp = attr(e, QStringLiteral("link"), QStringLiteral("state")) != QLatin1String("down");
    n.bootOrder = attr(e, QStringLiteral("boot"), QStringLiteral("order")).toInt();
    return n;
}

SimpleDevice parseSimple(const QDomElement &e)
{
    SimpleDevice s;
    s.key = HardwareXml::keyOf(e);
    const QString tag = e.tagName();
    if (tag == QLatin1String("graphics")) {
        s.type = e.attribute(QStringLiteral("type"));
        s.detail = e.attribute(QStringLiteral("listen"));
        if (s.detail.isEmpty())
            s.detail = attr(e, QStringLiteral("listen"), QStringLiteral("address"));
        s.secret = e.hasAttribute(QStringLiteral("passwd"));
    } else if (tag == QLatin1String("video")) {
        s.model = attr(e, QStringLiteral("model"), QStringLiteral("type"));
        s.detail = attr(e, QStringLiteral("model"), QStringLiteral("vram"));
    } else if (tag == QLatin1String("sound") || tag == QLatin1String("watchdog")) {
        s.model = e.attribute(QStringLiteral("model"));
        s.detail = e.attribute(QStringLiteral("action"));
    } else if (tag == QLatin1String("input")) {
        s.type = e.attribute(QStringLiteral("type"));
        s.model = e.attribute(QStringLiteral("bus"));
    } else if (tag == QLatin1String("serial") || tag == QLatin1String("console")) {
        s.type = e.attribute(QStringLiteral("type"));
        s.detail = attr(e, QStringLiteral("target"), QStringLiteral("type"));
    } else if (tag == QLatin1String("tpm")) {
        s.model = e.attribute(QStringLiteral("model"));
        s.type = attr(e, QStringLiteral("backend"), QStringLiteral("type"));
        s.detail = attr(e, QStringLiteral("backend"), QStringLiteral("version"));
    } else if (tag == QLatin1String("rng")) {
        s.model = e.attribute(QStringLiteral("model"));
        s.type = attr(e, QStringLiteral("backend"), QStringLiteral("model"));
        s.detail = child(e, QStringLiteral("backend")).text().trimmed();
    } else if (tag == QLatin1String("redirdev")) {
        s.type = e.attribute(QStringLiteral("type"));
        s.model = e.attribute(QStringLiteral("bus"));
    }
    return s;
}

} // namespace

namespace HardwareXml {

QStringList simpleTags()
{
    return {QStringLiteral("graphics"), QStringLiteral("video"),    QStringLiteral("sound"), QStringLiteral("input"),
            QStringLiteral("serial"),   QStringLiteral("console"),  QStringLiteral("tpm"),   QStringLiteral("watchdog"),
            QStringLiteral("rng"),      QStringLiteral("redirdev")};
}

DeviceKey keyOf(const QDomElement &device)
{
    DeviceKey key;
    key.tag = device.tagName();
    if (key.tag == QLatin1String("disk"))
        key.id = attr(device, QStringLiteral("target"), QStringLiteral("dev"));
    else if (key.tag == QLatin1String("interface"))
        key.id = attr(device, QStringLiteral("mac"), QStringLiteral("address")).toLower();
    if (key.id.isEmpty()) {
        int i = 0;
        for (QDomElement e = device.previousSiblingElement(key.tag); !e.isNull(); e = e.previousSiblingElement(key.tag))
            ++i;
        key.ordinal = i;
    }
    return key;
}

QDomElement find(const QDomDocument &doc, const DeviceKey &key)
{
    const QDomElement devices = doc.documentElement().firstChildElement(QStringLiteral("devices"));
    int i = 0;
    for (QDomElement e = devices.firstChildElement(key.tag); !e.isNull(); e = e.nextSiblingElement(key.tag), ++i) {
        if (key.id.isEmpty() ? i == key.ordinal : keyOf(e).id.compare(key.id, Qt::CaseInsensitive) == 0)
            return e;
    }
    return {};
}

bool parse(const QString &xml, HardwareInfo *info, QString *error)
{
    QDomDocument doc;
    if (const QString e = DomainXml::load(xml, &doc); !e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    *info = HardwareInfo();
    const QDomElement root = doc.documentElement();
    OverviewInfo &o = info->overview;
    o.name = child(root, QStringLiteral("name")).text();
    o.uuid = child(root, QStringLiteral("uuid")).text();
    o.title = child(root, QStringLiteral("title")).text();
    o.description = child(root, QStringLiteral("description")).text();
    const QDomElement os = root.firstChildElement(QStringLiteral("os"));
    o.arch = attr(os, QStringLiteral("type"), QStringLiteral("arch"));
    o.machine = attr(os, QStringLiteral("type"), QStringLiteral("machine"));
    const bool efi = os.attribute(QStringLiteral("firmware")) == QLatin1String("efi")
                     || attr(os, QStringLiteral("loader"), QStringLiteral("type")) == QLatin1String("pflash");
    o.firmware = efi ? QStringLiteral("efi") : QStringLiteral("bios");

    CpuInfo &c = info->cpu;
    const QDomElement vcpu = root.firstChildElement(QStringLiteral("vcpu"));
    c.maximum = qMax(1, vcpu.text().trimmed().toInt());
    c.current = vcpu.attribute(QStringLiteral("current"), QString::number(c.maximum)).toInt();
    const QDomElement cpu = root.firstChildElement(QStringLiteral("cpu"));
    if (!cpu.isNull()) {
        c.mode = cpu.attribute(QStringLiteral("mode"), QStringLiteral("custom"));
        c.model = child(cpu, QStringLiteral("model")).text().trimmed();
        const QDomElement topo = cpu.firstChildElement(QStringLiteral("topology"));
        c.sockets = topo.attribute(QStringLiteral("sockets")).toInt();
        c.cores = topo.attribute(QStringLiteral("cores")).toInt();
        c.threads = topo.attribute(QStringLiteral("threads")).toInt();
    }

    MemoryInfo &m = info->memory;
    m.maximumKiB = toKiB(root.firstChildElement(QStringLiteral("memory")));
    const QDomElement current = root.firstChildElement(QStringLiteral("currentMemory"));
    m.currentKiB = current.isNull() ? m.maximumKiB : toKiB(current);

    BootInfo &b = info->boot;
    for (QDomElement e = os.firstChildElement(QStringLiteral("boot")); !e.isNull(); e = e.nextSiblingElement(QStringLiteral("boot")))
        b.osBootDevices << e.attribute(QStringLiteral("dev"));
    b.menu = attr(os, QStringLiteral("bootmenu"), QStringLiteral("enable")) == QLatin1String("yes");
    b.kernel = child(os, QStringLiteral("kernel")).text();
    b.initrd = child(os, QStringLiteral("initrd")).text();
    b.cmdline = child(os, QStringLiteral("cmdline")).text();
    b.dtb = child(os, QStringLiteral("dtb")).text();

    const QStringList simple = simpleTags();
    const QDomElement devices = root.firstChildElement(QStringLiteral("devices"));
    for (QDomElement e = devices.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        const QString tag = e.tagName();
        if (tag == QLatin1String("disk"))
            info->disks << parseDisk(e);
        else if (tag == QLatin1String("interface") && e.attribute(QStringLiteral("type")) != QLatin1String("hostdev"))
            info->nics << parseNic(e);
        else if (tag == QLatin1String("memballoon"))
            m.balloon = e.attribute(QStringLiteral("model")) != QLatin1String("none");
        else if (tag == QLatin1String("hostdev"))
            ++info->hostdevCount;
        else if (simple.contains(tag))
            info->others << parseSimple(e);
    }
    return true;
}

} // namespace HardwareXml
