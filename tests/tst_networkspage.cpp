// The host window's Virtual Networks and Interfaces pages on libvirt's test
// driver (test:///default has the NAT network "default" and no bridge).

#include "connection.h"
#include "hostwindow.h"
#include "interfacespage.h"
#include "messagebox.h"
#include "networkspage.h"
#include "newnetworkdialog.h"
#include "testutil.h"
#include "xmleditorpanel.h"
#include "xmltextedit.h"
#include "banner.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace TestUtil;

class TestNetworksPage : public QObject
{
    Q_OBJECT

private:
    Connection *m_conn = nullptr;
    QStringList m_asked; // the texts of the message boxes answered
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;

    QTreeWidgetItem *row(NetworksPage *page, const QString &name)
    {
        auto *list = page->findChild<QTreeWidget *>(QStringLiteral("networkList"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(NetworksPage::NameColumn) == name)
                return list->topLevelItem(i);
        }
        return nullptr;
    }
    std::unique_ptr<NetworksPage> shownPage()
    {
        auto page = std::make_unique<NetworksPage>(m_conn);
        QSignalSpy reloaded(page.get(), &NetworksPage::reloaded);
        page->resize(1000, 700);
        page->show();
        if (reloaded.isEmpty() && !reloaded.wait(10000))
            qWarning("the networks page did not load");
        return page;
    }

private slots:
    void initTestCase()
    {
        MessageBox::setTestHook([this](QMessageBox::Icon, const QString &, const QString &text) {
            m_asked << text;
            return m_answer;
        });
        m_conn = new Connection(QStringLiteral("test:///default"), this);
        QVERIFY(openAndLoad(m_conn));
    }

    void cleanupTestCase()
    {
        MessageBox::setTestHook({});
    }

    void init()
    {
        m_asked.clear();
        m_answer = QMessageBox::Yes;
    }

