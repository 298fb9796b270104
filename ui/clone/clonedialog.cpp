#include "clonedialog.h"

#include "clonexml.h"
#include "connection.h"
#include "filename.h"
#include "messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace {

enum Column { DiskColumn, ImageColumn, ActionColumn, TargetColumn, ColumnCount };
constexpr int EditedRole = Qt::UserRole + 1;

QString folderOf(const QString &path)
{
    return path.left(qMax(1, path.lastIndexOf(QLatin1Char('/'))));
}

} // namespace

CloneDialog::CloneDialog(Connection *connection, const QString &uuid, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_intro(new QLabel(this))
    , m_note(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_count(new QSpinBox(this))
    , m_names(new QLabel(this))
    , m_full(new QRadioButton(tr("Full clone: copy the disks"), this))
    , m_linked(new QRadioButton(tr("Linked clone: new overlays on the original's disk images"), this))
    , m_linkedNote(new QLabel(this))
    , m_disks(new QTreeWidget(this))
    , m_addPool(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("cloneDialog"));
    setWindowTitle(tr("Clone Virtual Machine"));
    resize(760, 520);

    m_intro->setObjectName(QStringLiteral("cloneIntro"));
    m_intro->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("cloneNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_name->setObjectName(QStringLiteral("cloneNameEdit"));
    m_name->setAccessibleName(tr("Name of the clone"));
    m_count->setObjectName(QStringLiteral("cloneCountSpin"));
    m_count->setAccessibleName(tr("Number of clones"));
    m_count->setRange(1, 100);
    m_names->setObjectName(QStringLiteral("cloneNamesPreview"));
    m_names->setWordWrap(true);
    m_full->setObjectName(QStringLiteral("fullCloneRadio"));
    m_linked->setObjectName(QStringLiteral("linkedCloneRadio"));
    m_full->setChecked(true);
    m_linkedNote->setObjectName(QStringLiteral("linkedCloneNote"));
    m_linkedNote->setWordWrap(true);
    m_linkedNote->setVisible(false);

    m_disks->setObjectName(QStringLiteral("cloneDiskTable"));
    m_disks->setAccessibleName(tr("Disks of the clone"));
    m_disks->setRootIsDecorated(false);
    m_disks->setColumnCount(ColumnCount);
    m_disks->setHeaderLabels({/*: Column header: a disk of the VM (its target, e.g. vda) */ tr("Disk"),
                              /*: Column header: the disk image file */ tr("Image"),
                              /*: Column header: what the clone does with the disk (copy, share, leave out) */ tr("Action"),
                              /*: Column header: the name of the clone's new image */ tr("New image")});
    m_disks->header()->setSectionResizeMode(ImageColumn, QHeaderView::Stretch);
    m_disks->header()->setSectionResizeMode(DiskColumn, QHeaderView::ResizeToContents);
    m_disks->header()->resizeSection(ActionColumn, 150);
    m_disks->header()->resizeSection(TargetColumn, 220);
    m_disks->header()->setStretchLastSection(false);

    m_addPool->setObjectName(QStringLiteral("addPoolButton"));
    m_addPool->setVisible(false);
    m_progress->setObjectName(QStringLiteral("cloneProgressBar"));
    m_progress->setAccessibleName(tr("Progress of the clone"));
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("cloneStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    //: Button: make the clone(s)
    m_clone = buttons->addButton(tr("Clone"), QDialogButtonBox::AcceptRole);
    m_clone->setObjectName(QStringLiteral("cloneButton"));
    //: Button: open the window of the clone just made
    m_open = buttons->addButton(tr("Open the Clone"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openCloneButton"));
    m_open->setVisible(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_clone, &QPushButton::clicked, this, &CloneDialog::startClone);
    connect(m_cancel, &QPushButton::clicked, this, &CloneDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_connection && !m_madeUuids.isEmpty())
            emit openRequested(m_connection, m_madeUuids.first());
        accept();
    });
    connect(m_addPool, &QPushButton::clicked, this, &CloneDialog::addFolderAsPool);

    auto *form = new QFormLayout;
    //: Label of the clone's name; with several clones it is a pattern where %n is the number
    form->addRow(tr("&Name:"), m_name);
    //: Label of how many clones to make
    m_count->setMaximumWidth(m_count->sizeHint().width() * 2);
    form->addRow(tr("N&umber of clones:"), m_count);
    form->addRow(QString(), m_names);
    auto *kind = new QVBoxLayout;
    kind->addWidget(m_full);
    kind->addWidget(m_linked);
    kind->addWidget(m_linkedNote);
    //: Label of the choice between a full and a linked clone
    form->addRow(tr("Kind:"), kind);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_disks, 1);
    layout->addWidget(m_addPool, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CloneDialog::fillDisks);
    connect(m_count, &QSpinBox::valueChanged, this, &CloneDialog::fillDisks);
    connect(m_linked, &QRadioButton::toggled, this, &CloneDialog::fillDisks);
    connect(m_disks, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column == TargetColumn)
            item->setData(TargetColumn, EditedRole, true);
        updateState();
    });
    if (m_connection) {
        connect(m_connection, &Connection::cloneProgress, this, &CloneDialog::onProgress);
        // Shut off or paused meanwhile: the plan says what is possible now.
        connect(m_connection, &Connection::domainUpdated, this, [this](const DomainInfo &d) {
            if (d.uuid == m_uuid && m_jobId.isEmpty() && m_madeUuids.isEmpty())
                loadPlan();
        });
    }
    loadPlan();
}

