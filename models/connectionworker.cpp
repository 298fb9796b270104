#include "connectionworker_p.h"

#include "filename.h"
#include "hostdevxml.h"
#include "hostcommand.h"
#include "imageheader.h"
#include "offlinemerge.h"
#include "pciids.h"

#include "connectionuri.h"
#include "sshtunnel.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

#include <libvirt/virterror.h>

#include <cerrno>
#include <cstring>

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int kMaxBackoffMsec = 15000;
constexpr int kMaxChainDepth = 64;
constexpr int kCredentialWaitMsec = 5 * 60 * 1000;

int credentialTypes[] = {
    VIR_CRED_USERNAME, VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE, VIR_CRED_ECHOPROMPT,
    VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM,
};

int authCallback(virConnectCredentialPtr cred, unsigned int ncred, void *cbdata)
{
    return static_cast<ConnectionWorker *>(cbdata)->askCredentials(cred, ncred);
}

QString uuidOf(virDomainPtr dom)
{
    char buf[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(dom, buf) < 0)
        return {};
    return QString::fromLatin1(buf);
}

// Event callbacks run on libvirt's event thread: they only post to the worker.
int lifecycleEvent(virConnectPtr, virDomainPtr dom, int, int, void *opaque)
{
    auto *worker = static_cast<ConnectionWorker *>(opaque);
    const QString uuid = uuidOf(dom);
    QMetaObject::invokeMethod(worker, [worker, uuid] { worker->queueRefresh(uuid); }, Qt::QueuedConnection);
    return 0;
}

void genericEvent(virConnectPtr, virDomainPtr dom, void *opaque)
{
    lifecycleEvent(nullptr, dom, 0, 0, opaque);
}

void metadataEvent(virConnectPtr, virDomainPtr dom, int, const char *, void *opaque)
{
    lifecycleEvent(nullptr, dom, 0, 0, opaque);
}

void blockJobCallback(virConnectPtr, virDomainPtr dom, const char *disk, int type, int status, void *opaque)
{
    auto *worker = static_cast<ConnectionWorker *>(opaque);
    const QString uuid = uuidOf(dom);
    const QString target = QString::fromUtf8(disk);
    QMetaObject::invokeMethod(worker, [=] { worker->blockJobEvent(uuid, target, type, status); }, Qt::QueuedConnection);
}

void nodeDeviceEvent(virConnectPtr, virNodeDevicePtr, void *opaque)
{
    auto *worker = static_cast<ConnectionWorker *>(opaque);
    QMetaObject::invokeMethod(worker, &ConnectionWorker::hostDevicesChanged, Qt::QueuedConnection);
}

void nodeDeviceLifecycleEvent(virConnectPtr conn, virNodeDevicePtr dev, int, int, void *opaque)
{
    nodeDeviceEvent(conn, dev, opaque);
}

void closeEvent(virConnectPtr, int reason, void *opaque)
{
    auto *worker = static_cast<ConnectionWorker *>(opaque);
    QString why;
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_EOF: why = ConnectionWorker::tr("The host closed the connection."); break;
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE: why = ConnectionWorker::tr("The host stopped answering (keepalive timed out)."); break;
    case VIR_CONNECT_CLOSE_REASON_ERROR: why = ConnectionWorker::tr("The connection failed with an I/O error."); break;
    default: why = ConnectionWorker::tr("The connection was closed."); break;
    }
    QMetaObject::invokeMethod(worker, [worker, why] { worker->connectionLost(why); }, Qt::QueuedConnection);
}

CredentialField::Kind kindOf(int type)
{
    switch (type) {
    case VIR_CRED_USERNAME: return CredentialField::Kind::UserName;
    case VIR_CRED_AUTHNAME: return CredentialField::Kind::AuthName;
    case VIR_CRED_PASSPHRASE: return CredentialField::Kind::Passphrase;
    case VIR_CRED_ECHOPROMPT: return CredentialField::Kind::EchoPrompt;
    case VIR_CRED_NOECHOPROMPT: return CredentialField::Kind::NoEchoPrompt;
    case VIR_CRED_REALM: return CredentialField::Kind::Realm;
    default: return CredentialField::Kind::Other;
    }
}

// Whether a TCP connection to host:port opens within timeoutMs.
bool tcpReachable(const QString &host, int port, int timeoutMs)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    if (host.isEmpty() || ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found) != 0)
        return false;
    bool reached = false;
    for (addrinfo *ai = found; ai && !reached; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol);
        if (fd < 0)
            continue;
        if (::connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) {
            reached = true;
        } else if (errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            int error = 0;
            socklen_t length = sizeof error;
            reached = ::poll(&p, 1, timeoutMs) == 1 && ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0;
        }
        ::close(fd);
    }
    ::freeaddrinfo(found);
    return reached;
}

} // namespace

struct DomainHandle
{
    virDomainPtr ptr = nullptr;
    ~DomainHandle() { if (ptr) virDomainFree(ptr); }
};

namespace {

QString takeString(char *s)
{
    const QString result = QString::fromUtf8(s);
    free(s);
    return result;
}

} // namespace

ConnectionWorker::ConnectionWorker(const QString &uri, std::shared_ptr<CredentialExchange> credentials)
    : m_uri(uri)
    , m_local(ConnectionUri::isLocal(uri))
    , m_credentials(std::move(credentials))
    , m_reconnectTimer(new QTimer(this))
    , m_statsTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    // Events say when a job ends; only polling says how far it got.
    m_jobTimer = new QTimer(this);
    m_jobTimer->setInterval(500);
    connect(m_jobTimer, &QTimer::timeout, this, &ConnectionWorker::pollJobs);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (!m_wanted || m_conn)
            return;
        if (tryOpen()) {
            m_backoffMsec = 1000;
        } else {
            emit stateChanged(ConnectionState::Reconnecting, takeError().message);
            scheduleReconnect();
        }
    });
    m_statsTimer->setInterval(1000);
    connect(m_statsTimer, &QTimer::timeout, this, &ConnectionWorker::sampleStats);
    // Bursts of events (bulk start, a host with many guests) are read once each.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ConnectionWorker::flushRefresh);
    m_clock.start();
}

ConnectionWorker::~ConnectionWorker()
{
    close();
}

void ConnectionWorker::open()
{
    if (m_conn)
        return;
    m_wanted = true;
    emit stateChanged(ConnectionState::Connecting, {});
    if (!tryOpen())
        emit stateChanged(ConnectionState::Failed, takeError(tr("The connection could not be opened.")).message);
}

void ConnectionWorker::close()
{
    m_wanted = false;
    m_reconnectTimer->stop();
    if (!m_conn)
        return;
    tearDown();
    emit stateChanged(ConnectionState::Disconnected, {});
}

bool ConnectionWorker::tryOpen()
{
    virConnectAuth auth;
    auth.credtype = credentialTypes;
    auth.ncredtype = sizeof(credentialTypes) / sizeof(credentialTypes[0]);
    auth.cb = authCallback;
    auth.cbdata = this;
    m_conn = virConnectOpenAuth(m_uri.toUtf8().constData(), &auth, 0);
    if (!m_conn)
        return false;
    setUp();
    // Connected before the list arrives, so whoever reacts to the list can call at once.
    emit stateChanged(ConnectionState::Connected, {});
    loadAll();
    return true;
}

