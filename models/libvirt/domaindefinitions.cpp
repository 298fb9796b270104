#include "domaindefinitions.h"

#include <QUuid>

DomainDefinitions::DomainDefinitions(Session &session)
    : m_session(session)
{
}

Result<QString> DomainDefinitions::xml(virDomainPtr dom, unsigned int flags) const
{
    return Session::text(virDomainGetXMLDesc(dom, flags));
}

Result<DomainDescription> DomainDefinitions::parse(const QString &xml)
{
    DomainDescription desc;
    QString parseError;
    if (!parseDomainXml(xml, &desc, &parseError))
        return Error{0, parseError};
    return desc;
}

std::optional<DomainDescription> DomainDefinitions::describe(virDomainPtr dom, unsigned int flags) const
{
    Result<DomainDescription> desc = read(dom, flags);
    if (!desc)
        return std::nullopt;
    return std::move(desc.value());
}

Result<DomainDescription> DomainDefinitions::read(virDomainPtr dom, unsigned int flags) const
{
    const Result<QString> text = xml(dom, flags);
    if (!text)
        return text.error();
    return parse(text.value());
}

// A read: unlike withDomain() it queues no refresh of the domain, or a view
// that reads the XML whenever the domain is updated would never stop.
Result<QString> DomainDefinitions::domainXml(const QString &uuid, bool inactive)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(uuid, dom)) {
        m_session.checkAlive();
        return *error;
    }
    Result<QString> text = xml(dom.get(), inactive ? VIR_DOMAIN_XML_INACTIVE : 0);
    if (!text)
        m_session.checkAlive();
    return text;
}

Result<QString> DomainDefinitions::editableXml(const QString &uuid)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(uuid, dom)) {
        m_session.checkAlive();
        return *error;
    }
    Result<QString> text = xml(dom.get(), VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE);
    if (!text)
        m_session.checkAlive();
    return text;
}

Result<QString> DomainDefinitions::defineXml(const QString &xml, unsigned int flags)
{
    if (!m_session.isOpen())
        return m_session.notConnected();
    const DomainHandle dom(flags ? virDomainDefineXMLFlags(m_session.conn(), xml.toUtf8().constData(), flags)
                                 : virDomainDefineXML(m_session.conn(), xml.toUtf8().constData()));
    if (!dom)
        return Session::takeError();
    const QString uuid = uuidOf(dom.get());
    m_session.queueRefresh(uuid);
    return uuid;
}

// The persistent definition is read with its secrets: one read without
// VIR_DOMAIN_XML_SECURE has no VNC password, and defining it again would
// remove the password. A connection that may not read secrets may not edit.
Result<QString> DomainDefinitions::edit(virDomainPtr dom, const DomainXml::Edit &edit,
                                        const std::function<VoidResult(const QString &before)> &keep)
{
    const Result<QString> current = xml(dom, VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE);
    if (!current)
        return current.error();
    const Result<QString> edited = DomainXml::apply(current.value(), edit);
    if (!edited)
        return edited.error();
    if (keep) {
        if (const VoidResult kept = keep(current.value()); !kept)
            return kept.error();
    }
    const DomainHandle defined(virDomainDefineXML(m_session.conn(), edited.value().toUtf8().constData()));
    if (!defined)
        return Session::takeError();
    return edited;
}

VoidResult DomainDefinitions::updateDefinition(const QString &uuid, const DomainXml::Edit &edit)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(uuid, dom))
        return *error;
    const Result<QString> defined = this->edit(dom.get(), edit);
    m_session.queueRefresh(uuid);
    if (!defined) {
        m_session.checkAlive();
        return defined.error();
    }
    return {};
}

Result<DefinitionUpdate> DomainDefinitions::updateDefinition(const QString &uuid, const DomainXml::Edit &edit, const Keep &keep)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(uuid, dom))
        return *error;
    DefinitionUpdate update;
    const Result<QString> defined = this->edit(dom.get(), edit, [&](const QString &before) {
        update.before = before;
        return keep ? keep(update) : VoidResult();
    });
    m_session.queueRefresh(uuid);
    if (!defined) {
        m_session.checkAlive();
        return defined.error();
    }
    // What libvirt made of it (defaults, addresses): the text a later read
    // compares with.
    const Result<QString> after = xml(dom.get(), VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE);
    if (!after)
        return after.error();
    update.after = after.value();
    if (keep) {
        if (const VoidResult kept = keep(update); !kept)
            return kept.error();
    }
    return update;
}

VoidResult DomainDefinitions::redefine(const QString &uuid, const QString &xml)
{
    DomainHandle dom;
    if (const auto error = m_session.lookup(uuid, dom)) {
        m_session.checkAlive();
        return *error;
    }
    // Text that does not parse goes to libvirt as it is: its parser's message
    // names the line. Without <uuid> libvirt finds the domain by its name,
    // which the name check below keeps.
    DomainDescription edited;
    if (parseDomainXml(xml, &edited)) {
        const QUuid own = QUuid::fromString(uuid);
        if (!edited.uuid.isEmpty() && QUuid::fromString(edited.uuid) != own) {
            return Error{VIR_ERR_INVALID_ARG,
                         tr("The definition names the UUID %1, but this virtual machine's UUID is %2. Saving it would "
                            "define a second virtual machine; put back the UUID %2.")
                             .arg(edited.uuid.trimmed(), uuid)};
        }
        const char *name = virDomainGetName(dom.get());
        const QString current = name ? QString::fromUtf8(name) : QString();
        if (!current.isEmpty() && !edited.name.isEmpty() && edited.name != current) {
            return Error{VIR_ERR_INVALID_ARG,
                         tr("The definition names the virtual machine \"%1\", but it is called \"%2\". libvirt does "
                            "not rename a virtual machine through its definition: put back the name \"%2\" and "
                            "rename it from the list of virtual machines.")
                             .arg(edited.name, current)};
        }
    }
    const Result<QString> defined = defineXml(xml, VIR_DOMAIN_DEFINE_VALIDATE);
    m_session.queueRefresh(uuid);
    if (!defined) {
        m_session.checkAlive();
        return defined.error();
    }
    return {};
}
