#include "domaindescription.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace {

quint64 toKiB(quint64 value, QStringView unit)
{
    const QString u = unit.toString().toLower();
    if (u.isEmpty() || u == u"kib" || u == u"k")
        return value;
    if (u == u"b" || u == u"bytes")
        return value / 1024;
    if (u == u"kb")
        return value * 1000 / 1024;
    if (u == u"mib" || u == u"m")
        return value * 1024;
    if (u == u"mb")
        return value * 1000 * 1000 / 1024;
    if (u == u"gib" || u == u"g")
        return value * 1024 * 1024;
    if (u == u"gb")
        return value * 1000 * 1000 * 1000 / 1024;
    if (u == u"tib" || u == u"t")
        return value * 1024 * 1024 * 1024;
    return value;
}

QString sourceOf(const QXmlStreamAttributes &attrs)
{
    for (const char *key : {"file", "dev", "dir", "name", "volume"}) {
        const QString v = attrs.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

// Reads <backingStore> elements recursively; the reader sits on a backingStore start.
void readBackingStore(QXmlStreamReader &xml, QVector<DiskImage> *chain)
{
    DiskImage image;
    bool nested = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            image.path = sourceOf(xml.attributes());
            xml.skipCurrentElement();
        } else if (xml.name() == u"format") {
            image.format = xml.attributes().value(QLatin1String("type")).toString();
            xml.skipCurrentElement();
        } else if (xml.name() == u"backingStore") {
            if (!image.path.isEmpty())
                chain->append(image);
            nested = true;
            readBackingStore(xml, chain);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!nested && !image.path.isEmpty())
        chain->append(image);
}

DiskDescription readDisk(QXmlStreamReader &xml)
{
    DiskDescription disk;
    disk.device = xml.attributes().value(QLatin1String("device")).toString();
    if (disk.device.isEmpty())
        disk.device = QStringLiteral("disk");
    disk.sourceType = xml.attributes().value(QLatin1String("type")).toString();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        const auto attrs = xml.attributes();
        if (name == u"source") {
            disk.source = sourceOf(attrs);
            disk.pool = attrs.value(QLatin1String("pool")).toString();
            disk.volume = attrs.value(QLatin1String("volume")).toString();
            xml.skipCurrentElement();
        } else if (name == u"driver") {
            disk.format = attrs.value(QLatin1String("type")).toString();
            xml.skipCurrentElement();
        } else if (name == u"target") {
            disk.target = attrs.value(QLatin1String("dev")).toString();
            disk.bus = attrs.value(QLatin1String("bus")).toString();
            xml.skipCurrentElement();
        } else if (name == u"readonly") {
            disk.readOnly = true;
            xml.skipCurrentElement();
        } else if (name == u"shareable") {
            disk.shareable = true;
            xml.skipCurrentElement();
        } else if (name == u"backingStore") {
            readBackingStore(xml, &disk.backingChain);
        } else {
            xml.skipCurrentElement();
        }
    }
    return disk;
}

GraphicsDescription readGraphics(QXmlStreamReader &xml)
{
    GraphicsDescription g;
    const auto attrs = xml.attributes();
    g.type = attrs.value(QLatin1String("type")).toString();
    bool okPort = false;
    const int port = attrs.value(QLatin1String("port")).toInt(&okPort);
    g.port = okPort ? port : -1;
    const int tlsPort = attrs.value(QLatin1String("tlsPort")).toInt(&okPort);
    g.tlsPort = okPort ? tlsPort : -1;
    g.autoport = attrs.value(QLatin1String("autoport")) == u"yes";
    g.listen = attrs.value(QLatin1String("listen")).toString();
    g.socket = attrs.value(QLatin1String("socket")).toString();
    g.hasPassword = attrs.hasAttribute(QLatin1String("passwd"));
    g.password = attrs.value(QLatin1String("passwd")).toString();
    g.keymap = attrs.value(QLatin1String("keymap")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"listen") {
            const auto la = xml.attributes();
            if (g.listen.isEmpty())
                g.listen = la.value(QLatin1String("address")).toString();
            if (g.socket.isEmpty())
                g.socket = la.value(QLatin1String("socket")).toString();
        }
        xml.skipCurrentElement();
    }
    return g;
}

