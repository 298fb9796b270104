#include "connection.h"

#include "connectionuri.h"
#include "connectionworker_p.h"
#include "domainlistmodel.h"
#include "handover.h"
#include "hostdevicemodel.h"
#include "libvirteventloop.h"

#include <QPointer>
#include <QThread>

#include <functional>

namespace {

// The worker's signals reach the GUI thread as queued calls: Qt copies their
// arguments into an event and hands it over under a lock that ThreadSanitizer
// cannot see (handover.h), so the receiver's reads of what the worker built
// look unordered. In a TSan build a direct connection, made before the queued
// one, releases on the worker as the signal is emitted, and the receiving end
// acquires before it reads. Qt's own copy of the arguments, made after that
// release, is left to tsan.supp (QMetaType::construct).
template<typename... Args, typename Slot>
void forwardFromWorker(ConnectionWorker *worker, void (ConnectionWorker::*signal)(Args...), Connection *receiver, Slot slot)
{
#ifdef QVIRT_TSAN
    QObject::connect(worker, signal, worker, [worker] { Tsan::release(worker); }, Qt::DirectConnection);
    QObject::connect(worker, signal, receiver, [worker, receiver, slot](Args... args) {
        Tsan::acquire(worker);
        std::invoke(slot, receiver, args...);
    });
#else
    QObject::connect(worker, signal, receiver, slot);
#endif
}

} // namespace

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
    qRegisterMetaType<StatsTick>();
    qRegisterMetaType<StatsSettings>();
    qRegisterMetaType<CloneProgress>();
    ensureLibvirtEventLoop();

    m_thread->setObjectName(QStringLiteral("libvirt ") + m_uri);
    m_worker = new ConnectionWorker(m_uri, m_credentials);
    m_worker->moveToThread(m_thread);
    forwardFromWorker(m_worker, &ConnectionWorker::stateChanged, this, &Connection::onWorkerState);
    forwardFromWorker(m_worker, &ConnectionWorker::credentialsRequested, this, &Connection::credentialsRequested);
    forwardFromWorker(m_worker, &ConnectionWorker::domainsLoaded, this, &Connection::domainsLoaded);
    forwardFromWorker(m_worker, &ConnectionWorker::domainUpdated, this, &Connection::domainUpdated);
    forwardFromWorker(m_worker, &ConnectionWorker::domainRemoved, this, &Connection::domainRemoved);
    forwardFromWorker(m_worker, &ConnectionWorker::hostDevicesChanged, this, &Connection::hostDevicesChanged);
    forwardFromWorker(m_worker, &ConnectionWorker::storagePoolChanged, this, &Connection::storagePoolChanged);
    forwardFromWorker(m_worker, &ConnectionWorker::networkChanged, this, &Connection::networkChanged);
    forwardFromWorker(m_worker, &ConnectionWorker::statsSampled, this, &Connection::statsSampled);
    forwardFromWorker(m_worker, &ConnectionWorker::statsTicked, this, &Connection::onStatsTick);
    forwardFromWorker(m_worker, &ConnectionWorker::blockJobChanged, this, &Connection::blockJobChanged);
    m_thread->start();

    m_history = new StatsHistory(this);
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
    QMetaObject::invokeMethod(worker, handOver([worker] {
        delete worker;
        QThread::currentThread()->quit();
    }), Qt::QueuedConnection);
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

void Connection::setStatsSettings(const StatsSettings &settings)
{
    m_statsSettings = settings;
    m_history->setSettings(settings);
    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, handOver([worker, settings] { worker->setStatsSettings(settings); }), Qt::QueuedConnection);
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
    QMetaObject::invokeMethod(worker, handOver([worker] { worker->open(); }), Qt::QueuedConnection);
}

void Connection::close()
{
    cancelCredentials();
    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, handOver([worker] { worker->close(); }), Qt::QueuedConnection);
}

void Connection::onWorkerState(ConnectionState state, const QString &error)
{
    m_lastError = error;
    if (m_state == state && error.isEmpty())
        return;
    m_state = state;
    if (state == ConnectionState::Disconnected)
        m_history->clear();
    emit stateChanged(state);
}

void Connection::onStatsTick(const StatsTick &tick)
{
    m_history->append(tick);
    emit statsTicked(tick);
}

void Connection::provideCredentials(const QStringList &answers)
{
    std::lock_guard lock(m_credentials->mutex);
    if (!m_credentials->pending)
        return;
    m_credentials->answers = answers;
    m_credentials->pending = false;
    m_credentials->answered.notify_all();
}

