#include "hardwareeditor.h"

#include "banner.h"
#include "connection.h"
#include "domainlistmodel.h"
#include "forms/basicforms.h"
#include "forms/deviceforms.h"
#include "messagebox.h"
#include "passthroughpanel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
constexpr int TagRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;
} // namespace

HardwareEditor::HardwareEditor(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_banner(new Banner(this))
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_add(new QPushButton(this))
    , m_addMenu(new QMenu(this))
    , m_remove(new QPushButton(this))
    , m_apply(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("hardwareEditor"));
    m_banner->setObjectName(QStringLiteral("hardwareBanner"));
    m_banner->hide();
    m_list->setObjectName(QStringLiteral("hardwareList"));
    m_list->setIconSize(QSize(22, 22));
    m_stack->setObjectName(QStringLiteral("hardwareStack"));
    m_add->setObjectName(QStringLiteral("hardwareAdd"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setMenu(m_addMenu);
    m_remove->setObjectName(QStringLiteral("hardwareRemove"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_apply->setObjectName(QStringLiteral("hardwareApply"));
    m_revert->setObjectName(QStringLiteral("hardwareRevert"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    leftLayout->addLayout(listButtons);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 600});

    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_revert);
    bottom->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_list, &QListWidget::currentRowChanged, this, &HardwareEditor::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &HardwareEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &HardwareEditor::revert);
    connect(m_remove, &QPushButton::clicked, this, &HardwareEditor::removeCurrent);
    retranslate();
}

void HardwareEditor::setDomain(const QString &uuid)
{
    m_uuid = uuid;
    m_draft = false;
    if (!m_passthrough && m_connection) {
        m_passthrough = new PassthroughPanel(m_connection, uuid);
        m_passthrough->setObjectName(QStringLiteral("passthroughPanel"));
        // Started or shut down: what applies live changes.
        connect(m_connection, &Connection::domainUpdated, this, [this](const DomainInfo &d) {
            if (m_draft || d.uuid != m_uuid || isActive(d.state) == m_context.running)
                return;
            m_context.running = isActive(d.state);
            if (!hasUnappliedChanges())
                reload();
        });
    }
    reload();
}

void HardwareEditor::setDraft(const QString &xml)
{
    m_draft = true;
    m_uuid.clear();
    m_context = HardwareContext();
    m_context.draft = true;
    setBase(xml);
}

void HardwareEditor::reload()
{
    if (m_draft || !m_connection || m_uuid.isEmpty())
        return;
    const int generation = ++m_generation;
    if (const DomainInfo *d = m_connection->domainModel()->find(m_uuid))
        m_context.running = isActive(d->state);
    m_connection->hostInfo().then(this, [this](const Result<HostInfo> &r) {
        if (!r)
            return;
        m_context.hostCpus = r.value().cpus;
        m_context.hostMemoryKiB = r.value().memoryKiB;
        m_context.hostCpuModel = r.value().cpuModel;
        if (!m_baseXml.isEmpty() && !hasUnappliedChanges())
            rebuild(); // the forms show the host's limits
    });
    m_connection->domainXml(m_uuid, true).then(this, [this, generation](const Result<QString> &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            m_banner->showMessage(Banner::Kind::Error, tr("The VM's definition could not be read: %1").arg(r.error().message));
            m_banner->show();
            return;
        }
        setBase(r.value());
    });
    if (m_passthrough)
        m_passthrough->reload();
}

void HardwareEditor::setBase(const QString &xml)
{
    m_baseXml = xml;
    m_pending.clear();
    rebuild();
    emit loaded();
}

HardwareForm *HardwareEditor::currentForm() const
{
    auto *scroll = qobject_cast<QScrollArea *>(m_stack->currentWidget());
    return scroll ? qobject_cast<HardwareForm *>(scroll->widget()) : nullptr;
}

void HardwareEditor::addEntry(const QString &icon, QStyle::StandardPixmap fallback, const QString &text, const QString &tag,
                              const DeviceKey &key, QWidget *page)
{
    auto *item = new QListWidgetItem(QIcon::fromTheme(icon, style()->standardIcon(fallback)), text, m_list);
    item->setData(TagRole, tag);
    item->setData(KeyRole, QVariant::fromValue(key));
    if (auto *form = qobject_cast<HardwareForm *>(page)) {
        connect(form, &HardwareForm::edited, this, &HardwareEditor::updateButtons);
        connect(form, &HardwareForm::changeRequested, this, &HardwareEditor::queue);
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(form);
        m_stack->addWidget(scroll);
    } else {
        m_stack->addWidget(page);
    }
}

void HardwareEditor::rebuild()
{
    const Result<QString> current = HardwareChanges::applyToXml(m_baseXml, m_pending);
    QString error;
    if (!current || !HardwareXml::parse(current.value(), &m_info, &error) || !m_doc.setContent(current.value())) {
        m_banner->showMessage(Banner::Kind::Error, current ? error : current.error().message);
        m_banner->show();
        return;
    }
    const int row = qMax(0, m_list->currentRow());
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    while (m_stack->count() > 0) {
        QWidget *w = m_stack->widget(0);
        m_stack->removeWidget(w);
        if (w != m_passthrough)
            w->deleteLater();
    }
    const DeviceKey none;
    addEntry(QStringLiteral("computer"), QStyle::SP_ComputerIcon, tr("Overview"), QStringLiteral("overview"), none,
             new OverviewForm(m_info, m_context));
    addEntry(QStringLiteral("cpu"), QStyle::SP_DesktopIcon, tr("CPUs"), QStringLiteral("cpu"), none, new CpuForm(m_info, m_context));
    addEntry(QStringLiteral("media-flash"), QStyle::SP_DriveFDIcon, tr("Memory"), QStringLiteral("memory"), none,
             new MemoryForm(m_info, m_context));
    addEntry(QStringLiteral("system-run"), QStyle::SP_MediaPlay, tr("Boot options"), QStringLiteral("boot"), none,
             new BootForm(m_info, m_context));
    for (const DiskInfo &d : std::as_const(m_info.disks)) {
        const bool cd = d.device == QLatin1String("cdrom");
        addEntry(cd ? QStringLiteral("media-optical") : QStringLiteral("drive-harddisk"), cd ? QStyle::SP_DriveCDIcon : QStyle::SP_DriveHDIcon,
                 cd ? tr("CD-ROM drive %1").arg(d.target) : tr("Disk %1").arg(d.target), d.key.tag, d.key,
                 new DiskForm(d, m_doc, m_context));
    }
    for (const NicInfo &n : std::as_const(m_info.nics))
        addEntry(QStringLiteral("network-wired"), QStyle::SP_DriveNetIcon, tr("NIC %1").arg(n.mac), n.key.tag, n.key,
                 new NicForm(n, m_doc, m_context));
    for (const SimpleDevice &s : std::as_const(m_info.others)) {
        static const QHash<QString, QString> icons{{QStringLiteral("graphics"), QStringLiteral("video-display")},
                                                   {QStringLiteral("video"), QStringLiteral("video-display")},
                                                   {QStringLiteral("sound"), QStringLiteral("audio-card")},
                                                   {QStringLiteral("input"), QStringLiteral("input-mouse")},
                                                   {QStringLiteral("serial"), QStringLiteral("utilities-terminal")},
                                                   {QStringLiteral("console"), QStringLiteral("utilities-terminal")}};
        const QString tag = s.key.tag;
        QString text;
        if (tag == QLatin1String("graphics"))
            text = tr("Display %1").arg(s.type.toUpper());
        else if (tag == QLatin1String("video"))
            text = tr("Video %1").arg(s.model);
        else if (tag == QLatin1String("sound"))
            text = tr("Sound %1").arg(s.model);
        else if (tag == QLatin1String("input"))
            text = tr("Input %1 (%2)").arg(s.type, s.model);
        else if (tag == QLatin1String("serial"))
            text = tr("Serial port %1").arg(s.key.ordinal + 1);
        else if (tag == QLatin1String("console"))
            text = tr("Console %1").arg(s.key.ordinal + 1);
        else if (tag == QLatin1String("tpm"))
            text = tr("TPM");
        else if (tag == QLatin1String("watchdog"))
            text = tr("Watchdog");
        else if (tag == QLatin1String("rng"))
            text = tr("Random number generator");
        else
            text = tr("USB redirection %1").arg(s.key.ordinal + 1);
        addEntry(icons.value(tag, QStringLiteral("preferences-other")), QStyle::SP_FileDialogDetailedView, text, tag, s.key,
                 new SimpleDeviceForm(s, m_context));
    }
    if (m_passthrough)
        addEntry(QStringLiteral("preferences-desktop-peripherals"), QStyle::SP_DirLinkIcon, tr("Host devices"), QStringLiteral("hostdev"),
                 none, m_passthrough);
    m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    m_stack->setCurrentIndex(m_list->currentRow());
    buildAddMenu();
    updateButtons();
}

QVector<HardwareChange> HardwareEditor::pendingChanges(QString *error) const
{
    QVector<HardwareChange> all = m_pending;
    for (int i = 0; i < m_stack->count(); ++i) {
        auto *scroll = qobject_cast<QScrollArea *>(m_stack->widget(i));
        auto *form = scroll ? qobject_cast<HardwareForm *>(scroll->widget()) : nullptr;
        if (!form)
            continue;
        QString formError;
        const QVector<HardwareChange> changes = form->changes(&formError);
        if (!formError.isEmpty()) {
            *error = formError;
            return {};
        }
        all += changes;
    }
    return all;
}

bool HardwareEditor::hasUnappliedChanges() const
{
    QString error;
    return !pendingChanges(&error).isEmpty() || !error.isEmpty();
}

void HardwareEditor::fold()
{
    QString error;
    const QVector<HardwareChange> all = pendingChanges(&error);
    if (error.isEmpty())
        m_pending = all;
}

void HardwareEditor::queue(const HardwareChange &change)
{
    fold();
    m_pending << change;
    rebuild();
}

void HardwareEditor::updateButtons()
{
    const bool unapplied = hasUnappliedChanges();
    m_apply->setEnabled(unapplied);
    m_revert->setEnabled(unapplied);
    QListWidgetItem *item = m_list->currentItem();
    m_remove->setEnabled(item && !item->data(KeyRole).value<DeviceKey>().isNull());
}

void HardwareEditor::apply()
{
    QString error;
    const QVector<HardwareChange> changes = pendingChanges(&error);
    if (!error.isEmpty()) {
        m_banner->showMessage(Banner::Kind::Error, error);
        m_banner->show();
        return;
    }
    if (changes.isEmpty())
        return;
    if (m_draft) {
        const Result<QString> xml = HardwareChanges::applyToXml(m_baseXml, changes);
        if (!xml) {
            m_banner->showMessage(Banner::Kind::Error, xml.error().message);
            m_banner->show();
            return;
        }
        m_banner->hide();
        setBase(xml.value());
        emit draftChanged(m_baseXml);
        return;
    }
    if (!m_connection)
        return;
    m_apply->setEnabled(false);
    m_connection->applyHardware(m_uuid, changes).then(this, [this](const Result<HardwareApplyReport> &r) {
        if (!r) {
            m_banner->showMessage(Banner::Kind::Error, tr("The changes could not be applied: %1").arg(r.error().message));
        } else {
            const HardwareApplyReport &report = r.value();
            const Banner::Kind kind = report.anyFailed() ? Banner::Kind::Error
                                      : report.anyAfterRestart() ? Banner::Kind::Warning : Banner::Kind::Information;
            m_banner->showMessage(kind, report.summary());
            emit applyFinished(report);
        }
        m_banner->show();
        reload();
    });
}

void HardwareEditor::revert()
{
    m_banner->hide();
    setBase(m_baseXml);
}

void HardwareEditor::confirmLeave(std::function<void(bool)> answered)
{
    if (!hasUnappliedChanges()) {
        answered(true);
        return;
    }
    MessageBox::confirm(this, tr("Unapplied hardware changes"),
                        tr("The hardware of this VM has changes that were not applied. Discard them?"), tr("Discard changes"), this,
                        [this, answered = std::move(answered)](bool discard) {
                            if (discard)
                                revert();
                            answered(discard);
                        });
}

bool HardwareEditor::select(const QString &tag, int index)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(TagRole).toString() == tag && index-- == 0) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void HardwareEditor::removeCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const DeviceKey key = item->data(KeyRole).value<DeviceKey>();
    if (key.isNull())
        return;
    static const QStringList hotplug{QStringLiteral("disk"), QStringLiteral("interface"), QStringLiteral("redirdev"), QStringLiteral("rng")};
    //: %1 is a device as the list names it ("Disk vdb", "Sound ich9")
    queue(HardwareChanges::removeDevice(m_doc, key, hotplug.contains(key.tag), tr("Remove %1.").arg(item->text())));
}