void ConnectionWorker::setUp()
{
    // 5 s interval, 3 missed answers: a silent host is noticed within ~20 s.
    // Drivers without keepalive (test, local qemu session) refuse; that is fine.
    if (virConnectSetKeepAlive(m_conn, 5, 3) < 0)
        virResetLastError();
    if (virConnectRegisterCloseCallback(m_conn, closeEvent, this, nullptr) < 0)
        virResetLastError();
    m_lifecycleCallback = virConnectDomainEventRegisterAny(
        m_conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(lifecycleEvent), this, nullptr);
    m_rebootCallback = virConnectDomainEventRegisterAny(
        m_conn, nullptr, VIR_DOMAIN_EVENT_ID_REBOOT, VIR_DOMAIN_EVENT_CALLBACK(genericEvent), this, nullptr);
    m_metadataCallback = virConnectDomainEventRegisterAny(
        m_conn, nullptr, VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(metadataEvent), this, nullptr);
    m_blockJobCallback = virConnectDomainEventRegisterAny(
        m_conn, nullptr, VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2, VIR_DOMAIN_EVENT_CALLBACK(blockJobCallback), this, nullptr);
    // Drivers without node-device events (older remote daemons) refuse; the
    // device lists then change on reload only.
    m_nodeDeviceCallback = virConnectNodeDeviceEventRegisterAny(
        m_conn, nullptr, VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE, VIR_NODE_DEVICE_EVENT_CALLBACK(nodeDeviceLifecycleEvent), this, nullptr);
    m_nodeDeviceUpdateCallback = virConnectNodeDeviceEventRegisterAny(
        m_conn, nullptr, VIR_NODE_DEVICE_EVENT_ID_UPDATE, VIR_NODE_DEVICE_EVENT_CALLBACK(nodeDeviceEvent), this, nullptr);
    virResetLastError();
    m_statsUnsupported = false;
    if (m_statsTimer->interval() > 0)
        m_statsTimer->start();
}

void ConnectionWorker::tearDown()
{
    m_statsTimer->stop();
    m_refreshTimer->stop();
    m_pendingRefresh.clear();
    m_jobTimer->stop();
    m_jobs.clear();
    for (int *id : {&m_lifecycleCallback, &m_rebootCallback, &m_metadataCallback, &m_blockJobCallback}) {
        if (*id >= 0)
            virConnectDomainEventDeregisterAny(m_conn, *id);
        *id = -1;
    }
    for (int *id : {&m_nodeDeviceCallback, &m_nodeDeviceUpdateCallback}) {
        if (*id >= 0)
            virConnectNodeDeviceEventDeregisterAny(m_conn, *id);
        *id = -1;
    }
    virConnectUnregisterCloseCallback(m_conn, closeEvent);
    virConnectClose(m_conn);
    virResetLastError();
    m_conn = nullptr;
    m_cpuSamples.clear();
    m_lastStats.clear();
}

void ConnectionWorker::connectionLost(const QString &why)
{
    if (!m_conn)
        return;
    tearDown();
    emit stateChanged(ConnectionState::Reconnecting, why);
    m_backoffMsec = 1000;
    scheduleReconnect();
}

void ConnectionWorker::scheduleReconnect()
{
    if (!m_wanted)
        return;
    m_reconnectTimer->start(m_backoffMsec);
    m_backoffMsec = qMin(m_backoffMsec * 2, kMaxBackoffMsec);
}

void ConnectionWorker::checkAlive()
{
    if (m_conn && virConnectIsAlive(m_conn) == 0)
        connectionLost(tr("The connection to the host was lost."));
}

void ConnectionWorker::setStatsInterval(int msec)
{
    m_statsTimer->setInterval(qMax(msec, 0));
    if (msec <= 0)
        m_statsTimer->stop();
    else if (m_conn)
        m_statsTimer->start();
}

int ConnectionWorker::askCredentials(virConnectCredentialPtr cred, unsigned int ncred)
{
    QVector<CredentialField> fields;
    for (unsigned int i = 0; i < ncred; ++i) {
        CredentialField f;
        f.kind = kindOf(cred[i].type);
        f.prompt = QString::fromUtf8(cred[i].prompt);
        f.challenge = QString::fromUtf8(cred[i].challenge);
        f.defaultValue = QString::fromUtf8(cred[i].defresult);
        fields.append(f);
    }
    QStringList answers;
    {
        QMutexLocker lock(&m_credentials->mutex);
        m_credentials->pending = true;
        m_credentials->cancelled = false;
        m_credentials->answers.clear();
        emit credentialsRequested(fields);
        QDeadlineTimer deadline(kCredentialWaitMsec);
        while (m_credentials->pending && !m_credentials->cancelled) {
            if (!m_credentials->answered.wait(&m_credentials->mutex, deadline))
                break;
        }
        const bool ok = !m_credentials->pending && !m_credentials->cancelled;
        m_credentials->pending = false;
        answers.swap(m_credentials->answers);
        if (!ok)
            return -1;
    }
    for (unsigned int i = 0; i < ncred; ++i) {
        QByteArray value = i < unsigned(answers.size()) ? answers.at(i).toUtf8() : QByteArray();
        if (value.isEmpty() && cred[i].defresult)
            value = QByteArray(cred[i].defresult);
        cred[i].result = strdup(value.constData());
        cred[i].resultlen = unsigned(value.size());
        value.fill('\0');
    }
    for (QString &a : answers)
        a.fill(QLatin1Char('\0'));
    return 0;
}

Error ConnectionWorker::takeError(const QString &fallback)
{
    const virErrorPtr err = virGetLastError();
    Error e;
    if (err && err->message) {
        e.code = err->code;
        e.message = QString::fromUtf8(err->message);
    } else {
        e.message = fallback.isEmpty() ? tr("Unknown libvirt error.") : fallback;
    }
    virResetLastError();
    return e;
}

std::optional<Error> ConnectionWorker::lookup(const QString &uuid, DomainHandle &dom)
{
    if (!m_conn)
        return notConnected();
    dom.ptr = virDomainLookupByUUIDString(m_conn, uuid.toLatin1().constData());
    if (!dom.ptr)
        return takeError();
    return std::nullopt;
}

Error ConnectionWorker::notConnected() const
{
    return Error{VIR_ERR_NO_CONNECT, tr("Not connected to %1.").arg(m_uri)};
}

DomainInfo ConnectionWorker::readInfo(virDomainPtr dom)
{
    DomainInfo d;
    d.uuid = uuidOf(dom);
    d.name = QString::fromUtf8(virDomainGetName(dom));
    virDomainInfo info;
    if (virDomainGetInfo(dom, &info) == 0) {
        d.state = DomainState(info.state);
        d.vcpus = info.nrVirtCpu;
        d.memoryKiB = info.memory;
        d.maxMemoryKiB = info.maxMem;
    }
    int state = 0, reason = 0;
    if (virDomainGetState(dom, &state, &reason, 0) == 0) {
        d.state = DomainState(state);
        d.stateReason = reason;
    }
    int autostart = 0;
    if (virDomainGetAutostart(dom, &autostart) == 0)
        d.autostart = autostart != 0;
    d.persistent = virDomainIsPersistent(dom) == 1;
    d.hasManagedSave = d.persistent && virDomainHasManagedSaveImage(dom, 0) == 1;
    if (char *title = virDomainGetMetadata(dom, VIR_DOMAIN_METADATA_TITLE, nullptr, 0))
        d.title = takeString(title);
    virResetLastError(); // a missing title is an error to libvirt, not to us
    m_vcpus.insert(d.uuid, d.vcpus);
    if (!isActive(d.state)) {
        m_cpuSamples.remove(d.uuid);
        m_lastStats.remove(d.uuid);
    } else if (auto it = m_lastStats.constFind(d.uuid); it != m_lastStats.constEnd()) {
        d.cpuPercent = it->cpuPercent;
        if (it->memoryKiB)
            d.memoryKiB = it->memoryKiB;
    }
    return d;
}

void ConnectionWorker::loadAll()
{
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(m_conn, &doms, 0);
    QVector<DomainInfo> list;
    if (n < 0) {
        virResetLastError();
    } else {
        list.reserve(n);
        for (int i = 0; i < n; ++i) {
            list.append(readInfo(doms[i]));
            virDomainFree(doms[i]);
        }
        free(doms);
    }
    emit domainsLoaded(list);
}

