#include "clipboardagent.h"

#include "domainxml.h"

#include <QCoreApplication>
#include <QDomDocument>

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(ClipboardAgent)
};

QDomElement findChannel(const QDomElement &devices, bool qemuVdagent)
{
    for (QDomElement c = devices.firstChildElement(QStringLiteral("channel")); !c.isNull();
         c = c.nextSiblingElement(QStringLiteral("channel"))) {
        const QDomElement target = c.firstChildElement(QStringLiteral("target"));
        const bool agentPort = target.attribute(QStringLiteral("name")) == QLatin1String(ClipboardAgent::kPortName);
        const bool isQemu = c.attribute(QStringLiteral("type")) == QLatin1String("qemu-vdagent");
        if (qemuVdagent ? isQemu : (agentPort && !isQemu))
            return c;
    }
    return {};
}

} // namespace

namespace ClipboardAgent {

bool present(const QString &domainXml)
{
    QDomDocument doc;
    if (!DomainXml::load(domainXml, &doc).isEmpty())
        return false;
    const QDomElement channel = findChannel(doc.documentElement().firstChildElement(QStringLiteral("devices")), true);
    if (channel.isNull())
        return false;
    const QDomElement clipboard = channel.firstChildElement(QStringLiteral("source")).firstChildElement(QStringLiteral("clipboard"));
    return clipboard.attribute(QStringLiteral("copypaste")) == QLatin1String("yes");
}

VoidResult add(QDomDocument &doc)
{
    QDomElement devices = doc.documentElement().firstChildElement(QStringLiteral("devices"));
    if (devices.isNull())
        devices = doc.documentElement().appendChild(doc.createElement(QStringLiteral("devices"))).toElement();
    if (!findChannel(devices, false).isNull())
        return Error{0, Text::tr("This virtual machine's SPICE agent channel uses the port the clipboard channel needs. "
                                 "Switch its display to VNC first; that replaces the SPICE channel with QEMU's.")};
    QDomElement channel = findChannel(devices, true);
    if (channel.isNull()) {
        channel = doc.createElement(QStringLiteral("channel"));
        channel.setAttribute(QStringLiteral("type"), QStringLiteral("qemu-vdagent"));
        devices.appendChild(channel);
    }
    QDomElement source = channel.firstChildElement(QStringLiteral("source"));
    if (source.isNull())
        source = channel.appendChild(doc.createElement(QStringLiteral("source"))).toElement();
    QDomElement clipboard = source.firstChildElement(QStringLiteral("clipboard"));
    if (clipboard.isNull())
        clipboard = source.appendChild(doc.createElement(QStringLiteral("clipboard"))).toElement();
    clipboard.setAttribute(QStringLiteral("copypaste"), QStringLiteral("yes"));
    // The guest's pointer stays with the emulated tablet or mouse: the agent's
    // pointer mode needs a SPICE client to be useful.
    QDomElement mouse = source.firstChildElement(QStringLiteral("mouse"));
    if (mouse.isNull()) {
        mouse = source.appendChild(doc.createElement(QStringLiteral("mouse"))).toElement();
        mouse.setAttribute(QStringLiteral("mode"), QStringLiteral("server"));
    }
    QDomElement target = channel.firstChildElement(QStringLiteral("target"));
    if (target.isNull()) {
        target = channel.appendChild(doc.createElement(QStringLiteral("target"))).toElement();
        target.setAttribute(QStringLiteral("type"), QStringLiteral("virtio"));
        target.setAttribute(QStringLiteral("name"), QLatin1String(kPortName));
    }
    return {};
}

} // namespace ClipboardAgent
