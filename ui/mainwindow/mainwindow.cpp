#include "mainwindow.h"

#include "addconnectiondialog.h"
#include "banner.h"
#include "connection.h"
#include "connectionmanager.h"
#include "connectiontreemodel.h"
#include "credentialsdialog.h"
#include "domainfilterproxymodel.h"
#include "hostwindow.h"
#include "lifecyclecontroller.h"
#include "messagebox.h"
#include "preferencesdialog.h"
#include "showsettled.h"
#include "xforwarding.h"

#include <QAction>
#include <QCloseEvent>
#include <QFocusEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
const DomainAction kDomainActions[] = {
    DomainAction::Start, DomainAction::Pause, DomainAction::Resume, DomainAction::Shutdown,
    DomainAction::Reboot, DomainAction::Reset, DomainAction::ForceOff, DomainAction::ManagedSave,
    DomainAction::RemoveManagedSave, DomainAction::EnableAutostart, DomainAction::DisableAutostart,
};
}

MainWindow::MainWindow(ConnectionManager *manager, QWidget *parent)
    : QMainWindow(parent)
    , m_manager(manager)
    , m_model(new ConnectionTreeModel(manager, this))
    , m_proxy(new DomainFilterProxyModel(this))
    , m_controller(new LifecycleController(this))
    , m_view(new QTreeView(this))
    , m_banner(new Banner(this))
    , m_filter(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_updateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (!XForwarding::active()) // there the application's small icons serve
        setWindowIcon(QIcon(QStringLiteral(":/qvirt/icons/qvirt.svg")));
    // Enough for the list's columns and long names; every pixel of a first
    // paint crosses the link over ssh -X, so no bigger than that.
    resize(680, 440);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("domainTree"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true); // constant-time layout for thousands of rows
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DomainListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAllColumnsShowFocus(true);
    m_view->installEventFilter(this);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DomainListModel::NameColumn, QHeaderView::Stretch);
    const int widths[] = {0, 120, 80, 80, 60, 80}; // name stretches; state, CPU, memory, vCPUs, autostart
    static_assert(std::size(widths) == DomainListModel::ColumnCount);
    for (int c = DomainListModel::StateColumn; c < DomainListModel::ColumnCount; ++c)
        m_view->header()->resizeSection(c, widths[c]);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &DomainFilterProxyModel::setFilterText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setStateFilter(DomainFilterProxyModel::StateFilter(m_stateFilter->itemData(i).toInt()));
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_stateFilter);
    layout->addWidget(m_banner);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    retranslate();

    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(0);
    connect(m_updateTimer, &QTimer::timeout, this, &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::scheduleUpdateActions);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::scheduleUpdateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &where, int first, int last) {
        if (!where.isValid()) {
            for (int r = first; r <= last; ++r)
                m_view->expand(m_proxy->index(r, 0));
        }
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(ConnectionTreeModel::IsConnectionRole).toBool())
            openSelected();
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_banner, &Banner::actionTriggered, this, [this] {
        for (int i = 0; i < m_manager->count(); ++i) {
            if (m_manager->at(i)->state() == ConnectionState::Failed)
                m_manager->at(i)->open();
        }
    });

    for (int i = 0; i < manager->count(); ++i) {
        watchConnection(i);
        m_view->expand(m_proxy->index(i, 0));
    }
    connect(manager, &ConnectionManager::connectionAdded, this, &MainWindow::watchConnection);
    connect(manager, &ConnectionManager::connectionRemoved, this, [this] {
        updateBanner();
        scheduleUpdateActions();
    });
    updateActions();
    updateBanner();
}

