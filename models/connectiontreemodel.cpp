#include "connectiontreemodel.h"

#include "languagefollower.h"
#include "connection.h"
#include "connectionmanager.h"

#include <QIcon>

ConnectionTreeModel::ConnectionTreeModel(ConnectionManager *manager, QObject *parent)
    : QAbstractItemModel(parent)
    , m_manager(manager)
{
    followLanguage(this);
    for (int i = 0; i < manager->count(); ++i) {
        m_connections.append(manager->at(i));
        attach(i);
    }
    connect(manager, &ConnectionManager::connectionAdded, this, [this](int row) {
        beginInsertRows({}, row, row);
        m_connections.insert(row, m_manager->at(row));
        endInsertRows();
        attach(row);
    });
    connect(manager, &ConnectionManager::connectionAboutToBeRemoved, this, [this](int row) {
        detach(row);
        beginRemoveRows({}, row, row);
        m_connections.removeAt(row);
        endRemoveRows();
    });
    connect(manager, &ConnectionManager::connectionStateChanged, this, [this](int row) {
        if (row >= 0 && row < m_connections.size())
            emit dataChanged(index(row, 0), index(row, DomainListModel::ColumnCount - 1));
    });
}

void ConnectionTreeModel::attach(int row)
{
    DomainListModel *model = m_connections.at(row)->domainModel();
    auto parentOf = [this, model] { return index(rowOfModel(model), 0); };
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this, parentOf](const QModelIndex &, int first, int last) { beginInsertRows(parentOf(), first, last); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this, parentOf](const QModelIndex &, int first, int last) { beginRemoveRows(parentOf(), first, last); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                emit dataChanged(mapFromDomainModel(tl), mapFromDomainModel(br), roles);
            });
}

void ConnectionTreeModel::detach(int row)
{
    disconnect(m_connections.at(row)->domainModel(), nullptr, this, nullptr);
}

int ConnectionTreeModel::rowOfModel(const DomainListModel *model) const
{
    for (int i = 0; i < m_connections.size(); ++i) {
        if (m_connections.at(i)->domainModel() == model)
            return i;
    }
    return -1;
}

QModelIndex ConnectionTreeModel::mapFromDomainModel(const QModelIndex &source) const
{
    auto *model = const_cast<DomainListModel *>(qobject_cast<const DomainListModel *>(source.model()));
    return createIndex(source.row(), source.column(), model);
}

QModelIndex ConnectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    return createIndex(row, column, m_connections.at(parent.row())->domainModel());
}

QModelIndex ConnectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int row = rowOfModel(static_cast<DomainListModel *>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int ConnectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_connections.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return m_connections.at(parent.row())->domainModel()->rowCount();
}

int ConnectionTreeModel::columnCount(const QModelIndex &) const
{
    return DomainListModel::ColumnCount;
}

Connection *ConnectionTreeModel::connectionAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (auto *model = static_cast<DomainListModel *>(index.internalPointer()))
        return model->connection();
    return m_connections.value(index.row());
}

QModelIndex ConnectionTreeModel::indexOf(const Connection *connection, int column) const
{
    const int row = int(m_connections.indexOf(const_cast<Connection *>(connection)));
    return row < 0 ? QModelIndex() : index(row, column);
}

QModelIndex ConnectionTreeModel::indexOfDomain(const Connection *connection, const QString &uuid, int column) const
{
    const QModelIndex parent = indexOf(connection);
    if (!parent.isValid())
        return {};
    const int row = connection->domainModel()->rowOf(uuid);
    return row < 0 ? QModelIndex() : index(row, column, parent);
}

QVariant ConnectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (auto *model = static_cast<DomainListModel *>(index.internalPointer())) {
        if (role == ConnectionRole)
            return QVariant::fromValue<QObject *>(model->connection());
        if (role == IsConnectionRole)
            return false;
        return model->data(model->index(index.row(), index.column()), role);
    }
    Connection *c = m_connections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DomainListModel::NameColumn)
            return c->displayName();
        if (index.column() == DomainListModel::StateColumn)
            return Connection::stateName(c->state());
        break;
    case Qt::ToolTipRole:
        return c->lastError().isEmpty() ? c->uri() : c->uri() + QLatin1Char('\n') + c->lastError();
    case Qt::DecorationRole:
        if (index.column() == DomainListModel::NameColumn)
            return QIcon(QStringLiteral(":/qvirt/icons/host.svg"));
        break;
    case DomainListModel::SortRole:
        return index.row();
    case ConnectionRole:
        return QVariant::fromValue<QObject *>(c);
    case IsConnectionRole:
        return true;
    }
    return {};
}

QVariant ConnectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return DomainListModel::columnName(section);
    return {};
}

Qt::ItemFlags ConnectionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (auto *model = static_cast<DomainListModel *>(index.internalPointer()))
        return model->flags(model->index(index.row(), index.column()));
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
}
