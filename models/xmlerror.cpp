#include "xmlerror.h"

#include <QRegularExpression>

namespace XmlError {

namespace {

int lineCount(const QString &text)
{
    return int(text.count(QLatin1Char('\n'))) + 1;
}

int lineAt(const QString &text, qsizetype position)
{
    return int(QStringView(text).left(position).count(QLatin1Char('\n'))) + 1;
}

// The first start tag of element (attribute: the first such tag that has
// it, at the attribute's own line); 0 when there is none.
int findElement(const QString &text, const QString &element, const QString &attribute = {})
{
    const QRegularExpression tag(QStringLiteral("<%1(?=[\\s/>])").arg(QRegularExpression::escape(element)));
    const QRegularExpression attr(QStringLiteral("\\s%1\\s*=").arg(QRegularExpression::escape(attribute)));
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (attribute.isEmpty())
            return lineAt(text, m.capturedStart());
        const qsizetype end = text.indexOf(QLatin1Char('>'), m.capturedEnd());
        const QString inside = text.mid(m.capturedEnd(), end < 0 ? -1 : end - m.capturedEnd());
        const QRegularExpressionMatch a = attr.match(inside);
        if (a.hasMatch())
            return lineAt(text, m.capturedEnd() + a.capturedStart() + 1);
    }
    return attribute.isEmpty() ? 0 : findElement(text, element);
}

} // namespace

int lineOf(const QString &message, const QString &text)
{
    // The parser: "(domain_definition):12: ..." (network_definition, ...).
    static const QRegularExpression parser(QStringLiteral("\\(\\w+\\):(\\d+):"));
    const QRegularExpressionMatch p = parser.match(message);
    if (p.hasMatch()) {
        const int line = p.captured(1).toInt();
        return line > 0 ? qMin(line, lineCount(text)) : 0;
    }

    // The schema check: one finding a line, most precise first; the last
    // ones name the enclosing elements up to the root.
    static const QRegularExpression attribute(QStringLiteral("^Invalid attribute (\\S+) for element (\\S+)"));
    static const QRegularExpression extraContent(QStringLiteral("^Element (\\S+) has extra content: (\\S+)"));
    static const QRegularExpression element(QStringLiteral(
        "^(?:Extra element (\\S+) in interleave|Did not expect element (\\S+) there|"
        "Expecting element (\\S+)|Element (\\S+) failed to validate|Error validating .* of element (\\S+))"));
    const QStringList findings = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString finding : findings) {
        finding = finding.trimmed();
        if (const auto m = attribute.match(finding); m.hasMatch()) {
            if (const int line = findElement(text, m.captured(2), m.captured(1)))
                return line;
        } else if (const auto c = extraContent.match(finding); c.hasMatch()) {
            if (const int line = findElement(text, c.captured(2)))
                return line;
            if (const int line = findElement(text, c.captured(1)))
                return line;
        } else if (const auto e = element.match(finding); e.hasMatch()) {
            for (int i = 1; i <= e.lastCapturedIndex(); ++i) {
                if (e.captured(i).isEmpty())
                    continue;
                if (const int line = findElement(text, e.captured(i)))
                    return line;
            }
        }
    }
    return 0;
}

} // namespace XmlError
