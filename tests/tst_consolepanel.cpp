#include "consolepanel.h"
#include "vncclient.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

#include "testvncserver.h"

using namespace TestVncServer;

// The console panel's own parts on an in-process LibVNCServer (no libvirt):
// the slow-link note and its offer of a lighter encoding.
class tst_ConsolePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void slowLinkOffersTight();

private:
    rfbScreenInfoPtr m_screen = nullptr;
    QByteArray m_fb;
};

void tst_ConsolePanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("qvirt-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consolepanel"));
    QSettings().clear();
}

void tst_ConsolePanel::cleanup()
{
    if (m_screen) {
        const bool gone = shutDown(m_screen);
        m_screen = nullptr;
        QVERIFY(gone);
    }
}

void tst_ConsolePanel::slowLinkOffersTight()
{
    m_screen = start(640, 480, &m_fb);
    QVERIFY(m_screen);
    ThrottledRelay relay(m_screen->port, 1.5 * 1024 * 1024);
    const QString uuid = QStringLiteral("5a0e0000-0000-4000-8000-000000000001");
    ConsolePanel panel(nullptr, uuid);
    panel.resize(800, 600);
    panel.show();
    auto *banner = panel.findChild<QWidget *>(QStringLiteral("consoleSlowLink"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    panel.client()->connectToHost(QStringLiteral("127.0.0.1"), relay.port(), {});
    QTRY_COMPARE_WITH_TIMEOUT(panel.client()->state(), VncClient::State::Connected, 10000);
    for (int i = 1; i <= 6 && !banner->isVisible(); ++i) {
        const quint64 before = panel.client()->updateCount();
        memset(m_fb.data(), i * 30, size_t(m_fb.size()));
        rfbMarkRectAsModified(m_screen, 0, 0, 640, 480);
        QTRY_VERIFY_WITH_TIMEOUT(panel.client()->updateCount() > before, 20000);
    }
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->accessibleName().contains(QLatin1String("MB/s")));
    auto *useTight = panel.findChild<QPushButton *>(QStringLiteral("consoleUseTight"));
    QVERIFY(useTight);
    useTight->click();
    QVERIFY(!banner->isVisible());
    auto *encoding = panel.findChild<QComboBox *>(QStringLiteral("consoleEncoding"));
    QCOMPARE(VncSettings::Encoding(encoding->currentData().toInt()), VncSettings::Encoding::Tight);
    // Remembered for this VM, as a choice in the menu is.
    QCOMPARE(QSettings().value(QStringLiteral("console/%1/encoding").arg(uuid)).toInt(), int(VncSettings::Encoding::Tight));
    panel.client()->disconnectFromServer();
}

QTEST_MAIN(tst_ConsolePanel)
#include "tst_consolepanel.moc"
