#include "cloning.h"

#include "clonexml.h"
#include "domaindefinitions.h"
#include "domainxml.h"
#include "filename.h"
#include "qemuimg.h"
#include "storagepoolinfo.h"
#include "storagevolumes.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int kConvertTimeoutMsec = 24 * 3600 * 1000;
constexpr auto kPollInterval = std::chrono::milliseconds(250);

QString folderOf(const QString &path)
{
    return path.left(qMax(1, path.lastIndexOf(QLatin1Char('/'))));
}

StorageVolHandle volumeAt(virConnectPtr conn, const QString &path)
{
    StorageVolHandle vol(virStorageVolLookupByPath(conn, FileName::toNative(path).constData()));
    if (!vol)
        Session::dropError(); // not in a pool
    return vol;
}

QString pathOf(virStorageVolPtr vol)
{
    return FileName::fromNative(QByteArray(StringHandle(virStorageVolGetPath(vol)).get()));
}

ConnectHandle refOf(virConnectPtr conn)
{
    virConnectRef(conn);
    return ConnectHandle(conn);
}

qint64 allocatedBytes(const QString &path)
{
    struct stat st {};
    if (::stat(FileName::toNative(path).constData(), &st) != 0)
        return 0;
    return qint64(st.st_blocks) * 512;
}

// Deletes an image a clone made: through its pool, else (local) the file.
void removeImage(virConnectPtr conn, bool local, const QString &path)
{
    if (const StorageVolHandle vol = volumeAt(conn, path)) {
        if (virStorageVolDelete(vol.get(), 0) < 0)
            Session::dropError();
    } else if (local) {
        ::unlink(FileName::toNative(path).constData());
    }
}

void rollBack(virConnectPtr conn, bool local, const QStringList &paths, const QStringList &uuids)
{
    for (const QString &uuid : uuids) {
        const DomainHandle dom(virDomainLookupByUUIDString(conn, uuid.toLatin1().constData()));
        if (dom && virDomainUndefineFlags(dom.get(), VIR_DOMAIN_UNDEFINE_NVRAM) == 0)
            continue;
        Session::dropError();
    }
    for (const QString &path : paths)
        removeImage(conn, local, path);
}

// The clone's copy of the UEFI variable store: in the original's pool where
// one holds it, else (local host) next to it. Empty when there is nothing to
// copy (libvirt then makes a new one from the template).
Result<QString> copyNvram(virConnectPtr conn, bool local, const QString &nvram, const QString &clone)
{
    if (nvram.isEmpty())
        return QString();
    const QString name = clone + QStringLiteral("_VARS.fd");
    if (const StorageVolHandle src = volumeAt(conn, nvram)) {
        const StoragePoolHandle pool(virStoragePoolLookupByVolume(src.get()));
        virStorageVolInfo info;
        if (!pool || virStorageVolGetInfo(src.get(), &info) < 0)
            return Session::takeError();
        VolumeRequest request;
        request.name = name;
        request.capacity = qint64(info.capacity);
        request.format = QStringLiteral("raw");
        const StorageVolHandle vol(virStorageVolCreateXMLFrom(pool.get(), volumeXml(request).toUtf8().constData(), src.get(), 0));
        if (!vol)
            return Session::takeError();
        return pathOf(vol.get());
    }
    if (!local || !QFile::exists(nvram))
        return QString();
    const QString target = folderOf(nvram) + QLatin1Char('/') + name;
    if (QFile::exists(target))
        return Error{VIR_ERR_OPERATION_INVALID, Cloning::tr("%1 already exists.").arg(FileName::display(target))};
    QFile source(nvram);
    if (!source.copy(target))
        return Error{0, source.errorString()};
    return target;
}

// One disk of one clone to copy.
struct CopyTask
{
    QString clone;
    QString target;
    QString source;
    QString format;
    QString pool;      // empty: a local file copied with qemu-img
    QString destName;
    qint64 capacity = 0;
    qint64 total = 0;  // bytes the source takes on the host
    // The VM is paused on this host: QEMU holds the image's write lock, which
    // libvirt's volume copy (qemu-img without -U) does not get, so qemu-img
    // copies it with -U into the pool's folder, and the pool is refreshed.
    bool sharedLock = false;
};

// A copy's end, as the copying thread leaves it for whoever waits.
struct CopyState
{
    std::mutex mutex;
    std::condition_variable finishedCv;
    bool finished = false;
    bool abandoned = false; // cancelled: the copying thread deletes what it made
    Result<QString> result;
};

