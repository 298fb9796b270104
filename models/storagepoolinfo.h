#pragma once

#include <QString>
#include <QVector>

// A libvirt storage pool, as pickers and the host's storage view show it.
struct StoragePoolInfo
{
    QString name;
    QString uuid;
    QString type;       // dir, fs, netfs, logical, iscsi...
    QString targetPath; // where its volumes appear on the host (dir pools: the folder)
    bool active = false;
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

// Fills type and target path from a <pool> document; false when it is not one.
bool parseStoragePoolXml(const QString &xml, StoragePoolInfo *out);
// The format of a <volume> document's target (empty when it names none).
QString parseVolumeFormat(const QString &xml);
// The <volume> document that creates request in a pool.
QString volumeXml(const VolumeRequest &request);
