#include "lifecyclecontroller.h"

#include "deletedialog.h"
#include "domainactions.h"
#include "domainlistmodel.h"
#include "filename.h"
#include "messagebox.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QPointer>
#include <QUrl>
#include <QWidget>

struct LifecycleController::Batch
{
    QString failureTitle;
    QString failureText;
    int pending = 0;
    QStringList failures;
};

LifecycleController::LifecycleController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

QString LifecycleController::actionName(DomainAction action)
{
    return domainActionSpec(action).name();
}

bool LifecycleController::canPerform(DomainAction action, const DomainInfo &d, QString *whyNot)
{
    return domainActionSpec(action).allows(d, whyNot);
}

void LifecycleController::offerFolderPoolDeletion(Connection *connection, const QString &vm, const QStringList &paths)
{
    QStringList shown;
    for (const QString &path : paths)
        shown << FileName::display(path);
    const QString host = connection->displayName();
    const QString text =
        tr("%1 is deleted, but these images are in no storage pool on %2, so libvirt could not delete them:\n\n%3\n\n"
           "QVirt can open each image's folder as a temporary storage pool, delete the images through it and remove the "
           "pool again; the folders and every other file in them stay. Delete the images now?")
            .arg(vm, host, shown.join(QLatin1Char('\n')));
    QPointer<Connection> guarded = connection;
    MessageBox::ask(m_window, QMessageBox::Question, tr("Delete Images"), text, QMessageBox::Yes | QMessageBox::No,
                    QMessageBox::Yes, {{QMessageBox::Yes, tr("Delete the Images")}, {QMessageBox::No, tr("Keep the Files")}},
                    this, [this, guarded, vm, host, paths, shown](QMessageBox::StandardButton answer) {
                        if (answer != QMessageBox::Yes || !guarded) {
                            MessageBox::information(m_window, tr("Delete Images"),
                                                    tr("These images of %1 stay on %2; remove them on the host when they are no longer needed:\n\n%3")
                                                        .arg(vm, host, shown.join(QLatin1Char('\n'))));
                            return;
                        }
                        guarded->deleteImagesThroughFolderPools(paths).then(
                            this, [this, vm, host](const Result<QVector<StorageDeletion>> &r) {
                                QStringList failures;
                                if (r) {
                                    for (const StorageDeletion &s : r.value()) {
                                        if (!s.deleted)
                                            failures << tr("%1: %2").arg(FileName::display(s.path), s.error);
                                    }
                                }
                                if (!failures.isEmpty())
                                    MessageBox::error(m_window, tr("Delete Images"),
                                                      tr("These images of %1 stay on %2:").arg(vm, host), failures.join(QLatin1Char('\n')),
                                                      tr("Remove them on the host, or give their folder a storage pool in the host window's Storage page."));
                            });
                    });
}

void LifecycleController::finishBatch(const std::shared_ptr<Batch> &batch)
{
    if (--batch->pending > 0)
        return;
    if (!batch->failures.isEmpty()) {
        MessageBox::error(m_window, batch->failureTitle, batch->failureText, batch->failures.join(QLatin1Char('\n')),
                          tr("Check that each virtual machine is in a state that allows this action, and see the "
                             "host's libvirt log (/var/log/libvirt/) for details."));
    }
    emit batchFinished(int(batch->failures.size()));
}

// The domains picked before a question that are still there after it, with
// what the list knows of them now: while the question was open the list went
// on changing, and a connection may have been removed.
static DomainRefs lookUpAgain(const DomainRefs &picked)
{
    DomainRefs now;
    for (const DomainRef &d : picked) {
        if (!d.connection)
            continue;
        if (const DomainInfo *info = d.connection->domainModel()->find(d.info.uuid))
            now.append({d.connection, *info});
    }
    return now;
}

void LifecycleController::perform(DomainAction action, const DomainRefs &domains)
{
    DomainRefs targets;
    for (const DomainRef &d : domains) {
        if (d.connection && canPerform(action, d.info))
            targets.append(d);
    }
    if (targets.isEmpty())
        return;
    QStringList names;
    for (const DomainRef &d : std::as_const(targets))
        names << d.info.name;
    const DomainActionSpec &spec = domainActionSpec(action);
    if (!spec.confirmation) {
        run(action, targets);
        return;
    }
    const QString title = spec.name();
    const QString question = spec.confirmationText(names.join(QStringLiteral(", ")));
    MessageBox::confirm(m_window, title, question, title, this, [this, action, targets](bool confirmed) {
        if (!confirmed)
            return;
        // A VM that stopped (or went) while the user was asked needs nothing.
        DomainRefs still;
        for (const DomainRef &d : lookUpAgain(targets)) {
            if (canPerform(action, d.info))
                still.append(d);
        }
        run(action, still);
    });
}

