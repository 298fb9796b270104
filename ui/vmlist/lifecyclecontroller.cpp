#include "lifecyclecontroller.h"

#include "deletedialog.h"
#include "domainlistmodel.h"
#include "filename.h"
#include "messagebox.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
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
    switch (action) {
    //: VM action: boot the virtual machine
    case DomainAction::Start: return tr("Start");
    //: VM action: ask the guest OS to shut down (ACPI)
    case DomainAction::Shutdown: return tr("Shut Down");
    //: VM action: ask the guest OS to restart
    case DomainAction::Reboot: return tr("Reboot");
    //: VM action, dialog title and button: cut the VM's power at once, like pulling the plug; use one term for it everywhere
    case DomainAction::ForceOff: return tr("Force Off");
    //: VM action, dialog title and button: press the VM's reset button; use one term for reset everywhere
    case DomainAction::Reset: return tr("Force Reset");
    case DomainAction::Pause: return tr("Pause", "action");
    //: VM action: let a paused VM run again; not the same word as Restore (from a saved file) or Revert (to a snapshot)
    case DomainAction::Resume: return tr("Resume");
    //: VM action: save the VM's memory state in libvirt's own place and stop it; starting the VM resumes from it (virsh managedsave)
    case DomainAction::ManagedSave: return tr("Managed Save");
    case DomainAction::RemoveManagedSave: return tr("Remove Managed Save");
    case DomainAction::EnableAutostart: return tr("Start at Host Boot");
    case DomainAction::DisableAutostart: return tr("Do Not Start at Host Boot");
    }
    return {};
}

bool LifecycleController::canPerform(DomainAction action, const DomainInfo &d, QString *whyNot)
{
    auto no = [whyNot](const QString &reason) {
        if (whyNot)
            *whyNot = reason;
        return false;
    };
    const bool active = isActive(d.state);
    const bool running = d.state == DomainState::Running || d.state == DomainState::Blocked;
    switch (action) {
    case DomainAction::Start:
        return !active || no(tr("The virtual machine is already running."));
    case DomainAction::Shutdown:
    case DomainAction::Reboot:
        return running || no(tr("Only a running virtual machine can be shut down or rebooted."));
    case DomainAction::ForceOff:
        return active || no(tr("The virtual machine is not running."));
    case DomainAction::Reset:
        return active || no(tr("The virtual machine is not running."));
    case DomainAction::Pause:
        return running || no(tr("Only a running virtual machine can be paused."));
    case DomainAction::Resume:
        return d.state == DomainState::Paused || d.state == DomainState::PMSuspended
               || no(tr("The virtual machine is not paused."));
    case DomainAction::ManagedSave:
        if (!d.persistent)
            return no(tr("A transient virtual machine has no managed save."));
        return active || no(tr("The virtual machine is not running."));
    case DomainAction::RemoveManagedSave:
        return d.hasManagedSave || no(tr("The virtual machine has no managed save image."));
    case DomainAction::EnableAutostart:
    case DomainAction::DisableAutostart:
        return d.persistent || no(tr("A transient virtual machine cannot start at host boot."));
    }
    return false;
}

static QString failureText(DomainAction action)
{
    switch (action) {
    case DomainAction::Start: return LifecycleController::tr("These virtual machines could not be started:");
    case DomainAction::Shutdown: return LifecycleController::tr("These virtual machines could not be shut down:");
    case DomainAction::Reboot: return LifecycleController::tr("These virtual machines could not be rebooted:");
    case DomainAction::ForceOff: return LifecycleController::tr("These virtual machines could not be forced off:");
    case DomainAction::Reset: return LifecycleController::tr("These virtual machines could not be reset:");
    case DomainAction::Pause: return LifecycleController::tr("These virtual machines could not be paused:");
    case DomainAction::Resume: return LifecycleController::tr("These virtual machines could not be resumed:");
    case DomainAction::ManagedSave: return LifecycleController::tr("The state of these virtual machines could not be saved:");
    case DomainAction::RemoveManagedSave: return LifecycleController::tr("The managed save of these virtual machines could not be removed:");
    case DomainAction::EnableAutostart:
    case DomainAction::DisableAutostart: return LifecycleController::tr("Autostart could not be changed for these virtual machines:");
    }
    return {};
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
    if (action == DomainAction::ForceOff
        && !MessageBox::confirm(m_window, tr("Force Off"),
                                tr("Force off %1?\n\nThis is like pulling the power plug: the guest loses everything "
                                   "it has not written to disk.").arg(names.join(QStringLiteral(", "))),
                                tr("Force Off"))) {
        return;
    }
    if (action == DomainAction::Reset
        && !MessageBox::confirm(m_window, tr("Force Reset"),
                                tr("Reset %1?\n\nThis is like pressing the reset button: the guest loses everything "
                                   "it has not written to disk.").arg(names.join(QStringLiteral(", "))),
                                tr("Force Reset"))) {
        return;
    }

    auto batch = std::make_shared<Batch>();
    batch->failureTitle = actionName(action);
    batch->failureText = failureText(action);
    batch->pending = int(targets.size());
    for (const DomainRef &d : std::as_const(targets)) {
        const QString name = d.info.name;
        d.connection->perform(d.info.uuid, action).then(this, [this, batch, name](const VoidResult &r) {
            //: %1 is a VM name, %2 the error message
            if (!r)
                batch->failures << tr("%1: %2").arg(name, r.error().message);
            finishBatch(batch);
        });
    }
}

