#pragma once

#include "result.h"

#include <QString>

#include <functional>

class QDomDocument;

// A persistent definition as it was before an edit and as libvirt keeps it
// after (both read with VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE).
struct DefinitionUpdate
{
    QString before;
    QString after;
};

// A domain definition as a DOM: the form every edit of a definition takes
// (never regular expressions), so what QVirt does not model (the VNC password
// of a definition read with VIR_DOMAIN_XML_SECURE, <metadata>, <description>,
// elements newer than QVirt) passes through untouched.
namespace DomainXml {

// Loads a domain's XML; empty, or the translated reason it is not a domain.
QString load(const QString &xml, QDomDocument *doc);
// The document as text, indented by 2, attributes in libvirt's usual order.
QString save(const QDomDocument &doc);

// Changes a loaded domain definition in place; an error leaves it to be dropped.
using Edit = std::function<VoidResult(QDomDocument &doc)>;
// load, edit, save: the edited XML or the first error.
Result<QString> apply(const QString &xml, const Edit &edit);

} // namespace DomainXml
