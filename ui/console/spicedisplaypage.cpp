#include "spicedisplaypage.h"

#include "connection.h"
#include "displayswitchdialog.h"
#include "domainlistmodel.h"
#include "messagebox.h"
#include "remoteviewer.h"

#include <QDomDocument>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

bool spiceOnly(const QString &xml)
{
    DomainDescription d;
    if (!parseDomainXml(xml, &d))
        return false;
    bool spice = false, vnc = false;
    for (const GraphicsDescription &g : std::as_const(d.graphics)) {
        spice |= g.type == QLatin1String("spice");
        vnc |= g.type == QLatin1String("vnc");
    }
    return spice && !vnc;
}

} // namespace

SpiceDisplayPage::SpiceDisplayPage(Connection *connection, const QString &uuid, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_viewerButton(new QPushButton(this))
    , m_viewerNote(new QLabel(this))
    , m_switchButton(new QPushButton(this))
    , m_switchNote(new QLabel(this))
    , m_goBack(new QToolButton(this))
{
    setObjectName(QStringLiteral("spiceDisplayPage"));
    m_title->setObjectName(QStringLiteral("spiceTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("spiceExplanation"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_viewerButton->setObjectName(QStringLiteral("spiceOpenRemoteViewer"));
    m_viewerNote->setObjectName(QStringLiteral("spiceRemoteViewerNote"));
    m_viewerNote->setWordWrap(true);
    m_switchButton->setObjectName(QStringLiteral("spiceSwitchToVnc"));
    m_switchNote->setObjectName(QStringLiteral("spiceSwitchNote"));
    m_switchNote->setWordWrap(true);
    m_goBack->setObjectName(QStringLiteral("consoleGoBackToSpice"));
    m_goBack->setVisible(false);

    // A column of readable width in the middle of the console's space.
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    auto *cl = new QVBoxLayout(column);
    cl->addWidget(m_title);
    cl->addWidget(m_text);
    cl->addSpacing(12);
    auto *viewerRow = new QHBoxLayout;
    viewerRow->addWidget(m_viewerButton, 0, Qt::AlignTop);
    viewerRow->addWidget(m_viewerNote, 1);
    cl->addLayout(viewerRow);
    auto *switchRow = new QHBoxLayout;
    switchRow->addWidget(m_switchButton, 0, Qt::AlignTop);
    switchRow->addWidget(m_switchNote, 1);
    cl->addLayout(switchRow);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();
    auto *centre = new QHBoxLayout;
    centre->addStretch();
    centre->addWidget(column, 4);
    centre->addStretch();
    outer->addLayout(centre);
    outer->addStretch(2);

    connect(m_viewerButton, &QPushButton::clicked, this, &SpiceDisplayPage::openRemoteViewer);
    connect(m_switchButton, &QPushButton::clicked, this, &SpiceDisplayPage::askSwitch);
    connect(m_goBack, &QToolButton::clicked, this, &SpiceDisplayPage::askGoBack);
    connect(RemoteViewer::instance(), &RemoteViewer::viewerFinished, this, [this] {
        m_viewerStarted.clear();
        updateState();
    });
    if (connection) {
        DomainListModel *model = connection->domainModel();
        connect(model, &QAbstractItemModel::dataChanged, this, [this, model](const QModelIndex &tl, const QModelIndex &br) {
            const int row = model->rowOf(m_uuid);
            if (row >= tl.row() && row <= br.row())
                updateState();
        });
        m_goBack->setVisible(m_store.contains(connection->uri(), uuid));
    }
    retranslate();
}

void SpiceDisplayPage::retranslate()
{
    m_title->setText(tr("This virtual machine shows its screen through SPICE"));
    m_text->setText(explanation());
    //: Button: open the VM's SPICE display in the remote-viewer program (virt-viewer)
    m_viewerButton->setText(tr("Open in Remote Viewer"));
    m_viewerButton->setAccessibleName(m_viewerButton->text());
    //: Button: change the VM's definition so its display is VNC from its next start
    m_switchButton->setText(tr("Switch to VNC…"));
    m_switchButton->setAccessibleName(tr("Switch the display to VNC"));
    //: Console toolbar button: restore the VM's definition from before its display was switched to VNC
    m_goBack->setText(tr("Go Back to SPICE…"));
    m_goBack->setAccessibleName(tr("Go back to SPICE"));
    m_goBack->setToolTip(tr("Restore the definition this virtual machine had before its display was switched to VNC."));
    updateState();
}

void SpiceDisplayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString SpiceDisplayPage::explanation() const
{
    return tr("QVirt's console speaks VNC, so it cannot show a SPICE display itself. Open the display in Remote Viewer, "
              "which speaks SPICE, or switch this virtual machine's display to VNC to see it here.");
}

bool SpiceDisplayPage::running() const
{
    const DomainInfo *d = m_connection ? m_connection->domainModel()->find(m_uuid) : nullptr;
    return d && isActive(d->state);
}

QString SpiceDisplayPage::vmName() const
{
    const DomainInfo *d = m_connection ? m_connection->domainModel()->find(m_uuid) : nullptr;
    return d ? d->name : m_uuid;
}

void SpiceDisplayPage::refresh()
{
    if (!m_connection)
        return;
    const quint64 generation = ++m_generation;
    m_goBack->setVisible(m_store.contains(m_connection->uri(), m_uuid));
    // The running VM's display decides what the console can show now; the
    // persistent definition what it shows after the next start.
    m_connection->domainXml(m_uuid, true).then(this, [this, generation](const Result<QString> &next) {
        if (generation != m_generation || !m_connection)
            return;
        m_nextSpiceOnly = next && spiceOnly(next.value());
        if (!running()) {
            m_liveSpiceOnly = m_nextSpiceOnly;
            m_known = true;
            updateState();
            emit applies(m_nextSpiceOnly);
            return;
        }
        m_connection->domainXml(m_uuid, false).then(this, [this, generation](const Result<QString> &live) {
            if (generation != m_generation)
                return;
            m_liveSpiceOnly = live && spiceOnly(live.value());
            m_known = true;
            updateState();
            emit applies(m_liveSpiceOnly);
        });
    });
}

void SpiceDisplayPage::updateState()
{
    const bool isRunning = running();
    const bool installed = !RemoteViewer::program().isEmpty();
    m_viewerButton->setEnabled(installed && isRunning && !m_busy);
    if (!installed)
        m_viewerNote->setText(tr("Remote Viewer is not installed. Install the package virt-viewer to open SPICE displays."));
    else if (!isRunning)
        m_viewerNote->setText(tr("The virtual machine must run to open its display in Remote Viewer."));
    else if (!m_viewerStarted.isEmpty())
        m_viewerNote->setText(m_viewerStarted);
    else
        m_viewerNote->setText(tr("Remote Viewer shows the display in a window of its own. It closes when QVirt quits."));

    const DomainInfo *d = m_connection ? m_connection->domainModel()->find(m_uuid) : nullptr;
    const bool persistent = !d || d->persistent;
    m_switchButton->setVisible(!m_known || m_nextSpiceOnly);
    m_switchButton->setEnabled(persistent && !m_busy);
    if (!persistent)
        m_switchNote->setText(tr("This virtual machine is transient: it has no definition to change."));
    else if (m_known && !m_nextSpiceOnly)
        m_switchNote->setText(tr("The display is switched to VNC for the next start. Shut the virtual machine down and start it again to see its screen here."));
    else
        m_switchNote->setText(tr("Changes the definition for the next start: the display becomes VNC and devices that "
                                 "work only with SPICE are adapted or removed. QVirt keeps the current definition so you "
                                 "can go back to SPICE."));
}

void SpiceDisplayPage::openRemoteViewer()
{
    if (!m_connection)
        return;
    m_busy = true;
    updateState();
    m_connection->spiceEndpoint(m_uuid).then(this, [this](const Result<SpiceEndpoint> &r) {
        m_busy = false;
        Result<qint64> started = r ? RemoteViewer::instance()->open(r.value()) : Result<qint64>(r.error());
        if (started) {
            m_viewerStarted = r.value().throughSsh
                                  ? tr("Remote Viewer was started; it reaches the display through the host's SSH connection.")
                                  : tr("Remote Viewer was started.");
        } else {
            m_viewerStarted.clear();
            //: Title of the error box when remote-viewer could not be opened
            MessageBox::error(this, tr("Remote Viewer"), tr("The display of \"%1\" could not be opened in Remote Viewer.").arg(vmName()),
                              started.error().message);
        }
        updateState();
    });
}

void SpiceDisplayPage::askSwitch()
{
    if (!m_connection || m_busy)
        return;
    m_busy = true;
    updateState();
    // The list shows what the switch would change in the definition as it is now.
    m_connection->editableXml(m_uuid).then(this, [this](const Result<QString> &xml) {
        m_busy = false;
        updateState();
        const Result<QVector<DisplayChange>> planned = xml ? DisplayConversion::plan(xml.value())
                                                           : Result<QVector<DisplayChange>>(xml.error());
        //: Title of error boxes about switching a VM's display from SPICE to VNC
        const QString title = tr("Switch Display to VNC");
        if (!planned) {
            MessageBox::error(this, title, tr("The definition of \"%1\" could not be read.").arg(vmName()), planned.error().message);
            return;
        }
        if (planned.value().isEmpty()) {
            MessageBox::information(this, title, tr("The definition of \"%1\" has no SPICE display to switch.").arg(vmName()));
            refresh();
            return;
        }
        delete m_dialog;
        m_dialog = new DisplaySwitchDialog(vmName(), planned.value(), this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &QDialog::accepted, this, [this, changes = planned.value()] { switchToVnc(changes); });
        m_dialog->open();
    });
}

void SpiceDisplayPage::switchToVnc(const QVector<DisplayChange> &planned)
{
    if (!m_connection)
        return;
    const QString uri = m_connection->uri();
    const QString uuid = m_uuid;
    const DisplayBackupStore store = m_store;
    // Exactly what the dialog listed, or nothing: another client may have
    // changed the definition while the dialog was open.
    auto edit = [planned](QDomDocument &doc) -> VoidResult {
        if (DisplayConversion::toVnc(doc) != planned)
            return Error{0, tr("The definition changed while the list of changes was shown. Look at the list again.")};
        return {};
    };
    // Kept before anything is defined (a failure to keep it stops the
    // switch), then again with what libvirt made of the switch.
    auto keep = [store, uri, uuid](const DefinitionUpdate &update) {
        return store.save({uri, uuid, update.before, update.after, {}});
    };
    m_busy = true;
    updateState();
    m_connection->updateDefinition(m_uuid, edit, keep).then(this, [this, store, uri, uuid](const Result<DefinitionUpdate> &r) {
        m_busy = false;
        if (!r) {
            // A copy saved for a define that then failed restores nothing.
            const auto kept = store.load(uri, uuid);
            if (kept && kept->after.isEmpty())
                store.remove(uri, uuid);
            MessageBox::error(this, tr("Switch Display to VNC"), tr("The display of \"%1\" could not be switched to VNC.").arg(vmName()),
                              r.error().message);
        }
        refresh();
        if (r)
            emit definitionChanged();
    });
}

void SpiceDisplayPage::askGoBack()
{
    if (!m_connection || m_busy)
        return;
    const auto entry = m_store.load(m_connection->uri(), m_uuid);
    //: Title of the question and error boxes about restoring a VM's SPICE display
    const QString title = tr("Go Back to SPICE");
    if (!entry) {
        m_goBack->setVisible(false);
        MessageBox::information(this, title, tr("QVirt keeps no definition of \"%1\" from before a switch to VNC.").arg(vmName()));
        return;
    }
    m_busy = true;
    m_connection->editableXml(m_uuid).then(this, [this, entry = *entry, title](const Result<QString> &current) {
        m_busy = false;
        if (!current) {
            MessageBox::error(this, title, tr("The definition of \"%1\" could not be read.").arg(vmName()), current.error().message);
            return;
        }
        QString text;
        QString confirm;
        if (current.value() != entry.after) {
            text = tr("The definition of \"%1\" was changed after its display was switched to VNC. Going back restores the "
                      "definition from before the switch, which undoes those later changes as well.").arg(vmName());
            //: Button: restore the SPICE definition although it undoes later changes
            confirm = tr("Go Back and Undo Them");
        } else {
            text = tr("The definition of \"%1\" from before its display was switched to VNC is restored exactly. It takes "
                      "effect the next time the virtual machine starts.").arg(vmName());
            //: Button: restore the VM's definition from before the switch to VNC
            confirm = tr("Go Back to SPICE");
        }
        MessageBox::confirm(this, title, text, confirm, this, [this, entry](bool confirmed) {
            if (confirmed)
                goBack(entry);
        });
    });
}

void SpiceDisplayPage::goBack(const DisplayBackupStore::Entry &entry)
{
    if (!m_connection)
        return;
    m_busy = true;
    // The text as libvirt gave it before the switch, defined again as it is:
    // libvirt writes it back byte for byte.
    m_connection->defineXml(entry.before).then(this, [this, entry](const Result<QString> &r) {
        m_busy = false;
        if (!r) {
            MessageBox::error(this, tr("Go Back to SPICE"), tr("The definition of \"%1\" from before the switch could not be restored.").arg(vmName()),
                              r.error().message);
            updateState();
            return;
        }
        if (const VoidResult removed = m_store.remove(entry.uri, entry.uuid); !removed)
            qWarning("%s", qPrintable(removed.error().message));
        refresh();
        emit definitionChanged();
    });
}
