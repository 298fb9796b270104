#include "connectionuri.h"

#include <QFileInfo>
#include <QUrl>

#include <unistd.h>

QString ConnectionUri::build(const Parts &parts)
{
    QString scheme;
    QString path;
    switch (parts.hypervisor) {
    case Hypervisor::QemuSystem:
        scheme = QStringLiteral("qemu");
        path = QStringLiteral("/system");
        break;
    case Hypervisor::QemuSession:
        scheme = QStringLiteral("qemu");
        path = QStringLiteral("/session");
        break;
    case Hypervisor::Test:
        scheme = QStringLiteral("test");
        path = parts.testFile.isEmpty() ? QStringLiteral("/default") : parts.testFile;
        break;
    }
    QString transport;
    switch (parts.transport) {
    case Transport::Local: break;
    case Transport::Ssh: transport = QStringLiteral("+ssh"); break;
    case Transport::Libssh: transport = QStringLiteral("+libssh"); break;
    case Transport::Tls: transport = QStringLiteral("+tls"); break;
    case Transport::Tcp: transport = QStringLiteral("+tcp"); break;
    }
    QString authority;
    if (parts.transport != Transport::Local) {
        if (!parts.user.trimmed().isEmpty())
            authority = QString::fromUtf8(QUrl::toPercentEncoding(parts.user.trimmed())) + QLatin1Char('@');
        authority += parts.host.trimmed();
    }
    return scheme + transport + QStringLiteral("://") + authority + path;
}

QString ConnectionUri::validate(const QString &uri)
{
    const QString u = uri.trimmed();
    if (u.isEmpty())
        return tr("The URI is empty.");
    if (u.contains(QLatin1Char(' ')))
        return tr("The URI contains a space.");
    const int sep = u.indexOf(QStringLiteral("://"));
    if (sep <= 0)
        return tr("The URI has no \"driver://\" prefix, as in qemu:///system.");
    const QUrl url(u, QUrl::StrictMode);
    if (!url.isValid())
        return tr("The URI is malformed: %1").arg(url.errorString());
    const QString scheme = url.scheme();
    for (QChar c : scheme) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('+') && c != QLatin1Char('-'))
            return tr("The driver name \"%1\" has characters libvirt does not accept.").arg(scheme);
    }
    const bool remoteTransport = scheme.contains(QLatin1Char('+'))
                                 && !scheme.endsWith(QLatin1String("+unix"));
    if (remoteTransport && url.host().isEmpty())
        return tr("A remote transport (%1) needs a host name.").arg(scheme.section(QLatin1Char('+'), 1));
    return {};
}

QString ConnectionUri::displayName(const QString &uri)
{
    const QUrl url(uri);
    const QString driver = url.scheme().section(QLatin1Char('+'), 0, 0);
    QString kind;
    if (driver == QLatin1String("qemu"))
        kind = url.path() == QLatin1String("/session") ? tr("QEMU/KVM user session") : /*: Hypervisor kind in a connection's display name, e.g. "QEMU/KVM on host1" */ tr("QEMU/KVM");
    else if (driver == QLatin1String("test"))
        //: Hypervisor kind: libvirt's built-in test driver (a fake host), as in "Test on localhost"
        kind = tr("Test");
    else if (driver == QLatin1String("lxc"))
        kind = tr("LXC");
    else if (driver == QLatin1String("xen"))
        kind = tr("Xen");
    else
        kind = driver.isEmpty() ? uri : driver;

    if (driver == QLatin1String("test") && url.path() != QLatin1String("/default"))
        //: Display name of a test-driver connection; %1 is the name of its XML host file
        kind = tr("Test: %1").arg(QFileInfo(url.path()).fileName());

    if (url.host().isEmpty())
        return kind;
    QString where = url.host();
    if (!url.userName().isEmpty())
        where = url.userName() + QLatin1Char('@') + where;
    //: Connection display name: %1 is the hypervisor kind (QEMU/KVM, Test, ...), %2 the host name or "localhost"
    return tr("%1 on %2").arg(kind, where);
}

bool ConnectionUri::isLocal(const QString &uri)
{
    const QUrl url(uri);
    const QString host = url.host();
    return host.isEmpty() || (host == QLatin1String("localhost") && !url.scheme().contains(QLatin1Char('+')));
}

QString ConnectionUri::defaultLocalUri(const QString &runtimeDir)
{
    for (const char *name : {"libvirt-sock", "virtqemud-sock"}) {
        const QString sock = runtimeDir + QLatin1Char('/') + QLatin1String(name);
        if (QFileInfo::exists(sock) && ::access(sock.toLocal8Bit().constData(), R_OK | W_OK) == 0)
            return QStringLiteral("qemu:///system");
    }
    return QStringLiteral("qemu:///session");
}
