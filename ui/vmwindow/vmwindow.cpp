#include "vmwindow.h"

#include "domainactions.h"
#include "domainlistmodel.h"
#include "lifecyclecontroller.h"
#include "consolepanel.h"
#include "snapshotspanel.h"
#include "showsettled.h"
#include "performancepage.h"
#include "hardwareeditor.h"
#include "vmhardwarepage.h"
#include "xmleditorpanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

VmWindow::VmWindow(Connection *connection, const QString &uuid, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_controller(new LifecycleController(this))
    , m_tabs(new QTabWidget(this))
    , m_toolbar(addToolBar(QString()))
    , m_summary(new QLabel(this))
    , m_details(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("vmWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(800, 600);
    m_toolbar->setObjectName(QStringLiteral("vmToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tabs->setObjectName(QStringLiteral("vmPages"));
    setCentralWidget(m_tabs);

    auto *overview = new QWidget;
    overview->setObjectName(QStringLiteral("overviewPage"));
    auto *ol = new QVBoxLayout(overview);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("overviewDetails"));
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->viewport()->setAutoFillBackground(false);
    m_details->setOpenLinks(false);
    ol->addWidget(m_summary);
    ol->addWidget(m_details, 1);
    m_tabs->addTab(overview, QString());

    m_console = new ConsolePanel(connection, uuid);
    QWidget *consolePage = panelPage(QStringLiteral("consolePage"), m_console);
    m_consoleDetachedLabel = new QLabel(consolePage);
    m_consoleDetachedLabel->setAlignment(Qt::AlignCenter);
    m_consoleDetachedLabel->hide();
    consolePage->layout()->addWidget(m_consoleDetachedLabel);
    m_tabs->addTab(consolePage, QString());
    connect(m_console, &ConsolePanel::detachRequested, this, &VmWindow::toggleConsoleDetached);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_page == HardwarePage && index != HardwarePage && m_hardware->editor()->hasUnappliedChanges()) {
            // Back to Hardware until the user says whether the changes go.
            {
                const QSignalBlocker blocker(m_tabs);
                m_tabs->setCurrentIndex(HardwarePage);
            }
            m_hardware->editor()->confirmLeave([this, index](bool proceed) {
                if (proceed)
                    m_tabs->setCurrentIndex(index);
            });
            return;
        }
        m_page = index;
        if (index == ConsolePage)
            m_console->activate();
        else if (index == SnapshotsPage)
            m_snapshots->activate();
    });
    m_snapshots = new SnapshotsPanel(connection, uuid);
    QWidget *snapshotsPage = panelPage(QStringLiteral("snapshotsPage"), m_snapshots);
    connect(m_snapshots, &SnapshotsPanel::saveStateRequested, this, [this] { m_controller->saveToFile({current()}); });
    connect(m_snapshots, &SnapshotsPanel::restoreStateRequested, this, [this] { m_controller->restoreFromFile(m_connection); });
    m_tabs->addTab(snapshotsPage, QString());
    m_hardware = new VmHardwarePage(connection, uuid);
    m_tabs->addTab(m_hardware, QString());
    m_performance = new ::PerformancePage(connection->statsHistory(), uuid);
    m_tabs->addTab(m_performance, QString());
    QPointer<Connection> weak(connection);
    m_xml = new XmlEditorPanel(
        QStringLiteral("domain"), uuid,
        [weak, uuid] {
            return weak ? weak->editableXml(uuid)
                        : QtFuture::makeReadyFuture(Result<QString>(Error{0, tr("The connection is closed.")}));
        },
        [weak, uuid](const QString &xml) {
            return weak ? weak->redefineXml(uuid, xml) : QtFuture::makeReadyFuture(VoidResult(Error{0, tr("The connection is closed.")}));
        });
    m_tabs->addTab(panelPage(QStringLiteral("xmlPage"), m_xml), QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == XmlPage)
            m_xml->activate();
    });
    connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &domain) {
        if (domain.uuid == m_uuid)
            m_xml->definitionChanged();
    });

    buildActions();
    retranslate();

    DomainListModel *model = connection->domainModel();
    connect(model, &QAbstractItemModel::dataChanged, this, [this, model](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
        if (roles == QList<int>{DomainListModel::SparklineRole})
            return; // the list's graph moved; no new figure
        const int row = model->rowOf(m_uuid);
        if (row < tl.row() || row > br.row())
            return;
        const DomainInfo before = m_info;
        refresh();
        if (before.state != m_info.state || before.name != m_info.name)
            loadXml();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this, model] {
        if (model->rowOf(m_uuid) < 0) {
            m_summary->setText(tr("<b>%1</b> no longer exists on %2.").arg(m_info.name.toHtmlEscaped(),
                                                                             m_connection ? m_connection->displayName().toHtmlEscaped() : QString()));
            m_details->clear();
            m_toolbar->setEnabled(false);
        }
    });
    connect(connection, &Connection::stateChanged, this, [this](ConnectionState state) {
        refresh();
        loadXml();
        if (state == ConnectionState::Connected)
            m_xml->definitionChanged();
    });
}

