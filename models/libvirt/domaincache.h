#pragma once

#include "hostdevxml.h"

#include <QHash>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QVector>

Q_DECLARE_LOGGING_CATEGORY(lcDomainCache)

// What QVirt reads of every domain's definition to answer questions about all
// of them (which disk images each uses, which host devices), kept for one
// connection and dropped for a domain as soon as libvirt says it changed (a
// lifecycle, define, device or block-job event, or a call of QVirt's own: all
// reach DomainLifecycle::queueRefresh). Asking again after one event reads one
// domain, not all of them. Emptied when the connection closes.
//
// The category qvirt.domaincache (debug) logs each definition read; the tests
// count them.
class DomainCache final
{
public:
    struct Images
    {
        QString name;
        QStringList paths; // every image of every disk's chain, live definition
    };
    struct HostDevices
    {
        QString name;
        QVector<HostdevRequest> requests; // persistent and live definitions
    };

    const Images *images(const QString &uuid) const;
    void setImages(const QString &uuid, Images images);
    const HostDevices *hostDevices(const QString &uuid) const;
    void setHostDevices(const QString &uuid, HostDevices devices);
    // The disk targets and interface names statistics ask about, for
    // drivers that answer per device (the test driver).
    struct StatsDevices
    {
        QStringList disks;
        QStringList nets;
    };
    const StatsDevices *statsDevices(const QString &uuid) const;
    void setStatsDevices(const QString &uuid, StatsDevices devices);

    void invalidate(const QString &uuid);
    void clear();
    // Drops what belongs to domains no longer on the host.
    void keepOnly(const QSet<QString> &uuids);

private:
    QHash<QString, Images> m_images;
    QHash<QString, HostDevices> m_hostDevices;
    QHash<QString, StatsDevices> m_statsDevices;
};
