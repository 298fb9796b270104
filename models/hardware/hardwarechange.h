#pragma once

#include "devicexml.h"
#include "domainxml.h"
#include "hardwareinfo.h"
#include "result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QVector>

class QDomDocument;

// What a change does to the running VM, if anything.
struct LiveOp
{
    enum class Kind {
        None,      // the change waits for the next start (reason says why)
        SetMemory, // virDomainSetMemoryFlags(LIVE): the balloon target
        SetVcpus,  // virDomainSetVcpusFlags(LIVE)
        Attach,    // virDomainAttachDeviceFlags(LIVE) of deviceXml
        Detach,    // virDomainDetachDeviceFlags(LIVE) of deviceXml; key checks it went
        Update,    // virDomainUpdateDeviceFlags(LIVE): CD media, NIC link state
        Metadata,  // virDomainSetMetadata(LIVE): title or description
    };
    Kind kind = Kind::None;
    quint64 memoryKiB = 0;
    int vcpus = 0;
    QString deviceXml;
    DeviceKey key;       // Detach: the device to look for in the live XML afterwards
    int metadataType = 0; // Metadata: 0 title, 1 description
    QString text;        // Metadata
    QString reason;      // None: why it cannot change live (translated)
};

// One change of a definition as a value: the edit of the persistent definition
// (applied through the secure read-edit-define, so secrets and what QVirt
// does not model stay) and what it does to the running VM.
struct HardwareChange
{
    DomainXml::Edit persistent;
    LiveOp live;
    QString what; // translated, a whole sentence: "Change the memory to 512 MiB."
};

// What one change did.
struct HardwareOutcome
{
    enum class Live {
        NotRunning,  // the VM is off: the definition is all there is
        Applied,     // the running VM has it too
        AfterRestart, // takes effect after the VM is shut down and started again; reason says why
        NotReleased, // detach requested; the guest has not released the device yet
    };
    QString what;
    bool defined = false; // the persistent definition has it
    QString defineError;  // when not
    Live live = Live::NotRunning;
    QString reason;       // AfterRestart, NotReleased: libvirt's message or ours
};

struct HardwareApplyReport
{
    bool running = false;
    QVector<HardwareOutcome> outcomes;

    bool anyAfterRestart() const;
    bool anyFailed() const;
    // A translated summary, one line per change: what happened live and what waits for a restart.
    QString summary() const;
};

// The changes the hardware editor makes. Each factory takes the definition as
// the editor holds it (to build the live device XML) and returns the change;
// none touches libvirt.
namespace HardwareChanges {

// Applies the persistent part of changes to a definition (draft mode, tests).
Result<QString> applyToXml(const QString &xml, const QVector<HardwareChange> &changes);

HardwareChange setTitle(const QString &title);
HardwareChange setDescription(const QString &description);
HardwareChange setMachine(const QString &machine);
HardwareChange setFirmware(bool efi);
// maximum: <vcpu>; current: <vcpu current=> and the live count.
HardwareChange setVcpuMaximum(int maximum, int current);
HardwareChange setVcpuCurrent(int current);
// mode: host-model, host-passthrough, custom (with model), or empty (no <cpu> mode: libvirt's default).
// Topology 0: removed. The topology must cover maximum (checked by topologyError()).
HardwareChange setCpu(const QString &mode, const QString &model, int sockets, int cores, int threads);
QString topologyError(int vcpus, int sockets, int cores, int threads);
// <memory>: waits for a restart; currentKiB is lowered to it when above.
HardwareChange setMemoryMaximum(quint64 maximumKiB, quint64 currentKiB);
// <currentMemory> and the balloon target of the running VM.
HardwareChange setMemoryCurrent(quint64 currentKiB);
// Device boot order: each key in order gets <boot order=N>; <os><boot> and every other order go.
HardwareChange setBootOrder(const QVector<DeviceKey> &order, bool menu);
HardwareChange setDirectKernel(const QString &kernel, const QString &initrd, const QString &cmdline, const QString &dtb);

// Adds a device (XML from DeviceXml); hot-plugged when hotplug.
HardwareChange addDevice(const QString &deviceXml, bool hotplug, const QString &what);
// A disk (target: the next free one of its bus in doc when spec has none),
// hot-plugged; an emulated bus that cannot hot-plug gets libvirt's refusal.
HardwareChange addDisk(const QDomDocument &doc, DeviceXml::DiskSpec spec);
// A NIC, hot-plugged, with a MAC chosen here when spec has none (so the
// running VM and the definition have the same one).
HardwareChange addNic(DeviceXml::NicSpec spec);
// Removes a device; a disk's image stays. hotplug: detach it live too.
HardwareChange removeDevice(const QDomDocument &doc, const DeviceKey &key, bool hotplug, const QString &what);
// CD-ROM media: path empty ejects. Live too.
HardwareChange setMedia(const QDomDocument &doc, const DeviceKey &key, const QString &path);
HardwareChange setLinkState(const QDomDocument &doc, const DeviceKey &key, bool up);

// An attribute to set on a device (path: child elements from the device, empty
// for the device itself; created when missing). An empty value removes it.
struct AttributeEdit
{
    QString path;
    QString name;
    QString value;
};
// Changes attributes of an existing device, leaving everything else in it
// (a graphics password, addresses, unknown children). Waits for a restart.
HardwareChange editDevice(const DeviceKey &key, const QVector<AttributeEdit> &edits, const QString &what);

} // namespace HardwareChanges

Q_DECLARE_METATYPE(HardwareApplyReport)
