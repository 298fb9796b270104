#include "domainlifecycle.h"

#include "domaindefinitions.h"
#include "filename.h"
#include "statistics.h"
#include "storage.h"

DomainLifecycle::DomainLifecycle(Session &session, Statistics &statistics, Storage &storage, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_statistics(statistics)
    , m_storage(storage)
    , m_refreshTimer(new QTimer(this))
{
    // Bursts of events (bulk start, a host with many guests) are read once each.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &DomainLifecycle::flushRefresh);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    connect(m_reloadTimer, &QTimer::timeout, this, &DomainLifecycle::loadAll);
}

namespace {
constexpr int kFirstReloadMsec = 1000;
constexpr int kMaxReloadMsec = 30000;
}

// Every read must answer: a row made of the fields that did (state
// "unknown", not persistent, no memory) would be taken for the truth.
Result<DomainInfo> DomainLifecycle::readInfo(virDomainPtr dom)
{
    DomainInfo d;
    d.uuid = uuidOf(dom);
    d.name = QString::fromUtf8(virDomainGetName(dom));
    virDomainInfo info;
    if (virDomainGetInfo(dom, &info) < 0)
        return Session::takeError();
    d.vcpus = info.nrVirtCpu;
    d.memoryKiB = info.memory;
    d.maxMemoryKiB = info.maxMem;
    int state = 0, reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) < 0)
        return Session::takeError();
    d.state = DomainState(state);
    d.stateReason = reason;
    int autostart = 0;
    if (virDomainGetAutostart(dom, &autostart) < 0)
        return Session::takeError();
    d.autostart = autostart != 0;
    const int persistent = virDomainIsPersistent(dom);
    if (persistent < 0)
        return Session::takeError();
    d.persistent = persistent == 1;
    if (d.persistent) {
        const int saved = virDomainHasManagedSaveImage(dom, 0);
        if (saved < 0)
            return Session::takeError();
        d.hasManagedSave = saved == 1;
    }
    d.title = takeString(virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_TITLE, nullptr, 0));
    Session::dropError(); // a missing title is an error to libvirt, not to us
    m_statistics.apply(d);
    return d;
}

void DomainLifecycle::loadAll()
{
    m_reloadTimer->stop();
    if (!m_session.isOpen())
        return;
    auto failed = [this] {
        m_session.checkAlive();
        if (!m_session.isOpen())
            return; // the worker reconnects, and the new connection loads again
        m_reloadDelayMsec = m_reloadDelayMsec ? qMin(m_reloadDelayMsec * 2, kMaxReloadMsec) : kFirstReloadMsec;
        m_reloadTimer->start(m_reloadDelayMsec);
    };
    const Result<std::vector<DomainHandle>> doms = m_session.allDomains();
    if (!doms) {
        qWarning("qvirt: the domain list of %s failed: %s", qPrintable(m_session.uri()), qPrintable(doms.error().message));
        failed();
        return;
    }
    QVector<DomainInfo> list;
    list.reserve(qsizetype(doms.value().size()));
    for (const DomainHandle &dom : doms.value()) {
        const Result<DomainInfo> info = readInfo(dom.get());
        if (info) {
            list.append(info.value());
        } else if (info.error().code != VIR_ERR_NO_DOMAIN) { // one that went since the list is simply not in it
            qWarning("qvirt: reading a domain of %s failed: %s", qPrintable(m_session.uri()), qPrintable(info.error().message));
            failed();
            return;
        }
    }
    m_reloadDelayMsec = 0;
    emit domainsLoaded(list);
}

