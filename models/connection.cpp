#include "connection.h"

#include "connectionuri.h"
#include "connectionworker_p.h"
#include "domainlistmodel.h"
#include "hostdevicemodel.h"
#include "libvirteventloop.h"

#include <QThread>

bool isActive(DomainState state)
{
    return state == DomainState::Running || state == DomainState::Blocked || state == DomainState::Paused
           || state == DomainState::ShuttingDown || state == DomainState::PMSuspended
           || state == DomainState::Crashed; // a crashed domain kept for inspection still has its process
}

Connection::Connection(const QString &uri, QObject *parent)
    : QObject(parent)
    , m_uri(uri.trimmed())
    , m_thread(new QThread)
    , m_credentials(std::make_shared<CredentialExchange>())
{
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<DomainInfo>();
    qRegisterMetaType<DomainStats>();
    qRegisterMetaType<QVector<DomainInfo>>();
    qRegisterMetaType<QVector<DomainStats>>();
    qRegisterMetaType<QVector<CredentialField>>();
    qRegisterMetaType<BlockJob>();
    ensureLibvirtEventLoop();

    m_thread->setObjectName(QStringLiteral("libvirt ") + m_uri);
    m_worker = new ConnectionWorker(m_uri, m_credentials);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &ConnectionWorker::stateChanged, this, &Connection::onWorkerState);
    connect(m_worker, &ConnectionWorker::credentialsRequested, this, &Connection::credentialsRequested);
    connect(m_worker, &ConnectionWorker::domainsLoaded, this, &Connection::domainsLoaded);
    connect(m_worker, &ConnectionWorker::domainUpdated, this, &Connection::domainUpdated);
    connect(m_worker, &ConnectionWorker::domainRemoved, this, &Connection::domainRemoved);
    connect(m_worker, &ConnectionWorker::hostDevicesChanged, this, &Connection::hostDevicesChanged);
    connect(m_worker, &ConnectionWorker::statsSampled, this, &Connection::statsSampled);
    connect(m_worker, &ConnectionWorker::blockJobChanged, this, &Connection::blockJobChanged);
    m_thread->start();

    m_model = new DomainListModel(this, this);
}

Connection::~Connection()
{
    cancelCredentials();
    disconnect(m_worker, nullptr, this, nullptr);
    // A connection the user removes does not wait: a host that hangs in a call
    // must not freeze the window, and the thread deletes itself when its call
    // returns. Otherwise (shutdown, where no event loop is left to do that) it
    // gets up to 3 s to close the connection cleanly.
    const bool windowRunning = !m_waitOnClose;
    if (windowRunning)
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] {
        delete worker;
        QThread::currentThread()->quit();
    }, Qt::QueuedConnection);
    if (windowRunning)
        return;
    if (m_thread->wait(3000))
        delete m_thread;
    else
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

QString Connection::displayName() const
{
    return ConnectionUri::displayName(m_uri);
}

bool Connection::isLocal() const
{
    return ConnectionUri::isLocal(m_uri);
}

void Connection::setStatsInterval(int msec)
{
    m_statsInterval = msec;
    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, msec] { worker->setStatsInterval(msec); }, Qt::QueuedConnection);
}

void Connection::open()
{
    if (m_state == ConnectionState::Connected || m_state == ConnectionState::Connecting)
        return;
    const QString invalid = ConnectionUri::validate(m_uri);
    if (!invalid.isEmpty()) {
        onWorkerState(ConnectionState::Failed, invalid);
        return;
    }
    onWorkerState(ConnectionState::Connecting, {}); // at once, so a second open() is ignored
    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->open(); }, Qt::QueuedConnection);
}

void Connection::close()
{
    cancelCredentials();
    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::QueuedConnection);
}

void Connection::onWorkerState(ConnectionState state, const QString &error)
{
    m_lastError = error;
    if (m_state == state && error.isEmpty())
        return;
    m_state = state;
    emit stateChanged(state);
}

void Connection::provideCredentials(const QStringList &answers)
{
    QMutexLocker lock(&m_credentials->mutex);
    if (!m_credentials->pending)
        return;
    m_credentials->answers = answers;
    m_credentials->pending = false;
    m_credentials->answered.wakeAll();
}

void Connection::cancelCredentials()
{
    QMutexLocker lock(&m_credentials->mutex);
    m_credentials->cancelled = true;
    m_credentials->answered.wakeAll();
}

template<typename R>
QFuture<R> Connection::runOnWorker(std::function<R(ConnectionWorker *)> fn)
{
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [promise, fn = std::move(fn), worker] {
        promise->addResult(fn(worker));
        promise->finish();
    }, Qt::QueuedConnection);
    return future;
}

QFuture<VoidResult> Connection::perform(const QString &uuid, DomainAction action)
{
    return runOnWorker<VoidResult>([uuid, action](ConnectionWorker *w) { return w->perform(uuid, action); });
}

QFuture<VoidResult> Connection::saveToFile(const QString &uuid, const QString &path)
{
    return runOnWorker<VoidResult>([uuid, path](ConnectionWorker *w) { return w->saveToFile(uuid, path); });
}

QFuture<VoidResult> Connection::restoreFromFile(const QString &path)
{
    return runOnWorker<VoidResult>([path](ConnectionWorker *w) { return w->restoreFromFile(path); });
}

QFuture<Result<DomainInfo>> Connection::saveFileDomain(const QString &path)
{
    return runOnWorker<Result<DomainInfo>>([path](ConnectionWorker *w) { return w->saveFileDomain(path); });
}

