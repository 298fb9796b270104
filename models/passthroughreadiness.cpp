#include "passthroughreadiness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QXmlStreamReader>

namespace {

using Check = PassthroughReadiness::Check;
using Outcome = PassthroughReadiness::Outcome;

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// The drivers that keep a graphics card for the host's own display.
const QStringList kHostDisplayDrivers = {QStringLiteral("nouveau"), QStringLiteral("nvidia"), QStringLiteral("amdgpu"),
                                         QStringLiteral("radeon"), QStringLiteral("i915")};

// Titles, details and fixes shared by the local and the remote checks, so both
// read alike and translate once.

Check iommuCheck()
{
    //: Title of a passthrough readiness check (shown with Ready / Needs fixing)
    return {QStringLiteral("iommu"), Outcome::Fail, PassthroughReadiness::tr("IOMMU enabled"), {}, {}};
}

QString iommuGroupsDetail(int groups)
{
    return PassthroughReadiness::tr("%n IOMMU group(s) present.", nullptr, groups);
}

QString iommuFix()
{
    return PassthroughReadiness::tr("Enable VT-d (Intel) or AMD-Vi in the firmware, add intel_iommu=on (or amd_iommu=on) to GRUB_CMDLINE_LINUX in /etc/default/grub, regenerate the GRUB configuration (grub2-mkconfig -o … or update-grub) and reboot.");
}

Check vfioCheck()
{
    //: Title of a passthrough readiness check (shown with Ready / Needs fixing)
    return {QStringLiteral("vfio"), Outcome::Fail, PassthroughReadiness::tr("vfio-pci available"), {}, {}};
}

QString vfioFix()
{
    return PassthroughReadiness::tr("Load it with modprobe vfio-pci, and list it in /etc/modules-load.d/ so it loads at boot. libvirt also loads it when it detaches a device.");
}

Check gpuCheck()
{
    return {QStringLiteral("gpu-driver"), Outcome::Pass, PassthroughReadiness::tr("Graphics cards free of host display drivers"), {}, {}};
}

QString gpuHeldBy(const QString &device, const QString &driver)
{
    //: %1 is a graphics card, %2 the host display driver that holds it
    return PassthroughReadiness::tr("%1 (%2)").arg(device, driver);
}

// A failed gpu check from the held cards' gpuHeldBy() entries.
void gpuHeld(Check *gpu, const QStringList &held)
{
    gpu->outcome = Outcome::Fail;
    gpu->detail = PassthroughReadiness::tr("Held by a host display driver: %1.").arg(held.join(QStringLiteral(", ")));
    gpu->fix = PassthroughReadiness::tr("Keep the host's driver off the card: blacklist it (for nouveau: \"blacklist nouveau\" and \"options nouveau modeset=0\" in /etc/modprobe.d/), rebuild the initramfs (dracut -f, or update-initramfs -u) and reboot; then bind the card to vfio-pci.");
}

QString gpuFreeDetail(int gpus)
{
    return gpus ? PassthroughReadiness::tr("%n graphics card(s), none held by a host display driver.", nullptr, gpus)
                : PassthroughReadiness::tr("No graphics cards found.");
}

Check interruptRemappingCheck()
{
    //: Title of a passthrough readiness check (shown with Ready / Needs fixing)
    return {QStringLiteral("interrupt-remapping"), Outcome::Unknown, PassthroughReadiness::tr("Interrupt remapping"), {}, {}};
}

// What libvirt does not tell: Unknown, and how to look on the host itself.
void notCheckedRemotely(Check *c, const QString &why, const QString &howToCheck)
{
    c->outcome = Outcome::Unknown;
    c->detail = PassthroughReadiness::tr("Could not be checked remotely: %1").arg(why);
    c->fix = howToCheck;
}

// <domainCapabilities><devices><hostdev supported=...><enum name='pciBackend'><value>vfio</value>...
struct HostdevSupport
{
    bool reported = false;
    bool supported = false;
    QStringList pciBackends;
};

HostdevSupport readHostdevSupport(const QString &domainCapabilitiesXml)
{
    HostdevSupport s;
    QXmlStreamReader xml(domainCapabilitiesXml);
    if (!xml.readNextStartElement() || xml.name() != u"domainCapabilities")
        return s;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"devices") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() != u"hostdev") {
                xml.skipCurrentElement();
                continue;
            }
            s.reported = true;
            s.supported = xml.attributes().value(QLatin1String("supported")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"enum" && xml.attributes().value(QLatin1String("name")) == u"pciBackend") {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"value")
                            s.pciBackends << xml.readElementText().trimmed();
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
        }
    }
    return xml.hasError() ? HostdevSupport() : s;
}

} // namespace

