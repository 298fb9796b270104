#pragma once

#include "connection.h"
#include "session.h"

#include <QCoreApplication>

#include <optional>

class DomainDefinitions;

// Disk images: the backing chain of each disk (from the live XML, local
// headers, libvirt's pools, or qemu-img), their sizes, which other domains use
// them, and deleting them with a domain.
class Storage final
{
    Q_DECLARE_TR_FUNCTIONS(Storage)

public:
    Storage(Session &session, DomainDefinitions &definitions);

    // The images behind one disk, top first; empty for a network disk or one
    // without a source.
    QVector<DiskImage> chainOf(const DiskDescription &disk);
    // Sizes (and missing formats) of a local chain's images.
    void fillSizes(QVector<DiskImage> *chain);
    Result<QVector<DiskStorage>> storageOf(const QString &uuid);
    // Names in each image's usedBy the other domains whose chains hold it (a
    // base image shared by linked clones, an ISO). Fails when a domain
    // cannot be read: "nobody else uses it" must never be a guess.
    VoidResult fillUsers(const QString &uuid, QVector<DiskStorage> *disks);
    // Through libvirt where a pool holds the image, else (local hosts) the
    // file itself; one entry per path.
    QVector<StorageDeletion> deleteImages(const QStringList &paths);
    // Deletes images no pool holds (on a remote host QVirt cannot reach
    // them otherwise): each folder is made a transient dir pool for the
    // deletion, which goes with it; the folder and its other files stay.
    QVector<StorageDeletion> deleteThroughFolderPools(const QStringList &paths);
    // Every image of every domain's disk chains and the domains that use it.
    Result<QHash<QString, QStringList>> imageUsers();

    // The first image in the domain's chains whose file name is not UTF-8;
    // empty when none.
    QString imageQemuCannotOpen(const QString &uuid);
    // Whether a local file system that holds an image of this disk's chain is
    // full: QEMU says so in its own words, which QVirt does not read.
    bool chainOnFullDisk(virDomainPtr dom, const QString &disk);
    // The chain of a disk of a shut-off local domain that holds a file name
    // QEMU cannot be given (not UTF-8, see offlinemerge.h); nullopt for every
    // other disk.
    std::optional<QVector<DiskImage>> offlineChain(const QString &uuid, const QString &disk);

private:
    // The pool volume at path; none when no pool holds it.
    StorageVolHandle volumeAt(const QString &path);
    QString volumeBackingPath(const QString &path, bool *found);
    // The chain of the disk with target in the domain's definition (flags:
    // VIR_DOMAIN_XML_*); empty when there is none.
    QVector<DiskImage> chainOfTarget(virDomainPtr dom, unsigned int flags, const QString &target);

    Session &m_session;
    DomainDefinitions &m_definitions;
};