    void listAndDetails()
    {
        auto page = shownPage();
        QTreeWidgetItem *item = row(page.get(), QStringLiteral("default"));
        QVERIFY(item);
        QCOMPARE(item->text(NetworksPage::StateColumn), QStringLiteral("Active"));
        QCOMPARE(item->text(NetworksPage::ModeColumn), QStringLiteral("NAT"));
        QCOMPARE(item->text(NetworksPage::BridgeColumn), QStringLiteral("virbr0"));
        QCOMPARE(item->text(NetworksPage::AddressColumn), QStringLiteral("192.168.122.1/24"));
        QVERIFY(item->text(NetworksPage::DhcpColumn).contains(QLatin1String("192.168.122.2")));
        QVERIFY(page->selectNetwork(QStringLiteral("default")));
        auto *details = page->findChild<QLabel *>(QStringLiteral("networkDetails"));
        QVERIFY(details->text().contains(QLatin1String("virbr0")));
        QVERIFY(details->text().contains(QLatin1String("192.168.122.1/24")));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("stopNetworkButton"))->isEnabled());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("startNetworkButton"))->isEnabled());
    }

    void eventsUpdateTheList()
    {
        // A network defined and started through another connection (as virsh
        // would) reaches the page through libvirt's events, not a reload.
        auto page = shownPage();
        Connection other(QStringLiteral("test:///default"));
        QVERIFY(openAndLoad(&other));
        NetworkSpec spec;
        spec.mode = NetworkSpec::Mode::Isolated;
        spec.name = QStringLiteral("gui-event");
        spec.ipv4Address = QStringLiteral("10.232.0.1");
        spec.dhcp = false;
        QVERIFY(await(other.createNetwork(networkXml(spec), false, false)));
        QTRY_VERIFY(row(page.get(), QStringLiteral("gui-event")));
        QCOMPARE(row(page.get(), QStringLiteral("gui-event"))->text(NetworksPage::StateColumn), QStringLiteral("Inactive"));
        QVERIFY(await(other.startNetwork(QStringLiteral("gui-event"))));
        QTRY_COMPARE(row(page.get(), QStringLiteral("gui-event"))->text(NetworksPage::StateColumn), QStringLiteral("Active"));
        QVERIFY(await(other.deleteNetwork(QStringLiteral("gui-event"))));
        QTRY_VERIFY(!row(page.get(), QStringLiteral("gui-event")));
    }

    void createThroughDialog()
    {
        auto page = shownPage();
        NewNetworkDialog *dialog = page->newNetwork();
        QVERIFY(dialog->isVisible());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("networkName"));
        auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("networkMode"));
        auto *network = dialog->findChild<QLineEdit *>(QStringLiteral("ipv4Network"));
        auto *check = dialog->findChild<QLabel *>(QStringLiteral("subnetCheck"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        // The dialog reads the host's networks itself: a suggested network that is free.
        QTRY_VERIFY(dialog->hostFactsKnown());
        QVERIFY(!network->text().isEmpty());
        QVERIFY(network->text() != QLatin1String("192.168.122.0"));

        // The subnet of "default" is refused, with its name.
        network->setText(QStringLiteral("192.168.122.0"));
        QVERIFY(check->text().contains(QLatin1String("default")));
        QVERIFY(!ok->isEnabled());
        network->setText(QStringLiteral("10.230.5.0"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("dhcpStart"))->text(), QStringLiteral("10.230.5.2"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("dhcpEnd"))->text(), QStringLiteral("10.230.5.254"));
        QVERIFY(ok->isEnabled());

        // Fields follow the mode.
        auto *hostBridge = dialog->findChild<QComboBox *>(QStringLiteral("hostBridge"));
        auto *pf = dialog->findChild<QComboBox *>(QStringLiteral("pfDevice"));
        QVERIFY(!hostBridge->isVisibleTo(dialog));
        mode->setCurrentIndex(mode->findData(int(NetworkSpec::Mode::Bridge)));
        QVERIFY(hostBridge->isVisibleTo(dialog));
        QVERIFY(!network->isVisibleTo(dialog));
        QVERIFY(!ok->isEnabled()); // test:///default has no bridge to pick
        mode->setCurrentIndex(mode->findData(int(NetworkSpec::Mode::HostdevPool)));
        QVERIFY(pf->isVisibleTo(dialog));
        pf->setCurrentText(QStringLiteral("enp5s0f0"));
        QCOMPARE(dialog->spec().pfDev, QStringLiteral("enp5s0f0"));
        mode->setCurrentIndex(mode->findData(int(NetworkSpec::Mode::Isolated)));
        QVERIFY(network->isVisibleTo(dialog));

        name->setText(QStringLiteral("gui-isolated"));
        QSignalSpy created(dialog, &NewNetworkDialog::created);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(created.size(), 1);
        QVERIFY2(m_asked.isEmpty(), qPrintable(m_asked.join(u'\n')));
        QTRY_VERIFY(row(page.get(), QStringLiteral("gui-isolated")));
        QTreeWidgetItem *item = row(page.get(), QStringLiteral("gui-isolated"));
        QCOMPARE(item->text(NetworksPage::ModeColumn), QStringLiteral("Isolated"));
        QCOMPARE(item->text(NetworksPage::AddressColumn), QStringLiteral("10.230.5.1/24"));
        QCOMPARE(item->text(NetworksPage::StateColumn), QStringLiteral("Active"));
        QTRY_COMPARE(page->currentName(), QStringLiteral("gui-isolated"));
    }

    void stopStartDelete()
    {
        auto page = shownPage();
        QTRY_VERIFY(row(page.get(), QStringLiteral("gui-isolated")));
        QVERIFY(page->selectNetwork(QStringLiteral("gui-isolated")));
        auto *stop = page->findChild<QPushButton *>(QStringLiteral("stopNetworkButton"));
        auto *start = page->findChild<QPushButton *>(QStringLiteral("startNetworkButton"));
        auto *del = page->findChild<QPushButton *>(QStringLiteral("deleteNetworkButton"));

        // Stop, refused at the question: nothing happens.
        m_answer = QMessageBox::No;
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().contains(QLatin1String("gui-isolated")));
        QTest::qWait(50); // nothing queued may stop it
        QCOMPARE(row(page.get(), QStringLiteral("gui-isolated"))->text(NetworksPage::StateColumn), QStringLiteral("Active"));

        m_answer = QMessageBox::Yes;
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_COMPARE(row(page.get(), QStringLiteral("gui-isolated"))->text(NetworksPage::StateColumn), QStringLiteral("Inactive"));
        QTRY_VERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE(row(page.get(), QStringLiteral("gui-isolated"))->text(NetworksPage::StateColumn), QStringLiteral("Active"));

        // Autostart on and off.
        auto *autostart = page->findChild<QCheckBox *>(QStringLiteral("networkAutostart"));
        QTRY_VERIFY(autostart->isEnabled());
        QVERIFY(autostart->isChecked()); // the dialog's default
        QTest::mouseClick(autostart, Qt::LeftButton);
        QTRY_COMPARE(row(page.get(), QStringLiteral("gui-isolated"))->text(NetworksPage::AutostartColumn), QStringLiteral("No"));
        QTest::mouseClick(autostart, Qt::LeftButton);
        QTRY_COMPARE(row(page.get(), QStringLiteral("gui-isolated"))->text(NetworksPage::AutostartColumn), QStringLiteral("Yes"));
        QVERIFY(autostart->isChecked());
        QCOMPARE(m_asked.size(), 2); // the two stop questions; nothing failed

        m_asked.clear();
        QTest::mouseClick(del, Qt::LeftButton);
        QTRY_VERIFY(!row(page.get(), QStringLiteral("gui-isolated")));
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().contains(QLatin1String("Delete the network gui-isolated")));
    }

    void deleteNamesTheVms()
    {
        // Refused at the question: the network stays.
        auto page = shownPage();
        QVERIFY(page->selectNetwork(QStringLiteral("default")));
        m_answer = QMessageBox::No;
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("deleteNetworkButton")), Qt::LeftButton);
        QTRY_COMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().contains(QLatin1String("default")));
        QTest::qWait(50);
        QVERIFY(row(page.get(), QStringLiteral("default")));
    }

    void xmlTab()
    {
        // Inactive: the test driver shows the live definition of a running network only.
        NetworkSpec spec;
        spec.mode = NetworkSpec::Mode::Isolated;
        spec.name = QStringLiteral("gui-xml");
        spec.ipv4Address = QStringLiteral("10.231.0.1");
        spec.dhcpStart = QStringLiteral("10.231.0.2");
        spec.dhcpEnd = QStringLiteral("10.231.0.254");
        const Result<QString> made = await(m_conn->createNetwork(networkXml(spec), false, false));
        QVERIFY(made);
        auto page = shownPage();
        QTRY_VERIFY(page->selectNetwork(QStringLiteral("gui-xml")));
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("networkTabs"));
        tabs->setCurrentIndex(NetworksPage::XmlTab);
        XmlEditorPanel *xml = page->xmlEditor();
        QVERIFY(xml);
        QTRY_VERIFY(xml->isLoaded());
        QVERIFY(xml->text().contains(QLatin1String("<name>gui-xml</name>")));

        // A changed name is refused with a reason; the text stays.
        QString renamed = xml->text();
        renamed.replace(QLatin1String("<name>gui-xml</name>"), QLatin1String("<name>other</name>"));
        xml->editor()->setPlainText(renamed);
        QSignalSpy failed(xml, &XmlEditorPanel::saveFailed);
        xml->save();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("renamed")));
        QCOMPARE(xml->text(), renamed);
        QVERIFY(!xml->errorBanner()->isHidden());

        // Text libvirt refuses (an unknown forward mode) stays as typed.
        QString bad = xml->definition();
        bad.replace(QLatin1String("<name>gui-xml</name>"), QLatin1String("<name>gui-xml</name><forward mode='teleport'/>"));
        xml->editor()->setPlainText(bad);
        xml->save();
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(xml->text(), bad);
        QVERIFY(!await(m_conn->networkXml(QStringLiteral("gui-xml"))).value().contains(QLatin1String("teleport")));

        // A good edit is saved.
        QString good = xml->definition();
        good.replace(QLatin1String("10.231.0.254"), QLatin1String("10.231.0.200"));
        xml->editor()->setPlainText(good);
        QSignalSpy saved(xml, &XmlEditorPanel::saved);
        xml->save();
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(await(m_conn->networkXml(QStringLiteral("gui-xml"))).value().contains(QLatin1String("10.231.0.200")));
        QVERIFY(await(m_conn->deleteNetwork(QStringLiteral("gui-xml"))));
    }

    void interfacesShowBridgeSteps()
    {
        InterfacesPage page(m_conn);
        QSignalSpy reloaded(&page, &InterfacesPage::reloaded);
        page.resize(900, 700);
        page.show();
        QVERIFY(reloaded.wait(10000));
        auto *list = page.findChild<QTreeWidget *>(QStringLiteral("interfaceList"));
        QVERIFY(list->topLevelItemCount() > 0);
        QVERIFY(page.hostBridges().isEmpty());
        auto *steps = page.findChild<QLabel *>(QStringLiteral("bridgeSteps"));
        QVERIFY(steps->isVisible());
        QVERIFY(steps->text().contains(QLatin1String("nmcli connection add type bridge")));
        QVERIFY(steps->text().contains(QLatin1String("/etc/network/interfaces")));
    }

    // Shown while its connection still opens (--show-host-interfaces at start-up):
    // the list is read once the connection is open.
    void interfacesShownBeforeTheConnectionOpens()
    {
        Connection later(QStringLiteral("test:///default"));
        InterfacesPage page(&later);
        QSignalSpy reloaded(&page, &InterfacesPage::reloaded);
        page.show();
        QVERIFY(openAndLoad(&later));
        QVERIFY(reloaded.count() > 0 || reloaded.wait(10000));
        QVERIFY(page.findChild<QTreeWidget *>(QStringLiteral("interfaceList"))->topLevelItemCount() > 0);
    }

    void hostWindowTabs()
    {
        HostWindow window(m_conn);
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        auto *tabs = window.findChild<QTabWidget *>();
        window.showPage(HostWindow::NetworksPage);
        QCOMPARE(tabs->currentWidget(), window.networksPage());
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Virtual Networks"));
        window.showPage(HostWindow::InterfacesPage);
        QCOMPARE(tabs->currentWidget(), window.interfacesPage());
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Interfaces"));
        if (!qEnvironmentVariableIsEmpty("QVN_SCREENSHOTS")) {
            window.resize(1000, 700);
            window.show();
            window.showPage(HostWindow::NetworksPage);
            QTest::qWait(500);
            window.grab().save(qEnvironmentVariable("QVN_SCREENSHOTS") + QStringLiteral("/networks.png"));
            window.showPage(HostWindow::InterfacesPage);
            QTest::qWait(500);
            window.grab().save(qEnvironmentVariable("QVN_SCREENSHOTS") + QStringLiteral("/interfaces.png"));
            NewNetworkDialog *d = window.networksPage()->newNetwork();
            QTest::qWait(500);
            d->grab().save(qEnvironmentVariable("QVN_SCREENSHOTS") + QStringLiteral("/newnetwork.png"));
            d->close();
        }
    }
};

QTEST_MAIN(TestNetworksPage)
#include "tst_networkspage.moc"
