#include "connection.h"
#include "hostdevxml.h"
#include "integrationhost.h"
#include "testutil.h"

#include <QDomDocument>
#include <QXmlStreamWriter>
#include <QtTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>

using namespace TestUtil;
namespace IH = IntegrationHost;
using Firmware = HostdevXml::GuestSettings::Firmware;

namespace {

const QString kPassword = QStringLiteral("s3cret");
const QString kMetadataNs = QStringLiteral("https://example.org/qvirt-test/1");

// An element by a path of tag names from the root ("devices/graphics").
QDomElement elementAt(const QDomDocument &doc, const QString &path)
{
    QDomElement e = doc.documentElement();
    for (const QString &tag : path.split(QLatin1Char('/')))
        e = e.firstChildElement(tag);
    return e;
}

void writeCanonical(QXmlStreamWriter &w, const QDomElement &e)
{
    w.writeStartElement(e.tagName());
    const QDomNamedNodeMap map = e.attributes();
    QVector<QDomAttr> attrs;
    for (int i = 0; i < map.count(); ++i)
        attrs << map.item(i).toAttr();
    std::sort(attrs.begin(), attrs.end(), [](const QDomAttr &a, const QDomAttr &b) { return a.name() < b.name(); });
    for (const QDomAttr &a : std::as_const(attrs))
        w.writeAttribute(a.name(), a.value());
    for (QDomNode c = e.firstChild(); !c.isNull(); c = c.nextSibling()) {
        if (c.isElement())
            writeCanonical(w, c.toElement());
        else if (c.isText() || c.isCDATASection())
            w.writeCharacters(c.nodeValue());
    }
    w.writeEndElement();
}

// The definition with attributes sorted and the elements at `changed` (paths of
// tag names, every match) left out: what an edit must not touch, as text.
QString canonical(const QString &xml, const QStringList &changed)
{
    QDomDocument doc;
    if (!doc.setContent(xml))
        return QStringLiteral("(not XML) ") + xml;
    for (const QString &path : changed) {
        const QStringList tags = path.split(QLatin1Char('/'));
        QDomElement parent = doc.documentElement();
        for (int i = 0; i + 1 < tags.size() && !parent.isNull(); ++i)
            parent = parent.firstChildElement(tags.at(i));
        if (parent.isNull())
            continue;
        for (QDomElement e = parent.firstChildElement(tags.last()); !e.isNull(); e = parent.firstChildElement(tags.last()))
            parent.removeChild(e);
    }
    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    writeCanonical(w, doc.documentElement());
    return out;
}

} // namespace

// Every edit QVirt makes to a definition, on the real QEMU driver, keeps what
// QVirt does not own: the VNC password, <metadata>, <description> and the
// elements QVirt does not model, byte for byte in libvirt's own XML apart from
// the part the edit was for.
class tst_IntegrationDefinitions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyEditKeepsWhatQVirtDoesNotOwn();

private:
    // libvirt's persistent definition with its secrets, as a client with full access reads it.
    QString secureXml();
    // Runs one edit and checks that only `changed` differs; `what` names it in failures.
    void checkEdit(const QString &what, const QStringList &changed, const std::function<VoidResult()> &edit);

    Connection *m_conn = nullptr;
    virConnectPtr m_raw = nullptr;
    QString m_dir;
    QString m_name;
    QString m_uuid;
    QString m_description;
};

void tst_IntegrationDefinitions::initTestCase()
{
    virSetErrorFunc(nullptr, [](void *, virErrorPtr) {});
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_raw = virConnectOpen(IH::uri().toUtf8().constData());
    QVERIFY(m_raw);
    m_dir = IH::makeImageDir(QStringLiteral("secure"));
}

void tst_IntegrationDefinitions::cleanupTestCase()
{
    if (m_raw) {
        if (virDomainPtr d = virDomainLookupByUUIDString(m_raw, m_uuid.toLatin1().constData())) {
            virDomainDestroy(d);
            virDomainUndefineFlags(d, VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM);
            virDomainFree(d);
        }
        virResetLastError();
        virConnectClose(m_raw);
    }
    QDir(m_dir).removeRecursively();
    delete m_conn;
}

