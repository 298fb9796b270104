#include "storage.h"

#include "domaindefinitions.h"
#include "filename.h"
#include "imageheader.h"
#include "qemuimg.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cerrno>

#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace {

constexpr int kMaxChainDepth = 64;

} // namespace

Storage::Storage(Session &session, DomainDefinitions &definitions)
    : m_session(session)
    , m_definitions(definitions)
{
}

StorageVolHandle Storage::volumeAt(const QString &path)
{
    StorageVolHandle vol(virStorageVolLookupByPath(m_session.conn(), FileName::toNative(path).constData()));
    if (!vol)
        Session::dropError(); // not in a pool: the file is looked at another way
    return vol;
}

QString Storage::volumeBackingPath(const QString &path, bool *found)
{
    const StorageVolHandle vol = volumeAt(path);
    *found = bool(vol);
    if (!vol)
        return {};
    const Result<QString> xml = Session::text(virStorageVolGetXMLDesc(vol.get(), 0));
    return xml ? parseVolumeBackingPath(xml.value()) : QString();
}

QVector<DiskImage> Storage::chainOf(const DiskDescription &disk)
{
    QString top = disk.source;
    if (disk.sourceType == QLatin1String("volume") && !disk.pool.isEmpty()) {
        top.clear();
        if (const StoragePoolHandle pool{virStoragePoolLookupByName(m_session.conn(), disk.pool.toUtf8().constData())}) {
            if (const StorageVolHandle vol{virStorageVolLookupByName(pool.get(), disk.volume.toUtf8().constData())})
                top = takeString(virStorageVolGetPath(vol.get()));
        }
        Session::dropError(); // a volume that went away has no chain
    }
    if (top.isEmpty() || disk.sourceType == QLatin1String("network"))
        return {};
    QVector<DiskImage> chain{{top, disk.format, {}}};
    if (!disk.backingChain.isEmpty())
        return chain + disk.backingChain; // a running domain's XML has it all
    // A local image's headers name its backing files as exact bytes; qemu-img's
    // JSON and libvirt's volume XML lose those that are not UTF-8.
    struct stat st {};
    if (m_session.isLocal() && disk.sourceType != QLatin1String("block") && ::stat(FileName::toNative(top).constData(), &st) == 0
        && S_ISREG(st.st_mode)) {
        const QVector<DiskImage> local = ImageHeaders::chain(top, disk.format);
        const QString &format = local.last().format;
        if (local.size() > 1 || format == QLatin1String("qcow2") || format == QLatin1String("raw"))
            return local;
    }

    QString current = top;
    bool inPools = true;
    for (int depth = 0; depth < kMaxChainDepth; ++depth) {
        bool found = false;
        const QString next = volumeBackingPath(current, &found);
        if (!found) {
            inPools = false;
            break;
        }
        if (next.isEmpty())
            return chain;
        chain.append({next, {}, {}});
        current = next;
    }
    if (!inPools && m_session.isLocal() && FileName::isText(current) && QFileInfo::exists(current)) {
        const QVector<DiskImage> rest = QemuImg::info(FileName::toNative(current), true);
        if (!rest.isEmpty() && chain.last().format.isEmpty())
            chain.last().format = rest.first().format;
        for (int i = 1; i < rest.size(); ++i)
            chain.append(rest.at(i));
    }
    return chain;
}

void Storage::fillSizes(QVector<DiskImage> *chain)
{
    if (!m_session.isLocal())
        return;
    for (DiskImage &img : *chain) {
        if (img.virtualSize >= 0)
            continue; // chainOf read it from the header
        const QByteArray path = FileName::toNative(img.path);
        const std::optional<ImageHeader> h = ImageHeaders::read(path);
        if (!h)
            continue; // not there, or not readable: qemu-img could not tell more
        if (img.format.isEmpty())
            img.format = h->format;
        if (img.format == h->format) {
            img.virtualSize = h->virtualSize;
            img.actualSize = h->actualSize;
            continue;
        }
        // Formats the header reader does not know, block devices: qemu-img, by the exact bytes.
        const QVector<DiskImage> measured = QemuImg::info(path, false);
        if (measured.isEmpty())
            continue;
        img.virtualSize = measured.first().virtualSize;
        img.actualSize = measured.first().actualSize;
        if (img.format.isEmpty())
            img.format = measured.first().format;
    }
}

