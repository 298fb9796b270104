#include "capabilities.h"

Capabilities::Capabilities(Session &session)
    : m_session(session)
{
}

Result<DomainCapabilities> Capabilities::domainCapabilities(const QString &arch, const QString &machine)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const QByteArray archBytes = arch.toUtf8();
    const QByteArray machineBytes = machine.toUtf8();
    const char *a = arch.isEmpty() ? nullptr : archBytes.constData();
    const char *m = machine.isEmpty() ? nullptr : machineBytes.constData();
    Error firstError;
    for (const char *virtType : {"kvm", "qemu", static_cast<const char *>(nullptr)}) {
        char *xml = virConnectGetDomainCapabilities(m_session.conn(), nullptr, a, m, virtType, 0);
        if (!xml) {
            const Error e = Session::takeError();
            if (firstError.message.isEmpty())
                firstError = e;
            if (e.code == VIR_ERR_NO_SUPPORT)
                break; // the driver has no domain capabilities at all (the test driver)
            continue;
        }
        DomainCapabilities caps;
        if (parseDomainCapabilities(takeString(xml), &caps)) {
            if (caps.domainType.isEmpty())
                caps.domainType = QString::fromLatin1(virtType ? virtType : "qemu");
            return caps;
        }
    }
    if (firstError.code == VIR_ERR_NO_SUPPORT) {
        // Drivers without domain capabilities (libvirt's test driver): what their guests are.
        DomainCapabilities caps;
        const char *driver = virConnectGetType(m_session.conn());
        caps.domainType = QString::fromUtf8(driver ? driver : "qemu").toLower();
        caps.arch = arch.isEmpty() ? QStringLiteral("x86_64") : arch;
        caps.machine = machine.isEmpty() ? QStringLiteral("pc") : machine;
        caps.maxVcpus = 255;
        caps.diskBuses = {QStringLiteral("virtio"), QStringLiteral("sata"), QStringLiteral("scsi"), QStringLiteral("ide"), QStringLiteral("usb")};
        caps.graphicsTypes = {QStringLiteral("vnc")};
        caps.videoModels = {QStringLiteral("vga"), QStringLiteral("virtio")};
        Session::dropError();
        return caps;
    }
    return firstError;
}
