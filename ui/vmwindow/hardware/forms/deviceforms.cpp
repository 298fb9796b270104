#include "deviceforms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {
QComboBox *choices(const QStringList &items, const QString &current, bool editable = false)
{
    auto *c = new QComboBox;
    c->setEditable(editable);
    c->addItems(items);
    if (c->findText(current) < 0)
        c->addItem(current);
    c->setCurrentText(current);
    return c;
}
} // namespace

DiskForm::DiskForm(const DiskInfo &disk, const QDomDocument &doc, const HardwareContext &context, QWidget *parent)
    : HardwareForm(parent)
    , m_loaded(disk)
    , m_doc(doc)
{
    setObjectName(QStringLiteral("diskForm"));
    addRow(tr("Target:"), new QLabel(disk.target), "diskTarget");
    addRow(tr("Storage type:"), new QLabel(disk.type), "diskType");
    addRow(tr("Format:"), new QLabel(disk.format), "diskFormat");
    const bool cdrom = disk.device == QLatin1String("cdrom") || disk.device == QLatin1String("floppy");
    if (cdrom) {
        m_media = addRow(tr("Media:"), new QLineEdit(disk.source), "diskMedia");
        m_media->setPlaceholderText(tr("No media; enter the path of an ISO image to insert it."));
        auto *buttons = new QHBoxLayout;
        auto *eject = new QPushButton(tr("Eject"));
        eject->setObjectName(QStringLiteral("diskEject"));
        eject->setEnabled(!disk.source.isEmpty());
        auto *insert = new QPushButton(tr("Insert"));
        insert->setObjectName(QStringLiteral("diskInsert"));
        buttons->addWidget(eject);
        buttons->addWidget(insert);
        buttons->addStretch();
        form()->addRow(QString(), buttons);
        connect(eject, &QPushButton::clicked, this, [this] { emit changeRequested(HardwareChanges::setMedia(m_doc, m_loaded.key, {})); });
        connect(insert, &QPushButton::clicked, this, [this] {
            if (!m_media->text().trimmed().isEmpty())
                emit changeRequested(HardwareChanges::setMedia(m_doc, m_loaded.key, m_media->text().trimmed()));
        });
        if (context.running)
            addRow(QString(), new QLabel(tr("Eject and Insert change the running VM's drive and its definition at once.")),
                   "diskMediaNote")->setWordWrap(true);
    } else {
        addRow(tr("Source:"), new QLabel(disk.source), "diskSource")->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_bus = addRow(tr("Bus:"), choices({QStringLiteral("virtio"), QStringLiteral("sata"), QStringLiteral("scsi"), QStringLiteral("ide"),
                                        QStringLiteral("usb")}, disk.bus), "diskBus");
    m_cache = addRow(tr("Cache mode:"), choices({QString(), QStringLiteral("none"), QStringLiteral("writeback"), QStringLiteral("writethrough"),
                                                 QStringLiteral("directsync"), QStringLiteral("unsafe")}, disk.cache), "diskCache");
    m_discard = addRow(tr("Discard:"), choices({QString(), QStringLiteral("unmap"), QStringLiteral("ignore")}, disk.discard), "diskDiscard");
    auto *ro = addRow(tr("Read-only:"), new QCheckBox, "diskReadOnly");
    ro->setChecked(disk.readOnly);
    ro->setEnabled(false);
}

QVector<HardwareChange> DiskForm::changes(QString *) const
{
    QVector<HardwareChanges::AttributeEdit> edits;
    if (m_bus->currentText() != m_loaded.bus) {
        edits << HardwareChanges::AttributeEdit{QStringLiteral("target"), QStringLiteral("bus"), m_bus->currentText()};
        // The target name follows the bus (vdb on virtio, sdb on SATA); its address is libvirt's to choose again.
        const QString dev = DeviceXml::nextTarget(m_doc, m_bus->currentText());
        edits << HardwareChanges::AttributeEdit{QStringLiteral("target"), QStringLiteral("dev"), dev};
        edits << HardwareChanges::AttributeEdit{QStringLiteral("address"), QStringLiteral("type"), QString()};
    }
    if (m_cache->currentText() != m_loaded.cache)
        edits << HardwareChanges::AttributeEdit{QStringLiteral("driver"), QStringLiteral("cache"), m_cache->currentText()};
    if (m_discard->currentText() != m_loaded.discard)
        edits << HardwareChanges::AttributeEdit{QStringLiteral("driver"), QStringLiteral("discard"), m_discard->currentText()};
    if (edits.isEmpty())
        return {};
    return {HardwareChanges::editDevice(m_loaded.key, edits, tr("Change the settings of the disk %1.").arg(m_loaded.target))};
}

NicForm::NicForm(const NicInfo &nic, const QDomDocument &doc, const HardwareContext &, QWidget *parent)
    : HardwareForm(parent)
    , m_loaded(nic)
    , m_doc(doc)
{
    setObjectName(QStringLiteral("nicForm"));
    m_type = addRow(tr("Connection:"), new QComboBox, "nicType");
    m_type->addItem(tr("Virtual network"), QStringLiteral("network"));
    m_type->addItem(tr("Host bridge"), QStringLiteral("bridge"));
    m_type->addItem(tr("Host interface (macvtap)"), QStringLiteral("direct"));
    m_type->addItem(tr("User mode (no host setup)"), QStringLiteral("user"));
    if (m_type->findData(nic.type) < 0)
        m_type->addItem(nic.type, nic.type);
    m_type->setCurrentIndex(m_type->findData(nic.type));
    m_source = addRow(tr("Source:"), new QLineEdit(nic.source), "nicSource");
    m_model = addRow(tr("Model:"), choices({QStringLiteral("virtio"), QStringLiteral("e1000e"), QStringLiteral("e1000"),
                                            QStringLiteral("rtl8139")}, nic.model, true), "nicModel");
    addRow(tr("MAC address:"), new QLabel(nic.mac), "nicMac")->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_link = addRow(tr("Link:"), new QCheckBox(tr("Connected (the guest sees a cable plugged in)")), "nicLink");
    m_link->setChecked(nic.linkUp);
}

QVector<HardwareChange> NicForm::changes(QString *error) const
{
    QVector<HardwareChange> out;
    const QString type = m_type->currentData().toString();
    QVector<HardwareChanges::AttributeEdit> edits;
    if (type != m_loaded.type || m_source->text() != m_loaded.source) {
        static const QHash<QString, QString> attr{{QStringLiteral("network"), QStringLiteral("network")},
                                                 {QStringLiteral("bridge"), QStringLiteral("bridge")},
                                                 {QStringLiteral("direct"), QStringLiteral("dev")}};
        if (type != QLatin1String("user") && m_source->text().trimmed().isEmpty()) {
            *error = tr("Enter the network, bridge or host interface the network interface connects to.");
            return {};
        }
        edits << HardwareChanges::AttributeEdit{QString(), QStringLiteral("type"), type};
        if (attr.contains(m_loaded.type))
            edits << HardwareChanges::AttributeEdit{QStringLiteral("source"), attr.value(m_loaded.type), QString()};
        if (attr.contains(type))
            edits << HardwareChanges::AttributeEdit{QStringLiteral("source"), attr.value(type), m_source->text().trimmed()};
    }
    if (m_model->currentText() != m_loaded.model)
        edits << HardwareChanges::AttributeEdit{QStringLiteral("model"), QStringLiteral("type"), m_model->currentText()};
    if (!edits.isEmpty())
        out << HardwareChanges::editDevice(m_loaded.key, edits, tr("Change the network interface %1.").arg(m_loaded.mac));
    if (m_link->isChecked() != m_loaded.linkUp)
        out << HardwareChanges::setLinkState(m_doc, m_loaded.key, m_link->isChecked());
    return out;
}

SimpleDeviceForm::SimpleDeviceForm(const SimpleDevice &d, const HardwareContext &, QWidget *parent)
    : HardwareForm(parent)
    , m_loaded(d)
{
    setObjectName(QStringLiteral("deviceForm"));
    const QString tag = d.key.tag;
    if (tag == QLatin1String("graphics")) {
        addField(tr("Type:"), "graphicsType", {}, QStringLiteral("type"), d.type, {QStringLiteral("vnc"), QStringLiteral("spice")});
        addField(tr("Listen address:"), "graphicsListen", {}, QStringLiteral("listen"), d.detail,
                 {QStringLiteral("127.0.0.1"), QStringLiteral("0.0.0.0")});
        if (d.secret)
            addRow(tr("Password:"), new QLabel(tr("A password is set; QVirt keeps it as it is.")), "graphicsPassword");
    } else if (tag == QLatin1String("video")) {
        addField(tr("Model:"), "videoModel", QStringLiteral("model"), QStringLiteral("type"), d.model,
                 {QStringLiteral("virtio"), QStringLiteral("qxl"), QStringLiteral("vga"), QStringLiteral("bochs"), QStringLiteral("ramfb"),
                  QStringLiteral("cirrus"), QStringLiteral("none")});
    } else if (tag == QLatin1String("sound")) {
        addField(tr("Model:"), "soundModel", {}, QStringLiteral("model"), d.model,
                 {QStringLiteral("ich9"), QStringLiteral("ich6"), QStringLiteral("ac97"), QStringLiteral("es1370"), QStringLiteral("usb")});
    } else if (tag == QLatin1String("input")) {
        addRow(tr("Type:"), new QLabel(d.type), "inputType");
        addField(tr("Bus:"), "inputBus", {}, QStringLiteral("bus"), d.model,
                 {QStringLiteral("usb"), QStringLiteral("ps2"), QStringLiteral("virtio")});
    } else if (tag == QLatin1String("serial") || tag == QLatin1String("console")) {
        addField(tr("Type:"), "serialType", {}, QStringLiteral("type"), d.type, {QStringLiteral("pty"), QStringLiteral("null")});
        addRow(tr("Target:"), new QLabel(d.detail), "serialTarget");
    } else if (tag == QLatin1String("tpm")) {
        addField(tr("Model:"), "tpmModel", {}, QStringLiteral("model"), d.model, {QStringLiteral("tpm-crb"), QStringLiteral("tpm-tis")});
        addRow(tr("Backend:"), new QLabel(tr("%1, version %2").arg(d.type, d.detail)), "tpmBackend");
    } else if (tag == QLatin1String("watchdog")) {
        addField(tr("Model:"), "watchdogModel", {}, QStringLiteral("model"), d.model,
                 {QStringLiteral("i6300esb"), QStringLiteral("itco"), QStringLiteral("ib700")});
        addField(tr("Action:"), "watchdogAction", {}, QStringLiteral("action"), d.detail,
                 {QStringLiteral("reset"), QStringLiteral("poweroff"), QStringLiteral("shutdown"), QStringLiteral("pause"),
                  QStringLiteral("dump"), QStringLiteral("inject-nmi"), QStringLiteral("none")});
    } else if (tag == QLatin1String("rng")) {
        addRow(tr("Model:"), new QLabel(d.model), "rngModel");
        addRow(tr("Source:"), new QLabel(d.detail), "rngSource");
    } else if (tag == QLatin1String("redirdev")) {
        addRow(tr("Bus:"), new QLabel(d.model), "redirBus");
        addField(tr("Type:"), "redirType", {}, QStringLiteral("type"), d.type, {QStringLiteral("spicevmc"), QStringLiteral("tcp")});
    }
}

void SimpleDeviceForm::addField(const QString &label, const char *objectName, const QString &path, const QString &attribute,
                                const QString &loaded, const QStringList &list)
{
    Field f{path, attribute, loaded, addRow(label, choices(list, loaded, true), objectName)};
    m_fields << f;
}

QVector<HardwareChange> SimpleDeviceForm::changes(QString *) const
{
    QVector<HardwareChanges::AttributeEdit> edits;
    for (const Field &f : m_fields) {
        if (f.edit->currentText() == f.loaded)
            continue;
        edits << HardwareChanges::AttributeEdit{f.path, f.attribute, f.edit->currentText()};
        if (m_loaded.key.tag == QLatin1String("graphics") && f.attribute == QLatin1String("listen"))
            edits << HardwareChanges::AttributeEdit{QStringLiteral("listen"), QStringLiteral("address"), f.edit->currentText()};
    }
    if (edits.isEmpty())
        return {};
    return {HardwareChanges::editDevice(m_loaded.key, edits, tr("Change the settings of a %1 device.").arg(m_loaded.key.tag))};
}
