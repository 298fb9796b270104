#include "snapshottreemodel.h"

#include "filename.h"
#include "languagefollower.h"
#include "domainlistmodel.h"

#include <QFileInfo>
#include <QFont>
#include <QLocale>

struct SnapshotTreeModel::Node
{
    NodeKind kind = NodeKind::SnapshotGroup;
    QString name;
    QString path;
    int snapshot = -1;  // index into state.snapshots
    int disk = -1;      // index into state.disks
    int layer = -1;     // index into the disk's chain
    QString createdBy;  // snapshot that created this layer
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

SnapshotTreeModel::SnapshotTreeModel(Connection *connection, const QString &uuid, QObject *parent)
    : QAbstractItemModel(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_root(std::make_unique<Node>())
{
    followLanguage(this);
}

SnapshotTreeModel::~SnapshotTreeModel() = default;

void SnapshotTreeModel::refresh()
{
    if (!m_connection)
        return;
    const quint64 generation = ++m_generation;
    m_connection->snapshots(m_uuid).then(this, [this, generation](const Result<SnapshotState> &r) {
        if (generation != m_generation)
            return; // a newer refresh is under way
        if (!r) {
            m_error = r.error().message;
            emit failed(m_error);
            return;
        }
        m_error.clear();
        setState(r.value());
        emit loaded();
    });
}

void SnapshotTreeModel::setState(const SnapshotState &state)
{
    // Snapshot trees are small and change as a whole (a merge rewrites chains).
    beginResetModel();
    m_state = state;
    m_root = std::make_unique<Node>();

    QHash<QString, QString> creator; // overlay file -> snapshot that created it
    for (const SnapshotInfo &s : std::as_const(m_state.snapshots)) {
        for (const SnapshotInfo::Disk &d : s.disks) {
            if (d.location == SnapshotInfo::Location::External && !d.file.isEmpty())
                creator.insert(d.file, s.name);
        }
    }

    auto group = std::make_unique<Node>();
    group->kind = NodeKind::SnapshotGroup;
    Node *snapshots = m_root->add(std::move(group));
    QHash<QString, Node *> byName;
    // Parents before children: repeat until every snapshot is placed.
    QVector<int> pending;
    for (int i = 0; i < m_state.snapshots.size(); ++i)
        pending << i;
    while (!pending.isEmpty()) {
        QVector<int> next;
        for (int i : std::as_const(pending)) {
            const SnapshotInfo &s = m_state.snapshots.at(i);
            Node *parentNode = s.parent.isEmpty() ? snapshots : byName.value(s.parent);
            if (!parentNode && !s.parent.isEmpty() && !std::any_of(m_state.snapshots.cbegin(), m_state.snapshots.cend(),
                                                                    [&](const SnapshotInfo &o) { return o.name == s.parent; }))
                parentNode = snapshots; // parent unknown to libvirt: show at the top
            if (!parentNode) {
                next << i;
                continue;
            }
            auto n = std::make_unique<Node>();
            n->kind = NodeKind::Snapshot;
            n->name = s.name;
            n->snapshot = i;
            Node *node = parentNode->add(std::move(n));
            byName.insert(s.name, node);
            for (const SnapshotInfo::Disk &d : s.disks) {
                if (d.location != SnapshotInfo::Location::External || d.file.isEmpty())
                    continue;
                auto o = std::make_unique<Node>();
                o->kind = NodeKind::Overlay;
                o->name = d.name;
                o->path = d.file;
                o->snapshot = i;
                node->add(std::move(o));
            }
        }
        if (next.size() == pending.size())
            break; // a cycle; cannot happen with libvirt's data
        pending = next;
    }

    for (int di = 0; di < m_state.disks.size(); ++di) {
        const DiskStorage &disk = m_state.disks.at(di);
        auto d = std::make_unique<Node>();
        d->kind = NodeKind::Disk;
        d->name = disk.target;
        d->disk = di;
        Node *diskNode = m_root->add(std::move(d));
        for (int li = 0; li < disk.chain.size(); ++li) {
            auto l = std::make_unique<Node>();
            l->kind = NodeKind::Layer;
            l->path = disk.chain.at(li).path;
            l->disk = di;
            l->layer = li;
            l->createdBy = creator.value(l->path);
            diskNode->add(std::move(l));
        }
    }
    endResetModel();
}

SnapshotTreeModel::Node *SnapshotTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SnapshotTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex SnapshotTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex SnapshotTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int SnapshotTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SnapshotTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const SnapshotInfo *SnapshotTreeModel::snapshotAt(const QModelIndex &index) const
{
    const Node *n = index.isValid() ? nodeOf(index) : nullptr;
    return n && n->snapshot >= 0 ? &m_state.snapshots.at(n->snapshot) : nullptr;
}

QModelIndex SnapshotTreeModel::indexOfSnapshot(const QString &name) const
{
    std::function<const Node *(const Node *)> find = [&](const Node *n) -> const Node * {
        if (n->kind == NodeKind::Snapshot && n->name == name)
            return n;
        for (const auto &c : n->children) {
            if (const Node *f = find(c.get()))
                return f;
        }
        return nullptr;
    };
    return indexOfNode(find(m_root.get()));
}

// libvirt's words for the VM's state in a snapshot, in the list's words.
static QString vmStateName(const QString &state)
{
    static const QHash<QString, DomainState> states = {
        {QStringLiteral("running"), DomainState::Running},     {QStringLiteral("blocked"), DomainState::Blocked},
        {QStringLiteral("paused"), DomainState::Paused},       {QStringLiteral("shutdown"), DomainState::ShuttingDown},
        {QStringLiteral("shutoff"), DomainState::ShutOff},     {QStringLiteral("crashed"), DomainState::Crashed},
        {QStringLiteral("pmsuspended"), DomainState::PMSuspended},
    };
    const auto it = states.constFind(state);
    return it == states.constEnd() ? QString() : DomainListModel::stateName(*it); // disk-snapshot: nothing to say
}

static QString sizeText(qint64 bytes)
{
    return bytes < 0 ? QString() : QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant SnapshotTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeOf(index);
    const SnapshotInfo *s = n->snapshot >= 0 ? &m_state.snapshots.at(n->snapshot) : nullptr;
    const DiskImage *layer = n->kind == NodeKind::Layer ? &m_state.disks.at(n->disk).chain.at(n->layer) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            switch (n->kind) {
            case NodeKind::SnapshotGroup: return tr("Snapshots (%n)", nullptr, int(m_state.snapshots.size()));
            //: Snapshot tree: %1 is the snapshot the VM was last reverted to or created from
            case NodeKind::Snapshot: return s->current ? tr("%1 (current)").arg(n->name) : n->name;
            case NodeKind::Overlay: return tr("%1 → %2").arg(n->name, FileName::display(QFileInfo(n->path).fileName()));
            //: Snapshot tree: %1 is the disk's target name, e.g. vda
            case NodeKind::Disk: return tr("Disk %1").arg(n->name);
            case NodeKind::Layer:
                return n->layer == 0 ? tr("%1 (active layer: you are here)").arg(FileName::display(QFileInfo(n->path).fileName()))
                                     : FileName::display(QFileInfo(n->path).fileName());
            }
            break;
        case KindColumn:
            if (n->kind == NodeKind::Snapshot) {
                //: Snapshot type column: an external snapshot (new overlay files); followed by ", with memory" or ", disk only"
                QString kind = s->isExternal() ? tr("external") : /*: Snapshot type column: an internal snapshot (stored inside the qcow2 image); followed by ", with memory" or ", disk only" */ tr("internal");
                //: Appended to "external" or "internal" in the snapshot type column; keep the leading separator
                kind += s->hasMemory() ? tr(", with memory") : /*: Appended to "external" or "internal" in the snapshot type column; keep the leading separator */ tr(", disk only");
                const QString state = vmStateName(s->vmState);
                //: Snapshot type column: %1 is the snapshot type, %2 the state the VM was in when the snapshot was taken (Running, Paused, ...)
                return state.isEmpty() ? kind : tr("%1; VM was %2").arg(kind, state);
            }
            if (n->kind == NodeKind::Overlay)
                return tr("overlay created by this snapshot");
            if (n->kind == NodeKind::Layer) {
                QString text = layer->format;
                if (!n->createdBy.isEmpty())
                    text += QStringLiteral("; ") + tr("created by snapshot %1").arg(n->createdBy);
                if (n->layer == m_state.disks.at(n->disk).chain.size() - 1 && n->layer > 0)
                    //: Snapshot tree: the bottom image of a disk's backing chain
                    text += QStringLiteral("; ") + tr("base image");
                if (!layer->usedBy.isEmpty())
                    //: Snapshot tree: %1 lists the other VMs (linked clones) whose overlays are built on this image
                    text += QStringLiteral("; ") + tr("backing file of: %1").arg(layer->usedBy.join(QStringLiteral(", ")));
                return text;
            }
            break;
        case CreatedColumn:
            if (s && n->kind == NodeKind::Snapshot)
                return QLocale().toString(s->created, QLocale::ShortFormat);
            break;
        case SizeColumn:
            if (layer)
                return layer->actualSize < 0 ? QString()
                                             //: Size column: %1 is the space the image uses on disk, %2 its virtual size
                                             : tr("%1 of %2").arg(sizeText(layer->actualSize), sizeText(layer->virtualSize));
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (s && n->kind == NodeKind::Snapshot)
            return s->description.isEmpty() ? s->name : s->name + QLatin1Char('\n') + s->description;
        if (!n->path.isEmpty())
            return FileName::display(n->path);
        break;
    case Qt::FontRole:
        if ((s && n->kind == NodeKind::Snapshot && s->current) || (layer && n->layer == 0)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case KindRole: return int(n->kind);
    case SnapshotNameRole: return s ? s->name : QString();
    case PathRole: return n->path;
    case CurrentRole: return (s && n->kind == NodeKind::Snapshot && s->current) || (layer && n->layer == 0);
    case ExternalRole: return s && s->isExternal();
    case UsedByRole: return layer ? layer->usedBy : QStringList();
    }
    return {};
}

QVariant SnapshotTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    //: Column header of the snapshot tree
    case NameColumn: return tr("Name");
    //: Column header of the snapshot tree: internal/external, with memory or disk only
    case KindColumn: return tr("Type");
    //: Column header of the snapshot tree: date and time the snapshot was taken
    case CreatedColumn: return tr("Created");
    //: Column header of the snapshot tree
    case SizeColumn: return tr("Size (used of virtual)");
    }
    return {};
}
