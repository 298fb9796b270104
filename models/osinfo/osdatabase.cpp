// libosinfo (glib) before any Qt header: glib's gio headers use the identifier
// `signals`, which Qt defines as a macro. libosinfo's headers lack extern "C";
// glib's own (which pull in C++ headers) are included first, outside it.
#include <gio/gio.h>
#include <glib-object.h>
extern "C" {
#include <osinfo/osinfo.h>
}

#include "osdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QPromise>
#include <QSet>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace {

constexpr qint64 GiB = qint64(1) << 30;
const QString Win11Id = QStringLiteral("http://microsoft.com/win/11");
const QString GenericLinuxPrefix = QStringLiteral("http://libosinfo.org/linux/");
const QString UnknownId = QStringLiteral("http://libosinfo.org/unknown");

struct GObjectUnref
{
    void operator()(gpointer p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T>
using GPtr = std::unique_ptr<T, GObjectUnref>;

struct GErrorHolder
{
    GError *error = nullptr;
    ~GErrorHolder()
    {
        if (error)
            g_error_free(error);
    }
    QString message() const { return error ? QString::fromUtf8(error->message) : QString(); }
};

QString str(const gchar *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString entityId(gpointer entity)
{
    return str(osinfo_entity_get_id(OSINFO_ENTITY(entity)));
}

// The OSes os derives from, nearest first (a chain in osinfo-db; the first parent is followed).
QVector<OsinfoOs *> ancestry(OsinfoOs *os)
{
    QVector<OsinfoOs *> chain{os};
    QSet<QString> seen{entityId(os)};
    OsinfoOs *current = os;
    for (int depth = 0; depth < 32; ++depth) {
        GPtr<OsinfoProductList> parents(osinfo_product_get_related(OSINFO_PRODUCT(current), OSINFO_PRODUCT_RELATIONSHIP_DERIVES_FROM));
        if (!parents || osinfo_list_get_length(OSINFO_LIST(parents.get())) == 0)
            break;
        // The list holds its entries; the database holds them too, for its whole life.
        auto *parent = OSINFO_OS(osinfo_list_get_nth(OSINFO_LIST(parents.get()), 0));
        const QString id = entityId(parent);
        if (seen.contains(id))
            break;
        seen.insert(id);
        chain.append(parent);
        current = parent;
    }
    return chain;
}

struct Resources
{
    qint64 ram = -1, storage = -1;
    int cpus = -1;
};

// One <resources> list's values for x86_64, falling back to arch "all".
Resources resourcesOf(OsinfoResourcesList *list)
{
    Resources out;
    if (!list)
        return out;
    const int n = osinfo_list_get_length(OSINFO_LIST(list));
    for (const char *arch : {"x86_64", "all"}) {
        for (int i = 0; i < n; ++i) {
            auto *r = OSINFO_RESOURCES(osinfo_list_get_nth(OSINFO_LIST(list), i));
            if (qstrcmp(osinfo_resources_get_architecture(r), arch) != 0)
                continue;
            if (out.ram <= 0 && osinfo_resources_get_ram(r) > 0)
                out.ram = osinfo_resources_get_ram(r);
            if (out.storage <= 0 && osinfo_resources_get_storage(r) > 0)
                out.storage = osinfo_resources_get_storage(r);
            if (out.cpus <= 0 && osinfo_resources_get_n_cpus(r) > 0)
                out.cpus = osinfo_resources_get_n_cpus(r);
        }
    }
    return out;
}

// Each value from the nearest OS in the chain that states it.
Resources inheritedResources(const QVector<OsinfoOs *> &chain, OsinfoResourcesList *(*get)(OsinfoOs *))
{
    Resources out;
    for (OsinfoOs *os : chain) {
        GPtr<OsinfoResourcesList> list(get(os));
        const Resources r = resourcesOf(list.get());
        if (out.ram <= 0)
            out.ram = r.ram;
        if (out.storage <= 0)
            out.storage = r.storage;
        if (out.cpus <= 0)
            out.cpus = r.cpus;
    }
    return out;
}

OsDevices devicesOf(OsinfoOs *os, const QVector<OsinfoOs *> &chain)
{
    // Names of every device the OS (or one it derives from) has a driver for, less those removed.
    QSet<QString> names;
    GPtr<OsinfoDeviceList> devices(osinfo_os_get_all_devices(os, nullptr));
    if (devices) {
        const int n = osinfo_list_get_length(OSINFO_LIST(devices.get()));
        for (int i = 0; i < n; ++i)
            names.insert(str(osinfo_device_get_name(OSINFO_DEVICE(osinfo_list_get_nth(OSINFO_LIST(devices.get()), i)))));
    }
    const auto has = [&names](std::initializer_list<const char *> any) {
        return std::any_of(any.begin(), any.end(), [&names](const char *n) { return names.contains(QLatin1String(n)); });
    };

    bool efi = false, biosUnsupported = false;
    GPtr<OsinfoFirmwareList> firmware(osinfo_os_get_complete_firmware_list(os, nullptr));
    if (firmware) {
        const int n = osinfo_list_get_length(OSINFO_LIST(firmware.get()));
        for (int i = 0; i < n; ++i) {
            auto *f = OSINFO_FIRMWARE(osinfo_list_get_nth(OSINFO_LIST(firmware.get()), i));
            if (qstrcmp(osinfo_firmware_get_architecture(f), "x86_64") != 0)
                continue;
            const bool supported = osinfo_firmware_is_supported(f);
            if (qstrcmp(osinfo_firmware_get_firmware_type(f), "efi") == 0)
                efi = efi || supported;
            else if (qstrcmp(osinfo_firmware_get_firmware_type(f), "bios") == 0 && !supported)
                biosUnsupported = true;
        }
    }
    // osinfo-db 20221130 and libosinfo 1.10 say nothing of TPM or secure boot for Windows 11
    // (no TPM device, no firmware features), so those follow from its lineage; a TPM device
    // in a newer osinfo-db counts too.
    const bool win11Line = std::any_of(chain.begin(), chain.end(), [](OsinfoOs *o) { return entityId(o) == Win11Id; });

    OsDevices d;
    d.uefiRequired = biosUnsupported && efi;
    d.q35 = has({"qemu-x86-q35"}) || d.uefiRequired;
    d.diskBus = has({"virtio-block", "virtio1.0-block"}) ? QStringLiteral("virtio")
              : d.q35                                    ? QStringLiteral("sata") // ICH9 AHCI comes with Q35
                                                         : QStringLiteral("ide");
    d.virtioScsi = has({"virtio-scsi", "virtio1.0-scsi"});
    d.nicModel = has({"virtio-net", "virtio1.0-net"}) ? QStringLiteral("virtio")
               : has({"e1000e"})                      ? QStringLiteral("e1000e")
               : has({"e1000"})                       ? QStringLiteral("e1000")
               : has({"rtl8139"})                     ? QStringLiteral("rtl8139")
                                                      : QStringLiteral("e1000");
    d.videoModel = has({"virtio1.0-gpu"}) ? QStringLiteral("virtio")
                 : has({"qxl"})           ? QStringLiteral("qxl")
                 : has({"vga"})           ? QStringLiteral("vga")
                 : has({"cirrus"})        ? QStringLiteral("cirrus")
                                          : QStringLiteral("vga");
    d.soundModel = has({"ich9-hda"}) ? QStringLiteral("ich9")
                 : has({"ich6"})     ? QStringLiteral("ich6")
                 : has({"ac97"})     ? QStringLiteral("ac97")
                                     : QString();
    d.usbTablet = has({"tablet", "qemu-xhci", "nec-xhci"});
    d.virtioRng = has({"virtio-rng", "virtio1.0-rng"});
    d.tpm2 = win11Line || has({"tpm-crb", "tpm-tis"});
    d.secureBoot = win11Line;
    return d;
}

QDate dateOf(const gchar *isoDate)
{
    return isoDate ? QDate::fromString(QString::fromLatin1(isoDate), Qt::ISODate) : QDate();
}

OsEntry entryOf(OsinfoOs *os)
{
    auto *product = OSINFO_PRODUCT(os);
    OsEntry e;
    e.id = entityId(os);
    e.shortId = str(osinfo_product_get_short_id(product));
    if (GList *ids = osinfo_product_get_short_id_list(product)) {
        for (GList *l = ids; l; l = l->next)
            e.shortIds.append(str(static_cast<const gchar *>(l->data)));
        g_list_free(ids);
    }
    if (!e.shortId.isEmpty()) {
        e.shortIds.removeAll(e.shortId);
        e.shortIds.prepend(e.shortId);
    }
    e.name = str(osinfo_product_get_name(product));
    if (e.name.isEmpty())
        e.name = e.shortId.isEmpty() ? e.id : e.shortId;
    e.vendor = str(osinfo_product_get_vendor(product));
    e.version = str(osinfo_product_get_version(product));
    e.codename = str(osinfo_product_get_codename(product));
    e.family = str(osinfo_os_get_family(os));
    e.distro = str(osinfo_os_get_distro(os));
    e.releaseDate = dateOf(osinfo_product_get_release_date_string(product));
    e.eolDate = dateOf(osinfo_product_get_eol_date_string(product));

    const QVector<OsinfoOs *> chain = ancestry(os);
    const Resources minimum = inheritedResources(chain, osinfo_os_get_minimum_resources);
    const Resources recommended = inheritedResources(chain, osinfo_os_get_recommended_resources);
    e.minimumRamBytes = minimum.ram;
    e.minimumStorageBytes = minimum.storage;
    e.minimumCpus = minimum.cpus;
    // An inherited recommendation may lie below the OS's own minimum (Windows 11 would get
    // Windows 7's 1 GiB): the minimum wins.
    e.recommendedRamBytes = recommended.ram > 0 ? std::max(recommended.ram, minimum.ram) : -1;
    e.recommendedStorageBytes = recommended.storage > 0 ? std::max(recommended.storage, minimum.storage) : -1;
    e.recommendedCpus = recommended.cpus > 0 ? std::max(recommended.cpus, minimum.cpus) : -1;
    e.devices = devicesOf(os, chain);
    return e;
}

// Vendor, then distribution, then newest first; undated releases (testing, rawhide, rolling)
// lead their distribution.
bool pickerOrder(const OsEntry &a, const OsEntry &b)
{
    if (int c = a.vendor.compare(b.vendor, Qt::CaseInsensitive))
        return c < 0;
    if (int c = a.distro.compare(b.distro, Qt::CaseInsensitive))
        return c < 0;
    if (a.releaseDate.isValid() != b.releaseDate.isValid())
        return !a.releaseDate.isValid();
    if (a.releaseDate != b.releaseDate)
        return a.releaseDate > b.releaseDate;
    return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
}

QString readDbVersion()
{
    for (const char *dir : {"/usr/share/osinfo", "/usr/local/share/osinfo"}) {
        QFile f(QString::fromLatin1(dir) + QStringLiteral("/VERSION"));
        if (f.open(QIODevice::ReadOnly))
            return QString::fromUtf8(f.readAll()).trimmed();
    }
    return {};
}

} // namespace

struct OsDatabase::Native
{
    OsinfoLoader *loader = nullptr; // owns db
    OsinfoDb *db = nullptr;
    // libosinfo promises nothing about concurrent use of one database; identification is
    // quick (no I/O), so calls take turns.
    mutable std::mutex identifyMutex;

    ~Native()
    {
        if (loader)
            g_object_unref(loader);
    }
};

bool OsEntry::isWindows() const
{
    return distro == QLatin1String("win") || family.startsWith(QLatin1String("win"));
}

bool OsEntry::endOfLife(const QDate &today) const
{
    if (eolDate.isValid())
        return eolDate < today;
    return successorReleaseDate.isValid() && releaseDate.isValid() && releaseDate.addYears(5) < today;
}

qint64 OsEntry::suggestedRamBytes() const
{
    return recommendedRamBytes > 0 ? recommendedRamBytes : minimumRamBytes > 0 ? minimumRamBytes : 2 * GiB;
}

int OsEntry::suggestedCpus() const
{
    return recommendedCpus > 0 ? recommendedCpus : std::max(minimumCpus, 2);
}

qint64 OsEntry::suggestedStorageBytes() const
{
    return recommendedStorageBytes > 0 ? recommendedStorageBytes : minimumStorageBytes > 0 ? minimumStorageBytes : 20 * GiB;
}

OsDatabase::OsDatabase() = default;
OsDatabase::~OsDatabase() = default;

std::shared_ptr<const OsDatabase> OsDatabase::loadNow()
{
    std::shared_ptr<OsDatabase> db(new OsDatabase);
    auto native = std::make_shared<Native>();
    native->loader = osinfo_loader_new();
    GErrorHolder err;
    osinfo_loader_process_default_path(native->loader, &err.error);
    if (err.error)
        qWarning("osinfo-db: %s", qPrintable(err.message())); // what loaded is still used
    native->db = osinfo_loader_get_db(native->loader);

    GPtr<OsinfoOsList> list(osinfo_db_get_os_list(native->db));
    const int n = list ? osinfo_list_get_length(OSINFO_LIST(list.get())) : 0;
    db->m_entries.reserve(n);
    for (int i = 0; i < n; ++i)
        db->m_entries.append(entryOf(OSINFO_OS(osinfo_list_get_nth(OSINFO_LIST(list.get()), i))));
    std::sort(db->m_entries.begin(), db->m_entries.end(), pickerOrder);
    // Within a distribution the order is newest first: each dated entry's successor is the
    // nearest earlier dated one.
    for (int i = 1; i < db->m_entries.size(); ++i) {
        OsEntry &e = db->m_entries[i];
        for (int j = i - 1; j >= 0 && !e.distro.isEmpty(); --j) {
            const OsEntry &newer = db->m_entries.at(j);
            if (newer.vendor != e.vendor || newer.distro != e.distro)
                break;
            if (newer.releaseDate.isValid() && newer.releaseDate > e.releaseDate) {
                e.successorReleaseDate = newer.releaseDate;
                break;
            }
        }
    }

    int unknown = -1;
    for (int i = 0; i < db->m_entries.size(); ++i) {
        const OsEntry &e = db->m_entries.at(i);
        db->m_index.insert(e.id.toLower(), i);
        for (const QString &s : e.shortIds)
            db->m_index.insert(s.toLower(), i);
        if (e.id.startsWith(GenericLinuxPrefix)
            && (db->m_generic < 0 || e.version.toInt() > db->m_entries.at(db->m_generic).version.toInt()))
            db->m_generic = i;
        if (e.id == UnknownId)
            unknown = i;
    }
    if (db->m_generic < 0)
        db->m_generic = unknown;
    db->m_dbVersion = readDbVersion();
    db->m_native = std::move(native);
    return db;
}

QFuture<std::shared_ptr<const OsDatabase>> OsDatabase::load()
{
    static QMutex mutex;
    static QFuture<std::shared_ptr<const OsDatabase>> future;
    QMutexLocker lock(&mutex);
    if (!future.isValid())
        future = QtConcurrent::run(&OsDatabase::loadNow);
    return future;
}

QVector<OsEntry> OsDatabase::all() const
{
    return m_entries;
}

std::optional<OsEntry> OsDatabase::byId(const QString &idOrShortId) const
{
    const auto it = m_index.constFind(idOrShortId.trimmed().toLower());
    if (it == m_index.constEnd())
        return std::nullopt;
    return m_entries.at(*it);
}

QVector<OsEntry> OsDatabase::search(const QString &text, bool includeEol, int limit, const QDate &today) const
{
    const QString wanted = text.simplified();
    const QStringList words = wanted.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // 0: a short id or the name is the text; 1: one starts with it; 2: every word is somewhere.
    QVector<std::pair<int, int>> hits; // rank, index
    for (int i = 0; i < m_entries.size(); ++i) {
        const OsEntry &e = m_entries.at(i);
        if (!includeEol && e.endOfLife(today))
            continue;
        const auto inAny = [&e](const QString &w) {
            const auto has = [&w](const QString &field) { return field.contains(w, Qt::CaseInsensitive); };
            return has(e.name) || has(e.vendor) || has(e.distro) || has(e.family) || has(e.version) || has(e.codename)
                || std::any_of(e.shortIds.begin(), e.shortIds.end(), has);
        };
        if (!std::all_of(words.begin(), words.end(), inAny))
            continue;
        int rank = 2;
        if (!wanted.isEmpty()) {
            const auto is = [&wanted](const QString &s) { return s.compare(wanted, Qt::CaseInsensitive) == 0; };
            const auto startsWith = [&wanted](const QString &s) { return s.startsWith(wanted, Qt::CaseInsensitive); };
            if (is(e.name) || std::any_of(e.shortIds.begin(), e.shortIds.end(), is))
                rank = 0;
            else if (startsWith(e.name) || std::any_of(e.shortIds.begin(), e.shortIds.end(), startsWith))
                rank = 1;
        }
        hits.append({rank, i});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    if (limit > 0 && hits.size() > limit)
        hits.resize(limit);
    QVector<OsEntry> out;
    out.reserve(hits.size());
    for (const auto &h : std::as_const(hits))
        out.append(m_entries.at(h.second));
    return out;
}

OsEntry OsDatabase::generic() const
{
    if (m_generic >= 0)
        return m_entries.at(m_generic);
    OsEntry e;
    e.id = UnknownId;
    e.shortId = QStringLiteral("unknown");
    e.shortIds = {e.shortId};
    e.name = tr("Unknown operating system");
    e.recommendedRamBytes = 2 * GiB;
    e.recommendedCpus = 2;
    e.recommendedStorageBytes = 20 * GiB;
    return e;
}

// ---- Detection ------------------------------------------------------------------------------

namespace {

// Shared by the caller's future, the worker and the watchdog; whichever answers first wins.
struct DetectState
{
    std::mutex mutex;
    std::condition_variable answered;
    bool done = false;
    QPromise<Result<OsDetection>> promise;
    GCancellable *cancellable = g_cancellable_new();

    ~DetectState() { g_object_unref(cancellable); }

    // False when the other side had answered already.
    bool answer(Result<OsDetection> result)
    {
        std::lock_guard lock(mutex);
        if (done)
            return false;
        done = true;
        promise.addResult(std::move(result));
        promise.finish();
        answered.notify_all();
        return true;
    }
};

std::atomic<int> runningDetections{0};

using DetectWork = std::function<Result<OsDetection>(const OsDatabase &, GCancellable *)>;

QFuture<Result<OsDetection>> runDetached(int timeoutMs, QString timeoutMessage, DetectWork work)
{
    auto state = std::make_shared<DetectState>();
    state->promise.start();
    QFuture<Result<OsDetection>> future = state->promise.future();

    // Never joined: a read stuck in the kernel keeps this thread (and its shared pointers) until
    // it returns, or until the process ends.
    runningDetections.fetch_add(1);
    std::thread([state, work = std::move(work)]() mutable {
        {
            // libosinfo's synchronous calls spin a main loop on the thread-default context;
            // without one of its own this thread would iterate the GUI thread's (Qt's glib
            // dispatcher).
            GMainContext *context = g_main_context_new();
            g_main_context_push_thread_default(context);
            std::shared_ptr<const OsDatabase> db = OsDatabase::load().result();
            Result<OsDetection> result = work(*db, state->cancellable);
            g_main_context_pop_thread_default(context);
            g_main_context_unref(context);
            state->answer(std::move(result));
            state.reset();
            work = nullptr;
        }
        runningDetections.fetch_sub(1);
    }).detach();

    std::thread([state, timeoutMs, message = std::move(timeoutMessage)] {
        std::unique_lock lock(state->mutex);
        if (state->answered.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&state] { return state->done; }))
            return;
        lock.unlock();
        if (state->answer(Error{0, message}))
            g_cancellable_cancel(state->cancellable); // what libosinfo can abandon (a download), it does
    }).detach();
    return future;
}

OsDetection detectionOf(const OsDatabase &db, OsinfoOs *os)
{
    OsDetection d;
    if (auto e = db.byId(entityId(os)))
        d.os = *e;
    else
        d.os = entryOf(os);
    return d;
}

int seconds(int ms)
{
    return std::max(1, (ms + 999) / 1000);
}

} // namespace

int detectionThreadsRunning()
{
    return runningDetections.load();
}

QFuture<Result<OsDetection>> detectMedia(const QString &isoPath, int timeoutMs)
{
    const QString timeout = OsDatabase::tr("Reading the ISO image %1 took longer than %n second(s). Check that the disk holding it answers, "
                                          "or choose the operating system from the list.", nullptr, seconds(timeoutMs))
                                .arg(isoPath);
    return runDetached(timeoutMs, timeout, [isoPath](const OsDatabase &db, GCancellable *cancellable) -> Result<OsDetection> {
        const QFileInfo info(isoPath);
        if (!info.exists())
            return Error{0, OsDatabase::tr("The ISO image %1 does not exist. Choose an existing image or the operating system from the list.").arg(isoPath)};
        if (!db.native() || !db.native()->db)
            return Error{0, OsDatabase::tr("The operating system database (osinfo-db) could not be loaded. Install the osinfo-db package, or choose the operating system from the list.")};
        GErrorHolder err;
        // Not OSINFO_MEDIA_DETECT_REQUIRE_BOOTABLE: the ids name the OS whether or not the copy
        // at hand carries the boot catalogue.
        GPtr<OsinfoMedia> media(osinfo_media_create_from_location_with_flags(QFile::encodeName(isoPath).constData(), cancellable,
                                                                             OsinfoMediaDetectFlags(0), &err.error));
        if (!media)
            return Error{0, OsDatabase::tr("QVirt could not read %1 as an ISO image: %2. Check that the file is a complete CD or DVD image, "
                                          "or choose the operating system from the list.").arg(isoPath, err.message())};
        bool identified;
        {
            std::lock_guard lock(db.native()->identifyMutex);
            identified = osinfo_db_identify_media(db.native()->db, media.get());
        }
        GPtr<OsinfoOs> os(identified ? osinfo_media_get_os(media.get()) : nullptr);
        if (!os)
            return Error{0, OsDatabase::tr("The ISO image %1 was not recognised as any operating system QVirt knows. "
                                          "Choose the operating system from the list.").arg(isoPath)};
        OsDetection d = detectionOf(db, os.get());
        d.volumeId = str(osinfo_media_get_volume_id(media.get()));
        d.kernelPath = str(osinfo_media_get_kernel_path(media.get()));
        d.initrdPath = str(osinfo_media_get_initrd_path(media.get()));
        d.live = osinfo_media_get_live(media.get());
        d.installer = osinfo_media_get_installer(media.get());
        d.bootable = osinfo_media_is_bootable(media.get());
        return d;
    });
}

QFuture<Result<OsDetection>> detectTree(const QString &url, int timeoutMs)
{
    const QUrl parsed(url);
    const QString location = (parsed.scheme().isEmpty() || url.startsWith(QLatin1Char('/'))) ? QUrl::fromLocalFile(url).toString() : url;
    const QString timeout = OsDatabase::tr("Reading the install tree at %1 took longer than %n second(s). Check the address and the network, "
                                          "or choose the operating system from the list.", nullptr, seconds(timeoutMs))
                                .arg(url);
    return runDetached(timeoutMs, timeout, [url, location](const OsDatabase &db, GCancellable *cancellable) -> Result<OsDetection> {
        if (!db.native() || !db.native()->db)
            return Error{0, OsDatabase::tr("The operating system database (osinfo-db) could not be loaded. Install the osinfo-db package, or choose the operating system from the list.")};
        GErrorHolder err;
        GPtr<OsinfoTree> tree(osinfo_tree_create_from_location(location.toUtf8().constData(), cancellable, &err.error));
        if (!tree)
            return Error{0, OsDatabase::tr("QVirt could not read the install tree at %1: %2. Check the address; trees without a .treeinfo "
                                          "file (Debian, Ubuntu) are not recognised, so choose the operating system from the list for them.")
                                .arg(url, err.message())};
        bool identified;
        {
            std::lock_guard lock(db.native()->identifyMutex);
            identified = osinfo_db_identify_tree(db.native()->db, tree.get());
        }
        GPtr<OsinfoOs> os(identified ? osinfo_tree_get_os(tree.get()) : nullptr);
        if (!os)
            return Error{0, OsDatabase::tr("The install tree at %1 was not recognised as any operating system QVirt knows. "
                                          "Choose the operating system from the list.").arg(url)};
        OsDetection d = detectionOf(db, os.get());
        d.kernelPath = str(osinfo_tree_get_kernel_path(tree.get()));
        d.initrdPath = str(osinfo_tree_get_initrd_path(tree.get()));
        d.installer = true;
        return d;
    });
}
