#pragma once

#include "domainref.h"
#include "vmwindow.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

class Banner;
class ConnectionManager;
class DomainFilterProxyModel;
class HostWindow;
class LifecycleController;
class PreferencesDialog;
class QAction;
class NewVmWizard;
class MigrateDialog;
struct DomainRef;
class QMenu;
class QToolButton;
class QTreeView;
class VmListPanel;

// The manager window: the VM list (every connection and its VMs), with the
// menus, the toolbar and the banner around it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConnectionManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    VmListPanel *list() const { return m_list; }
    QTreeView *view() const;
    DomainFilterProxyModel *proxy() const;
    LifecycleController *controller() const { return m_controller; }

    DomainRefs selectedDomains() const;
    QVector<Connection *> selectedConnections() const;

    // Shows the window once every connection being opened has its list (or
    // has failed), and at the latest after `limitMs`: the first paint then
    // holds the final content, and over ssh -X a start costs one image of
    // the window instead of one per list, banner and column that arrives.
    void showWhenReady(int limitMs = 1500);

    VmWindow *showDomain(Connection *connection, const QString &uuid, VmWindow::Page page);
    HostWindow *showHost(Connection *connection);
    // The New VM wizard for connection (nullptr: the selected one).
    NewVmWizard *newVm(Connection *connection = nullptr);
    // Opens the migrate dialog for the VM (also from Virtual Machine ▸ Migrate…).
    MigrateDialog *migrate(const DomainRef &domain);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void updateActions();
    void updateBanner();
    void watchConnection(int index);
    void addConnection();
    void openDomains(const DomainRefs &domains);
    void confirmRemoval(QList<QPointer<Connection>> pending);
    void askCredentials(Connection *connection, const QVector<CredentialField> &fields);
    void connectionStateChanged(Connection *connection);
    Connection *currentConnection() const;

    ConnectionManager *m_manager;
    LifecycleController *m_controller;
    VmListPanel *m_list;
    Banner *m_banner;
    QToolButton *m_shutdownButton = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_vmMenu = nullptr;
    QMenu *m_hostMenu = nullptr;
    QMenu *m_shutdownMenu = nullptr;
    QAction *m_addConnectionAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_newVmAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QPointer<PreferencesDialog> m_preferences;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_autoconnectAction = nullptr;
    QAction *m_hostDetailsAction = nullptr;
    QAction *m_removeConnectionAction = nullptr;
    bool m_shownOnce = false;
    QSet<Connection *> m_userOpened; // a failure of these gets a dialog, not just the banner
    QHash<QPair<Connection *, QString>, QPointer<VmWindow>> m_vmWindows;
    QHash<Connection *, QPointer<HostWindow>> m_hostWindows;
};
