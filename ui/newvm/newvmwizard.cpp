#include "newvmwizard.h"

#include "customizedialog.h"
#include "domainbuilder.h"
#include "domainlistmodel.h"
#include "messagebox.h"
#include "newvmpages.h"
#include "treedownloader.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLabel>
#include <QSettings>
#include <QTimer>

NewVmWizard::NewVmWizard(Connection *connection, QWidget *parent)
    : QWizard(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("newVmWizard"));
    setWizardStyle(QWizard::ClassicStyle); // no watermark pixmaps: cheap over ssh -X
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1, false);
    setPage(Method, new MethodPage(this));
    setPage(Source, new SourcePage(this));
    setPage(Resources, new ResourcesPage(this));
    setPage(Storage, new StoragePage(this));
    setPage(Network, new NetworkPage(this));
    setPage(Summary, new SummaryPage(this));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("newVmStatus"));
    m_status->setWordWrap(true);
    setSideWidget(nullptr);
    // The status sits under the pages, beside the buttons.
    setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    m_status->hide();
    m_spec.name = QStringLiteral("vm");
    retranslate();
    resize(720, 560);

    reloadHost();
    const QPointer<NewVmWizard> self(this);
    OsDatabase::load().then(this, [this](std::shared_ptr<const OsDatabase> db) {
        m_osdb = std::move(db);
        static_cast<SourcePage *>(page(Source))->osDatabaseLoaded();
    });
}

NewVmWizard::~NewVmWizard() = default;

void NewVmWizard::reloadHost()
{
    if (!m_connection)
        return;
    const int generation = ++m_hostGeneration;
    auto host = std::make_shared<NewVmHost>();
    host->session = m_connection->uri().contains(QLatin1String("/session"));
    if (m_connection->isLocal())
        host->distribution = localDistribution();
    if (DomainListModel *model = m_connection->domainModel()) {
        for (int row = 0; row < model->rowCount(); ++row)
            host->domainNames << model->index(row, 0).data(DomainListModel::DomainRole).value<DomainInfo>().name;
    }
    Connection *c = m_connection;
    // One after the other on the connection's thread; the wizard shows them together.
    c->domainCapabilities(QString(), QStringLiteral("q35")).then(this, [=, this](const Result<DomainCapabilities> &caps) {
        if (caps)
            host->caps = caps.value();
        else
            host->loadError = caps.error().message;
    });
    c->hostInfo().then(this, [host](const Result<HostInfo> &info) {
        if (info)
            host->host = info.value();
    });
    c->storagePools().then(this, [host](const Result<QVector<StoragePoolInfo>> &pools) {
        if (pools)
            host->pools = pools.value();
    });
    c->networks().then(this, [host](const Result<QVector<NetworkInfo>> &nets) {
        if (nets)
            host->networks = nets.value();
    });
    c->hostInterfaces().then(this, [=, this](const Result<QVector<HostInterfaceInfo>> &ifaces) {
        if (ifaces)
            host->interfaces = ifaces.value();
        if (generation != m_hostGeneration)
            return;
        host->loaded = true;
        m_host = *host;
        emit hostLoaded();
    });
}

void NewVmWizard::setOs(const std::optional<OsEntry> &os)
{
    m_os = os;
    m_spec.osId = os ? os->id : QString();
    m_spec.osName = os ? os->name : QString();
    m_spec.windows = os && os->isWindows();
    emit osChanged();
}

QString NewVmWizard::definition() const
{
    return DomainBuilder::domainXml(m_spec, m_host.caps);
}

void NewVmWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void NewVmWizard::retranslate()
{
    setWindowTitle(m_connection ? tr("New VM on %1").arg(m_connection->displayName()) : tr("New VM"));
    setButtonText(QWizard::FinishButton, tr("&Create"));
    static_cast<MethodPage *>(page(Method))->retranslate();
    static_cast<SourcePage *>(page(Source))->retranslate();
    static_cast<ResourcesPage *>(page(Resources))->retranslate();
    static_cast<StoragePage *>(page(Storage))->retranslate();
    static_cast<NetworkPage *>(page(Network))->retranslate();
    static_cast<SummaryPage *>(page(Summary))->retranslate();
}

void NewVmWizard::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton}) {
        if (QAbstractButton *button = this->button(b))
            button->setEnabled(!busy);
    }
    currentPage()->setEnabled(!busy);
    setWindowTitle(busy && !text.isEmpty() ? text : (m_connection ? tr("New VM on %1").arg(m_connection->displayName()) : tr("New VM")));
    emit busyChanged(busy);
}

void NewVmWizard::fail(const QString &what, const QString &reason, const QString &advice)
{
    setBusy(false);
    MessageBox::error(this, tr("New VM"), what, reason, advice);
}

void NewVmWizard::done(int result)
{
    if (result != QDialog::Accepted) {
        if (m_busy)
            return; // the VM is being made; its answer closes the wizard
        QWizard::done(result);
        return;
    }
    if (!m_createdUuid.isEmpty()) {
        QWizard::done(result);
        return;
    }
    if (m_busy)
        return;
    auto *summary = static_cast<SummaryPage *>(page(Summary));
    if (summary->customize() && m_customXml.isEmpty()) {
        finishWithCustomize();
        return;
    }
    create();
}

