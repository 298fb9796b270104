#include "snapshotinfo.h"

#include <QXmlStreamReader>

bool SnapshotInfo::isExternal() const
{
    if (memory == Location::External)
        return true;
    for (const Disk &d : disks) {
        if (d.location == Location::External)
            return true;
    }
    return false;
}

static SnapshotInfo::Location locationOf(QStringView s)
{
    if (s == u"internal")
        return SnapshotInfo::Location::Internal;
    if (s == u"external")
        return SnapshotInfo::Location::External;
    return SnapshotInfo::Location::None;
}

bool parseSnapshotXml(const QString &text, SnapshotInfo *out, QString *errorMessage)
{
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"domainsnapshot") {
        if (errorMessage)
            *errorMessage = xml.hasError() ? xml.errorString() : QStringLiteral("not a <domainsnapshot> document");
        return false;
    }
    SnapshotInfo s;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"name") {
            s.name = xml.readElementText();
        } else if (name == u"description") {
            s.description = xml.readElementText();
        } else if (name == u"state") {
            s.vmState = xml.readElementText();
        } else if (name == u"creationTime") {
            s.created = QDateTime::fromSecsSinceEpoch(xml.readElementText().trimmed().toLongLong());
        } else if (name == u"parent") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    s.parent = xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else if (name == u"memory") {
            s.memory = locationOf(xml.attributes().value(QLatin1String("snapshot")));
            s.memoryFile = xml.attributes().value(QLatin1String("file")).toString();
            if (s.memory == SnapshotInfo::Location::None && !s.memoryFile.isEmpty())
                s.memory = SnapshotInfo::Location::External;
            xml.skipCurrentElement();
        } else if (name == u"disks") {
            while (xml.readNextStartElement()) {
                if (xml.name() != u"disk") {
                    xml.skipCurrentElement();
                    continue;
                }
                SnapshotInfo::Disk d;
                d.name = xml.attributes().value(QLatin1String("name")).toString();
                d.location = locationOf(xml.attributes().value(QLatin1String("snapshot")));
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"source") {
                        const auto a = xml.attributes();
                        d.file = a.hasAttribute(QLatin1String("file")) ? a.value(QLatin1String("file")).toString()
                                                                      : a.value(QLatin1String("dev")).toString();
                    }
                    xml.skipCurrentElement();
                }
                s.disks.append(d);
            }
        } else {
            xml.skipCurrentElement(); // <domain> and others
        }
    }
    if (xml.hasError()) {
        if (errorMessage)
            *errorMessage = xml.errorString();
        return false;
    }
    *out = std::move(s);
    return true;
}
