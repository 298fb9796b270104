#pragma once

#include "clonespec.h"
#include "domaindescription.h"
#include "domaininfo.h"
#include "domaincapabilities.h"
#include "domainxml.h"
#include "hardwarechange.h"
#include "creation.h"
#include "hostdevice.h"
#include "migrationspec.h"
#include "networkinfo.h"
#include "passthroughreadiness.h"
#include "result.h"
#include "snapshotinfo.h"
#include "statshistory.h"
#include "storagepoolinfo.h"
#include "volumetransfer.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

class ConnectionWorker;
struct MigrationJob;
class DomainListModel;
class HostDeviceModel;
class QThread;
struct CredentialExchange;

enum class ConnectionState {
    Disconnected, // never opened, or closed by the user
    Connecting,   // first open under way
    Connected,
    Reconnecting, // lost after being connected; retrying with back-off
    Failed,       // the open failed; lastError() says why
};

// One question libvirt's auth callback asks (user name, password, passphrase...).
struct CredentialField
{
    enum class Kind { UserName, AuthName, Password, Passphrase, EchoPrompt, NoEchoPrompt, Realm, Other };
    Kind kind = Kind::Other;
    QString prompt;
    QString challenge;
    QString defaultValue;
    bool isSecret() const
    {
        return kind == Kind::Password || kind == Kind::Passphrase || kind == Kind::NoEchoPrompt;
    }
};

struct HostInfo
{
    QString uri;
    QString hostname;
    QString hypervisor;
    quint64 hypervisorVersion = 0; // major * 1,000,000 + minor * 1,000 + release
    quint64 libvirtVersion = 0;
    QString cpuModel;
    int cpus = 0;
    int mhz = 0;
    int sockets = 0;
    int cores = 0;
    int threads = 0;
    quint64 memoryKiB = 0;
    quint64 freeMemoryKiB = 0;
    int domainCount = 0;
    int activeDomainCount = 0;
};

enum class DomainAction {
    Start,
    Shutdown,
    Reboot,
    ForceOff,
    Reset,
    Pause,
    Resume,
    ManagedSave,
    RemoveManagedSave,
    EnableAutostart,
    DisableAutostart,
};

// The images behind one disk of a domain: the active layer first, then its backing files.
struct DiskStorage
{
    QString target;
    QString device;
    QVector<DiskImage> chain;
};

// Where a console reaches a domain's VNC server.
struct ConsoleEndpoint
{
    int fd = -1;        // a connected socket from libvirt (local hosts); owned by the receiver
    QString host;       // else TCP to host:port
    int port = -1;
    QString password;   // from the domain XML when this connection may read it
    bool passwordRequired = false;
    bool localLink = true;
};

// Where a SPICE client (remote-viewer) reaches a domain's SPICE display.
struct SpiceEndpoint
{
    QString host;       // to connect to from this machine; empty when the
    int port = -1;      // display is reached through SSH (see ssh)
    int tlsPort = -1;
    QString password;   // from the domain XML when this connection may read it
    bool passwordRequired = false;
    QByteArray caCertificate; // PEM of the host's SPICE CA, when tlsPort is given
    // On a qemu+ssh host: the SSH host and the address as the host sees it.
    bool throughSsh = false;
    QString sshUri;
    QString remoteHost;
    QString name;       // the VM's name, for the viewer's title
};

// A domain's snapshots and the backing chain of each of its disks.
struct SnapshotState
{
    QVector<SnapshotInfo> snapshots;
    QVector<DiskStorage> disks;
};

struct SnapshotRequest
{
    enum class Kind { Internal, ExternalDiskOnly, ExternalWithMemory };
    QString name;
    QString description;
    Kind kind = Kind::Internal;
    QHash<QString, QString> overlays; // disk target -> new overlay file (external)
    QString memoryFile;               // ExternalWithMemory
};

