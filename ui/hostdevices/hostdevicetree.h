#pragma once

class HostDeviceModel;
class QTreeView;

// The one look of a HostDeviceModel in a view: names stretch, the other
// columns fit their contents.
void setUpHostDeviceTree(QTreeView *tree, HostDeviceModel *model);
