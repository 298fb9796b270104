#pragma once

#include "domainref.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class ConnectionManager;
class ConnectionTreeModel;
class DomainFilterProxyModel;
class LifecycleController;
class QAction;
class QComboBox;
class QLineEdit;
class QMenu;
class QTimer;
class QTreeView;

// Every connection and its VMs in one tree, with the filter above it, the
// context menu, and the actions on the selected VMs (enabled for what the
// selection allows). The window around it places the actions in its menus
// and toolbar.
class VmListPanel final : public QWidget
{
    Q_OBJECT

public:
    // The actions run through `controller`, which asks and reports in the window.
    VmListPanel(ConnectionManager *manager, LifecycleController *controller, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    DomainFilterProxyModel *proxy() const { return m_proxy; }

    DomainRefs selectedDomains() const;
    QVector<Connection *> selectedConnections() const;

    QAction *domainAction(DomainAction action) const { return m_domainActions.value(action); }
    QAction *openAction() const { return m_openAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *cloneAction() const { return m_cloneAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *migrateAction() const { return m_migrateAction; }

    // The context menu shows the actions of `domainMenu` on a VM's row and
    // those of `connectionMenu` on a connection's row.
    void setContextMenus(QMenu *domainMenu, QMenu *connectionMenu);

    // Updates the actions once the current burst of changes is over.
    void scheduleUpdateActions();

signals:
    // Open, or a double click on a VM: the window shows these VMs.
    void openRequested(const DomainRefs &domains);
    // Migrate…: the user wants to move this VM to another host.
    void migrateRequested(const DomainRef &domain);
    // The actions have been updated for a new selection or new states.
    void actionsUpdated();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void openCloneDialog();

    ConnectionManager *m_manager;
    LifecycleController *m_controller;
    ConnectionTreeModel *m_model;
    DomainFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QMenu *m_contextMenu = nullptr;
    QPointer<QMenu> m_domainMenu;
    QPointer<QMenu> m_connectionMenu;
    QHash<DomainAction, QAction *> m_domainActions;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_cloneAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_migrateAction = nullptr;
    QTimer *m_updateTimer;
};
