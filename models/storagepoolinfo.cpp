#include "storagepoolinfo.h"

#include <QDomDocument>

bool parseStoragePoolXml(const QString &xml, StoragePoolInfo *out)
{
    QDomDocument doc;
    if (!doc.setContent(xml))
        return false;
    const QDomElement root = doc.documentElement();
    if (root.tagName() != QLatin1String("pool"))
        return false;
    out->type = root.attribute(QStringLiteral("type"));
    if (out->name.isEmpty())
        out->name = root.firstChildElement(QStringLiteral("name")).text();
    out->targetPath = root.firstChildElement(QStringLiteral("target")).firstChildElement(QStringLiteral("path")).text();
    return true;
}

QString parseVolumeFormat(const QString &xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml))
        return {};
    return doc.documentElement()
        .firstChildElement(QStringLiteral("target"))
        .firstChildElement(QStringLiteral("format"))
        .attribute(QStringLiteral("type"));
}

QString volumeXml(const VolumeRequest &request)
{
    QDomDocument doc;
    QDomElement volume = doc.createElement(QStringLiteral("volume"));
    doc.appendChild(volume);
    auto add = [&doc](QDomElement parent, const QString &tag, const QString &text = {}) {
        QDomElement e = doc.createElement(tag);
        if (!text.isEmpty())
            e.appendChild(doc.createTextNode(text));
        parent.appendChild(e);
        return e;
    };
    add(volume, QStringLiteral("name"), request.name);
    add(volume, QStringLiteral("capacity"), QString::number(request.capacity)).setAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    // qcow2 grows as the guest writes; raw files are sparse. Neither takes its size at once.
    add(volume, QStringLiteral("allocation"), QStringLiteral("0"));
    QDomElement target = add(volume, QStringLiteral("target"));
    add(target, QStringLiteral("format")).setAttribute(QStringLiteral("type"), request.format);
    if (!request.backingPath.isEmpty()) {
        QDomElement backing = add(volume, QStringLiteral("backingStore"));
        add(backing, QStringLiteral("path"), request.backingPath);
        if (!request.backingFormat.isEmpty())
            add(backing, QStringLiteral("format")).setAttribute(QStringLiteral("type"), request.backingFormat);
    }
    return doc.toString(2);
}
