#include "displayconversion.h"

#include "domainxml.h"

#include <QDomDocument>

namespace {

const QString kSpice = QStringLiteral("spice");
const QString kSpiceVmc = QStringLiteral("spicevmc");
const QString kSpicePort = QStringLiteral("spiceport");
const QString kAgentName = QStringLiteral("com.redhat.spice.0");

QVector<QDomElement> childElements(const QDomElement &parent, const QString &tag = {})
{
    QVector<QDomElement> out;
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (tag.isEmpty() || e.tagName() == tag)
            out << e;
    }
    return out;
}

bool isType(const QDomElement &e, const QString &type)
{
    return e.attribute(QStringLiteral("type")) == type;
}

// The SPICE display's own settings that outlive it elsewhere.
struct SpiceSettings
{
    QString copypaste; // "no" when SPICE kept the clipboard from the guest
    bool gl = false;
    QString renderNode;
};

SpiceSettings settingsOf(const QDomElement &graphics)
{
    SpiceSettings s;
    const QDomElement clipboard = graphics.firstChildElement(QStringLiteral("clipboard"));
    s.copypaste = clipboard.attribute(QStringLiteral("copypaste"));
    const QDomElement gl = graphics.firstChildElement(QStringLiteral("gl"));
    s.gl = gl.attribute(QStringLiteral("enable")) == QLatin1String("yes");
    s.renderNode = gl.attribute(QStringLiteral("rendernode"));
    return s;
}

// VNC on the loopback address with a port QEMU picks at start: reachable
// from this machine (QVirt's console takes the socket from libvirt or goes
// through SSH), not from the network. Password and keymap stay; everything
// else of SPICE's (channels, compression, listen children, gl) has no VNC
// meaning.
QDomElement vncFrom(QDomDocument &doc, const QDomElement &spice, DisplayChange *change)
{
    QDomElement vnc = doc.createElement(QStringLiteral("graphics"));
    vnc.setAttribute(QStringLiteral("type"), QStringLiteral("vnc"));
    vnc.setAttribute(QStringLiteral("port"), QStringLiteral("-1"));
    vnc.setAttribute(QStringLiteral("autoport"), QStringLiteral("yes"));
    vnc.setAttribute(QStringLiteral("listen"), QStringLiteral("127.0.0.1"));
    for (const QString &kept : {QStringLiteral("passwd"), QStringLiteral("passwdValidTo"), QStringLiteral("keymap")}) {
        if (spice.hasAttribute(kept))
            vnc.setAttribute(kept, spice.attribute(kept));
    }
    change->kind = DisplayChange::Kind::GraphicsToVnc;
    change->keepsPassword = spice.hasAttribute(QStringLiteral("passwd"));
    change->keymap = spice.attribute(QStringLiteral("keymap"));
    return vnc;
}

// The QXL device the guest boots with becomes VGA: the display every x86
// guest and firmware drives without extra drivers (bochs-drm in Linux, the
// basic display adapter in Windows), which libvirt and QEMU accept with VNC;
// it must be the primary device. A second QXL device (SPICE's extra
// monitors) becomes virtio, the model libvirt takes as a secondary one.
// QXL's memory sizes and head count mean nothing to either and go.
void convertVideo(QDomElement &video, bool primary, DisplayChange *change)
{
    QDomElement model = video.firstChildElement(QStringLiteral("model"));
    const QString to = primary ? QStringLiteral("vga") : QStringLiteral("virtio");
    model.setAttribute(QStringLiteral("type"), to);
    for (const QString &gone : {QStringLiteral("ram"), QStringLiteral("vram"), QStringLiteral("vram64"),
                                QStringLiteral("vgamem"), QStringLiteral("heads")})
        model.removeAttribute(gone);
    for (QDomElement &child : childElements(model))
        model.removeChild(child);
    change->kind = DisplayChange::Kind::VideoModel;
    change->detail = to;
}

bool isQxl(const QDomElement &video)
{
    return video.firstChildElement(QStringLiteral("model")).attribute(QStringLiteral("type")) == QLatin1String("qxl");
}

// The guest's spice-vdagent talks on the virtio port com.redhat.spice.0
// whichever side answers: QEMU's own qemu-vdagent answers it under VNC, so
// the clipboard is still shared. Target and address stay as they were.
void replaceAgent(QDomDocument &doc, QDomElement &channel, const QString &copypaste)
{
    channel.setAttribute(QStringLiteral("type"), QStringLiteral("qemu-vdagent"));
    for (QDomElement &old : childElements(channel, QStringLiteral("source")))
        channel.removeChild(old);
    QDomElement source = doc.createElement(QStringLiteral("source"));
    QDomElement clipboard = doc.createElement(QStringLiteral("clipboard"));
    clipboard.setAttribute(QStringLiteral("copypaste"), copypaste == QLatin1String("no") ? QStringLiteral("no")
                                                                                          : QStringLiteral("yes"));
    source.appendChild(clipboard);
    channel.insertBefore(source, channel.firstChild());
}

QString channelName(const QDomElement &channel)
{
    return channel.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("name"));
}

} // namespace

