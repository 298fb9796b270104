#pragma once

#include "result.h"

#include <QString>

class QDomDocument;

// QEMU's clipboard channel: a <channel type='qemu-vdagent'> with
// <clipboard copypaste='yes'/>, which QEMU connects to the spice-vdagent in
// the guest and to its VNC server's clipboard. Without it, text a VNC client
// shares reaches QEMU and goes no further.
namespace ClipboardAgent {

// The virtio port name spice-vdagent in the guest opens.
inline constexpr char kPortName[] = "com.redhat.spice.0";

// Whether the domain XML has the channel with its clipboard on.
bool present(const QString &domainXml);

// Adds the channel to a definition (nothing when it is there already).
// Refused, saying why, where a SPICE agent channel holds the port name.
VoidResult add(QDomDocument &doc);

} // namespace ClipboardAgent
