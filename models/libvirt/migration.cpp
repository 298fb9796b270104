#include "migration.h"

#include "filename.h"
#include "migrationwatch.h"
#include "volumecopy.h"
#include "storagepoolinfo.h"

#include <QDomDocument>
#include <QFileInfo>

#include <chrono>

namespace {

QString hostUuid(virConnectPtr conn)
{
    const Result<QString> caps = Session::text(virConnectGetCapabilities(conn));
    if (!caps) {
        Session::dropError();
        return {};
    }
    QDomDocument doc;
    doc.setContent(caps.value());
    return doc.documentElement().firstChildElement(QStringLiteral("host")).firstChildElement(QStringLiteral("uuid")).text();
}

QString folderOf(const QString &path)
{
    return QFileInfo(path).path();
}

// One move, on the job's thread: what it made on the destination is removed
// again unless the move succeeds.
class Move final
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    explicit Move(MigrationJob &job)
        : m_job(job)
        , m_src(job.source.get())
        , m_dst(job.destination.get())
    {
    }
    ~Move()
    {
        if (!m_succeeded)
            undo();
    }

    Result<MigrationOutcome> run();

private:
    VoidResult check();
    Result<QString> poolFor(const QString &folder);
    VoidResult createVolume(const QString &path, qint64 capacity, const QString &format,
                            const QString &backing = {}, const QString &backingFormat = {});
    // An incremental copy's overlay needs its backing file there already.
    VoidResult backingOnDestination(const MigrationDisk &d);
    VoidResult prepareLiveStorage();
    VoidResult copyOfflineStorage();
    VoidResult copyFile(const QString &path, qint64 done, qint64 total);
    VoidResult migrate();
    void report(MigrationProgress::Phase phase, qint64 done = -1, qint64 total = -1);
    void undo();

    MigrationJob &m_job;
    virConnectPtr m_src;
    virConnectPtr m_dst;
    DomainHandle m_dom;
    MigrationSubject m_subject;
    bool m_live = false;
    bool m_persistent = true;
    bool m_succeeded = false;
    QVector<MigrationDisk> m_copied;
    QStringList m_createdVolumes;
    QStringList m_createdPools;
    MigrationOutcome m_outcome;
};

void Move::report(MigrationProgress::Phase phase, qint64 done, qint64 total)
{
    MigrationProgress p;
    p.uuid = m_job.uuid;
    p.phase = phase;
    p.diskProcessed = done;
    p.diskTotal = total;
    p.dataProcessed = done;
    p.dataTotal = total;
    if (done >= 0 && total >= 0)
        p.dataRemaining = total - done;
    emit m_job.relay->progressed(p);
}

VoidResult Move::check()
{
    m_dom.reset(virDomainLookupByUUIDString(m_src, m_job.uuid.toLatin1().constData()));
    if (!m_dom)
        return Session::takeError();
    int state = VIR_DOMAIN_NOSTATE;
    if (virDomainGetState(m_dom.get(), &state, nullptr, 0) < 0)
        return Session::takeError();
    m_live = state == VIR_DOMAIN_RUNNING || state == VIR_DOMAIN_PAUSED || state == VIR_DOMAIN_BLOCKED;
    const Result<QString> xml = Session::text(virDomainGetXMLDesc(m_dom.get(), m_live ? 0 : VIR_DOMAIN_XML_INACTIVE));
    if (!xml)
        return xml.error();
    m_subject = parseMigrationSubject(xml.value());
    m_persistent = virDomainIsPersistent(m_dom.get()) == 1;
    const QString &name = m_subject.name;
    if (!m_live && state != VIR_DOMAIN_SHUTOFF)
        return Error{0, tr("%1 can be moved only while it runs, is paused or is shut off. Start it or shut it down first.").arg(name)};
    if (m_live && !m_subject.hostDevices.isEmpty())
        return Error{0, tr("%1 cannot move while it runs: host devices are passed through to it (%2), and their state cannot "
                           "move with it. Shut it down and move it offline, or remove the devices from it first.")
                            .arg(name, m_subject.hostDevices.join(QStringLiteral(", ")))};
    const QString here = hostUuid(m_src);
    if (!here.isEmpty() && here == hostUuid(m_dst))
        return Error{0, tr("The source and the destination are the same host (host UUID %1). Choose a connection to another host.").arg(here)};
    if (const DomainHandle there{virDomainLookupByName(m_dst, name.toUtf8().constData())})
        return Error{0, tr("The destination host already has a virtual machine named %1. Rename one of them first.").arg(name)};
    Session::dropError();
    if (const DomainHandle there{virDomainLookupByUUIDString(m_dst, m_job.uuid.toLatin1().constData())})
        return Error{0, tr("The destination host already has a virtual machine with the UUID of %1 (%2).").arg(name, m_job.uuid)};
    Session::dropError();
    if (m_job.options.storage != MigrationOptions::Storage::Shared) {
        for (MigrationDisk d : std::as_const(m_subject.disks)) {
            if (!d.copied)
                continue;
            // A shut-off VM's definition names no backing files: the pools know them.
            if (d.backing.isEmpty())
                d.backing = backingFromPools(m_src, d.path, &d.backingFormat);
            m_copied << d;
        }
    }
    return {};
}