void LifecycleController::run(DomainAction action, const DomainRefs &targets)
{
    if (targets.isEmpty())
        return;
    auto batch = std::make_shared<Batch>();
    const DomainActionSpec &spec = domainActionSpec(action);
    batch->failureTitle = spec.name();
    batch->failureText = spec.failureHeading();
    batch->pending = int(targets.size());
    for (const DomainRef &d : targets) {
        const QString name = d.info.name;
        d.connection->perform(d.info.uuid, action).then(this, [this, batch, name](const VoidResult &r) {
            //: %1 is a VM name, %2 the error message
            if (!r)
                batch->failures << tr("%1: %2").arg(name, r.error().message);
            finishBatch(batch);
        });
    }
}

void LifecycleController::askHostPath(Connection *connection, const QString &title, const QString &suggestion,
                                      bool save, Answer chosen)
{
    if (connection->isLocal()) {
        auto *dialog = new QFileDialog(m_window, title, suggestion);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
        dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, [chosen](const QString &file) {
            if (!file.isEmpty())
                chosen(file);
        });
        dialog->open();
        return;
    }
    // The file lives on the remote host: a path there, not a local file.
    askText(title, tr("Path on the host %1:").arg(connection->displayName()), suggestion, std::move(chosen));
}

void LifecycleController::askFolder(const QString &title, Answer chosen)
{
    auto *dialog = new QFileDialog(m_window, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [chosen](const QString &folder) {
        if (!folder.isEmpty())
            chosen(folder);
    });
    dialog->open();
}

void LifecycleController::askText(const QString &title, const QString &label, const QString &suggestion, Answer chosen)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(suggestion);
    connect(dialog, &QInputDialog::textValueSelected, this, [chosen](const QString &text) {
        if (!text.trimmed().isEmpty())
            chosen(text.trimmed());
    });
    dialog->open();
}

void LifecycleController::saveToFile(const DomainRefs &domains)
{
    DomainRefs targets;
    for (const DomainRef &d : domains) {
        if (d.connection && isActive(d.info.state))
            targets.append(d);
    }
    if (targets.isEmpty())
        return;
    if (targets.size() == 1) {
        const DomainRef d = targets.first();
        // libvirtd of the system instance writes the file as root: suggest its own folder.
        const bool systemInstance = QUrl(d.connection->uri()).path() == QLatin1String("/system");
        const QString dir = systemInstance ? QStringLiteral("/var/lib/libvirt/qemu/save") : QDir::homePath();
        askHostPath(d.connection, tr("Save %1 to File").arg(d.info.name),
                    dir + QLatin1Char('/') + d.info.name + QStringLiteral(".save"), true, [this, d](const QString &path) {
                        const DomainRefs still = lookUpAgain({d});
                        if (!still.isEmpty() && isActive(still.first().info.state))
                            saveNow({{still.first(), path}});
                    });
        return;
    }
    bool allLocal = true;
    for (const DomainRef &d : std::as_const(targets))
        allLocal &= d.connection->isLocal();
    auto saveAll = [this, targets](const QString &dir) {
        QVector<QPair<DomainRef, QString>> jobs;
        for (const DomainRef &d : lookUpAgain(targets)) {
            if (isActive(d.info.state))
                jobs.append({d, dir + QLatin1Char('/') + d.info.name + QStringLiteral(".save")});
        }
        saveNow(jobs);
    };
    const QString title = tr("Save %n Virtual Machines to Folder", nullptr, int(targets.size()));
    if (allLocal) {
        askFolder(title, saveAll);
    } else {
        // Each host writes its own files: one folder path valid on every host.
        askText(title, tr("Folder on the hosts:"), QStringLiteral("/var/lib/libvirt/qemu/save"), saveAll);
    }
}

void LifecycleController::saveNow(const QVector<QPair<DomainRef, QString>> &jobs)
{
    if (jobs.isEmpty())
        return;
    auto batch = std::make_shared<Batch>();
    //: Title of the error box when saving VMs to files failed (virsh save: the VM's state is written to a file and the VM stops)
    batch->failureTitle = tr("Save to File");
    batch->failureText = tr("The state of these virtual machines could not be saved to a file:");
    batch->pending = int(jobs.size());
    for (const auto &[d, path] : jobs) {
        const QString name = d.info.name;
        d.connection->saveToFile(d.info.uuid, path).then(this, [this, batch, name, path = path](const VoidResult &r) {
            //: %1 is a VM name, %2 the file it was to be saved to, %3 the error message
            if (!r)
                batch->failures << tr("%1 → %2: %3").arg(name, path, r.error().message);
            finishBatch(batch);
        });
    }
}