Result<QVector<DiskStorage>> Storage::storageOf(const QString &uuid)
{
    const Result<QString> xml = m_definitions.domainXml(uuid, false);
    if (!xml)
        return xml.error();
    const Result<DomainDescription> desc = DomainDefinitions::parse(xml.value());
    if (!desc)
        return desc.error();

    QVector<DiskStorage> result;
    for (const DiskDescription &disk : desc.value().disks) {
        DiskStorage s{disk.target, disk.device, chainOf(disk)};
        if (!s.chain.isEmpty())
            result.append(s);
    }

    if (const VoidResult users = fillUsers(uuid, &result); !users)
        return users.error();
    return result;
}

VoidResult Storage::fillUsers(const QString &uuid, QVector<DiskStorage> *disks)
{
    QSet<QString> mine;
    for (const DiskStorage &s : std::as_const(*disks)) {
        for (const DiskImage &img : s.chain)
            mine.insert(img.path);
    }
    // Which other domains use any of these images (a shared base image, an ISO)?
    // A domain that cannot be read fails the whole answer: "nobody else uses
    // it" would offer a shared image for deletion.
    QHash<QString, QStringList> users;
    const Result<std::vector<DomainHandle>> doms = m_session.allDomains();
    if (!doms) {
        m_session.checkAlive();
        return doms.error();
    }
    // Each other domain's chains are read once and kept until an event says
    // it changed (DomainCache): a host with hundreds of guests answers at once.
    DomainCache &cache = m_session.cache();
    QSet<QString> onHost;
    for (const DomainHandle &dom : doms.value()) {
        const QString otherUuid = uuidOf(dom.get());
        onHost.insert(otherUuid);
        if (otherUuid == uuid)
            continue;
        const DomainCache::Images *images = cache.images(otherUuid);
        if (!images) {
            const Result<DomainDescription> other = m_definitions.read(dom.get(), 0);
            if (!other) {
                if (other.error().code == VIR_ERR_NO_DOMAIN)
                    continue; // gone since the list
                m_session.checkAlive();
                return other.error();
            }
            DomainCache::Images read{other.value().name, {}};
            for (const DiskDescription &disk : other.value().disks) {
                for (const DiskImage &img : chainOf(disk))
                    read.paths.append(img.path);
            }
            cache.setImages(otherUuid, std::move(read));
            images = cache.images(otherUuid);
        }
        for (const QString &path : images->paths) {
            if (mine.contains(path) && !users[path].contains(images->name))
                users[path].append(images->name);
        }
    }
    cache.keepOnly(onHost);
    for (DiskStorage &s : *disks) {
        for (DiskImage &img : s.chain)
            img.usedBy = users.value(img.path);
    }
    return {};
}

QVector<StorageDeletion> Storage::deleteImages(const QStringList &paths)
{
    QVector<StorageDeletion> report;
    for (const QString &path : paths) {
        StorageDeletion d{path, false, {}, false};
        const QByteArray native = FileName::toNative(path); // the file's own bytes, also when not UTF-8
        if (const StorageVolHandle vol = volumeAt(path)) {
            d.deleted = virStorageVolDelete(vol.get(), 0) == 0;
            if (!d.deleted)
                d.error = Session::takeError().message;
        } else if (m_session.isLocal()) {
            struct stat st {};
            if (::lstat(native.constData(), &st) != 0)
                d.error = tr("The file does not exist.");
            else if (!(d.deleted = ::unlink(native.constData()) == 0))
                d.error = qt_error_string(errno);
        } else {
            d.outsidePools = true;
            d.error = tr("The image is not in a libvirt storage pool on the remote host, so it cannot be deleted from here. Remove it on the host.");
        }
        report.append(d);
    }
    return report;
}