// A merge (block commit or pull) under way on one disk.
struct BlockJob
{
    enum class Type { Pull, Commit, ActiveCommit, Other };
    // Ended: the job went while the host was away, so how it ended is not
    // known; the chain as it now is says what happened.
    enum class Status { Running, Ready, Completed, Failed, Cancelled, Ended };
    QString uuid;
    QString disk;
    Type type = Type::Other;
    Status status = Status::Running;
    quint64 cur = 0;
    quint64 end = 0;
};

struct StorageDeletion
{
    QString path;
    bool deleted = false;
    QString error;
    // A remote image no pool holds: deleteImagesThroughFolderPools() can.
    bool outsidePools = false;
};

// One libvirt connection (one URI). Owns the virConnectPtr and a worker thread
// on which every libvirt call of this connection runs, in order. Calls return
// futures; lifecycle events and statistics arrive as queued signals.
class Connection final : public QObject
{
    Q_OBJECT

public:
    explicit Connection(const QString &uri, QObject *parent = nullptr);
    ~Connection() override;

    QString uri() const { return m_uri; }
    QString displayName() const;
    ConnectionState state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    bool isLocal() const;

    bool autoconnect() const { return m_autoconnect; }
    void setAutoconnect(bool on) { m_autoconnect = on; }

    DomainListModel *domainModel() const { return m_model; }
    // The host's devices, shared by every page that shows them; empty until
    // one of them calls reload().
    HostDeviceModel *hostDeviceModel();

    // What statistics are sampled and how often (an interval of 0 turns
    // sampling off), and how much history is kept.
    void setStatsSettings(const StatsSettings &settings);
    StatsSettings statsSettings() const { return m_statsSettings; }
    // Every running domain's and the host's figures over time; fed on each
    // tick while the connection is open, emptied when it closes.
    StatsHistory *statsHistory() const { return m_history; }

    void open();
    void close();
    // Whether destroying this connection waits (up to 3 s) for its thread to
    // close it cleanly; off for one removed while the window runs.
    void setWaitOnClose(bool wait) { m_waitOnClose = wait; }

