#pragma once

#include <QString>

// Every choice of the New VM wizard, as plain values: the wizard fills it,
// buildDomainXml() turns it into a definition, the creation service makes it.
struct VmSpec
{
    enum class InstallMethod { LocalMedia, NetworkTree, ImportDisk, Pxe, Empty };
    enum class Storage { None, NewVolume, Existing };
    enum class Network { None, Virtual, Bridge, Macvtap, User };

    QString name;
    InstallMethod method = InstallMethod::LocalMedia;
    QString mediaPath;  // ISO image or CD-ROM device on the host (LocalMedia)
    QString treeUrl;    // http, https or ftp install tree (NetworkTree)
    QString kernelArgs; // extra kernel command line (NetworkTree)
    QString osId;       // libosinfo id, kept in <metadata> as virt-manager does
    QString osName;
    bool windows = false;

    QString arch = QStringLiteral("x86_64");
    quint64 memoryMiB = 2048;
    int vcpus = 2;
    bool q35 = true;
    bool uefi = false;
    bool secureBoot = false;

    Storage storage = Storage::NewVolume;
    QString pool;        // NewVolume
    QString volumeName;  // NewVolume: name in the pool (name.qcow2)
    qint64 diskBytes = 20LL * 1024 * 1024 * 1024;
    QString diskFormat = QStringLiteral("qcow2");
    QString diskPath;    // Existing and ImportDisk; NewVolume: where the pool will put it
    QString diskBus = QStringLiteral("virtio");

    Network network = Network::Virtual;
    QString networkSource = QStringLiteral("default"); // network, bridge or host interface name
    QString nicModel = QStringLiteral("virtio");
    QString mac;         // empty: libvirt picks one

    bool vnc = true;
    QString vncListen = QStringLiteral("127.0.0.1");
    QString vncPassword;
    QString videoModel = QStringLiteral("virtio");
    QString soundModel;  // empty: none
    bool usbTablet = true;
    bool tpm = false;
    bool virtioRng = true;
    bool guestAgentChannel = true;
};