void Connection::cancelCredentials()
{
    std::lock_guard lock(m_credentials->mutex);
    m_credentials->cancelled = true;
    m_credentials->answered.notify_all();
}

template<typename R>
QFuture<R> Connection::runOnWorker(std::function<R(ConnectionWorker *)> fn)
{
    auto promise = std::make_shared<QPromise<R>>();
    QFuture<R> future = promise->future();
    promise->start();
    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, handOver([promise, fn = std::move(fn), worker] {
        R result = fn(worker);
        // What the call changed reaches the list before its answer, and
        // before the next queued call runs.
        worker->callDone();
        promise->addResult(std::move(result));
        promise->finish();
    }), Qt::QueuedConnection);
    return future;
}

QFuture<VoidResult> Connection::perform(const QString &uuid, DomainAction action)
{
    return runOnWorker<VoidResult>([uuid, action](ConnectionWorker *w) { return w->lifecycle().perform(uuid, action); });
}

QFuture<VoidResult> Connection::saveToFile(const QString &uuid, const QString &path)
{
    return runOnWorker<VoidResult>([uuid, path](ConnectionWorker *w) { return w->lifecycle().saveToFile(uuid, path); });
}

QFuture<VoidResult> Connection::restoreFromFile(const QString &path)
{
    return runOnWorker<VoidResult>([path](ConnectionWorker *w) { return w->lifecycle().restoreFromFile(path); });
}

QFuture<Result<DomainInfo>> Connection::saveFileDomain(const QString &path)
{
    return runOnWorker<Result<DomainInfo>>([path](ConnectionWorker *w) { return w->lifecycle().saveFileDomain(path); });
}

QFuture<VoidResult> Connection::rename(const QString &uuid, const QString &newName)
{
    return runOnWorker<VoidResult>([uuid, newName](ConnectionWorker *w) { return w->lifecycle().rename(uuid, newName); });
}

QFuture<Result<QString>> Connection::domainXml(const QString &uuid, bool inactive)
{
    return runOnWorker<Result<QString>>([uuid, inactive](ConnectionWorker *w) { return w->definitions().domainXml(uuid, inactive); });
}

QFuture<Result<QString>> Connection::editableXml(const QString &uuid)
{
    return runOnWorker<Result<QString>>([uuid](ConnectionWorker *w) { return w->definitions().editableXml(uuid); });
}

QFuture<Result<QString>> Connection::defineXml(const QString &xml)
{
    return runOnWorker<Result<QString>>([xml](ConnectionWorker *w) { return w->definitions().defineXml(xml); });
}

QFuture<Result<QString>> Connection::defineXmlValidated(const QString &xml)
{
    return runOnWorker<Result<QString>>(
        [xml](ConnectionWorker *w) { return w->definitions().defineXml(xml, VIR_DOMAIN_DEFINE_VALIDATE); });
}

QFuture<VoidResult> Connection::redefineXml(const QString &uuid, const QString &xml)
{
    return runOnWorker<VoidResult>([uuid, xml](ConnectionWorker *w) { return w->definitions().redefine(uuid, xml); });
}

QFuture<Result<QVector<DiskStorage>>> Connection::storageOf(const QString &uuid)
{
    return runOnWorker<Result<QVector<DiskStorage>>>([uuid](ConnectionWorker *w) { return w->storage().storageOf(uuid); });
}

QFuture<Result<QVector<StorageDeletion>>> Connection::deleteDomain(const QString &uuid, const QStringList &paths)
{
    return runOnWorker<Result<QVector<StorageDeletion>>>(
        [uuid, paths](ConnectionWorker *w) { return w->lifecycle().deleteDomain(uuid, paths); });
}

QFuture<Result<QVector<StorageDeletion>>> Connection::deleteImagesThroughFolderPools(const QStringList &paths)
{
    return runOnWorker<Result<QVector<StorageDeletion>>>([paths](ConnectionWorker *w) {
        return Result<QVector<StorageDeletion>>(w->storage().deleteThroughFolderPools(paths));
    });
}

QFuture<Result<QHash<QString, QStringList>>> Connection::storageImageUsers()
{
    return runOnWorker<Result<QHash<QString, QStringList>>>([](ConnectionWorker *w) { return w->storage().imageUsers(); });
}

QFuture<Result<HostInfo>> Connection::hostInfo()
{
    return runOnWorker<Result<HostInfo>>([](ConnectionWorker *w) { return w->nodeDevices().hostInfo(); });
}