PassthroughPanel *VmWindow::passthrough() const
{
    return m_hardware->passthrough();
}

QWidget *VmWindow::panelPage(const QString &objectName, QWidget *panel)
{
    auto *page = new QWidget;
    page->setObjectName(objectName);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(panel);
    return page;
}

void VmWindow::buildActions()
{
    for (const DomainActionSpec &spec : domainActionSpecs()) {
        if (!spec.inVmWindowToolbar)
            continue;
        const DomainAction a = spec.action;
        QAction *action = m_toolbar->addAction(QString());
        action->setObjectName(QStringLiteral("vmAction%1").arg(int(a)));
        connect(action, &QAction::triggered, this, [this, a] { m_controller->perform(a, {current()}); });
        m_actions.insert(a, action);
    }
    m_saveAction = m_toolbar->addAction(QString());
    m_saveAction->setObjectName(QStringLiteral("vmActionSave"));
    connect(m_saveAction, &QAction::triggered, this, [this] { m_controller->saveToFile({current()}); });
    m_toolbar->addSeparator();
    m_deleteAction = m_toolbar->addAction(QString());
    m_deleteAction->setObjectName(QStringLiteral("vmActionDelete"));
    connect(m_deleteAction, &QAction::triggered, this, [this] { m_controller->remove({current()}); });
}

DomainRef VmWindow::current() const
{
    return {m_connection, m_info};
}

void VmWindow::retranslate()
{
    //: Accessible name of the VM window's toolbar
    m_toolbar->setWindowTitle(tr("Actions"));
    //: Tab of the VM window
    m_tabs->setTabText(OverviewPage, tr("Overview"));
    //: Tab of the VM window: the VM's screen
    m_tabs->setTabText(ConsolePage, tr("Console"));
    m_consoleDetachedLabel->setText(tr("The console is in its own window. Close that window to bring it back here."));
    m_tabs->setTabText(SnapshotsPage, tr("Snapshots"));
    //: Tab of the VM window
    m_tabs->setTabText(HardwarePage, tr("Hardware"));
    //: Tab of the VM window: usage graphs
    m_tabs->setTabText(PerformancePage, tr("Performance"));
    //: Tab of the VM window: the VM's libvirt definition as XML text
    m_tabs->setTabText(XmlPage, tr("XML"));
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setText(domainActionSpec(it.key()).name());
    m_saveAction->setText(tr("Save to File…"));
    m_deleteAction->setText(tr("Delete…"));
    refresh();
    loadXml();
}

void VmWindow::showWhenReady(int limitMs)
{
    m_showPending = true;
    QTimer::singleShot(limitMs, this, [this] {
        if (std::exchange(m_showPending, false))
            showSettled(this);
    });
    // The details may be in already: a finished future runs its
    // continuation at once.
    if (m_detailsShown || !m_connection || m_connection->state() != ConnectionState::Connected) {
        m_showPending = false;
        showSettled(this);
    }
}