void NewVmWizard::finishWithCustomize()
{
    auto *dialog = new CustomizeDialog(m_connection, definition(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomizeDialog::beginInstallation, this, [this](const QString &xml) {
        m_customXml = xml;
        create();
    });
    dialog->open();
}

void NewVmWizard::create()
{
    if (!m_connection || m_busy)
        return;
    auto *source = static_cast<SourcePage *>(page(Source));
    if (m_spec.method == VmSpec::InstallMethod::NetworkTree) {
        if (source->treeKernel().isEmpty()) {
            fail(tr("The VM could not be created."),
                 tr("QVirt does not know where the installer's kernel is in the tree %1.").arg(m_spec.treeUrl),
                 tr("Let QVirt detect the operating system from the tree (check the URL), or install from an ISO image."));
            return;
        }
        setBusy(true, tr("Downloading the installer's kernel…"));
        auto *download = new TreeDownloader(this);
        // The downloader keeps its temporary folder (the kernel and initrd) until the
        // wizard goes: the worker reads the files while it copies them into the pool.
        if (m_download)
            m_download->deleteLater();
        m_download = download;
        connect(download, &TreeDownloader::finished, this, [this](const QString &kernel, const QString &initrd, const QString &error) {
            if (!error.isEmpty()) {
                fail(tr("The installer's kernel could not be downloaded."), error,
                     tr("Check the URL and that this computer can reach it."));
                return;
            }
            createWithKernel(kernel, initrd);
        });
        download->start(m_spec.treeUrl, source->treeKernel(), source->treeInitrd());
        return;
    }
    createWithKernel({}, {});
}

void NewVmWizard::createWithKernel(const QString &kernel, const QString &initrd)
{
    auto *summary = static_cast<SummaryPage *>(page(Summary));
    auto *network = static_cast<NetworkPage *>(page(Network));
    CreationRequest request;
    request.xml = m_customXml.isEmpty() ? definition() : m_customXml;
    request.start = summary->startAfter();
    if (m_spec.storage == VmSpec::Storage::NewVolume) {
        request.newVolume.pool = m_spec.pool;
        request.newVolume.name = m_spec.volumeName;
        request.newVolume.capacity = m_spec.diskBytes;
        request.newVolume.format = m_spec.diskFormat;
        request.predictedPath = m_spec.diskPath;
    }
    if (!kernel.isEmpty()) {
        request.kernelFile = kernel;
        request.initrdFile = initrd;
        request.cmdline = m_spec.kernelArgs;
        request.uploadPool = !m_spec.pool.isEmpty() ? m_spec.pool : (m_host.pools.isEmpty() ? QString() : m_host.pools.first().name);
        if (request.uploadPool.isEmpty()) {
            fail(tr("The VM could not be created."), tr("A network install needs a storage pool on the host to hold the installer's kernel, and this host has none."),
                 tr("Create the default pool on the Storage page, then try again."));
            return;
        }
    }
    setBusy(true, tr("Creating the VM…"));
    const QString networkToStart = network->networkToStart();
    const QPointer<NewVmWizard> self(this);
    auto createNow = [this, self, request]() {
        if (!self || !m_connection)
            return;
        m_connection->createDomain(request).then(this, [this, request](const Result<CreationOutcome> &r) {
            if (!r) {
                fail(tr("The VM could not be created."), r.error().message,
                     tr("Your choices are kept: change what the message names and press Create again."));
                return;
            }
            const CreationOutcome &outcome = r.value();
            m_createdUuid = outcome.uuid;
            if (m_spec.method == VmSpec::InstallMethod::LocalMedia && !m_spec.mediaPath.isEmpty()) {
                QSettings settings;
                QStringList recent = settings.value(QStringLiteral("newvm/recentMedia")).toStringList();
                recent.removeAll(m_spec.mediaPath);
                recent.prepend(m_spec.mediaPath);
                settings.setValue(QStringLiteral("newvm/recentMedia"), recent.mid(0, 10));
            }
            if (m_spec.method == VmSpec::InstallMethod::NetworkTree) {
                QSettings settings;
                QStringList recent = settings.value(QStringLiteral("newvm/recentTrees")).toStringList();
                recent.removeAll(m_spec.treeUrl);
                recent.prepend(m_spec.treeUrl);
                settings.setValue(QStringLiteral("newvm/recentTrees"), recent.mid(0, 10));
            }
            setBusy(false);
            emit created(outcome.uuid, outcome.started);
            if (outcome.startError) {
                const QString disk = outcome.createdDisk.isEmpty() ? QString() : outcome.createdDisk;
                const QPointer<NewVmWizard> guard(this);
                MessageBox::error(this, tr("New VM"),
                                  disk.isEmpty() ? tr("The VM %1 was created but could not be started.").arg(outcome.name)
                                                 : tr("The VM %1 was created and its disk %2 is kept, but the VM could not be started.").arg(outcome.name, disk),
                                  outcome.startError->message,
                                  tr("Fix what the message names (in the VM's Hardware page if needed) and start the VM from the list."));
                if (!guard)
                    return;
            }
            QWizard::done(QDialog::Accepted);
        });
    };
    if (!networkToStart.isEmpty()) {
        m_connection->startNetwork(networkToStart).then(this, [this, networkToStart, createNow](const VoidResult &r) {
            if (!r) {
                fail(tr("The network %1 could not be started.").arg(networkToStart), r.error().message,
                     tr("Choose another network, or start this one from the host's settings."));
                return;
            }
            createNow();
        });
        return;
    }
    createNow();
}
