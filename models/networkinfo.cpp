#include "networkinfo.h"

#include <QDomDocument>
#include <QXmlStreamReader>

bool parseNetworkXml(const QString &xml, NetworkInfo *out)
{
    QXmlStreamReader r(xml);
    if (!r.readNextStartElement() || r.name() != u"network")
        return false;
    NetworkInfo n;
    while (r.readNextStartElement()) {
        if (r.name() == u"name") {
            n.name = r.readElementText().trimmed();
        } else if (r.name() == u"forward") {
            const QString mode = r.attributes().value(QLatin1String("mode")).toString();
            n.forwardMode = mode.isEmpty() ? QStringLiteral("nat") : mode;
            r.skipCurrentElement();
        } else {
            r.skipCurrentElement();
        }
    }
    if (r.hasError())
        return false;
    out->name = n.name;
    out->forwardMode = n.forwardMode;
    return true;
}

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
    return true;
}
