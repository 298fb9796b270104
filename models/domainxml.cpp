#include "domainxml.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QStringList>
#include <QVector>
#include <QXmlStreamWriter>

#include <algorithm>

namespace {

class Text final
{
    Q_DECLARE_TR_FUNCTIONS(DomainXml)
};

// QDom keeps attributes in hash order, different in every process; write
// them in libvirt's usual order instead so the XML reads and diffs well.
int attributeRank(const QString &name)
{
    static const QStringList first{QStringLiteral("mode"),   QStringLiteral("type"),   QStringLiteral("index"),
                                   QStringLiteral("model"),  QStringLiteral("managed"), QStringLiteral("domain"),
                                   QStringLiteral("bus"),    QStringLiteral("slot"),    QStringLiteral("function"),
                                   QStringLiteral("multifunction"), QStringLiteral("arch"), QStringLiteral("machine")};
    const int i = first.indexOf(name);
    return i < 0 ? int(first.size()) : i;
}

void writeNode(QXmlStreamWriter &w, const QDomNode &node)
{
    switch (node.nodeType()) {
    case QDomNode::ElementNode: {
        const QDomElement e = node.toElement();
        w.writeStartElement(e.tagName());
        const QDomNamedNodeMap map = e.attributes();
        QVector<QDomAttr> attrs;
        for (int i = 0; i < map.count(); ++i)
            attrs << map.item(i).toAttr();
        std::sort(attrs.begin(), attrs.end(), [](const QDomAttr &a, const QDomAttr &b) {
            const int ra = attributeRank(a.name()), rb = attributeRank(b.name());
            return ra != rb ? ra < rb : a.name() < b.name();
        });
        for (const QDomAttr &a : std::as_const(attrs))
            w.writeAttribute(a.name(), a.value());
        for (QDomNode c = node.firstChild(); !c.isNull(); c = c.nextSibling())
            writeNode(w, c);
        w.writeEndElement();
        break;
    }
    case QDomNode::TextNode:
        w.writeCharacters(node.nodeValue());
        break;
    case QDomNode::CDATASectionNode:
        w.writeCDATA(node.nodeValue());
        break;
    case QDomNode::CommentNode:
        w.writeComment(node.nodeValue());
        break;
    case QDomNode::ProcessingInstructionNode:
        if (node.nodeName() != QLatin1String("xml"))
            w.writeProcessingInstruction(node.nodeName(), node.nodeValue());
        break;
    default:
        break;
    }
}

} // namespace

namespace DomainXml {

QString load(const QString &xml, QDomDocument *doc)
{
    QString message;
    int line = 0, column = 0;
    // Without namespace processing: a prefixed element of <metadata> and its
    // xmlns: declaration come back as they went in.
    if (!doc->setContent(xml, false, &message, &line, &column))
        return Text::tr("The domain XML cannot be read: %1 (line %2, column %3).").arg(message).arg(line).arg(column);
    const QString root = doc->documentElement().tagName();
    if (root != QLatin1String("domain"))
        return Text::tr("The XML is not a libvirt domain: its root element is <%1>, not <domain>.").arg(root);
    return {};
}

QString save(const QDomDocument &doc)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    for (QDomNode n = doc.firstChild(); !n.isNull(); n = n.nextSibling())
        writeNode(w, n);
    w.writeEndDocument();
    return out.mid(out.startsWith(QLatin1Char('\n')) ? 1 : 0); // the writer opens with a line break
}

Result<QString> apply(const QString &xml, const Edit &edit)
{
    QDomDocument doc;
    if (const QString e = load(xml, &doc); !e.isEmpty())
        return Error{0, e};
    if (const VoidResult r = edit(doc); !r)
        return r.error();
    return save(doc);
}

} // namespace DomainXml