QString LifecycleController::askHostPath(Connection *connection, const QString &title, const QString &suggestion,
                                         bool save)
{
    if (connection->isLocal()) {
        return save ? QFileDialog::getSaveFileName(m_window, title, suggestion)
                    : QFileDialog::getOpenFileName(m_window, title, suggestion);
    }
    // The file lives on the remote host: a path there, not a local file.
    bool ok = false;
    const QString path = QInputDialog::getText(m_window, title, tr("Path on the host %1:").arg(connection->displayName()),
                                               QLineEdit::Normal, suggestion, &ok);
    return ok ? path.trimmed() : QString();
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
    auto batch = std::make_shared<Batch>();
    //: Title of the error box when saving VMs to files failed (virsh save: the VM's state is written to a file and the VM stops)
    batch->failureTitle = tr("Save to File");
    batch->failureText = tr("The state of these virtual machines could not be saved to a file:");
    QVector<QPair<DomainRef, QString>> jobs;
    if (targets.size() == 1) {
        const DomainRef &d = targets.first();
        // libvirtd of the system instance writes the file as root: suggest its own folder.
        const bool systemInstance = QUrl(d.connection->uri()).path() == QLatin1String("/system");
        const QString dir = systemInstance ? QStringLiteral("/var/lib/libvirt/qemu/save") : QDir::homePath();
        const QString path = askHostPath(d.connection, tr("Save %1 to File").arg(d.info.name),
                                         dir + QLatin1Char('/') + d.info.name + QStringLiteral(".save"), true);
        if (path.isEmpty())
            return;
        jobs.append({d, path});
    } else {
        bool allLocal = true;
        for (const DomainRef &d : std::as_const(targets))
            allLocal &= d.connection->isLocal();
        const QString title = tr("Save %n Virtual Machines to Folder", nullptr, int(targets.size()));
        QString dir;
        if (allLocal) {
            dir = QFileDialog::getExistingDirectory(m_window, title);
        } else {
            // Each host writes its own files: one folder path valid on every host.
            bool ok = false;
            dir = QInputDialog::getText(m_window, title, tr("Folder on the hosts:"), QLineEdit::Normal,
                                        QStringLiteral("/var/lib/libvirt/qemu/save"), &ok).trimmed();
            if (!ok)
                dir.clear();
        }
        if (dir.isEmpty())
            return;
        for (const DomainRef &d : std::as_const(targets))
            jobs.append({d, dir + QLatin1Char('/') + d.info.name + QStringLiteral(".save")});
    }
    batch->pending = int(jobs.size());
    for (const auto &[d, path] : std::as_const(jobs)) {
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
    const QString path = askHostPath(connection, tr("Restore Virtual Machine from File"), QString(), false);
    if (path.isEmpty())
        return;
    QPointer<Connection> guard(connection);
    connection->saveFileDomain(path).then(this, [this, guard, path](const Result<DomainInfo> &saved) {
        if (!guard)
            return;
        if (!saved) {
            //: Dialog title and button: start a VM from a state file written by "Save to File" (virsh restore); not the same word as Revert (snapshot) or Resume (paused VM)
            MessageBox::error(m_window, tr("Restore"), tr("%1 is not a saved virtual machine state that this host can read.").arg(path),
                              saved.error().message, tr("Choose a file written by \"Save to File\" (virsh save) on this host."));
            return;
        }
        const DomainInfo *current = guard->domainModel()->find(saved.value().uuid);
        if (current && isActive(current->state)) {
            if (!MessageBox::confirm(m_window, tr("Restore"),
                                     tr("%1 is running. Restoring the saved state forces it off first; whatever it has "
                                        "not written to disk is lost.").arg(current->name),
                                     tr("Force Off and Restore")))
                return;
            const QString uuid = current->uuid;
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
            return;
        }
        restoreNow(guard, path);
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
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename Virtual Machine"), tr("New name for %1:").arg(domain.info.name),
                                               QLineEdit::Normal, domain.info.name, &ok).trimmed();
    if (!ok || name.isEmpty() || name == domain.info.name)
        return;
    const QString old = domain.info.name;
    domain.connection->rename(domain.info.uuid, name).then(this, [this, old, name](const VoidResult &r) {
        if (!r)
            MessageBox::error(m_window, tr("Rename"), tr("%1 could not be renamed to %2.").arg(old, name), r.error().message,
                              tr("Choose a name no other virtual machine on this host uses."));
        emit batchFinished(r ? 0 : 1);
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
    connect(dialog, &DeleteDialog::confirmed, this, [this](const DomainRefs &chosen, const QHash<QString, QStringList> &paths) {
        auto batch = std::make_shared<Batch>();
        //: Title of the error box when deleting virtual machines did not fully succeed
        batch->failureTitle = tr("Delete");
        batch->failureText = tr("Deleting did not fully succeed:");
        batch->pending = int(chosen.size());
        for (const DomainRef &d : chosen) {
            const QString name = d.info.name;
            d.connection->deleteDomain(d.info.uuid, paths.value(d.info.uuid))
                .then(this, [this, batch, name](const Result<QVector<StorageDeletion>> &r) {
                    if (!r) {
                        batch->failures << tr("%1: %2").arg(name, r.error().message);
                    } else {
                        for (const StorageDeletion &s : r.value()) {
                            if (!s.deleted)
                                batch->failures << tr("%1: image %2 was not deleted: %3").arg(name, FileName::display(s.path), s.error);
                        }
                    }
                    finishBatch(batch);
                });
        }
    });
    dialog->open();
}
