#include "snapshots.h"

#include "domaindefinitions.h"
#include "filename.h"
#include "imageheader.h"
#include "qemuimg.h"
#include "storage.h"

#include <QDateTime>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <unistd.h>

namespace {

// Makes a <disk> of a domain's DOM a qcow2 file at path, with no recorded
// backing chain (libvirt reads it from the new image).
void pointDiskAt(QDomDocument &doc, QDomElement &disk, const QString &path)
{
    QDomElement source = disk.firstChildElement(QStringLiteral("source"));
    if (disk.attribute(QStringLiteral("type")) != QLatin1String("file") || source.isNull()) {
        // A block device, volume or network disk becomes a file: its source starts afresh.
        QDomElement fresh = doc.createElement(QStringLiteral("source"));
        if (source.isNull())
            disk.appendChild(fresh);
        else
            disk.replaceChild(fresh, source);
        source = fresh;
        disk.setAttribute(QStringLiteral("type"), QStringLiteral("file"));
    }
    source.setAttribute(QStringLiteral("file"), path);
    QDomElement driver = disk.firstChildElement(QStringLiteral("driver"));
    if (driver.isNull()) {
        driver = doc.createElement(QStringLiteral("driver"));
        driver.setAttribute(QStringLiteral("name"), QStringLiteral("qemu"));
        disk.insertBefore(driver, disk.firstChild());
    }
    driver.setAttribute(QStringLiteral("type"), QStringLiteral("qcow2"));
    for (QDomElement b = disk.firstChildElement(QStringLiteral("backingStore")); !b.isNull();
         b = disk.firstChildElement(QStringLiteral("backingStore")))
        disk.removeChild(b);
}

} // namespace

Snapshots::Snapshots(Session &session, DomainDefinitions &definitions, Storage &storage)
    : m_session(session)
    , m_definitions(definitions)
    , m_storage(storage)
{
}

Result<std::vector<SnapshotHandle>> Snapshots::listOf(virDomainPtr dom)
{
    virDomainSnapshotPtr *snaps = nullptr;
    const int n = virDomainListAllSnapshots(dom, &snaps, 0);
    if (n < 0)
        return Session::takeError();
    return adoptList<SnapshotHandle>(snaps, n);
}

std::optional<SnapshotInfo> Snapshots::describe(virDomainSnapshotPtr snap, unsigned int flags, QString *xml)
{
    const Result<QString> text = Session::text(virDomainSnapshotGetXMLDesc(snap, flags));
    SnapshotInfo info;
    if (!text || !parseSnapshotXml(text.value(), &info))
        return std::nullopt;
    if (xml)
        *xml = text.value();
    return info;
}

Result<SnapshotState> Snapshots::snapshots(const QString &uuid)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(uuid, dom))
        return *error;
    const Result<std::vector<SnapshotHandle>> snaps = listOf(dom.get());
    if (!snaps)
        return snaps.error();
    SnapshotState state;
    for (const SnapshotHandle &snap : snaps.value()) {
        if (std::optional<SnapshotInfo> info = describe(snap.get(), 0)) {
            info->current = virDomainSnapshotIsCurrent(snap.get(), 0) == 1;
            state.snapshots.append(*info);
        }
    }
    if (const std::optional<DomainDescription> desc = m_definitions.describe(dom.get(), 0)) {
        for (const DiskDescription &disk : desc->disks) {
            if (disk.device != QLatin1String("disk"))
                continue;
            DiskStorage s{disk.target, disk.device, m_storage.chainOf(disk)};
            m_storage.fillSizes(&s.chain);
            state.disks.append(s);
        }
    }
    // Which other VMs' overlays are built on these images (linked clones):
    // the view names them, and merges that would change what they read are
    // refused. Unknown when a domain cannot be read; the chains still show.
    if (!m_storage.fillUsers(uuid, &state.disks))
        Session::dropError();
    return state;
}