Result<QString> copyImage(virConnectPtr conn, const CopyTask &task)
{
    if (task.pool.isEmpty() || task.sharedLock) {
        const QString dest = folderOf(task.source) + QLatin1Char('/') + task.destName;
        if (QFileInfo::exists(dest))
            return Error{VIR_ERR_OPERATION_INVALID, Cloning::tr("%1 already exists.").arg(FileName::display(dest))};
        const QString format = task.format.isEmpty() ? QStringLiteral("raw") : task.format;
        QList<QByteArray> args{QByteArrayLiteral("convert"), QByteArrayLiteral("-f"), format.toLatin1(),
                               QByteArrayLiteral("-O"), format.toLatin1()};
        if (task.sharedLock)
            args << QByteArrayLiteral("-U");
        args << FileName::toNative(task.source) << FileName::toNative(dest);
        const Result<QByteArray> run = QemuImg::run(args, kConvertTimeoutMsec);
        if (!run) {
            ::unlink(FileName::toNative(dest).constData());
            return run.error();
        }
        if (!task.pool.isEmpty()) {
            const StoragePoolHandle pool(virStoragePoolLookupByName(conn, task.pool.toUtf8().constData()));
            if (!pool || virStoragePoolRefresh(pool.get(), 0) < 0)
                Session::dropError(); // the file is there; the pool lists it on its next refresh
        }
        return dest;
    }
    const StoragePoolHandle pool(virStoragePoolLookupByName(conn, task.pool.toUtf8().constData()));
    const StorageVolHandle src(virStorageVolLookupByPath(conn, FileName::toNative(task.source).constData()));
    if (!pool || !src)
        return Session::takeError();
    VolumeRequest request;
    request.pool = task.pool;
    request.name = task.destName;
    request.capacity = task.capacity;
    request.format = task.format.isEmpty() ? QStringLiteral("raw") : task.format;
    const StorageVolHandle vol(virStorageVolCreateXMLFrom(pool.get(), volumeXml(request).toUtf8().constData(), src.get(), 0));
    if (!vol)
        return Session::takeError();
    return pathOf(vol.get());
}

qint64 copiedBytes(virConnectPtr conn, const CopyTask &task)
{
    if (task.pool.isEmpty() || task.sharedLock)
        return allocatedBytes(folderOf(task.source) + QLatin1Char('/') + task.destName);
    const StoragePoolHandle pool(virStoragePoolLookupByName(conn, task.pool.toUtf8().constData()));
    const StorageVolHandle vol(pool ? virStorageVolLookupByName(pool.get(), task.destName.toUtf8().constData()) : nullptr);
    virStorageVolInfo info;
    if (!vol || virStorageVolGetInfo(vol.get(), &info) < 0) {
        Session::dropError(); // not there yet
        return 0;
    }
    return qint64(info.allocation);
}

struct Copied
{
    Result<QString> path;
    bool cancelled = false;
    QString leftOver; // finished just as it was cancelled: delete this
};

// Runs one copy on a thread of its own and waits for it, reporting progress,
// until it ends or the job is cancelled; then it stops waiting, and the
// copying thread deletes the image when libvirt hands it over.
Copied copyWaiting(virConnectPtr conn, bool local, const CopyTask &task, int step, int steps, const QString &jobId,
                   const std::atomic_bool &cancel, const Cloning::Progress &progress)
{
    auto state = std::make_shared<CopyState>();
    std::thread([state, task, local, c = refOf(conn)]() mutable {
        Result<QString> r = copyImage(c.get(), task);
        std::unique_lock lock(state->mutex);
        state->finished = true;
        if (state->abandoned) {
            lock.unlock();
            if (r)
                removeImage(c.get(), local, r.value());
            return;
        }
        state->result = std::move(r);
        state->finishedCv.notify_all();
    }).detach();

    CloneProgress p{jobId, task.clone, task.target, step, steps, 0, task.total};
    progress(p);
    std::unique_lock lock(state->mutex);
    while (!state->finished) {
        state->finishedCv.wait_for(lock, kPollInterval);
        if (cancel.load()) {
            state->abandoned = true;
            Copied c{Error{VIR_ERR_OPERATION_ABORTED, {}}, true, {}};
            if (state->finished && state->result)
                c.leftOver = state->result.value();
            return c;
        }
        if (state->finished)
            break;
        lock.unlock();
        const qint64 done = copiedBytes(conn, task);
        p.done = qMin(done, p.total);
        progress(p);
        lock.lock();
    }
    if (state->result) {
        p.done = p.total;
        progress(p);
    }
    return Copied{state->result, false, {}};
}

