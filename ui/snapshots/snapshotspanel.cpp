#include "snapshotspanel.h"

#include "connection.h"
#include "domainlistmodel.h"
#include "filename.h"
#include "messagebox.h"
#include "snapshottreemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSet>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

SnapshotsPanel::SnapshotsPanel(Connection *connection, const QString &uuid, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_model(new SnapshotTreeModel(connection, uuid, this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_create(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_commit(new QPushButton(this))
    , m_pull(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_deleteMerged(new QCheckBox(this))
    , m_saveState(new QPushButton(this))
    , m_restoreState(new QPushButton(this))
{
    setObjectName(QStringLiteral("snapshotsPanel"));
    m_view->setObjectName(QStringLiteral("snapshotTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SnapshotTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(SnapshotTreeModel::KindColumn, 300);
    m_view->header()->setSectionResizeMode(SnapshotTreeModel::CreatedColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SnapshotTreeModel::SizeColumn, QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("snapshotDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_create->setObjectName(QStringLiteral("snapshotCreate"));
    m_revert->setObjectName(QStringLiteral("snapshotRevert"));
    m_delete->setObjectName(QStringLiteral("snapshotDelete"));
    m_refresh->setObjectName(QStringLiteral("snapshotRefresh"));
    m_commit->setObjectName(QStringLiteral("snapshotCommit"));
    m_pull->setObjectName(QStringLiteral("snapshotPull"));
    m_cancel->setObjectName(QStringLiteral("snapshotCancelMerge"));
    m_progress->setObjectName(QStringLiteral("snapshotMergeProgress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel->hide();
    m_deleteMerged->setObjectName(QStringLiteral("snapshotDeleteMerged"));
    m_saveState->setObjectName(QStringLiteral("snapshotSaveState"));
    m_restoreState->setObjectName(QStringLiteral("snapshotRestoreState"));
    connect(m_saveState, &QPushButton::clicked, this, &SnapshotsPanel::saveStateRequested);
    connect(m_restoreState, &QPushButton::clicked, this, &SnapshotsPanel::restoreStateRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_commit);
    buttons->addWidget(m_pull);
    buttons->addWidget(m_deleteMerged);
    buttons->addStretch();
    buttons->addWidget(m_saveState);
    buttons->addWidget(m_restoreState);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    auto *job = new QHBoxLayout;
    job->addWidget(m_progress, 1);
    job->addWidget(m_cancel);
    layout->addLayout(job);
    layout->addWidget(m_details);

    connect(m_create, &QPushButton::clicked, this, &SnapshotsPanel::createSnapshot);
    connect(m_revert, &QPushButton::clicked, this, &SnapshotsPanel::revert);
    connect(m_delete, &QPushButton::clicked, this, &SnapshotsPanel::remove);
    connect(m_refresh, &QPushButton::clicked, m_model, &SnapshotTreeModel::refresh);
    connect(m_commit, &QPushButton::clicked, this, [this] { merge(false); });
    connect(m_pull, &QPushButton::clicked, this, [this] { merge(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_connection && !m_jobDisk.isEmpty())
            m_connection->cancelBlockJob(m_uuid, m_jobDisk);
    });
    if (connection)
        connect(connection, &Connection::blockJobChanged, this, &SnapshotsPanel::jobChanged);
    connect(m_model, &SnapshotTreeModel::loaded, this, [this] {
        m_view->expandAll();
        updateActions();
    });
    connect(m_model, &SnapshotTreeModel::failed, this, [this](const QString &error) {
        m_details->setText(tr("The snapshots could not be read: %1").arg(error));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SnapshotsPanel::updateActions);
    retranslate();
}

void SnapshotsPanel::activate()
{
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_model->refresh();
    }
}

void SnapshotsPanel::retranslate()
{
    m_create->setText(tr("Take Snapshot…"));
    //: Return the VM to the selected snapshot (button, dialog title); not the same word as Restore (from a saved file) or Resume (a paused VM)
    m_revert->setText(tr("Revert"));
    m_delete->setText(tr("Delete…"));
    //: Button: read the snapshots again
    m_refresh->setText(tr("Refresh"));
    m_commit->setText(tr("Merge Down (Commit)…"));
    m_pull->setText(tr("Pull Backing Files Up…"));
    m_cancel->setText(tr("Cancel Merge"));
    m_deleteMerged->setText(tr("Delete merged files"));
    m_deleteMerged->setToolTip(tr("After a successful merge down, delete the images that left the chain. Without it they stay on disk."));
    //: Save the running VM's memory state to a file and stop it (virsh save)
    m_saveState->setText(tr("Save State to File…"));
    //: Start the VM from a state file written by "Save State to File" (virsh restore); not a snapshot revert
    m_restoreState->setText(tr("Restore State…"));
    m_view->setAccessibleName(tr("Snapshots and disk backing chains"));
    updateActions();
}

void SnapshotsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString SnapshotsPanel::selectedSnapshot() const
{
    const QModelIndex i = m_view->currentIndex();
    if (i.data(SnapshotTreeModel::KindRole).toInt() != int(SnapshotTreeModel::NodeKind::Snapshot))
        return {};
    return i.data(SnapshotTreeModel::SnapshotNameRole).toString();
}

void SnapshotsPanel::updateActions()
{
    const QModelIndex i = m_view->currentIndex();
    const SnapshotInfo *s = selectedSnapshot().isEmpty() ? nullptr : m_model->snapshotAt(i);
    const bool connected = m_connection && m_connection->state() == ConnectionState::Connected;
    m_create->setEnabled(connected);
    const QString pick = tr("Select a snapshot in the tree.");
    m_revert->setEnabled(connected && s);
    m_revert->setToolTip(!s ? pick
                            : s->isExternal() ? tr("Give the disks new overlays on the images they had at this snapshot; the current overlays stay on disk.")
                                              : tr("Return the virtual machine to this snapshot."));
    m_delete->setEnabled(connected && s);
    m_delete->setToolTip(!s ? pick
                            : s->isExternal() ? tr("Deleting an external snapshot merges its overlay into the image below it.")
                                              : tr("Delete this snapshot; the disks keep their current state."));
    // Merges work on the chain's layers, while the VM runs (QEMU does them).
    const bool layer = i.data(SnapshotTreeModel::KindRole).toInt() == int(SnapshotTreeModel::NodeKind::Layer);
    const DomainInfo *d = m_connection ? m_connection->domainModel()->find(m_uuid) : nullptr;
    const bool running = d && isActive(d->state);
    const int depth = layer ? m_model->rowCount(i.parent()) : 0;
    const bool busy = !m_jobDisk.isEmpty();
    // QEMU cannot open a file whose name is not UTF-8, so such a chain never
    // runs: on a local host qemu-img merges it while the VM is off.
    bool offline = false;
    if (layer && !running && m_connection && m_connection->isLocal()) {
        const int diskRow = i.parent().row() - 1; // row 0 is the snapshots branch
        if (diskRow >= 0 && diskRow < m_model->state().disks.size()) {
            for (const DiskImage &img : m_model->state().disks.at(diskRow).chain)
                offline |= !FileName::isText(img.path);
        }
    }
    QString whyNotCommit, whyNotPull;
    if (!layer)
        whyNotCommit = whyNotPull = tr("Select an image in a disk's chain.");
    else if (!running && !offline)
        whyNotCommit = whyNotPull = tr("Merging needs the virtual machine running: QEMU does the work.");
    else if (busy)
        whyNotCommit = whyNotPull = tr("A merge is already under way.");
    if (whyNotCommit.isEmpty() && i.row() >= depth - 1)
        whyNotCommit = tr("The base image has nothing below it to merge into.");
    // A commit changes the image below and drops this one: other VMs'
    // overlays built on either (linked clones) would read changed data.
    if (whyNotCommit.isEmpty() && layer) {
        for (const QModelIndex &image : {i, i.siblingAtRow(i.row() + 1)}) {
            const QStringList users = image.data(SnapshotTreeModel::UsedByRole).toStringList();
            if (!users.isEmpty()) {
                whyNotCommit = tr("%1 is the backing file of %2: merging would change what they read and corrupt them.")
                                   .arg(FileName::display(QFileInfo(image.data(SnapshotTreeModel::PathRole).toString()).fileName()),
                                        users.join(QStringLiteral(", ")));
                break;
            }
        }
    }
    if (whyNotPull.isEmpty() && (i.row() != 0 || depth < 2))
        whyNotPull = i.row() != 0 ? tr("Backing files are pulled into the active layer: select it.")
                                  : tr("The active layer has no backing files.");
    m_commit->setEnabled(connected && whyNotCommit.isEmpty());
    m_commit->setToolTip(whyNotCommit.isEmpty() ? tr("Write this image's data into the image below it and drop it from the chain.") : whyNotCommit);
    m_pull->setEnabled(connected && whyNotPull.isEmpty());
    m_pull->setToolTip(whyNotPull.isEmpty() ? tr("Copy every backing file's data into the active layer, so it stands alone.") : whyNotPull);

    if (s) {
        QStringList lines;
        lines << tr("Snapshot %1, taken %2.").arg(s->name, QLocale().toString(s->created, QLocale::LongFormat));
        if (!s->description.isEmpty())
            lines << s->description;
        if (s->memory == SnapshotInfo::Location::External)
            lines << tr("Memory state saved to %1.").arg(s->memoryFile);
        m_details->setText(lines.join(QLatin1Char('\n')));
    } else if (!i.data(SnapshotTreeModel::PathRole).toString().isEmpty()) {
        m_details->setText(i.data(SnapshotTreeModel::PathRole).toString());
    } else {
        m_details->clear();
    }
}

void SnapshotsPanel::createSnapshot()
{
    if (!m_connection)
        return;
    const DomainInfo *d = m_connection->domainModel()->find(m_uuid);
    const bool running = d && isActive(d->state);
    // Opened, not run: while it is open the list and the connection go on
    // changing, so the answer reads what it needs again.
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("createSnapshotDialog"));
    dialog->setWindowTitle(tr("Take Snapshot"));
    auto *form = new QFormLayout;
    auto *name = new QLineEdit(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), dialog);
    name->setObjectName(QStringLiteral("snapshotName"));
    auto *description = new QLineEdit(dialog);
    auto *kind = new QComboBox(dialog);
    kind->addItem(running ? tr("Internal, with memory (inside the qcow2 images)") : tr("Internal (inside the qcow2 images)"),
                  int(SnapshotRequest::Kind::Internal));
    kind->addItem(tr("External, disks only (new overlay files)"), int(SnapshotRequest::Kind::ExternalDiskOnly));
    if (running)
        kind->addItem(tr("External, with memory (a live checkpoint)"), int(SnapshotRequest::Kind::ExternalWithMemory));
    auto *folder = new QLineEdit(dialog);
    folder->setObjectName(QStringLiteral("snapshotFolder"));
    folder->setPlaceholderText(tr("next to each disk's current image"));
    folder->setEnabled(false);
    connect(kind, &QComboBox::currentIndexChanged, folder, [kind, folder] {
        folder->setEnabled(SnapshotRequest::Kind(kind->currentData().toInt()) != SnapshotRequest::Kind::Internal);
    });
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Description:"), description);
    //: Kind of snapshot to take: internal or external, with memory or disk only
    form->addRow(tr("Type:"), kind);
    form->addRow(tr("Folder for new files:"), folder);
    // Or each file by name: the overlay of every disk, the memory image.
    QHash<QString, QLineEdit *> overlayEdits;
    for (const DiskStorage &disk : m_model->state().disks) {
        auto *edit = new QLineEdit(dialog);
        edit->setObjectName(QStringLiteral("snapshotOverlay_") + disk.target);
        //: Placeholder of an empty file name field: QVirt chooses the file name
        edit->setPlaceholderText(tr("automatic"));
        edit->setEnabled(false);
        form->addRow(tr("Overlay for %1:").arg(disk.target), edit);
        overlayEdits.insert(disk.target, edit);
    }
    auto *memoryEdit = new QLineEdit(dialog);
    memoryEdit->setObjectName(QStringLiteral("snapshotMemoryFile"));
    memoryEdit->setPlaceholderText(tr("automatic"));
    memoryEdit->setEnabled(false);
    form->addRow(tr("Memory state file:"), memoryEdit);
    connect(kind, &QComboBox::currentIndexChanged, dialog, [kind, overlayEdits, memoryEdit] {
        const auto k = SnapshotRequest::Kind(kind->currentData().toInt());
        for (QLineEdit *e : overlayEdits)
            e->setEnabled(k != SnapshotRequest::Kind::Internal);
        memoryEdit->setEnabled(k == SnapshotRequest::Kind::ExternalWithMemory);
    });
    auto *note = new QLabel(tr("External snapshots turn each disk into a chain: the current image becomes read-only and new writes go to an overlay file next to it."), dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(dialog, &QDialog::accepted, this, [this, name, description, kind, folder, overlayEdits, memoryEdit] {
        if (!m_connection || name->text().trimmed().isEmpty())
            return;
        SnapshotRequest req;
        req.name = name->text().trimmed();
        req.description = description->text();
        req.kind = SnapshotRequest::Kind(kind->currentData().toInt());
        const QString chosen = folder->text().trimmed();
        const DomainInfo *now = m_connection->domainModel()->find(m_uuid);
        const QString vmName = now ? now->name : QString();
        QHash<QString, QString> namedOverlays;
        for (auto it = overlayEdits.cbegin(); it != overlayEdits.cend(); ++it) {
            if (!it.value()->text().trimmed().isEmpty())
                namedOverlays.insert(it.key(), it.value()->text().trimmed());
        }
        const QString namedMemory = memoryEdit->text().trimmed();
        // External snapshots: the files the user named, else next to each disk's
        // current image (or in the chosen folder).
        auto placeFiles = [this, chosen, vmName, namedOverlays, namedMemory](SnapshotRequest *r) {
            r->memoryFile = namedMemory;
            for (const DiskStorage &disk : m_model->state().disks) {
                if (disk.chain.isEmpty())
                    continue;
                const QFileInfo top(disk.chain.first().path);
                const QString dir = chosen.isEmpty() ? top.absolutePath() : chosen;
                r->overlays.insert(disk.target, namedOverlays.value(disk.target,
                                                                    dir + QLatin1Char('/') + top.completeBaseName() + QLatin1Char('.') + r->name));
                if (r->memoryFile.isEmpty())
                    r->memoryFile = dir + QLatin1Char('/') + (vmName.isEmpty() ? top.completeBaseName() : vmName) + QLatin1Char('.') + r->name + QStringLiteral(".mem");
            }
        };
        if (req.kind != SnapshotRequest::Kind::Internal)
            placeFiles(&req);
        takeSnapshot(req, [this, placeFiles](SnapshotRequest external) {
            // Internal is impossible here (a raw disk, UEFI): offer the external kind.
            MessageBox::confirm(this, tr("Take Snapshot"), tr("Take an external disk-only snapshot instead?"), tr("Take External Snapshot"),
                                this, [this, placeFiles, external](bool confirmed) mutable {
                if (!confirmed)
                    return;
                external.kind = SnapshotRequest::Kind::ExternalDiskOnly;
                placeFiles(&external);
                takeSnapshot(external, {});
            });
        });
    });
    dialog->open();
}

void SnapshotsPanel::takeSnapshot(const SnapshotRequest &req, const std::function<void(SnapshotRequest)> &offerExternal)
{
    if (!m_connection)
        return;
    m_connection->createSnapshot(m_uuid, req).then(this, [this, req, offerExternal](const VoidResult &r) {
        m_model->refresh();
        if (r)
            return;
        MessageBox::error(this, tr("Take Snapshot"), tr("Snapshot %1 could not be taken.").arg(req.name), r.error().message);
        if (offerExternal && r.error().alternative == Error::Alternative::ExternalSnapshot)
            offerExternal(req);
    });
}

void SnapshotsPanel::revert()
{
    const QString name = selectedSnapshot();
    const SnapshotInfo *info = m_model->snapshotAt(m_view->currentIndex());
    if (name.isEmpty() || !info || !m_connection)
        return;
    const DomainInfo *d = m_connection->domainModel()->find(m_uuid);
    const bool stopFirst = info->isExternal() && d && isActive(d->state);
    const QString question = stopFirst
        ? tr("Revert to %1? It is an external snapshot: QVirt forces the virtual machine off first, then gives each disk a new overlay on the image it had at the snapshot. The current overlays stay on disk.").arg(name)
        : tr("Revert to %1? What the virtual machine did since is lost unless you take a snapshot first.").arg(name);
    MessageBox::confirm(this, tr("Revert"), question, tr("Revert"), this, [this, name, stopFirst](bool confirmed) {
        if (!confirmed || !m_connection)
            return;
        auto doRevert = [this, name] {
            if (!m_connection)
                return;
            m_connection->revertToSnapshot(m_uuid, name).then(this, [this, name](const VoidResult &r) {
                if (!r)
                    MessageBox::error(this, tr("Revert"), tr("The virtual machine could not be reverted to %1.").arg(name), r.error().message);
                m_model->refresh();
            });
        };
        // Forced off only as the question said, and only if it still runs.
        const DomainInfo *now = m_connection->domainModel()->find(m_uuid);
        if (!stopFirst || !now || !isActive(now->state)) {
            doRevert();
            return;
        }
        m_connection->perform(m_uuid, DomainAction::ForceOff).then(this, [this, name, doRevert](const VoidResult &r) {
            if (!r) {
                MessageBox::error(this, tr("Revert"), tr("The virtual machine could not be reverted to %1.").arg(name), r.error().message);
                return;
            }
            doRevert();
        });
    });
}

void SnapshotsPanel::remove()
{
    const QString name = selectedSnapshot();
    if (name.isEmpty() || !m_connection)
        return;
    MessageBox::confirm(this, tr("Delete Snapshot"), tr("Delete snapshot %1?").arg(name), tr("Delete"), this, [this, name](bool confirmed) {
        if (!confirmed || !m_connection)
            return;
        m_connection->deleteSnapshot(m_uuid, name).then(this, [this, name](const VoidResult &r) {
            if (!r)
                MessageBox::error(this, tr("Delete Snapshot"), tr("Snapshot %1 could not be deleted.").arg(name), r.error().message);
            m_model->refresh();
        });
    });
}

void SnapshotsPanel::merge(bool pull)
{
    const QModelIndex i = m_view->currentIndex();
    if (!m_connection || i.data(SnapshotTreeModel::KindRole).toInt() != int(SnapshotTreeModel::NodeKind::Layer))
        return;
    const QModelIndex diskIndex = i.parent();
    const int diskRow = diskIndex.row() - 1; // row 0 is the snapshots branch
    if (diskRow < 0 || diskRow >= m_model->state().disks.size())
        return;
    // Copies: the model may read the chains again while the question is open.
    const QString target = m_model->state().disks.at(diskRow).target;
    const QString path = i.data(SnapshotTreeModel::PathRole).toString();
    const int row = i.row();
    const QString below = m_model->state().disks.at(diskRow).chain.value(row + 1).path;
    auto start = [this, pull, target, path, row, below] {
        if (!m_connection)
            return;
        QFuture<VoidResult> started;
        if (pull) {
            started = m_connection->blockPull(m_uuid, target, {});
        } else {
            const bool remove = m_deleteMerged->isChecked();
            started = row == 0 ? m_connection->blockCommit(m_uuid, target, {}, below, remove)
                               : m_connection->blockCommit(m_uuid, target, path, below, remove);
        }
        m_jobDisk = target;
        updateActions();
        started.then(this, [this](const VoidResult &r) {
            if (!r) {
                m_jobDisk.clear();
                updateActions();
                MessageBox::error(this, tr("Merge"), tr("The merge could not start."), r.error().message,
                                  tr("Every image is unchanged and still valid."));
            }
        });
    };
    auto answered = [start](bool confirmed) {
        if (confirmed)
            start();
    };
    if (pull) {
        QString question = tr("Copy the data of every backing file of %1 into %2? The backing files stay on disk.")
                               .arg(target, FileName::display(QFileInfo(path).fileName()));
        QStringList shared;
        for (const DiskImage &img : m_model->state().disks.at(diskRow).chain.mid(1)) {
            if (!img.usedBy.isEmpty())
                shared << tr("%1 (backing file of %2)").arg(FileName::display(QFileInfo(img.path).fileName()), img.usedBy.join(QStringLiteral(", ")));
        }
        if (!shared.isEmpty())
            question += QStringLiteral("\n\n") + tr("Other virtual machines are built on these backing files: %1. They stay unchanged; do not delete them.")
                                                      .arg(shared.join(QStringLiteral("; ")));
        MessageBox::confirm(this, tr("Pull Backing Files Up"), question, /*: Confirmation button: copy the backing files' data up into the active image (block pull) */ tr("Pull"),
                            this, answered);
        return;
    }
    // Overlays left beside the chain by an external revert may be built on
    // the image that changes here.
    QSet<QString> inChains;
    for (const DiskStorage &dsk : m_model->state().disks) {
        for (const DiskImage &img : dsk.chain)
            inChains.insert(img.path);
    }
    QStringList sideBranches;
    for (const SnapshotInfo &snap : m_model->state().snapshots) {
        for (const SnapshotInfo::Disk &sd : snap.disks) {
            if (sd.location == SnapshotInfo::Location::External && !inChains.contains(sd.file) && QFileInfo::exists(sd.file))
                sideBranches << FileName::display(QFileInfo(sd.file).fileName());
        }
    }
    QString question = tr("Merge %1 into %2? %1 then leaves the chain; the file itself stays on disk.")
                           .arg(FileName::display(QFileInfo(path).fileName()), FileName::display(QFileInfo(below).fileName()));
    if (!sideBranches.isEmpty())
        question += QStringLiteral("\n\n") + tr("Overlays outside the chain (%1) may be built on %2; after the merge they no longer show the state they were made from.")
                                              .arg(sideBranches.join(QStringLiteral(", ")), FileName::display(QFileInfo(below).fileName()));
    //: Dialog title: merge the selected image into the image below it (block commit)
    MessageBox::confirm(this, tr("Merge Down"), question, /*: Confirmation button and error title: merge disk images (block commit) */ tr("Merge"),
                        this, answered);
}

void SnapshotsPanel::jobChanged(const BlockJob &job)
{
    if (job.uuid != m_uuid)
        return;
    switch (job.status) {
    case BlockJob::Status::Running:
    case BlockJob::Status::Ready:
        m_jobDisk = job.disk;
        m_progress->show();
        m_cancel->show();
        m_progress->setValue(job.end ? int(100.0 * double(job.cur) / double(job.end)) : 0);
        m_progress->setFormat(tr("Merging %1: %p%").arg(job.disk));
        break;
    case BlockJob::Status::Completed:
    case BlockJob::Status::Failed:
    case BlockJob::Status::Cancelled:
    case BlockJob::Status::Ended:
        m_jobDisk.clear();
        m_progress->hide();
        m_cancel->hide();
        if (job.status == BlockJob::Status::Failed)
            MessageBox::error(this, tr("Merge"), tr("The merge on disk %1 failed.").arg(job.disk),
                              tr("QEMU stopped the block job."),
                              tr("The chain is as it was before the merge and every image is valid. See the host's libvirt log for the reason (a full disk, say)."));
        m_model->refresh();
        break;
    }
    updateActions();
}
