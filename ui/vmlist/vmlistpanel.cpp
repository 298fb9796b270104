#include "vmlistpanel.h"

#include "clonedialog.h"
#include "connectionmanager.h"
#include "connectiontreemodel.h"
#include "domainactions.h"
#include "domainfilterproxymodel.h"
#include "lifecyclecontroller.h"
#include "sparklinedelegate.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

VmListPanel::VmListPanel(ConnectionManager *manager, LifecycleController *controller, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_controller(controller)
    , m_model(new ConnectionTreeModel(manager, this))
    , m_proxy(new DomainFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_stateFilter(new QComboBox(this))
    , m_updateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("vmListPanel"));
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
    // name stretches; state, CPU, disk, network, memory, vCPUs, autostart
    const int widths[] = {0, 100, 90, 100, 100, 75, 55, 75};
    static_assert(std::size(widths) == DomainListModel::ColumnCount);
    for (int c = DomainListModel::StateColumn; c < DomainListModel::ColumnCount; ++c)
        m_view->header()->resizeSection(c, widths[c]);
    // Mid-tone hues that read on light and dark bases; a selected row draws
    // them in its highlighted-text colour.
    m_view->setItemDelegateForColumn(DomainListModel::CpuColumn,
                                     new SparklineDelegate(SparklineDelegate::Scale::Percent, QColor(0x35, 0x84, 0xe4), m_view));
    m_view->setItemDelegateForColumn(DomainListModel::DiskColumn,
                                     new SparklineDelegate(SparklineDelegate::Scale::Rate, QColor(0xe6, 0x61, 0x00), m_view));
    m_view->setItemDelegateForColumn(DomainListModel::NetworkColumn,
                                     new SparklineDelegate(SparklineDelegate::Scale::Rate, QColor(0x26, 0xa2, 0x69), m_view));

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &DomainFilterProxyModel::setFilterText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_proxy->setStateFilter(DomainFilterProxyModel::StateFilter(m_stateFilter->itemData(i).toInt()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_stateFilter);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    createActions();
    retranslate();

    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(0);
    connect(m_updateTimer, &QTimer::timeout, this, &VmListPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VmListPanel::scheduleUpdateActions);
    // The actions depend on states (and a row's whole change covers its state);
    // the statistics columns change every tick and leave them alone.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &tl, const QModelIndex &br) {
        if (tl.column() <= DomainListModel::StateColumn && br.column() >= DomainListModel::StateColumn)
            scheduleUpdateActions();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &where, int first, int last) {
        if (!where.isValid()) {
            for (int r = first; r <= last; ++r)
                m_view->expand(m_proxy->index(r, 0));
        }
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(ConnectionTreeModel::IsConnectionRole).toBool())
            emit openRequested(selectedDomains());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &VmListPanel::showContextMenu);

    for (int i = 0; i < manager->count(); ++i)
        m_view->expand(m_proxy->index(i, 0));
    connect(manager, &ConnectionManager::connectionAdded, this, [this](int index) {
        m_view->expand(m_proxy->mapFromSource(m_model->indexOf(m_manager->at(index))));
    });
    connect(manager, &ConnectionManager::connectionRemoved, this, &VmListPanel::scheduleUpdateActions);
    updateActions();
}