void ConnectionWorker::queueRefresh(const QString &uuid)
{
    if (uuid.isEmpty() || !m_conn)
        return;
    m_pendingRefresh.insert(uuid);
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void ConnectionWorker::flushRefresh()
{
    const QSet<QString> pending = std::exchange(m_pendingRefresh, {});
    for (const QString &uuid : pending) {
        if (!m_conn)
            return;
        DomainHandle dom{virDomainLookupByUUIDString(m_conn, uuid.toLatin1().constData())};
        if (!dom.ptr) {
            const Error e = takeError();
            if (e.code == VIR_ERR_NO_DOMAIN) {
                m_vcpus.remove(uuid);
                m_cpuSamples.remove(uuid);
                m_lastStats.remove(uuid);
                emit domainRemoved(uuid);
            } else {
                checkAlive();
            }
            continue;
        }
        emit domainUpdated(readInfo(dom.ptr));
    }
}

void ConnectionWorker::sampleStats()
{
    if (!m_conn || m_statsUnsupported)
        return;
    virDomainStatsRecordPtr *records = nullptr;
    const unsigned int groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL | VIR_DOMAIN_STATS_BALLOON;
    const int n = virConnectGetAllDomainStats(m_conn, groups, &records, VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE);
    if (n < 0) {
        const Error e = takeError();
        if (e.code == VIR_ERR_NO_SUPPORT)
            m_statsUnsupported = true;
        checkAlive();
        return;
    }
    const qint64 now = m_clock.nsecsElapsed();
    QVector<DomainStats> changed;
    for (int i = 0; i < n; ++i) {
        const virDomainStatsRecordPtr r = records[i];
        DomainStats s;
        s.uuid = uuidOf(r->dom);
        unsigned long long cpuNs = 0;
        bool haveCpu = virTypedParamsGetULLong(r->params, r->nparams, "cpu.time", &cpuNs) == 1;
        if (!haveCpu) {
            // Drivers without the cpu-total group (the test driver) still report it here.
            virDomainInfo info;
            haveCpu = virDomainGetInfo(r->dom, &info) == 0;
            cpuNs = info.cpuTime;
        }
        if (haveCpu) {
            const CpuSample prev = m_cpuSamples.value(s.uuid);
            const int vcpus = qMax(1, m_vcpus.value(s.uuid, 1));
            if (prev.wallNs > 0 && now > prev.wallNs && cpuNs >= prev.cpuNs)
                s.cpuPercent = qBound(0.0, 100.0 * double(cpuNs - prev.cpuNs) / double(now - prev.wallNs) / vcpus, 100.0);
            m_cpuSamples.insert(s.uuid, {cpuNs, now});
        }
        unsigned long long balloon = 0;
        if (virTypedParamsGetULLong(r->params, r->nparams, "balloon.current", &balloon) == 1)
            s.memoryKiB = balloon;
        const auto last = m_lastStats.constFind(s.uuid);
        const bool same = last != m_lastStats.constEnd() && last->memoryKiB == s.memoryKiB
                          && qAbs(last->cpuPercent - s.cpuPercent) < 0.05;
        if (!same) {
            m_lastStats.insert(s.uuid, s);
            changed.append(s);
        }
    }
    virDomainStatsRecordListFree(records);
    virResetLastError();
    if (!changed.isEmpty())
        emit statsSampled(changed);
}

template<typename F>
VoidResult ConnectionWorker::withDomain(const QString &uuid, F &&fn)
{
    if (!m_conn)
        return notConnected();
    DomainHandle dom{virDomainLookupByUUIDString(m_conn, uuid.toLatin1().constData())};
    if (!dom.ptr) {
        const Error e = takeError();
        checkAlive();
        return e;
    }
    const int rc = fn(dom.ptr);
    VoidResult result;
    if (rc < 0) {
        result = takeError();
        checkAlive();
    }
    queueRefresh(uuid); // not every driver sends an event for every change
    return result;
}

VoidResult ConnectionWorker::perform(const QString &uuid, DomainAction action)
{
    VoidResult result = withDomain(uuid, [action](virDomainPtr dom) {
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
    if (!result && action == DomainAction::Start && result.error().code == VIR_ERR_INTERNAL_ERROR && m_local) {
        const QString image = imageQemuCannotOpen(uuid);
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

// The first image in the domain's chains whose file name is not UTF-8; empty when none.
QString ConnectionWorker::imageQemuCannotOpen(const QString &uuid)
{
    DomainHandle dom;
    if (lookup(uuid, dom))
        return {};
    char *xml = virDomainGetXMLDesc(dom.ptr, VIR_DOMAIN_XML_INACTIVE);
    DomainDescription desc;
    if (xml && parseDomainXml(takeString(xml), &desc)) {
        for (const DiskDescription &disk : std::as_const(desc.disks)) {
            for (const DiskImage &img : chainOf(disk)) {
                if (!FileName::isText(img.path))
                    return img.path;
            }
        }
    }
    virResetLastError();
    return {};
}

VoidResult ConnectionWorker::saveToFile(const QString &uuid, const QString &path)
{
    const QByteArray p = path.toUtf8();
    return withDomain(uuid, [&p](virDomainPtr dom) { return virDomainSave(dom, p.constData()); });
}

VoidResult ConnectionWorker::restoreFromFile(const QString &path)
{
    if (!m_conn)
        return notConnected();
    if (virDomainRestore(m_conn, path.toUtf8().constData()) < 0) {
        const Error e = takeError();
        checkAlive();
        return e;
    }
    loadAll(); // the restored domain may be transient and new to the list
    return {};
}

Result<DomainInfo> ConnectionWorker::saveFileDomain(const QString &path)
{
    if (!m_conn)
        return notConnected();
    char *xml = virDomainSaveImageGetXMLDesc(m_conn, path.toUtf8().constData(), 0);
    if (!xml)
        return takeError();
    DomainDescription desc;
    QString parseError;
    if (!parseDomainXml(takeString(xml), &desc, &parseError))
        return Error{0, parseError};
    DomainInfo info;
    info.name = desc.name;
    info.uuid = desc.uuid;
    info.title = desc.title;
    return info;
}

VoidResult ConnectionWorker::rename(const QString &uuid, const QString &newName)
{
    const QByteArray n = newName.toUtf8();
    return withDomain(uuid, [&n](virDomainPtr dom) { return virDomainRename(dom, n.constData(), 0); });
}

Result<QString> ConnectionWorker::domainXml(const QString &uuid, bool inactive)
{
    QString xml;
    const VoidResult r = withDomain(uuid, [&](virDomainPtr dom) {
        char *s = virDomainGetXMLDesc(dom, inactive ? VIR_DOMAIN_XML_INACTIVE : 0);
        if (!s)
            return -1;
        xml = takeString(s);
        return 0;
    });
    if (!r)
        return r.error();
    return xml;
}

Result<QString> ConnectionWorker::defineXml(const QString &xml)
{
    if (!m_conn)
        return notConnected();
    DomainHandle dom{virDomainDefineXML(m_conn, xml.toUtf8().constData())};
    if (!dom.ptr)
        return takeError();
    const QString uuid = uuidOf(dom.ptr);
    queueRefresh(uuid);
    return uuid;
}

VoidResult ConnectionWorker::updateDefinition(const QString &uuid, const Connection::DefinitionEdit &edit)
{
    const Result<QString> xml = domainXml(uuid, true);
    if (!xml)
        return xml.error();
    const Result<QString> edited = edit(xml.value());
    if (!edited)
        return edited.error();
    const Result<QString> defined = defineXml(edited.value());
    if (!defined)
        return defined.error();
    return {};
}

QString ConnectionWorker::volumeBackingPath(const QString &path, bool *found)
{
    virStorageVolPtr vol = virStorageVolLookupByPath(m_conn, FileName::toNative(path).constData());
    if (!vol) {
        virResetLastError();
        *found = false;
        return {};
    }
    *found = true;
    QString backing;
    if (char *xml = virStorageVolGetXMLDesc(vol, 0))
        backing = parseVolumeBackingPath(takeString(xml));
    virStorageVolFree(vol);
    virResetLastError();
    return backing;
}

QVector<DiskImage> ConnectionWorker::chainOf(const DiskDescription &disk)
{
    QString top = disk.source;
    if (disk.sourceType == QLatin1String("volume") && !disk.pool.isEmpty()) {
        top.clear();
        if (virStoragePoolPtr pool = virStoragePoolLookupByName(m_conn, disk.pool.toUtf8().constData())) {
            if (virStorageVolPtr vol = virStorageVolLookupByName(pool, disk.volume.toUtf8().constData())) {
                if (char *p = virStorageVolGetPath(vol))
                    top = takeString(p);
                virStorageVolFree(vol);
            }
            virStoragePoolFree(pool);
        }
        virResetLastError();
    }
    if (top.isEmpty() || disk.sourceType == QLatin1String("network"))
        return {};
    QVector<DiskImage> chain{{top, disk.format, {}}};
    if (!disk.backingChain.isEmpty())
        return chain + disk.backingChain; // a running domain's XML has it all
    // A local image's headers name its backing files as exact bytes; qemu-img's
    // JSON and libvirt's volume XML lose those that are not UTF-8.
    struct stat st {};
    if (m_local && disk.sourceType != QLatin1String("block") && ::stat(FileName::toNative(top).constData(), &st) == 0
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
    if (!inPools && m_local && FileName::isText(current) && QFileInfo::exists(current)) {
        QProcess qemuImg;
        qemuImg.start(QStringLiteral("qemu-img"),
                      {QStringLiteral("info"), QStringLiteral("--backing-chain"), QStringLiteral("--output=json"),
                       QStringLiteral("-U"), current});
        if (qemuImg.waitForFinished(30000) && qemuImg.exitCode() == 0) {
            const QVector<DiskImage> rest = parseQemuImgChain(qemuImg.readAllStandardOutput());
            if (!rest.isEmpty() && chain.last().format.isEmpty())
                chain.last().format = rest.first().format;
            for (int i = 1; i < rest.size(); ++i)
                chain.append(rest.at(i));
        }
    }
    return chain;
}

Result<QVector<DiskStorage>> ConnectionWorker::storageOf(const QString &uuid)
{
    const Result<QString> xml = domainXml(uuid, false);
    if (!xml)
        return xml.error();
    DomainDescription desc;
    QString parseError;
    if (!parseDomainXml(xml.value(), &desc, &parseError))
        return Error{0, parseError};

    QVector<DiskStorage> result;
    QSet<QString> mine;
    for (const DiskDescription &disk : std::as_const(desc.disks)) {
        DiskStorage s{disk.target, disk.device, chainOf(disk)};
        if (s.chain.isEmpty())
            continue;
        for (const DiskImage &img : std::as_const(s.chain))
            mine.insert(img.path);
        result.append(s);
    }

    // Which other domains use any of these images (a shared base image, an ISO)?
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(m_conn, &doms, 0);
    QHash<QString, QStringList> users;
    for (int i = 0; i < n; ++i) {
        if (uuidOf(doms[i]) != uuid) {
            if (char *s = virDomainGetXMLDesc(doms[i], 0)) {
                DomainDescription other;
                if (parseDomainXml(takeString(s), &other)) {
                    for (const DiskDescription &disk : std::as_const(other.disks)) {
                        const QVector<DiskImage> chain = chainOf(disk);
                        for (const DiskImage &img : chain) {
                            if (mine.contains(img.path) && !users[img.path].contains(other.name))
                                users[img.path].append(other.name);
                        }
                    }
                }
            }
        }
        virDomainFree(doms[i]);
    }
    free(doms);
    virResetLastError();
    for (DiskStorage &s : result) {
        for (DiskImage &img : s.chain)
            img.usedBy = users.value(img.path);
    }
    return result;
}

Result<QVector<StorageDeletion>> ConnectionWorker::deleteDomain(const QString &uuid, const QStringList &paths)
{
    DomainHandle dom;
    if (const auto error = lookup(uuid, dom))
        return *error;
    const bool persistent = virDomainIsPersistent(dom.ptr) == 1;
    if (virDomainIsActive(dom.ptr) == 1 && virDomainDestroy(dom.ptr) < 0)
        return takeError();
    if (persistent) {
        const unsigned int flags = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
                                   | VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA;
        if (virDomainUndefineFlags(dom.ptr, flags) < 0) {
            const Error e = takeError();
            if (e.code != VIR_ERR_NO_SUPPORT && e.code != VIR_ERR_INVALID_ARG)
                return e;
            if (virDomainUndefine(dom.ptr) < 0)
                return takeError();
        }
    }
    queueRefresh(uuid);

    QVector<StorageDeletion> report;
    for (const QString &path : paths) {
        StorageDeletion d{path, false, {}};
        const QByteArray native = FileName::toNative(path); // the file's own bytes, also when not UTF-8
        if (virStorageVolPtr vol = virStorageVolLookupByPath(m_conn, native.constData())) {
            d.deleted = virStorageVolDelete(vol, 0) == 0;
            if (!d.deleted)
                d.error = takeError().message;
            virStorageVolFree(vol);
        } else if (m_local) {
            virResetLastError();
            struct stat st {};
            if (::lstat(native.constData(), &st) != 0)
                d.error = tr("The file does not exist.");
            else if (!(d.deleted = ::unlink(native.constData()) == 0))
                d.error = qt_error_string(errno);
        } else {
            virResetLastError();
            d.error = tr("The image is not in a libvirt storage pool on the remote host, so it cannot be deleted from here. Remove it on the host.");
        }
        report.append(d);
    }
    return report;
}

Result<HostInfo> ConnectionWorker::hostInfo()
{
    if (!m_conn)
        return notConnected();
    HostInfo h;
    h.uri = m_uri;
    if (char *name = virConnectGetHostname(m_conn))
        h.hostname = takeString(name);
    if (const char *type = virConnectGetType(m_conn))
        h.hypervisor = QString::fromUtf8(type);
    unsigned long v = 0;
    if (virConnectGetVersion(m_conn, &v) == 0)
        h.hypervisorVersion = v;
    if (virConnectGetLibVersion(m_conn, &v) == 0)
        h.libvirtVersion = v;
    virNodeInfo node;
    if (virNodeGetInfo(m_conn, &node) == 0) {
        h.cpuModel = QString::fromUtf8(node.model);
        h.cpus = int(node.cpus);
        h.mhz = int(node.mhz);
        h.sockets = int(node.sockets * node.nodes);
        h.cores = int(node.cores);
        h.threads = int(node.threads);
        h.memoryKiB = node.memory;
    }
    h.freeMemoryKiB = virNodeGetFreeMemory(m_conn) / 1024;
    h.domainCount = virConnectNumOfDomains(m_conn) + virConnectNumOfDefinedDomains(m_conn);
    h.activeDomainCount = virConnectNumOfDomains(m_conn);
    virResetLastError();
    return h;
}

Result<ConsoleEndpoint> ConnectionWorker::openConsole(const QString &uuid)
{
    DomainHandle dom;
    if (const auto error = lookup(uuid, dom))
        return *error;
    if (virDomainIsActive(dom.ptr) != 1)
        return Error{VIR_ERR_OPERATION_INVALID, tr("The virtual machine is not running.")};
    // The secure flag shows the VNC password; read-only or unprivileged clients may not use it.
    char *xml = virDomainGetXMLDesc(dom.ptr, VIR_DOMAIN_XML_SECURE);
    if (!xml) {
        virResetLastError();
        xml = virDomainGetXMLDesc(dom.ptr, 0);
    }
    if (!xml)
        return takeError();
    DomainDescription desc;
    parseDomainXml(takeString(xml), &desc);
    int vncIndex = -1;
    bool spice = false;
    for (int i = 0; i < desc.graphics.size(); ++i) {
        if (desc.graphics.at(i).type == QLatin1String("vnc") && vncIndex < 0)
            vncIndex = i;
        spice |= desc.graphics.at(i).type == QLatin1String("spice");
    }
    if (vncIndex < 0) {
        return Error{VIR_ERR_NO_SUPPORT, spice ? tr("This virtual machine has only a SPICE display; QVirt's console speaks VNC. Add a VNC display or use remote-viewer.")
                                               : tr("This virtual machine has no graphical display.")};
    }
    const GraphicsDescription &g = desc.graphics.at(vncIndex);
    ConsoleEndpoint ep;
    ep.password = g.password;
    ep.passwordRequired = g.hasPassword;
    if (m_local) {
        // Works with listen type='none' too, and needs no port or password.
        const int fd = virDomainOpenGraphicsFD(dom.ptr, unsigned(vncIndex), VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH);
        if (fd >= 0) {
            ep.fd = fd;
            ep.passwordRequired = false;
            return ep;
        }
        virResetLastError();
    }
    if (g.port <= 0)
        return Error{VIR_ERR_NO_SUPPORT, tr("The VNC display has no TCP port and libvirt could not hand over its socket.")};
    const QString listen = g.listen;
    const bool wildcard = listen.isEmpty() || listen == QLatin1String("0.0.0.0") || listen == QLatin1String("::");
    const bool loopback = listen.startsWith(QLatin1String("127.")) || listen == QLatin1String("::1") || listen == QLatin1String("localhost");
    const QString remoteHost = wildcard ? QUrl(m_uri).host() : listen;
    // On an SSH host, a display this machine can reach is connected to
    // straight, as virt-manager does, so SSH's encryption costs no frame. A
    // host that did not answer once is not tried again by this connection.
    auto reachable = [&] {
        if (loopback || m_unreachableDisplayHosts.contains(remoteHost))
            return false;
        if (tcpReachable(remoteHost, g.port, 1500))
            return true;
        m_unreachableDisplayHosts.insert(remoteHost);
        return false;
    };
    if (!m_local && QUrl(m_uri).scheme().endsWith(QLatin1String("+ssh")) && !reachable()) {
        // Through the host's one shared SSH connection; works whatever the listen address.
        const QString target = wildcard || loopback ? QStringLiteral("127.0.0.1") : listen;
        const Result<int> fd = SshTunnel::openChannel(SshTunnel::fromUri(m_uri), target, g.port);
        if (!fd)
            return Error{0, tr("The SSH tunnel to the display could not start: %1").arg(fd.error().message)};
        ep.fd = fd.value();
        ep.localLink = false;
        return ep;
    }
    if (!m_local && loopback)
        return Error{VIR_ERR_NO_SUPPORT, tr("The VNC display listens only on the remote host's loopback address and this connection does not use SSH. Connect with qemu+ssh:// or make the display listen on a reachable address.")};
    ep.host = m_local ? (wildcard ? QStringLiteral("127.0.0.1") : listen) : remoteHost;
    ep.port = g.port;
    ep.localLink = m_local || ep.host.startsWith(QLatin1String("127.")) || ep.host == QLatin1String("localhost");
    return ep;
}

void ConnectionWorker::fillSizes(QVector<DiskImage> *chain)
{
    if (!m_local)
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
        const HostCommand::Outcome o = HostCommand::run({QByteArrayLiteral("qemu-img"), QByteArrayLiteral("info"),
                                                         QByteArrayLiteral("--output=json"), QByteArrayLiteral("-U"), path},
                                                        30000);
        if (o.exitCode != 0)
            continue;
        const QVector<DiskImage> measured = parseQemuImgChain(o.output);
        if (measured.isEmpty())
            continue;
        img.virtualSize = measured.first().virtualSize;
        img.actualSize = measured.first().actualSize;
        if (img.format.isEmpty())
            img.format = measured.first().format;
    }
}

Result<SnapshotState> ConnectionWorker::snapshots(const QString &uuid)
{
    DomainHandle dom;
    if (const auto error = lookup(uuid, dom))
        return *error;
    SnapshotState state;
    virDomainSnapshotPtr *snaps = nullptr;
    const int n = virDomainListAllSnapshots(dom.ptr, &snaps, 0);
    if (n < 0)
        return takeError();
    for (int i = 0; i < n; ++i) {
        if (char *xml = virDomainSnapshotGetXMLDesc(snaps[i], 0)) {
            SnapshotInfo info;
            if (parseSnapshotXml(takeString(xml), &info)) {
                info.current = virDomainSnapshotIsCurrent(snaps[i], 0) == 1;
                state.snapshots.append(info);
            }
        }
        virDomainSnapshotFree(snaps[i]);
    }
    free(snaps);
    virResetLastError();

    if (char *xml = virDomainGetXMLDesc(dom.ptr, 0)) {
        DomainDescription desc;
        if (parseDomainXml(takeString(xml), &desc)) {
            for (const DiskDescription &disk : std::as_const(desc.disks)) {
                if (disk.device != QLatin1String("disk"))
                    continue;
                DiskStorage s{disk.target, disk.device, chainOf(disk)};
                fillSizes(&s.chain);
                state.disks.append(s);
            }
        }
    }
    virResetLastError();
    return state;
}

VoidResult ConnectionWorker::createSnapshot(const QString &uuid, const SnapshotRequest &request)
{
    DomainHandle dom;
    if (const auto error = lookup(uuid, dom))
        return *error;
    DomainDescription desc;
    if (char *xml = virDomainGetXMLDesc(dom.ptr, 0))
        parseDomainXml(takeString(xml), &desc);
    const bool internal = request.kind == SnapshotRequest::Kind::Internal;
    if (internal) {
        for (const DiskDescription &disk : std::as_const(desc.disks)) {
            // Known formats only: where the XML names none, libvirt decides.
            if (disk.device == QLatin1String("disk") && !disk.source.isEmpty() && !disk.format.isEmpty()
                && disk.format != QLatin1String("qcow2"))
                return Error{VIR_ERR_CONFIG_UNSUPPORTED,
                             tr("An internal snapshot lives inside qcow2 images, and disk %1 is %2. Take an external snapshot instead.")
                                 .arg(disk.target, disk.format)};
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
    const bool running = virDomainIsActive(dom.ptr) == 1;
    virDomainSnapshotPtr snap = nullptr;
    if (running && (flags & VIR_DOMAIN_SNAPSHOT_CREATE_DISK_ONLY)) {
        // Consistent file systems when a guest agent answers; without one, as is.
        snap = virDomainSnapshotCreateXML(dom.ptr, bytes.constData(), flags | VIR_DOMAIN_SNAPSHOT_CREATE_QUIESCE);
        if (!snap)
            virResetLastError();
    }
    if (!snap)
        snap = virDomainSnapshotCreateXML(dom.ptr, bytes.constData(), flags);
    queueRefresh(uuid);
    if (!snap) {
        Error e = takeError();
        if (e.message.contains(QLatin1String("live disk snapshot not supported")))
            e.message += QLatin1Char('\n') + tr("This QEMU build cannot take live external snapshots. Shut the virtual machine off and take the snapshot then, or install a QEMU with live snapshot support (qemu-kvm-ev on CentOS 7).");
        else if (e.message.contains(QLatin1String("pflash"), Qt::CaseInsensitive) || e.message.contains(QLatin1String("nvram"), Qt::CaseInsensitive))
            e.message += QLatin1Char('\n') + tr("UEFI firmware keeps its variables outside the disk images, so libvirt cannot take an internal snapshot of this running virtual machine. Take an external snapshot instead.");
        return e;
    }
    virDomainSnapshotFree(snap);
    return {};
}

std::optional<Error> ConnectionWorker::lookupSnapshot(const QString &uuid, const QString &name, DomainHandle &dom,
                                                      virDomainSnapshotPtr *snap)
{
    if (const auto error = lookup(uuid, dom))
        return error;
    *snap = virDomainSnapshotLookupByName(dom.ptr, name.toUtf8().constData(), 0);
    if (!*snap)
        return takeError();
    return std::nullopt;
}

// The end of a call on a snapshot: the list follows, and when libvirt refused
// because the snapshot is external, explainExternal follows its message.
VoidResult ConnectionWorker::snapshotCallResult(const QString &uuid, int rc, const QString &explainExternal)
{
    queueRefresh(uuid);
    if (rc == 0)
        return {};
    Error e = takeError();
    if (e.message.contains(QLatin1String("external")))
        e.message += QLatin1Char('\n') + explainExternal;
    return e;
}

VoidResult ConnectionWorker::revertToSnapshot(const QString &uuid, const QString &name)
{
    DomainHandle dom;
    virDomainSnapshotPtr snap = nullptr;
    if (const auto error = lookupSnapshot(uuid, name, dom, &snap))
        return *error;
    SnapshotInfo info;
    QString snapXml;
    if (char *x = virDomainSnapshotGetXMLDesc(snap, VIR_DOMAIN_SNAPSHOT_XML_SECURE)) {
        snapXml = takeString(x);
        parseSnapshotXml(snapXml, &info);
    }
    virResetLastError();
    unsigned long libvirtVersion = 0;
    virConnectGetLibVersion(m_conn, &libvirtVersion);
    // libvirt reverts external snapshots itself from 9.9 on.
    if (!info.isExternal() || libvirtVersion >= 9009000) {
        const int rc = virDomainRevertToSnapshot(snap, 0);
        virDomainSnapshotFree(snap);
        return snapshotCallResult(uuid, rc, tr("libvirt could not revert to this external snapshot. Nothing was changed."));
    }
    virDomainSnapshotFree(snap);
    return revertExternal(dom.ptr, uuid, info, snapXml);
}

// What libvirt 9.0 cannot do: a fresh overlay on the image each disk had when
// the snapshot was taken, the domain redefined onto it. The abandoned overlays
// stay on disk as a side branch; nothing is deleted.
VoidResult ConnectionWorker::revertExternal(virDomainPtr dom, const QString &uuid, const SnapshotInfo &info, const QString &snapXml)
{
    if (virDomainIsActive(dom) == 1)
        return Error{VIR_ERR_OPERATION_INVALID, tr("Shut the virtual machine off first: reverting to an external snapshot replaces its disks.")};
    if (!m_local)
        return Error{VIR_ERR_NO_SUPPORT, tr("QVirt reverts external snapshots only on local hosts, where it can create the new overlay files.")};
    char *x = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    if (!x)
        return takeError();
    QString domainXml = takeString(x);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QStringList created;
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
        const HostCommand::Outcome create = HostCommand::run(
            {QByteArrayLiteral("qemu-img"), QByteArrayLiteral("create"), QByteArrayLiteral("-q"), QByteArrayLiteral("-f"),
             QByteArrayLiteral("qcow2"), QByteArrayLiteral("-F"), below.format.isEmpty() ? QByteArrayLiteral("qcow2") : below.format.toLatin1(),
             QByteArrayLiteral("-b"), FileName::toNative(below.path), overlay.toUtf8()},
            60000);
        if (create.exitCode != 0) {
            undo();
            return Error{0, tr("The new overlay %1 could not be created: %2. Nothing was changed.")
                                .arg(overlay, FileName::display(FileName::fromNative(create.errors.trimmed())))};
        }
        created << overlay;
        // Point the disk with this target at the new overlay.
        static const QRegularExpression diskRe(QStringLiteral("<disk\\b[^>]*>.*?</disk>"), QRegularExpression::DotMatchesEverythingOption);
        bool replaced = false;
        QString rebuilt;
        qsizetype last = 0;
        for (auto it = diskRe.globalMatch(domainXml); it.hasNext();) {
            const auto m = it.next();
            QString block = m.captured(0);
            if (!replaced && block.contains(QRegularExpression(QStringLiteral("<target\\s+dev=['\"]%1['\"]").arg(QRegularExpression::escape(d.name))))) {
                block.replace(QRegularExpression(QStringLiteral("(<source\\b[^>]*\\bfile=)(['\"])[^'\"]*\\2")),
                              QStringLiteral("\\1'%1'").arg(overlay.toHtmlEscaped()));
                block.replace(QRegularExpression(QStringLiteral("(<driver\\b[^>]*\\btype=)(['\"])[^'\"]*\\2")), QStringLiteral("\\1'qcow2'"));
                block.remove(QRegularExpression(QStringLiteral("<backingStore\\b.*</backingStore>|<backingStore\\s*/>"), QRegularExpression::DotMatchesEverythingOption));
                replaced = true;
            }
            rebuilt += domainXml.mid(last, m.capturedStart(0) - last) + block;
            last = m.capturedEnd(0);
        }
        rebuilt += domainXml.mid(last);
        if (!replaced) {
            undo();
            return Error{0, tr("Disk %1 of the snapshot is no longer in the virtual machine. Nothing was changed.").arg(d.name)};
        }
        domainXml = rebuilt;
    }
    virDomainPtr redefined = virDomainDefineXML(m_conn, domainXml.toUtf8().constData());
    if (!redefined) {
        const Error e = takeError();
        undo();
        return e;
    }
    virDomainFree(redefined);
    // Keep the snapshot metadata true: this snapshot is now the current one.
    if (virDomainSnapshotPtr s = virDomainSnapshotCreateXML(dom, snapXml.toUtf8().constData(),
                                                            VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE | VIR_DOMAIN_SNAPSHOT_CREATE_CURRENT))
        virDomainSnapshotFree(s);
    virResetLastError();
    queueRefresh(uuid);
    // A live checkpoint: its memory image resumes the guest on the new overlays.
    if (info.memory == SnapshotInfo::Location::External && QFileInfo::exists(info.memoryFile)) {
        if (virDomainRestoreFlags(m_conn, info.memoryFile.toUtf8().constData(), domainXml.toUtf8().constData(), 0) < 0) {
            Error e = takeError();
            e.message = tr("The disks were reverted, but the memory state in %1 could not be restored: %2. The virtual machine is off; start it to boot from the reverted disks.")
                            .arg(info.memoryFile, e.message);
            return e;
        }
    }
    return {};
}

VoidResult ConnectionWorker::deleteSnapshot(const QString &uuid, const QString &name)
{
    DomainHandle dom;
    virDomainSnapshotPtr snap = nullptr;
    if (const auto error = lookupSnapshot(uuid, name, dom, &snap))
        return *error;
    const int rc = virDomainSnapshotDelete(snap, 0);
    virDomainSnapshotFree(snap);
    return snapshotCallResult(uuid, rc, tr("An external snapshot's overlay holds data written since; it goes away only by merging it into its backing file (block commit), and libvirt could not do that here. Nothing was changed."));
}

static BlockJob::Type jobType(int type)
{
    switch (type) {
    case VIR_DOMAIN_BLOCK_JOB_TYPE_PULL: return BlockJob::Type::Pull;
    case VIR_DOMAIN_BLOCK_JOB_TYPE_COMMIT: return BlockJob::Type::Commit;
    case VIR_DOMAIN_BLOCK_JOB_TYPE_ACTIVE_COMMIT: return BlockJob::Type::ActiveCommit;
    default: return BlockJob::Type::Other;
    }
}

VoidResult ConnectionWorker::startJob(const QString &uuid, const QString &disk, BlockJob::Type type, bool pivot,
                                      const std::function<int(virDomainPtr)> &start)
{
    DomainHandle dom;
    if (const auto error = lookup(uuid, dom))
        return *error;
    if (virDomainIsActive(dom.ptr) != 1)
        return Error{VIR_ERR_OPERATION_INVALID,
                     tr("Merging images needs the virtual machine running: QEMU does the work. Start it first.")};
    if (start(dom.ptr) < 0) {
        Error e = takeError();
        if (e.message.contains(QLatin1String("No space"), Qt::CaseInsensitive))
            e.message += QLatin1Char('\n') + tr("The host's disk is full. Free space there, then merge again; every image is still valid.");
        return e;
    }
    m_jobs.insert({uuid, disk}, Job{type, pivot});
    m_jobTimer->start();
    emit blockJobChanged(BlockJob{uuid, disk, type, BlockJob::Status::Running, 0, 0});
    return {};
}

// The chain of a disk of a shut-off local domain that holds a file name QEMU
// cannot be given (not UTF-8, see offlinemerge.h); nullopt for every other disk.
std::optional<QVector<DiskImage>> ConnectionWorker::offlineChain(const QString &uuid, const QString &disk)
{
    DomainHandle dom;
    if (!m_local || lookup(uuid, dom) || virDomainIsActive(dom.ptr) != 0)
        return std::nullopt;
    char *xml = virDomainGetXMLDesc(dom.ptr, VIR_DOMAIN_XML_INACTIVE);
    DomainDescription desc;
    if (!xml || !parseDomainXml(takeString(xml), &desc)) {
        virResetLastError();
        return std::nullopt;
    }
    for (const DiskDescription &d : std::as_const(desc.disks)) {
        if (d.target != disk)
            continue;
        const QVector<DiskImage> chain = chainOf(d);
        for (const DiskImage &img : chain) {
            if (!FileName::isText(img.path))
                return chain;
        }
    }
    return std::nullopt;
}

// An offline merge is done when its call returns; the panel hears of it as of a block job.
VoidResult ConnectionWorker::finishOfflineMerge(const QString &uuid, const QString &disk, BlockJob::Type type,
                                                const VoidResult &merged)
{
    if (merged) {
        emit blockJobChanged(BlockJob{uuid, disk, type, BlockJob::Status::Running, 0, 0});
        if (type != BlockJob::Type::Pull)
            dropMergedSnapshots(uuid);
        emit blockJobChanged(BlockJob{uuid, disk, type, BlockJob::Status::Completed, 0, 0});
    }
    queueRefresh(uuid);
    return merged;
}

VoidResult ConnectionWorker::blockCommit(const QString &uuid, const QString &disk, const QString &top, const QString &base,
                                         bool deleteMerged)
{
    const bool active = top.isEmpty();
    if (const auto chain = offlineChain(uuid, disk)) {
        int layer = 0;
        while (!active && layer < chain->size() && chain->at(layer).path != top)
            ++layer;
        if (layer + 1 >= chain->size() || (!base.isEmpty() && chain->at(layer + 1).path != base))
            return Error{VIR_ERR_INVALID_ARG, tr("The chain of disk %1 changed. Look at it again, then merge.").arg(disk)};
        return finishOfflineMerge(uuid, disk, active ? BlockJob::Type::ActiveCommit : BlockJob::Type::Commit,
                                  OfflineMerge::commit(*chain, layer, deleteMerged));
    }
    // Paths as libvirt read them from the image headers: the exact bytes.
    const QByteArray d = disk.toUtf8(), t = FileName::toNative(top), b = FileName::toNative(base);
    return startJob(uuid, disk, active ? BlockJob::Type::ActiveCommit : BlockJob::Type::Commit, active, [&](virDomainPtr dom) {
        unsigned int flags = active ? VIR_DOMAIN_BLOCK_COMMIT_ACTIVE : 0;
        if (!active && base.isEmpty())
            flags |= VIR_DOMAIN_BLOCK_COMMIT_SHALLOW; // into the image right below top
        if (deleteMerged)
            flags |= VIR_DOMAIN_BLOCK_COMMIT_DELETE; // libvirt deletes them only after success
        return virDomainBlockCommit(dom, d.constData(), base.isEmpty() ? nullptr : b.constData(),
                                    active ? nullptr : t.constData(), 0, flags);
    });
}

VoidResult ConnectionWorker::blockPull(const QString &uuid, const QString &disk, const QString &base)
{
    if (const auto chain = offlineChain(uuid, disk)) {
        int layer = base.isEmpty() ? -1 : 1;
        while (layer > 0 && layer < chain->size() && chain->at(layer).path != base)
            ++layer;
        if (layer >= chain->size())
            return Error{VIR_ERR_INVALID_ARG, tr("The chain of disk %1 changed. Look at it again, then merge.").arg(disk)};
        return finishOfflineMerge(uuid, disk, BlockJob::Type::Pull, OfflineMerge::pull(*chain, layer));
    }
    const QByteArray d = disk.toUtf8(), b = FileName::toNative(base);
    return startJob(uuid, disk, BlockJob::Type::Pull, false, [&](virDomainPtr dom) {
        return virDomainBlockRebase(dom, d.constData(), base.isEmpty() ? nullptr : b.constData(), 0, 0);
    });
}

VoidResult ConnectionWorker::cancelBlockJob(const QString &uuid, const QString &disk)
{
    const QByteArray d = disk.toUtf8();
    if (auto it = m_jobs.find({uuid, disk}); it != m_jobs.end())
        it->pivot = false; // cancelled: never pivot
    return withDomain(uuid, [&d](virDomainPtr dom) { return virDomainBlockJobAbort(dom, d.constData(), 0); });
}

void ConnectionWorker::blockJobEvent(const QString &uuid, const QString &disk, int type, int status)
{
    const auto key = qMakePair(uuid, disk);
    const Job job = m_jobs.value(key, Job{jobType(type), false});
    BlockJob j{uuid, disk, jobType(type), BlockJob::Status::Running, 0, 0};
    switch (status) {
    case VIR_DOMAIN_BLOCK_JOB_READY:
        j.status = BlockJob::Status::Ready;
        if (job.pivot && m_conn) {
            // The active layer is mirrored into base: switch the disk onto it.
            DomainHandle dom{virDomainLookupByUUIDString(m_conn, uuid.toLatin1().constData())};
            if (dom.ptr && virDomainBlockJobAbort(dom.ptr, disk.toUtf8().constData(), VIR_DOMAIN_BLOCK_JOB_ABORT_PIVOT) < 0) {
                virResetLastError();
                j.status = BlockJob::Status::Failed;
            }
            m_jobs[key].pivot = false;
        }
        break;
    case VIR_DOMAIN_BLOCK_JOB_COMPLETED: j.status = BlockJob::Status::Completed; break;
    case VIR_DOMAIN_BLOCK_JOB_FAILED: j.status = BlockJob::Status::Failed; break;
    case VIR_DOMAIN_BLOCK_JOB_CANCELED: j.status = BlockJob::Status::Cancelled; break;
    default: return;
    }
    if (j.status != BlockJob::Status::Ready && j.status != BlockJob::Status::Running) {
        m_jobs.remove(key);
        if (j.status == BlockJob::Status::Completed
            && (j.type == BlockJob::Type::Commit || j.type == BlockJob::Type::ActiveCommit))
            dropMergedSnapshots(uuid);
        queueRefresh(uuid);
    }
    emit blockJobChanged(j);
}

void ConnectionWorker::pollJobs()
{
    if (!m_conn || m_jobs.isEmpty()) {
        m_jobTimer->stop();
        return;
    }
    const auto keys = m_jobs.keys();
    for (const auto &key : keys) {
        DomainHandle dom{virDomainLookupByUUIDString(m_conn, key.first.toLatin1().constData())};
        if (!dom.ptr) {
            virResetLastError();
            continue;
        }
        virDomainBlockJobInfo info;
        const int rc = virDomainGetBlockJobInfo(dom.ptr, key.second.toUtf8().constData(), &info, 0);
        if (rc == 1)
            emit blockJobChanged(BlockJob{key.first, key.second, jobType(info.type), BlockJob::Status::Running, info.cur, info.end});
        virResetLastError();
    }
}

// After a commit, a snapshot whose overlay left the chain has lost the state it
// recorded (its data now sits in the image below, mixed with later writes):
// its metadata goes, and libvirt moves its children up to its parent.
void ConnectionWorker::dropMergedSnapshots(const QString &uuid)
{
    DomainHandle dom{virDomainLookupByUUIDString(m_conn, uuid.toLatin1().constData())};
    if (!dom.ptr) {
        virResetLastError();
        return;
    }
    QSet<QString> inChains;
    if (char *xml = virDomainGetXMLDesc(dom.ptr, 0)) {
        DomainDescription desc;
        if (parseDomainXml(takeString(xml), &desc)) {
            for (const DiskDescription &disk : std::as_const(desc.disks)) {
                for (const DiskImage &img : chainOf(disk))
                    inChains.insert(img.path);
            }
        }
    }
    virDomainSnapshotPtr *snaps = nullptr;
    const int n = virDomainListAllSnapshots(dom.ptr, &snaps, 0);
    for (int i = 0; i < n; ++i) {
        SnapshotInfo info;
        if (char *xml = virDomainSnapshotGetXMLDesc(snaps[i], 0))
            parseSnapshotXml(takeString(xml), &info);
        bool external = false, merged = false;
        for (const SnapshotInfo::Disk &d : std::as_const(info.disks)) {
            if (d.location == SnapshotInfo::Location::External && !d.file.isEmpty()) {
                external = true;
                merged |= !inChains.contains(d.file);
            }
        }
        if (external && merged)
            virDomainSnapshotDelete(snaps[i], VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY);
        virDomainSnapshotFree(snaps[i]);
    }
    free(snaps);
    virResetLastError();
}

Result<QVector<HostDevice>> ConnectionWorker::hostDevices()
{
    if (!m_conn)
        return notConnected();
    // No capability filter: not every driver takes one (the test driver does not).
    virNodeDevicePtr *devs = nullptr;
    const int n = virConnectListAllNodeDevices(m_conn, &devs, 0);
    if (n < 0)
        return takeError();
    QVector<HostDevice> list;
    for (int i = 0; i < n; ++i) {
        if (char *xml = virNodeDeviceGetXMLDesc(devs[i], 0)) {
            HostDevice d;
            if (parseNodeDeviceXml(takeString(xml), &d) && d.kind != HostDevice::Kind::Other)
                list << d;
        }
        virNodeDeviceFree(devs[i]);
    }
    free(devs);
    virResetLastError();
    fillMissingNames(list);
    markUsers(&list);
    return list;
}

void ConnectionWorker::markUsers(QVector<HostDevice> *devices)
{
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(m_conn, &doms, 0);
    if (n < 0) {
        virResetLastError();
        return;
    }
    for (int i = 0; i < n; ++i) {
        const QString name = QString::fromUtf8(virDomainGetName(doms[i]));
        QVector<HostdevRequest> used;
        // The persistent definition, and the live one for devices hot-plugged
        // into a running guest.
        for (unsigned flags : {unsigned(VIR_DOMAIN_XML_INACTIVE), 0u}) {
            if (flags == 0 && virDomainIsActive(doms[i]) != 1)
                continue;
            if (char *xml = virDomainGetXMLDesc(doms[i], flags))
                used += HostdevXml::devicesIn(takeString(xml));
        }
        for (HostDevice &d : *devices) {
            for (const HostdevRequest &r : std::as_const(used)) {
                if (HostdevXml::names(r, d) && !d.usedBy.contains(name))
                    d.usedBy << name;
            }
        }
        virDomainFree(doms[i]);
    }
    free(doms);
    virResetLastError();
}

VoidResult ConnectionWorker::detachHostDevice(const QString &name)
{
    if (!m_conn)
        return notConnected();
    virNodeDevicePtr dev = virNodeDeviceLookupByName(m_conn, name.toUtf8().constData());
    if (!dev)
        return takeError(tr("The host has no device %1.").arg(name));
    const int rc = virNodeDeviceDetachFlags(dev, "vfio", 0);
    virNodeDeviceFree(dev);
    if (rc < 0) {
        Error e = takeError();
        e.message = tr("%1 could not be bound to vfio-pci: %2\nMake sure the vfio-pci module is loaded and no host "
                       "program uses the device; a graphics card that shows the host's console must first be freed "
                       "from its display driver.")
                        .arg(name, e.message);
        return e;
    }
    return {};
}

VoidResult ConnectionWorker::reattachHostDevice(const QString &name)
{
    if (!m_conn)
        return notConnected();
    virNodeDevicePtr dev = virNodeDeviceLookupByName(m_conn, name.toUtf8().constData());
    if (!dev)
        return takeError(tr("The host has no device %1.").arg(name));
    const int rc = virNodeDeviceReAttach(dev);
    virNodeDeviceFree(dev);
    if (rc < 0) {
        Error e = takeError();
        e.message = tr("%1 could not be given back to its host driver: %2\nA running VM that uses it must be shut "
                       "down first.")
                        .arg(name, e.message);
        return e;
    }
    return {};
}

Result<QVector<PassthroughReadiness::Check>> ConnectionWorker::passthroughReadiness()
{
    if (!m_conn)
        return notConnected();
    // /proc and /sys are this machine's only for a local QEMU/KVM host; the
    // test driver's devices are made up, so they go the libvirt way too.
    if (m_local && m_uri.startsWith(QLatin1String("qemu")))
        return PassthroughReadiness::check();
    const Result<QVector<HostDevice>> devices = hostDevices();
    if (!devices)
        return devices.error();
    QString caps;
    if (char *xml = virConnectGetDomainCapabilities(m_conn, nullptr, nullptr, nullptr, nullptr, 0))
        caps = takeString(xml);
    virResetLastError();
    return PassthroughReadiness::fromLibvirt(caps, devices.value());
}

Result<QString> ConnectionWorker::createNodeDevice(const QString &xml)
{
    if (!m_conn)
        return notConnected();
    virNodeDevicePtr dev = virNodeDeviceCreateXML(m_conn, xml.toUtf8().constData(), 0);
    if (!dev)
        return takeError(tr("The device could not be created."));
    const QString name = QString::fromUtf8(virNodeDeviceGetName(dev));
    virNodeDeviceFree(dev);
    return name;
}

VoidResult ConnectionWorker::destroyNodeDevice(const QString &name)
{
    if (!m_conn)
        return notConnected();
    virNodeDevicePtr dev = virNodeDeviceLookupByName(m_conn, name.toUtf8().constData());
    if (!dev)
        return takeError(tr("The host has no device %1.").arg(name));
    const int rc = virNodeDeviceDestroy(dev);
    virNodeDeviceFree(dev);
    if (rc < 0)
        return takeError(tr("The device %1 could not be removed.").arg(name));
    return {};
}

Result<QVector<NetworkInfo>> ConnectionWorker::networks()
{
    if (!m_conn)
        return notConnected();
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(m_conn, &nets, 0);
    if (n < 0)
        return takeError(tr("The host's networks could not be listed."));
    QVector<NetworkInfo> list;
    for (int i = 0; i < n; ++i) {
        NetworkInfo info;
        info.name = QString::fromUtf8(virNetworkGetName(nets[i]));
        info.active = virNetworkIsActive(nets[i]) == 1;
        if (char *xml = virNetworkGetXMLDesc(nets[i], 0))
            parseNetworkXml(takeString(xml), &info);
        list << info;
        virNetworkFree(nets[i]);
    }
    free(nets);
    virResetLastError();
    return list;
}

Result<QString> ConnectionWorker::defineNetwork(const QString &xml)
{
    if (!m_conn)
        return notConnected();
    virNetworkPtr net = virNetworkDefineXML(m_conn, xml.toUtf8().constData());
    if (!net)
        return takeError(tr("The network could not be defined."));
    const QString name = QString::fromUtf8(virNetworkGetName(net));
    Result<QString> result = name;
    if (virNetworkCreate(net) < 0) {
        Error e = takeError();
        e.message = tr("The network %1 was defined but could not be started: %2").arg(name, e.message);
        result = e;
    } else if (virNetworkSetAutostart(net, 1) < 0) {
        virResetLastError();
    }
    virNetworkFree(net);
    return result;
}
