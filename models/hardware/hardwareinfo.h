#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

class QDomDocument;
class QDomElement;

// Names one device of a definition so an edit finds it again: a disk by its
// target, a NIC by its MAC, any other by its place among the elements of its
// tag (stable while the definition does not change under the editor, which
// reloads after each apply).
struct DeviceKey
{
    QString tag;     // "disk", "interface", "graphics"...
    QString id;      // disk target ("vda"), NIC MAC; empty for the rest
    int ordinal = -1; // index among <devices>/<tag> when id is empty

    bool isNull() const { return tag.isEmpty(); }
    bool operator==(const DeviceKey &o) const { return tag == o.tag && id == o.id && ordinal == o.ordinal; }
};

// The parts of a domain definition the hardware editor shows, parsed in one
// place (no view reads XML). Plain values; the XML itself stays the truth.
struct OverviewInfo
{
    QString name, uuid, title, description;
    QString arch, machine;
    QString firmware; // "efi" or "bios"
};

struct CpuInfo
{
    int maximum = 1;  // <vcpu>
    int current = 1;  // <vcpu current=>
    QString mode;     // "custom", "host-model", "host-passthrough", "maximum"; empty: no <cpu>
    QString model;    // <cpu><model>
    int sockets = 0, cores = 0, threads = 0; // 0: no <topology>
};

struct MemoryInfo
{
    quint64 maximumKiB = 0; // <memory>
    quint64 currentKiB = 0; // <currentMemory> (= maximum when absent)
    bool balloon = false;   // a <memballoon> other than model='none'
};

struct DiskInfo
{
    DeviceKey key;
    QString type;   // file, block, volume, network
    QString device; // disk, cdrom, floppy, lun
    QString source; // path; "pool/volume" for volumes; empty: no media
    QString bus, target, format, cache, discard;
    bool readOnly = false;
    int bootOrder = 0;
};

struct NicInfo
{
    DeviceKey key;
    QString type;   // network, bridge, direct, user...
    QString source; // network name, bridge, host device of a direct NIC
    QString mode;   // direct: bridge, vepa, private, passthrough
    QString model, mac;
    bool linkUp = true;
    int bootOrder = 0;
};

// Every other kind, as the fields its form edits.
struct SimpleDevice
{
    DeviceKey key;
    QString type;   // graphics/serial/console/redirdev/input: @type; tpm: backend type
    QString model;  // video/sound/watchdog/rng/tpm model; input bus
    QString detail; // graphics listen; video vram (KiB); serial target type; tpm version; watchdog action; rng source
    bool secret = false; // graphics with a password (never shown)
};

struct BootInfo
{
    QStringList osBootDevices; // <os><boot dev=> in order
    bool menu = false;
    QString kernel, initrd, cmdline, dtb;
};

struct HardwareInfo
{
    OverviewInfo overview;
    CpuInfo cpu;
    MemoryInfo memory;
    BootInfo boot;
    QVector<DiskInfo> disks;
    QVector<NicInfo> nics;
    // Keyed by tag: graphics, video, sound, input, serial, console, tpm, watchdog, rng, redirdev.
    QVector<SimpleDevice> others;
    int hostdevCount = 0;
};

namespace HardwareXml {

// The editor's view of a definition; false and a translated reason when it is no domain.
bool parse(const QString &xml, HardwareInfo *info, QString *error = nullptr);
// The device a key names in a loaded definition; null when it has gone.
QDomElement find(const QDomDocument &doc, const DeviceKey &key);
// The key of a device element of doc.
DeviceKey keyOf(const QDomElement &device);
// The tags parse() gathers into HardwareInfo::others, in the editor's order.
QStringList simpleTags();

} // namespace HardwareXml

Q_DECLARE_METATYPE(DeviceKey)
