#include "storagepoolinfo.h"

#include <QDomDocument>

namespace {

QDomElement child(const QDomElement &parent, const char *tag)
{
    return parent.firstChildElement(QLatin1String(tag));
}

} // namespace

int poolFields(const QString &type)
{
    if (type == QLatin1String("dir"))
        return PoolTargetPath;
    if (type == QLatin1String("fs"))
        return PoolTargetPath | PoolSourceDevice | PoolSourceFormat;
    if (type == QLatin1String("netfs"))
        return PoolTargetPath | PoolSourceHost | PoolSourceDir | PoolSourceFormat;
    if (type == QLatin1String("logical"))
        return PoolTargetPath | PoolSourceName | PoolSourceDevice;
    if (type == QLatin1String("disk"))
        return PoolTargetPath | PoolSourceDevice | PoolSourceFormat;
    if (type == QLatin1String("iscsi") || type == QLatin1String("iscsi-direct"))
        return (type == QLatin1String("iscsi") ? PoolTargetPath : 0) | PoolSourceHost | PoolSourceDevice;
    if (type == QLatin1String("scsi") || type == QLatin1String("mpath"))
        return PoolTargetPath;
    if (type == QLatin1String("gluster") || type == QLatin1String("rbd") || type == QLatin1String("sheepdog"))
        return PoolSourceHost | PoolSourceName;
    if (type == QLatin1String("zfs") || type == QLatin1String("vstorage"))
        return PoolSourceName;
    return PoolTargetPath;
}

QStringList poolSourceFormats(const QString &type)
{
    if (type == QLatin1String("fs"))
        return {QStringLiteral("auto"), QStringLiteral("ext4"), QStringLiteral("ext3"), QStringLiteral("xfs"),
                QStringLiteral("btrfs"), QStringLiteral("vfat")};
    if (type == QLatin1String("netfs"))
        return {QStringLiteral("auto"), QStringLiteral("nfs"), QStringLiteral("cifs"), QStringLiteral("glusterfs")};
    if (type == QLatin1String("disk"))
        return {QStringLiteral("unknown"), QStringLiteral("dos"), QStringLiteral("gpt")};
    return {};
}

QStringList fallbackPoolTypes()
{
    return {QStringLiteral("dir"), QStringLiteral("fs"), QStringLiteral("netfs"), QStringLiteral("logical"),
            QStringLiteral("disk"), QStringLiteral("iscsi"), QStringLiteral("scsi"), QStringLiteral("mpath")};
}

QStringList parseStoragePoolCapabilities(const QString &xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml))
        return {};
    QStringList types;
    for (QDomElement pool = doc.documentElement().firstChildElement(QStringLiteral("pool")); !pool.isNull();
         pool = pool.nextSiblingElement(QStringLiteral("pool"))) {
        if (pool.attribute(QStringLiteral("supported")) == QLatin1String("yes"))
            types << pool.attribute(QStringLiteral("type"));
    }
    return types;
}

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
        out->name = child(root, "name").text();
    out->targetPath = child(child(root, "target"), "path").text();
    const QDomElement source = child(root, "source");
    out->sourceHost = child(source, "host").attribute(QStringLiteral("name"));
    out->sourceDir = child(source, "dir").attribute(QStringLiteral("path"));
    out->sourceDevice = child(source, "device").attribute(QStringLiteral("path"));
    out->sourceName = child(source, "name").text();
    out->sourceFormat = child(source, "format").attribute(QStringLiteral("type"));
    return true;
}

// A child element tag of parent, holding text unless it is empty.
static QDomElement appendElement(QDomDocument &doc, QDomElement parent, const QString &tag, const QString &text)
{
    QDomElement e = doc.createElement(tag);
    if (!text.isEmpty())
        e.appendChild(doc.createTextNode(text));
    parent.appendChild(e);
    return e;
}

QString poolXml(const PoolRequest &r)
{
    QDomDocument doc;
    QDomElement pool = doc.createElement(QStringLiteral("pool"));
    pool.setAttribute(QStringLiteral("type"), r.type);
    doc.appendChild(pool);
    auto add = [&doc](QDomElement parent, const QString &tag, const QString &text = {}) {
        return appendElement(doc, parent, tag, text);
    };
    add(pool, QStringLiteral("name"), r.name);
    const int fields = poolFields(r.type);
    QDomElement source = doc.createElement(QStringLiteral("source"));
    if ((fields & PoolSourceHost) && !r.sourceHost.isEmpty())
        add(source, QStringLiteral("host")).setAttribute(QStringLiteral("name"), r.sourceHost);
    if ((fields & PoolSourceDir) && !r.sourceDir.isEmpty())
        add(source, QStringLiteral("dir")).setAttribute(QStringLiteral("path"), r.sourceDir);
    if ((fields & PoolSourceDevice) && !r.sourceDevice.isEmpty())
        add(source, QStringLiteral("device")).setAttribute(QStringLiteral("path"), r.sourceDevice);
    if ((fields & PoolSourceName) && !r.sourceName.isEmpty())
        add(source, QStringLiteral("name"), r.sourceName);
    if ((fields & PoolSourceFormat) && !r.sourceFormat.isEmpty())
        add(source, QStringLiteral("format")).setAttribute(QStringLiteral("type"), r.sourceFormat);
    if (source.hasChildNodes())
        pool.appendChild(source);
    if ((fields & PoolTargetPath) && !r.targetPath.isEmpty())
        add(add(pool, QStringLiteral("target")), QStringLiteral("path"), r.targetPath);
    return doc.toString(2);
}

QString parseVolumeFormat(const QString &xml)
{
    StorageVolumeInfo info;
    parseVolumeXml(xml, &info);
    return info.format;
}

bool parseVolumeXml(const QString &xml, StorageVolumeInfo *out)
{
    QDomDocument doc;
    if (!doc.setContent(xml) || doc.documentElement().tagName() != QLatin1String("volume"))
        return false;
    const QDomElement root = doc.documentElement();
    out->format = child(child(root, "target"), "format").attribute(QStringLiteral("type"));
    out->backingPath = child(child(root, "backingStore"), "path").text();
    return true;
}

QString volumeXml(const VolumeRequest &request)
{
    QDomDocument doc;
    QDomElement volume = doc.createElement(QStringLiteral("volume"));
    doc.appendChild(volume);
    auto add = [&doc](QDomElement parent, const QString &tag, const QString &text = {}) {
        return appendElement(doc, parent, tag, text);
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
