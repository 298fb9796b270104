#include "connectionworker_p.h"
#include "handover.h"

#include <QDeadlineTimer>
#include <QMetaObject>

#include <cstring>

namespace {

constexpr int kMaxBackoffMsec = 15000;
constexpr int kCredentialWaitMsec = 5 * 60 * 1000;

int credentialTypes[] = {
    VIR_CRED_USERNAME, VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE, VIR_CRED_ECHOPROMPT,
    VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM,
};

int authCallback(virConnectCredentialPtr cred, unsigned int ncred, void *cbdata)
{
    return static_cast<ConnectionWorker *>(cbdata)->askCredentials(cred, ncred);
}

// Event callbacks run on libvirt's event thread: they only post to the worker.
int lifecycleEvent(virConnectPtr, virDomainPtr dom, int, int, void *opaque)
{
    auto *worker = static_cast<ConnectionWorker *>(opaque);
    const QString uuid = uuidOf(dom);
    QMetaObject::invokeMethod(worker, handOver([worker, uuid] { worker->queueRefresh(uuid); }), Qt::QueuedConnection);
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

// A device plugged into or out of a running guest (a disk, a host device):
// its live definition changed.
void deviceEvent(virConnectPtr, virDomainPtr dom, const char *, void *opaque)
{
    lifecycleEvent(nullptr, dom, 0, 0, opaque);
}

void blockJobCallback(virConnectPtr, virDomainPtr dom, const char *disk, int type, int status, void *opaque)
{
    auto *worker = static_cast<ConnectionWorker *>(opaque);
    const QString uuid = uuidOf(dom);
    const QString target = QString::fromUtf8(disk);
    QMetaObject::invokeMethod(worker, handOver([=] { worker->blockJobEvent(uuid, target, type, status); }), Qt::QueuedConnection);
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

// A pool defined, started, stopped, undefined or refreshed.
void storagePoolEvent(virConnectPtr, virStoragePoolPtr pool, void *opaque)
{
    auto *worker = static_cast<ConnectionWorker *>(opaque);
    const QString name = QString::fromUtf8(virStoragePoolGetName(pool));
    QMetaObject::invokeMethod(worker, handOver([worker, name] { emit worker->storagePoolChanged(name); }), Qt::QueuedConnection);
}

void storagePoolLifecycleEvent(virConnectPtr conn, virStoragePoolPtr pool, int, int, void *opaque)
{
    storagePoolEvent(conn, pool, opaque);
}

void networkLifecycleEvent(virConnectPtr, virNetworkPtr net, int, int, void *opaque)
{
    auto *worker = static_cast<ConnectionWorker *>(opaque);
    const QString name = QString::fromUtf8(virNetworkGetName(net));
    QMetaObject::invokeMethod(worker, handOver([worker, name] { emit worker->networkChanged(name); }), Qt::QueuedConnection);
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
    QMetaObject::invokeMethod(worker, handOver([worker, why] { worker->connectionLost(why); }), Qt::QueuedConnection);
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

} // namespace

ConnectionWorker::ConnectionWorker(const QString &uri, std::shared_ptr<CredentialExchange> credentials)
    : m_session(uri)
    , m_credentials(std::move(credentials))
    , m_reconnectTimer(new QTimer(this))
    , m_statistics(new Statistics(m_session, this))
    , m_lifecycle(new DomainLifecycle(m_session, *m_statistics, m_storage, this))
    , m_blockJobs(new BlockJobs(m_session, m_storage, m_snapshots, this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (!m_wanted || m_session.isOpen())
            return;
        if (tryOpen()) {
            m_backoffMsec = 1000;
        } else {
            emit stateChanged(ConnectionState::Reconnecting, Session::takeError().message);
            scheduleReconnect();
        }
    });
    m_session.setHooks([this](const QString &uuid) { queueRefresh(uuid); }, [this] { checkAlive(); });
    connect(m_lifecycle, &DomainLifecycle::domainsLoaded, this, &ConnectionWorker::domainsLoaded);
    connect(m_lifecycle, &DomainLifecycle::domainUpdated, this, &ConnectionWorker::domainUpdated);
    connect(m_lifecycle, &DomainLifecycle::domainRemoved, this, &ConnectionWorker::domainRemoved);
    connect(m_statistics, &Statistics::statsSampled, this, &ConnectionWorker::statsSampled);
    connect(m_statistics, &Statistics::ticked, this, &ConnectionWorker::statsTicked);
    connect(m_blockJobs, &BlockJobs::blockJobChanged, this, &ConnectionWorker::blockJobChanged);
}

ConnectionWorker::~ConnectionWorker()
{
    close();
}

void ConnectionWorker::open()
{
    if (m_session.isOpen())
        return;
    m_wanted = true;
    emit stateChanged(ConnectionState::Connecting, {});
    if (!tryOpen())
        emit stateChanged(ConnectionState::Failed, Session::takeError(tr("The connection could not be opened.")).message);
}

void ConnectionWorker::close()
{
    m_wanted = false;
    m_reconnectTimer->stop();
    if (!m_session.isOpen())
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
    if (!m_session.open(&auth))
        return false;
    setUp();
    // Connected before the list arrives, so whoever reacts to the list can call at once.
    emit stateChanged(ConnectionState::Connected, {});
    m_lifecycle->loadAll();
    return true;
}

void ConnectionWorker::setUp()
{
    // 5 s interval, 3 missed answers: a silent host is noticed within ~20 s.
    // Drivers without keepalive (test, local qemu session) refuse; that is fine.
    virConnectSetKeepAlive(m_session.conn(), 5, 3);
    virConnectRegisterCloseCallback(m_session.conn(), closeEvent, this, nullptr);
    m_lifecycleCallback = virConnectDomainEventRegisterAny(
        m_session.conn(), nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(lifecycleEvent), this, nullptr);
    m_rebootCallback = virConnectDomainEventRegisterAny(
        m_session.conn(), nullptr, VIR_DOMAIN_EVENT_ID_REBOOT, VIR_DOMAIN_EVENT_CALLBACK(genericEvent), this, nullptr);
    m_metadataCallback = virConnectDomainEventRegisterAny(
        m_session.conn(), nullptr, VIR_DOMAIN_EVENT_ID_METADATA_CHANGE, VIR_DOMAIN_EVENT_CALLBACK(metadataEvent), this, nullptr);
    m_deviceAddedCallback = virConnectDomainEventRegisterAny(
        m_session.conn(), nullptr, VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, VIR_DOMAIN_EVENT_CALLBACK(deviceEvent), this, nullptr);
    m_deviceRemovedCallback = virConnectDomainEventRegisterAny(
        m_session.conn(), nullptr, VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, VIR_DOMAIN_EVENT_CALLBACK(deviceEvent), this, nullptr);
    m_blockJobCallback = virConnectDomainEventRegisterAny(
        m_session.conn(), nullptr, VIR_DOMAIN_EVENT_ID_BLOCK_JOB_2, VIR_DOMAIN_EVENT_CALLBACK(blockJobCallback), this, nullptr);
    // Drivers without node-device events (older remote daemons) refuse; the
    // device lists then change on reload only.
    m_nodeDeviceCallback = virConnectNodeDeviceEventRegisterAny(
        m_session.conn(), nullptr, VIR_NODE_DEVICE_EVENT_ID_LIFECYCLE, VIR_NODE_DEVICE_EVENT_CALLBACK(nodeDeviceLifecycleEvent), this, nullptr);
    m_nodeDeviceUpdateCallback = virConnectNodeDeviceEventRegisterAny(
        m_session.conn(), nullptr, VIR_NODE_DEVICE_EVENT_ID_UPDATE, VIR_NODE_DEVICE_EVENT_CALLBACK(nodeDeviceEvent), this, nullptr);
    // Drivers without pool events: the storage page reloads after its own calls.
    m_poolLifecycleCallback = virConnectStoragePoolEventRegisterAny(
        m_session.conn(), nullptr, VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE,
        VIR_STORAGE_POOL_EVENT_CALLBACK(storagePoolLifecycleEvent), this, nullptr);
    m_poolRefreshCallback = virConnectStoragePoolEventRegisterAny(
        m_session.conn(), nullptr, VIR_STORAGE_POOL_EVENT_ID_REFRESH, VIR_STORAGE_POOL_EVENT_CALLBACK(storagePoolEvent), this, nullptr);
    m_networkCallback = virConnectNetworkEventRegisterAny(
        m_session.conn(), nullptr, VIR_NETWORK_EVENT_ID_LIFECYCLE, VIR_NETWORK_EVENT_CALLBACK(networkLifecycleEvent), this, nullptr);
    Session::dropError();
    m_statistics->start();
    m_blockJobs->resume();
}

void ConnectionWorker::tearDown()
{
    m_statistics->stop();
    m_lifecycle->stop();
    m_blockJobs->stop();
    for (int *id : {&m_lifecycleCallback, &m_rebootCallback, &m_metadataCallback, &m_blockJobCallback,
                    &m_deviceAddedCallback, &m_deviceRemovedCallback}) {
        if (*id >= 0)
            virConnectDomainEventDeregisterAny(m_session.conn(), *id);
        *id = -1;
    }
    for (int *id : {&m_nodeDeviceCallback, &m_nodeDeviceUpdateCallback}) {
        if (*id >= 0)
            virConnectNodeDeviceEventDeregisterAny(m_session.conn(), *id);
        *id = -1;
    }
    for (int *id : {&m_poolLifecycleCallback, &m_poolRefreshCallback}) {
        if (*id >= 0)
            virConnectStoragePoolEventDeregisterAny(m_session.conn(), *id);
        *id = -1;
    }
    if (m_networkCallback >= 0)
        virConnectNetworkEventDeregisterAny(m_session.conn(), m_networkCallback);
    m_networkCallback = -1;
    virConnectUnregisterCloseCallback(m_session.conn(), closeEvent);
    m_session.close();
}

void ConnectionWorker::connectionLost(const QString &why)
{
    if (!m_session.isOpen())
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
    if (m_session.isOpen() && virConnectIsAlive(m_session.conn()) == 0)
        connectionLost(tr("The connection to the host was lost."));
}

void ConnectionWorker::setStatsSettings(const StatsSettings &settings)
{
    m_statistics->setSettings(settings);
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
        std::unique_lock lock(m_credentials->mutex);
        m_credentials->pending = true;
        m_credentials->cancelled = false;
        m_credentials->answers.clear();
        emit credentialsRequested(fields);
        m_credentials->answered.wait_for(lock, std::chrono::milliseconds(kCredentialWaitMsec),
                                         [this] { return !m_credentials->pending || m_credentials->cancelled; });
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

void ConnectionWorker::callDone()
{
    m_lifecycle->flushRefresh();
}

void ConnectionWorker::queueRefresh(const QString &uuid)
{
    m_lifecycle->queueRefresh(uuid);
}

void ConnectionWorker::blockJobEvent(const QString &uuid, const QString &disk, int type, int status)
{
    m_blockJobs->event(uuid, disk, type, status);
}
