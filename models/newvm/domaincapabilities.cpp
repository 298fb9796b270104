#include "domaincapabilities.h"

#include <QDomDocument>

namespace {

QStringList enumValues(const QDomElement &parent, const QString &name)
{
    QStringList values;
    for (QDomElement e = parent.firstChildElement(QStringLiteral("enum")); !e.isNull();
         e = e.nextSiblingElement(QStringLiteral("enum"))) {
        if (e.attribute(QStringLiteral("name")) != name)
            continue;
        for (QDomElement v = e.firstChildElement(QStringLiteral("value")); !v.isNull();
             v = v.nextSiblingElement(QStringLiteral("value")))
            values << v.text().trimmed();
    }
    return values;
}

bool supported(const QDomElement &e)
{
    return !e.isNull() && e.attribute(QStringLiteral("supported")) == QLatin1String("yes");
}

} // namespace

bool parseDomainCapabilities(const QString &xml, DomainCapabilities *out)
{
    QDomDocument doc;
    if (!doc.setContent(xml))
        return false;
    const QDomElement root = doc.documentElement();
    if (root.tagName() != QLatin1String("domainCapabilities"))
        return false;
    DomainCapabilities caps;
    caps.domainType = root.firstChildElement(QStringLiteral("domain")).text().trimmed();
    caps.emulator = root.firstChildElement(QStringLiteral("path")).text().trimmed();
    caps.arch = root.firstChildElement(QStringLiteral("arch")).text().trimmed();
    caps.machine = root.firstChildElement(QStringLiteral("machine")).text().trimmed();
    caps.maxVcpus = root.firstChildElement(QStringLiteral("vcpu")).attribute(QStringLiteral("max")).toInt();

    const QDomElement os = root.firstChildElement(QStringLiteral("os"));
    if (supported(os)) {
        caps.efi = enumValues(os, QStringLiteral("firmware")).contains(QLatin1String("efi"));
        const QDomElement loader = os.firstChildElement(QStringLiteral("loader"));
        if (supported(loader)) {
            for (QDomElement v = loader.firstChildElement(QStringLiteral("value")); !v.isNull();
                 v = v.nextSiblingElement(QStringLiteral("value")))
                caps.loaders << v.text().trimmed();
            caps.secureBoot = caps.efi && enumValues(loader, QStringLiteral("secure")).contains(QLatin1String("yes"));
        }
    }
    const QDomElement cpu = root.firstChildElement(QStringLiteral("cpu"));
    for (QDomElement m = cpu.firstChildElement(QStringLiteral("mode")); !m.isNull();
         m = m.nextSiblingElement(QStringLiteral("mode"))) {
        const QString name = m.attribute(QStringLiteral("name"));
        if (name == QLatin1String("host-passthrough"))
            caps.hostPassthroughCpu = supported(m);
        else if (name == QLatin1String("host-model"))
            caps.hostModelCpu = supported(m);
    }
    const QDomElement devices = root.firstChildElement(QStringLiteral("devices"));
    const QDomElement disk = devices.firstChildElement(QStringLiteral("disk"));
    if (supported(disk))
        caps.diskBuses = enumValues(disk, QStringLiteral("bus"));
    // libvirt leaves IDE out of Q35's list (it has no IDE controller) but lists it for i440FX.
    const QDomElement graphics = devices.firstChildElement(QStringLiteral("graphics"));
    if (supported(graphics))
        caps.graphicsTypes = enumValues(graphics, QStringLiteral("type"));
    const QDomElement video = devices.firstChildElement(QStringLiteral("video"));
    if (supported(video))
        caps.videoModels = enumValues(video, QStringLiteral("modelType"));
    const QDomElement tpm = devices.firstChildElement(QStringLiteral("tpm"));
    if (supported(tpm)) {
        caps.tpmModels = enumValues(tpm, QStringLiteral("model"));
        caps.tpmBackends = enumValues(tpm, QStringLiteral("backendModel"));
    }
    *out = caps;
    return true;
}
