#pragma once

#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>

class QDomDocument;

// The pure parts of cloning a VM: the clone's definition made from the
// original's (read with its secrets), and the names of clones and images.
namespace CloneXml {

struct Spec
{
    QString name;
    QHash<QString, QString> sources; // disk target -> the clone's image (a file path)
    QHash<QString, QString> formats; // disk target -> its driver type, where it changes (linked: qcow2)
    QStringList removed;             // disk targets the clone goes without
    // The clone's copy of the UEFI variable store; empty: libvirt makes a new
    // one from the template (never the original's file, which the two would share).
    QString nvramPath;
};

// The original's definition changed into the clone's: name set, UUID and
// every NIC's MAC address removed (libvirt makes new ones), disk sources
// replaced, NVRAM path replaced; everything else (a VNC password, CD-ROMs,
// shared disks, elements QVirt does not know) is kept as it was.
Result<QString> make(const QString &xml, const Spec &spec);

// Points the disks with these targets at new image files of format (empty:
// the driver type stays); their old <backingStore> goes. Used for the clone
// and for the original that a linked clone moves onto its own overlay.
void setDiskSources(QDomDocument &doc, const QHash<QString, QString> &sources, const QHash<QString, QString> &formats);

// The path in <os><nvram>; empty when the VM has none.
QString nvramPath(const QString &xml);

// "<name>-clone", or "<name>-clone-2", "-3"... when taken.
QString defaultName(const QString &source, const QStringList &taken);
// count names from pattern: "%n" is replaced by 1, 2, 3... skipping numbers
// whose name is taken ("web-%n" → web-1, web-2). A pattern without %n makes
// one name as it is, or several with "-%n" appended.
QStringList expandPattern(const QString &pattern, int count, const QStringList &taken);
// The file name of a clone's image of disk target: "<clone>-<target>.<ext>"
// (ext from the original's file, else its format), made unique against taken.
QString volumeName(const QString &clone, const QString &target, const QString &sourcePath, const QString &format,
                   const QStringList &taken);

} // namespace CloneXml
