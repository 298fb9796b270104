#include "hostdevicetree.h"

#include "hostdevicemodel.h"

#include <QHeaderView>
#include <QTreeView>

void setUpHostDeviceTree(QTreeView *tree, HostDeviceModel *model)
{
    tree->setModel(model);
    tree->setUniformRowHeights(true);
    tree->setAllColumnsShowFocus(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setSectionResizeMode(HostDeviceModel::NameColumn, QHeaderView::Stretch);
    tree->header()->setStretchLastSection(false);
    for (int c = HostDeviceModel::AddressColumn; c < HostDeviceModel::ColumnCount; ++c)
        tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}