void VmWindow::showIfPending()
{
    m_detailsShown = true;
    if (std::exchange(m_showPending, false)) {
        showSettled(this);
        raise();
        activateWindow();
    }
}

void VmWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void VmWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
    if (page == ConsolePage)
        m_console->activate();
    else if (page == SnapshotsPage)
        m_snapshots->activate();
    else if (page == XmlPage)
        m_xml->activate();
}

void VmWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeConfirmed || !m_xml->isModified()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    if (m_closeAsked)
        return; // the question is open
    m_closeAsked = true;
    m_tabs->setCurrentIndex(XmlPage);
    m_xml->confirmClose(this, [this](bool mayClose) {
        m_closeAsked = false;
        if (!mayClose)
            return;
        m_closeConfirmed = true;
        // Not from inside the box's signal: the window deletes itself on close.
        QTimer::singleShot(0, this, &QWidget::close);
    });
}

void VmWindow::toggleConsoleDetached()
{
    if (!m_consoleWindow) {
        // Into a window of its own; closing that window brings it back.
        m_consoleWindow = new QMainWindow(this);
        m_consoleWindow->setObjectName(QStringLiteral("consoleWindow"));
        m_consoleWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_consoleWindow->setWindowTitle(tr("%1 — Console — QVirt").arg(m_info.name));
        m_consoleWindow->setCentralWidget(m_console);
        m_consoleWindow->resize(m_console->view()->sizeHint().expandedTo(QSize(640, 480)));
        m_consoleWindow->installEventFilter(this);
        m_consoleWindow->show();
        m_consoleDetachedLabel->show();
    } else {
        m_consoleWindow->close();
    }
}

bool VmWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_consoleWindow && event->type() == QEvent::Close) {
        m_consoleWindow->takeCentralWidget();
        static_cast<QVBoxLayout *>(m_tabs->widget(ConsolePage)->layout())->insertWidget(0, m_console);
        m_consoleDetachedLabel->hide();
        m_consoleWindow = nullptr;
    }
    return QMainWindow::eventFilter(watched, event);
}

