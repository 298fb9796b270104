#pragma once

#include <QString>
#include <QStringList>

class QDomDocument;

// The XML of new devices, one element each, as libvirt takes it both in a
// definition and in virDomainAttachDeviceFlags. Pure functions.
namespace DeviceXml {

struct DiskSpec
{
    enum class Source { File, Block, Volume };
    Source source = Source::File;
    QString path;       // file or block device; empty for an empty CD-ROM drive
    QString pool, volume; // Source::Volume
    QString format = QStringLiteral("qcow2"); // driver type; raw for block devices and ISOs
    QString bus = QStringLiteral("virtio");    // virtio, sata, scsi, ide, usb
    QString target;     // empty: nextTarget() on the definition
    QString cache;      // none, writeback, writethrough, directsync, unsafe; empty: default
    QString discard;    // unmap, ignore; empty: default
    bool readOnly = false;
    bool cdrom = false;
};

struct NicSpec
{
    enum class Source { Network, Bridge, Direct, User };
    Source source = Source::Network;
    QString name = QStringLiteral("default"); // network, bridge or host interface
    QString mode = QStringLiteral("bridge");   // Direct: bridge, vepa, private, passthrough
    QString model = QStringLiteral("virtio");
    QString mac;        // empty: libvirt chooses
};

// The first free target name of a bus in a definition: vda.. for virtio,
// sda.. for sata/scsi/usb, hda.. for ide (after hdz: hdaa, as libvirt counts).
QString nextTarget(const QDomDocument &doc, const QString &bus);
QString targetPrefix(const QString &bus);

QString disk(const DiskSpec &spec);
QString nic(const NicSpec &spec);
// type: vnc or spice; listens on listen (empty: libvirt's default), autoport.
QString graphics(const QString &type, const QString &listen = {});
QString video(const QString &model);
QString sound(const QString &model);
QString input(const QString &type, const QString &bus);
// tag: serial or console; type pty; console target virtio or serial.
QString serial(const QString &tag, const QString &targetType = {});
// model tpm-crb or tpm-tis, an emulated TPM 2.0.
QString tpm(const QString &model);
QString watchdog(const QString &model, const QString &action);
// virtio RNG fed from /dev/urandom.
QString rng();
// A USB redirection channel over SPICE.
QString usbRedirection();

} // namespace DeviceXml
