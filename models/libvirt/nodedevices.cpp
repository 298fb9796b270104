#include "nodedevices.h"

#include "domaindefinitions.h"
#include "hostdevxml.h"
#include "pciids.h"

NodeDevices::NodeDevices(Session &session, DomainDefinitions &definitions)
    : m_session(session)
    , m_definitions(definitions)
{
}

Result<HostInfo> NodeDevices::hostInfo()
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    virConnectPtr conn = m_session.conn();
    HostInfo h;
    h.uri = m_session.uri();
    h.hostname = takeString(virConnectGetHostname(conn));
    if (const char *type = virConnectGetType(conn))
        h.hypervisor = QString::fromUtf8(type);
    unsigned long v = 0;
    if (virConnectGetVersion(conn, &v) == 0)
        h.hypervisorVersion = v;
    if (virConnectGetLibVersion(conn, &v) == 0)
        h.libvirtVersion = v;
    virNodeInfo node;
    if (virNodeGetInfo(conn, &node) == 0) {
        h.cpuModel = QString::fromUtf8(node.model);
        h.cpus = int(node.cpus);
        h.mhz = int(node.mhz);
        h.sockets = int(node.sockets * node.nodes);
        h.cores = int(node.cores);
        h.threads = int(node.threads);
        h.memoryKiB = node.memory;
    }
    h.freeMemoryKiB = virNodeGetFreeMemory(conn) / 1024;
    h.domainCount = virConnectNumOfDomains(conn) + virConnectNumOfDefinedDomains(conn);
    h.activeDomainCount = virConnectNumOfDomains(conn);
    Session::dropError(); // what a driver cannot tell stays unknown
    return h;
}

Result<QVector<HostDevice>> NodeDevices::hostDevices()
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    // No capability filter: not every driver takes one (the test driver does not).
    virNodeDevicePtr *devs = nullptr;
    const int n = virConnectListAllNodeDevices(m_session.conn(), &devs, 0);
    if (n < 0)
        return Session::takeError();
    QVector<HostDevice> list;
    for (const NodeDeviceHandle &dev : adoptList<NodeDeviceHandle>(devs, n)) {
        const Result<QString> xml = Session::text(virNodeDeviceGetXMLDesc(dev.get(), 0));
        HostDevice d;
        if (xml && parseNodeDeviceXml(xml.value(), &d) && d.kind != HostDevice::Kind::Other)
            list << d;
    }
    fillMissingNames(list);
    if (std::optional<Error> e = markUsers(&list))
        return *e;
    return list;
}

// A guest that cannot be read fails the list: a device shown as free while a
// guest uses it invites passing it through twice.
std::optional<Error> NodeDevices::markUsers(QVector<HostDevice> *devices)
{
    const Result<std::vector<DomainHandle>> doms = m_session.allDomains();
    if (!doms) {
        m_session.checkAlive();
        return doms.error();
    }
    // Each domain's definitions are read once and kept until an event says it
    // changed (DomainCache): a storm of events re-reads the domains it
    // touched, not every domain once per event.
    DomainCache &cache = m_session.cache();
    QSet<QString> onHost;
    for (const DomainHandle &dom : doms.value()) {
        const QString uuid = uuidOf(dom.get());
        onHost.insert(uuid);
        const DomainCache::HostDevices *known = cache.hostDevices(uuid);
        if (!known) {
            DomainCache::HostDevices read{QString::fromUtf8(virDomainGetName(dom.get())), {}};
            // The persistent definition, and the live one for devices hot-plugged
            // into a running guest.
            bool gone = false;
            for (unsigned flags : {unsigned(VIR_DOMAIN_XML_INACTIVE), 0u}) {
                if (flags == 0 && virDomainIsActive(dom.get()) != 1)
                    continue;
                const Result<QString> xml = m_definitions.xml(dom.get(), flags);
                if (xml) {
                    read.requests += HostdevXml::devicesIn(xml.value());
                } else if (xml.error().code == VIR_ERR_NO_DOMAIN) {
                    gone = true; // since the list
                    break;
                } else {
                    m_session.checkAlive();
                    return xml.error();
                }
            }
            Session::dropError(); // virDomainIsActive on a domain that just went
            if (gone)
                continue;
            cache.setHostDevices(uuid, std::move(read));
            known = cache.hostDevices(uuid);
        }
        for (HostDevice &d : *devices) {
            for (const HostdevRequest &r : known->requests) {
                if (HostdevXml::names(r, d) && !d.usedBy.contains(known->name))
                    d.usedBy << known->name;
            }
        }
    }
    cache.keepOnly(onHost);
    return std::nullopt;
}

std::optional<Error> NodeDevices::lookup(const QString &name, NodeDeviceHandle &dev)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    dev.reset(virNodeDeviceLookupByName(m_session.conn(), name.toUtf8().constData()));
    if (!dev)
        return Session::takeError(tr("The host has no device %1.").arg(name));
    return std::nullopt;
}

VoidResult NodeDevices::detachHostDevice(const QString &name)
{
    NodeDeviceHandle dev;
    if (const auto error = lookup(name, dev))
        return *error;
    if (virNodeDeviceDetachFlags(dev.get(), "vfio", 0) < 0) {
        Error e = Session::takeError();
        e.message = tr("%1 could not be bound to vfio-pci: %2\nMake sure the vfio-pci module is loaded and no host "
                       "program uses the device; a graphics card that shows the host's console must first be freed "
                       "from its display driver.")
                        .arg(name, e.message);
        return e;
    }
    return {};
}

VoidResult NodeDevices::reattachHostDevice(const QString &name)
{
    NodeDeviceHandle dev;
    if (const auto error = lookup(name, dev))
        return *error;
    if (virNodeDeviceReAttach(dev.get()) < 0) {
        Error e = Session::takeError();
        e.message = tr("%1 could not be given back to its host driver: %2\nA running VM that uses it must be shut "
                       "down first.")
                        .arg(name, e.message);
        return e;
    }
    return {};
}

Result<QVector<PassthroughReadiness::Check>> NodeDevices::passthroughReadiness()
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    // /proc and /sys are this machine's only for a local QEMU/KVM host; the
    // test driver's devices are made up, so they go the libvirt way too.
    if (m_session.isLocal() && m_session.uri().startsWith(QLatin1String("qemu")))
        return PassthroughReadiness::check();
    const Result<QVector<HostDevice>> devices = hostDevices();
    if (!devices)
        return devices.error();
    const Result<QString> caps = Session::text(virConnectGetDomainCapabilities(m_session.conn(), nullptr, nullptr, nullptr, nullptr, 0));
    return PassthroughReadiness::fromLibvirt(caps ? caps.value() : QString(), devices.value());
}

Result<QString> NodeDevices::createNodeDevice(const QString &xml)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const NodeDeviceHandle dev(virNodeDeviceCreateXML(m_session.conn(), xml.toUtf8().constData(), 0));
    if (!dev)
        return Session::takeError(tr("The device could not be created."));
    return QString::fromUtf8(virNodeDeviceGetName(dev.get()));
}

VoidResult NodeDevices::destroyNodeDevice(const QString &name)
{
    NodeDeviceHandle dev;
    if (const auto error = lookup(name, dev))
        return *error;
    if (virNodeDeviceDestroy(dev.get()) < 0)
        return Session::takeError(tr("The device %1 could not be removed.").arg(name));
    return {};
}
