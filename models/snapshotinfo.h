#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

// One libvirt snapshot as its XML describes it.
struct SnapshotInfo
{
    enum class Location { None, Internal, External };

    struct Disk
    {
        QString name;   // target (vda) or source path
        Location location = Location::None;
        QString file;   // for external: the overlay this snapshot created
    };

    QString name;
    QString parent;
    QString description;
    QString vmState;       // running, shutoff, paused, disk-snapshot...
    QDateTime created;
    Location memory = Location::None;
    QString memoryFile;
    QVector<Disk> disks;
    bool current = false;

    bool isExternal() const;
    bool hasMemory() const { return memory != Location::None; }
};

// Parses libvirt <domainsnapshot> XML; false on malformed input.
bool parseSnapshotXml(const QString &xml, SnapshotInfo *out, QString *errorMessage = nullptr);
