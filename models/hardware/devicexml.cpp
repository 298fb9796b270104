#include "devicexml.h"

#include <QDomDocument>
#include <QSet>
#include <QXmlStreamWriter>

namespace {

// Writes one element with a writer, so values are escaped.
class Writer final
{
public:
    Writer() : m_w(&m_out) {}
    Writer &open(const QString &tag) { m_w.writeStartElement(tag); return *this; }
    Writer &a(const QString &name, const QString &value)
    {
        if (!value.isEmpty())
            m_w.writeAttribute(name, value);
        return *this;
    }
    Writer &text(const QString &t) { m_w.writeCharacters(t); return *this; }
    Writer &close() { m_w.writeEndElement(); return *this; }
    Writer &leaf(const QString &tag, const QString &name = {}, const QString &value = {})
    {
        m_w.writeEmptyElement(tag);
        if (!name.isEmpty())
            m_w.writeAttribute(name, value);
        return *this;
    }
    QString done() { m_w.writeEndDocument(); return m_out.trimmed(); }

private:
    QString m_out;
    QXmlStreamWriter m_w;
};

QString letters(int n) // 0 -> a, 25 -> z, 26 -> aa
{
    QString s;
    ++n;
    while (n > 0) {
        --n;
        s.prepend(QChar(u'a' + n % 26));
        n /= 26;
    }
    return s;
}

} // namespace

namespace DeviceXml {

QString targetPrefix(const QString &bus)
{
    if (bus == QLatin1String("virtio"))
        return QStringLiteral("vd");
    if (bus == QLatin1String("ide"))
        return QStringLiteral("hd");
    if (bus == QLatin1String("fdc"))
        return QStringLiteral("fd");
    return QStringLiteral("sd"); // sata, scsi, usb
}

QString nextTarget(const QDomDocument &doc, const QString &bus)
{
    QSet<QString> used;
    const QDomElement devices = doc.documentElement().firstChildElement(QStringLiteral("devices"));
    for (QDomElement d = devices.firstChildElement(QStringLiteral("disk")); !d.isNull(); d = d.nextSiblingElement(QStringLiteral("disk")))
        used.insert(d.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev")));
    const QString prefix = targetPrefix(bus);
    for (int i = 0;; ++i) {
        const QString name = prefix + letters(i);
        if (!used.contains(name))
            return name;
    }
}

QString disk(const DiskSpec &s)
{
    Writer w;
    const char *type = s.source == DiskSpec::Source::Block ? "block" : s.source == DiskSpec::Source::Volume ? "volume" : "file";
    w.open(QStringLiteral("disk")).a(QStringLiteral("type"), QLatin1String(type))
        .a(QStringLiteral("device"), s.cdrom ? QStringLiteral("cdrom") : QStringLiteral("disk"));
    w.open(QStringLiteral("driver")).a(QStringLiteral("name"), QStringLiteral("qemu")).a(QStringLiteral("type"), s.format)
        .a(QStringLiteral("cache"), s.cache).a(QStringLiteral("discard"), s.discard).close();
    if (s.source == DiskSpec::Source::Volume)
        w.open(QStringLiteral("source")).a(QStringLiteral("pool"), s.pool).a(QStringLiteral("volume"), s.volume).close();
    else if (!s.path.isEmpty())
        w.leaf(QStringLiteral("source"), s.source == DiskSpec::Source::Block ? QStringLiteral("dev") : QStringLiteral("file"), s.path);
    w.open(QStringLiteral("target")).a(QStringLiteral("dev"), s.target).a(QStringLiteral("bus"), s.bus).close();
    if (s.readOnly || s.cdrom)
        w.leaf(QStringLiteral("readonly"));
    return w.close().done();
}

QString nic(const NicSpec &s)
{
    Writer w;
    static const char *types[] = {"network", "bridge", "direct", "user"};
    w.open(QStringLiteral("interface")).a(QStringLiteral("type"), QLatin1String(types[int(s.source)]));
    if (!s.mac.isEmpty())
        w.leaf(QStringLiteral("mac"), QStringLiteral("address"), s.mac.toLower());
    switch (s.source) {
    case NicSpec::Source::Network:
        w.leaf(QStringLiteral("source"), QStringLiteral("network"), s.name);
        break;
    case NicSpec::Source::Bridge:
        w.leaf(QStringLiteral("source"), QStringLiteral("bridge"), s.name);
        break;
    case NicSpec::Source::Direct:
        w.open(QStringLiteral("source")).a(QStringLiteral("dev"), s.name).a(QStringLiteral("mode"), s.mode).close();
        break;
    case NicSpec::Source::User:
        break;
    }
    if (!s.model.isEmpty())
        w.leaf(QStringLiteral("model"), QStringLiteral("type"), s.model);
    return w.close().done();
}

QString graphics(const QString &type, const QString &listen)
{
    Writer w;
    w.open(QStringLiteral("graphics")).a(QStringLiteral("type"), type).a(QStringLiteral("autoport"), QStringLiteral("yes"));
    if (!listen.isEmpty())
        w.a(QStringLiteral("listen"), listen).open(QStringLiteral("listen")).a(QStringLiteral("type"), QStringLiteral("address"))
            .a(QStringLiteral("address"), listen).close();
    return w.close().done();
}

QString video(const QString &model)
{
    Writer w;
    w.open(QStringLiteral("video")).leaf(QStringLiteral("model"), QStringLiteral("type"), model);
    return w.close().done();
}

QString sound(const QString &model)
{
    Writer w;
    return w.open(QStringLiteral("sound")).a(QStringLiteral("model"), model).close().done();
}

QString input(const QString &type, const QString &bus)
{
    Writer w;
    return w.open(QStringLiteral("input")).a(QStringLiteral("type"), type).a(QStringLiteral("bus"), bus).close().done();
}

QString serial(const QString &tag, const QString &targetType)
{
    Writer w;
    w.open(tag).a(QStringLiteral("type"), QStringLiteral("pty"));
    if (!targetType.isEmpty())
        w.leaf(QStringLiteral("target"), QStringLiteral("type"), targetType);
    return w.close().done();
}

QString tpm(const QString &model)
{
    Writer w;
    w.open(QStringLiteral("tpm")).a(QStringLiteral("model"), model);
    w.open(QStringLiteral("backend")).a(QStringLiteral("type"), QStringLiteral("emulator")).a(QStringLiteral("version"), QStringLiteral("2.0")).close();
    return w.close().done();
}

QString watchdog(const QString &model, const QString &action)
{
    Writer w;
    return w.open(QStringLiteral("watchdog")).a(QStringLiteral("model"), model).a(QStringLiteral("action"), action).close().done();
}

QString rng()
{
    Writer w;
    w.open(QStringLiteral("rng")).a(QStringLiteral("model"), QStringLiteral("virtio"));
    w.open(QStringLiteral("backend")).a(QStringLiteral("model"), QStringLiteral("random")).text(QStringLiteral("/dev/urandom")).close();
    return w.close().done();
}

QString usbRedirection()
{
    Writer w;
    return w.open(QStringLiteral("redirdev")).a(QStringLiteral("bus"), QStringLiteral("usb")).a(QStringLiteral("type"), QStringLiteral("spicevmc")).close().done();
}

} // namespace DeviceXml
