#pragma once

// Private to models/: the only header besides .cpp files that sees libvirt.

#include "connection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QWaitCondition>

#include <functional>
#include <optional>

#include <libvirt/libvirt.h>

// Hands libvirt's auth questions to the GUI and the answers back; the worker
// waits on it, the GUI never does.
struct CredentialExchange
{
    QMutex mutex;
    QWaitCondition answered;
    bool pending = false;
    bool cancelled = false;
    QStringList answers;
};

struct DomainHandle; // owns a virDomainPtr

class ConnectionWorker final : public QObject
{
    Q_OBJECT

public:
    ConnectionWorker(const QString &uri, std::shared_ptr<CredentialExchange> credentials);
    ~ConnectionWorker() override;

    void open();
    void close();
    void setStatsInterval(int msec);

    VoidResult perform(const QString &uuid, DomainAction action);
    VoidResult saveToFile(const QString &uuid, const QString &path);
    VoidResult restoreFromFile(const QString &path);
    Result<DomainInfo> saveFileDomain(const QString &path);
    VoidResult rename(const QString &uuid, const QString &newName);
    Result<QString> domainXml(const QString &uuid, bool inactive);
    Result<QString> defineXml(const QString &xml);
    VoidResult updateDefinition(const QString &uuid, const Connection::DefinitionEdit &edit);
    Result<QVector<DiskStorage>> storageOf(const QString &uuid);
    Result<QVector<StorageDeletion>> deleteDomain(const QString &uuid, const QStringList &paths);
    Result<HostInfo> hostInfo();
    Result<QVector<HostDevice>> hostDevices();
    VoidResult detachHostDevice(const QString &name);
    VoidResult reattachHostDevice(const QString &name);
    Result<QVector<PassthroughReadiness::Check>> passthroughReadiness();
    Result<QString> defineNetwork(const QString &xml);
    Result<QVector<NetworkInfo>> networks();
    Result<QString> createNodeDevice(const QString &xml);
    VoidResult destroyNodeDevice(const QString &name);
    Result<ConsoleEndpoint> openConsole(const QString &uuid);
    Result<SnapshotState> snapshots(const QString &uuid);
    VoidResult createSnapshot(const QString &uuid, const SnapshotRequest &request);
    VoidResult revertToSnapshot(const QString &uuid, const QString &name);
    VoidResult deleteSnapshot(const QString &uuid, const QString &name);
    VoidResult blockCommit(const QString &uuid, const QString &disk, const QString &top, const QString &base, bool deleteMerged);
    VoidResult blockPull(const QString &uuid, const QString &disk, const QString &base);
    VoidResult cancelBlockJob(const QString &uuid, const QString &disk);
    void blockJobEvent(const QString &uuid, const QString &disk, int type, int status);

    // Called from libvirt's event thread through queued invocations.
    void queueRefresh(const QString &uuid);
    void connectionLost(const QString &why);

    // Used by the auth callback on this worker's thread.
    int askCredentials(virConnectCredentialPtr cred, unsigned int ncred);

signals:
    void stateChanged(ConnectionState state, const QString &error);
    void credentialsRequested(const QVector<CredentialField> &fields);
    void domainsLoaded(const QVector<DomainInfo> &domains);
    void domainUpdated(const DomainInfo &domain);
    void domainRemoved(const QString &uuid);
    void statsSampled(const QVector<DomainStats> &stats);
    void blockJobChanged(const BlockJob &job);
    void hostDevicesChanged();

private:
    bool tryOpen();
    void setUp();
    void tearDown();
    void scheduleReconnect();
    void loadAll();
    void flushRefresh();
    void sampleStats();
    DomainInfo readInfo(virDomainPtr dom);
    Error takeError(const QString &fallback = {});
    Error notConnected() const;
    // Looks a domain up by UUID; the error when not connected or not found.
    std::optional<Error> lookup(const QString &uuid, DomainHandle &dom);
    template<typename F>
    VoidResult withDomain(const QString &uuid, F &&fn);
    std::optional<Error> lookupSnapshot(const QString &uuid, const QString &name, DomainHandle &dom, virDomainSnapshotPtr *snap);
    VoidResult snapshotCallResult(const QString &uuid, int rc, const QString &explainExternal);
    void checkAlive();
    void markUsers(QVector<HostDevice> *devices);
    QVector<DiskImage> chainOf(const DiskDescription &disk);
    void fillSizes(QVector<DiskImage> *chain);
    VoidResult revertExternal(virDomainPtr dom, const QString &uuid, const SnapshotInfo &info, const QString &snapXml);
    QString volumeBackingPath(const QString &path, bool *found);

    QString m_uri;
    bool m_local = false;
    std::shared_ptr<CredentialExchange> m_credentials;
    virConnectPtr m_conn = nullptr;
    bool m_wanted = false;      // the user wants this connection open
    int m_lifecycleCallback = -1;
    int m_rebootCallback = -1;
    int m_metadataCallback = -1;
    int m_blockJobCallback = -1;
    int m_nodeDeviceCallback = -1;
    int m_nodeDeviceUpdateCallback = -1;
    struct Job { BlockJob::Type type; bool pivot = false; };
    QHash<QPair<QString, QString>, Job> m_jobs; // (uuid, disk)
    QTimer *m_jobTimer = nullptr;
    void pollJobs();
    void dropMergedSnapshots(const QString &uuid);
    VoidResult startJob(const QString &uuid, const QString &disk, BlockJob::Type type, bool pivot,
                        const std::function<int(virDomainPtr)> &start);
    QString imageQemuCannotOpen(const QString &uuid);
    std::optional<QVector<DiskImage>> offlineChain(const QString &uuid, const QString &disk);
    VoidResult finishOfflineMerge(const QString &uuid, const QString &disk, BlockJob::Type type, const VoidResult &merged);
    int m_backoffMsec = 1000;
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_statsTimer = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QSet<QString> m_pendingRefresh;
    QSet<QString> m_unreachableDisplayHosts; // VNC displays there go through SSH
    QHash<QString, int> m_vcpus;
    struct CpuSample { quint64 cpuNs = 0; qint64 wallNs = 0; };
    QHash<QString, CpuSample> m_cpuSamples;
    QHash<QString, DomainStats> m_lastStats;
    QElapsedTimer m_clock;
    bool m_statsUnsupported = false;
};
