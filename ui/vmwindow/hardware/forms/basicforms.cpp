#include "basicforms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>

namespace {
QComboBox *combo(const QStringList &items, const QString &current, bool editable = false)
{
    auto *c = new QComboBox;
    c->setEditable(editable);
    c->addItems(items);
    if (!current.isEmpty() && c->findText(current) < 0)
        c->addItem(current);
    c->setCurrentText(current);
    return c;
}
} // namespace

OverviewForm::OverviewForm(const HardwareInfo &info, const HardwareContext &, QWidget *parent)
    : HardwareForm(parent)
    , m_loaded(info.overview)
{
    setObjectName(QStringLiteral("overviewForm"));
    auto *name = addRow(tr("Name:"), new QLabel(m_loaded.name), "overviewName");
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(tr("UUID:"), new QLabel(m_loaded.uuid), "overviewUuid")->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title = addRow(tr("Title:"), new QLineEdit(m_loaded.title), "overviewTitle");
    m_description = addRow(tr("Description:"), new QPlainTextEdit(m_loaded.description), "overviewDescription");
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_machine = addRow(tr("Machine type:"), combo({QStringLiteral("q35"), QStringLiteral("pc")}, m_loaded.machine, true), "overviewMachine");
    m_firmware = addRow(tr("Firmware:"), new QComboBox, "overviewFirmware");
    //: Firmware choice
    m_firmware->addItem(tr("BIOS"), QStringLiteral("bios"));
    //: Firmware choice
    m_firmware->addItem(tr("UEFI"), QStringLiteral("efi"));
    m_firmware->setCurrentIndex(m_loaded.firmware == QLatin1String("efi") ? 1 : 0);
}

QVector<HardwareChange> OverviewForm::changes(QString *) const
{
    QVector<HardwareChange> out;
    if (m_title->text() != m_loaded.title)
        out << HardwareChanges::setTitle(m_title->text());
    if (m_description->toPlainText() != m_loaded.description)
        out << HardwareChanges::setDescription(m_description->toPlainText());
    if (m_machine->currentText() != m_loaded.machine && !m_machine->currentText().isEmpty())
        out << HardwareChanges::setMachine(m_machine->currentText());
    if (m_firmware->currentData().toString() != m_loaded.firmware)
        out << HardwareChanges::setFirmware(m_firmware->currentData().toString() == QLatin1String("efi"));
    return out;
}

CpuForm::CpuForm(const HardwareInfo &info, const HardwareContext &context, QWidget *parent)
    : HardwareForm(parent)
    , m_loaded(info.cpu)
{
    setObjectName(QStringLiteral("cpuForm"));
    const int limit = context.hostCpus > 0 ? qMax(context.hostCpus, m_loaded.maximum) : 512;
    m_maximum = addRow(tr("Maximum virtual CPUs:"), new QSpinBox, "cpuMaximum");
    m_maximum->setRange(1, limit);
    m_maximum->setValue(m_loaded.maximum);
    m_current = addRow(tr("Virtual CPUs now:"), new QSpinBox, "cpuCurrent");
    m_current->setRange(1, limit);
    m_current->setValue(m_loaded.current);
    if (context.hostCpus > 0)
        addRow(QString(), new QLabel(tr("The host has %n logical CPU(s).", nullptr, context.hostCpus)), "cpuHostLimit");
    m_mode = addRow(tr("CPU model:"), new QComboBox, "cpuMode");
    m_mode->addItem(tr("Hypervisor default"), QString());
    m_mode->addItem(tr("Copy the host CPU (host-model)"), QStringLiteral("host-model"));
    m_mode->addItem(tr("Pass the host CPU through (host-passthrough)"), QStringLiteral("host-passthrough"));
    m_mode->addItem(tr("Named model"), QStringLiteral("custom"));
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(m_loaded.mode)));
    m_model = addRow(tr("Model name:"), new QLineEdit(m_loaded.model), "cpuModel");
    auto *copy = addRow(QString(), new QPushButton(tr("Copy the host CPU model")), "cpuCopyHost");
    copy->setEnabled(!context.hostCpuModel.isEmpty());
    connect(copy, &QPushButton::clicked, this, [this, model = context.hostCpuModel] {
        m_mode->setCurrentIndex(m_mode->findData(QStringLiteral("custom")));
        m_model->setText(model);
        emit edited();
    });
    m_manualTopology = addRow(tr("Topology:"), new QCheckBox(tr("Set sockets, cores and threads by hand")), "cpuManualTopology");
    m_manualTopology->setChecked(m_loaded.sockets > 0);
    m_sockets = addRow(tr("Sockets:"), new QSpinBox, "cpuSockets");
    m_cores = addRow(tr("Cores per socket:"), new QSpinBox, "cpuCores");
    m_threads = addRow(tr("Threads per core:"), new QSpinBox, "cpuThreads");
    for (QSpinBox *s : {m_sockets, m_cores, m_threads})
        s->setRange(1, 512);
    m_sockets->setValue(m_loaded.sockets > 0 ? m_loaded.sockets : m_loaded.maximum);
    m_cores->setValue(qMax(1, m_loaded.cores));
    m_threads->setValue(qMax(1, m_loaded.threads));
    m_problem = addRow(QString(), new QLabel, "cpuProblem");
    m_problem->setWordWrap(true);
    connect(this, &HardwareForm::edited, this, &CpuForm::updateMode);
    updateMode();
}