QFuture<Result<ConsoleEndpoint>> Connection::openConsole(const QString &uuid)
{
    return runOnWorker<Result<ConsoleEndpoint>>([uuid](ConnectionWorker *w) { return w->consoleEndpoints().openConsole(uuid); });
}

QFuture<Result<SpiceEndpoint>> Connection::spiceEndpoint(const QString &uuid)
{
    return runOnWorker<Result<SpiceEndpoint>>([uuid](ConnectionWorker *w) { return w->consoleEndpoints().spiceEndpoint(uuid); });
}

QFuture<Result<SnapshotState>> Connection::snapshots(const QString &uuid)
{
    return runOnWorker<Result<SnapshotState>>([uuid](ConnectionWorker *w) { return w->snapshots().snapshots(uuid); });
}

QFuture<VoidResult> Connection::createSnapshot(const QString &uuid, const SnapshotRequest &request)
{
    return runOnWorker<VoidResult>([uuid, request](ConnectionWorker *w) { return w->snapshots().createSnapshot(uuid, request); });
}

QFuture<VoidResult> Connection::revertToSnapshot(const QString &uuid, const QString &name)
{
    return runOnWorker<VoidResult>([uuid, name](ConnectionWorker *w) { return w->snapshots().revertToSnapshot(uuid, name); });
}

QFuture<VoidResult> Connection::deleteSnapshot(const QString &uuid, const QString &name)
{
    return runOnWorker<VoidResult>([uuid, name](ConnectionWorker *w) { return w->snapshots().deleteSnapshot(uuid, name); });
}

QFuture<VoidResult> Connection::blockCommit(const QString &uuid, const QString &disk, const QString &top, const QString &base,
                                            bool deleteMerged)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->blockJobs().blockCommit(uuid, disk, top, base, deleteMerged); });
}

QFuture<VoidResult> Connection::blockPull(const QString &uuid, const QString &disk, const QString &base)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->blockJobs().blockPull(uuid, disk, base); });
}

QFuture<VoidResult> Connection::cancelBlockJob(const QString &uuid, const QString &disk)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->blockJobs().cancelBlockJob(uuid, disk); });
}

QFuture<Result<QVector<HostDevice>>> Connection::hostDevices()
{
    return runOnWorker<Result<QVector<HostDevice>>>([](ConnectionWorker *w) { return w->nodeDevices().hostDevices(); });
}

HostDeviceModel *Connection::hostDeviceModel()
{
    if (!m_hostDevices)
        m_hostDevices = new HostDeviceModel(this, this);
    return m_hostDevices;
}

QFuture<VoidResult> Connection::detachHostDevice(const QString &nodeDeviceName)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->nodeDevices().detachHostDevice(nodeDeviceName); });
}

QFuture<VoidResult> Connection::reattachHostDevice(const QString &nodeDeviceName)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->nodeDevices().reattachHostDevice(nodeDeviceName); });
}

QFuture<Result<QVector<PassthroughReadiness::Check>>> Connection::passthroughReadiness()
{
    return runOnWorker<Result<QVector<PassthroughReadiness::Check>>>([](ConnectionWorker *w) { return w->nodeDevices().passthroughReadiness(); });
}

QFuture<Result<QString>> Connection::createNodeDevice(const QString &xml)
{
    return runOnWorker<Result<QString>>([=](ConnectionWorker *w) { return w->nodeDevices().createNodeDevice(xml); });
}

QFuture<VoidResult> Connection::destroyNodeDevice(const QString &nodeDeviceName)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->nodeDevices().destroyNodeDevice(nodeDeviceName); });
}

QFuture<VoidResult> Connection::updateDefinition(const QString &uuid, DefinitionEdit edit)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->definitions().updateDefinition(uuid, edit); });
}

QFuture<Result<DefinitionUpdate>> Connection::updateDefinition(const QString &uuid, DefinitionEdit edit, DefinitionKeep keep)
{
    return runOnWorker<Result<DefinitionUpdate>>(
        [=](ConnectionWorker *w) { return w->definitions().updateDefinition(uuid, edit, keep); });
}

QFuture<Result<HardwareApplyReport>> Connection::applyHardware(const QString &uuid, const QVector<HardwareChange> &changes)
{
    return runOnWorker<Result<HardwareApplyReport>>([=](ConnectionWorker *w) { return w->devices().apply(uuid, changes); });
}

QFuture<Result<QVector<NetworkInfo>>> Connection::networks()
{
    return runOnWorker<Result<QVector<NetworkInfo>>>([](ConnectionWorker *w) { return w->networks().networks(); });
}

