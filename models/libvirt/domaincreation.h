#pragma once

#include "creation.h"
#include "session.h"

#include <QCoreApplication>

class StorageVolumes;

// Makes a new VM from the wizard's request: its disk, its definition
// (validated by libvirt), its first start. Nothing the user made is lost on a
// failure: a definition libvirt refuses leaves nothing behind (the empty
// volume made for it goes), a start that fails keeps the VM and its disk.
class DomainCreation final
{
    Q_DECLARE_TR_FUNCTIONS(DomainCreation)

public:
    DomainCreation(Session &session, StorageVolumes &volumes);

    Result<CreationOutcome> create(const CreationRequest &request);

private:
    Session &m_session;
    StorageVolumes &m_volumes;
};
