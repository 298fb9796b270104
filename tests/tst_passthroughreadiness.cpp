#include "passthroughreadiness.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Outcome = PassthroughReadiness::Outcome;

// The readiness checklist on fixture /proc and /sys trees.
class tst_PassthroughReadiness : public QObject
{
    Q_OBJECT

private slots:
    void readyHost();
    void iommuOffAndNouveau();
    void intremapOffAndNoVtdIr();

private:
    static void write(const QString &root, const QString &path, const QByteArray &content);
    static void gpu(const QString &root, const QString &address, const char *driver);
    static PassthroughReadiness::Check find(const QVector<PassthroughReadiness::Check> &checks, const char *id);
};

void tst_PassthroughReadiness::write(const QString &root, const QString &path, const QByteArray &content)
{
    const QString full = root + QLatin1Char('/') + path;
    QDir().mkpath(QFileInfo(full).path());
    QFile f(full);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

// A PCI graphics card bound to driver (a symlink into sys/bus/pci/drivers, as the kernel makes it).
void tst_PassthroughReadiness::gpu(const QString &root, const QString &address, const char *driver)
{
    write(root, QStringLiteral("sys/bus/pci/devices/%1/class").arg(address), "0x030000\n");
    const QString drv = root + QStringLiteral("/sys/bus/pci/drivers/") + QLatin1String(driver);
    QDir().mkpath(drv);
    QVERIFY(QFile::link(drv, root + QStringLiteral("/sys/bus/pci/devices/%1/driver").arg(address)));
}

PassthroughReadiness::Check tst_PassthroughReadiness::find(const QVector<PassthroughReadiness::Check> &checks, const char *id)
{
    for (const auto &c : checks) {
        if (c.id == QLatin1String(id))
            return c;
    }
    return {};
}

void tst_PassthroughReadiness::readyHost()
{
    QTemporaryDir root;
    write(root.path(), QStringLiteral("proc/cmdline"), "BOOT_IMAGE=/vmlinuz root=/dev/sda1 intel_iommu=on iommu=pt\n");
    for (int g : {0, 1, 13})
        QDir().mkpath(root.filePath(QStringLiteral("sys/kernel/iommu_groups/%1/devices").arg(g)));
    gpu(root.path(), QStringLiteral("0000:3b:00.0"), "vfio-pci"); // the RTX 2080, ready
    write(root.path(), QStringLiteral("sys/class/iommu/dmar0/intel-iommu/ecap"), "f0205ef\n"); // IR bit (3) set
    const auto checks = PassthroughReadiness::check(root.path());
    QCOMPARE(checks.size(), 4);
    QCOMPARE(find(checks, "iommu").outcome, Outcome::Pass);
    QVERIFY(find(checks, "iommu").detail.contains(QLatin1String("3")));
    QCOMPARE(find(checks, "vfio").outcome, Outcome::Pass);
    QCOMPARE(find(checks, "gpu-driver").outcome, Outcome::Pass);
    QCOMPARE(find(checks, "interrupt-remapping").outcome, Outcome::Pass);
}

void tst_PassthroughReadiness::iommuOffAndNouveau()
{
    QTemporaryDir root;
    write(root.path(), QStringLiteral("proc/cmdline"), "BOOT_IMAGE=/vmlinuz root=/dev/sda1 quiet\n");
    gpu(root.path(), QStringLiteral("0000:3b:00.0"), "nouveau");
    const auto checks = PassthroughReadiness::check(root.path());
    const auto iommu = find(checks, "iommu");
    QCOMPARE(iommu.outcome, Outcome::Fail);
    QVERIFY(iommu.fix.contains(QLatin1String("intel_iommu=on")));
    QCOMPARE(find(checks, "vfio").outcome, Outcome::Fail);
    const auto g = find(checks, "gpu-driver");
    QCOMPARE(g.outcome, Outcome::Fail);
    QVERIFY(g.detail.contains(QLatin1String("0000:3b:00.0")));
    QVERIFY(g.fix.contains(QLatin1String("modeset=0")));
    QCOMPARE(find(checks, "interrupt-remapping").outcome, Outcome::Unknown);
}

void tst_PassthroughReadiness::intremapOffAndNoVtdIr()
{
    QTemporaryDir root;
    write(root.path(), QStringLiteral("proc/cmdline"), "intel_iommu=on intremap=off\n");
    write(root.path(), QStringLiteral("sys/class/iommu/dmar0/intel-iommu/ecap"), "f020a0\n");
    QCOMPARE(find(PassthroughReadiness::check(root.path()), "interrupt-remapping").outcome, Outcome::Fail);
    write(root.path(), QStringLiteral("proc/cmdline"), "intel_iommu=on\n");
    // No groups although the command line asks: firmware has VT-d off.
    const auto checks = PassthroughReadiness::check(root.path());
    QVERIFY(find(checks, "iommu").detail.contains(QLatin1String("firmware")));
    QCOMPARE(find(checks, "interrupt-remapping").outcome, Outcome::Fail); // ecap without IR
}

QTEST_GUILESS_MAIN(tst_PassthroughReadiness)
#include "tst_passthroughreadiness.moc"