VoidResult Snapshots::createSnapshot(const QString &uuid, const SnapshotRequest &request)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(uuid, dom))
        return *error;
    const DomainDescription desc = m_definitions.describe(dom.get(), 0).value_or(DomainDescription{});
    const bool internal = request.kind == SnapshotRequest::Kind::Internal;
    if (internal) {
        for (const DiskDescription &disk : std::as_const(desc.disks)) {
            // Known formats only: where the XML names none, libvirt decides.
            if (disk.device == QLatin1String("disk") && !disk.source.isEmpty() && !disk.format.isEmpty()
                && disk.format != QLatin1String("qcow2"))
                return Error{VIR_ERR_CONFIG_UNSUPPORTED,
                             tr("An internal snapshot lives inside qcow2 images, and disk %1 is %2. Take an external snapshot instead.")
                                 .arg(disk.target, disk.format),
                             0, 0, Error::Alternative::ExternalSnapshot};
        }
    }
    QString xml = QStringLiteral("<domainsnapshot><name>%1</name>").arg(request.name.toHtmlEscaped());
    if (!request.description.isEmpty())
        xml += QStringLiteral("<description>%1</description>").arg(request.description.toHtmlEscaped());
    unsigned int flags = VIR_DOMAIN_SNAPSHOT_CREATE_ATOMIC;
    if (!internal) {
        if (request.kind == SnapshotRequest::Kind::ExternalWithMemory)
            xml += QStringLiteral("<memory snapshot='external' file='%1'/>").arg(request.memoryFile.toHtmlEscaped());
        else
            flags |= VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY;
        xml += QStringLiteral("<disks>");
        for (const DiskDescription &disk : std::as_const(desc.disks)) {
            const QString overlay = request.overlays.value(disk.target);
            if (overlay.isEmpty() || disk.device != QLatin1String("disk"))
                xml += QStringLiteral("<disk name='%1' snapshot='no'/>").arg(disk.target.toHtmlEscaped());
            else
                xml += QStringLiteral("<disk name='%1' snapshot='external'><source file='%2'/></disk>")
                           .arg(disk.target.toHtmlEscaped(), overlay.toHtmlEscaped());
        }
        xml += QStringLiteral("</disks>");
    }
    xml += QStringLiteral("</domainsnapshot>");
    const QByteArray bytes = xml.toUtf8();
    const bool running = virDomainIsActive(dom.get()) == 1;
    SnapshotHandle snap;
    if (running && (flags & VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY)) {
        // Consistent file systems when a guest agent answers; without one, as is.
        snap.reset(virDomainSnapshotCreateXML(dom.get(), bytes.constData(), flags | VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE));
        if (!snap)
            Session::dropError();
    }
    if (!snap)
        snap.reset(virDomainSnapshotCreateXML(dom.get(), bytes.constData(), flags));
    m_session.queueRefresh(uuid);
    if (!snap) {
        Error e = Session::takeError();
        // libvirt refuses an internal snapshot of a raw disk with
        // VIR_ERR_CONFIG_UNSUPPORTED and one of a guest with pflash (UEFI)
        // firmware with VIR_ERR_OPERATION_UNSUPPORTED; an external one does both.
        const bool unsupported = e.code == VIR_ERR_CONFIG_UNSUPPORTED || e.code == VIR_ERR_OPERATION_UNSUPPORTED;
        if (internal && unsupported) {
            e.alternative = Error::Alternative::ExternalSnapshot;
            if (desc.firmware == QLatin1String("efi"))
                e.message += QLatin1Char('\n') + tr("UEFI firmware keeps its variables outside the disk images, so libvirt cannot take an internal snapshot of this virtual machine. Take an external snapshot instead.");
        } else if (!internal && running && e.code == VIR_ERR_OPERATION_UNSUPPORTED) {
            e.message += QLatin1Char('\n') + tr("This QEMU build cannot take live external snapshots. Shut the virtual machine off and take the snapshot then, or install a QEMU with live snapshot support (qemu-kvm-ev on CentOS 7).");
        }
        return e;
    }
    return {};
}

std::optional<Error> Snapshots::lookup(const QString &uuid, const QString &name, DomainHandle &dom, SnapshotHandle &snap)
{
    if (const auto error = m_session.lookup(uuid, dom))
        return error;
    snap.reset(virDomainSnapshotLookupByName(dom.get(), name.toUtf8().constData(), 0));
    if (!snap)
        return Session::takeError();
    return std::nullopt;
}