void HardwareEditor::addDisk(bool cdrom)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addDiskDialog"));
    dialog->setWindowTitle(cdrom ? tr("Add a CD-ROM drive") : tr("Add a disk"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new QFormLayout(dialog);
    auto *path = new QLineEdit;
    path->setObjectName(QStringLiteral("addDiskPath"));
    path->setPlaceholderText(cdrom ? tr("An ISO image, or empty for a drive without media") : tr("/var/lib/libvirt/images/disk.qcow2"));
    form->addRow(cdrom ? tr("Media:") : tr("Image or block device:"), path);
    auto *bus = new QComboBox;
    bus->setObjectName(QStringLiteral("addDiskBus"));
    bus->addItems(cdrom ? QStringList{QStringLiteral("sata"), QStringLiteral("scsi"), QStringLiteral("ide"), QStringLiteral("usb")}
                        : QStringList{QStringLiteral("virtio"), QStringLiteral("sata"), QStringLiteral("scsi"), QStringLiteral("ide"),
                                      QStringLiteral("usb")});
    form->addRow(tr("Bus:"), bus);
    auto *format = new QComboBox;
    format->setObjectName(QStringLiteral("addDiskFormat"));
    format->addItems({QStringLiteral("qcow2"), QStringLiteral("raw")});
    format->setCurrentIndex(cdrom ? 1 : 0);
    form->addRow(tr("Format:"), format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, cdrom, path, bus, format] {
        DeviceXml::DiskSpec spec;
        spec.cdrom = cdrom;
        spec.path = path->text().trimmed();
        spec.bus = bus->currentText();
        spec.format = format->currentText();
        if (spec.path.startsWith(QLatin1String("/dev/")))
            spec.source = DeviceXml::DiskSpec::Source::Block;
        queue(HardwareChanges::addDisk(m_doc, spec));
    });
    dialog->open();
}

