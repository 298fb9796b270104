#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// A libvirt storage pool, as pickers and the host's storage view show it.
struct StoragePoolInfo
{
    QString name;
    QString uuid;
    QString type;       // dir, fs, netfs, logical, iscsi...
    QString targetPath; // where its volumes appear on the host (dir pools: the folder)
    QString sourceHost;   // netfs, iscsi, gluster, rbd...
    QString sourceDir;    // netfs: the export
    QString sourceDevice; // fs, logical, disk: the block device
    QString sourceName;   // logical: the volume group; rbd, gluster: the pool
    QString sourceFormat; // fs: ext4...; netfs: nfs...
    bool active = false;
    bool persistent = true;
    bool autostart = false;
    qint64 capacity = -1;   // bytes; -1 when unknown (inactive pool)
    qint64 allocation = -1;
    qint64 available = -1;
};

struct StorageVolumeInfo
{
    QString name;
    QString path;
    QString format;   // qcow2, raw, iso...
    QString pool;
    QString backingPath; // the image a qcow2 overlay reads through to
    qint64 capacity = -1;
    qint64 allocation = -1;
};

// A new volume in a pool.
struct VolumeRequest
{
    QString pool;
    QString name;
    qint64 capacity = 0; // bytes
    QString format = QStringLiteral("qcow2");
    QString backingPath;   // optional backing image (qcow2 overlays)
    QString backingFormat;
};

// A new pool, with the fields its type has (see poolFields()).
struct PoolRequest
{
    QString type = QStringLiteral("dir");
    QString name;
    QString targetPath;
    QString sourceHost;
    QString sourceDir;
    QString sourceDevice;
    QString sourceName;
    QString sourceFormat;
};

// Which fields a pool type takes, as a dialog shows them.
enum PoolField {
    PoolTargetPath = 0x1,
    PoolSourceHost = 0x2,
    PoolSourceDir = 0x4,
    PoolSourceDevice = 0x8,
    PoolSourceName = 0x10,
    PoolSourceFormat = 0x20,
};
int poolFields(const QString &type);
// The formats a pool type's source may have (fs: ext4...; netfs: nfs...); empty when it has none.
QStringList poolSourceFormats(const QString &type);
// The pool types every libvirt knows, for hosts whose capabilities cannot be read.
QStringList fallbackPoolTypes();
// The supported pool types of a <storagepoolCapabilities> document.
QStringList parseStoragePoolCapabilities(const QString &xml);

// Fills type, target path and source from a <pool> document; false when it is not one.
bool parseStoragePoolXml(const QString &xml, StoragePoolInfo *out);
// The <pool> document that defines request.
QString poolXml(const PoolRequest &request);
// The format of a <volume> document's target (empty when it names none).
QString parseVolumeFormat(const QString &xml);
// Fills format and backing path from a <volume> document; false when it is not one.
bool parseVolumeXml(const QString &xml, StorageVolumeInfo *out);
// The <volume> document that creates request in a pool.
QString volumeXml(const VolumeRequest &request);

Q_DECLARE_METATYPE(StoragePoolInfo)
Q_DECLARE_METATYPE(StorageVolumeInfo)
