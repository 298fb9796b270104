#include "displayconversion.h"
#include "domainxml.h"

#include <QDomDocument>
#include <QFile>
#include <QtTest>

// Switching a SPICE display to VNC on definitions as virt-manager writes
// them: exactly the listed changes, and nothing else of the definition.
class tst_DisplayConversion : public QObject
{
    Q_OBJECT

private slots:
    void toVnc_data();
    void toVnc();
    void planMatchesEdit();
    void unreadableXml();
};

namespace {

QString readData(const QString &name)
{
    QFile f(QStringLiteral(QVIRT_TEST_DATA "/display/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The same document as DomainXml writes it, so quoting and attribute order
// do not count.
QString canonical(const QString &xml)
{
    QDomDocument doc;
    if (!DomainXml::load(xml, &doc).isEmpty())
        return QStringLiteral("unreadable: ") + xml;
    return DomainXml::save(doc);
}

QString describe(const DisplayChange &c)
{
    switch (c.kind) {
    case DisplayChange::Kind::GraphicsToVnc:
        return QStringLiteral("vnc(password=%1,keymap=%2)").arg(c.keepsPassword ? QStringLiteral("kept") : QStringLiteral("none"), c.keymap);
    case DisplayChange::Kind::GraphicsRemoved: return QStringLiteral("spice-removed");
    case DisplayChange::Kind::GlToEglHeadless: return QStringLiteral("egl-headless(%1)").arg(c.detail);
    case DisplayChange::Kind::VideoModel: return QStringLiteral("video(%1)").arg(c.detail);
    case DisplayChange::Kind::AgentChannelReplaced: return QStringLiteral("agent");
    case DisplayChange::Kind::ChannelRemoved: return QStringLiteral("channel-removed(%1)").arg(c.detail);
    case DisplayChange::Kind::UsbRedirectionRemoved: return QStringLiteral("redirdev-removed(%1)").arg(c.count);
    case DisplayChange::Kind::SmartcardRemoved: return QStringLiteral("smartcard-removed");
    case DisplayChange::Kind::AudioToNone: return QStringLiteral("audio-none(%1)").arg(c.detail);
    case DisplayChange::Kind::SpicePortRemoved: return QStringLiteral("spiceport-removed(%1)").arg(c.detail);
    }
    return QStringLiteral("?");
}

QStringList describe(const QVector<DisplayChange> &changes)
{
    QStringList out;
    for (const DisplayChange &c : changes)
        out << describe(c);
    return out;
}

} // namespace

void tst_DisplayConversion::toVnc_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: the input, untouched
    QTest::addColumn<QStringList>("changes");

    // virt-manager's defaults for a Linux guest on q35 (libvirt 9 inactive XML).
    QTest::newRow("q35 qxl spicevmc redirdevs audio")
        << QStringLiteral("q35-virt-manager.xml") << QStringLiteral("q35-virt-manager.out.xml")
        << QStringList{QStringLiteral("agent"), QStringLiteral("vnc(password=none,keymap=)"), QStringLiteral("audio-none(1)"),
                       QStringLiteral("video(vga)"), QStringLiteral("redirdev-removed(2)")};
    // A VNC display is there already: it stays as it is, SPICE goes.
    QTest::newRow("vnc already present")
        << QStringLiteral("has-vnc.xml") << QStringLiteral("has-vnc.out.xml") << QStringList{QStringLiteral("spice-removed")};
    QTest::newRow("no graphics") << QStringLiteral("no-graphics.xml") << QString() << QStringList{};
    // Without SPICE there is nothing to switch, not even the QXL device.
    QTest::newRow("vnc only") << QStringLiteral("vnc-only.xml") << QString() << QStringList{};
    // TLS ports, channel modes, clipboard off, OpenGL: password, its expiry
    // and the keymap stay; the clipboard stays off; OpenGL renders headless.
    QTest::newRow("tls password gl")
        << QStringLiteral("tls-password-gl.xml") << QStringLiteral("tls-password-gl.out.xml")
        << QStringList{QStringLiteral("agent"), QStringLiteral("channel-removed(org.spice-space.stream.0)"),
                       QStringLiteral("vnc(password=kept,keymap=de)"), QStringLiteral("audio-none(1)"),
                       QStringLiteral("egl-headless(/dev/dri/by-path/pci-0000:00:02.0-render)")};
    // SPICE ports, a SPICE smartcard, a second QXL head, a network USB
    // redirection and the host smartcard that are not SPICE's, and an agent
    // channel already answered by qemu-vdagent.
    QTest::newRow("smartcard spiceport second head")
        << QStringLiteral("smartcard-spiceport.xml") << QStringLiteral("smartcard-spiceport.out.xml")
        << QStringList{QStringLiteral("spiceport-removed(serial)"), QStringLiteral("spiceport-removed(console)"),
                       QStringLiteral("spiceport-removed(channel)"), QStringLiteral("channel-removed(com.redhat.spice.0)"),
                       QStringLiteral("vnc(password=none,keymap=)"), QStringLiteral("smartcard-removed"),
                       QStringLiteral("video(vga)"), QStringLiteral("video(virtio)"), QStringLiteral("redirdev-removed(1)")};
}

void tst_DisplayConversion::toVnc()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QStringList, changes);
    const QString in = readData(input);
    QVERIFY(!in.isEmpty());
    const QString out = expected.isEmpty() ? in : readData(expected);
    QVERIFY(!out.isEmpty());

    QDomDocument doc;
    QVERIFY(DomainXml::load(in, &doc).isEmpty());
    const QVector<DisplayChange> made = DisplayConversion::toVnc(doc);
    QCOMPARE(describe(made), changes);
    QCOMPARE(DomainXml::save(doc), canonical(out));

    // Once switched there is nothing left to switch.
    QVERIFY(DisplayConversion::toVnc(doc).isEmpty());
}

void tst_DisplayConversion::planMatchesEdit()
{
    const QString in = readData(QStringLiteral("q35-virt-manager.xml"));
    const Result<QVector<DisplayChange>> planned = DisplayConversion::plan(in);
    QVERIFY(planned.ok());
    QDomDocument doc;
    QVERIFY(DomainXml::load(in, &doc).isEmpty());
    QCOMPARE(planned.value(), DisplayConversion::toVnc(doc));
}

void tst_DisplayConversion::unreadableXml()
{
    QVERIFY(!DisplayConversion::plan(QStringLiteral("<domain><devices>")).ok());
    QVERIFY(!DisplayConversion::plan(QStringLiteral("<network/>")).ok());
}

QTEST_GUILESS_MAIN(tst_DisplayConversion)
#include "tst_displayconversion.moc"
