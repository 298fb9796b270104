#include "clipboardagent.h"
#include "domainxml.h"

#include <QDomDocument>
#include <QtTest>

// QEMU's clipboard channel in a definition: found where it is, added where it
// is not, refused where a SPICE agent channel holds its port, and nothing else
// of the definition changes.
class tst_ClipboardAgent : public QObject
{
    Q_OBJECT

private slots:
    void present_data();
    void present();
    void add_data();
    void add();
};

namespace {
QString domain(const QString &devices)
{
    return QStringLiteral("<domain type='qemu'><name>g</name><memory unit='KiB'>1024</memory>"
                          "<metadata><q:keep xmlns:q='urn:x'>as is</q:keep></metadata>"
                          "<devices><graphics type='vnc' passwd='s3cret' autoport='yes'/>%1</devices></domain>")
        .arg(devices);
}
const QString kAgent = QStringLiteral("<channel type='qemu-vdagent'><source><clipboard copypaste='yes'/><mouse mode='client'/></source>"
                                      "<target type='virtio' name='com.redhat.spice.0'/></channel>");
const QString kSpiceAgent = QStringLiteral("<channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel>");
const QString kGuestAgent = QStringLiteral("<channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>");
} // namespace

void tst_ClipboardAgent::present_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("present");
    QTest::newRow("agent") << domain(kAgent) << true;
    QTest::newRow("agent among others") << domain(kGuestAgent + kAgent) << true;
    QTest::newRow("clipboard off") << domain(QString(kAgent).replace(QLatin1String("'yes'"), QLatin1String("'no'"))) << false;
    QTest::newRow("spice agent only") << domain(kSpiceAgent) << false;
    QTest::newRow("none") << domain(kGuestAgent) << false;
    QTest::newRow("not xml") << QStringLiteral("<domain") << false;
}

void tst_ClipboardAgent::present()
{
    QFETCH(QString, xml);
    QFETCH(bool, present);
    QCOMPARE(ClipboardAgent::present(xml), present);
}

void tst_ClipboardAgent::add_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("none") << domain(QString()) << true;
    QTest::newRow("guest agent beside") << domain(kGuestAgent) << true;
    QTest::newRow("already there") << domain(kAgent) << true;
    QTest::newRow("clipboard off") << domain(QString(kAgent).replace(QLatin1String("'yes'"), QLatin1String("'no'"))) << true;
    QTest::newRow("spice agent") << domain(kSpiceAgent) << false;
}

void tst_ClipboardAgent::add()
{
    QFETCH(QString, xml);
    QFETCH(bool, accepted);
    const Result<QString> edited = DomainXml::apply(xml, &ClipboardAgent::add);
    QCOMPARE(edited.ok(), accepted);
    if (!accepted) {
        QVERIFY(!edited.error().message.isEmpty());
        return;
    }
    QVERIFY(ClipboardAgent::present(edited.value()));
    QCOMPARE(edited.value().count(QLatin1String("qemu-vdagent")), 1);
    // The rest stays: the password, the metadata, other channels.
    QVERIFY(edited.value().contains(QLatin1String("passwd=\"s3cret\"")));
    QVERIFY(edited.value().contains(QLatin1String("as is")));
    QCOMPARE(edited.value().count(QLatin1String("org.qemu.guest_agent.0")), xml.count(QLatin1String("org.qemu.guest_agent.0")));
    // Adding again changes nothing.
    const Result<QString> again = DomainXml::apply(edited.value(), &ClipboardAgent::add);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), edited.value());
}

QTEST_MAIN(tst_ClipboardAgent)
#include "tst_clipboardagent.moc"