// A full clone, on its own thread with its own reference to the connection.
struct FullJob
{
    ConnectHandle conn;
    bool local = true;
    QString jobId;
    QString xml;
    QString nvram;
    QVector<CloneTarget> clones;
    QStringList removed;
    QVector<QVector<CopyTask>> tasks; // per clone
};

Result<CloneOutcome> runFull(const FullJob &job, const std::atomic_bool &cancel, const Cloning::Progress &progress)
{
    CloneOutcome out;
    QStringList created, defined;
    const auto fail = [&](Error e) {
        rollBack(job.conn.get(), job.local, created, defined);
        return e;
    };
    int steps = 0;
    for (const QVector<CopyTask> &t : job.tasks)
        steps += t.size();
    int step = 0;
    for (int i = 0; i < job.clones.size(); ++i) {
        const QString &name = job.clones.at(i).name;
        CloneXml::Spec spec;
        spec.name = name;
        spec.removed = job.removed;
        for (const CopyTask &task : job.tasks.at(i)) {
            Copied c = copyWaiting(job.conn.get(), job.local, task, ++step, steps, job.jobId, cancel, progress);
            if (!c.leftOver.isEmpty())
                created << c.leftOver;
            if (c.cancelled) {
                rollBack(job.conn.get(), job.local, created, defined);
                out.cancelled = true;
                out.names.clear();
                out.uuids.clear();
                out.createdPaths.clear();
                return out;
            }
            if (!c.path) {
                Error e = c.path.error();
                e.message = Cloning::tr("The image %1 of disk %2 could not be copied for %3: %4")
                                .arg(FileName::display(task.source), task.target, name, e.message);
                return fail(e);
            }
            created << c.path.value();
            spec.sources.insert(task.target, c.path.value());
        }
        const Result<QString> nvram = copyNvram(job.conn.get(), job.local, job.nvram, name);
        if (!nvram) {
            Error e = nvram.error();
            e.message = Cloning::tr("The UEFI variables of %1 could not be copied for %2: %3")
                            .arg(FileName::display(job.nvram), name, e.message);
            return fail(e);
        }
        if (!nvram.value().isEmpty())
            created << nvram.value();
        spec.nvramPath = nvram.value();
        const Result<QString> xml = CloneXml::make(job.xml, spec);
        if (!xml)
            return fail(xml.error());
        const DomainHandle dom(virDomainDefineXML(job.conn.get(), xml.value().toUtf8().constData()));
        if (!dom) {
            Error e = Session::takeError();
            e.message = Cloning::tr("The clone %1 could not be defined: %2").arg(name, e.message);
            return fail(e);
        }
        defined << uuidOf(dom.get());
        out.names << name;
        out.uuids << defined.last();
    }
    out.createdPaths = created;
    return out;
}

} // namespace

Cloning::Cloning(Session &session, DomainDefinitions &definitions, StorageVolumes &volumes)
    : m_session(session)
    , m_definitions(definitions)
    , m_volumes(volumes)
{
}