Result<QString> Move::poolFor(const QString &folder)
{
    if (const StoragePoolHandle pool{virStoragePoolLookupByTargetPath(m_dst, FileName::toNative(folder).constData())}) {
        if (virStoragePoolIsActive(pool.get()) != 1 && virStoragePoolCreate(pool.get(), 0) < 0)
            return Session::takeError();
        return QString::fromUtf8(virStoragePoolGetName(pool.get()));
    }
    Session::dropError();
    if (!m_job.options.createPools)
        return Error{0, tr("The destination host has no storage pool for the folder %1, so the disks cannot be created there. "
                           "Add the folder as a storage pool on that host, or let QVirt create one.").arg(folder)};
    QString base = QFileInfo(folder).fileName();
    if (base.isEmpty())
        base = QStringLiteral("pool");
    QString name = base;
    for (int i = 2; StoragePoolHandle(virStoragePoolLookupByName(m_dst, name.toUtf8().constData())); ++i)
        name = QStringLiteral("%1-%2").arg(base).arg(i);
    Session::dropError();
    PoolRequest folderPool;
    folderPool.name = name;
    folderPool.targetPath = folder;
    const StoragePoolHandle pool(virStoragePoolDefineXML(m_dst, poolXml(folderPool).toUtf8().constData(), 0));
    if (!pool)
        return Session::takeError();
    m_createdPools << name;
    if (virStoragePoolBuild(pool.get(), VIR_STORAGE_POOL_BUILD_NO_OVERWRITE) < 0)
        Session::dropError();
    if (virStoragePoolCreate(pool.get(), 0) < 0)
        return Session::takeError();
    if (virStoragePoolSetAutostart(pool.get(), 1) < 0)
        Session::dropError();
    return name;
}

VoidResult Move::createVolume(const QString &path, qint64 capacity, const QString &format, const QString &backing,
                              const QString &backingFormat)
{
    if (const StorageVolHandle there{virStorageVolLookupByPath(m_dst, FileName::toNative(path).constData())})
        return Error{0, tr("The destination host already has a file at %1. QVirt does not overwrite it: move or delete it "
                           "there, or choose shared storage.").arg(path)};
    Session::dropError();
    const Result<QString> poolName = poolFor(folderOf(path));
    if (!poolName)
        return poolName.error();
    const StoragePoolHandle pool(virStoragePoolLookupByName(m_dst, poolName.value().toUtf8().constData()));
    if (!pool)
        return Session::takeError();
    VolumeRequest request;
    request.pool = poolName.value();
    request.name = QFileInfo(path).fileName();
    request.capacity = capacity;
    request.format = format.isEmpty() ? QStringLiteral("raw") : format;
    request.backingPath = backing;
    request.backingFormat = backingFormat;
    const StorageVolHandle vol(virStorageVolCreateXML(pool.get(), volumeXml(request).toUtf8().constData(), 0));
    if (!vol)
        return Session::takeError();
    const QString made = FileName::fromNative(QByteArray(StringHandle(virStorageVolGetPath(vol.get())).get()));
    m_createdVolumes << made;
    if (made != path)
        return Error{0, tr("The destination host made the disk at %1 instead of %2.").arg(made, path)};
    return {};
}

VoidResult Move::backingOnDestination(const MigrationDisk &d)
{
    if (StorageVolHandle(virStorageVolLookupByPath(m_dst, FileName::toNative(d.backing.first()).constData())))
        return {};
    Session::dropError();
    return Error{0, tr("Copying only the top layer of %1 needs its backing file %2 on the destination host, and it "
                       "is not there (in a storage pool). Copy the whole disks instead, or copy the backing file "
                       "there first.").arg(d.path, d.backing.first())};
}

VoidResult Move::prepareLiveStorage()
{
    for (const MigrationDisk &d : std::as_const(m_copied)) {
        if (m_job.cancelRequested)
            return {};
        virDomainBlockInfo info;
        if (virDomainGetBlockInfo(m_dom.get(), d.target.toUtf8().constData(), &info, 0) < 0)
            return Session::takeError();
        const bool overlay = m_job.options.storage == MigrationOptions::Storage::Incremental && !d.backing.isEmpty();
        if (overlay) {
            if (const VoidResult there = backingOnDestination(d); !there)
                return there;
        }
        const VoidResult made = createVolume(d.path, qint64(info.capacity), d.format, overlay ? d.backing.first() : QString(),
                                             overlay ? d.backingFormat : QString());
        if (!made)
            return made;
    }
    return {};
}