MainWindow::~MainWindow() = default;

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
    m_restoreAction = make("actionRestore", QStringLiteral("document-open"));
    connect(m_restoreAction, &QAction::triggered, this, [this] { m_controller->restoreFromFile(currentConnection()); });
    m_preferencesAction = make("actionPreferences", QStringLiteral("preferences-system"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        if (!m_preferences) {
            m_preferences = new PreferencesDialog(this);
            m_preferences->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_preferences->open();
        m_preferences->raise();
    });
    m_quitAction = make("actionQuit", QStringLiteral("application-exit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_openAction = make("actionOpen", QStringLiteral("document-properties"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSelected);
    const char *names[] = {"actionStart", "actionPause", "actionResume", "actionShutdown", "actionReboot",
                           "actionReset", "actionForceOff", "actionManagedSave", "actionRemoveManagedSave",
                           "actionAutostartOn", "actionAutostartOff"};
    const char *icons[] = {"media-playback-start", "media-playback-pause", "media-playback-start", "system-shutdown",
                           "view-refresh", "", "process-stop", "document-save", "", "", ""};
    int i = 0;
    for (DomainAction action : kDomainActions) {
        QAction *a = make(names[i], QLatin1String(icons[i]));
        ++i;
        connect(a, &QAction::triggered, this, [this, action] { m_controller->perform(action, selectedDomains()); });
        m_domainActions.insert(action, a);
    }
    m_saveAction = make("actionSaveToFile", QStringLiteral("document-save-as"));
    connect(m_saveAction, &QAction::triggered, this, [this] { m_controller->saveToFile(selectedDomains()); });
    m_renameAction = make("actionRename");
    connect(m_renameAction, &QAction::triggered, this, [this] {
        const DomainRefs d = selectedDomains();
        if (d.size() == 1)
            m_controller->rename(d.first());
    });
    m_deleteAction = make("actionDelete", QStringLiteral("edit-delete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, [this] { m_controller->remove(selectedDomains()); });

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
        for (Connection *c : selectedConnections()) {
            //: Remove a connection from QVirt's list; nothing on the host is deleted
            if (MessageBox::confirm(this, tr("Remove Connection"),
                                    tr("Remove %1 from QVirt? Its virtual machines keep running; only QVirt forgets the connection.")
                                        .arg(c->displayName()),
                                    //: Confirmation button: remove the connection from QVirt's list (nothing on the host is deleted)
                                    tr("Remove"))) {
                m_userOpened.remove(c);
                m_manager->remove(c);
            }
        }
    });

    auto *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_addConnectionAction);
    toolbar->addSeparator();
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_domainActions.value(DomainAction::Start));
    toolbar->addAction(m_domainActions.value(DomainAction::Pause));
    toolbar->addAction(m_domainActions.value(DomainAction::Resume));
    m_shutdownMenu = new QMenu(this);
    m_shutdownMenu->addAction(m_domainActions.value(DomainAction::Reboot));
    m_shutdownMenu->addAction(m_domainActions.value(DomainAction::Shutdown));
    m_shutdownMenu->addAction(m_domainActions.value(DomainAction::Reset));
    m_shutdownMenu->addAction(m_domainActions.value(DomainAction::ForceOff));
    m_shutdownMenu->addSeparator();
    m_shutdownMenu->addAction(m_saveAction);
    m_shutdownMenu->addAction(m_domainActions.value(DomainAction::ManagedSave));
    m_shutdownButton = new QToolButton(toolbar);
    m_shutdownButton->setObjectName(QStringLiteral("shutdownButton"));
    m_shutdownButton->setDefaultAction(m_domainActions.value(DomainAction::Shutdown));
    m_shutdownButton->setMenu(m_shutdownMenu);
    m_shutdownButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_shutdownButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(m_shutdownButton);
    toolbar->addSeparator();
    toolbar->addAction(m_deleteAction);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_addConnectionAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_preferencesAction);

    m_vmMenu = menuBar()->addMenu(QString());
    m_vmMenu->addAction(m_openAction);
    m_vmMenu->addSeparator();
    for (DomainAction a : {DomainAction::Start, DomainAction::Pause, DomainAction::Resume, DomainAction::Shutdown,
                           DomainAction::Reboot, DomainAction::Reset, DomainAction::ForceOff})
        m_vmMenu->addAction(m_domainActions.value(a));
    m_vmMenu->addSeparator();
    m_vmMenu->addAction(m_saveAction);
    m_vmMenu->addAction(m_domainActions.value(DomainAction::ManagedSave));
    m_vmMenu->addAction(m_domainActions.value(DomainAction::RemoveManagedSave));
    m_vmMenu->addSeparator();
    m_vmMenu->addAction(m_domainActions.value(DomainAction::EnableAutostart));
    m_vmMenu->addAction(m_domainActions.value(DomainAction::DisableAutostart));
    m_vmMenu->addAction(m_renameAction);
    m_vmMenu->addAction(m_deleteAction);

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
    m_view->setAccessibleName(tr("Virtual machines"));
    m_filter->setPlaceholderText(tr("Filter by name or title"));
    m_filter->setAccessibleName(tr("Filter virtual machines"));
    m_stateFilter->setAccessibleName(tr("Show virtual machines in state"));
    const int current = qMax(0, m_stateFilter->currentIndex());
    {
        const QSignalBlocker block(m_stateFilter);
        m_stateFilter->clear();
        //: State filter of the virtual machine list
        m_stateFilter->addItem(tr("All states"), int(DomainFilterProxyModel::StateFilter::All));
        //: State filter: VMs that are running or paused (every VM that is not shut off)
        m_stateFilter->addItem(tr("Active"), int(DomainFilterProxyModel::StateFilter::Active));
        //: State filter: VMs that are running
        m_stateFilter->addItem(tr("Running"), int(DomainFilterProxyModel::StateFilter::Running));
        m_stateFilter->addItem(tr("Paused", "filter: domains in paused state"), int(DomainFilterProxyModel::StateFilter::Paused));
        //: State filter: VMs that are shut off
        m_stateFilter->addItem(tr("Shut off"), int(DomainFilterProxyModel::StateFilter::ShutOff));
        m_stateFilter->setCurrentIndex(current);
    }
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
    m_quitAction->setText(tr("&Quit"));
    //: Menu action: open the selected VM's window (console and details)
    m_openAction->setText(tr("Open"));
    for (auto it = m_domainActions.cbegin(); it != m_domainActions.cend(); ++it)
        it.value()->setText(LifecycleController::actionName(it.key()));
    m_saveAction->setText(tr("Save to File…"));
    m_renameAction->setText(tr("Rename…"));
    m_deleteAction->setText(tr("Delete…"));
    //: Menu action: connect to the selected libvirt host
    m_connectAction->setText(tr("Connect"));
    //: Menu action: close the connection to the selected libvirt host
    m_disconnectAction->setText(tr("Disconnect"));
    m_autoconnectAction->setText(tr("Connect Automatically"));
    m_hostDetailsAction->setText(tr("Host Details"));
    m_removeConnectionAction->setText(tr("Remove Connection…"));
    findChild<QToolBar *>(QStringLiteral("mainToolbar"))->setWindowTitle(tr("Main toolbar"));
    updateBanner();
    scheduleUpdateActions();
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

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // When another window (a VM's) takes the focus or gives it back, Qt
    // repaints the whole list for the focus frame of one row: 1 MB a time
    // over ssh -X. Only that row changes.
    if (watched == m_view && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        && static_cast<QFocusEvent *>(event)->reason() == Qt::ActiveWindowFocusReason) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            const QRect row = m_view->visualRect(current);
            m_view->viewport()->update(QRect(0, row.y(), m_view->viewport()->width(), row.height()));
        }
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
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
    m_view->expand(m_proxy->mapFromSource(m_model->indexOf(c)));
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
    scheduleUpdateActions();
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
    DomainRefs list;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (index.data(ConnectionTreeModel::IsConnectionRole).toBool())
            continue;
        auto *c = qobject_cast<Connection *>(index.data(ConnectionTreeModel::ConnectionRole).value<QObject *>());
        list.append({c, index.data(DomainListModel::DomainRole).value<DomainInfo>()});
    }
    return list;
}