QVector<CloneDiskInfo> Cloning::disksOf(const DomainDescription &desc)
{
    QVector<CloneDiskInfo> disks;
    for (const DiskDescription &d : desc.disks) {
        CloneDiskInfo info;
        info.target = d.target;
        info.device = d.device;
        info.format = d.format;
        info.readOnly = d.readOnly;
        info.shareable = d.shareable;
        info.network = d.sourceType == QLatin1String("network");
        info.path = d.source;
        if (d.sourceType == QLatin1String("volume")) {
            info.path.clear();
            const StoragePoolHandle pool(virStoragePoolLookupByName(m_session.conn(), d.pool.toUtf8().constData()));
            const StorageVolHandle vol(pool ? virStorageVolLookupByName(pool.get(), d.volume.toUtf8().constData()) : nullptr);
            if (vol)
                info.path = pathOf(vol.get());
            Session::dropError();
        }
        if (!info.path.isEmpty() && !info.network) {
            if (const StorageVolHandle vol = volumeAt(m_session.conn(), info.path)) {
                if (const StoragePoolHandle pool{virStoragePoolLookupByVolume(vol.get())})
                    info.pool = QString::fromUtf8(virStoragePoolGetName(pool.get()));
                virStorageVolInfo vi;
                if (virStorageVolGetInfo(vol.get(), &vi) == 0) {
                    info.capacity = qint64(vi.capacity);
                    info.allocation = qint64(vi.allocation);
                }
                Session::dropError();
            } else if (m_session.isLocal()) {
                info.allocation = allocatedBytes(info.path);
                const QVector<DiskImage> measured = QemuImg::info(FileName::toNative(info.path), false);
                if (!measured.isEmpty()) {
                    info.capacity = measured.first().virtualSize;
                    if (info.format.isEmpty())
                        info.format = measured.first().format;
                }
            }
        }
        if (info.network) {
            info.whyNotCopy = tr("The disk %1 is on the network; a clone can only share it or go without it.").arg(d.target);
        } else if (info.path.isEmpty()) {
            info.whyNotCopy = tr("The disk %1 has no image to copy.").arg(d.target);
        } else if (info.pool.isEmpty() && !m_session.isLocal()) {
            info.whyNotCopy = tr("%1 is not in a storage pool of the host, so it cannot be copied from here. Add its "
                                 "folder %2 as a storage pool, then clone again.")
                                  .arg(FileName::display(info.path), FileName::display(folderOf(info.path)));
        }
        const bool copyable = d.device == QLatin1String("disk") && !d.readOnly && !d.shareable && info.whyNotCopy.isEmpty();
        info.defaultAction = copyable ? CloneDiskAction::Copy : CloneDiskAction::Share;
        disks << info;
    }
    return disks;
}

QStringList Cloning::volumeNamesNear(const CloneDiskInfo &disk)
{
    QStringList names;
    if (!disk.pool.isEmpty()) {
        const Result<QVector<StorageVolumeInfo>> vols = m_volumes.volumes(disk.pool);
        if (vols) {
            for (const StorageVolumeInfo &v : vols.value())
                names << v.name;
        }
        return names;
    }
    return QDir(folderOf(disk.path)).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

Result<ClonePlan> Cloning::plan(const QString &uuid)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(uuid, dom))
        return *error;
    ClonePlan plan;
    plan.uuid = uuid;
    plan.local = m_session.isLocal();
    int state = 0, reason = 0;
    if (virDomainGetState(dom.get(), &state, &reason, 0) < 0)
        return Session::takeError();
    plan.active = state != VIR_DOMAIN_SHUTOFF;
    plan.paused = state == VIR_DOMAIN_PAUSED;
    const Result<QString> xml = m_definitions.xml(dom.get(), VIR_DOMAIN_XML_INACTIVE);
    if (!xml)
        return xml.error();
    const Result<DomainDescription> desc = DomainDefinitions::parse(xml.value());
    if (!desc)
        return desc.error();
    plan.name = desc.value().name;
    plan.nvramPath = CloneXml::nvramPath(xml.value());
    plan.disks = disksOf(desc.value());
    const Result<std::vector<DomainHandle>> doms = m_session.allDomains();
    if (!doms)
        return doms.error();
    for (const DomainHandle &d : doms.value())
        plan.domainNames << QString::fromUtf8(virDomainGetName(d.get()));
    for (const CloneDiskInfo &disk : std::as_const(plan.disks)) {
        if (disk.path.isEmpty() || !disk.whyNotCopy.isEmpty() || disk.device != QLatin1String("disk"))
            continue;
        const QString key = disk.pool.isEmpty() ? folderOf(disk.path) : disk.pool;
        if (!plan.volumeNames.contains(key))
            plan.volumeNames.insert(key, volumeNamesNear(disk));
    }
    return plan;
}