void VmListPanel::createActions()
{
    auto make = [this](const char *objectName, const QString &icon = {}) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(objectName));
        if (!icon.isEmpty())
            a->setIcon(QIcon::fromTheme(icon));
        return a;
    };
    m_openAction = make("actionOpen", QStringLiteral("document-properties"));
    connect(m_openAction, &QAction::triggered, this, [this] { emit openRequested(selectedDomains()); });
    for (const DomainActionSpec &spec : domainActionSpecs()) {
        const DomainAction action = spec.action;
        QAction *a = make(spec.objectName, QLatin1String(spec.icon));
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
    m_cloneAction = make("actionClone", QStringLiteral("edit-copy"));
    connect(m_cloneAction, &QAction::triggered, this, &VmListPanel::openCloneDialog);
    m_deleteAction = make("actionDelete", QStringLiteral("edit-delete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, [this] { m_controller->remove(selectedDomains()); });
    m_migrateAction = make("actionMigrate");
    connect(m_migrateAction, &QAction::triggered, this, [this] {
        const DomainRefs d = selectedDomains();
        if (d.size() == 1 && d.first().connection)
            emit migrateRequested(d.first());
    });
}

void VmListPanel::retranslate()
{
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
    //: Menu action: open the selected VM's window (console and details)
    m_openAction->setText(tr("Open"));
    for (auto it = m_domainActions.cbegin(); it != m_domainActions.cend(); ++it)
        it.value()->setText(domainActionSpec(it.key()).name());
    m_saveAction->setText(tr("Save to File…"));
    m_renameAction->setText(tr("Rename…"));
    //: Menu action: make a copy (full or linked) of the selected VM
    m_cloneAction->setText(tr("Clone…"));
    m_deleteAction->setText(tr("Delete…"));
    //: Menu action: move the selected VM to another host
    m_migrateAction->setText(tr("Migrate…"));
    scheduleUpdateActions();
}

void VmListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool VmListPanel::eventFilter(QObject *watched, QEvent *event)
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
    return QWidget::eventFilter(watched, event);
}

DomainRefs VmListPanel::selectedDomains() const
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

QVector<Connection *> VmListPanel::selectedConnections() const
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

void VmListPanel::scheduleUpdateActions()
{
    if (!m_updateTimer->isActive())
        m_updateTimer->start();
}

void VmListPanel::updateActions()
{
    const DomainRefs domains = selectedDomains();
    for (auto it = m_domainActions.cbegin(); it != m_domainActions.cend(); ++it) {
        const DomainActionSpec &spec = domainActionSpec(it.key());
        bool any = false;
        QString why = domains.isEmpty() ? tr("Select one or more virtual machines.") : QString();
        for (const DomainRef &d : domains) {
            if (d.connection && d.connection->state() == ConnectionState::Connected && spec.allows(d.info, &why)) {
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
    // Disks in use change while they are copied: shut off or paused only.
    const bool cloneable = domains.size() == 1 && anyConnected
                           && (domains.first().info.state == DomainState::ShutOff || domains.first().info.state == DomainState::Paused);
    m_cloneAction->setEnabled(cloneable);
    m_cloneAction->setToolTip(cloneable || domains.size() != 1 ? m_cloneAction->text()
                                                               : tr("Shut the virtual machine down or pause it to clone it."));
    m_deleteAction->setEnabled(anyConnected);
    // A move needs a second open host to go to.
    int connectedHosts = 0;
    for (int i = 0; i < m_manager->count(); ++i)
        connectedHosts += m_manager->at(i)->state() == ConnectionState::Connected;
    const bool movable = domains.size() == 1 && anyConnected
                         && (domains.first().info.state == DomainState::ShutOff || isActive(domains.first().info.state));
    m_migrateAction->setEnabled(movable && connectedHosts >= 2);
    m_migrateAction->setToolTip(!movable ? tr("Select one virtual machine.")
                                : connectedHosts < 2 ? tr("Connect to the destination host first.")
                                                     : m_migrateAction->text());
    emit actionsUpdated();
}

void VmListPanel::setContextMenus(QMenu *domainMenu, QMenu *connectionMenu)
{
    m_domainMenu = domainMenu;
    m_connectionMenu = connectionMenu;
}

void VmListPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const bool onConnection = index.data(ConnectionTreeModel::IsConnectionRole).toBool();
    QMenu *source = onConnection ? m_connectionMenu : m_domainMenu;
    if (!source)
        return;
    // Popped up, not run: its actions read the selection when they are
    // triggered, and nothing here waits while the list changes.
    if (!m_contextMenu) {
        m_contextMenu = new QMenu(this);
        m_contextMenu->setObjectName(QStringLiteral("domainContextMenu"));
    }
    m_contextMenu->clear();
    m_contextMenu->addActions(source->actions());
    m_contextMenu->popup(m_view->viewport()->mapToGlobal(pos));
}

void VmListPanel::openCloneDialog()
{
    const DomainRefs d = selectedDomains();
    if (d.size() != 1 || !d.first().connection)
        return;
    auto *dialog = new CloneDialog(d.first().connection, d.first().info.uuid, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CloneDialog::openRequested, this, [this](Connection *connection, const QString &uuid) {
        // Looked up again: the list has changed since the dialog opened.
        if (const DomainInfo *info = connection ? connection->domainModel()->find(uuid) : nullptr)
            emit openRequested(DomainRefs{DomainRef{connection, *info}});
    });
    dialog->open();
}
