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
class XmlEditorPanel;

// One window per VM, with pages: Overview, Console, Snapshots, Hardware, Performance, XML.
class VmWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { OverviewPage, ConsolePage, SnapshotsPage, HardwarePage, PerformancePage, XmlPage };

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
    XmlEditorPanel *xmlEditor() const { return m_xml; }
    void toggleConsoleDetached();

protected:
    void changeEvent(QEvent *event) override;
    // Unsaved XML edits: asks first (Save / Discard / Cancel), without a
    // nested event loop.
    void closeEvent(QCloseEvent *event) override;
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
    XmlEditorPanel *m_xml = nullptr;
    bool m_closeConfirmed = false;
    bool m_closeAsked = false;
    QHash<DomainAction, QAction *> m_actions;
    QAction *m_saveAction = nullptr;
    QAction *m_deleteAction = nullptr;
    bool m_showPending = false;
    int m_page = 0; // the tab shown last: leaving Hardware with unapplied changes asks first
    bool m_detailsShown = false; // the first answer to loadXml() is in
};