void Cloning::start(const CloneRequest &request, std::shared_ptr<std::atomic_bool> cancel, Progress progress, Done done)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(request.sourceUuid, dom))
        return done(*error);
    const QString name = QString::fromUtf8(virDomainGetName(dom.get()));
    int state = 0, reason = 0;
    if (virDomainGetState(dom.get(), &state, &reason, 0) < 0)
        return done(Session::takeError());
    const bool linkedMode = request.mode == CloneRequest::Mode::Linked;
    if (linkedMode && state != VIR_DOMAIN_SHUTOFF) {
        return done(Error{VIR_ERR_OPERATION_INVALID,
                          tr("%1 is running. Shut it down first: a linked clone moves %1 onto a new overlay of its own, "
                             "which it can only do while %1 is off.")
                              .arg(name)});
    }
    if (!linkedMode && state != VIR_DOMAIN_SHUTOFF && state != VIR_DOMAIN_PAUSED) {
        return done(Error{VIR_ERR_OPERATION_INVALID,
                          tr("%1 is running. Shut it down or pause it first: the disks of a running virtual machine "
                             "change while they are copied.")
                              .arg(name)});
    }
    const Result<QString> xml = m_definitions.xml(dom.get(), VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE);
    if (!xml)
        return done(xml.error());
    const Result<DomainDescription> desc = DomainDefinitions::parse(xml.value());
    if (!desc)
        return done(desc.error());
    if (request.clones.isEmpty())
        return done(Error{VIR_ERR_INVALID_ARG, tr("Name the clone.")});
    QStringList names;
    for (const CloneTarget &c : request.clones) {
        if (c.name.trimmed().isEmpty())
            return done(Error{VIR_ERR_INVALID_ARG, tr("Name the clone.")});
        if (names.contains(c.name))
            return done(Error{VIR_ERR_INVALID_ARG, tr("The name %1 is given to two clones. Give each its own name.").arg(c.name)});
        names << c.name;
        if (const DomainHandle existing{virDomainLookupByName(m_session.conn(), c.name.toUtf8().constData())})
            return done(Error{VIR_ERR_OPERATION_INVALID, tr("A virtual machine named %1 already exists. Choose another name.").arg(c.name)});
        Session::dropError();
    }
    QVector<CloneDiskInfo> disks = disksOf(desc.value());
    for (CloneDiskInfo &disk : disks) {
        disk.defaultAction = request.actions.value(disk.target, disk.defaultAction);
        if (disk.defaultAction == CloneDiskAction::Copy && !disk.whyNotCopy.isEmpty())
            return done(Error{VIR_ERR_OPERATION_INVALID, disk.whyNotCopy});
    }
    const bool paused = state == VIR_DOMAIN_PAUSED;
    if (paused && !m_session.isLocal()) {
        for (const CloneDiskInfo &disk : std::as_const(disks)) {
            if (disk.defaultAction == CloneDiskAction::Copy && disk.format != QLatin1String("raw")) {
                return done(Error{VIR_ERR_OPERATION_INVALID,
                                  tr("%1 is paused, and libvirt cannot copy the image %2 while QEMU holds it open on a "
                                     "remote host. Shut %1 down, then clone it.")
                                      .arg(name, FileName::display(disk.path))});
            }
        }
    }
    if (linkedMode) {
        Result<CloneOutcome> r = linked(dom.get(), xml.value(), request, disks);
        m_session.queueRefresh(request.sourceUuid);
        return done(std::move(r));
    }

    auto job = std::make_shared<FullJob>();
    job->conn = refOf(m_session.conn());
    job->local = m_session.isLocal();
    job->jobId = request.jobId;
    job->xml = xml.value();
    job->nvram = CloneXml::nvramPath(xml.value());
    job->clones = request.clones;
    for (const CloneDiskInfo &disk : std::as_const(disks)) {
        if (disk.defaultAction == CloneDiskAction::Skip)
            job->removed << disk.target;
    }
    QHash<QString, QStringList> taken;
    for (const CloneTarget &c : request.clones) {
        QVector<CopyTask> tasks;
        for (const CloneDiskInfo &disk : std::as_const(disks)) {
            if (disk.defaultAction != CloneDiskAction::Copy)
                continue;
            const QString key = disk.pool.isEmpty() ? folderOf(disk.path) : disk.pool;
            if (!taken.contains(key))
                taken.insert(key, volumeNamesNear(disk));
            QString dest = c.volumeNames.value(disk.target);
            if (dest.isEmpty() || taken.value(key).contains(dest))
                dest = CloneXml::volumeName(c.name, disk.target, disk.path, disk.format, taken.value(key));
            taken[key] << dest;
            tasks << CopyTask{c.name, disk.target, disk.path, disk.format, disk.pool, dest, qMax<qint64>(0, disk.capacity),
                              qMax<qint64>(0, disk.allocation), paused && m_session.isLocal()};
        }
        job->tasks << tasks;
    }
    std::thread([job, cancel, progress, done] {
        done(runFull(*job, *cancel, progress));
    }).detach();
}