QFuture<VoidResult> Connection::rename(const QString &uuid, const QString &newName)
{
    return runOnWorker<VoidResult>([uuid, newName](ConnectionWorker *w) { return w->rename(uuid, newName); });
}

QFuture<Result<QString>> Connection::domainXml(const QString &uuid, bool inactive)
{
    return runOnWorker<Result<QString>>([uuid, inactive](ConnectionWorker *w) { return w->domainXml(uuid, inactive); });
}

QFuture<Result<QString>> Connection::defineXml(const QString &xml)
{
    return runOnWorker<Result<QString>>([xml](ConnectionWorker *w) { return w->defineXml(xml); });
}

QFuture<Result<QVector<DiskStorage>>> Connection::storageOf(const QString &uuid)
{
    return runOnWorker<Result<QVector<DiskStorage>>>([uuid](ConnectionWorker *w) { return w->storageOf(uuid); });
}

QFuture<Result<QVector<StorageDeletion>>> Connection::deleteDomain(const QString &uuid, const QStringList &paths)
{
    return runOnWorker<Result<QVector<StorageDeletion>>>(
        [uuid, paths](ConnectionWorker *w) { return w->deleteDomain(uuid, paths); });
}

QFuture<Result<HostInfo>> Connection::hostInfo()
{
    return runOnWorker<Result<HostInfo>>([](ConnectionWorker *w) { return w->hostInfo(); });
}

QFuture<Result<ConsoleEndpoint>> Connection::openConsole(const QString &uuid)
{
    return runOnWorker<Result<ConsoleEndpoint>>([uuid](ConnectionWorker *w) { return w->openConsole(uuid); });
}

QFuture<Result<SnapshotState>> Connection::snapshots(const QString &uuid)
{
    return runOnWorker<Result<SnapshotState>>([uuid](ConnectionWorker *w) { return w->snapshots(uuid); });
}

QFuture<VoidResult> Connection::createSnapshot(const QString &uuid, const SnapshotRequest &request)
{
    return runOnWorker<VoidResult>([uuid, request](ConnectionWorker *w) { return w->createSnapshot(uuid, request); });
}

QFuture<VoidResult> Connection::revertToSnapshot(const QString &uuid, const QString &name)
{
    return runOnWorker<VoidResult>([uuid, name](ConnectionWorker *w) { return w->revertToSnapshot(uuid, name); });
}

QFuture<VoidResult> Connection::deleteSnapshot(const QString &uuid, const QString &name)
{
    return runOnWorker<VoidResult>([uuid, name](ConnectionWorker *w) { return w->deleteSnapshot(uuid, name); });
}

QFuture<VoidResult> Connection::blockCommit(const QString &uuid, const QString &disk, const QString &top, const QString &base,
                                            bool deleteMerged)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->blockCommit(uuid, disk, top, base, deleteMerged); });
}

QFuture<VoidResult> Connection::blockPull(const QString &uuid, const QString &disk, const QString &base)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->blockPull(uuid, disk, base); });
}

QFuture<VoidResult> Connection::cancelBlockJob(const QString &uuid, const QString &disk)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->cancelBlockJob(uuid, disk); });
}

QFuture<Result<QVector<HostDevice>>> Connection::hostDevices()
{
    return runOnWorker<Result<QVector<HostDevice>>>([](ConnectionWorker *w) { return w->hostDevices(); });
}

HostDeviceModel *Connection::hostDeviceModel()
{
    if (!m_hostDevices)
        m_hostDevices = new HostDeviceModel(this, this);
    return m_hostDevices;
}

QFuture<VoidResult> Connection::detachHostDevice(const QString &nodeDeviceName)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->detachHostDevice(nodeDeviceName); });
}

QFuture<VoidResult> Connection::reattachHostDevice(const QString &nodeDeviceName)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->reattachHostDevice(nodeDeviceName); });
}

QFuture<Result<QVector<PassthroughReadiness::Check>>> Connection::passthroughReadiness()
{
    return runOnWorker<Result<QVector<PassthroughReadiness::Check>>>([](ConnectionWorker *w) { return w->passthroughReadiness(); });
}

QFuture<Result<QString>> Connection::createNodeDevice(const QString &xml)
{
    return runOnWorker<Result<QString>>([=](ConnectionWorker *w) { return w->createNodeDevice(xml); });
}

QFuture<VoidResult> Connection::destroyNodeDevice(const QString &nodeDeviceName)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->destroyNodeDevice(nodeDeviceName); });
}

QFuture<VoidResult> Connection::updateDefinition(const QString &uuid, DefinitionEdit edit)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->updateDefinition(uuid, edit); });
}

QFuture<Result<QVector<NetworkInfo>>> Connection::networks()
{
    return runOnWorker<Result<QVector<NetworkInfo>>>([](ConnectionWorker *w) { return w->networks(); });
}

QFuture<Result<QString>> Connection::defineNetwork(const QString &xml)
{
    return runOnWorker<Result<QString>>([=](ConnectionWorker *w) { return w->defineNetwork(xml); });
}

QString Connection::stateName(ConnectionState state)
{
    switch (state) {
    //: Connection state shown next to a host in the connection list
    case ConnectionState::Disconnected: return tr("Not connected");
    //: Connection state: the connection is being opened
    case ConnectionState::Connecting: return tr("Connecting…");
    //: Connection state: the connection is open
    case ConnectionState::Connected: return tr("Connected");
    //: Connection state: the connection was lost and QVirt is reconnecting
    case ConnectionState::Reconnecting: return tr("Disconnected, retrying…");
    //: Connection state: the connection could not be opened
    case ConnectionState::Failed: return tr("Connection failed");
    }
    return {};
}
