#include "clonexml.h"

#include "domainxml.h"

#include <QDomDocument>
#include <QFileInfo>

namespace {

QDomElement child(const QDomElement &parent, const QString &tag)
{
    return parent.firstChildElement(tag);
}

void setText(QDomDocument &doc, QDomElement e, const QString &text)
{
    while (e.hasChildNodes())
        e.removeChild(e.firstChild());
    if (!text.isEmpty())
        e.appendChild(doc.createTextNode(text));
}

void setDiskSource(QDomDocument &doc, QDomElement disk, const QString &path, const QString &format)
{
    // A pool volume or a block device becomes a file: the clone's image is one.
    disk.setAttribute(QStringLiteral("type"), QStringLiteral("file"));
    QDomElement source = child(disk, QStringLiteral("source"));
    if (source.isNull()) {
        source = doc.createElement(QStringLiteral("source"));
        disk.insertAfter(source, child(disk, QStringLiteral("driver")));
    }
    for (const char *attr : {"pool", "volume", "dev", "mode", "name", "protocol"})
        source.removeAttribute(QLatin1String(attr));
    source.setAttribute(QStringLiteral("file"), path);
    // The original's chain is not the clone's: libvirt reads the new one from the image.
    for (QDomElement b = child(disk, QStringLiteral("backingStore")); !b.isNull(); b = child(disk, QStringLiteral("backingStore")))
        disk.removeChild(b);
    if (!format.isEmpty()) {
        QDomElement driver = child(disk, QStringLiteral("driver"));
        if (driver.isNull()) {
            driver = doc.createElement(QStringLiteral("driver"));
            driver.setAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
            disk.insertBefore(driver, disk.firstChild());
        }
        driver.setAttribute(QStringLiteral("type"), format);
    }
}

bool taken(const QStringList &names, const QString &name)
{
    return names.contains(name, Qt::CaseSensitive);
}

} // namespace

namespace CloneXml {

Result<QString> make(const QString &xml, const Spec &spec)
{
    return DomainXml::apply(xml, [&spec](QDomDocument &doc) -> VoidResult {
        QDomElement domain = doc.documentElement();
        setText(doc, child(domain, QStringLiteral("name")), spec.name);
        if (QDomElement uuid = child(domain, QStringLiteral("uuid")); !uuid.isNull())
            domain.removeChild(uuid);
        if (QDomElement nvram = child(child(domain, QStringLiteral("os")), QStringLiteral("nvram")); !nvram.isNull())
            setText(doc, nvram, spec.nvramPath);

        QDomElement devices = child(domain, QStringLiteral("devices"));
        QList<QDomElement> gone;
        for (QDomElement disk = child(devices, QStringLiteral("disk")); !disk.isNull(); disk = disk.nextSiblingElement(QStringLiteral("disk"))) {
            if (spec.removed.contains(child(disk, QStringLiteral("target")).attribute(QStringLiteral("dev"))))
                gone << disk;
        }
        for (QDomElement &disk : gone)
            devices.removeChild(disk);
        setDiskSources(doc, spec.sources, spec.formats);
        for (QDomElement nic = child(devices, QStringLiteral("interface")); !nic.isNull(); nic = nic.nextSiblingElement(QStringLiteral("interface"))) {
            if (QDomElement mac = child(nic, QStringLiteral("mac")); !mac.isNull())
                nic.removeChild(mac);
        }
        return {};
    });
}

void setDiskSources(QDomDocument &doc, const QHash<QString, QString> &sources, const QHash<QString, QString> &formats)
{
    QDomElement devices = child(doc.documentElement(), QStringLiteral("devices"));
    for (QDomElement disk = child(devices, QStringLiteral("disk")); !disk.isNull(); disk = disk.nextSiblingElement(QStringLiteral("disk"))) {
        const QString target = child(disk, QStringLiteral("target")).attribute(QStringLiteral("dev"));
        if (sources.contains(target))
            setDiskSource(doc, disk, sources.value(target), formats.value(target));
    }
}

QString nvramPath(const QString &xml)
{
    QDomDocument doc;
    if (!DomainXml::load(xml, &doc).isEmpty())
        return {};
    return child(child(doc.documentElement(), QStringLiteral("os")), QStringLiteral("nvram")).text().trimmed();
}

QString defaultName(const QString &source, const QStringList &names)
{
    const QString base = source + QStringLiteral("-clone");
    if (!taken(names, base))
        return base;
    for (int i = 2;; ++i) {
        const QString name = base + QLatin1Char('-') + QString::number(i);
        if (!taken(names, name))
            return name;
    }
}

QStringList expandPattern(const QString &pattern, int count, const QStringList &names)
{
    const QString p = pattern.trimmed();
    if (p.isEmpty() || count < 1)
        return {};
    if (!p.contains(QLatin1String("%n"))) {
        if (count == 1)
            return {p};
        return expandPattern(p + QStringLiteral("-%n"), count, names);
    }
    QStringList out;
    for (int i = 1; out.size() < count && i < 100000; ++i) {
        QString name = p;
        name.replace(QLatin1String("%n"), QString::number(i));
        if (!taken(names, name))
            out << name;
    }
    return out;
}

QString volumeName(const QString &clone, const QString &target, const QString &sourcePath, const QString &format,
                   const QStringList &names)
{
    QString ext = QFileInfo(sourcePath).suffix();
    if (ext.isEmpty() || ext.size() > 6)
        ext = format.isEmpty() ? QStringLiteral("img") : format;
    const QString stem = clone + QLatin1Char('-') + target;
    QString name = stem + QLatin1Char('.') + ext;
    for (int i = 2; taken(names, name); ++i)
        name = stem + QLatin1Char('-') + QString::number(i) + QLatin1Char('.') + ext;
    return name;
}

} // namespace CloneXml
