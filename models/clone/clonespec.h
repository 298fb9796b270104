#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// What a clone of a VM does with one of its disks (virt-manager's choices).
enum class CloneDiskAction {
    Copy,  // a new image: a full copy, or for a linked clone a qcow2 overlay on the original's image
    Share, // the clone uses the same image (CD-ROMs, read-only and shareable disks)
    Skip,  // the clone has no such disk
};

// One disk of the VM to clone, as the clone dialog shows it.
struct CloneDiskInfo
{
    QString target;    // vda, sdb...
    QString device;    // disk, cdrom, floppy, lun
    QString path;      // the active image (empty: no medium)
    QString format;    // qcow2, raw...
    QString pool;      // the storage pool holding path; empty when none does
    bool readOnly = false;
    bool shareable = false;
    bool network = false; // a network disk: never copied
    qint64 capacity = -1;   // bytes (virtual size)
    qint64 allocation = -1; // bytes on the host
    CloneDiskAction defaultAction = CloneDiskAction::Share;
    // Why this disk can only be shared or left out (empty: it can be copied).
    QString whyNotCopy;
};

// What the clone dialog needs to know before it asks.
struct ClonePlan
{
    QString uuid;
    QString name;
    bool active = false;   // running or paused
    bool paused = false;
    bool local = true;     // the host is this machine (qemu-img may copy disks outside pools)
    QString nvramPath;     // UEFI guests: their variable store (copied for the clone)
    QVector<CloneDiskInfo> disks;
    QStringList domainNames;           // every domain of the host, for unique names
    QHash<QString, QStringList> volumeNames; // pool -> its volumes, for unique image names
};

// One clone to make: its name and, per disk target, the new volume's name.
struct CloneTarget
{
    QString name;
    QHash<QString, QString> volumeNames; // disk target -> new volume (file) name
};

struct CloneRequest
{
    enum class Mode { Full, Linked };
    QString jobId;      // names the job for cancelClone() and the progress signal
    QString sourceUuid;
    Mode mode = Mode::Full;
    QHash<QString, CloneDiskAction> actions; // disk target -> action; missing: the disk's default
    QVector<CloneTarget> clones;
};

// Progress of a clone job, per disk and in bytes.
struct CloneProgress
{
    QString jobId;
    QString clone;      // the clone being made
    QString disk;       // the disk target being copied
    int step = 0;       // 1-based: which copy of how many
    int steps = 0;
    qint64 done = 0;    // bytes of this copy
    qint64 total = 0;
};

struct CloneOutcome
{
    bool cancelled = false;
    QStringList names;  // the clones defined
    QStringList uuids;
    QStringList createdPaths; // images made for the clones
    // Linked clones: the original's disks moved onto these new overlays (target -> path).
    QHash<QString, QString> originalOverlays;
};

Q_DECLARE_METATYPE(CloneProgress)