QFuture<VoidResult> Connection::startNetwork(const QString &name)
{
    return runOnWorker<VoidResult>([name](ConnectionWorker *w) { return w->networks().startNetwork(name); });
}

QFuture<Result<QVector<HostInterfaceInfo>>> Connection::hostInterfaces()
{
    return runOnWorker<Result<QVector<HostInterfaceInfo>>>([](ConnectionWorker *w) { return w->networks().hostInterfaces(); });
}

QFuture<Result<QVector<StoragePoolInfo>>> Connection::storagePools()
{
    return runOnWorker<Result<QVector<StoragePoolInfo>>>([](ConnectionWorker *w) { return w->storagePools().pools(); });
}

QFuture<Result<QVector<StorageVolumeInfo>>> Connection::storageVolumes(const QString &pool)
{
    return runOnWorker<Result<QVector<StorageVolumeInfo>>>([pool](ConnectionWorker *w) { return w->storageVolumes().volumes(pool); });
}

QFuture<Result<QString>> Connection::defineStoragePool(const QString &xml)
{
    return runOnWorker<Result<QString>>([xml](ConnectionWorker *w) { return w->storagePools().definePool(xml); });
}

QFuture<VoidResult> Connection::downloadVolumeHead(const QString &path, qint64 bytes, const QString &localFile)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->storageVolumes().downloadHead(path, bytes, localFile); });
}

QFuture<Result<QString>> Connection::defineStoragePool(const QString &xml, bool start, bool autostart)
{
    return runOnWorker<Result<QString>>([=](ConnectionWorker *w) { return w->storagePools().definePool(xml, start, autostart); });
}

QFuture<Result<QStringList>> Connection::storagePoolTypes()
{
    return runOnWorker<Result<QStringList>>([](ConnectionWorker *w) { return Result<QStringList>(w->storagePools().poolTypes()); });
}

QFuture<VoidResult> Connection::startStoragePool(const QString &name)
{
    return runOnWorker<VoidResult>([name](ConnectionWorker *w) { return w->storagePools().startPool(name); });
}

QFuture<VoidResult> Connection::stopStoragePool(const QString &name)
{
    return runOnWorker<VoidResult>([name](ConnectionWorker *w) { return w->storagePools().stopPool(name); });
}

QFuture<VoidResult> Connection::setStoragePoolAutostart(const QString &name, bool on)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->storagePools().setPoolAutostart(name, on); });
}

QFuture<VoidResult> Connection::refreshStoragePool(const QString &name)
{
    return runOnWorker<VoidResult>([name](ConnectionWorker *w) { return w->storagePools().refreshPool(name); });
}

QFuture<VoidResult> Connection::deleteStoragePool(const QString &name, bool deleteContents)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->storagePools().deletePool(name, deleteContents); });
}

QFuture<Result<QString>> Connection::createStorageVolume(const VolumeRequest &request)
{
    return runOnWorker<Result<QString>>([request](ConnectionWorker *w) { return w->storageVolumes().createVolume(request); });
}

QFuture<VoidResult> Connection::deleteStorageVolume(const QString &path)
{
    return runOnWorker<VoidResult>([path](ConnectionWorker *w) { return w->storageVolumes().deleteVolume(path); });
}

QFuture<VoidResult> Connection::resizeStorageVolume(const QString &path, qint64 capacity, bool allowShrink)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->storageVolumes().resizeVolume(path, capacity, allowShrink); });
}

QFuture<VoidResult> Connection::wipeStorageVolume(const QString &path)
{
    return runOnWorker<VoidResult>([path](ConnectionWorker *w) { return w->storageVolumes().wipeVolume(path); });
}

VolumeTransfer *Connection::transferVolume(const TransferRequest &request, QObject *parent)
{
    auto *transfer = new VolumeTransfer(request, parent);
    std::shared_ptr<TransferState> state = transfer->state();
    // The worker only lends its connection: the transfer takes its own
    // reference and runs on its own thread.
    runOnWorker<VoidResult>([request, state](ConnectionWorker *w) -> VoidResult {
        if (!w->session().isOpen())
            return w->session().notConnected();
        virConnectRef(w->session().conn());
        startVolumeTransfer(w->session().conn(), request, state);
        return {};
    }).then(transfer, [transfer, path = request.volumePath](const VoidResult &r) {
        if (!r)
            transfer->reportFinished(false, false, r.error().message, path);
    });
    return transfer;
}