QVector<StorageDeletion> Storage::deleteThroughFolderPools(const QStringList &paths)
{
    QHash<QString, QStringList> byFolder;
    for (const QString &path : paths)
        byFolder[path.left(qMax(1, int(path.lastIndexOf(QLatin1Char('/')))))] << path;
    QVector<StorageDeletion> report;
    for (auto it = byFolder.cbegin(); it != byFolder.cend(); ++it) {
        PoolRequest request;
        request.name = QStringLiteral("qvirt-delete-%1").arg(QString::number(quint64(qHash(it.key())), 16));
        request.targetPath = it.key();
        // Transient: it lists the folder once, and stopping it removes its definition only.
        const StoragePoolHandle pool(virStoragePoolCreateXML(m_session.conn(), poolXml(request).toUtf8().constData(), 0));
        QString poolError;
        if (!pool)
            poolError = tr("The folder %1 could not be opened as a storage pool: %2")
                            .arg(FileName::display(it.key()), Session::takeError().message);
        for (const QString &path : it.value()) {
            StorageDeletion d{path, false, {}, false};
            if (!pool) {
                d.error = poolError;
            } else if (const StorageVolHandle vol = volumeAt(path)) {
                d.deleted = virStorageVolDelete(vol.get(), 0) == 0;
                if (!d.deleted)
                    d.error = Session::takeError().message;
            } else {
                d.error = tr("The file is not in the folder %1 on the host.").arg(FileName::display(it.key()));
            }
            report << d;
        }
        if (pool && virStoragePoolDestroy(pool.get()) < 0)
            Session::dropError();
    }
    return report;
}

Result<QHash<QString, QStringList>> Storage::imageUsers()
{
    const Result<std::vector<DomainHandle>> doms = m_session.allDomains();
    if (!doms)
        return doms.error();
    DomainCache &cache = m_session.cache();
    QHash<QString, QStringList> users;
    QSet<QString> onHost;
    for (const DomainHandle &dom : doms.value()) {
        const QString uuid = uuidOf(dom.get());
        onHost.insert(uuid);
        const DomainCache::Images *images = cache.images(uuid);
        if (!images) {
            const Result<DomainDescription> desc = m_definitions.read(dom.get(), 0);
            if (!desc) {
                Session::dropError();
                continue; // gone since the list
            }
            DomainCache::Images read{desc.value().name, {}};
            for (const DiskDescription &disk : desc.value().disks) {
                for (const DiskImage &img : chainOf(disk))
                    read.paths.append(img.path);
            }
            cache.setImages(uuid, std::move(read));
            images = cache.images(uuid);
        }
        for (const QString &path : images->paths) {
            if (!users[path].contains(images->name))
                users[path].append(images->name);
        }
    }
    cache.keepOnly(onHost);
    return users;
}

QString Storage::imageQemuCannotOpen(const QString &uuid)
{
    DomainHandle dom;
    if (m_session.lookup(uuid, dom))
        return {};
    const std::optional<DomainDescription> desc = m_definitions.describe(dom.get(), VIR_DOMAIN_XML_INACTIVE);
    if (!desc)
        return {};
    for (const DiskDescription &disk : desc->disks) {
        for (const DiskImage &img : chainOf(disk)) {
            if (!FileName::isText(img.path))
                return img.path;
        }
    }
    return {};
}

QVector<DiskImage> Storage::chainOfTarget(virDomainPtr dom, unsigned int flags, const QString &target)
{
    const std::optional<DomainDescription> desc = m_definitions.describe(dom, flags);
    if (desc) {
        for (const DiskDescription &d : desc->disks) {
            if (d.target == target)
                return chainOf(d);
        }
    }
    return {};
}

bool Storage::chainOnFullDisk(virDomainPtr dom, const QString &disk)
{
    if (!m_session.isLocal())
        return false;
    for (const DiskImage &img : chainOfTarget(dom, 0, disk)) {
        struct statvfs fs {};
        const QByteArray dir = FileName::toNative(img.path.left(qMax(1, img.path.lastIndexOf(QLatin1Char('/')))));
        if (::statvfs(dir.constData(), &fs) == 0 && quint64(fs.f_bavail) * fs.f_frsize < 1024 * 1024)
            return true;
    }
    return false;
}

std::optional<QVector<DiskImage>> Storage::offlineChain(const QString &uuid, const QString &disk)
{
    DomainHandle dom;
    if (!m_session.isLocal() || m_session.lookup(uuid, dom) || virDomainIsActive(dom.get()) != 0)
        return std::nullopt;
    const QVector<DiskImage> chain = chainOfTarget(dom.get(), VIR_DOMAIN_XML_INACTIVE, disk);
    for (const DiskImage &img : chain) {
        if (!FileName::isText(img.path))
            return chain;
    }
    return std::nullopt;
}
