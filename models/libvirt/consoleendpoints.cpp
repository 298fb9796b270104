#include "consoleendpoints.h"

#include "domaindefinitions.h"
#include "sshtunnel.h"

#include <QFile>
#include <QUrl>

#include <algorithm>

#include <cerrno>

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Whether a TCP connection to host:port opens within timeoutMs.
bool tcpReachable(const QString &host, int port, int timeoutMs)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    if (host.isEmpty() || ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &list) != 0)
        return false;
    const Handle<addrinfo, ::freeaddrinfo> found(list);
    bool reached = false;
    for (addrinfo *ai = found.get(); ai && !reached; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol);
        if (fd < 0)
            continue;
        if (::connect(fd, ai->ai_addr, ai->ai_addrlen) == 0) {
            reached = true;
        } else if (errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            int error = 0;
            socklen_t length = sizeof error;
            reached = ::poll(&p, 1, timeoutMs) == 1 && ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0;
        }
        ::close(fd);
    }
    return reached;
}

} // namespace

ConsoleEndpoints::ConsoleEndpoints(Session &session, DomainDefinitions &definitions)
    : m_session(session)
    , m_definitions(definitions)
{
}

Result<DomainDescription> ConsoleEndpoints::liveDescription(const QString &uuid, DomainHandle *dom)
{
    if (const auto error = m_session.lookup(uuid, *dom))
        return *error;
    if (virDomainIsActive(dom->get()) != 1)
        return Error{VIR_ERR_OPERATION_INVALID, tr("The virtual machine is not running.")};
    // The secure flag shows the display's password; read-only or unprivileged clients may not use it.
    Result<QString> xml = m_definitions.xml(dom->get(), VIR_DOMAIN_XML_SECURE);
    if (!xml)
        xml = m_definitions.xml(dom->get(), 0);
    if (!xml)
        return xml.error();
    DomainDescription desc;
    parseDomainXml(xml.value(), &desc);
    return desc;
}

Result<ConsoleEndpoint> ConsoleEndpoints::openConsole(const QString &uuid)
{
    DomainHandle dom;
    const Result<DomainDescription> live = liveDescription(uuid, &dom);
    if (!live)
        return live.error();
    const DomainDescription &desc = live.value();
    int vncIndex = -1;
    bool spice = false;
    for (int i = 0; i < desc.graphics.size(); ++i) {
        if (desc.graphics.at(i).type == QLatin1String("vnc") && vncIndex < 0)
            vncIndex = i;
        spice |= desc.graphics.at(i).type == QLatin1String("spice");
    }
    if (vncIndex < 0) {
        if (spice) {
            return Error{VIR_ERR_NO_SUPPORT, tr("This virtual machine has only a SPICE display; QVirt's console speaks VNC. Add a VNC display or use remote-viewer."),
                         0, 0, Error::Alternative::SpiceDisplay};
        }
        return Error{VIR_ERR_NO_SUPPORT, tr("This virtual machine has no graphical display.")};
    }
    const GraphicsDescription &g = desc.graphics.at(vncIndex);
    ConsoleEndpoint ep;
    ep.password = g.password;
    ep.passwordRequired = g.hasPassword;
    if (m_session.isLocal()) {
        // Works with listen type='none' too, and needs no port or password.
        const int fd = virDomainOpenGraphicsFD(dom.get(), unsigned(vncIndex), VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH);
        if (fd >= 0) {
            ep.fd = fd;
            ep.passwordRequired = false;
            return ep;
        }
        Session::dropError(); // then over TCP
    }
    if (g.port <= 0)
        return Error{VIR_ERR_NO_SUPPORT, tr("The VNC display has no TCP port and libvirt could not hand over its socket.")};
    const QString listen = g.listen;
    const bool wildcard = listen.isEmpty() || listen == QLatin1String("0.0.0.0") || listen == QLatin1String("::");
    const bool loopback = listen.startsWith(QLatin1String("127.")) || listen == QLatin1String("::1") || listen == QLatin1String("localhost");
    const QString remoteHost = wildcard ? QUrl(m_session.uri()).host() : listen;
    // On an SSH host, a display this machine can reach is connected to
    // straight, as virt-manager does, so SSH's encryption costs no frame. A
    // host that did not answer once is not tried again by this connection.
    auto reachable = [&] {
        if (loopback || m_unreachableHosts.contains(remoteHost))
            return false;
        if (tcpReachable(remoteHost, g.port, 1500))
            return true;
        m_unreachableHosts.insert(remoteHost);
        return false;
    };
    if (!m_session.isLocal() && QUrl(m_session.uri()).scheme().endsWith(QLatin1String("+ssh")) && !reachable()) {
        // Through the host's one shared SSH connection; works whatever the listen address.
        const QString target = wildcard || loopback ? QStringLiteral("127.0.0.1") : listen;
        const Result<int> fd = SshTunnel::openChannel(SshTunnel::fromUri(m_session.uri()), target, g.port);
        if (!fd)
            return Error{0, tr("The SSH tunnel to the display could not start: %1").arg(fd.error().message)};
        ep.fd = fd.value();
        ep.localLink = false;
        return ep;
    }
    if (!m_session.isLocal() && loopback)
        return Error{VIR_ERR_NO_SUPPORT, tr("The VNC display listens only on the remote host's loopback address and this connection does not use SSH. Connect with qemu+ssh:// or make the display listen on a reachable address.")};
    ep.host = m_session.isLocal() ? (wildcard ? QStringLiteral("127.0.0.1") : listen) : remoteHost;
    ep.port = g.port;
    ep.localLink = m_session.isLocal() || ep.host.startsWith(QLatin1String("127.")) || ep.host == QLatin1String("localhost");
    return ep;
}

