#include "snapshotspanel.h"

#include "connection.h"
#include "domainlistmodel.h"
#include "messagebox.h"
#include "snapshottreemodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

SnapshotsPanel::SnapshotsPanel(Connection *connection, const QString &uuid, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_model(new SnapshotTreeModel(connection, uuid, this))
    , m_view(new QTreeView(this))
    , m_details(new QLabel(this))
    , m_create(new QPushButton(this))
    , m_revert(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("snapshotsPanel"));
    m_view->setObjectName(QStringLiteral("snapshotTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SnapshotTreeModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(SnapshotTreeModel::KindColumn, 300);
    m_view->header()->setSectionResizeMode(SnapshotTreeModel::CreatedColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SnapshotTreeModel::SizeColumn, QHeaderView::ResizeToContents);
    m_details->setObjectName(QStringLiteral("snapshotDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_create->setObjectName(QStringLiteral("snapshotCreate"));
    m_revert->setObjectName(QStringLiteral("snapshotRevert"));
    m_delete->setObjectName(QStringLiteral("snapshotDelete"));
    m_refresh->setObjectName(QStringLiteral("snapshotRefresh"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_create, &QPushButton::clicked, this, &SnapshotsPanel::createSnapshot);
    connect(m_revert, &QPushButton::clicked, this, &SnapshotsPanel::revert);
    connect(m_delete, &QPushButton::clicked, this, &SnapshotsPanel::remove);
    connect(m_refresh, &QPushButton::clicked, m_model, &SnapshotTreeModel::refresh);
    connect(m_model, &SnapshotTreeModel::loaded, this, [this] {
        m_view->expandAll();
        updateActions();
    });
    connect(m_model, &SnapshotTreeModel::failed, this, [this](const QString &error) {
        m_details->setText(tr("The snapshots could not be read: %1").arg(error));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SnapshotsPanel::updateActions);
    retranslate();
}

void SnapshotsPanel::activate()
{
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_model->refresh();
    }
}

void SnapshotsPanel::retranslate()
{
    m_create->setText(tr("Take Snapshot…"));
    m_revert->setText(tr("Revert"));
    m_delete->setText(tr("Delete…"));
    m_refresh->setText(tr("Refresh"));
    m_view->setAccessibleName(tr("Snapshots and disk backing chains"));
    updateActions();
}

void SnapshotsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString SnapshotsPanel::selectedSnapshot() const
{
    const QModelIndex i = m_view->currentIndex();
    if (i.data(SnapshotTreeModel::KindRole).toInt() != int(SnapshotTreeModel::NodeKind::Snapshot))
        return {};
    return i.data(SnapshotTreeModel::SnapshotNameRole).toString();
}

void SnapshotsPanel::updateActions()
{
    const QModelIndex i = m_view->currentIndex();
    const SnapshotInfo *s = selectedSnapshot().isEmpty() ? nullptr : m_model->snapshotAt(i);
    const bool connected = m_connection && m_connection->state() == ConnectionState::Connected;
    m_create->setEnabled(connected);
    const QString pick = tr("Select a snapshot in the tree.");
    m_revert->setEnabled(connected && s && !s->isExternal());
    m_revert->setToolTip(!s ? pick
                            : s->isExternal() ? tr("This libvirt cannot revert to external snapshots, and QVirt does not do it by itself yet.")
                                              : tr("Return the virtual machine to this snapshot."));
    m_delete->setEnabled(connected && s);
    m_delete->setToolTip(!s ? pick
                            : s->isExternal() ? tr("Deleting an external snapshot merges its overlay into the image below it.")
                                              : tr("Delete this snapshot; the disks keep their current state."));
    if (s) {
        QStringList lines;
        lines << tr("Snapshot %1, taken %2.").arg(s->name, QLocale().toString(s->created, QLocale::LongFormat));
        if (!s->description.isEmpty())
            lines << s->description;
        if (s->memory == SnapshotInfo::Location::External)
            lines << tr("Memory state saved to %1.").arg(s->memoryFile);
        m_details->setText(lines.join(QLatin1Char('\n')));
    } else if (!i.data(SnapshotTreeModel::PathRole).toString().isEmpty()) {
        m_details->setText(i.data(SnapshotTreeModel::PathRole).toString());
    } else {
        m_details->clear();
    }
}

void SnapshotsPanel::createSnapshot()
{
    if (!m_connection)
        return;
    const DomainInfo *d = m_connection->domainModel()->find(m_uuid);
    const bool running = d && isActive(d->state);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("createSnapshotDialog"));
    dialog.setWindowTitle(tr("Take Snapshot"));
    auto *form = new QFormLayout;
    auto *name = new QLineEdit(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), &dialog);
    auto *description = new QLineEdit(&dialog);
    auto *kind = new QComboBox(&dialog);
    kind->addItem(running ? tr("Internal, with memory (inside the qcow2 images)") : tr("Internal (inside the qcow2 images)"),
                  int(SnapshotRequest::Kind::Internal));
    kind->addItem(tr("External, disks only (new overlay files)"), int(SnapshotRequest::Kind::ExternalDiskOnly));
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Description:"), description);
    form->addRow(tr("Type:"), kind);
    auto *note = new QLabel(tr("External snapshots turn each disk into a chain: the current image becomes read-only and new writes go to an overlay file next to it."), &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty())
        return;

    SnapshotRequest req;
    req.name = name->text().trimmed();
    req.description = description->text();
    req.kind = SnapshotRequest::Kind(kind->currentData().toInt());
    if (req.kind != SnapshotRequest::Kind::Internal) {
        for (const DiskStorage &disk : m_model->state().disks) {
            if (disk.chain.isEmpty())
                continue;
            const QFileInfo top(disk.chain.first().path);
            req.overlays.insert(disk.target, top.absolutePath() + QLatin1Char('/') + top.completeBaseName() + QLatin1Char('.') + req.name);
        }
    }
    const QString snapshotName = req.name;
    m_connection->createSnapshot(m_uuid, req).then(this, [this, snapshotName](const VoidResult &r) {
        if (!r)
            MessageBox::error(this, tr("Take Snapshot"), tr("Snapshot %1 could not be taken.").arg(snapshotName), r.error().message);
        m_model->refresh();
    });
}

void SnapshotsPanel::revert()
{
    const QString name = selectedSnapshot();
    if (name.isEmpty() || !m_connection)
        return;
    if (!MessageBox::confirm(this, tr("Revert"),
                             tr("Revert to %1? What the virtual machine did since is lost unless you take a snapshot first.").arg(name),
                             tr("Revert")))
        return;
    m_connection->revertToSnapshot(m_uuid, name).then(this, [this, name](const VoidResult &r) {
        if (!r)
            MessageBox::error(this, tr("Revert"), tr("The virtual machine could not be reverted to %1.").arg(name), r.error().message);
        m_model->refresh();
    });
}

void SnapshotsPanel::remove()
{
    const QString name = selectedSnapshot();
    if (name.isEmpty() || !m_connection)
        return;
    if (!MessageBox::confirm(this, tr("Delete Snapshot"), tr("Delete snapshot %1?").arg(name), tr("Delete")))
        return;
    m_connection->deleteSnapshot(m_uuid, name).then(this, [this, name](const VoidResult &r) {
        if (!r)
            MessageBox::error(this, tr("Delete Snapshot"), tr("Snapshot %1 could not be deleted.").arg(name), r.error().message);
        m_model->refresh();
    });
}
