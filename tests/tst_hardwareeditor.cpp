#include "banner.h"
#include "connection.h"
#include "hardwareeditor.h"
#include "messagebox.h"
#include "testutil.h"

#include <QAction>
#include <QListWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QCheckBox>
#include <QtTest>

using namespace TestUtil;

namespace {
const QString kDraft = QStringLiteral(R"(<domain type='kvm'>
  <name>draft</name>
  <memory unit='MiB'>1024</memory>
  <currentMemory unit='MiB'>1024</currentMemory>
  <vcpu>2</vcpu>
  <os><type arch='x86_64' machine='q35'>hvm</type><boot dev='hd'/></os>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='/img/a.qcow2'/><target dev='vda' bus='virtio'/></disk>
    <disk type='file' device='cdrom'><driver name='qemu' type='raw'/><source file='/img/x.iso'/><target dev='sda' bus='sata'/><readonly/></disk>
    <interface type='network'><mac address='52:54:00:aa:bb:cc'/><source network='default'/><model type='virtio'/></interface>
    <graphics type='vnc' autoport='yes' passwd='s3cret'/>
    <video><model type='virtio'/></video>
    <sound model='ich9'/>
    <input type='tablet' bus='usb'/>
    <serial type='pty'/>
    <console type='pty'><target type='serial'/></console>
    <tpm model='tpm-crb'><backend type='emulator' version='2.0'/></tpm>
    <watchdog model='i6300esb' action='reset'/>
    <rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>
    <redirdev bus='usb' type='spicevmc'/>
  </devices>
</domain>)");

template<typename T>
T *field(HardwareEditor &e, const char *name)
{
    return e.findChild<T *>(QLatin1String(name));
}
} // namespace

class tst_HardwareEditor : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { MessageBox::setTestHook({}); }
    void everyFormLoads();
    void draftEdits();
    void draftAddAndRemove();
    void invalidTopologyIsNotApplied();
    void unappliedPrompt();
    void testDriverApply();
};

void tst_HardwareEditor::everyFormLoads()
{
    HardwareEditor e(nullptr);
    e.setDraft(kDraft);
    // overview, cpu, memory, boot, 2 disks, 1 NIC, 10 other devices; no host devices without a domain
    QCOMPARE(e.deviceList()->count(), 4 + 2 + 1 + 10);
    for (int i = 0; i < e.deviceList()->count(); ++i) {
        e.deviceList()->setCurrentRow(i);
        QVERIFY2(e.currentForm(), qPrintable(e.deviceList()->item(i)->text()));
        QString error;
        QVERIFY2(e.currentForm()->changes(&error).isEmpty(), qPrintable(e.deviceList()->item(i)->text()));
        QVERIFY(error.isEmpty());
    }
    QVERIFY(!e.hasUnappliedChanges());
    QVERIFY(!field<QPushButton>(e, "hardwareApply")->isEnabled());
}

