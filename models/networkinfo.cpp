#include "networkinfo.h"

#include <QDomDocument>
#include <QFile>
#include <QXmlStreamWriter>

bool parseNetworkXml(const QString &xml, NetworkInfo *out)
{
    QDomDocument doc;
    if (!doc.setContent(xml))
        return false;
    const QDomElement root = doc.documentElement();
    if (root.tagName() != QLatin1String("network"))
        return false;
    NetworkInfo n;
    n.active = out->active;
    n.autostart = out->autostart;
    n.persistent = out->persistent;
    n.name = root.firstChildElement(QStringLiteral("name")).text().trimmed();
    n.uuid = root.firstChildElement(QStringLiteral("uuid")).text().trimmed();
    const QDomElement forward = root.firstChildElement(QStringLiteral("forward"));
    if (!forward.isNull()) {
        const QString mode = forward.attribute(QStringLiteral("mode"));
        n.forwardMode = mode.isEmpty() ? QStringLiteral("nat") : mode;
        n.forwardDev = forward.attribute(QStringLiteral("dev"));
        n.pfDev = forward.firstChildElement(QStringLiteral("pf")).attribute(QStringLiteral("dev"));
    }
    n.bridge = root.firstChildElement(QStringLiteral("bridge")).attribute(QStringLiteral("name"));
    for (QDomElement ip = root.firstChildElement(QStringLiteral("ip")); !ip.isNull(); ip = ip.nextSiblingElement(QStringLiteral("ip"))) {
        const QString family = ip.attribute(QStringLiteral("family"), QStringLiteral("ipv4"));
        if (family != QLatin1String("ipv4") || !n.ipv4Address.isEmpty())
            continue;
        n.ipv4Address = ip.attribute(QStringLiteral("address"));
        if (ip.hasAttribute(QStringLiteral("prefix"))) {
            n.ipv4Prefix = ip.attribute(QStringLiteral("prefix")).toInt();
        } else if (ip.hasAttribute(QStringLiteral("netmask"))) {
            quint32 mask = 0;
            if (Subnet::parse(ip.attribute(QStringLiteral("netmask")), &mask))
                n.ipv4Prefix = qPopulationCount(mask);
        }
        const QDomElement range = ip.firstChildElement(QStringLiteral("dhcp")).firstChildElement(QStringLiteral("range"));
        n.dhcpStart = range.attribute(QStringLiteral("start"));
        n.dhcpEnd = range.attribute(QStringLiteral("end"));
    }
    *out = n;
    return true;
}