void CpuForm::updateMode()
{
    m_model->setEnabled(m_mode->currentData().toString() == QLatin1String("custom"));
    for (QSpinBox *s : {m_sockets, m_cores, m_threads})
        s->setEnabled(m_manualTopology->isChecked());
    m_current->setMaximum(m_maximum->value());
    QString error;
    changes(&error);
    m_problem->setText(error);
}

QVector<HardwareChange> CpuForm::changes(QString *error) const
{
    QVector<HardwareChange> out;
    const bool manual = m_manualTopology->isChecked();
    const int sockets = manual ? m_sockets->value() : 0, cores = manual ? m_cores->value() : 0, threads = manual ? m_threads->value() : 0;
    if (const QString e = HardwareChanges::topologyError(m_maximum->value(), sockets, cores, threads); !e.isEmpty()) {
        *error = e;
        return {};
    }
    const QString mode = m_mode->currentData().toString();
    if (mode == QLatin1String("custom") && m_model->text().trimmed().isEmpty()) {
        *error = tr("Enter the name of a CPU model, or choose another CPU model setting.");
        return {};
    }
    if (m_maximum->value() != m_loaded.maximum)
        out << HardwareChanges::setVcpuMaximum(m_maximum->value(), m_current->value());
    else if (m_current->value() != m_loaded.current)
        out << HardwareChanges::setVcpuCurrent(m_current->value());
    const bool modelChanged = mode == QLatin1String("custom") ? m_model->text().trimmed() != m_loaded.model : false;
    if (mode != m_loaded.mode || modelChanged || sockets != m_loaded.sockets || cores != m_loaded.cores || threads != m_loaded.threads)
        out << HardwareChanges::setCpu(mode, m_model->text().trimmed(), sockets, cores, threads);
    return out;
}

MemoryForm::MemoryForm(const HardwareInfo &info, const HardwareContext &context, QWidget *parent)
    : HardwareForm(parent)
    , m_loaded(info.memory)
{
    setObjectName(QStringLiteral("memoryForm"));
    const int hostMiB = context.hostMemoryKiB > 0 ? int(context.hostMemoryKiB / 1024) : 1024 * 1024;
    const int limit = qMax(hostMiB, int(m_loaded.maximumKiB / 1024));
    m_maximum = addRow(tr("Maximum memory (MiB):"), new QSpinBox, "memoryMaximum");
    m_current = addRow(tr("Memory now (MiB):"), new QSpinBox, "memoryCurrent");
    m_maximum->setRange(16, limit);
    m_current->setRange(16, limit);
    m_maximum->setValue(int(m_loaded.maximumKiB / 1024));
    m_current->setValue(int(m_loaded.currentKiB / 1024));
    if (context.hostMemoryKiB > 0)
        addRow(QString(), new QLabel(tr("The host has %1 MiB of memory.").arg(hostMiB)), "memoryHostLimit");
    if (!m_loaded.balloon)
        addRow(QString(), new QLabel(tr("This VM has no memory balloon: its memory changes only when it starts again.")),
               "memoryNoBalloon")->setWordWrap(true);
    connect(m_maximum, &QSpinBox::valueChanged, m_current, &QSpinBox::setMaximum);
}

