#pragma once

#include "connection.h"
#include "session.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class DomainDefinitions;
class Statistics;
class Storage;

// The domain list and what changes a domain's state: it loads the list,
// reads a domain again after an event or a call (bursts batched), and carries
// out the actions (start, shut down...), save and restore, rename and delete.
class DomainLifecycle final : public QObject
{
    Q_OBJECT

public:
    DomainLifecycle(Session &session, Statistics &statistics, Storage &storage, QObject *parent);

    // Reads the list and every domain in it. When a read fails the last list
    // stays: the host is checked (a lost host is reconnected, and the new
    // connection loads again), or, when it is still there, the load is tried
    // again later.
    void loadAll();
    // Reads the domain again soon; an empty uuid or a closed connection is ignored.
    void queueRefresh(const QString &uuid);
    // Reads now what queueRefresh() collected: after each call the worker
    // runs, so a batch of calls shows each one's effect as it happens rather
    // than after the last (the timer alone waits behind every queued call).
    void flushRefresh();
    // The connection closed: nothing left to read.
    void stop();

    VoidResult perform(const QString &uuid, DomainAction action);
    VoidResult saveToFile(const QString &uuid, const QString &path);
    VoidResult restoreFromFile(const QString &path);
    Result<DomainInfo> saveFileDomain(const QString &path);
    VoidResult rename(const QString &uuid, const QString &newName);
    Result<QVector<StorageDeletion>> deleteDomain(const QString &uuid, const QStringList &paths);

signals:
    void domainsLoaded(const QVector<DomainInfo> &domains);
    void domainUpdated(const DomainInfo &domain);
    void domainRemoved(const QString &uuid);

private:
    Result<DomainInfo> readInfo(virDomainPtr dom);

    Session &m_session;
    Statistics &m_statistics;
    Storage &m_storage;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_reloadTimer = nullptr; // a failed load, tried again
    int m_reloadDelayMsec = 0;
    QSet<QString> m_pendingRefresh;
};