void HardwareEditor::buildAddMenu()
{
    m_addMenu->clear();
    auto add = [this](const QString &text, const char *name, std::function<void()> fn) {
        QAction *a = m_addMenu->addAction(text, this, std::move(fn));
        a->setObjectName(QLatin1String(name));
    };
    add(tr("Disk…"), "addDisk", [this] { addDisk(false); });
    add(tr("CD-ROM drive…"), "addCdrom", [this] { addDisk(true); });
    add(tr("Network interface on the default network"), "addNic", [this] { queue(HardwareChanges::addNic({})); });
    add(tr("Network interface in user mode"), "addUserNic", [this] {
        DeviceXml::NicSpec spec;
        spec.source = DeviceXml::NicSpec::Source::User;
        queue(HardwareChanges::addNic(spec));
    });
    auto device = [this](const QString &xml, bool hotplug, const QString &what) { queue(HardwareChanges::addDevice(xml, hotplug, what)); };
    add(tr("VNC display"), "addVnc", [=] { device(DeviceXml::graphics(QStringLiteral("vnc"), QStringLiteral("127.0.0.1")), false, tr("Add a VNC display.")); });
    add(tr("SPICE display"), "addSpice", [=] { device(DeviceXml::graphics(QStringLiteral("spice"), QStringLiteral("127.0.0.1")), false, tr("Add a SPICE display.")); });
    add(tr("Video (virtio)"), "addVideo", [=] { device(DeviceXml::video(QStringLiteral("virtio")), false, tr("Add a virtio video device.")); });
    add(tr("Sound (ICH9)"), "addSound", [=] { device(DeviceXml::sound(QStringLiteral("ich9")), false, tr("Add an ICH9 sound device.")); });
    add(tr("Tablet (USB)"), "addTablet", [=] { device(DeviceXml::input(QStringLiteral("tablet"), QStringLiteral("usb")), true, tr("Add a USB tablet.")); });
    add(tr("Serial port"), "addSerial", [=] { device(DeviceXml::serial(QStringLiteral("serial")), false, tr("Add a serial port.")); });
    add(tr("Console (virtio)"), "addConsole", [=] { device(DeviceXml::serial(QStringLiteral("console"), QStringLiteral("virtio")), false, tr("Add a virtio console.")); });
    add(tr("TPM 2.0 (CRB)"), "addTpm", [=] { device(DeviceXml::tpm(QStringLiteral("tpm-crb")), false, tr("Add an emulated TPM 2.0.")); });
    add(tr("Watchdog"), "addWatchdog", [=] { device(DeviceXml::watchdog(QStringLiteral("i6300esb"), QStringLiteral("reset")), false, tr("Add a watchdog.")); });
    add(tr("Random number generator"), "addRng", [=] { device(DeviceXml::rng(), true, tr("Add a random number generator fed from /dev/urandom.")); });
    add(tr("USB redirection (SPICE)"), "addRedir", [=] { device(DeviceXml::usbRedirection(), true, tr("Add a USB redirection channel.")); });
}

void HardwareEditor::retranslate()
{
    //: Button that opens a menu of device kinds
    m_add->setText(tr("Add hardware"));
    m_add->setAccessibleName(m_add->text());
    //: Button: remove the selected device
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove the selected device"));
    //: Button: apply the hardware changes
    m_apply->setText(tr("Apply"));
    //: Button: drop the hardware changes not applied
    m_revert->setText(tr("Revert"));
    m_list->setAccessibleName(tr("Devices and settings"));
}

void HardwareEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!hasUnappliedChanges() && !m_baseXml.isEmpty())
            rebuild();
    }
    QWidget::changeEvent(event);
}