QVector<HardwareChange> MemoryForm::changes(QString *) const
{
    QVector<HardwareChange> out;
    const quint64 max = quint64(m_maximum->value()) * 1024, cur = quint64(m_current->value()) * 1024;
    if (m_maximum->value() != int(m_loaded.maximumKiB / 1024))
        out << HardwareChanges::setMemoryMaximum(max, cur);
    if (m_current->value() != int(m_loaded.currentKiB / 1024))
        out << HardwareChanges::setMemoryCurrent(cur);
    return out;
}

BootForm::BootForm(const HardwareInfo &info, const HardwareContext &, QWidget *parent)
    : HardwareForm(parent)
    , m_loaded(info.boot)
{
    setObjectName(QStringLiteral("bootForm"));
    // Bootable devices: those with an order first, in it; then the rest.
    struct Entry { DeviceKey key; QString label; int order; };
    QVector<Entry> entries;
    QSet<QString> kindsTaken; // <os><boot dev=>: the first device of each kind boots
    for (const DiskInfo &d : info.disks) {
        const QString label = d.device == QLatin1String("cdrom") ? tr("CD-ROM drive %1").arg(d.target) : tr("Disk %1").arg(d.target);
        int order = d.bootOrder;
        const QString kind = d.device == QLatin1String("cdrom") ? QStringLiteral("cdrom") : QStringLiteral("hd");
        if (order == 0 && !kindsTaken.contains(kind) && info.boot.osBootDevices.contains(kind)) {
            order = int(info.boot.osBootDevices.indexOf(kind)) + 1;
            kindsTaken.insert(kind);
        }
        entries << Entry{d.key, label, order};
    }
    for (const NicInfo &n : info.nics)
        entries << Entry{n.key, tr("Network interface %1").arg(n.mac), n.bootOrder};
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return (a.order > 0 ? a.order : 1000) < (b.order > 0 ? b.order : 1000);
    });
    m_list = addRow(tr("Boot order:"), new QListWidget, "bootList");
    for (const Entry &e : std::as_const(entries)) {
        auto *item = new QListWidgetItem(e.label, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = e.order > 0;
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, QVariant::fromValue(e.key));
        if (on)
            m_loadedOrder << e.key;
    }
    connect(m_list, &QListWidget::itemChanged, this, &HardwareForm::edited);
    auto *buttons = new QHBoxLayout;
    auto *up = new QPushButton(tr("Move up"));
    up->setObjectName(QStringLiteral("bootUp"));
    auto *down = new QPushButton(tr("Move down"));
    down->setObjectName(QStringLiteral("bootDown"));
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();
    form()->addRow(QString(), buttons);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    m_menu = addRow(tr("Boot menu:"), new QCheckBox(tr("Show the boot menu when the VM starts")), "bootMenu");
    m_menu->setChecked(m_loaded.menu);
    m_kernel = addRow(tr("Kernel path:"), new QLineEdit(m_loaded.kernel), "bootKernel");
    m_initrd = addRow(tr("Initrd path:"), new QLineEdit(m_loaded.initrd), "bootInitrd");
    m_cmdline = addRow(tr("Kernel arguments:"), new QLineEdit(m_loaded.cmdline), "bootCmdline");
    m_dtb = addRow(tr("Device tree path:"), new QLineEdit(m_loaded.dtb), "bootDtb");
}

void BootForm::move(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    emit edited();
}

QVector<DeviceKey> BootForm::order() const
{
    QVector<DeviceKey> keys;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys << m_list->item(i)->data(Qt::UserRole).value<DeviceKey>();
    return keys;
}

QVector<HardwareChange> BootForm::changes(QString *error) const
{
    QVector<HardwareChange> out;
    if (order() != m_loadedOrder || m_menu->isChecked() != m_loaded.menu)
        out << HardwareChanges::setBootOrder(order(), m_menu->isChecked());
    if (m_kernel->text() != m_loaded.kernel || m_initrd->text() != m_loaded.initrd || m_cmdline->text() != m_loaded.cmdline
        || m_dtb->text() != m_loaded.dtb) {
        if (m_kernel->text().isEmpty() && !(m_initrd->text() + m_cmdline->text() + m_dtb->text()).isEmpty()) {
            *error = tr("Direct kernel boot needs the kernel's path.");
            return {};
        }
        out << HardwareChanges::setDirectKernel(m_kernel->text(), m_initrd->text(), m_cmdline->text(), m_dtb->text());
    }
    return out;
}
