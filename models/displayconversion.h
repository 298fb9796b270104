#pragma once

#include "result.h"

#include <QString>
#include <QVector>

class QDomDocument;

// One thing that switching a VM's display from SPICE to VNC changes in its
// definition. The dialog that asks first lists them.
struct DisplayChange
{
    enum class Kind {
        GraphicsToVnc,        // the SPICE display becomes VNC on 127.0.0.1, port chosen at start
        GraphicsRemoved,      // a SPICE display beside a VNC display the VM already has goes
        GlToEglHeadless,      // SPICE's OpenGL rendering moves to an egl-headless display
        VideoModel,           // a QXL video device becomes `detail` ("vga" or "virtio")
        AgentChannelReplaced, // the SPICE agent channel becomes a qemu-vdagent channel
        ChannelRemoved,       // another SPICE channel; detail: its target name
        UsbRedirectionRemoved,// `count` SPICE USB redirection devices
        SmartcardRemoved,     // a smartcard passed through SPICE
        AudioToNone,          // SPICE audio output becomes type none; detail: its id
        SpicePortRemoved,     // a serial port, console or channel that is a SPICE port; detail: element name
    };
    Kind kind = Kind::GraphicsToVnc;
    QString detail;
    int count = 1;
    // GraphicsToVnc: what the new VNC display keeps.
    bool keepsPassword = false;
    QString keymap;

    bool operator==(const DisplayChange &) const = default;
};

// The SPICE-to-VNC switch of a domain definition, on its DOM (like
// `virt-xml --convert-to-vnc`, with the agent kept as qemu-vdagent so the
// guest's clipboard sharing survives). Pure: no libvirt, no I/O.
namespace DisplayConversion {

// Changes doc in place and returns what it changed, in document order.
// Empty, and doc untouched, when the definition has no SPICE display.
QVector<DisplayChange> toVnc(QDomDocument &doc);

// What toVnc would change in the domain XML xml, or why the XML cannot be read.
Result<QVector<DisplayChange>> plan(const QString &xml);

} // namespace DisplayConversion