QFuture<Result<DomainCapabilities>> Connection::domainCapabilities(const QString &arch, const QString &machine)
{
    return runOnWorker<Result<DomainCapabilities>>([=](ConnectionWorker *w) { return w->capabilities().domainCapabilities(arch, machine); });
}

QFuture<Result<CreationOutcome>> Connection::createDomain(const CreationRequest &request)
{
    return runOnWorker<Result<CreationOutcome>>([request](ConnectionWorker *w) { return w->creation().create(request); });
}

QFuture<Result<QString>> Connection::defineNetwork(const QString &xml)
{
    return runOnWorker<Result<QString>>([=](ConnectionWorker *w) { return w->networks().defineNetwork(xml); });
}

QFuture<Result<QString>> Connection::createNetwork(const QString &xml, bool start, bool autostart)
{
    return runOnWorker<Result<QString>>([=](ConnectionWorker *w) { return w->networks().createNetwork(xml, start, autostart); });
}

QFuture<VoidResult> Connection::stopNetwork(const QString &name)
{
    return runOnWorker<VoidResult>([name](ConnectionWorker *w) { return w->networks().stopNetwork(name); });
}

QFuture<VoidResult> Connection::setNetworkAutostart(const QString &name, bool on)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->networks().setAutostart(name, on); });
}

QFuture<VoidResult> Connection::deleteNetwork(const QString &name)
{
    return runOnWorker<VoidResult>([name](ConnectionWorker *w) { return w->networks().deleteNetwork(name); });
}

QFuture<Result<QString>> Connection::networkXml(const QString &name)
{
    return runOnWorker<Result<QString>>([name](ConnectionWorker *w) { return w->networks().networkXml(name); });
}

QFuture<VoidResult> Connection::redefineNetwork(const QString &uuid, const QString &xml)
{
    return runOnWorker<VoidResult>([=](ConnectionWorker *w) { return w->networks().redefineNetwork(uuid, xml); });
}

QFuture<Result<QVector<NetworkLease>>> Connection::networkLeases(const QString &name)
{
    return runOnWorker<Result<QVector<NetworkLease>>>([name](ConnectionWorker *w) { return w->networks().dhcpLeases(name); });
}

QFuture<Result<QStringList>> Connection::networkUsers(const QString &name)
{
    return runOnWorker<Result<QStringList>>([name](ConnectionWorker *w) { return w->networks().networkUsers(name); });
}

QFuture<Result<ClonePlan>> Connection::clonePlan(const QString &uuid)
{
    return runOnWorker<Result<ClonePlan>>([uuid](ConnectionWorker *w) { return w->cloning().plan(uuid); });
}

QFuture<Result<CloneOutcome>> Connection::cloneDomain(const CloneRequest &request)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    const QString jobId = request.jobId;
    if (!jobId.isEmpty())
        m_cloneCancels.insert(jobId, cancel);
    auto promise = std::make_shared<QPromise<Result<CloneOutcome>>>();
    QFuture<Result<CloneOutcome>> future = promise->future();
    promise->start();
    // Progress comes from the copying thread: through a relay object living
    // here, which outlives this connection while a copy still reports.
    std::shared_ptr<QObject> relay(new QObject, [](QObject *o) { o->deleteLater(); });
    const QPointer<Connection> self(this);
    Cloning::Progress progress = [relay, self](const CloneProgress &p) {
        QMetaObject::invokeMethod(relay.get(), handOver([self, p] {
            if (self)
                emit self->cloneProgress(p);
        }), Qt::QueuedConnection);
    };
    Cloning::Done done = [promise](Result<CloneOutcome> r) {
        promise->addResult(std::move(r));
        promise->finish();
    };
    ConnectionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, handOver([worker, request, cancel, progress, done] {
        worker->cloning().start(request, cancel, progress, done);
        worker->callDone();
    }), Qt::QueuedConnection);
    return future.then(this, [this, jobId](const Result<CloneOutcome> &r) {
        m_cloneCancels.remove(jobId);
        return r;
    });
}

void Connection::cancelClone(const QString &jobId)
{
    if (const auto cancel = m_cloneCancels.value(jobId))
        cancel->store(true);
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

// For the parts of Connection in other files (connectionmigration.cpp).
template QFuture<VoidResult> Connection::runOnWorker<VoidResult>(std::function<VoidResult(ConnectionWorker *)>);
template QFuture<Result<MigrationSubject>>
Connection::runOnWorker<Result<MigrationSubject>>(std::function<Result<MigrationSubject>(ConnectionWorker *)>);