QString tst_IntegrationDefinitions::secureXml()
{
    virDomainPtr d = virDomainLookupByUUIDString(m_raw, m_uuid.toLatin1().constData());
    if (!d)
        return {};
    char *xml = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE);
    virDomainFree(d);
    const QString result = QString::fromUtf8(xml);
    free(xml);
    return result;
}

void tst_IntegrationDefinitions::checkEdit(const QString &what, const QStringList &changed, const std::function<VoidResult()> &edit)
{
    if (QTest::currentTestFailed())
        return; // one broken edit is enough to read
    const QString before = secureXml();
    QVERIFY2(before.contains(QStringLiteral("passwd='%1'").arg(kPassword)), qPrintable(what + QStringLiteral(": before\n") + before));
    const VoidResult r = edit();
    QVERIFY2(r.ok(), qPrintable(what + QStringLiteral(": ") + (r ? QString() : r.error().message)));
    const QString after = secureXml();

    QDomDocument doc;
    QVERIFY(doc.setContent(after));
    QVERIFY2(elementAt(doc, QStringLiteral("devices/graphics")).attribute(QStringLiteral("passwd")) == kPassword,
             qPrintable(what + QStringLiteral(" removed the VNC password:\n") + after));
    QCOMPARE(elementAt(doc, QStringLiteral("description")).text(), m_description);
    QVERIFY2(after.contains(kMetadataNs), qPrintable(what + QStringLiteral(" lost the metadata:\n") + after));
    const QString kept = canonical(before, changed), keptAfter = canonical(after, changed);
    if (kept != keptAfter) {
        qWarning("%s changed more than %s.\nbefore:\n%s\nafter:\n%s", qPrintable(what), qPrintable(changed.join(QLatin1String(", "))),
                 qPrintable(kept), qPrintable(keptAfter));
    }
    QVERIFY2(kept == keptAfter, qPrintable(what));
}

