#include "migrationspec.h"

#include <QDomDocument>

static QStringList backingChain(const QDomElement &disk)
{
    QStringList chain;
    QDomElement store = disk.firstChildElement(QStringLiteral("backingStore"));
    while (!store.isNull()) {
        const QDomElement source = store.firstChildElement(QStringLiteral("source"));
        const QString file = source.attribute(QStringLiteral("file"), source.attribute(QStringLiteral("dev")));
        if (file.isEmpty())
            break;
        chain << file;
        store = store.firstChildElement(QStringLiteral("backingStore"));
    }
    return chain;
}

MigrationSubject parseMigrationSubject(const QString &domainXml)
{
    MigrationSubject subject;
    QDomDocument doc;
    if (!doc.setContent(domainXml))
        return subject;
    const QDomElement domain = doc.documentElement();
    subject.name = domain.firstChildElement(QStringLiteral("name")).text();
    subject.uefi = !domain.firstChildElement(QStringLiteral("os")).firstChildElement(QStringLiteral("nvram")).isNull();
    const QDomElement devices = domain.firstChildElement(QStringLiteral("devices"));
    for (QDomElement disk = devices.firstChildElement(QStringLiteral("disk")); !disk.isNull();
         disk = disk.nextSiblingElement(QStringLiteral("disk"))) {
        MigrationDisk d;
        d.target = disk.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev"));
        const QString type = disk.attribute(QStringLiteral("type"));
        const QDomElement source = disk.firstChildElement(QStringLiteral("source"));
        if (type == QLatin1String("file"))
            d.path = source.attribute(QStringLiteral("file"));
        else if (type == QLatin1String("block"))
            d.path = source.attribute(QStringLiteral("dev"));
        d.format = disk.firstChildElement(QStringLiteral("driver")).attribute(QStringLiteral("type"));
        d.backing = backingChain(disk);
        d.backingFormat = disk.firstChildElement(QStringLiteral("backingStore"))
                              .firstChildElement(QStringLiteral("format")).attribute(QStringLiteral("type"));
        const QString device = disk.attribute(QStringLiteral("device"), QStringLiteral("disk"));
        d.copied = !d.path.isEmpty() && (device == QLatin1String("disk"))
                   && disk.firstChildElement(QStringLiteral("readonly")).isNull()
                   && disk.firstChildElement(QStringLiteral("shareable")).isNull();
        subject.disks << d;
    }
    for (QDomElement dev = devices.firstChildElement(QStringLiteral("hostdev")); !dev.isNull();
         dev = dev.nextSiblingElement(QStringLiteral("hostdev"))) {
        const QDomElement source = dev.firstChildElement(QStringLiteral("source"));
        const QString type = dev.attribute(QStringLiteral("type"));
        if (type == QLatin1String("pci")) {
            const QDomElement a = source.firstChildElement(QStringLiteral("address"));
            auto hex = [&a](const char *name, int width) {
                bool ok = false;
                const uint v = a.attribute(QLatin1String(name)).toUInt(&ok, 0);
                return QStringLiteral("%1").arg(ok ? v : 0, width, 16, QLatin1Char('0'));
            };
            subject.hostDevices << QStringLiteral("%1:%2:%3.%4").arg(hex("domain", 4), hex("bus", 2), hex("slot", 2))
                                       .arg(a.attribute(QStringLiteral("function")).toUInt(nullptr, 0));
        } else if (type == QLatin1String("usb")) {
            subject.hostDevices << QStringLiteral("USB %1:%2").arg(
                source.firstChildElement(QStringLiteral("vendor")).attribute(QStringLiteral("id")).remove(QStringLiteral("0x")),
                source.firstChildElement(QStringLiteral("product")).attribute(QStringLiteral("id")).remove(QStringLiteral("0x")));
        } else {
            const QString uuid = source.firstChildElement(QStringLiteral("address")).attribute(QStringLiteral("uuid"));
            subject.hostDevices << (uuid.isEmpty() ? type : uuid);
        }
    }
    return subject;
}
