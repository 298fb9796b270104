#pragma once

#include <QString>

// Where in an XML text libvirt's message about it points. libvirt's parser
// names a line ("(domain_definition):12: Opening and ending tag mismatch...");
// its schema check names elements and attributes ("Extra element devices in
// interleave", "Invalid attribute unit for element memory"), which are looked
// up in the text. The message is libvirt's, maybe translated: the patterns
// are libxml2's, which libvirt passes on untranslated.
namespace XmlError {

// The 1-based line of text the message points at, or 0 when it names none
// that the text holds.
int lineOf(const QString &message, const QString &text);

} // namespace XmlError
