#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// A VM's definition from before its display was switched from SPICE to VNC,
// and the one right after, so the switch can be undone exactly and a change
// made since can be noticed. The definitions were read with
// VIR_DOMAIN_XML_SECURE and hold secrets (display passwords), so they live
// in files of this user readable by no one else (0600 in a 0700 folder),
// never in the domain's <metadata>, which read-only clients can see.
class DisplayBackupStore final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayBackupStore)

public:
    struct Entry
    {
        QString uri;
        QString uuid;
        QString before; // the secure inactive XML before the switch
        QString after;  // the same right after it; empty until known
        QDateTime saved;
    };

    // The default folder: display-backups under the application's data location.
    DisplayBackupStore();
    explicit DisplayBackupStore(const QString &directory);

    QString directory() const { return m_directory; }
    // The file of one VM of one connection (it need not exist).
    QString fileName(const QString &uri, const QString &uuid) const;

    // Writes the entry (replacing the VM's earlier one) atomically.
    VoidResult save(const Entry &entry) const;
    // The VM's entry; nullopt when there is none or it cannot be read.
    std::optional<Entry> load(const QString &uri, const QString &uuid) const;
    bool contains(const QString &uri, const QString &uuid) const;
    // Removing an entry that does not exist succeeds.
    VoidResult remove(const QString &uri, const QString &uuid) const;

private:
    QString m_directory;
};