VoidResult Move::copyOfflineStorage()
{
    // Every file of a disk's chain keeps its path, so the chain holds on the
    // destination as it did here; an incremental copy takes the top only.
    QStringList files;
    for (const MigrationDisk &d : std::as_const(m_copied)) {
        files << d.path;
        if (m_job.options.storage == MigrationOptions::Storage::Full)
            files << d.backing;
        else if (!d.backing.isEmpty()) {
            if (const VoidResult there = backingOnDestination(d); !there)
                return there;
        }
    }
    files.removeDuplicates();
    QVector<qint64> sizes;
    qint64 total = 0;
    for (const QString &path : std::as_const(files)) {
        const StorageVolHandle vol(virStorageVolLookupByPath(m_src, FileName::toNative(path).constData()));
        if (!vol) {
            Session::dropError();
            return Error{0, tr("%1 is in no storage pool on the source host, so libvirt cannot read it there. Add its folder "
                               "as a storage pool on that host, or choose shared storage.").arg(path)};
        }
        virStorageVolInfo info;
        if (virStorageVolGetInfoFlags(vol.get(), &info, VIR_STORAGE_VOL_GET_PHYSICAL) < 0)
            return Session::takeError();
        sizes << qint64(info.allocation);
        total += qint64(info.allocation);
    }
    qint64 done = 0;
    for (int i = 0; i < files.size(); ++i) {
        if (m_job.cancelRequested)
            return {};
        const VoidResult made = createVolume(files.at(i), sizes.at(i), QStringLiteral("raw"));
        if (!made)
            return made;
        const VoidResult copied = copyFile(files.at(i), done, total);
        if (!copied)
            return copied;
        done += sizes.at(i);
    }
    report(MigrationProgress::Phase::Storage, done, total);
    return {};
}

VoidResult Move::copyFile(const QString &path, qint64 done, qint64 total)
{
    auto last = std::chrono::steady_clock::now();
    return copyVolumeAcross(m_src, m_dst, path, m_job.cancelRequested, [&](qint64 bytes) {
        done += bytes;
        const auto now = std::chrono::steady_clock::now();
        if (now - last > std::chrono::milliseconds(250)) {
            last = now;
            report(MigrationProgress::Phase::Storage, done, total);
        }
    });
}

VoidResult Move::migrate()
{
    const MigrationOptions &o = m_job.options;
    TypedParamList p;
    unsigned int flags = 0;
    if (m_live) {
        flags |= VIR_MIGRATE_LIVE;
        if (o.persistent)
            flags |= VIR_MIGRATE_PERSIST_DEST;
        if (o.persistent && m_persistent && !o.keepSource)
            flags |= VIR_MIGRATE_UNDEFINE_SOURCE;
        if (!m_copied.isEmpty()) {
            flags |= o.storage == MigrationOptions::Storage::Incremental ? VIR_MIGRATE_NON_SHARED_INC : VIR_MIGRATE_NON_SHARED_DISK;
            for (const MigrationDisk &d : std::as_const(m_copied))
                virTypedParamsAddString(&p.params, &p.count, &p.max, VIR_MIGRATE_PARAM_MIGRATE_DISKS, d.target.toUtf8().constData());
        }
        if (o.autoConverge)
            flags |= VIR_MIGRATE_AUTO_CONVERGE;
        if (o.postCopy)
            flags |= VIR_MIGRATE_POSTCOPY;
        if (o.unsafe)
            flags |= VIR_MIGRATE_UNSAFE;
        if (o.bandwidthMiBs > 0)
            virTypedParamsAddULLong(&p.params, &p.count, &p.max, VIR_MIGRATE_PARAM_BANDWIDTH, quint64(o.bandwidthMiBs));
        if (o.maxDowntimeMs > 0 && virDomainMigrateSetMaxDowntime(m_dom.get(), quint64(o.maxDowntimeMs), 0) < 0) {
            Error e = Session::takeError();
            e.message = tr("The longest pause for %1 could not be set: %2").arg(m_subject.name, e.message);
            return e;
        }
    } else {
        // The definition only: its disks were copied before, if at all.
        flags |= VIR_MIGRATE_OFFLINE | VIR_MIGRATE_PERSIST_DEST;
        if (!o.keepSource)
            flags |= VIR_MIGRATE_UNDEFINE_SOURCE;
    }
    if (m_job.cancelRequested)
        return {};
    const MigrationWatch watch(m_job, m_dom.get());
    int rc = 0;
    if (m_live && o.transport == MigrationOptions::Transport::Tunnelled) {
        const QString uri = o.peerUri.isEmpty() ? m_job.destinationUri : o.peerUri;
        rc = virDomainMigrateToURI3(m_dom.get(), uri.toUtf8().constData(), p.params, p.count,
                                    flags | VIR_MIGRATE_PEER2PEER | VIR_MIGRATE_TUNNELLED);
    } else {
        const DomainHandle moved(virDomainMigrate3(m_dom.get(), m_dst, p.params, p.count, flags));
        rc = moved ? 0 : -1;
    }
    if (rc < 0)
        return Session::takeError();
    return {};
}