void CloneDialog::loadPlan()
{
    if (!m_connection)
        return;
    if (!m_loaded)
        m_status->setText(tr("Reading the virtual machine's disks…"));
    m_connection->clonePlan(m_uuid).then(this, [this](const Result<ClonePlan> &plan) { showPlan(plan); });
    updateState();
}

void CloneDialog::showPlan(const Result<ClonePlan> &plan)
{
    if (!plan) {
        m_status->setText(tr("The virtual machine could not be read: %1").arg(plan.error().message));
        return;
    }
    const bool first = !m_loaded;
    m_plan = plan.value();
    m_loaded = true;
    m_intro->setText(tr("Make a new virtual machine from %1: the same hardware and settings, a new UUID and new MAC "
                        "addresses.").arg(m_plan.name));
    if (first)
        m_name->setText(CloneXml::defaultName(m_plan.name, m_plan.domainNames));
    m_status->clear();
    // Read again (the VM was paused or shut down meanwhile): the choices made stay.
    QHash<QString, int> chosen;
    QHash<QString, QString> names;
    for (int row = 0; row < m_disks->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_disks->topLevelItem(row);
        const QString target = item->data(DiskColumn, Qt::UserRole).toString();
        chosen.insert(target, int(actionOf(row)));
        if (item->data(TargetColumn, EditedRole).toBool())
            names.insert(target, item->text(TargetColumn));
    }
    m_disks->clear();
    {
        const QSignalBlocker block(m_disks);
        for (const CloneDiskInfo &disk : std::as_const(m_plan.disks)) {
            auto *item = new QTreeWidgetItem(m_disks);
            //: A disk in the clone dialog's table: target and kind of device (vda (disk), sda (cdrom))
            item->setText(DiskColumn, tr("%1 (%2)").arg(disk.target, disk.device));
            item->setText(ImageColumn, disk.path.isEmpty() ? tr("No image") : FileName::display(disk.path));
            item->setToolTip(ImageColumn, disk.whyNotCopy.isEmpty() ? item->text(ImageColumn) : disk.whyNotCopy);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            auto *action = new QComboBox(m_disks);
            action->setObjectName(QStringLiteral("diskAction_") + disk.target);
            action->setAccessibleName(tr("What the clone does with the disk %1").arg(disk.target));
            //: What the clone does with a disk: a new copy of it
            action->addItem(tr("Copy"), int(CloneDiskAction::Copy));
            //: What the clone does with a disk: use the same image as the original
            action->addItem(tr("Share"), int(CloneDiskAction::Share));
            //: What the clone does with a disk: the clone has no such disk
            action->addItem(tr("Leave out"), int(CloneDiskAction::Skip));
            if (!disk.whyNotCopy.isEmpty() || disk.path.isEmpty()) {
                action->setItemData(0, 0, Qt::UserRole - 1); // Copy not selectable
                action->setToolTip(disk.whyNotCopy);
            }
            action->setCurrentIndex(action->findData(chosen.value(disk.target, int(disk.defaultAction))));
            item->setData(DiskColumn, Qt::UserRole, disk.target);
            if (names.contains(disk.target)) {
                item->setText(TargetColumn, names.value(disk.target));
                item->setData(TargetColumn, EditedRole, true);
            }
            connect(action, &QComboBox::currentIndexChanged, this, &CloneDialog::fillDisks);
            m_disks->setItemWidget(item, ActionColumn, action);
        }
    }
    QString outside;
    for (const CloneDiskInfo &disk : std::as_const(m_plan.disks)) {
        if (disk.pool.isEmpty() && !disk.path.isEmpty() && !disk.network && !m_plan.local && disk.device == QLatin1String("disk"))
            outside = folderOf(disk.path);
    }
    m_addPool->setText(tr("Add the Folder %1 as a Storage Pool").arg(FileName::display(outside)));
    m_addPool->setProperty("folder", outside);
    m_addPool->setVisible(!outside.isEmpty());
    fillDisks();
}

