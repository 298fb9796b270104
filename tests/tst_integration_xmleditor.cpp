#include "banner.h"
#include "connection.h"
#include "domainlistmodel.h"
#include "integrationhost.h"
#include "messagebox.h"
#include "testutil.h"
#include "vmwindow.h"
#include "xmleditorpanel.h"
#include "xmltextedit.h"

#include <QStandardPaths>
#include <QtTest>

using namespace TestUtil;
namespace IH = IntegrationHost;

// The VM window's XML page on the real libvirtd: what it saves is what
// libvirt keeps (a VNC password included), and what libvirt refuses stays in
// the editor as it was typed, with libvirt's reason and its line.
class tst_IntegrationXmlEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void saveKeepsPassword();
    void refusedEditKeepsText_data();
    void refusedEditKeepsText();
    void concurrentChangeDetected();

private:
    // The inactive definition with its secrets, as libvirt has it now.
    QString persistent() const;
    XmlEditorPanel *open(VmWindow &window) const;
    static void replaceText(XmlEditorPanel *panel, const QString &text);

    Connection *m_conn = nullptr;
    QString m_dir;
    QString m_name;
    QString m_uuid;
};

void tst_IntegrationXmlEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_dir = IH::makeImageDir(QStringLiteral("xml"));
    m_name = QStringLiteral("qvirt-xml-%1").arg(QCoreApplication::applicationPid());
    const QString xml = IH::testGuestXml(m_dir, m_name,
                                         QStringLiteral("<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='qvxsecr'/>"));
    QVERIFY(!xml.isEmpty());
    const Result<QString> uuid = await(m_conn->defineXml(xml));
    QVERIFY2(uuid.ok(), qPrintable(uuid.ok() ? QString() : uuid.error().message));
    m_uuid = uuid.value();
    QTRY_VERIFY(m_conn->domainModel()->find(m_uuid));
}

void tst_IntegrationXmlEditor::cleanupTestCase()
{
    if (!m_name.isEmpty())
        IH::virsh({QStringLiteral("undefine"), m_name});
    QDir(m_dir).removeRecursively();
    delete m_conn;
}

void tst_IntegrationXmlEditor::cleanup()
{
    MessageBox::setTestHook({});
}

QString tst_IntegrationXmlEditor::persistent() const
{
    const IH::Output o = IH::virsh({QStringLiteral("dumpxml"), QStringLiteral("--inactive"), QStringLiteral("--security-info"), m_name});
    return o.exitCode == 0 ? o.out : QStringLiteral("error: ") + o.err;
}

XmlEditorPanel *tst_IntegrationXmlEditor::open(VmWindow &window) const
{
    window.show();
    window.showPage(VmWindow::XmlPage);
    return window.xmlEditor();
}

void tst_IntegrationXmlEditor::replaceText(XmlEditorPanel *panel, const QString &text)
{
    panel->editor()->selectAll();
    panel->editor()->insertPlainText(text);
}

void tst_IntegrationXmlEditor::saveKeepsPassword()
{
    VmWindow window(m_conn, m_uuid);
    XmlEditorPanel *panel = open(window);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded(), 20000);
    QString text = panel->text();
    QVERIFY2(text.contains(QLatin1String("passwd='qvxsecr'")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("<memory unit='KiB'>32768</memory>")));
    text.replace(QLatin1String("<memory unit='KiB'>32768</memory>"), QLatin1String("<memory unit='KiB'>49152</memory>"));
    text.replace(QLatin1String("<currentMemory unit='KiB'>32768</currentMemory>"), QLatin1String("<currentMemory unit='KiB'>49152</currentMemory>"));
    replaceText(panel, text);
    QVERIFY(panel->isModified());
    QSignalSpy saved(panel, &XmlEditorPanel::saved);
    QSignalSpy failed(panel, &XmlEditorPanel::saveFailed);
    panel->save();
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, 30000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    const QString now = persistent();
    QVERIFY2(now.contains(QLatin1String("<memory unit='KiB'>49152</memory>")), qPrintable(now));
    QVERIFY2(now.contains(QLatin1String("passwd='qvxsecr'")), qPrintable(now));
    QVERIFY(!panel->isModified());
    QVERIFY(panel->text().contains(QLatin1String("49152")));
    QVERIFY(!QFile::exists(panel->draftPath()));
}

