#pragma once

#include "domaindescription.h"
#include "domainxml.h"
#include "session.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

// The one place that reads a domain's XML and defines it again: the text
// (Connection::domainXml), its parsed description for the other services, a
// new definition, and the read-edit-define of a persistent definition that
// keeps what QVirt does not model (secrets, metadata, unknown elements).
class DomainDefinitions final
{
    Q_DECLARE_TR_FUNCTIONS(DomainDefinitions)

public:
    explicit DomainDefinitions(Session &session);

    // flags: VIR_DOMAIN_XML_*; libvirt's error when it cannot be read.
    Result<QString> xml(virDomainPtr dom, unsigned int flags) const;
    // The parts of domain XML QVirt acts on, or the parser's reason it is not a domain.
    static Result<DomainDescription> parse(const QString &xml);
    // The parts QVirt acts on; nullopt when the XML cannot be read or parsed.
    std::optional<DomainDescription> describe(virDomainPtr dom, unsigned int flags) const;
    // The same, or why it could not be read.
    Result<DomainDescription> read(virDomainPtr dom, unsigned int flags) const;

    Result<QString> domainXml(const QString &uuid, bool inactive);
    // The persistent definition with its secrets, as `virsh edit` reads it.
    Result<QString> editableXml(const QString &uuid);
    // Defines (or redefines) a persistent domain; returns its UUID. flags:
    // VIR_DOMAIN_DEFINE_* (VALIDATE checks the text against libvirt's schema).
    Result<QString> defineXml(const QString &xml, unsigned int flags = 0);
    // Defines text a user edited as the new persistent definition of the
    // domain uuid, validated against the schema. Refused before libvirt sees
    // it when the text names another UUID (it would define a second domain)
    // or another name (libvirt keeps a domain's name on redefinition).
    VoidResult redefine(const QString &uuid, const QString &xml);
    VoidResult updateDefinition(const QString &uuid, const DomainXml::Edit &edit);
    // The same, keeping what it replaces: keep runs once the edit worked and
    // before the define with update.after empty (its error stops
    // everything: nothing is defined), and again after the define with what
    // libvirt keeps (its error is returned). Returns both definitions.
    using Keep = std::function<VoidResult(const DefinitionUpdate &update)>;
    Result<DefinitionUpdate> updateDefinition(const QString &uuid, const DomainXml::Edit &edit, const Keep &keep);
    // The read-edit-define itself, on a domain already looked up; returns the
    // XML it defined.
    Result<QString> edit(virDomainPtr dom, const DomainXml::Edit &edit,
                         const std::function<VoidResult(const QString &before)> &keep = {});

private:
    Session &m_session;
};
