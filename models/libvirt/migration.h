#pragma once

#include "migrationspec.h"
#include "session.h"

#include <QCoreApplication>
#include <QObject>

#include <atomic>
#include <memory>

// Carries a running move's progress from its thread to the GUI thread: it
// lives there, the job emits on it, and it goes with deleteLater() from
// whichever thread lets go of it last.
class MigrationRelay final : public QObject
{
    Q_OBJECT

signals:
    void progressed(const MigrationProgress &progress);
};

// One move of one VM, shared by the connection (which cancels it) and the
// thread that runs it. The two connections are references of their own, so
// the move goes on while the connections' workers answer other calls.
struct MigrationJob
{
    QString uuid;
    MigrationOptions options;
    QString destinationUri;
    ConnectHandle source;
    ConnectHandle destination;
    std::shared_ptr<MigrationRelay> relay;
    std::atomic<bool> cancelRequested{false};
    std::atomic<bool> postCopyRequested{false};
};

// Moves VMs between hosts. The service behind a connection's worker answers
// what a move needs from that connection; Migration::run does the move itself
// on a thread of its own: libvirt's migration call blocks until the VM has
// moved, which can take minutes.
class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    explicit Migrations(Session &session);

    // A reference of this connection for a job (fails when not connected).
    VoidResult share(ConnectHandle &out);
    // What the VM's definition says about moving it.
    Result<MigrationSubject> subject(const QString &uuid);

    // On the job's thread: checks, storage on the destination, the move, and
    // clean-up of what it made when the move fails or is cancelled.
    static Result<MigrationOutcome> run(MigrationJob &job);

private:
    Session &m_session;
};