CloneDiskAction CloneDialog::actionOf(int row) const
{
    auto *combo = qobject_cast<QComboBox *>(m_disks->itemWidget(m_disks->topLevelItem(row), ActionColumn));
    return combo ? CloneDiskAction(combo->currentData().toInt()) : CloneDiskAction::Share;
}

bool CloneDialog::linked() const
{
    return m_linked->isChecked();
}

QStringList CloneDialog::cloneNames() const
{
    QStringList taken = m_plan.domainNames;
    if (m_count->value() == 1 && !m_name->text().contains(QLatin1String("%n")))
        return {m_name->text().trimmed()};
    return CloneXml::expandPattern(m_name->text(), m_count->value(), taken);
}

void CloneDialog::fillDisks()
{
    if (!m_loaded)
        return;
    const QStringList names = cloneNames();
    const QString first = names.value(0);
    const QSignalBlocker block(m_disks);
    for (int row = 0; row < m_disks->topLevelItemCount() && row < m_plan.disks.size(); ++row) {
        QTreeWidgetItem *item = m_disks->topLevelItem(row);
        const CloneDiskInfo &disk = m_plan.disks.at(row);
        const bool copy = actionOf(row) == CloneDiskAction::Copy;
        const bool edited = item->data(TargetColumn, EditedRole).toBool();
        if (!copy) {
            item->setText(TargetColumn, QString());
        } else if (names.size() > 1) {
            //: The new image column when several clones are made: each is named after its clone
            item->setText(TargetColumn, tr("Named after each clone"));
        } else if (!edited || item->text(TargetColumn).isEmpty()) {
            const QString key = disk.pool.isEmpty() ? folderOf(disk.path) : disk.pool;
            item->setText(TargetColumn, CloneXml::volumeName(first, disk.target, linked() ? QStringLiteral("overlay.qcow2") : disk.path,
                                                             disk.format, m_plan.volumeNames.value(key)));
            item->setData(TargetColumn, EditedRole, false);
        }
    }
    if (names.size() > 1)
        m_names->setText(tr("Makes %1.").arg(names.join(QStringLiteral(", "))));
    else
        m_names->setText(tr("With several clones, %n in the name is replaced by a number: web-%n makes web-1, web-2…"));
    m_linkedNote->setText(tr("%1 also moves onto a new overlay of its own, so that its current disk images stay as they "
                             "are: they become the shared base of %1 and every linked clone, and deleting or merging "
                             "them would break the clones. %1 must be shut off for this.").arg(m_plan.name));
    m_linkedNote->setVisible(linked());
    updateState();
}

void CloneDialog::updateState()
{
    const bool running = !m_jobId.isEmpty();
    const bool done = !m_madeUuids.isEmpty();
    const bool editable = m_loaded && !running && !done;
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_count, m_full, m_linked, m_disks, m_addPool})
        w->setEnabled(editable);

    QString why;
    if (m_loaded && m_plan.active) {
        if (linked())
            why = tr("%1 is running. Shut it down to make a linked clone.").arg(m_plan.name);
        else if (!m_plan.paused)
            why = tr("%1 is running. Shut it down or pause it to make a full clone.").arg(m_plan.name);
    }
    m_note->setText(why);
    m_note->setVisible(!why.isEmpty());

    QString invalid;
    const QStringList names = cloneNames();
    if (names.isEmpty() || names.first().isEmpty()) {
        invalid = tr("Name the clone.");
    } else {
        for (const QString &n : names) {
            if (m_plan.domainNames.contains(n)) {
                invalid = tr("A virtual machine named %1 already exists. Choose another name.").arg(n);
                break;
            }
        }
    }
    if (editable && invalid != m_status->property("invalid").toString()) {
        m_status->setText(invalid);
        m_status->setProperty("invalid", invalid);
    }
    m_clone->setEnabled(editable && why.isEmpty() && invalid.isEmpty());
    m_clone->setVisible(!done);
    m_open->setVisible(done);
    m_cancel->setText(done ? tr("Close") : tr("Cancel"));
}

