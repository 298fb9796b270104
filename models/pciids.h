#pragma once

#include "hostdevice.h"

#include <QString>
#include <QVector>

// Vendor and product names from the hwdata lists Debian ships (/usr/share/misc/pci.ids
// and usb.ids), for hosts whose node-device XML carries ids only.
class DeviceIds final
{
public:
    enum class Bus { Pci, Usb };

    // Loads lazily on first use, once per process, thread-safe; a missing file just gives no names.
    // Ids as libvirt writes them, "0x10de", or bare "10de".
    static QString vendorName(Bus bus, const QString &vendorId);
    static QString productName(Bus bus, const QString &vendorId, const QString &productId);

    // For tests: parse this file instead of the system one (an empty path goes back to it);
    // resets the cache.
    static void setDataFile(Bus bus, const QString &path);
    // The file a bus reads.
    static QString dataFile(Bus bus);
};

// Fills vendorName/productName of each PCI or USB device where empty, from DeviceIds.
void fillMissingNames(QVector<HostDevice> &devices);