// The end of a call on a snapshot: the list follows, and when libvirt refused
// an external snapshot as unsupported (libvirt 9.0 reverts none and deletes
// few), explainExternal follows its message.
VoidResult Snapshots::callResult(const QString &uuid, int rc, bool external, const QString &explainExternal)
{
    m_session.queueRefresh(uuid);
    if (rc == 0)
        return {};
    Error e = Session::takeError();
    if (external && (e.code == VIR_ERR_CONFIG_UNSUPPORTED || e.code == VIR_ERR_OPERATION_UNSUPPORTED))
        e.message += QLatin1Char('\n') + explainExternal;
    return e;
}

VoidResult Snapshots::revertToSnapshot(const QString &uuid, const QString &name)
{
    DomainHandle dom;
    SnapshotHandle snap;
    if (const auto error = lookup(uuid, name, dom, snap))
        return *error;
    QString snapXml;
    const SnapshotInfo info = describe(snap.get(), VIR_DOMAIN_SNAPSHOT_XML_SECURE, &snapXml).value_or(SnapshotInfo{});
    unsigned long libvirtVersion = 0;
    virConnectGetLibVersion(m_session.conn(), &libvirtVersion);
    // libvirt reverts external snapshots itself from 9.9 on.
    if (!info.isExternal() || libvirtVersion >= 9009000) {
        const int rc = virDomainRevertToSnapshot(snap.get(), 0);
        return callResult(uuid, rc, info.isExternal(), tr("libvirt could not revert to this external snapshot. Nothing was changed."));
    }
    snap.reset();
    return revertExternal(dom.get(), uuid, info, snapXml);
}

// What libvirt 9.0 cannot do: a fresh overlay on the image each disk had when
// the snapshot was taken, the domain redefined onto it. The abandoned overlays
// stay on disk as a side branch; nothing is deleted.
VoidResult Snapshots::revertExternal(virDomainPtr dom, const QString &uuid, const SnapshotInfo &info, const QString &snapXml)
{
    if (virDomainIsActive(dom) == 1)
        return Error{VIR_ERR_OPERATION_INVALID, tr("Shut the virtual machine off first: reverting to an external snapshot replaces its disks.")};
    if (!m_session.isLocal())
        return Error{VIR_ERR_NO_SUPPORT, tr("QVirt reverts external snapshots only on local hosts, where it can create the new overlay files.")};
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QStringList created;
    QHash<QString, QString> overlays; // disk target -> its new overlay
    auto undo = [&created] {
        for (const QString &f : std::as_const(created))
            QFile::remove(f);
    };
    for (const SnapshotInfo::Disk &d : info.disks) {
        if (d.location != SnapshotInfo::Location::External || d.file.isEmpty())
            continue;
        // The image below the snapshot's overlay is the disk as it was at the snapshot.
        // The header names the image below as exact bytes (qemu-img's JSON would not).
        const QVector<DiskImage> chain = ImageHeaders::chain(d.file, {});
        if (chain.size() < 2 || ::access(FileName::toNative(chain.at(1).path).constData(), F_OK) != 0) {
            undo();
            return Error{0, tr("The image under the snapshot's overlay %1 could not be found, so the state at the snapshot is unknown. Nothing was changed.").arg(FileName::display(d.file))};
        }
        const DiskImage &below = chain.at(1);
        const QFileInfo fi(below.path);
        // The overlay goes into the domain's XML, which holds only UTF-8: a name
        // that is not gets its escaped form, backslashes made underscores.
        const QString baseName = FileName::display(fi.completeBaseName()).replace(QLatin1Char('\\'), QLatin1Char('_'));
        const QString overlay = FileName::display(fi.absolutePath()) + QLatin1Char('/') + baseName
                                + QStringLiteral(".revert-%1-%2.qcow2").arg(info.name, stamp);
        const VoidResult create = QemuImg::createOverlay(overlay.toUtf8(), FileName::toNative(below.path), below.format);
        if (!create) {
            undo();
            return Error{0, tr("The new overlay %1 could not be created: %2. Nothing was changed.")
                                .arg(overlay, create.error().message)};
        }
        created << overlay;
        overlays.insert(d.name, overlay);
    }
    const Result<QString> defined = m_definitions.edit(dom, [&overlays](QDomDocument &doc) -> VoidResult {
        const QDomElement devices = doc.documentElement().firstChildElement(QStringLiteral("devices"));
        for (auto it = overlays.cbegin(); it != overlays.cend(); ++it) {
            QDomElement disk = devices.firstChildElement(QStringLiteral("disk"));
            while (!disk.isNull() && disk.firstChildElement(QStringLiteral("target")).attribute(QStringLiteral("dev")) != it.key())
                disk = disk.nextSiblingElement(QStringLiteral("disk"));
            if (disk.isNull())
                return Error{0, tr("Disk %1 of the snapshot is no longer in the virtual machine. Nothing was changed.").arg(it.key())};
            pointDiskAt(doc, disk, it.value());
        }
        return {};
    });
    if (!defined) {
        undo();
        return defined.error();
    }
    const QString domainXml = defined.value();
    // Keep the snapshot metadata true: this snapshot is now the current one.
    const SnapshotHandle redefined(virDomainSnapshotCreateXML(
        dom, snapXml.toUtf8().constData(), VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE | VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT));
    if (!redefined)
        Session::dropError(); // the revert itself is done
    m_session.queueRefresh(uuid);
    // A live checkpoint: its memory image resumes the guest on the new overlays.
    if (info.memory == SnapshotInfo::Location::External && QFileInfo::exists(info.memoryFile)) {
        if (virDomainRestoreFlags(m_session.conn(), info.memoryFile.toUtf8().constData(), domainXml.toUtf8().constData(), 0) < 0) {
            Error e = Session::takeError();
            e.message = tr("The disks were reverted, but the memory state in %1 could not be restored: %2. The virtual machine is off; start it to boot from the reverted disks.")
                            .arg(info.memoryFile, e.message);
            return e;
        }
    }
    return {};
}