void tst_IntegrationXmlEditor::refusedEditKeepsText_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("lineHolds"); // what the line libvirt names holds; empty: no line
    QTest::addColumn<QString>("messageHolds");
    QTest::newRow("schema: unknown element") << "<devices>" << "<devices>\n    <qvirt-unknown/>" << "<devices>" << "schema";
    QTest::newRow("malformed") << "</vcpu>" << "</vcpux>" << "<vcpu" << "vcpux";
    QTest::newRow("schema: bad attribute") << "<memory unit='KiB'>" << "<memory unit='KiB' qvirt='1'>" << "<memory" << "schema";
    QTest::newRow("another uuid") << "<uuid>" << "<uuid>0" << "" << "UUID";
    QTest::newRow("another name") << "<name>qvirt-xml-" << "<name>qvirt-xml-renamed-" << "" << "rename";
}

void tst_IntegrationXmlEditor::refusedEditKeepsText()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, lineHolds);
    QFETCH(QString, messageHolds);
    const QString before = persistent();
    VmWindow window(m_conn, m_uuid);
    XmlEditorPanel *panel = open(window);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded(), 20000);
    QString text = panel->text();
    if (from == QLatin1String("<uuid>"))
        text.replace(m_uuid, QStringLiteral("00000000-1111-2222-3333-444444444444"));
    else
        text.replace(from, to);
    QVERIFY(text != panel->text());
    replaceText(panel, text);
    QSignalSpy saved(panel, &XmlEditorPanel::saved);
    QSignalSpy failed(panel, &XmlEditorPanel::saveFailed);
    panel->save();
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, 30000);
    QCOMPARE(saved.size(), 0);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(messageHolds), qPrintable(message));
    // The text exactly as typed; libvirt's definition as it was.
    QCOMPARE(panel->text(), text);
    QVERIFY(panel->isModified());
    QCOMPARE(persistent(), before);
    QVERIFY(panel->errorBanner()->isVisible());
    QVERIFY2(panel->errorBanner()->text().contains(message), qPrintable(panel->errorBanner()->text()));
    const int line = panel->editor()->errorLine();
    if (!lineHolds.isEmpty()) {
        QVERIFY2(line > 0, qPrintable(message));
        QVERIFY(panel->errorBanner()->text().contains(QStringLiteral("line %1").arg(line)));
        const QString named = text.split(QLatin1Char('\n')).value(line - 1);
        QVERIFY2(named.contains(lineHolds), qPrintable(QStringLiteral("line %1: %2\n%3").arg(line).arg(named, message)));
    }

    // Closing now asks; Discard leaves libvirt's definition alone.
    MessageBox::setTestHook([](QMessageBox::Icon, const QString &, const QString &) { return QMessageBox::Discard; });
    bool mayClose = false;
    panel->confirmClose(this, [&](bool may) { mayClose = may; });
    QVERIFY(mayClose);
    QCOMPARE(persistent(), before);
}

// virsh changes the definition while the editor has edits: the page says so,
// and saving asks instead of overwriting that change.
void tst_IntegrationXmlEditor::concurrentChangeDetected()
{
    VmWindow window(m_conn, m_uuid);
    XmlEditorPanel *panel = open(window);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded(), 20000);
    QString text = panel->text();
    text.replace(QLatin1String("<on_crash>destroy</on_crash>"), QLatin1String("<on_crash>restart</on_crash>"));
    replaceText(panel, text);
    QVERIFY(panel->isModified());

    const IH::Output desc = IH::virsh({QStringLiteral("desc"), m_name, QStringLiteral("--config"), QStringLiteral("--new-desc"),
                                       QStringLiteral("changed by virsh")});
    QCOMPARE(desc.exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(panel->noticeBanner()->isVisible(), 20000);
    QVERIFY2(panel->noticeBanner()->text().contains(QLatin1String("changed outside the editor")),
             qPrintable(panel->noticeBanner()->text()));
    QCOMPARE(panel->text(), text);

    QStringList asked;
    MessageBox::setTestHook([&](QMessageBox::Icon, const QString &title, const QString &) {
        asked << title;
        return QMessageBox::Cancel;
    });
    bool done = false;
    bool ok = true;
    panel->save([&](bool s) { ok = s; done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(asked.size(), 1);
    QVERIFY(!ok);
    QVERIFY(persistent().contains(QLatin1String("changed by virsh")));
    QVERIFY(persistent().contains(QLatin1String("<on_crash>destroy</on_crash>")));

    // Overwrite: the edit wins, knowingly.
    MessageBox::setTestHook([](QMessageBox::Icon, const QString &, const QString &) { return QMessageBox::Save; });
    done = false;
    panel->save([&](bool s) { ok = s; done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY(ok);
    QVERIFY(persistent().contains(QLatin1String("<on_crash>restart</on_crash>")));
    QVERIFY(!persistent().contains(QLatin1String("changed by virsh")));
}

QTEST_MAIN(tst_IntegrationXmlEditor)
#include "tst_integration_xmleditor.moc"