void CloneDialog::startClone()
{
    if (!m_connection || !m_loaded || !m_clone->isEnabled())
        return;
    CloneRequest request;
    request.jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.sourceUuid = m_uuid;
    request.mode = linked() ? CloneRequest::Mode::Linked : CloneRequest::Mode::Full;
    const QStringList names = cloneNames();
    for (int row = 0; row < m_plan.disks.size(); ++row)
        request.actions.insert(m_plan.disks.at(row).target, actionOf(row));
    for (const QString &n : names) {
        CloneTarget t{n, {}};
        if (names.size() == 1) {
            for (int row = 0; row < m_plan.disks.size(); ++row) {
                const QString volume = m_disks->topLevelItem(row)->text(TargetColumn).trimmed();
                if (actionOf(row) == CloneDiskAction::Copy && !volume.isEmpty())
                    t.volumeNames.insert(m_plan.disks.at(row).target, volume);
            }
        }
        request.clones << t;
    }
    m_jobId = request.jobId;
    m_progress->setValue(0);
    m_progress->setVisible(request.mode == CloneRequest::Mode::Full);
    m_status->setProperty("invalid", QVariant());
    m_status->setText(request.mode == CloneRequest::Mode::Full ? tr("Starting the copy…") : tr("Making the overlays…"));
    updateState();
    m_connection->cloneDomain(request).then(this, [this](const Result<CloneOutcome> &r) { onFinished(r); });
}

void CloneDialog::onProgress(const CloneProgress &p)
{
    if (p.jobId != m_jobId || m_jobId.isEmpty())
        return;
    const QLocale locale;
    m_progress->setValue(p.total > 0 ? int(p.done * 1000 / p.total) : 0);
    m_status->setText(tr("Copying disk %1 of %2 (%3) for %4: %5 of %6.")
                          .arg(p.step)
                          .arg(p.steps)
                          .arg(p.disk, p.clone, locale.formattedDataSize(p.done), locale.formattedDataSize(p.total)));
}

void CloneDialog::onFinished(const Result<CloneOutcome> &outcome)
{
    m_jobId.clear();
    m_progress->setVisible(false);
    if (!outcome) {
        updateState();
        m_status->setText(tr("No clone was made."));
        MessageBox::error(this, tr("Clone Virtual Machine"), tr("%1 could not be cloned.").arg(m_plan.name),
                          outcome.error().message,
                          tr("Nothing made for the clone was kept, and %1 is as it was.").arg(m_plan.name));
        return;
    }
    if (outcome.value().cancelled) {
        m_status->setText(tr("Cancelled. The images made for the clone are deleted; %1 is as it was.").arg(m_plan.name));
        updateState();
        return;
    }
    m_madeUuids = outcome.value().uuids;
    m_status->setText(tr("Made %1.").arg(outcome.value().names.join(QStringLiteral(", "))));
    updateState();
    emit cloned(outcome.value().names);
}

void CloneDialog::reject()
{
    if (!m_jobId.isEmpty() && m_connection) {
        // Stop waiting; what the job made is deleted, the original untouched.
        m_connection->cancelClone(m_jobId);
        m_status->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void CloneDialog::addFolderAsPool()
{
    const QString folder = m_addPool->property("folder").toString();
    if (!m_connection || folder.isEmpty())
        return;
    QString name = QFileInfo(folder).fileName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    if (name.isEmpty())
        name = QStringLiteral("images");
    const QString xml = QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>")
                            .arg(name.toHtmlEscaped(), folder.toHtmlEscaped());
    m_addPool->setEnabled(false);
    m_connection->defineStoragePool(xml).then(this, [this, folder](const Result<QString> &r) {
        if (!r) {
            m_addPool->setEnabled(true);
            MessageBox::error(this, tr("Clone Virtual Machine"), tr("The folder %1 could not be added as a storage pool.").arg(FileName::display(folder)),
                              r.error().message, tr("Add it on the host, or choose Share for its disks."));
            return;
        }
        loadPlan();
    });
}
