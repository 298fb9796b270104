#include "domainfilterproxymodel.h"

#include "connectiontreemodel.h"
#include "domainlistmodel.h"

DomainFilterProxyModel::DomainFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DomainListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DomainFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void DomainFilterProxyModel::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

bool DomainFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(ConnectionTreeModel::IsConnectionRole).toBool())
        return true;
    if (!m_text.isEmpty()) {
        const DomainInfo d = idx.data(DomainListModel::DomainRole).value<DomainInfo>();
        if (!d.name.contains(m_text, Qt::CaseInsensitive) && !d.title.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    const auto state = DomainState(idx.data(DomainListModel::StateRole).toInt());
    switch (m_state) {
    case StateFilter::All: return true;
    case StateFilter::Active: return isActive(state);
    case StateFilter::Running: return state == DomainState::Running || state == DomainState::Blocked;
    case StateFilter::Paused: return state == DomainState::Paused || state == DomainState::PMSuspended;
    case StateFilter::ShutOff: return !isActive(state);
    }
    return true;
}

bool DomainFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.data(ConnectionTreeModel::IsConnectionRole).toBool()) {
        // Connections keep the order the user gave them, whichever way domains sort.
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        return ascending ? left.row() < right.row() : left.row() > right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