void tst_HardwareEditor::draftEdits()
{
    HardwareEditor e(nullptr);
    e.setDraft(kDraft);
    QSignalSpy changed(&e, &HardwareEditor::draftChanged);
    QVERIFY(e.select(QStringLiteral("overview")));
    QTest::keyClicks(field<QLineEdit>(e, "overviewTitle"), QStringLiteral("My VM"));
    QVERIFY(e.select(QStringLiteral("memory")));
    field<QSpinBox>(e, "memoryCurrent")->setValue(512);
    QVERIFY(e.select(QStringLiteral("cpu")));
    field<QSpinBox>(e, "cpuMaximum")->setValue(4);
    QVERIFY(e.select(QStringLiteral("interface")));
    field<QCheckBox>(e, "nicLink")->setChecked(false);
    QVERIFY(e.select(QStringLiteral("boot")));
    field<QCheckBox>(e, "bootMenu")->setChecked(true);
    field<QLineEdit>(e, "bootKernel")->setText(QStringLiteral("/boot/vmlinuz"));
    QVERIFY(e.hasUnappliedChanges());
    QVERIFY(field<QPushButton>(e, "hardwareApply")->isEnabled());
    QTest::mouseClick(field<QPushButton>(e, "hardwareApply"), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    const QString xml = e.draftXml();
    QCOMPARE(changed.at(0).at(0).toString(), xml);
    QVERIFY(xml.contains(QLatin1String("<title>My VM</title>")));
    QVERIFY(xml.contains(QLatin1String("<currentMemory unit=\"KiB\">524288</currentMemory>")));
    QVERIFY(xml.contains(QLatin1String("<vcpu current=\"2\">4</vcpu>")));
    QVERIFY(xml.contains(QLatin1String("<link state=\"down\"/>")));
    QVERIFY(xml.contains(QLatin1String("<bootmenu enable=\"yes\"/>")));
    QVERIFY(xml.contains(QLatin1String("<kernel>/boot/vmlinuz</kernel>")));
    QVERIFY(xml.contains(QLatin1String("passwd=\"s3cret\"")));
    QVERIFY(!e.hasUnappliedChanges());
}

void tst_HardwareEditor::draftAddAndRemove()
{
    HardwareEditor e(nullptr);
    e.setDraft(kDraft);
    QSignalSpy changed(&e, &HardwareEditor::draftChanged);
    // Add hardware: a user-mode NIC from the menu.
    auto *menu = field<QPushButton>(e, "hardwareAdd")->menu();
    QAction *userNic = menu->findChild<QAction *>(QStringLiteral("addUserNic"));
    QVERIFY(userNic);
    userNic->trigger();
    // Eject the CD-ROM's media, remove the disk vda.
    QVERIFY(e.select(QStringLiteral("disk"), 1));
    QTest::mouseClick(field<QPushButton>(e, "diskEject"), Qt::LeftButton);
    QVERIFY(e.select(QStringLiteral("disk"), 0));
    QTest::mouseClick(field<QPushButton>(e, "hardwareRemove"), Qt::LeftButton);
    QVERIFY(e.hasUnappliedChanges());
    QTest::mouseClick(field<QPushButton>(e, "hardwareApply"), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    const QString xml = e.draftXml();
    QVERIFY(xml.contains(QLatin1String("<interface type=\"user\">")));
    QVERIFY(!xml.contains(QLatin1String("x.iso")));
    QVERIFY(!xml.contains(QLatin1String("a.qcow2")));
    QVERIFY(xml.contains(QLatin1String("passwd=\"s3cret\"")));
    // An added disk gets the next free target of its bus.
    QAction *disk = menu->findChild<QAction *>(QStringLiteral("addDisk"));
    disk->trigger();
    QDialog *dialog = e.findChild<QDialog *>(QStringLiteral("addDiskDialog"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("addDiskPath"))->setText(QStringLiteral("/img/b.qcow2"));
    dialog->accept();
    QTest::mouseClick(field<QPushButton>(e, "hardwareApply"), Qt::LeftButton);
    QCOMPARE(changed.size(), 2);
    QVERIFY2(e.draftXml().contains(QLatin1String("dev=\"vda\"")), qPrintable(e.draftXml()));
    QVERIFY(e.draftXml().contains(QLatin1String("/img/b.qcow2")));
}

void tst_HardwareEditor::invalidTopologyIsNotApplied()
{
    HardwareEditor e(nullptr);
    e.setDraft(kDraft);
    QSignalSpy changed(&e, &HardwareEditor::draftChanged);
    QVERIFY(e.select(QStringLiteral("cpu")));
    field<QCheckBox>(e, "cpuManualTopology")->setChecked(true);
    field<QSpinBox>(e, "cpuSockets")->setValue(3); // 3 × 1 × 1 is not 2
    QTest::mouseClick(field<QPushButton>(e, "hardwareApply"), Qt::LeftButton);
    QCOMPARE(changed.size(), 0);
    QVERIFY(e.banner()->text().contains(QLatin1String("sockets")));
    field<QSpinBox>(e, "cpuSockets")->setValue(1);
    field<QSpinBox>(e, "cpuCores")->setValue(2);
    QTest::mouseClick(field<QPushButton>(e, "hardwareApply"), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QVERIFY(e.draftXml().contains(QLatin1String("cores=\"2\"")));
}

void tst_HardwareEditor::unappliedPrompt()
{
    HardwareEditor e(nullptr);
    e.setDraft(kDraft);
    QVERIFY(e.select(QStringLiteral("sound")));
    bool proceeded = true;
    e.confirmLeave([&proceeded](bool p) { proceeded = p; });
    QVERIFY(proceeded); // nothing to lose: no question
    e.select(QStringLiteral("overview"));
    QTest::keyClicks(field<QLineEdit>(e, "overviewTitle"), QStringLiteral("x"));
    int asked = 0;
    MessageBox::setTestHook([&asked](QMessageBox::Icon, const QString &, const QString &) {
        ++asked;
        return QMessageBox::Cancel;
    });
    e.confirmLeave([&proceeded](bool p) { proceeded = p; });
    QCOMPARE(asked, 1);
    QVERIFY(!proceeded);
    QVERIFY(e.hasUnappliedChanges());
    MessageBox::setTestHook([&asked](QMessageBox::Icon, const QString &, const QString &) {
        ++asked;
        return QMessageBox::Yes;
    });
    e.confirmLeave([&proceeded](bool p) { proceeded = p; });
    QCOMPARE(asked, 2);
    QVERIFY(proceeded);
    QVERIFY(!e.hasUnappliedChanges()); // reverted
}

void tst_HardwareEditor::testDriverApply()
{
    Connection c(QStringLiteral("test:///default"));
    QVERIFY(openAndLoad(&c));
    const QString uuid = c.domainModel()->find(QStringLiteral("test"))->uuid;
    HardwareEditor e(&c);
    QSignalSpy loaded(&e, &HardwareEditor::loaded);
    e.setDomain(uuid);
    QTRY_VERIFY(loaded.size() >= 1);
    QVERIFY(e.passthrough());
    QVERIFY(e.select(QStringLiteral("hostdev")));
    QVERIFY(e.select(QStringLiteral("memory")));
    QSpinBox *current = field<QSpinBox>(e, "memoryCurrent");
    QVERIFY(current);
    const int before = current->value();
    current->setValue(before / 2);
    QSignalSpy done(&e, &HardwareEditor::applyFinished);
    QTest::mouseClick(field<QPushButton>(e, "hardwareApply"), Qt::LeftButton);
    QTRY_COMPARE(done.size(), 1);
    const HardwareApplyReport report = done.at(0).at(0).value<HardwareApplyReport>();
    QCOMPARE(report.outcomes.size(), 1);
    QVERIFY2(report.outcomes[0].defined, qPrintable(report.outcomes[0].defineError));
    QVERIFY(e.banner()->isVisible() || !e.banner()->text().isEmpty());
    QVERIFY(e.banner()->text().contains(QLatin1String("memory")));
    const Result<QString> xml = await(c.domainXml(uuid, true));
    QVERIFY(xml.ok());
    QVERIFY2(xml.value().contains(QStringLiteral("%1</currentMemory>").arg(quint64(before / 2) * 1024)), qPrintable(xml.value()));
}

QTEST_MAIN(tst_HardwareEditor)
#include "tst_hardwareeditor.moc"