InterfaceDescription readInterface(QXmlStreamReader &xml)
{
    InterfaceDescription nic;
    nic.type = xml.attributes().value(QLatin1String("type")).toString();
    while (xml.readNextStartElement()) {
        const auto attrs = xml.attributes();
        if (xml.name() == u"source")
            nic.source = sourceOf(attrs).isEmpty()
                             ? (attrs.value(QLatin1String("bridge")).isEmpty() ? attrs.value(QLatin1String("network")).toString()
                                                                  : attrs.value(QLatin1String("bridge")).toString())
                             : sourceOf(attrs);
        else if (xml.name() == u"model")
            nic.model = attrs.value(QLatin1String("type")).toString();
        else if (xml.name() == u"mac")
            nic.mac = attrs.value(QLatin1String("address")).toString();
        xml.skipCurrentElement();
    }
    return nic;
}

void readOs(QXmlStreamReader &xml, DomainDescription *d)
{
    d->firmware = xml.attributes().value(QLatin1String("firmware")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"type") {
            d->arch = xml.attributes().value(QLatin1String("arch")).toString();
            d->machine = xml.attributes().value(QLatin1String("machine")).toString();
            d->osType = xml.readElementText();
        } else {
            if (xml.name() == u"loader" && d->firmware.isEmpty()
                && xml.attributes().value(QLatin1String("type")) == u"pflash")
                d->firmware = QStringLiteral("efi");
            xml.skipCurrentElement();
        }
    }
}

void readDevices(QXmlStreamReader &xml, DomainDescription *d)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"disk")
            d->disks.append(readDisk(xml));
        else if (xml.name() == u"graphics")
            d->graphics.append(readGraphics(xml));
        else if (xml.name() == u"interface")
            d->interfaces.append(readInterface(xml));
        else if (xml.name() == u"emulator")
            d->emulator = xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

} // namespace

bool parseDomainXml(const QString &text, DomainDescription *out, QString *errorMessage)
{
    QXmlStreamReader xml(text);
    DomainDescription d;
    if (!xml.readNextStartElement() || xml.name() != u"domain") {
        if (errorMessage)
            *errorMessage = xml.hasError() ? xml.errorString() : QStringLiteral("not a <domain> document");
        return false;
    }
    d.domainType = xml.attributes().value(QLatin1String("type")).toString();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"name") {
            d.name = xml.readElementText();
        } else if (name == u"uuid") {
            d.uuid = xml.readElementText();
        } else if (name == u"title") {
            d.title = xml.readElementText();
        } else if (name == u"description") {
            d.description = xml.readElementText();
        } else if (name == u"memory" || name == u"currentMemory") {
            const QString unit = xml.attributes().value(QLatin1String("unit")).toString();
            const quint64 v = toKiB(xml.readElementText().trimmed().toULongLong(), unit);
            if (name == u"currentMemory" || d.memoryKiB == 0)
                d.memoryKiB = v;
        } else if (name == u"vcpu") {
            const QString current = xml.attributes().value(QLatin1String("current")).toString();
            const int max = xml.readElementText().trimmed().toInt();
            d.vcpus = current.isEmpty() ? max : current.toInt();
        } else if (name == u"os") {
            readOs(xml, &d);
        } else if (name == u"devices") {
            readDevices(xml, &d);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        if (errorMessage)
            *errorMessage = xml.errorString();
        return false;
    }
    *out = std::move(d);
    return true;
}

QString parseVolumeBackingPath(const QString &volumeXml)
{
    QXmlStreamReader xml(volumeXml);
    if (!xml.readNextStartElement() || xml.name() != u"volume")
        return {};
    while (xml.readNextStartElement()) {
        if (xml.name() == u"backingStore") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"path")
                    return xml.readElementText().trimmed();
                xml.skipCurrentElement();
            }
            return {};
        }
        xml.skipCurrentElement();
    }
    return {};
}

QVector<DiskImage> parseQemuImgChain(const QByteArray &json)
{
    QVector<DiskImage> chain;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonArray layers = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    for (const QJsonValue &layer : layers) {
        const QJsonObject o = layer.toObject();
        const QString path = o.value(QLatin1String("filename")).toString();
        if (!path.isEmpty()) {
            DiskImage img{path, o.value(QLatin1String("format")).toString(), {}};
            img.virtualSize = qint64(o.value(QLatin1String("virtual-size")).toDouble(-1));
            img.actualSize = qint64(o.value(QLatin1String("actual-size")).toDouble(-1));
            chain.append(img);
        }
    }
    return chain;
}