namespace DisplayConversion {

QVector<DisplayChange> toVnc(QDomDocument &doc)
{
    QDomElement devices = doc.documentElement().firstChildElement(QStringLiteral("devices"));
    const QVector<QDomElement> graphics = childElements(devices, QStringLiteral("graphics"));
    QVector<QDomElement> spice;
    bool hasVnc = false, hasEglHeadless = false;
    for (const QDomElement &g : graphics) {
        if (isType(g, kSpice))
            spice << g;
        hasVnc |= isType(g, QStringLiteral("vnc"));
        hasEglHeadless |= isType(g, QStringLiteral("egl-headless"));
    }
    if (spice.isEmpty())
        return {};
    const SpiceSettings settings = settingsOf(spice.first());

    const QVector<QDomElement> videos = childElements(devices, QStringLiteral("video"));
    QDomElement primaryVideo = videos.isEmpty() ? QDomElement() : videos.first();
    for (const QDomElement &v : videos) {
        if (v.firstChildElement(QStringLiteral("model")).attribute(QStringLiteral("primary")) == QLatin1String("yes"))
            primaryVideo = v;
    }
    bool hasQemuAgent = false;
    for (const QDomElement &c : childElements(devices, QStringLiteral("channel")))
        hasQemuAgent |= isType(c, QStringLiteral("qemu-vdagent"));

    QVector<DisplayChange> changes;
    int redirections = 0;
    int redirectionIndex = -1;
    bool vncPlaced = hasVnc;
    QDomElement lastGraphics;
    for (QDomElement e : childElements(devices)) {
        const QString tag = e.tagName();
        DisplayChange change;
        if (tag == QLatin1String("graphics")) {
            if (!isType(e, kSpice)) {
                lastGraphics = e;
                continue;
            }
            if (!vncPlaced) {
                const QDomElement vnc = vncFrom(doc, e, &change);
                devices.replaceChild(vnc, e);
                lastGraphics = vnc;
                vncPlaced = true;
            } else {
                change.kind = DisplayChange::Kind::GraphicsRemoved;
                devices.removeChild(e);
            }
            changes << change;
        } else if (tag == QLatin1String("video") && isQxl(e)) {
            convertVideo(e, e == primaryVideo, &change);
            changes << change;
        } else if (tag == QLatin1String("channel") && isType(e, kSpiceVmc)) {
            const QString name = channelName(e);
            if ((name.isEmpty() || name == kAgentName) && !hasQemuAgent) {
                replaceAgent(doc, e, settings.copypaste);
                hasQemuAgent = true;
                change.kind = DisplayChange::Kind::AgentChannelReplaced;
            } else {
                devices.removeChild(e);
                change.kind = DisplayChange::Kind::ChannelRemoved;
                change.detail = name.isEmpty() ? kAgentName : name;
            }
            changes << change;
        } else if (tag == QLatin1String("redirdev") && isType(e, kSpiceVmc)) {
            devices.removeChild(e);
            if (redirections++ == 0) {
                redirectionIndex = int(changes.size());
                change.kind = DisplayChange::Kind::UsbRedirectionRemoved;
                changes << change;
            }
            changes[redirectionIndex].count = redirections;
        } else if (tag == QLatin1String("smartcard") && isType(e, kSpiceVmc)) {
            devices.removeChild(e);
            change.kind = DisplayChange::Kind::SmartcardRemoved;
            changes << change;
        } else if (tag == QLatin1String("audio") && isType(e, kSpice)) {
            // QEMU's SPICE audio backend needs a SPICE display; "none" keeps
            // the guest's sound card and is what libvirt picks for VNC.
            e.setAttribute(QStringLiteral("type"), QStringLiteral("none"));
            change.kind = DisplayChange::Kind::AudioToNone;
            change.detail = e.attribute(QStringLiteral("id"));
            changes << change;
        } else if ((tag == QLatin1String("serial") || tag == QLatin1String("console") || tag == QLatin1String("channel")
                    || tag == QLatin1String("parallel"))
                   && isType(e, kSpicePort)) {
            // A SPICE port exists only inside a SPICE session.
            devices.removeChild(e);
            change.kind = DisplayChange::Kind::SpicePortRemoved;
            change.detail = tag;
            changes << change;
        }
    }
    if (settings.gl && !hasEglHeadless) {
        // A virgl video device needs an OpenGL display; egl-headless renders
        // for VNC where SPICE did.
        QDomElement egl = doc.createElement(QStringLiteral("graphics"));
        egl.setAttribute(QStringLiteral("type"), QStringLiteral("egl-headless"));
        if (!settings.renderNode.isEmpty()) {
            QDomElement gl = doc.createElement(QStringLiteral("gl"));
            gl.setAttribute(QStringLiteral("rendernode"), settings.renderNode);
            egl.appendChild(gl);
        }
        if (lastGraphics.isNull())
            devices.appendChild(egl);
        else
            devices.insertAfter(egl, lastGraphics);
        DisplayChange change;
        change.kind = DisplayChange::Kind::GlToEglHeadless;
        change.detail = settings.renderNode;
        changes << change;
    }
    return changes;
}

Result<QVector<DisplayChange>> plan(const QString &xml)
{
    QDomDocument doc;
    if (const QString error = DomainXml::load(xml, &doc); !error.isEmpty())
        return Error{0, error};
    return toVnc(doc);
}

} // namespace DisplayConversion