void Move::undo()
{
    for (const QString &path : std::as_const(m_createdVolumes)) {
        if (const StorageVolHandle vol{virStorageVolLookupByPath(m_dst, FileName::toNative(path).constData())}) {
            if (virStorageVolDelete(vol.get(), 0) < 0)
                Session::dropError();
        } else {
            Session::dropError();
        }
    }
    for (const QString &name : std::as_const(m_createdPools)) {
        if (const StoragePoolHandle pool{virStoragePoolLookupByName(m_dst, name.toUtf8().constData())}) {
            virStoragePoolDestroy(pool.get());
            virStoragePoolDelete(pool.get(), VIR_STORAGE_POOL_DELETE_NORMAL); // the folder it made, when empty
            virStoragePoolUndefine(pool.get());
        }
        Session::dropError();
    }
}

Result<MigrationOutcome> Move::run()
{
    report(MigrationProgress::Phase::Preparing);
    if (const VoidResult ok = check(); !ok)
        return ok.error();
    const QString &name = m_subject.name;
    auto failed = [&](Error e) -> Result<MigrationOutcome> {
        if (m_job.cancelRequested || e.code == VIR_ERR_OPERATION_ABORTED) {
            m_outcome.cancelled = true;
            return m_outcome;
        }
        if (e.code == VIR_ERR_MIGRATE_UNSAFE)
            e.message = tr("%1 could not be moved to %2: libvirt cannot tell that both hosts share its disks (%3). Copy the "
                           "storage, or, if the disks really are shared, allow an unsafe move.").arg(name, m_job.destinationUri, e.message);
        else
            e.message = m_live ? tr("%1 could not be moved to %2, and it still runs on the source host: %3").arg(name, m_job.destinationUri, e.message)
                           : tr("%1 could not be moved to %2, and it is still on the source host: %3").arg(name, m_job.destinationUri, e.message);
        return e;
    };
    const VoidResult storage = m_live ? prepareLiveStorage() : copyOfflineStorage();
    if (!storage)
        return failed(storage.error());
    if (m_job.cancelRequested)
        return failed(Error{VIR_ERR_OPERATION_ABORTED, {}});
    report(MigrationProgress::Phase::Memory);
    const VoidResult moved = migrate();
    if (!moved)
        return failed(moved.error());
    if (m_job.cancelRequested && !DomainHandle(virDomainLookupByUUIDString(m_dst, m_job.uuid.toLatin1().constData()))) {
        Session::dropError();
        return failed(Error{VIR_ERR_OPERATION_ABORTED, {}});
    }
    m_succeeded = true;
    m_outcome.poolsCreated = m_createdPools;
    if (!m_job.options.keepSource) {
        for (const MigrationDisk &d : std::as_const(m_copied)) {
            m_outcome.leftOnSource << d.path;
            if (!m_live && m_job.options.storage == MigrationOptions::Storage::Full)
                m_outcome.leftOnSource << d.backing;
        }
        m_outcome.leftOnSource.removeDuplicates();
    }
    report(MigrationProgress::Phase::Finishing, 1, 1);
    return m_outcome;
}

} // namespace

Migrations::Migrations(Session &session)
    : m_session(session)
{
}

VoidResult Migrations::share(ConnectHandle &out)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    if (virConnectRef(m_session.conn()) < 0)
        return Session::takeError();
    out.reset(m_session.conn());
    return {};
}

Result<MigrationSubject> Migrations::subject(const QString &uuid)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(uuid, dom))
        return *error;
    const bool active = virDomainIsActive(dom.get()) == 1;
    const Result<QString> xml = Session::text(virDomainGetXMLDesc(dom.get(), active ? 0 : VIR_DOMAIN_XML_INACTIVE));
    if (!xml)
        return xml.error();
    return parseMigrationSubject(xml.value());
}

Result<MigrationOutcome> Migrations::run(MigrationJob &job)
{
    Result<MigrationOutcome> result;
    {
        Move move(job);
        result = move.run();
    }
    // This thread lets go of the connections, not the GUI's.
    job.source.reset();
    job.destination.reset();
    return result;
}