void DomainLifecycle::queueRefresh(const QString &uuid)
{
    if (uuid.isEmpty() || !m_session.isOpen())
        return;
    // At once, not when the refresh runs: a question about all domains asked
    // before then must not get the old answer.
    m_session.cache().invalidate(uuid);
    m_pendingRefresh.insert(uuid);
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void DomainLifecycle::stop()
{
    m_refreshTimer->stop();
    m_reloadTimer->stop();
    m_reloadDelayMsec = 0;
    m_pendingRefresh.clear();
}

void DomainLifecycle::flushRefresh()
{
    if (m_pendingRefresh.isEmpty())
        return;
    m_refreshTimer->stop();
    const QSet<QString> pending = std::exchange(m_pendingRefresh, {});
    for (const QString &uuid : pending) {
        if (!m_session.isOpen())
            return;
        DomainHandle dom;
        std::optional<Error> error = m_session.lookup(uuid, dom);
        if (!error) {
            Result<DomainInfo> info = readInfo(dom.get());
            if (info) {
                emit domainUpdated(info.value());
                continue;
            }
            error = info.error();
        }
        if (error->code == VIR_ERR_NO_DOMAIN) {
            m_statistics.forget(uuid);
            emit domainRemoved(uuid);
        } else {
            // The row keeps what it showed; a lost host reloads on reconnect.
            m_session.checkAlive();
        }
    }
}

VoidResult DomainLifecycle::perform(const QString &uuid, DomainAction action)
{
    VoidResult result = m_session.withDomain(uuid, [action](virDomainPtr dom) {
        switch (action) {
        case DomainAction::Start: return virDomainCreate(dom);
        case DomainAction::Shutdown: return virDomainShutdown(dom);
        case DomainAction::Reboot: return virDomainReboot(dom, 0);
        case DomainAction::ForceOff: return virDomainDestroy(dom);
        case DomainAction::Reset: return virDomainReset(dom, 0);
        case DomainAction::Pause: return virDomainSuspend(dom);
        case DomainAction::Resume: return virDomainResume(dom);
        case DomainAction::ManagedSave: return virDomainManagedSave(dom, 0);
        case DomainAction::RemoveManagedSave: return virDomainManagedSaveRemove(dom, 0);
        case DomainAction::EnableAutostart: return virDomainSetAutostart(dom, 1);
        case DomainAction::DisableAutostart: return virDomainSetAutostart(dom, 0);
        }
        return -1;
    });
    // libvirt 9 fails with an internal error (its JSON for QEMU cannot hold the
    // name); say which file it is and what can be done.
    if (!result && action == DomainAction::Start && result.error().code == VIR_ERR_INTERNAL_ERROR && m_session.isLocal()) {
        const QString image = m_storage.imageQemuCannotOpen(uuid);
        if (!image.isEmpty()) {
            Error e = result.error();
            e.message += QLatin1Char('\n')
                         + tr("The disk image %1 has a file name that is not valid UTF-8, and QEMU cannot open such a file. "
                              "Rename it and point its overlay at the new name (qemu-img rebase -u), or merge it out of the chain while the virtual machine is off.")
                               .arg(FileName::display(image));
            return e;
        }
    }
    return result;
}

VoidResult DomainLifecycle::saveToFile(const QString &uuid, const QString &path)
{
    const QByteArray p = path.toUtf8();
    return m_session.withDomain(uuid, [&p](virDomainPtr dom) { return virDomainSave(dom, p.constData()); });
}

VoidResult DomainLifecycle::restoreFromFile(const QString &path)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    if (virDomainRestore(m_session.conn(), path.toUtf8().constData()) < 0) {
        const Error e = Session::takeError();
        m_session.checkAlive();
        return e;
    }
    loadAll(); // the restored domain may be transient and new to the list
    return {};
}

Result<DomainInfo> DomainLifecycle::saveFileDomain(const QString &path)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const Result<QString> xml = Session::text(virDomainSaveImageGetXMLDesc(m_session.conn(), path.toUtf8().constData(), 0));
    if (!xml)
        return xml.error();
    const Result<DomainDescription> desc = DomainDefinitions::parse(xml.value());
    if (!desc)
        return desc.error();
    DomainInfo info;
    info.name = desc.value().name;
    info.uuid = desc.value().uuid;
    info.title = desc.value().title;
    return info;
}

VoidResult DomainLifecycle::rename(const QString &uuid, const QString &newName)
{
    const QByteArray n = newName.toUtf8();
    return m_session.withDomain(uuid, [&n](virDomainPtr dom) { return virDomainRename(dom, n.constData(), 0); });
}

Result<QVector<StorageDeletion>> DomainLifecycle::deleteDomain(const QString &uuid, const QStringList &paths)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(uuid, dom))
        return *error;
    const bool persistent = virDomainIsPersistent(dom.get()) == 1;
    if (virDomainIsActive(dom.get()) == 1 && virDomainDestroy(dom.get()) < 0)
        return Session::takeError();
    if (persistent) {
        const unsigned int flags = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
                                   | VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA;
        if (virDomainUndefineFlags(dom.get(), flags) < 0) {
            const Error e = Session::takeError();
            if (e.code != VIR_ERR_NO_SUPPORT && e.code != VIR_ERR_INVALID_ARG)
                return e;
            if (virDomainUndefine(dom.get()) < 0)
                return Session::takeError();
        }
    }
    queueRefresh(uuid);
    return m_storage.deleteImages(paths);
}