void tst_IntegrationDefinitions::everyEditKeepsWhatQVirtDoesNotOwn()
{
    m_name = QStringLiteral("qvirt-secure-%1").arg(QCoreApplication::applicationPid());
    const QString disk = m_dir + QLatin1Char('/') + m_name + QStringLiteral(".qcow2");
    QCOMPARE(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                                                   disk, QStringLiteral("32M")}).exitCode, 0);
    m_description = QStringLiteral("Owner: ops & QA <ops@example.org>\n  indented second line");
    QString xml = IH::tcgDomainXml(m_name, disk);
    xml.replace(QStringLiteral("<graphics type='vnc' autoport='yes' listen='127.0.0.1'/>"),
                QStringLiteral("<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='%1' keymap='de'/>"
                               "<watchdog model='i6300esb' action='reset'/>"
                               "<rng model='virtio'><backend model='random'>/dev/urandom</backend></rng>")
                    .arg(kPassword));
    // What QVirt does not model: a description, namespaced metadata, and
    // elements libvirt keeps that QVirt never reads (sysinfo, memtune, clock, pm).
    xml.replace(QStringLiteral("<memory unit='MiB'>64</memory>"),
                QStringLiteral("<description>%1</description>"
                               "<metadata><qv:note xmlns:qv='%2'><qv:owner id='7'>ops</qv:owner></qv:note></metadata>"
                               "<memory unit='MiB'>64</memory>"
                               "<memtune><hard_limit unit='KiB'>1048576</hard_limit></memtune>"
                               "<sysinfo type='smbios'><system><entry name='serial'>QV-123</entry></system></sysinfo>")
                    .arg(m_description.toHtmlEscaped(), kMetadataNs));
    xml.replace(QStringLiteral("<on_crash>destroy</on_crash>"),
                QStringLiteral("<clock offset='utc'><timer name='rtc' tickpolicy='catchup'/></clock>"
                               "<on_crash>destroy</on_crash><pm><suspend-to-mem enabled='no'/></pm>"));
    const Result<QString> uuid = await(m_conn->defineXml(xml));
    QVERIFY2(uuid.ok(), qPrintable(uuid ? QString() : uuid.error().message));
    m_uuid = uuid.value();
    QVERIFY2(secureXml().contains(QStringLiteral("<qv:owner id=\"7\">ops</qv:owner>")), qPrintable(secureXml()));

    // The Hardware page: host devices in and out, the hypervisor hidden and
    // shown, UEFI and BIOS.
    QVector<HostdevRequest> devices;
    for (const QString &a : {QStringLiteral("0000:3b:00.0"), QStringLiteral("0000:3b:00.1")}) {
        HostdevRequest r;
        r.hostAddress = a;
        devices << r;
    }
    HostdevRequest usb;
    usb.kind = HostdevRequest::Kind::Usb;
    usb.usbVendorId = QStringLiteral("0x046d");
    usb.usbProductId = QStringLiteral("0xc52b");
    devices << usb;
    checkEdit(QStringLiteral("Adding host devices"), {QStringLiteral("devices/hostdev")}, [&] {
        return await(m_conn->updateDefinition(m_uuid, [devices](QDomDocument &doc) { return HostdevXml::addDevices(doc, devices); }));
    });
    for (const HostdevRequest &r : std::as_const(devices)) {
        checkEdit(QStringLiteral("Removing a host device"), {QStringLiteral("devices/hostdev")}, [&] {
            return await(m_conn->updateDefinition(m_uuid, [r](QDomDocument &doc) { return HostdevXml::removeDevice(doc, r); }));
        });
    }
    const auto settings = [this](HostdevXml::GuestSettings s) {
        return await(m_conn->updateDefinition(m_uuid, [s](QDomDocument &doc) { return HostdevXml::applyGuestSettings(doc, s); }));
    };
    checkEdit(QStringLiteral("Hiding the hypervisor"), {QStringLiteral("features")},
              [&] { return settings({true, QStringLiteral("QVirtTest"), Firmware::Unchanged}); });
    checkEdit(QStringLiteral("Showing the hypervisor"), {QStringLiteral("features")},
              [&] { return settings({false, {}, Firmware::Unchanged}); });
    checkEdit(QStringLiteral("UEFI firmware"), {QStringLiteral("os"), QStringLiteral("features")},
              [&] { return settings({false, {}, Firmware::Uefi}); });
    checkEdit(QStringLiteral("BIOS firmware"), {QStringLiteral("os"), QStringLiteral("features")},
              [&] { return settings({false, {}, Firmware::Bios}); });

    // The VM list: rename.
    checkEdit(QStringLiteral("Renaming"), {QStringLiteral("name")},
              [&] { return await(m_conn->rename(m_uuid, m_name + QStringLiteral("-renamed"))); });

    // Snapshots: an internal one taken, reverted to and deleted; an external
    // one taken and reverted to (QVirt redefines the domain onto a new overlay).
    SnapshotRequest internal;
    internal.name = QStringLiteral("internal");
    checkEdit(QStringLiteral("Taking an internal snapshot"), {}, [&] { return await(m_conn->createSnapshot(m_uuid, internal)); });
    checkEdit(QStringLiteral("Reverting to an internal snapshot"), {}, [&] { return await(m_conn->revertToSnapshot(m_uuid, internal.name)); });
    checkEdit(QStringLiteral("Deleting an internal snapshot"), {}, [&] { return await(m_conn->deleteSnapshot(m_uuid, internal.name)); });
    SnapshotRequest external;
    external.name = QStringLiteral("external");
    external.kind = SnapshotRequest::Kind::ExternalDiskOnly;
    external.overlays.insert(QStringLiteral("vda"), m_dir + QLatin1Char('/') + m_name + QStringLiteral(".external"));
    checkEdit(QStringLiteral("Taking an external snapshot"), {QStringLiteral("devices/disk")},
              [&] { return await(m_conn->createSnapshot(m_uuid, external)); });
    checkEdit(QStringLiteral("Reverting to an external snapshot"), {QStringLiteral("devices/disk")},
              [&] { return await(m_conn->revertToSnapshot(m_uuid, external.name)); });
    QVERIFY2(secureXml().contains(QStringLiteral(".revert-external-")), qPrintable(secureXml()));
}

QTEST_GUILESS_MAIN(tst_IntegrationDefinitions)
#include "tst_integration_definitions.moc"
