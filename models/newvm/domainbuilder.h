#pragma once

#include "domaincapabilities.h"
#include "vmspec.h"

#include <QString>

namespace DomainBuilder {

// The persistent definition of a new VM: what it boots from once installed
// (the disk first; an installer ISO or PXE after it, so an empty disk falls
// through to the installer and an installed one boots itself).
QString domainXml(const VmSpec &spec, const DomainCapabilities &caps);

// The definition its first start uses for a network install: the final one
// with the installer's kernel, initrd and command line, and no restart when
// the installer reboots (the next start boots the installed system).
QString installXml(const QString &finalXml, const QString &kernelPath, const QString &initrdPath,
                   const QString &cmdline);

// Replaces every disk source equal to from with to (a volume the pool put
// elsewhere than predicted).
QString replaceDiskSource(const QString &xml, const QString &from, const QString &to);

// The next name "base", "base-2", "base-3"... not in taken.
QString uniqueName(const QString &base, const QStringList &taken);

} // namespace DomainBuilder
