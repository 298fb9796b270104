#include "xmlerror.h"

#include <QTest>

// The messages are libvirt 9.0's, taken from `virsh define` on qemu:///system
// and test:///default.
class TestXmlError : public QObject
{
    Q_OBJECT

private slots:
    void lineOf_data();
    void lineOf();
};

static const char *const domain = "<domain type='qemu'>\n"            // 1
                                  "  <name>probe</name>\n"             // 2
                                  "  <memory unit='KiBX'>65536</memory>\n" // 3
                                  "  <vcpu>1</vcpu>\n"                 // 4
                                  "  <devices>\n"                      // 5
                                  "    <graphics type='vnc'\n"         // 6
                                  "              bogus='1'/>\n"        // 7
                                  "    <foo/>\n"                       // 8
                                  "  </devices>\n"                     // 9
                                  "</domain>\n";

void TestXmlError::lineOf_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    const QString schema = QStringLiteral("XML document failed to validate against schema: Unable to validate doc against "
                                          "/usr/share/libvirt/schemas/domain.rng\n");
    QTest::newRow("tag mismatch") << QStringLiteral("(domain_definition):4: Opening and ending tag mismatch: vcpu line 4 and vcpux\n"
                                                    "  <vcpu>1</vcpux>\n-----------------^") << 4;
    QTest::newRow("network parser") << QStringLiteral("(network_definition):2: StartTag: invalid element name") << 2;
    QTest::newRow("past the end") << QStringLiteral("(domain_definition):99: Premature end of data in tag domain line 1") << 11;
    QTest::newRow("extra element") << schema + QStringLiteral("Extra element devices in interleave\nElement domain failed to validate content\n") << 5;
    QTest::newRow("invalid attribute") << schema + QStringLiteral("Invalid attribute unit for element memory\nExtra element memory in interleave\n") << 3;
    QTest::newRow("attribute on a later line") << schema + QStringLiteral("Invalid attribute bogus for element graphics\n") << 7;
    QTest::newRow("extra content") << schema + QStringLiteral("Element devices has extra content: foo\n") << 8;
    QTest::newRow("did not expect") << schema + QStringLiteral("Did not expect element foo there\n") << 8;
    QTest::newRow("root only") << schema + QStringLiteral("Element domain failed to validate content\n") << 1;
    QTest::newRow("element not in text") << schema + QStringLiteral("Extra element clock in interleave\n") << 0;
    QTest::newRow("no line") << QStringLiteral("invalid argument: unknown suffix 'KiBX'") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestXmlError::lineOf()
{
    QFETCH(QString, message);
    QFETCH(int, line);
    QCOMPARE(XmlError::lineOf(message, QString::fromUtf8(domain)), line);
}

QTEST_GUILESS_MAIN(TestXmlError)
#include "tst_xmlerror.moc"