QString networkXml(const NetworkSpec &spec)
{
    using Mode = NetworkSpec::Mode;
    QString xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartElement(QStringLiteral("network"));
    w.writeTextElement(QStringLiteral("name"), spec.name);
    switch (spec.mode) {
    case Mode::Nat:
    case Mode::Routed:
    case Mode::Open:
        w.writeStartElement(QStringLiteral("forward"));
        w.writeAttribute(QStringLiteral("mode"), spec.mode == Mode::Nat ? QStringLiteral("nat")
                                                 : spec.mode == Mode::Routed ? QStringLiteral("route")
                                                                             : QStringLiteral("open"));
        if (spec.mode != Mode::Open && !spec.forwardDev.isEmpty())
            w.writeAttribute(QStringLiteral("dev"), spec.forwardDev);
        w.writeEndElement();
        break;
    case Mode::Bridge:
        w.writeEmptyElement(QStringLiteral("forward"));
        w.writeAttribute(QStringLiteral("mode"), QStringLiteral("bridge"));
        break;
    case Mode::HostdevPool:
        w.writeStartElement(QStringLiteral("forward"));
        w.writeAttribute(QStringLiteral("mode"), QStringLiteral("hostdev"));
        w.writeAttribute(QStringLiteral("managed"), QStringLiteral("yes"));
        w.writeEmptyElement(QStringLiteral("pf"));
        w.writeAttribute(QStringLiteral("dev"), spec.pfDev);
        w.writeEndElement();
        break;
    case Mode::Isolated:
        break;
    }
    if (spec.mode == Mode::Bridge || !spec.bridge.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("bridge"));
        w.writeAttribute(QStringLiteral("name"), spec.bridge);
        if (spec.mode != Mode::Bridge) {
            w.writeAttribute(QStringLiteral("stp"), QStringLiteral("on"));
            w.writeAttribute(QStringLiteral("delay"), QStringLiteral("0"));
        }
    }
    if (NetworkSpec::hasIp(spec.mode) && !spec.ipv4Address.isEmpty()) {
        w.writeStartElement(QStringLiteral("ip"));
        w.writeAttribute(QStringLiteral("address"), spec.ipv4Address);
        w.writeAttribute(QStringLiteral("prefix"), QString::number(spec.ipv4Prefix));
        if (spec.dhcp && !spec.dhcpStart.isEmpty()) {
            w.writeStartElement(QStringLiteral("dhcp"));
            w.writeEmptyElement(QStringLiteral("range"));
            w.writeAttribute(QStringLiteral("start"), spec.dhcpStart);
            w.writeAttribute(QStringLiteral("end"), spec.dhcpEnd);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

namespace Subnet {

bool parse(const QString &address, quint32 *out)
{
    const QStringList parts = address.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    quint32 v = 0;
    for (const QString &p : parts) {
        bool ok = false;
        const uint octet = p.toUInt(&ok);
        if (!ok || octet > 255 || p.isEmpty())
            return false;
        v = (v << 8) | octet;
    }
    *out = v;
    return true;
}

QString format(quint32 a)
{
    return QStringLiteral("%1.%2.%3.%4").arg(a >> 24).arg((a >> 16) & 255).arg((a >> 8) & 255).arg(a & 255);
}

static quint32 maskOf(int prefix)
{
    return prefix <= 0 ? 0 : prefix >= 32 ? 0xffffffffu : ~((1u << (32 - prefix)) - 1);
}

bool overlaps(const QString &a, int prefixA, const QString &b, int prefixB)
{
    quint32 x = 0, y = 0;
    if (!parse(a, &x) || !parse(b, &y))
        return false;
    const quint32 mask = maskOf(qMin(prefixA, prefixB));
    return (x & mask) == (y & mask);
}

bool contains(const QString &net, int prefix, const QString &address)
{
    return overlaps(net, prefix, address, 32);
}

bool derive(const QString &address, int prefix, QString *host, QString *dhcpStart, QString *dhcpEnd)
{
    quint32 a = 0;
    if (prefix < 8 || prefix > 30 || !parse(address, &a))
        return false;
    const quint32 mask = maskOf(prefix);
    const quint32 net = a & mask;
    const quint32 broadcast = net | ~mask;
    *host = format(net + 1);
    *dhcpStart = format(net + 2);
    *dhcpEnd = format(broadcast - 1);
    return true;
}

} // namespace Subnet

bool parseHostInterfaceXml(const QString &xml, HostInterfaceInfo *out)
{
    QDomDocument doc;
    if (!doc.setContent(xml))
        return false;
    const QDomElement root = doc.documentElement();
    if (root.tagName() != QLatin1String("interface"))
        return false;
    out->type = root.attribute(QStringLiteral("type"));
    if (out->name.isEmpty())
        out->name = root.attribute(QStringLiteral("name"));
    const QString mac = root.firstChildElement(QStringLiteral("mac")).attribute(QStringLiteral("address"));
    if (!mac.isEmpty())
        out->mac = mac;
    for (QDomElement p = root.firstChildElement(QStringLiteral("protocol")); !p.isNull();
         p = p.nextSiblingElement(QStringLiteral("protocol"))) {
        const bool v6 = p.attribute(QStringLiteral("family")) == QLatin1String("ipv6");
        for (QDomElement ip = p.firstChildElement(QStringLiteral("ip")); !ip.isNull(); ip = ip.nextSiblingElement(QStringLiteral("ip"))) {
            QString a = ip.attribute(QStringLiteral("address"));
            if (ip.hasAttribute(QStringLiteral("prefix")))
                a += QLatin1Char('/') + ip.attribute(QStringLiteral("prefix"));
            if (!a.isEmpty())
                (v6 ? out->ipv6 : out->ipv4) << a;
        }
    }
    const QDomElement bridge = root.firstChildElement(QStringLiteral("bridge"));
    for (QDomElement m = bridge.firstChildElement(QStringLiteral("interface")); !m.isNull();
         m = m.nextSiblingElement(QStringLiteral("interface")))
        out->members << m.attribute(QStringLiteral("name"));
    return true;
}

QString localDistribution()
{
    QFile f(QStringLiteral("/etc/os-release"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString id, like;
    for (const QByteArray &raw : f.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const int eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        QString value = line.mid(eq + 1);
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))))
            value = value.mid(1, value.size() - 2);
        if (line.startsWith(QLatin1String("ID=")))
            id = value;
        else if (line.startsWith(QLatin1String("ID_LIKE=")))
            like = value;
    }
    return (id + QLatin1Char(' ') + like).trimmed().toLower();
}
