#pragma once

#include "domaincache.h"
#include "handles.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

#include <libvirt/virterror.h>

// One libvirt connection as the services of a ConnectionWorker share it, on
// the worker's thread: the virConnectPtr (opened and closed by the worker),
// whether the host is this machine, libvirt's errors turned into Error,
// lookups, and what a service asks of the worker (read a domain again, see
// whether the host is still there).
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    explicit Session(const QString &uri);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    const QString &uri() const { return m_uri; }
    bool isLocal() const { return m_local; }
    bool isOpen() const { return m_conn != nullptr; }
    virConnectPtr conn() const { return m_conn; }

    // false: libvirt's error waits for takeError().
    bool open(virConnectAuthPtr auth);
    void close();

    // Takes libvirt's last error of this thread (and clears it): its code,
    // domain, the errno of a system error and its message; fallback (or a
    // general message) when libvirt has none.
    static Error takeError(const QString &fallback = {});
    // For calls whose refusal is expected and harmless (a driver without
    // keepalive, a domain without a title).
    static void dropError();
    // A string libvirt allocated (XML, a path), or its error when it gave none.
    static Result<QString> text(char *s);
    Error notConnected() const;

    // Looks a domain up by UUID; the error when not connected or not found.
    std::optional<Error> lookup(const QString &uuid, DomainHandle &dom) const;
    // Every domain of the host, or why the list failed (never an empty list
    // in place of a failure: whoever reads it would take "no domains" as true).
    Result<std::vector<DomainHandle>> allDomains() const;
    // Looks the domain up and calls fn(virDomainPtr), which returns libvirt's
    // int; a failure is taken as the error and the host checked. The domain
    // is read again after, since not every driver sends an event for every
    // change.
    template<typename F>
    VoidResult withDomain(const QString &uuid, F &&fn);

    // Set by the worker.
    void setHooks(std::function<void(const QString &uuid)> refresh, std::function<void()> checkAlive);
    // Reads the domain again and updates the list (the worker batches these).
    void queueRefresh(const QString &uuid) const;
    // After a failure: whether the host went away; the worker then reconnects.
    void checkAlive() const;
    // What is known of every domain's definition, for this connection.
    DomainCache &cache() { return m_cache; }

private:
    QString m_uri;
    bool m_local = false;
    virConnectPtr m_conn = nullptr;
    std::function<void(const QString &)> m_refresh;
    std::function<void()> m_checkAlive;
    DomainCache m_cache;
};

QString uuidOf(virDomainPtr dom);

template<typename F>
VoidResult Session::withDomain(const QString &uuid, F &&fn)
{
    DomainHandle dom;
    if (const auto error = lookup(uuid, dom)) {
        checkAlive(); // nothing to check when not connected
        return *error;
    }
    const int rc = fn(dom.get());
    VoidResult result;
    if (rc < 0) {
        result = takeError();
        checkAlive();
    }
    queueRefresh(uuid);
    return result;
}
