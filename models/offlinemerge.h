#pragma once

#include "domaindescription.h"
#include "result.h"

#include <QVector>

// Merges in a local chain done by qemu-img while the VM is off. It exists for
// chains that hold a file name which is not UTF-8: QEMU cannot be given such a
// name (its QMP JSON refuses it; libvirt 9 fails to start the domain with
// VIR_ERR_INTERNAL_ERROR), so QEMU's block jobs can never merge them. File
// names go to qemu-img as their exact bytes. chain: top first, FileName strings.
namespace OfflineMerge {

// Commits layer `layer` into the one below it. An inner layer then leaves the
// chain: the layer above is rebased onto the one below (unsafe rebase: the data
// is already there) and, with deleteMerged, the layer's file is deleted. The
// active layer (0) stays the domain's image, emptied, so the definition keeps
// its source.
VoidResult commit(const QVector<DiskImage> &chain, int layer, bool deleteMerged);
// Copies the data of the layers below the active one into it, down to (not
// including) layer `base`, which becomes its backing file; base -1: all of
// them, and the active layer stands alone.
VoidResult pull(const QVector<DiskImage> &chain, int base);

} // namespace OfflineMerge
