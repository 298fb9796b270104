#pragma once

#include "connection.h"
#include "domaininfo.h"

#include <QString>

#include <span>

// Everything the UI knows of one lifecycle action, in one row: the main
// window's menus and toolbar, the VM window's toolbar, the list's context menu
// and the lifecycle controller all read this table, so an action is added or
// changed in one place.
//
// The texts are translated in the context "LifecycleController", where they
// have always been: the catalogues keep their translations.
struct DomainActionSpec
{
    struct Text
    {
        const char *source = nullptr;
        const char *disambiguation = nullptr;
    };
    // A state the domain must be in, and what to tell the user when it is not.
    struct Condition
    {
        bool (*holds)(const DomainInfo &) = nullptr;
        const char *whyNot = nullptr;
    };

    // The section of the main window's Virtual Machine menu (and of the
    // list's context menu) that holds the action.
    enum class Section { Power, SavedState, Autostart };

    DomainAction action;
    const char *objectName; // of the main window's QAction
    const char *icon;       // theme icon name; empty: none
    Text text;              // menu and toolbar text; also the title of its confirmation and error boxes
    Section section;
    bool inVmWindowToolbar;
    Condition conditions[2]; // all must hold
    const char *confirmation; // asked before acting (%1: the VM names); null: acts at once
    const char *failureText;  // heading of the error box that lists the VMs that failed

    QString name() const;
    QString confirmationText(const QString &names) const;
    QString failureHeading() const;
    // Whether the action makes sense for a domain in this state (and why not).
    bool allows(const DomainInfo &info, QString *whyNot = nullptr) const;
};

// In the order of the main window's Virtual Machine menu.
std::span<const DomainActionSpec> domainActionSpecs();
const DomainActionSpec &domainActionSpec(DomainAction action);
