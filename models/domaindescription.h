#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// One layer of a disk's backing chain, top (active) first.
struct DiskImage
{
    QString path; // the host's exact bytes as a FileName string (filename.h): shown through FileName::display
    QString format;
    QStringList usedBy; // other domains whose disks use this image
    qint64 virtualSize = -1; // bytes; -1 when unknown
    qint64 actualSize = -1;  // bytes allocated on the host
};

struct DiskDescription
{
    QString device;      // disk, cdrom, floppy, lun
    QString sourceType;  // file, block, volume, network
    QString target;      // vda, sda...
    QString bus;
    QString source;      // file or device path, or pool/volume for type='volume'
    QString pool;
    QString volume;
    QString format;      // qcow2, raw...
    bool readOnly = false;
    bool shareable = false;
    QVector<DiskImage> backingChain; // below the active layer, as the live XML tells
};

struct GraphicsDescription
{
    QString type;        // vnc, spice
    int port = -1;
    int tlsPort = -1;    // SPICE
    bool autoport = false;
    QString listen;
    QString socket;
    bool hasPassword = false;
    QString password;    // only in XML read with the secure flag
    QString keymap;      // QEMU's VNC keymap (en-us, de, fr, ja...), empty when unset
};

struct InterfaceDescription
{
    QString type;
    QString source;
    QString model;
    QString mac;
};

// The parts of a domain's XML that QVirt shows or acts on.
struct DomainDescription
{
    QString name;
    QString uuid;
    QString title;
    QString description;
    QString domainType;  // qemu, kvm, test
    QString osType;      // hvm
    QString arch;
    QString machine;
    QString firmware;    // efi, bios or empty
    QString emulator;
    int vcpus = 0;
    quint64 memoryKiB = 0;
    QVector<DiskDescription> disks;
    QVector<GraphicsDescription> graphics;
    QVector<InterfaceDescription> interfaces;
};

// Parses libvirt domain XML; the only place QVirt reads it.
// Returns false and sets errorMessage on malformed XML.
bool parseDomainXml(const QString &xml, DomainDescription *out, QString *errorMessage = nullptr);

// The storage-volume XML <backingStore><path> of a volume, empty when none.
QString parseVolumeBackingPath(const QString &volumeXml);

// Parses `qemu-img info --backing-chain --output=json` into the chain, top first.
QVector<DiskImage> parseQemuImgChain(const QByteArray &json);
