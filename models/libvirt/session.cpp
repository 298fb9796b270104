#include "session.h"

#include "connectionuri.h"

Session::Session(const QString &uri)
    : m_uri(uri)
    , m_local(ConnectionUri::isLocal(uri))
{
}

Session::~Session()
{
    close();
}

bool Session::open(virConnectAuthPtr auth)
{
    m_conn = virConnectOpenAuth(m_uri.toUtf8().constData(), auth, 0);
    return m_conn != nullptr;
}

void Session::close()
{
    if (!m_conn)
        return;
    virConnectClose(m_conn);
    virResetLastError();
    m_conn = nullptr;
    m_cache.clear(); // what changed while away sends no event
}

Error Session::takeError(const QString &fallback)
{
    const virErrorPtr err = virGetLastError();
    Error e;
    if (err && err->message) {
        e.code = err->code;
        e.domain = err->domain;
        if (err->code == VIR_ERR_SYSTEM_ERROR && err->int1 > 0)
            e.osErrno = err->int1; // virReportSystemError puts errno there
        e.message = QString::fromUtf8(err->message);
    } else {
        e.message = fallback.isEmpty() ? tr("Unknown libvirt error.") : fallback;
    }
    virResetLastError();
    return e;
}

void Session::dropError()
{
    virResetLastError();
}

Result<QString> Session::text(char *s)
{
    if (!s)
        return takeError();
    return takeString(s);
}

Error Session::notConnected() const
{
    return Error{VIR_ERR_NO_CONNECT, tr("Not connected to %1.").arg(m_uri)};
}

std::optional<Error> Session::lookup(const QString &uuid, DomainHandle &dom) const
{
    if (!m_conn)
        return notConnected();
    dom.reset(virDomainLookupByUUIDString(m_conn, uuid.toLatin1().constData()));
    if (!dom)
        return takeError();
    return std::nullopt;
}

Result<std::vector<DomainHandle>> Session::allDomains() const
{
    if (!m_conn)
        return notConnected();
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(m_conn, &doms, 0);
    if (n < 0)
        return takeError();
    return adoptList<DomainHandle>(doms, n);
}

void Session::setHooks(std::function<void(const QString &)> refresh, std::function<void()> checkAlive)
{
    m_refresh = std::move(refresh);
    m_checkAlive = std::move(checkAlive);
}

void Session::queueRefresh(const QString &uuid) const
{
    if (m_refresh)
        m_refresh(uuid);
}

void Session::checkAlive() const
{
    if (m_checkAlive)
        m_checkAlive();
}

QString uuidOf(virDomainPtr dom)
{
    char buf[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(dom, buf) < 0)
        return {};
    return QString::fromLatin1(buf);
}
