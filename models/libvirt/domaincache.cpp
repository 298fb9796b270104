#include "domaincache.h"

#include <QSet>

Q_LOGGING_CATEGORY(lcDomainCache, "qvirt.domaincache", QtWarningMsg)

const DomainCache::Images *DomainCache::images(const QString &uuid) const
{
    const auto it = m_images.constFind(uuid);
    return it == m_images.constEnd() ? nullptr : &*it;
}

void DomainCache::setImages(const QString &uuid, Images images)
{
    qCDebug(lcDomainCache, "read images of %s", qPrintable(uuid));
    m_images.insert(uuid, std::move(images));
}

const DomainCache::HostDevices *DomainCache::hostDevices(const QString &uuid) const
{
    const auto it = m_hostDevices.constFind(uuid);
    return it == m_hostDevices.constEnd() ? nullptr : &*it;
}

void DomainCache::setHostDevices(const QString &uuid, HostDevices devices)
{
    qCDebug(lcDomainCache, "read host devices of %s", qPrintable(uuid));
    m_hostDevices.insert(uuid, std::move(devices));
}

const DomainCache::StatsDevices *DomainCache::statsDevices(const QString &uuid) const
{
    const auto it = m_statsDevices.constFind(uuid);
    return it == m_statsDevices.constEnd() ? nullptr : &*it;
}

void DomainCache::setStatsDevices(const QString &uuid, StatsDevices devices)
{
    qCDebug(lcDomainCache, "read statistics devices of %s", qPrintable(uuid));
    m_statsDevices.insert(uuid, std::move(devices));
}

void DomainCache::invalidate(const QString &uuid)
{
    m_images.remove(uuid);
    m_hostDevices.remove(uuid);
    m_statsDevices.remove(uuid);
}

void DomainCache::clear()
{
    m_images.clear();
    m_hostDevices.clear();
    m_statsDevices.clear();
}

void DomainCache::keepOnly(const QSet<QString> &uuids)
{
    m_images.removeIf([&](const auto &it) { return !uuids.contains(it.key()); });
    m_hostDevices.removeIf([&](const auto &it) { return !uuids.contains(it.key()); });
    m_statsDevices.removeIf([&](const auto &it) { return !uuids.contains(it.key()); });
}
