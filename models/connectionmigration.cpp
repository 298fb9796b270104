// Connection's part in moving VMs between hosts (models/libvirt/migration.h).

#include "connection.h"
#include "connectionworker_p.h"

#include <QPointer>

#include <thread>

QFuture<Result<MigrationSubject>> Connection::migrationSubject(const QString &uuid)
{
    return runOnWorker<Result<MigrationSubject>>([uuid](ConnectionWorker *w) { return w->migrations().subject(uuid); });
}

QFuture<Result<MigrationOutcome>> Connection::migrate(const QString &uuid, Connection *destination,
                                                      const MigrationOptions &options)
{
    qRegisterMetaType<MigrationProgress>();
    using R = Result<MigrationOutcome>;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> answer = promise->future();
    auto fail = [promise](const Error &e) {
        promise->addResult(R(e));
        promise->finish();
    };
    if (m_migrations.contains(uuid)) {
        fail(Error{0, tr("This virtual machine is already moving.")});
        return answer;
    }
    if (!destination || destination == this || destination->state() != ConnectionState::Connected) {
        fail(Error{0, tr("The destination connection is not open. Connect to the destination host first.")});
        return answer;
    }
    auto job = std::make_shared<MigrationJob>();
    job->uuid = uuid;
    job->options = options;
    job->destinationUri = destination->uri();
    // Deleted on this thread, whichever thread lets go of it last.
    job->relay = std::shared_ptr<MigrationRelay>(new MigrationRelay, [](MigrationRelay *r) { r->deleteLater(); });
    connect(job->relay.get(), &MigrationRelay::progressed, this, &Connection::migrationProgressed);
    m_migrations.insert(uuid, job);

    QPointer<Connection> dest(destination);
    runOnWorker<VoidResult>([job](ConnectionWorker *w) { return w->migrations().share(job->source); })
        .then(this, [this, dest, job, fail, promise](const VoidResult &mine) {
            if (!mine)
                return fail(mine.error());
            if (!dest)
                return fail(Error{0, tr("The destination connection was closed.")});
            dest->runOnWorker<VoidResult>([job](ConnectionWorker *w) { return w->migrations().share(job->destination); })
                .then(this, [job, fail, promise](const VoidResult &theirs) {
                    if (!theirs)
                        return fail(theirs.error());
                    // libvirt's call blocks until the VM has moved: a thread of
                    // its own, which nobody waits for.
                    std::thread([job, promise] {
                        promise->addResult(Migrations::run(*job));
                        promise->finish();
                    }).detach();
                });
        });
    // libvirt's events tell both lists where the VM went.
    return answer.then(this, [this, uuid](R r) {
        m_migrations.remove(uuid);
        return r;
    });
}

void Connection::cancelMigration(const QString &uuid)
{
    if (const auto job = m_migrations.value(uuid))
        job->cancelRequested = true;
}

void Connection::startPostCopy(const QString &uuid)
{
    if (const auto job = m_migrations.value(uuid))
        job->postCopyRequested = true;
}
