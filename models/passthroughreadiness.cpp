#include "passthroughreadiness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// The drivers that keep a graphics card for the host's own display.
const QStringList kHostDisplayDrivers = {QStringLiteral("nouveau"), QStringLiteral("nvidia"), QStringLiteral("amdgpu"),
                                         QStringLiteral("radeon"), QStringLiteral("i915")};

} // namespace

QVector<PassthroughReadiness::Check> PassthroughReadiness::check(const QString &root)
{
    const QDir r(root);
    QVector<Check> checks;
    const QString cmdline = readFile(r.filePath(QStringLiteral("proc/cmdline")));
    const QStringList args = cmdline.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    // 1. IOMMU: groups exist only when it is on.
    Check iommu{QStringLiteral("iommu"), Outcome::Fail, tr("IOMMU enabled"), {}, {}};
    const QStringList groups = QDir(r.filePath(QStringLiteral("sys/kernel/iommu_groups"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const bool onInCmdline = args.contains(QStringLiteral("intel_iommu=on")) || args.contains(QStringLiteral("amd_iommu=on"));
    if (!groups.isEmpty()) {
        iommu.outcome = Outcome::Pass;
        iommu.detail = tr("%n IOMMU group(s) present.", nullptr, int(groups.size()));
    } else {
        iommu.detail = onInCmdline ? tr("The kernel command line turns the IOMMU on, but there are no IOMMU groups: VT-d or AMD-Vi may be off in the firmware.")
                                   : tr("There are no IOMMU groups and the kernel command line has neither intel_iommu=on nor amd_iommu=on.");
        iommu.fix = tr("Enable VT-d (Intel) or AMD-Vi in the firmware, add intel_iommu=on (or amd_iommu=on) to GRUB_CMDLINE_LINUX in /etc/default/grub, regenerate the GRUB configuration (grub2-mkconfig -o … or update-grub) and reboot.");
    }
    checks << iommu;

    // 2. vfio-pci: the driver passthrough binds devices to.
    Check vfio{QStringLiteral("vfio"), Outcome::Fail, tr("vfio-pci available"), {}, {}};
    if (QFileInfo::exists(r.filePath(QStringLiteral("sys/bus/pci/drivers/vfio-pci")))
        || QFileInfo::exists(r.filePath(QStringLiteral("sys/module/vfio_pci")))) {
        vfio.outcome = Outcome::Pass;
        vfio.detail = tr("The vfio-pci driver is loaded.");
    } else {
        vfio.detail = tr("The vfio-pci driver is not loaded.");
        vfio.fix = tr("Load it with modprobe vfio-pci, and list it in /etc/modules-load.d/ so it loads at boot. libvirt also loads it when it detaches a device.");
    }
    checks << vfio;

    // 3. No graphics card held by a host display driver.
    Check gpu{QStringLiteral("gpu-driver"), Outcome::Pass, tr("Graphics cards free of host display drivers"), {}, {}};
    const QDir pci(r.filePath(QStringLiteral("sys/bus/pci/devices")));
    QStringList held;
    int gpus = 0;
    for (const QString &dev : pci.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::System)) {
        if (!readFile(pci.filePath(dev + QStringLiteral("/class"))).startsWith(QLatin1String("0x03")))
            continue;
        ++gpus;
        const QString driver = QFileInfo(QFileInfo(pci.filePath(dev + QStringLiteral("/driver"))).symLinkTarget()).fileName();
        if (kHostDisplayDrivers.contains(driver))
            held << tr("%1 (%2)").arg(dev, driver);
    }
    if (!held.isEmpty()) {
        gpu.outcome = Outcome::Fail;
        gpu.detail = tr("Held by a host display driver: %1.").arg(held.join(QStringLiteral(", ")));
        gpu.fix = tr("Keep the host's driver off the card: blacklist it (for nouveau: \"blacklist nouveau\" and \"options nouveau modeset=0\" in /etc/modprobe.d/), rebuild the initramfs (dracut -f, or update-initramfs -u) and reboot; then bind the card to vfio-pci.");
    } else {
        gpu.detail = gpus ? tr("%n graphics card(s), none held by a host display driver.", nullptr, gpus)
                          : tr("No graphics cards found.");
    }
    checks << gpu;

    // 4. Interrupt remapping (isolates a device's interrupts from the host).
    Check ir{QStringLiteral("interrupt-remapping"), Outcome::Unknown, tr("Interrupt remapping"), {}, {}};
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