VmWindow::Page VmWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void VmWindow::refresh()
{
    if (!m_connection)
        return;
    const DomainListModel *model = m_connection->domainModel();
    const int row = model->rowOf(m_uuid);
    if (row < 0)
        return;
    m_info = model->domainAt(row);
    setWindowTitle(tr("%1 on %2 — QVirt").arg(m_info.name, m_connection->displayName()));
    m_hardware->setDomain(m_connection->uri(), m_info.name);
    const bool connected = m_connection->state() == ConnectionState::Connected;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QString why;
        const bool can = connected && domainActionSpec(it.key()).allows(m_info, &why);
        it.value()->setEnabled(can);
        it.value()->setToolTip(can ? it.value()->text() : why);
    }
    m_saveAction->setEnabled(connected && isActive(m_info.state));
    m_deleteAction->setEnabled(connected);

    QString state = DomainListModel::stateName(m_info.state);
    if (m_info.hasManagedSave) {
        //: %1 is the VM's state, e.g. "Shut off".
        state = tr("%1 (managed save present: starting resumes it)").arg(state);
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(m_info.name.toHtmlEscaped());
    if (!m_info.title.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(m_info.title.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='4'>");
    auto row2 = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row2(tr("State:"), state);
    row2(tr("UUID:"), m_info.uuid);
    row2(tr("vCPUs:"), QString::number(m_info.vcpus));
    row2(tr("Memory:"), DomainListModel::formatMemory(m_info.memoryKiB));
    row2(tr("Maximum memory:"), DomainListModel::formatMemory(m_info.maxMemoryKiB));
    row2(tr("Autostart:"), m_info.autostart ? /*: Value of the Autostart and Persistent rows */ tr("Yes") : /*: Value of the Autostart row: the VM does not start when the host boots */ tr("No"));
    //: Row label: whether libvirt keeps the VM's definition after it stops
    row2(tr("Persistent:"), m_info.persistent ? tr("Yes") : tr("No (transient: gone when it stops)"));
    html += QStringLiteral("</table>");
    m_summary->setText(html);
}

void VmWindow::loadXml()
{
    if (!m_connection || m_connection->state() != ConnectionState::Connected)
        return;
    m_connection->domainXml(m_uuid).then(this, [this](const Result<QString> &xml) {
        if (!xml) {
            m_details->setHtml(tr("The configuration could not be read: %1").arg(xml.error().message.toHtmlEscaped()));
            showIfPending();
            return;
        }
        DomainDescription d;
        QString error;
        if (!parseDomainXml(xml.value(), &d, &error)) {
            m_details->setHtml(tr("The configuration could not be parsed: %1").arg(error.toHtmlEscaped()));
            showIfPending();
            return;
        }
        QString html = QStringLiteral("<table cellspacing='4'>");
        auto row2 = [&html](const QString &k, const QString &v) {
            html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v);
        };
        row2(tr("Hypervisor:"), d.domainType.toHtmlEscaped());
        row2(tr("Architecture:"), (d.machine.isEmpty() ? d.arch : QStringLiteral("%1 (%2)").arg(d.arch, d.machine)).toHtmlEscaped());
        row2(tr("Firmware:"), d.firmware == QLatin1String("efi") ? tr("UEFI") : tr("BIOS"));
        if (!d.emulator.isEmpty())
            row2(tr("Emulator:"), d.emulator.toHtmlEscaped());
        QStringList disks;
        for (const DiskDescription &disk : std::as_const(d.disks)) {
            const QString kind = disk.format.isEmpty() ? disk.bus : disk.format;
            QString source = disk.source;
            if (source.isEmpty()) {
                //: A drive with no medium (an empty CD-ROM), shown where the image's path would be.
                source = tr("empty", "disk source");
            }
            QString line;
            if (disk.backingChain.isEmpty()) {
                //: A VM's disk: %1 target (vda), %2 device (disk, cdrom), %3 format or bus, %4 the image.
                line = tr("%1 (%2, %3): %4").arg(disk.target, disk.device, kind, source);
            } else {
                //: %1 target (vda), %2 device, %3 format, %4 the image, %n how many images lie under it.
                line = tr("%1 (%2, %3): %4 on %n backing file(s)", nullptr, int(disk.backingChain.size()))
                           .arg(disk.target, disk.device, kind, source);
            }
            disks << line.toHtmlEscaped();
        }
        row2(tr("Disks:"), disks.isEmpty() ? /*: Value of the Disks, Display and Network rows when the VM has none */ tr("none") : disks.join(QStringLiteral("<br>")));
        QStringList graphics;
        for (const GraphicsDescription &g : std::as_const(d.graphics)) {
            QString where = g.port > 0 ? QStringLiteral("%1:%2").arg(g.listen.isEmpty() ? QStringLiteral("127.0.0.1") : g.listen).arg(g.port)
                                       : (g.autoport ? /*: Display row: libvirt picks the VNC port when the VM starts (autoport) */ tr("port chosen at start") : g.socket);
            graphics << QStringLiteral("%1 %2").arg(g.type.toUpper(), where).toHtmlEscaped();
        }
        //: Row label: the VM's graphical display (VNC, SPICE)
        row2(tr("Display:"), graphics.isEmpty() ? tr("none") : graphics.join(QStringLiteral("<br>")));
        QStringList nics;
        for (const InterfaceDescription &n : std::as_const(d.interfaces))
            nics << QStringLiteral("%1 %2 %3 %4").arg(n.type, n.source, n.model, n.mac).simplified().toHtmlEscaped();
        row2(tr("Network:"), nics.isEmpty() ? tr("none") : nics.join(QStringLiteral("<br>")));
        if (!d.description.isEmpty())
            row2(tr("Description:"), d.description.toHtmlEscaped());
        html += QStringLiteral("</table>");
        m_details->setHtml(html);
        showIfPending();
    });
}