void LifecycleController::restoreFromFile(Connection *connection)
{
    if (!connection || connection->state() != ConnectionState::Connected)
        return;
    QPointer<Connection> guard(connection);
    askHostPath(connection, tr("Restore Virtual Machine from File"), QString(), false, [this, guard](const QString &path) {
        if (!guard)
            return;
        guard->saveFileDomain(path).then(this, [this, guard, path](const Result<DomainInfo> &saved) {
            if (!guard)
                return;
            if (!saved) {
                //: Dialog title and button: start a VM from a state file written by "Save to File" (virsh restore); not the same word as Revert (snapshot) or Resume (paused VM)
                MessageBox::error(m_window, tr("Restore"), tr("%1 is not a saved virtual machine state that this host can read.").arg(path),
                                  saved.error().message, tr("Choose a file written by \"Save to File\" (virsh save) on this host."));
                return;
            }
            const QString uuid = saved.value().uuid;
            const DomainInfo *current = guard->domainModel()->find(uuid);
            if (!current || !isActive(current->state)) {
                restoreNow(guard, path);
                return;
            }
            MessageBox::confirm(m_window, tr("Restore"),
                                tr("%1 is running. Restoring the saved state forces it off first; whatever it has "
                                   "not written to disk is lost.").arg(current->name),
                                tr("Force Off and Restore"), this, [this, guard, path, uuid](bool confirmed) {
                if (!confirmed || !guard)
                    return;
                // It may have stopped, or gone, while the user was asked.
                const DomainInfo *now = guard->domainModel()->find(uuid);
                if (!now || !isActive(now->state)) {
                    restoreNow(guard, path);
                    return;
                }
                guard->perform(uuid, DomainAction::ForceOff).then(this, [this, guard, path](const VoidResult &r) {
                    if (!guard)
                        return;
                    if (!r) {
                        MessageBox::error(m_window, tr("Restore"), tr("The running virtual machine could not be forced off, so nothing was restored."),
                                          r.error().message);
                        return;
                    }
                    restoreNow(guard, path);
                });
            });
        });
    });
}

void LifecycleController::restoreNow(Connection *connection, const QString &path)
{
    connection->restoreFromFile(path).then(this, [this, path](const VoidResult &r) {
        if (!r) {
            MessageBox::error(m_window, tr("Restore"), tr("The virtual machine could not be restored from %1.").arg(path),
                              r.error().message,
                              tr("The file is kept. Check that the disks it refers to still exist, and the host's libvirt log."));
        }
        emit batchFinished(r ? 0 : 1);
    });
}

void LifecycleController::rename(const DomainRef &domain)
{
    if (!domain.connection)
        return;
    if (isActive(domain.info.state)) {
        //: Title of message boxes about renaming a VM
        MessageBox::information(m_window, tr("Rename"), tr("Shut %1 off first: libvirt renames only virtual machines that are not running.").arg(domain.info.name));
        return;
    }
    const DomainRef picked = domain;
    askText(tr("Rename Virtual Machine"), tr("New name for %1:").arg(picked.info.name), picked.info.name,
            [this, picked](const QString &name) {
        const DomainRefs still = lookUpAgain({picked});
        if (still.isEmpty() || name == picked.info.name)
            return;
        const QString old = picked.info.name;
        picked.connection->rename(picked.info.uuid, name).then(this, [this, old, name](const VoidResult &r) {
            if (!r)
                MessageBox::error(m_window, tr("Rename"), tr("%1 could not be renamed to %2.").arg(old, name), r.error().message,
                                  tr("Choose a name no other virtual machine on this host uses."));
            emit batchFinished(r ? 0 : 1);
        });
    });
}

void LifecycleController::remove(const DomainRefs &domains)
{
    DomainRefs targets;
    for (const DomainRef &d : domains) {
        if (d.connection)
            targets.append(d);
    }
    if (targets.isEmpty())
        return;
    auto *dialog = new DeleteDialog(targets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteDialog::confirmed, this, [this](const DomainRefs &picked, const QHash<QString, QStringList> &paths) {
        // The list changed while the dialog was open: what is still there.
        const DomainRefs chosen = lookUpAgain(picked);
        if (chosen.isEmpty())
            return;
        auto batch = std::make_shared<Batch>();
        //: Title of the error box when deleting virtual machines did not fully succeed
        batch->failureTitle = tr("Delete");
        batch->failureText = tr("Deleting did not fully succeed:");
        batch->pending = int(chosen.size());
        for (const DomainRef &d : chosen) {
            const QString name = d.info.name;
            QPointer<Connection> connection = d.connection;
            d.connection->deleteDomain(d.info.uuid, paths.value(d.info.uuid))
                .then(this, [this, batch, name, connection](const Result<QVector<StorageDeletion>> &r) {
                    QStringList outside;
                    if (!r) {
                        batch->failures << tr("%1: %2").arg(name, r.error().message);
                    } else {
                        for (const StorageDeletion &s : r.value()) {
                            if (s.outsidePools)
                                outside << s.path;
                            else if (!s.deleted)
                                batch->failures << tr("%1: image %2 was not deleted: %3").arg(name, FileName::display(s.path), s.error);
                        }
                    }
                    finishBatch(batch);
                    if (!outside.isEmpty() && connection)
                        offerFolderPoolDeletion(connection, name, outside);
                });
        }
    });
    dialog->open();
}