    QFuture<VoidResult> perform(const QString &uuid, DomainAction action);
    QFuture<VoidResult> saveToFile(const QString &uuid, const QString &path);
    QFuture<VoidResult> restoreFromFile(const QString &path);
    // Name and UUID of the domain whose state a save file holds.
    QFuture<Result<DomainInfo>> saveFileDomain(const QString &path);
    QFuture<VoidResult> rename(const QString &uuid, const QString &newName);
    QFuture<Result<QString>> domainXml(const QString &uuid, bool inactive = false);
    // The persistent definition with its secrets (VIR_DOMAIN_XML_SECURE |
    // VIR_DOMAIN_XML_INACTIVE), as `virsh edit` reads it: the text an editor
    // shows, so that saving it keeps a VNC password.
    QFuture<Result<QString>> editableXml(const QString &uuid);
    // Defines (or redefines) a persistent domain; returns its UUID.
    QFuture<Result<QString>> defineXml(const QString &xml);
    // The same, checked against libvirt's schema first (VIR_DOMAIN_DEFINE_VALIDATE).
    QFuture<Result<QString>> defineXmlValidated(const QString &xml);
    // Saves text a user edited as the persistent definition of the domain
    // uuid, validated against the schema. Refused with a reason when the text
    // names another UUID or another name; libvirt's own message otherwise
    // (XmlError::lineOf finds the line it names).
    QFuture<VoidResult> redefineXml(const QString &uuid, const QString &xml);
    // Reads the persistent definition with its secrets (VIR_DOMAIN_XML_SECURE |
    // VIR_DOMAIN_XML_INACTIVE), changes its DOM with edit (a pure function, run
    // on the connection's thread) and defines the result, in one go: no other
    // change of this connection comes between, and whatever edit leaves alone
    // (a VNC password, <metadata>, elements QVirt does not know) is kept.
    // edit's error is returned as it is and nothing is defined.
    using DefinitionEdit = DomainXml::Edit;
    QFuture<VoidResult> updateDefinition(const QString &uuid, DefinitionEdit edit);
    // The same, keeping what it replaces. keep runs on the connection's
    // thread twice: once edit worked and before the define, with
    // update.after empty (its error stops everything: nothing is defined),
    // and after the define with what libvirt keeps (its error is returned;
    // the new definition stays). The answer holds the definition before and
    // after, both as editableXml() reads them.
    using DefinitionKeep = std::function<VoidResult(const DefinitionUpdate &update)>;
    QFuture<Result<DefinitionUpdate>> updateDefinition(const QString &uuid, DefinitionEdit edit, DefinitionKeep keep);
    // Applies hardware changes in order: each to the persistent definition (as
    // updateDefinition does) and, while the VM runs, to the running VM where
    // libvirt allows. The report says per change what happened live and what
    // waits for a restart, and why.
    QFuture<Result<HardwareApplyReport>> applyHardware(const QString &uuid, const QVector<HardwareChange> &changes);
    QFuture<Result<QVector<DiskStorage>>> storageOf(const QString &uuid);
    // Forces off if running, undefines (with managed save, snapshot metadata and
    // NVRAM), then deletes the given images; one entry per path.
    QFuture<Result<QVector<StorageDeletion>>> deleteDomain(const QString &uuid, const QStringList &paths);
    // Deletes images no storage pool holds through a transient dir pool on
    // each one's folder (removed again after; the folder stays).
    QFuture<Result<QVector<StorageDeletion>>> deleteImagesThroughFolderPools(const QStringList &paths);
    // Every image of every VM's disk chains and the VMs that use it.
    QFuture<Result<QHash<QString, QStringList>>> storageImageUsers();
    QFuture<Result<HostInfo>> hostInfo();
    // The host's PCI and USB devices (libvirt's node devices), with names
    // from pci.ids/usb.ids where libvirt has none and the VMs that use each.
    QFuture<Result<QVector<HostDevice>>> hostDevices();
    // Binds a PCI device to vfio-pci (virNodeDeviceDetachFlags) so a guest can
    // take it, or gives it back to its host driver.
    QFuture<VoidResult> detachHostDevice(const QString &nodeDeviceName);
    QFuture<VoidResult> reattachHostDevice(const QString &nodeDeviceName);
    // Creates a transient node device (a mediated device such as a vGPU, or a
    // vHBA) from its XML; returns its name. destroyNodeDevice removes one.
    QFuture<Result<QString>> createNodeDevice(const QString &xml);
    QFuture<VoidResult> destroyNodeDevice(const QString &nodeDeviceName);
    // Whether the host can pass devices through: /proc and /sys on a local
    // host, what libvirt reports (domain capabilities, node devices) on others.
    QFuture<Result<QVector<PassthroughReadiness::Check>>> passthroughReadiness();
    // The host's virtual networks.
    QFuture<Result<QVector<NetworkInfo>>> networks();
    // Defines, starts and autostarts a virtual network; returns its name.
    QFuture<Result<QString>> defineNetwork(const QString &xml);
    // Defines a network validated against the schema (VIR_NETWORK_DEFINE_VALIDATE),
    // then starts it and sets autostart as asked; returns its name. One that
    // would not start stays defined, and the error says so.
    QFuture<Result<QString>> createNetwork(const QString &xml, bool start, bool autostart);
    QFuture<VoidResult> startNetwork(const QString &name);
    QFuture<VoidResult> stopNetwork(const QString &name);
    QFuture<VoidResult> setNetworkAutostart(const QString &name, bool on);
    // Stops the network when it runs and undefines it.
    QFuture<VoidResult> deleteNetwork(const QString &name);
    // The persistent definition, as an editor shows it.
    QFuture<Result<QString>> networkXml(const QString &name);
    // Saves edited text as the definition of the network uuid, validated;
    // refused with a reason when the text names another UUID or name.
    QFuture<VoidResult> redefineNetwork(const QString &uuid, const QString &xml);
    QFuture<Result<QVector<NetworkLease>>> networkLeases(const QString &name);
    // The names of the VMs with an interface on the network.
    QFuture<Result<QStringList>> networkUsers(const QString &name);
    // The host's interfaces: bridges such as br0, NICs for macvtap, with
    // addresses and bridge ports (from the kernel on this machine when
    // libvirt's interface driver does not say).
    QFuture<Result<QVector<HostInterfaceInfo>>> hostInterfaces();
    QFuture<Result<QVector<StoragePoolInfo>>> storagePools();
    QFuture<Result<QVector<StorageVolumeInfo>>> storageVolumes(const QString &pool);
    // Defines, builds, starts and autostarts a pool; returns its name.
    QFuture<Result<QString>> defineStoragePool(const QString &xml);
    // The same with a choice: start it now (building a missing folder), start it with the host.
    QFuture<Result<QString>> defineStoragePool(const QString &xml, bool start, bool autostart);
    // The pool types the host supports (its storage pool capabilities; a
    // fixed list when the host cannot say). Never fails.
    QFuture<Result<QStringList>> storagePoolTypes();
    QFuture<VoidResult> startStoragePool(const QString &name);
    QFuture<VoidResult> stopStoragePool(const QString &name);
    QFuture<VoidResult> setStoragePoolAutostart(const QString &name, bool on);
    QFuture<VoidResult> refreshStoragePool(const QString &name);
    // Stops the pool, with deleteContents removes its storage
    // (virStoragePoolDelete: a dir pool's empty folder), then undefines it.
    QFuture<VoidResult> deleteStoragePool(const QString &name, bool deleteContents);
    // Creates a volume (a qcow2 overlay when request names a backing image); returns its path.
    QFuture<Result<QString>> createStorageVolume(const VolumeRequest &request);
    QFuture<VoidResult> deleteStorageVolume(const QString &path);
    // A smaller capacity is refused unless allowShrink.
    QFuture<VoidResult> resizeStorageVolume(const QString &path, qint64 capacity, bool allowShrink);
    QFuture<VoidResult> wipeStorageVolume(const QString &path);
    // Starts an upload or download on a thread of its own (see
    // VolumeTransfer); parent owns the object. Fails through its finished().
    VolumeTransfer *transferVolume(const TransferRequest &request, QObject *parent);
    // Copies the first bytes of a volume on the host into a local file (OS
    // detection of media on remote hosts).
    QFuture<VoidResult> downloadVolumeHead(const QString &path, qint64 bytes, const QString &localFile);
    // What the hypervisor offers a new VM of arch and machine (empty: defaults).
    QFuture<Result<DomainCapabilities>> domainCapabilities(const QString &arch = {}, const QString &machine = {});
    // Makes a new VM (see DomainCreation); a start that fails is in the outcome.
    QFuture<Result<CreationOutcome>> createDomain(const CreationRequest &request);
    // Opens the domain's VNC display: a socket from libvirt where it can pass
    // one, else the TCP address. Fails with a reason (not running, no
    // graphics, SPICE only) a console shows as it is.
    QFuture<Result<ConsoleEndpoint>> openConsole(const QString &uuid);
    // Where a SPICE client reaches the running domain's SPICE display, read
    // from its live XML with the password where this connection may read it.
    QFuture<Result<SpiceEndpoint>> spiceEndpoint(const QString &uuid);

