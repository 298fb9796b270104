#pragma once

#include "connection.h"
#include "osdatabase.h"
#include "vmspec.h"

#include <QPointer>
#include <QWizard>

#include <memory>
#include <optional>

class QLabel;
class MethodPage;
class SourcePage;
class ResourcesPage;
class StoragePage;
class NetworkPage;
class SummaryPage;
class TreeDownloader;

// What every page of the wizard reads about the host: read once when the
// wizard opens (off the GUI thread), refreshed where a page acts.
struct NewVmHost
{
    bool loaded = false;
    QString loadError;
    DomainCapabilities caps;
    HostInfo host;
    QVector<StoragePoolInfo> pools;
    QVector<NetworkInfo> networks;
    QVector<HostInterfaceInfo> interfaces;
    QStringList domainNames;
    bool session = false; // qemu:///session: user-mode networking, no bridges
    QString distribution; // this machine's (localDistribution()) on a local host; empty elsewhere
};

// The New VM wizard: install method and source, operating system (detected by
// libosinfo or chosen), memory and CPUs, firmware, storage, network and
// display, then a summary with "customize before install". Every page only
// edits the VmSpec; Finish builds the definition and the creation service
// makes it on the connection's thread.
class NewVmWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { Method, Source, Resources, Storage, Network, Summary };

    explicit NewVmWizard(Connection *connection, QWidget *parent = nullptr);
    ~NewVmWizard() override;

    Connection *connection() const { return m_connection; }
    const NewVmHost &host() const { return m_host; }
    std::shared_ptr<const OsDatabase> osDatabase() const { return m_osdb; }
    VmSpec &spec() { return m_spec; }
    const VmSpec &spec() const { return m_spec; }
    // The chosen OS (detected or picked); nullopt: generic.
    const std::optional<OsEntry> &os() const { return m_os; }
    void setOs(const std::optional<OsEntry> &os);

    // The definition Finish would create now.
    QString definition() const;
    // The host's data again (after creating a pool or starting a network).
    void reloadHost();
    // The created VM's UUID once done.
    QString createdUuid() const { return m_createdUuid; }
    // The definition the customize step edits; empty when not customized.
    QString customizedXml() const { return m_customXml; }
    void setCustomizedXml(const QString &xml) { m_customXml = xml; }

    // The steps Finish takes, for tests and the customize dialog.
    void create();

signals:
    void hostLoaded();
    void osChanged();
    // The VM is defined (and started if asked); the main window opens it.
    void created(const QString &uuid, bool started);
    void busyChanged(bool busy);

protected:
    void done(int result) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void finishWithCustomize();
    void createWithKernel(const QString &kernel, const QString &initrd);
    void setBusy(bool busy, const QString &text = {});
    void fail(const QString &what, const QString &reason, const QString &advice = {});

    QPointer<Connection> m_connection;
    NewVmHost m_host;
    std::shared_ptr<const OsDatabase> m_osdb;
    VmSpec m_spec;
    std::optional<OsEntry> m_os;
    QString m_customXml;
    QString m_createdUuid;
    QLabel *m_status = nullptr;
    bool m_busy = false;
    int m_hostGeneration = 0;
    QPointer<TreeDownloader> m_download;
};