Result<SpiceEndpoint> ConsoleEndpoints::spiceEndpoint(const QString &uuid)
{
    DomainHandle dom;
    const Result<DomainDescription> live = liveDescription(uuid, &dom);
    if (!live)
        return live.error();
    const DomainDescription &desc = live.value();
    const auto g = std::find_if(desc.graphics.cbegin(), desc.graphics.cend(),
                                [](const GraphicsDescription &d) { return d.type == QLatin1String("spice"); });
    if (g == desc.graphics.cend())
        return Error{VIR_ERR_NO_SUPPORT, tr("This virtual machine has no SPICE display.")};
    if (g->port <= 0 && g->tlsPort <= 0) {
        return Error{VIR_ERR_NO_SUPPORT, tr("The SPICE display listens on no TCP port (only on a local socket or not at all), "
                                            "so Remote Viewer cannot reach it.")};
    }
    SpiceEndpoint ep;
    ep.name = desc.name;
    ep.password = g->password;
    ep.passwordRequired = g->hasPassword;
    ep.port = g->port;
    ep.tlsPort = g->tlsPort;
    const QString listen = g->listen;
    const bool wildcard = listen.isEmpty() || listen == QLatin1String("0.0.0.0") || listen == QLatin1String("::");
    const bool loopback = listen.startsWith(QLatin1String("127.")) || listen == QLatin1String("::1") || listen == QLatin1String("localhost");
    const QUrl uri(m_session.uri());
    if (!m_session.isLocal() && uri.scheme().endsWith(QLatin1String("+ssh"))) {
        // Through the host's shared SSH connection, as the VNC console goes.
        // TLS would need the host's CA and a name the certificate carries,
        // neither of which a tunnel to 127.0.0.1 has.
        if (g->port <= 0)
            return Error{VIR_ERR_NO_SUPPORT, tr("The SPICE display accepts only TLS connections, which QVirt cannot pass through SSH.")};
        ep.throughSsh = true;
        ep.sshUri = m_session.uri();
        ep.remoteHost = wildcard || loopback ? QStringLiteral("127.0.0.1") : listen;
        ep.tlsPort = -1;
        return ep;
    }
    if (!m_session.isLocal() && loopback) {
        return Error{VIR_ERR_NO_SUPPORT, tr("The SPICE display listens only on the remote host's loopback address and this connection does not use SSH. Connect with qemu+ssh:// or make the display listen on a reachable address.")};
    }
    ep.host = m_session.isLocal() ? (wildcard ? QStringLiteral("127.0.0.1") : listen) : (wildcard ? uri.host() : listen);
    if (ep.tlsPort > 0) {
        // libvirt's default spice_tls_x509_cert_dir.
        QFile ca(QStringLiteral("/etc/pki/libvirt-spice/ca-cert.pem"));
        if (m_session.isLocal() && ca.open(QIODevice::ReadOnly))
            ep.caCertificate = ca.readAll();
        else if (ep.port <= 0)
            return Error{VIR_ERR_NO_SUPPORT, tr("The SPICE display accepts only TLS connections, and QVirt cannot read the host's SPICE certificate authority to give Remote Viewer.")};
        else
            ep.tlsPort = -1;
    }
    return ep;
}