VoidResult Snapshots::deleteSnapshot(const QString &uuid, const QString &name)
{
    DomainHandle dom;
    SnapshotHandle snap;
    if (const auto error = lookup(uuid, name, dom, snap))
        return *error;
    const SnapshotInfo info = describe(snap.get(), 0).value_or(SnapshotInfo{});
    const int rc = virDomainSnapshotDelete(snap.get(), 0);
    return callResult(uuid, rc, info.isExternal(), tr("An external snapshot's overlay holds data written since; it goes away only by merging it into its backing file (block commit), and libvirt could not do that here. Nothing was changed."));
}

// After a commit, a snapshot whose overlay left the chain has lost the state it
// recorded (its data now sits in the image below, mixed with later writes):
// its metadata goes, and libvirt moves its children up to its parent.
void Snapshots::dropMerged(const QString &uuid)
{
    DomainHandle dom;
    if (m_session.lookup(uuid, dom))
        return;
    // Unread chains would make every external snapshot look merged.
    const std::optional<DomainDescription> desc = m_definitions.describe(dom.get(), 0);
    if (!desc)
        return;
    QSet<QString> inChains;
    for (const DiskDescription &disk : desc->disks) {
        for (const DiskImage &img : m_storage.chainOf(disk))
            inChains.insert(img.path);
    }
    const Result<std::vector<SnapshotHandle>> snaps = listOf(dom.get());
    if (!snaps)
        return;
    for (const SnapshotHandle &snap : snaps.value()) {
        const SnapshotInfo info = describe(snap.get(), 0).value_or(SnapshotInfo{});
        bool external = false, merged = false;
        for (const SnapshotInfo::Disk &d : info.disks) {
            if (d.location == SnapshotInfo::Location::External && !d.file.isEmpty()) {
                external = true;
                merged |= !inChains.contains(d.file);
            }
        }
        if (external && merged && virDomainSnapshotDelete(snap.get(), VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY) < 0)
            Session::dropError(); // it stays listed; its overlay is gone either way
    }
}
