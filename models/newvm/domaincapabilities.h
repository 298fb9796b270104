#pragma once

#include <QString>
#include <QStringList>

// What a host's hypervisor offers a new VM of one architecture and machine
// (virConnectGetDomainCapabilities), as the New VM wizard needs it.
struct DomainCapabilities
{
    QString domainType;      // kvm where the host has it, else qemu (TCG)
    QString emulator;
    QString arch;
    QString machine;         // the canonical machine the host reported (pc-q35-7.2)
    int maxVcpus = 0;
    bool efi = false;        // <os firmware='efi'> works (a firmware descriptor exists)
    bool secureBoot = false; // an EFI loader with secure boot exists
    QStringList loaders;     // firmware images, for the hardware editor
    QStringList diskBuses;   // virtio, sata, scsi, usb, ide, fdc
    QStringList graphicsTypes;
    QStringList videoModels;
    QStringList tpmModels;   // tpm-crb, tpm-tis
    QStringList tpmBackends; // emulator (swtpm), passthrough
    bool hostPassthroughCpu = false;
    bool hostModelCpu = false;

    bool tpmEmulator() const { return tpmBackends.contains(QLatin1String("emulator")); }
};

// Parses <domainCapabilities>; false when it is not one.
bool parseDomainCapabilities(const QString &xml, DomainCapabilities *out);
