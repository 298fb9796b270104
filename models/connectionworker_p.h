#pragma once

// Private to models/: with those in models/libvirt/, the only headers that
// see libvirt.

#include "connection.h"
#include "libvirt/blockjobs.h"
#include "libvirt/capabilities.h"
#include "libvirt/cloning.h"
#include "libvirt/consoleendpoints.h"
#include "libvirt/domaincreation.h"
#include "libvirt/domaindefinitions.h"
#include "libvirt/domaindevices.h"
#include "libvirt/domainlifecycle.h"
#include "libvirt/migration.h"
#include "libvirt/networks.h"
#include "libvirt/nodedevices.h"
#include "libvirt/session.h"
#include "libvirt/snapshots.h"
#include "libvirt/statistics.h"
#include "libvirt/storagepools.h"
#include "libvirt/storagevolumes.h"
#include "libvirt/transferthread.h"
#include "libvirt/storage.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <QObject>
#include <QTimer>

#include <libvirt/libvirt.h>

// Hands libvirt's auth questions to the GUI and the answers back; the worker
// waits on it, the GUI never does.
// std::mutex and std::condition_variable, not QMutex and QWaitCondition:
// ThreadSanitizer intercepts these, while QWaitCondition unlocks and relocks
// inside Debian's uninstrumented Qt Core, where TSan cannot see it.
struct CredentialExchange
{
    std::mutex mutex;
    std::condition_variable answered;
    bool pending = false;
    bool cancelled = false;
    QStringList answers;
};

// The thread side of a Connection: opens, closes and reconnects the session
// (keepalive, the close callback, back-off), registers libvirt's events and
// hands each to the service of its kind. Connection calls the services on
// this thread through the accessors.
class ConnectionWorker final : public QObject
{
    Q_OBJECT

public:
    ConnectionWorker(const QString &uri, std::shared_ptr<CredentialExchange> credentials);
    ~ConnectionWorker() override;

    void open();
    void close();
    void setStatsSettings(const StatsSettings &settings);

    DomainLifecycle &lifecycle() { return *m_lifecycle; }
    // After each call Connection runs here: the domains it changed are read now.
    void callDone();
    DomainDefinitions &definitions() { return m_definitions; }
    DomainDevices &devices() { return m_devices; }
    Storage &storage() { return m_storage; }
    Snapshots &snapshots() { return m_snapshots; }
    BlockJobs &blockJobs() { return *m_blockJobs; }
    NodeDevices &nodeDevices() { return m_nodeDevices; }
    Networks &networks() { return m_networks; }
    ConsoleEndpoints &consoleEndpoints() { return m_consoleEndpoints; }
    StoragePools &storagePools() { return m_storagePools; }
    StorageVolumes &storageVolumes() { return m_storageVolumes; }
    Session &session() { return m_session; }
    Capabilities &capabilities() { return m_capabilities; }
    DomainCreation &creation() { return m_creation; }
    Migrations &migrations() { return m_migrations; }
    Cloning &cloning() { return m_cloning; }

    // Called from libvirt's event thread through queued invocations.
    void queueRefresh(const QString &uuid);
    void blockJobEvent(const QString &uuid, const QString &disk, int type, int status);
    void connectionLost(const QString &why);

    // Used by the auth callback on this worker's thread.
    int askCredentials(virConnectCredentialPtr cred, unsigned int ncred);

signals:
    void stateChanged(ConnectionState state, const QString &error);
    void credentialsRequested(const QVector<CredentialField> &fields);
    // The services' own, passed on: Connection disconnects from the worker alone.
    void domainsLoaded(const QVector<DomainInfo> &domains);
    void domainUpdated(const DomainInfo &domain);
    void domainRemoved(const QString &uuid);
    void statsSampled(const QVector<DomainStats> &stats);
    void statsTicked(const StatsTick &tick);
    void blockJobChanged(const BlockJob &job);
    void hostDevicesChanged();
    void storagePoolChanged(const QString &name);
    // A virtual network was defined, undefined, started or stopped.
    void networkChanged(const QString &name);

private:
    bool tryOpen();
    void setUp();
    void tearDown();
    void scheduleReconnect();
    void checkAlive();

    Session m_session;
    DomainDefinitions m_definitions{m_session};
    DomainDevices m_devices{m_session, m_definitions};
    Storage m_storage{m_session, m_definitions};
    Snapshots m_snapshots{m_session, m_definitions, m_storage};
    NodeDevices m_nodeDevices{m_session, m_definitions};
    Networks m_networks{m_session};
    ConsoleEndpoints m_consoleEndpoints{m_session, m_definitions};
    StoragePools m_storagePools{m_session};
    StorageVolumes m_storageVolumes{m_session};
    Capabilities m_capabilities{m_session};
    DomainCreation m_creation{m_session, m_storageVolumes};
    Migrations m_migrations{m_session};
    Cloning m_cloning{m_session, m_definitions, m_storageVolumes};
    std::shared_ptr<CredentialExchange> m_credentials;
    bool m_wanted = false;      // the user wants this connection open
    int m_lifecycleCallback = -1;
    int m_rebootCallback = -1;
    int m_metadataCallback = -1;
    int m_blockJobCallback = -1;
    int m_deviceAddedCallback = -1;
    int m_deviceRemovedCallback = -1;
    int m_nodeDeviceCallback = -1;
    int m_nodeDeviceUpdateCallback = -1;
    int m_poolLifecycleCallback = -1;
    int m_poolRefreshCallback = -1;
    int m_networkCallback = -1;
    int m_backoffMsec = 1000;
    QTimer *m_reconnectTimer = nullptr;
    // QObjects (timers, signals): children, so they move to the worker's thread with it.
    Statistics *m_statistics = nullptr;
    DomainLifecycle *m_lifecycle = nullptr;
    BlockJobs *m_blockJobs = nullptr;
};