    // What the VM's definition says about moving it (its disks, devices
    // passed through).
    QFuture<Result<MigrationSubject>> migrationSubject(const QString &uuid);
    // Moves the VM to the host of destination (another open connection), live
    // when it runs, offline when it is shut off; migrationProgressed() follows
    // it. The move runs on a thread of its own: both connections answer other
    // calls meanwhile. Whatever it made on the destination goes again when it
    // fails or is cancelled; the VM stays on this host then, as it was.
    QFuture<Result<MigrationOutcome>> migrate(const QString &uuid, Connection *destination, const MigrationOptions &options);
    bool isMigrating(const QString &uuid) const { return m_migrations.contains(uuid); }
    // Asks libvirt to stop the move (not possible once post-copy began).
    void cancelMigration(const QString &uuid);
    // Lets the VM run on the destination now while the rest of its memory
    // follows (needs MigrationOptions::postCopy).
    void startPostCopy(const QString &uuid);

    QFuture<Result<SnapshotState>> snapshots(const QString &uuid);
    // Atomic across all disks; quiesced when a guest agent answers.
    QFuture<VoidResult> createSnapshot(const QString &uuid, const SnapshotRequest &request);
    QFuture<VoidResult> revertToSnapshot(const QString &uuid, const QString &name);
    QFuture<VoidResult> deleteSnapshot(const QString &uuid, const QString &name);

