#include "domainactions.h"

#include <QCoreApplication>

namespace {

bool active(const DomainInfo &d) { return isActive(d.state); }
bool inactive(const DomainInfo &d) { return !isActive(d.state); }
bool running(const DomainInfo &d) { return d.state == DomainState::Running || d.state == DomainState::Blocked; }
bool paused(const DomainInfo &d) { return d.state == DomainState::Paused || d.state == DomainState::PMSuspended; }
bool persistent(const DomainInfo &d) { return d.persistent; }
bool hasManagedSave(const DomainInfo &d) { return d.hasManagedSave; }

constexpr const char *kContext = "LifecycleController";
using Section = DomainActionSpec::Section;

const DomainActionSpec kSpecs[] = {
    {DomainAction::Start, "actionStart", "media-playback-start",
     //: VM action: boot the virtual machine
     {QT_TRANSLATE_NOOP("LifecycleController", "Start")}, Section::Power, true,
     {{inactive, QT_TRANSLATE_NOOP("LifecycleController", "The virtual machine is already running.")}},
     nullptr, QT_TRANSLATE_NOOP("LifecycleController", "These virtual machines could not be started:")},
    {DomainAction::Pause, "actionPause", "media-playback-pause",
     QT_TRANSLATE_NOOP3("LifecycleController", "Pause", "action"), Section::Power, true,
     {{running, QT_TRANSLATE_NOOP("LifecycleController", "Only a running virtual machine can be paused.")}},
     nullptr, QT_TRANSLATE_NOOP("LifecycleController", "These virtual machines could not be paused:")},
    {DomainAction::Resume, "actionResume", "media-playback-start",
     //: VM action: let a paused VM run again; not the same word as Restore (from a saved file) or Revert (to a snapshot)
     {QT_TRANSLATE_NOOP("LifecycleController", "Resume")}, Section::Power, true,
     {{paused, QT_TRANSLATE_NOOP("LifecycleController", "The virtual machine is not paused.")}},
     nullptr, QT_TRANSLATE_NOOP("LifecycleController", "These virtual machines could not be resumed:")},
    {DomainAction::Shutdown, "actionShutdown", "system-shutdown",
     //: VM action: ask the guest OS to shut down (ACPI)
     {QT_TRANSLATE_NOOP("LifecycleController", "Shut Down")}, Section::Power, true,
     {{running, QT_TRANSLATE_NOOP("LifecycleController", "Only a running virtual machine can be shut down or rebooted.")}},
     nullptr, QT_TRANSLATE_NOOP("LifecycleController", "These virtual machines could not be shut down:")},
    {DomainAction::Reboot, "actionReboot", "view-refresh",
     //: VM action: ask the guest OS to restart
     {QT_TRANSLATE_NOOP("LifecycleController", "Reboot")}, Section::Power, true,
     {{running, QT_TRANSLATE_NOOP("LifecycleController", "Only a running virtual machine can be shut down or rebooted.")}},
     nullptr, QT_TRANSLATE_NOOP("LifecycleController", "These virtual machines could not be rebooted:")},
    {DomainAction::Reset, "actionReset", "",
     //: VM action, dialog title and button: press the VM's reset button; use one term for reset everywhere
     {QT_TRANSLATE_NOOP("LifecycleController", "Force Reset")}, Section::Power, true,
     {{active, QT_TRANSLATE_NOOP("LifecycleController", "The virtual machine is not running.")}},
     QT_TRANSLATE_NOOP("LifecycleController", "Reset %1?\n\nThis is like pressing the reset button: the guest loses "
                                              "everything it has not written to disk."),
     QT_TRANSLATE_NOOP("LifecycleController", "These virtual machines could not be reset:")},
    {DomainAction::ForceOff, "actionForceOff", "process-stop",
     //: VM action, dialog title and button: cut the VM's power at once, like pulling the plug; use one term for it everywhere
     {QT_TRANSLATE_NOOP("LifecycleController", "Force Off")}, Section::Power, true,
     {{active, QT_TRANSLATE_NOOP("LifecycleController", "The virtual machine is not running.")}},
     QT_TRANSLATE_NOOP("LifecycleController", "Force off %1?\n\nThis is like pulling the power plug: the guest loses "
                                              "everything it has not written to disk."),
     QT_TRANSLATE_NOOP("LifecycleController", "These virtual machines could not be forced off:")},
    {DomainAction::ManagedSave, "actionManagedSave", "document-save",
     //: VM action: save the VM's memory state in libvirt's own place and stop it; starting the VM resumes from it (virsh managedsave)
     {QT_TRANSLATE_NOOP("LifecycleController", "Managed Save")}, Section::SavedState, true,
     {{persistent, QT_TRANSLATE_NOOP("LifecycleController", "A transient virtual machine has no managed save.")},
      {active, QT_TRANSLATE_NOOP("LifecycleController", "The virtual machine is not running.")}},
     nullptr, QT_TRANSLATE_NOOP("LifecycleController", "The state of these virtual machines could not be saved:")},
    {DomainAction::RemoveManagedSave, "actionRemoveManagedSave", "",
     {QT_TRANSLATE_NOOP("LifecycleController", "Remove Managed Save")}, Section::SavedState, false,
     {{hasManagedSave, QT_TRANSLATE_NOOP("LifecycleController", "The virtual machine has no managed save image.")}},
     nullptr,
     QT_TRANSLATE_NOOP("LifecycleController", "The managed save of these virtual machines could not be removed:")},
    {DomainAction::EnableAutostart, "actionAutostartOn", "",
     {QT_TRANSLATE_NOOP("LifecycleController", "Start at Host Boot")}, Section::Autostart, false,
     {{persistent, QT_TRANSLATE_NOOP("LifecycleController", "A transient virtual machine cannot start at host boot.")}},
     nullptr, QT_TRANSLATE_NOOP("LifecycleController", "Autostart could not be changed for these virtual machines:")},
    {DomainAction::DisableAutostart, "actionAutostartOff", "",
     {QT_TRANSLATE_NOOP("LifecycleController", "Do Not Start at Host Boot")}, Section::Autostart, false,
     {{persistent, QT_TRANSLATE_NOOP("LifecycleController", "A transient virtual machine cannot start at host boot.")}},
     nullptr, QT_TRANSLATE_NOOP("LifecycleController", "Autostart could not be changed for these virtual machines:")},
};
static_assert(std::size(kSpecs) == std::size_t(DomainAction::DisableAutostart) + 1, "one row per DomainAction");

QString translate(const char *source, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate(kContext, source, disambiguation);
}

} // namespace

std::span<const DomainActionSpec> domainActionSpecs()
{
    return kSpecs;
}

const DomainActionSpec &domainActionSpec(DomainAction action)
{
    for (const DomainActionSpec &spec : kSpecs) {
        if (spec.action == action)
            return spec;
    }
    Q_UNREACHABLE();
}

QString DomainActionSpec::name() const
{
    return translate(text.source, text.disambiguation);
}

QString DomainActionSpec::confirmationText(const QString &names) const
{
    return confirmation ? translate(confirmation).arg(names) : QString();
}

QString DomainActionSpec::failureHeading() const
{
    return translate(failureText);
}

bool DomainActionSpec::allows(const DomainInfo &info, QString *whyNot) const
{
    for (const Condition &c : conditions) {
        if (c.holds && !c.holds(info)) {
            if (whyNot)
                *whyNot = translate(c.whyNot);
            return false;
        }
    }
    return true;
}
