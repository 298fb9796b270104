#include "mainwindow.h"

#include "newvmwizard.h"

#include "addconnectiondialog.h"
#include "banner.h"
#include "connection.h"
#include "connectionmanager.h"
#include "credentialsdialog.h"
#include "domainactions.h"
#include "domainlistmodel.h"
#include "hostwindow.h"
#include "lifecyclecontroller.h"
#include "messagebox.h"
#include "migratedialog.h"
#include "preferencesdialog.h"
#include "showsettled.h"
#include "vmlistpanel.h"
#include "xforwarding.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(ConnectionManager *manager, QWidget *parent)
    : QMainWindow(parent)
    , m_manager(manager)
    , m_controller(new LifecycleController(this))
    , m_list(new VmListPanel(manager, m_controller, this))
    , m_banner(new Banner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (!XForwarding::active()) // there the application's small icons serve
        setWindowIcon(QIcon(QStringLiteral(":/qvirt/icons/qvirt.svg")));
    // Enough for the list's columns and long names; every pixel of a first
    // paint crosses the link over ssh -X, so no bigger than that.
    resize(820, 440);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_list, 1);
    setCentralWidget(central);
    // The Tab order the window has always had: the list, the banner's
    // button, then the filter (the list is built before the banner).
    setTabOrder(m_list->view(), m_banner->actionButton());

    createActions();
    createMenus();
    m_list->setContextMenus(m_vmMenu, m_hostMenu);
    retranslate();

    connect(m_list, &VmListPanel::actionsUpdated, this, &MainWindow::updateActions);
    connect(m_list, &VmListPanel::openRequested, this, &MainWindow::openDomains);
    connect(m_list, &VmListPanel::migrateRequested, this, [this](const DomainRef &d) { migrate(d); });
    connect(m_banner, &Banner::actionTriggered, this, [this] {
        for (int i = 0; i < m_manager->count(); ++i) {
            if (m_manager->at(i)->state() == ConnectionState::Failed)
                m_manager->at(i)->open();
        }
    });

    for (int i = 0; i < manager->count(); ++i)
        watchConnection(i);
    connect(manager, &ConnectionManager::connectionAdded, this, &MainWindow::watchConnection);
    connect(manager, &ConnectionManager::connectionRemoved, this, &MainWindow::updateBanner);
    updateActions();
    updateBanner();
}

MainWindow::~MainWindow() = default;

QTreeView *MainWindow::view() const
{
    return m_list->view();
}

DomainFilterProxyModel *MainWindow::proxy() const
{
    return m_list->proxy();
}