Result<CloneOutcome> Cloning::linked(virDomainPtr dom, const QString &xml, const CloneRequest &request,
                                     const QVector<CloneDiskInfo> &disks)
{
    virConnectPtr conn = m_session.conn();
    const bool local = m_session.isLocal();
    const QString original = QString::fromUtf8(virDomainGetName(dom));
    CloneOutcome out;
    QStringList created, defined;
    const auto fail = [&](Error e) {
        rollBack(conn, local, created, defined);
        return e;
    };
    QHash<QString, QStringList> taken;
    // A new qcow2 overlay on the disk's image, next to it; returns its path.
    const auto overlay = [&](const CloneDiskInfo &disk, const QString &owner, QString name) -> Result<QString> {
        const QString key = disk.pool.isEmpty() ? folderOf(disk.path) : disk.pool;
        if (!taken.contains(key))
            taken.insert(key, volumeNamesNear(disk));
        if (name.isEmpty() || taken.value(key).contains(name))
            name = CloneXml::volumeName(owner, disk.target, QStringLiteral("overlay.qcow2"), {}, taken.value(key));
        taken[key] << name;
        const QString format = disk.format.isEmpty() ? QStringLiteral("raw") : disk.format;
        if (disk.pool.isEmpty()) {
            const QString path = folderOf(disk.path) + QLatin1Char('/') + name;
            if (const VoidResult r = QemuImg::createOverlay(FileName::toNative(path), FileName::toNative(disk.path), format); !r)
                return r.error();
            return path;
        }
        VolumeRequest v;
        v.pool = disk.pool;
        v.name = name;
        v.capacity = qMax<qint64>(0, disk.capacity);
        v.format = QStringLiteral("qcow2");
        v.backingPath = disk.path;
        v.backingFormat = format;
        return m_volumes.createVolume(v);
    };

    QHash<QString, QString> ownOverlays, qcow2;
    QStringList removed;
    for (const CloneDiskInfo &disk : disks) {
        if (disk.defaultAction == CloneDiskAction::Skip)
            removed << disk.target;
        if (disk.defaultAction != CloneDiskAction::Copy)
            continue;
        const Result<QString> path = overlay(disk, original, {});
        if (!path) {
            Error e = path.error();
            e.message = tr("No overlay could be made for %1 on %2: %3").arg(original, FileName::display(disk.path), e.message);
            return fail(e);
        }
        created << path.value();
        ownOverlays.insert(disk.target, path.value());
        qcow2.insert(disk.target, QStringLiteral("qcow2"));
    }
    const QString nvram = CloneXml::nvramPath(xml);
    for (const CloneTarget &c : request.clones) {
        CloneXml::Spec spec;
        spec.name = c.name;
        spec.removed = removed;
        spec.formats = qcow2;
        for (const CloneDiskInfo &disk : disks) {
            if (disk.defaultAction != CloneDiskAction::Copy)
                continue;
            const Result<QString> path = overlay(disk, c.name, c.volumeNames.value(disk.target));
            if (!path) {
                Error e = path.error();
                e.message = tr("No overlay could be made for %1 on %2: %3").arg(c.name, FileName::display(disk.path), e.message);
                return fail(e);
            }
            created << path.value();
            spec.sources.insert(disk.target, path.value());
        }
        const Result<QString> nv = copyNvram(conn, local, nvram, c.name);
        if (!nv) {
            Error e = nv.error();
            e.message = tr("The UEFI variables of %1 could not be copied for %2: %3").arg(FileName::display(nvram), c.name, e.message);
            return fail(e);
        }
        if (!nv.value().isEmpty())
            created << nv.value();
        spec.nvramPath = nv.value();
        const Result<QString> cloneXml = CloneXml::make(xml, spec);
        if (!cloneXml)
            return fail(cloneXml.error());
        const DomainHandle clone(virDomainDefineXML(conn, cloneXml.value().toUtf8().constData()));
        if (!clone) {
            Error e = Session::takeError();
            e.message = tr("The clone %1 could not be defined: %2").arg(c.name, e.message);
            return fail(e);
        }
        defined << uuidOf(clone.get());
        out.names << c.name;
        out.uuids << defined.last();
        m_session.queueRefresh(defined.last());
    }
    // Last, so a failure before leaves the original as it was.
    const Result<QString> moved = m_definitions.edit(dom, [&](QDomDocument &doc) -> VoidResult {
        CloneXml::setDiskSources(doc, ownOverlays, qcow2);
        return {};
    });
    if (!moved) {
        Error e = moved.error();
        e.message = tr("%1 could not be moved onto its new overlay, so no linked clone was made: %2").arg(original, e.message);
        return fail(e);
    }
    out.createdPaths = created;
    out.originalOverlays = ownOverlays;
    return out;
}
