#pragma once

#include "volumetransfer.h"

#include <libvirt/libvirt.h>

// Runs request on a new thread that owns conn (a reference taken with
// virConnectRef; closed when the transfer ends) and posts its progress and
// end to state->owner.
void startVolumeTransfer(virConnectPtr conn, const TransferRequest &request, std::shared_ptr<TransferState> state);
