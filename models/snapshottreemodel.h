#pragma once

#include "connection.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <functional>

#include <memory>
#include <vector>

// One VM's snapshots joined with its disks' backing chains: a "Snapshots"
// branch with libvirt's snapshot hierarchy (external snapshots list the
// overlays they created beneath them) and one branch per disk with its chain,
// active layer first ("you are here"), each layer naming the snapshot that
// created it.
class SnapshotTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, CreatedColumn, SizeColumn, ColumnCount };
    enum class NodeKind { SnapshotGroup, Snapshot, Overlay, Disk, Layer };
    enum Role {
        KindRole = Qt::UserRole + 1, // NodeKind as int
        SnapshotNameRole,            // snapshot nodes (and overlays: their snapshot)
        PathRole,                    // overlay and layer nodes
        CurrentRole,                 // the current snapshot; the active layer
        ExternalRole,                // external snapshots
        UsedByRole,                  // layer nodes: the other VMs whose chains hold the image (QStringList)
    };

    SnapshotTreeModel(Connection *connection, const QString &uuid, QObject *parent = nullptr);
    ~SnapshotTreeModel() override;

    // Reloads from libvirt (off the GUI thread); loaded() follows.
    void refresh();
    const SnapshotState &state() const { return m_state; }
    QString lastError() const { return m_error; }
    // Replaces the content at once (used by refresh, and by tests).
    void setState(const SnapshotState &state);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SnapshotInfo *snapshotAt(const QModelIndex &index) const;
    QModelIndex indexOfSnapshot(const QString &name) const;

signals:
    void loaded();
    void failed(const QString &error);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column = 0) const;

    QPointer<Connection> m_connection;
    QString m_uuid;
    SnapshotState m_state;
    QString m_error;
    std::unique_ptr<Node> m_root;
    quint64 m_generation = 0;
};