    // Merges top (empty: the active layer) down into base. Empty base: the image
    // right below top for an inactive commit, the bottom of the chain for an
    // active one. An active commit pivots onto base when it is ready.
    // The future answers when the job has started; blockJobChanged() follows it.
    // deleteMerged: the images that left the chain are deleted once it succeeded.
    QFuture<VoidResult> blockCommit(const QString &uuid, const QString &disk, const QString &top, const QString &base,
                                    bool deleteMerged = false);
    // Pulls the backing files above base (empty: all of them) into the active layer.
    QFuture<VoidResult> blockPull(const QString &uuid, const QString &disk, const QString &base);
    // Stops a merge; the images stay valid and the chain as it was.
    QFuture<VoidResult> cancelBlockJob(const QString &uuid, const QString &disk);

    // What cloning the domain involves: its state, its disks (with the pool
    // of each and what a clone does with it by default), the names taken.
    QFuture<Result<ClonePlan>> clonePlan(const QString &uuid);
    // Makes the clones of request (see Cloning): the future answers when they
    // are defined, or cancelled (cancelClone), or failed, and then nothing
    // the job made is left. cloneProgress() follows the disks' copies.
    QFuture<Result<CloneOutcome>> cloneDomain(const CloneRequest &request);
    // Stops waiting for the job's copies and deletes what it made; a copy
    // libvirt is still writing goes as soon as libvirt hands it over.
    void cancelClone(const QString &jobId);

    // Answers to credentialsRequested(), in the order of the fields.
    void provideCredentials(const QStringList &answers);
    void cancelCredentials();

    static QString stateName(ConnectionState state);

signals:
    void stateChanged(ConnectionState state);
    // Asked from the worker while libvirt waits; answer with provideCredentials().
    void credentialsRequested(const QVector<CredentialField> &fields);

    // Fed to the domain model.
    void domainsLoaded(const QVector<DomainInfo> &domains);
    void domainUpdated(const DomainInfo &domain);
    void domainRemoved(const QString &uuid);
    void statsSampled(const QVector<DomainStats> &stats);
    // Every tick's figures (also appended to statsHistory() before this).
    void statsTicked(const StatsTick &tick);
    void blockJobChanged(const BlockJob &job);
    // A node device appeared, went away or changed (hot-plug, VFs created,
    // driver rebound).
    void hostDevicesChanged();
    void migrationProgressed(const MigrationProgress &progress);
    // A storage pool was defined, started, stopped, undefined or refreshed
    // (libvirt's pool events).
    void storagePoolChanged(const QString &name);
    // A virtual network was defined, undefined, started or stopped (libvirt's
    // network lifecycle event).
    void networkChanged(const QString &name);
    // A full clone's copy moved on.
    void cloneProgress(const CloneProgress &progress);

private:
    template<typename R>
    QFuture<R> runOnWorker(std::function<R(ConnectionWorker *)> fn);
    void onWorkerState(ConnectionState state, const QString &error);
    void onStatsTick(const StatsTick &tick);

    QString m_uri;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_lastError;
    bool m_autoconnect = true;
    bool m_waitOnClose = true;
    StatsSettings m_statsSettings;
    StatsHistory *m_history = nullptr;
    QThread *m_thread = nullptr;
    ConnectionWorker *m_worker = nullptr;
    std::shared_ptr<CredentialExchange> m_credentials;
    DomainListModel *m_model = nullptr;
    HostDeviceModel *m_hostDevices = nullptr;
    QHash<QString, std::shared_ptr<MigrationJob>> m_migrations;
    QHash<QString, std::shared_ptr<std::atomic_bool>> m_cloneCancels; // by job id
};

Q_DECLARE_METATYPE(ConnectionState)
Q_DECLARE_METATYPE(BlockJob)
