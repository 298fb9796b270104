#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// Moving a VM to another host: what the user chose, what the VM's definition
// allows, how far a running move has come and how it ended. libvirt on each
// host does the work; QVirt holds both connections.

struct MigrationOptions
{
    enum class Transport {
        Direct,    // QEMU's stream goes straight from host to host; QVirt talks to both daemons
        Tunnelled, // through libvirt's own connection: the source daemon reaches the destination itself
    };
    enum class Storage {
        Shared,      // both hosts see the same disks (NFS, iSCSI...)
        Full,        // every disk is copied
        Incremental, // only the top layer of each disk: its backing files are already on the destination
    };
    Transport transport = Transport::Direct;
    Storage storage = Storage::Shared;
    // A running VM only: true moves the definition too (the VM stays on the
    // destination after it stops); false runs it there until it stops and
    // keeps its definition on the source.
    bool persistent = true;
    // Keep the definition on the source as well (a copy, not a move).
    bool keepSource = false;
    int bandwidthMiBs = 0; // 0: no limit
    int maxDowntimeMs = 0; // 0: libvirt's default
    bool autoConverge = false;
    // Switch to post-copy after the first full pass of memory: the VM then
    // runs on the destination while the rest of its memory follows.
    bool postCopy = false;
    // Make a directory storage pool on the destination for a disk's folder it
    // has none for (copying storage needs one there to create the disk in).
    bool createPools = true;
    // Move even where libvirt cannot tell that the disks are shared (its
    // VIR_MIGRATE_UNSAFE): for shared file systems it does not recognise.
    bool unsafe = false;
    // Tunnelled: the destination as the source host reaches it (empty: the
    // destination connection's own URI).
    QString peerUri;
};

// One disk of the VM as a migration sees it.
struct MigrationDisk
{
    QString target;         // vda, sdb...
    QString path;           // empty: no file (network disk, empty CD-ROM)
    QString format;         // qcow2, raw...
    QStringList backing;    // the backing files below path, nearest first
    QString backingFormat;  // the format of backing.first()
    bool copied = true;     // false: CD-ROMs, read-only and shareable disks stay shared
};

// What the definition says about a move, read before it starts.
struct MigrationSubject
{
    QString name;
    QVector<MigrationDisk> disks;
    // Host devices passed through (PCI addresses or USB vendor:product): a
    // running VM with any cannot move.
    QStringList hostDevices;
    bool uefi = false; // an NVRAM file stays on the source host
};

// Reads a domain definition (libvirt's XML, with <backingStore> where the
// live definition has it).
MigrationSubject parseMigrationSubject(const QString &domainXml);

struct MigrationProgress
{
    enum class Phase { Preparing, Storage, Memory, PostCopy, Finishing };
    QString uuid;
    Phase phase = Phase::Preparing;
    qint64 dataTotal = -1;      // bytes; -1 when libvirt does not say
    qint64 dataProcessed = -1;
    qint64 dataRemaining = -1;
    qint64 diskTotal = -1;
    qint64 diskProcessed = -1;
    qint64 dirtyRate = -1;      // bytes the guest dirties a second
    qint64 bytesPerSecond = -1; // transfer rate
    int iteration = -1;         // memory passes so far
    qint64 elapsedMs = -1;
};

struct MigrationOutcome
{
    bool cancelled = false;
    // The storage pools made on the destination for the disks' folders.
    QStringList poolsCreated;
    // What stayed on the source host and the user may want to remove there
    // (disk images of a moved VM: QVirt never deletes them itself).
    QStringList leftOnSource;
};

Q_DECLARE_METATYPE(MigrationProgress)
