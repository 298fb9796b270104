#pragma once

#include "domainref.h"

#include <QMainWindow>

class LifecycleController;
class QFormLayout;
class QLabel;
class QTabWidget;
class QTextBrowser;
class QToolBar;
class QAction;
class PerformancePage;
class ConsolePanel;
class SnapshotsPanel;
class PassthroughPanel;
class VmHardwarePage;

// One window per VM, with pages: Overview, Console, Snapshots, Hardware, Performance.
class VmWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { OverviewPage, ConsolePage, SnapshotsPage, HardwarePage, PerformancePage };

    VmWindow(Connection *connection, const QString &uuid, QWidget *parent = nullptr);

    QString uuid() const { return m_uuid; }
    Connection *connection() const { return m_connection; }
    void showPage(Page page);
    // Shows the window once its details have been read (at most after
    // `limitMs`), so its first paint is its final one: over ssh -X each
    // repaint of a page is the page's pixels again.
    void showWhenReady(int limitMs = 1000);
    Page currentPage() const;

public:
    ConsolePanel *console() const { return m_console; }
    SnapshotsPanel *snapshots() const { return m_snapshots; }
    PassthroughPanel *passthrough() const;
    void toggleConsoleDetached();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QWidget *panelPage(const QString &objectName, QWidget *panel);
    void buildActions();
    void retranslate();
    void refresh();
    void loadXml();
    void showIfPending();
    DomainRef current() const;

    QPointer<Connection> m_connection;
    QString m_uuid;
    DomainInfo m_info;
    LifecycleController *m_controller;
    QTabWidget *m_tabs;
    QToolBar *m_toolbar;
    QLabel *m_summary;
    QTextBrowser *m_details;
    ConsolePanel *m_console = nullptr;
    QLabel *m_consoleDetachedLabel = nullptr;
    QPointer<QMainWindow> m_consoleWindow;
    SnapshotsPanel *m_snapshots = nullptr;
    VmHardwarePage *m_hardware = nullptr;
    ::PerformancePage *m_performance = nullptr;
    QHash<DomainAction, QAction *> m_actions;
    QAction *m_saveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    bool m_showPending = false;
    int m_page = 0; // the tab shown last: leaving Hardware with unapplied changes asks first
    bool m_detailsShown = false; // the first answer to loadXml() is in
};