void MainWindow::createActions()
{
    auto make = [this](const char *objectName, const QString &icon = {}) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(objectName));
        if (!icon.isEmpty())
            a->setIcon(QIcon::fromTheme(icon));
        return a;
    };
    m_addConnectionAction = make("actionAddConnection", QStringLiteral("list-add"));
    connect(m_addConnectionAction, &QAction::triggered, this, &MainWindow::addConnection);
    m_newVmAction = make("actionNewVm", QStringLiteral("document-new"));
    connect(m_newVmAction, &QAction::triggered, this, [this] { newVm(); });
    m_restoreAction = make("actionRestore", QStringLiteral("document-open"));
    connect(m_restoreAction, &QAction::triggered, this, [this] { m_controller->restoreFromFile(currentConnection()); });
    m_preferencesAction = make("actionPreferences", QStringLiteral("preferences-system"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        if (!m_preferences) {
            m_preferences = new PreferencesDialog(m_manager, this);
            m_preferences->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_preferences->open();
        m_preferences->raise();
    });
    m_quitAction = make("actionQuit", QStringLiteral("application-exit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_connectAction = make("actionConnect");
    connect(m_connectAction, &QAction::triggered, this, [this] {
        for (Connection *c : selectedConnections()) {
            m_userOpened.insert(c);
            c->open();
        }
    });
    m_disconnectAction = make("actionDisconnect");
    connect(m_disconnectAction, &QAction::triggered, this, [this] {
        for (Connection *c : selectedConnections())
            c->close();
    });
    m_autoconnectAction = make("actionAutoconnect");
    m_autoconnectAction->setCheckable(true);
    connect(m_autoconnectAction, &QAction::triggered, this, [this](bool on) {
        for (Connection *c : selectedConnections())
            m_manager->setAutoconnect(c, on);
    });
    m_hostDetailsAction = make("actionHostDetails", QStringLiteral("computer"));
    connect(m_hostDetailsAction, &QAction::triggered, this, [this] {
        if (Connection *c = currentConnection())
            showHost(c);
    });
    m_removeConnectionAction = make("actionRemoveConnection", QStringLiteral("list-remove"));
    connect(m_removeConnectionAction, &QAction::triggered, this, [this] {
        QList<QPointer<Connection>> chosen;
        for (Connection *c : selectedConnections())
            chosen.append(c);
        confirmRemoval(chosen);
    });

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_addConnectionAction);
    toolbar->addAction(m_newVmAction);
    toolbar->addSeparator();
    toolbar->addAction(m_list->openAction());
    toolbar->addAction(m_list->domainAction(DomainAction::Start));
    toolbar->addAction(m_list->domainAction(DomainAction::Pause));
    toolbar->addAction(m_list->domainAction(DomainAction::Resume));
    m_shutdownMenu = new QMenu(this);
    m_shutdownMenu->addAction(m_list->domainAction(DomainAction::Reboot));
    m_shutdownMenu->addAction(m_list->domainAction(DomainAction::Shutdown));
    m_shutdownMenu->addAction(m_list->domainAction(DomainAction::Reset));
    m_shutdownMenu->addAction(m_list->domainAction(DomainAction::ForceOff));
    m_shutdownMenu->addSeparator();
    m_shutdownMenu->addAction(m_list->saveAction());
    m_shutdownMenu->addAction(m_list->domainAction(DomainAction::ManagedSave));
    m_shutdownButton = new QToolButton(toolbar);
    m_shutdownButton->setObjectName(QStringLiteral("shutdownButton"));
    m_shutdownButton->setDefaultAction(m_list->domainAction(DomainAction::Shutdown));
    m_shutdownButton->setMenu(m_shutdownMenu);
    m_shutdownButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_shutdownButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(m_shutdownButton);
    toolbar->addSeparator();
    toolbar->addAction(m_list->deleteAction());
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_addConnectionAction);
    m_fileMenu->addAction(m_newVmAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_preferencesAction);

    m_vmMenu = menuBar()->addMenu(QString());
    m_vmMenu->addAction(m_list->openAction());
    auto addSection = [this](DomainActionSpec::Section section) {
        for (const DomainActionSpec &spec : domainActionSpecs()) {
            if (spec.section == section)
                m_vmMenu->addAction(m_list->domainAction(spec.action));
        }
    };
    m_vmMenu->addSeparator();
    addSection(DomainActionSpec::Section::Power);
    m_vmMenu->addSeparator();
    m_vmMenu->addAction(m_list->saveAction());
    addSection(DomainActionSpec::Section::SavedState);
    m_vmMenu->addSeparator();
    addSection(DomainActionSpec::Section::Autostart);
    m_vmMenu->addAction(m_list->renameAction());
    m_vmMenu->addAction(m_list->migrateAction());
    m_vmMenu->addAction(m_list->cloneAction());
    m_vmMenu->addAction(m_list->deleteAction());

    m_hostMenu = menuBar()->addMenu(QString());
    m_hostMenu->addAction(m_connectAction);
    m_hostMenu->addAction(m_disconnectAction);
    m_hostMenu->addAction(m_autoconnectAction);
    m_hostMenu->addSeparator();
    m_hostMenu->addAction(m_hostDetailsAction);
    m_hostMenu->addAction(m_restoreAction);
    m_hostMenu->addSeparator();
    m_hostMenu->addAction(m_removeConnectionAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("QVirt Virtual Machine Manager"));
    //: Menu
    m_fileMenu->setTitle(tr("&File"));
    //: Menu title, as in virt-manager: holds Preferences.
    m_editMenu->setTitle(tr("&Edit"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_vmMenu->setTitle(tr("&Virtual Machine"));
    //: Menu: actions on the selected connection (libvirt host)
    m_hostMenu->setTitle(tr("&Host"));
    m_addConnectionAction->setText(tr("Add Connection…"));
    //: Start a VM again from a state file written by "Save to File" (virsh restore); not a snapshot revert
    m_restoreAction->setText(tr("Restore from File…"));
    m_newVmAction->setText(tr("&New VM…"));
    m_newVmAction->setToolTip(tr("Create a virtual machine on the selected host"));
    m_newVmAction->setShortcut(QKeySequence::New);
    m_quitAction->setText(tr("&Quit"));
    //: Menu action: connect to the selected libvirt host
    m_connectAction->setText(tr("Connect"));
    //: Menu action: close the connection to the selected libvirt host
    m_disconnectAction->setText(tr("Disconnect"));
    m_autoconnectAction->setText(tr("Connect Automatically"));
    m_hostDetailsAction->setText(tr("Host Details"));
    m_removeConnectionAction->setText(tr("Remove Connection…"));
    findChild<QToolBar *>(QStringLiteral("mainToolbar"))->setWindowTitle(tr("Main toolbar"));
    updateBanner();
    m_list->scheduleUpdateActions();
}

void MainWindow::showWhenReady(int limitMs)
{
    auto ready = [this] {
        for (int i = 0; i < m_manager->count(); ++i) {
            const Connection *c = m_manager->at(i);
            if (c->state() == ConnectionState::Connecting
                || (c->state() == ConnectionState::Connected && !c->domainModel()->isLoaded()))
                return false;
        }
        return true;
    };
    auto showOnce = [this] {
        if (!isVisible() && !m_shownOnce) {
            m_shownOnce = true;
            showSettled(this);
        }
    };
    // Queued: the list's own rows and the banner settle first.
    auto check = [ready, showOnce] {
        if (ready())
            showOnce();
    };
    for (int i = 0; i < m_manager->count(); ++i) {
        Connection *c = m_manager->at(i);
        connect(c, &Connection::stateChanged, this, check, Qt::QueuedConnection);
        connect(c->domainModel(), &DomainListModel::loaded, this, check, Qt::QueuedConnection);
    }
    QTimer::singleShot(limitMs, this, showOnce);
    QMetaObject::invokeMethod(this, check, Qt::QueuedConnection);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (const auto &w : std::as_const(m_vmWindows)) {
        if (w)
            w->close();
    }
    for (const auto &w : std::as_const(m_hostWindows)) {
        if (w)
            w->close();
    }
    event->accept();
}

void MainWindow::watchConnection(int index)
{
    Connection *c = m_manager->at(index);
    connect(c, &Connection::credentialsRequested, this,
            [this, c](const QVector<CredentialField> &fields) { askCredentials(c, fields); });
    connect(c, &Connection::stateChanged, this, [this, c] { connectionStateChanged(c); });
    updateBanner();
}

void MainWindow::connectionStateChanged(Connection *connection)
{
    if (connection->state() == ConnectionState::Failed && m_userOpened.contains(connection)) {
        m_userOpened.remove(connection);
        MessageBox::error(this, tr("Connection Failed"), tr("QVirt could not connect to %1.").arg(connection->uri()),
                          connection->lastError(),
                          tr("Check the URI, that the host is reachable and libvirtd runs there, and your login. "
                             "Your other connections are not affected."));
    } else if (connection->state() == ConnectionState::Connected) {
        m_userOpened.remove(connection);
    }
    updateBanner();
    m_list->scheduleUpdateActions();
}

void MainWindow::updateBanner()
{
    QStringList lines;
    bool anyFailed = false;
    for (int i = 0; i < m_manager->count(); ++i) {
        const Connection *c = m_manager->at(i);
        if (c->state() == ConnectionState::Reconnecting) {
            lines << tr("%1 (%2): disconnected, retrying. %3").arg(c->displayName(), c->uri(), c->lastError());
        } else if (c->state() == ConnectionState::Failed) {
            anyFailed = true;
            lines << tr("%1 (%2): could not connect. %3").arg(c->displayName(), c->uri(), c->lastError());
        }
    }
    if (lines.isEmpty())
        m_banner->hide();
    else
        m_banner->showMessage(anyFailed ? Banner::Kind::Error : Banner::Kind::Warning, lines.join(QLatin1Char('\n')),
                              anyFailed ? tr("Try Again") : QString());
}

void MainWindow::askCredentials(Connection *connection, const QVector<CredentialField> &fields)
{
    auto *dialog = new CredentialsDialog(connection->displayName() + QStringLiteral(" (") + connection->uri() + QLatin1Char(')'),
                                         fields, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<Connection> guard(connection);
    connect(dialog, &QDialog::accepted, this, [dialog, guard] {
        if (guard)
            guard->provideCredentials(dialog->answers());
    });
    connect(dialog, &QDialog::rejected, this, [guard] {
        if (guard)
            guard->cancelCredentials();
    });
    dialog->open();
}

void MainWindow::addConnection()
{
    auto *dialog = new AddConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Connection *c = m_manager->add(dialog->uri(), dialog->autoconnect(), true);
        m_userOpened.insert(c);
        c->open();
    });
    dialog->open();
}

DomainRefs MainWindow::selectedDomains() const
{
    return m_list->selectedDomains();
}

QVector<Connection *> MainWindow::selectedConnections() const
{
    return m_list->selectedConnections();
}

Connection *MainWindow::currentConnection() const
{
    const QVector<Connection *> selected = selectedConnections();
    if (!selected.isEmpty())
        return selected.first();
    return m_manager->count() == 1 ? m_manager->at(0) : nullptr;
}

// After the list has updated its own actions: the rest of the window.
void MainWindow::updateActions()
{
    const DomainRefs domains = selectedDomains();
    // The split button shows the first thing the selection allows.
    QAction *shutdownDefault = m_list->domainAction(DomainAction::Shutdown);
    if (!shutdownDefault->isEnabled() && m_list->domainAction(DomainAction::ForceOff)->isEnabled())
        shutdownDefault = m_list->domainAction(DomainAction::ForceOff);
    // Setting it again would repaint the button on every statistics tick.
    if (m_shutdownButton->defaultAction() != shutdownDefault)
        m_shutdownButton->setDefaultAction(shutdownDefault);

    const QVector<Connection *> connections = selectedConnections();
    Connection *c = currentConnection();
    bool canConnect = false, canDisconnect = false;
    for (Connection *sc : connections) {
        canConnect |= sc->state() == ConnectionState::Disconnected || sc->state() == ConnectionState::Failed;
        canDisconnect |= sc->state() != ConnectionState::Disconnected && sc->state() != ConnectionState::Failed;
    }
    m_connectAction->setEnabled(canConnect);
    m_disconnectAction->setEnabled(canDisconnect);
    m_autoconnectAction->setEnabled(!connections.isEmpty());
    m_autoconnectAction->setChecked(c && c->autoconnect());
    m_hostDetailsAction->setEnabled(c != nullptr);
    m_restoreAction->setEnabled(c && c->state() == ConnectionState::Connected);
    m_newVmAction->setEnabled(c && c->state() == ConnectionState::Connected);
    m_removeConnectionAction->setEnabled(!connections.isEmpty());
    statusBar()->showMessage(domains.isEmpty() ? QString() : tr("%n virtual machine(s) selected", nullptr, int(domains.size())));
}

void MainWindow::openDomains(const DomainRefs &domains)
{
    for (const DomainRef &d : domains) {
        if (d.connection)
            showDomain(d.connection, d.info.uuid, VmWindow::OverviewPage);
    }
}

// One connection after another, each asked on its own; a connection removed
// meanwhile is skipped.
void MainWindow::confirmRemoval(QList<QPointer<Connection>> pending)
{
    pending.removeAll(nullptr);
    if (pending.isEmpty())
        return;
    const QPointer<Connection> c = pending.takeFirst();
    //: Remove a connection from QVirt's list; nothing on the host is deleted
    MessageBox::confirm(this, tr("Remove Connection"),
                        tr("Remove %1 from QVirt? Its virtual machines keep running; only QVirt forgets the connection.")
                            .arg(c->displayName()),
                        //: Confirmation button: remove the connection from QVirt's list (nothing on the host is deleted)
                        tr("Remove"), this, [this, c, pending](bool confirmed) {
        if (confirmed && c) {
            m_userOpened.remove(c);
            m_manager->remove(c);
        }
        confirmRemoval(pending);
    });
}

VmWindow *MainWindow::showDomain(Connection *connection, const QString &uuid, VmWindow::Page page)
{
    QPointer<VmWindow> &window = m_vmWindows[{connection, uuid}];
    if (!window) {
        window = new VmWindow(connection, uuid, this);
        window->showPage(page);
        window->showWhenReady();
        return window;
    }
    window->showPage(page);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

MigrateDialog *MainWindow::migrate(const DomainRef &domain)
{
    if (!domain.connection)
        return nullptr;
    auto *dialog = new MigrateDialog(m_manager, domain.connection, domain.info.uuid, domain.info.name,
                                     isActive(domain.info.state), this);
    dialog->show();
    return dialog;
}

NewVmWizard *MainWindow::newVm(Connection *connection)
{
    Connection *c = connection ? connection : currentConnection();
    if (!c)
        return nullptr;
    auto *wizard = new NewVmWizard(c, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<Connection> guarded(c);
    connect(wizard, &NewVmWizard::created, this, [this, guarded](const QString &uuid, bool started) {
        if (guarded)
            showDomain(guarded, uuid, started ? VmWindow::ConsolePage : VmWindow::OverviewPage);
    });
    wizard->show();
    return wizard;
}

HostWindow *MainWindow::showHost(Connection *connection)
{
    QPointer<HostWindow> &window = m_hostWindows[connection];
    if (!window) {
        window = new HostWindow(connection, this);
        connect(window, &HostWindow::openDomainRequested, this, [this, connection = QPointer<Connection>(connection)](const QString &uuid) {
            if (connection)
                showDomain(connection, uuid, VmWindow::PerformancePage);
        });
        showSettled(window);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}