QVector<PassthroughReadiness::Check> PassthroughReadiness::check(const QString &root)
{
    const QDir r(root);
    QVector<Check> checks;
    const QString cmdline = readFile(r.filePath(QStringLiteral("proc/cmdline")));
    const QStringList args = cmdline.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    // 1. IOMMU: groups exist only when it is on.
    Check iommu = iommuCheck();
    const QStringList groups = QDir(r.filePath(QStringLiteral("sys/kernel/iommu_groups"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const bool onInCmdline = args.contains(QStringLiteral("intel_iommu=on")) || args.contains(QStringLiteral("amd_iommu=on"));
    if (!groups.isEmpty()) {
        iommu.outcome = Outcome::Pass;
        iommu.detail = iommuGroupsDetail(int(groups.size()));
    } else {
        iommu.detail = onInCmdline ? tr("The kernel command line turns the IOMMU on, but there are no IOMMU groups: VT-d or AMD-Vi may be off in the firmware.")
                                   : tr("There are no IOMMU groups and the kernel command line has neither intel_iommu=on nor amd_iommu=on.");
        iommu.fix = iommuFix();
    }
    checks << iommu;

    // 2. vfio-pci: the driver passthrough binds devices to.
    Check vfio = vfioCheck();
    if (QFileInfo::exists(r.filePath(QStringLiteral("sys/bus/pci/drivers/vfio-pci")))
        || QFileInfo::exists(r.filePath(QStringLiteral("sys/module/vfio_pci")))) {
        vfio.outcome = Outcome::Pass;
        vfio.detail = tr("The vfio-pci driver is loaded.");
    } else {
        vfio.detail = tr("The vfio-pci driver is not loaded.");
        vfio.fix = vfioFix();
    }
    checks << vfio;

    // 3. No graphics card held by a host display driver.
    Check gpu = gpuCheck();
    const QDir pci(r.filePath(QStringLiteral("sys/bus/pci/devices")));
    QStringList held;
    int gpus = 0;
    for (const QString &dev : pci.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
        if (!readFile(pci.filePath(dev + QStringLiteral("/class"))).startsWith(QLatin1String("0x03")))
            continue;
        ++gpus;
        const QString driver = QFileInfo(QFileInfo(pci.filePath(dev + QStringLiteral("/driver"))).symLinkTarget()).fileName();
        if (kHostDisplayDrivers.contains(driver))
            held << gpuHeldBy(dev, driver);
    }
    if (!held.isEmpty())
        gpuHeld(&gpu, held);
    else
        gpu.detail = gpuFreeDetail(gpus);
    checks << gpu;

    // 4. Interrupt remapping (isolates a device's interrupts from the host).
    Check ir = interruptRemappingCheck();
    const QDir iommus(r.filePath(QStringLiteral("sys/class/iommu")));
    const QStringList units = iommus.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System);
    if (args.contains(QStringLiteral("intremap=off"))) {
        ir.outcome = Outcome::Fail;
        ir.detail = tr("The kernel command line turns it off (intremap=off).");
        ir.fix = tr("Remove intremap=off from the kernel command line and reboot.");
    } else if (!units.isEmpty()) {
        bool intel = false, all = true;
        for (const QString &unit : units) {
            const QString ecap = readFile(iommus.filePath(unit + QStringLiteral("/intel-iommu/ecap")));
            if (ecap.isEmpty())
                continue;
            intel = true;
            all &= (ecap.toULongLong(nullptr, 16) & 0x8) != 0; // ECAP.IR
        }
        if (!intel) {
            ir.outcome = Outcome::Pass;
            ir.detail = tr("AMD-Vi remaps interrupts.");
        } else if (all) {
            ir.outcome = Outcome::Pass;
            ir.detail = tr("Every VT-d unit supports it.");
        } else {
            ir.outcome = Outcome::Fail;
            ir.detail = tr("A VT-d unit lacks it.");
            ir.fix = tr("Passthrough may still work with vfio_iommu_type1 allow_unsafe_interrupts=1, at the cost of isolation; a newer platform is the real fix.");
        }
    } else {
        ir.detail = tr("Could not be checked: no IOMMU units are listed.");
    }
    checks << ir;
    return checks;
}

QVector<PassthroughReadiness::Check> PassthroughReadiness::fromLibvirt(const QString &domainCapabilitiesXml,
                                                                       const QVector<HostDevice> &devices)
{
    QVector<Check> checks;
    QSet<int> groups;
    int pciDevices = 0;
    bool driversReported = false;
    for (const HostDevice &d : devices) {
        if (d.kind != HostDevice::Kind::Pci)
            continue;
        ++pciDevices;
        if (d.iommuGroup >= 0)
            groups.insert(d.iommuGroup);
        driversReported |= !d.driver.isEmpty();
    }
    const QString noPciDevices = tr("libvirt lists no PCI devices.");

    // 1. IOMMU: libvirt puts a PCI device in a group only when the host has one.
    Check iommu = iommuCheck();
    if (!groups.isEmpty()) {
        iommu.outcome = Outcome::Pass;
        iommu.detail = iommuGroupsDetail(int(groups.size()));
    } else if (pciDevices > 0) {
        iommu.detail = tr("libvirt lists %n PCI device(s), none of them in an IOMMU group.", nullptr, pciDevices);
        iommu.fix = iommuFix();
    } else {
        notCheckedRemotely(&iommu, noPciDevices,
                           tr("On the host, run dmesg | grep -e DMAR -e IOMMU, and ls /sys/kernel/iommu_groups: numbered groups there mean the IOMMU is on."));
    }
    checks << iommu;

    // 2. vfio: libvirt offers the vfio backend only with an IOMMU and /dev/vfio/vfio.
    Check vfio = vfioCheck();
    const HostdevSupport hostdev = readHostdevSupport(domainCapabilitiesXml);
    if (!hostdev.reported) {
        notCheckedRemotely(&vfio, tr("libvirt did not report which host devices it supports."),
                           tr("On the host, run lsmod | grep vfio: vfio_pci in the list means the driver is loaded."));
    } else if (!hostdev.supported) {
        vfio.detail = tr("libvirt on this host does not support host devices.");
        vfio.fix = tr("Install QEMU/KVM and libvirt's QEMU driver on the host (on Debian: qemu-system-x86 and libvirt-daemon-system).")
            + QLatin1Char(' ') + vfioFix();
    } else if (hostdev.pciBackends.contains(QLatin1String("vfio"))) {
        vfio.outcome = Outcome::Pass;
        vfio.detail = tr("libvirt can pass PCI devices through with VFIO.");
    } else {
        vfio.detail = tr("libvirt offers no VFIO backend for PCI devices: the vfio driver is not loaded, or the IOMMU is off.");
        vfio.fix = vfioFix();
    }
    checks << vfio;

    // 3. Graphics cards. A real host always has some PCI device bound to a driver, so when none
    // is, the connection does not report drivers (the test driver), and an empty one says nothing.
    Check gpu = gpuCheck();
    const QString howToCheckGpu = tr("On the host, run lspci -nnk | grep -A3 -e VGA -e 3D and look at \"Kernel driver in use\": vfio-pci, or none, is ready.");
    QStringList held;
    int gpus = 0;
    for (const HostDevice &d : devices) {
        if (!d.isDisplay())
            continue;
        ++gpus;
        if (kHostDisplayDrivers.contains(d.driver))
            held << gpuHeldBy(d.address, d.driver);
    }
    if (!held.isEmpty())
        gpuHeld(&gpu, held);
    else if (pciDevices == 0)
        notCheckedRemotely(&gpu, noPciDevices, howToCheckGpu);
    else if (gpus > 0 && !driversReported)
        notCheckedRemotely(&gpu, tr("libvirt reports no drivers for the host's PCI devices."), howToCheckGpu);
    else
        gpu.detail = gpuFreeDetail(gpus);
    checks << gpu;

    // 4. Interrupt remapping: libvirt does not say.
    Check ir = interruptRemappingCheck();
    notCheckedRemotely(&ir, tr("libvirt does not report it."),
                       tr("On the host, run dmesg | grep -i remapping: \"Enabled IRQ remapping\" (Intel) or \"Interrupt remapping enabled\" (AMD) means it is on."));
    checks << ir;
    return checks;
}