QVector<Connection *> MainWindow::selectedConnections() const
{
    QVector<Connection *> list;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        auto *c = qobject_cast<Connection *>(index.data(ConnectionTreeModel::ConnectionRole).value<QObject *>());
        if (c && !list.contains(c))
            list.append(c);
    }
    return list;
}

Connection *MainWindow::currentConnection() const
{
    const QVector<Connection *> selected = selectedConnections();
    if (!selected.isEmpty())
        return selected.first();
    return m_manager->count() == 1 ? m_manager->at(0) : nullptr;
}

void MainWindow::scheduleUpdateActions()
{
    if (!m_updateTimer->isActive())
        m_updateTimer->start();
}

void MainWindow::updateActions()
{
    const DomainRefs domains = selectedDomains();
    for (auto it = m_domainActions.cbegin(); it != m_domainActions.cend(); ++it) {
        bool any = false;
        QString why = domains.isEmpty() ? tr("Select one or more virtual machines.") : QString();
        for (const DomainRef &d : domains) {
            if (d.connection && d.connection->state() == ConnectionState::Connected
                && LifecycleController::canPerform(it.key(), d.info, &why)) {
                any = true;
                break;
            }
        }
        it.value()->setEnabled(any);
        it.value()->setToolTip(any ? it.value()->text() : why);
    }
    bool anyConnected = false, anyActive = false;
    for (const DomainRef &d : domains) {
        const bool connected = d.connection && d.connection->state() == ConnectionState::Connected;
        anyConnected |= connected;
        anyActive |= connected && isActive(d.info.state);
    }
    m_openAction->setEnabled(!domains.isEmpty());
    m_saveAction->setEnabled(anyActive);
    m_renameAction->setEnabled(domains.size() == 1 && anyConnected);
    m_deleteAction->setEnabled(anyConnected);
    // The split button shows the first thing the selection allows.
    QAction *shutdownDefault = m_domainActions.value(DomainAction::Shutdown);
    if (!shutdownDefault->isEnabled() && m_domainActions.value(DomainAction::ForceOff)->isEnabled())
        shutdownDefault = m_domainActions.value(DomainAction::ForceOff);
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
    m_removeConnectionAction->setEnabled(!connections.isEmpty());
    statusBar()->showMessage(domains.isEmpty() ? QString() : tr("%n virtual machine(s) selected", nullptr, int(domains.size())));
}

void MainWindow::openSelected()
{
    for (const DomainRef &d : selectedDomains()) {
        if (d.connection)
            showDomain(d.connection, d.info.uuid, VmWindow::OverviewPage);
    }
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    if (index.data(ConnectionTreeModel::IsConnectionRole).toBool()) {
        menu.addAction(m_connectAction);
        menu.addAction(m_disconnectAction);
        menu.addAction(m_autoconnectAction);
        menu.addSeparator();
        menu.addAction(m_hostDetailsAction);
        menu.addAction(m_restoreAction);
        menu.addSeparator();
        menu.addAction(m_removeConnectionAction);
    } else {
        menu.addActions(m_vmMenu->actions());
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
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

HostWindow *MainWindow::showHost(Connection *connection)
{
    QPointer<HostWindow> &window = m_hostWindows[connection];
    if (!window) {
        window = new HostWindow(connection, this);
        showSettled(window);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}
