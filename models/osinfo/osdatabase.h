#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QFuture>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

// What QVirt knows about guest operating systems, read from osinfo-db through
// libosinfo. Plain structs: no glib or libosinfo type leaves osdatabase.cpp
// (glib's headers use the identifier `signals`, which Qt defines as a macro).

// The devices a new guest gets for an OS: what the OS has drivers for, from
// libosinfo's device lists (its own and those of the OSes it derives from).
// Every field is a recommendation the user may override.
struct OsDevices
{
    QString diskBus = QStringLiteral("virtio");    // virtio | sata | ide (virtio-block, else AHCI on Q35, else IDE)
    QString nicModel = QStringLiteral("virtio");   // virtio | e1000e | e1000 | rtl8139
    QString videoModel = QStringLiteral("virtio"); // virtio | qxl | vga | cirrus
    QString soundModel;                            // ich9 | ich6 | ac97 | "" (none)
    bool q35 = true;           // PCIe (Q35) where the OS supports it; false for old OSes (i440FX)
    bool usbTablet = true;
    bool virtioRng = false;
    bool uefiRequired = false; // the OS boots only from UEFI (osinfo-db: BIOS firmware unsupported)
    bool secureBoot = false;   // the OS requires secure boot
    bool tpm2 = false;         // the OS requires TPM 2.0
    bool virtioScsi = false;   // the OS has a virtio-scsi driver

    bool operator==(const OsDevices &) const = default;
};

struct OsEntry
{
    QString id;        // libosinfo id, e.g. http://debian.org/debian/11
    QString shortId;   // debian11
    QStringList shortIds; // every short id, shortId first (debian11, debianbullseye)
    QString name;      // "Debian 11"
    QString vendor, family, distro, version, codename;
    QDate releaseDate, eolDate;
    QDate successorReleaseDate; // the next newer release of the same distro; invalid when none is known
    // x86_64 (else "all") values, each from the nearest OS in the derives-from chain that states
    // it; -1 when none does. A recommendation is never below the minimum.
    qint64 minimumRamBytes = -1, recommendedRamBytes = -1, minimumStorageBytes = -1, recommendedStorageBytes = -1;
    int minimumCpus = -1, recommendedCpus = -1;
    OsDevices devices;

    bool isValid() const { return !id.isEmpty(); }
    // What a new guest gets unless the user says otherwise: the recommendation where osinfo-db
    // has one, else the minimum, else QVirt's default (2 GiB, 20 GiB); vCPUs at least 2.
    qint64 suggestedRamBytes() const;
    int suggestedCpus() const;
    qint64 suggestedStorageBytes() const;
    bool isWindows() const;
    // Past its end-of-life date. Without one (osinfo-db leaves many out), when a newer release of
    // the same distribution exists and this one came out more than 5 years before today; the
    // newest release osinfo-db knows never counts as end of life by that rule.
    bool endOfLife(const QDate &today = QDate::currentDate()) const;

    bool operator==(const OsEntry &) const = default;
};

struct OsDetection
{
    OsEntry os;
    QString volumeId;               // media
    QString kernelPath, initrdPath; // relative to the tree URL or the ISO's root; empty when osinfo-db has none
    bool live = false;              // live media
    bool installer = true;
    bool bootable = false;          // media: El Torito boot record present
};

class OsDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(OsDatabase)

public:
    // Loads osinfo-db (~1 s) on a worker thread (QtConcurrent), once per process: every later
    // call returns the same future. The result is never null; a database that failed to load is
    // empty (all() is empty, generic() is a built-in default).
    static QFuture<std::shared_ptr<const OsDatabase>> load();

    // Every OS, for a picker: by vendor, then distribution, newest release first.
    QVector<OsEntry> all() const;
    // By libosinfo id or any short id, case-insensitive.
    std::optional<OsEntry> byId(const QString &idOrShortId) const;
    // Entries matching every word of text (case-insensitive) in the name, a short id, the vendor,
    // the distribution, the codename or the version; "win11" finds Windows 11. The best matches
    // first (exact short id, then short id or name prefix), then picker order. End-of-life OSes
    // (endOfLife(today)) only with includeEol. An empty text matches every entry.
    QVector<OsEntry> search(const QString &text, bool includeEol = false, int limit = 200,
                            const QDate &today = QDate::currentDate()) const;
    // The fallback when nothing is known: osinfo-db's newest "Generic Linux" entry, else its
    // "unknown" entry, else a built-in default (2 GiB, 2 vCPUs, 20 GiB, virtio on Q35).
    OsEntry generic() const;
    // Where the data came from (osinfo-db's VERSION), for the about box and bug reports.
    QString dbVersion() const { return m_dbVersion; }

    ~OsDatabase();
    OsDatabase(const OsDatabase &) = delete;
    OsDatabase &operator=(const OsDatabase &) = delete;

    struct Native; // the libosinfo database, for detection (osdatabase.cpp)
    const Native *native() const { return m_native.get(); }

private:
    OsDatabase();
    static std::shared_ptr<const OsDatabase> loadNow();

    QVector<OsEntry> m_entries;
    QHash<QString, int> m_index; // lower-case id and short ids -> m_entries
    int m_generic = -1;
    QString m_dbVersion;
    std::shared_ptr<Native> m_native;
};

// Detection, each on a detached worker thread with a time limit: the future answers an Error
// after timeoutMs even when libosinfo is still reading (a hung NFS mount, a FIFO, a stalled
// server); the stuck thread keeps only shared pointers and is never joined.
//
// detectMedia reads an ISO 9660 image: its volume descriptors (from byte 32768: primary,
// boot record, supplementary) and then the root directory's extent (libosinfo looks for a "ppc"
// directory there). A copy of only the start of an image is enough when it holds those: in
// images made by xorriso, mkisofs and genisoimage they lie in the first few hundred KiB, so
// hand it at least the first 4 MiB of a remote volume. A copy shorter than the volume descriptors
// plus root directory (for a tiny image, ~40 KiB) fails with an error.
// The OS is found from the primary volume descriptor's volume, system, publisher and application
// ids, matched against osinfo-db's <media><iso> entries; the image need not be bootable.
QFuture<Result<OsDetection>> detectMedia(const QString &isoPath, int timeoutMs = 10000);

// detectTree reads an install tree's .treeinfo (or treeinfo) at url (http, https, ftp, file; a
// local path is taken as file://) and matches its family, version, arch and variant against
// osinfo-db's <tree><treeinfo> entries. Trees without a .treeinfo (Debian, Ubuntu) are not
// recognised: choose the OS from the list for them.
QFuture<Result<OsDetection>> detectTree(const QString &url, int timeoutMs = 20000);

// Detection threads still running, including those whose future answered with a timeout; for
// tests, which let them end before the process does.
int detectionThreadsRunning();
