#include "connection.h"
#include "connectionmanager.h"
#include "interfacesize.h"
#include "preferencesdialog.h"
#include "statssettingsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void statisticsApplyToEveryConnectionAndAreRemembered();
    void intervalHasAMinimum();
    void storeMakesStoredValuesValid();
    void interfaceSizeIsRememberedForTheNextStart();
    void interfaceSizeSetInTheEnvironmentWins();
};

void tst_PreferencesDialog::statisticsApplyToEveryConnectionAndAreRemembered()
{
    ConnectionManager manager;
    Connection *a = manager.add(QStringLiteral("test:///default"), false, false);
    Connection *b = manager.add(QStringLiteral("test:///default?second"), false, false);
    PreferencesDialog dialog(&manager);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *interval = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("statsInterval"));
    auto *disk = dialog.findChild<QCheckBox *>(QStringLiteral("statsDisk"));
    auto *history = dialog.findChild<QComboBox *>(QStringLiteral("statsHistory"));
    QVERIFY(interval && disk && history);
    QCOMPARE(interval->value(), 1.0); // the default

    interval->setValue(2.5);
    QTest::mouseClick(disk, Qt::LeftButton);
    history->setCurrentIndex(history->findData(600));

    const StatsSettings s = manager.statsSettings();
    QCOMPARE(s.intervalMs, 2500);
    QVERIFY(!s.has(StatsSettings::Disk));
    QVERIFY(s.has(StatsSettings::Cpu));
    QCOMPARE(s.historySeconds, 600);
    for (Connection *c : {a, b}) {
        QCOMPARE(c->statsSettings(), s);
        QCOMPARE(c->statsHistory()->settings(), s);
    }
    // Remembered, and what a new start loads.
    QCOMPARE(QSettings().value(QStringLiteral("statistics/intervalMs")).toInt(), 2500);
    QCOMPARE(StatsSettingsStore::load(), s);
    // A connection added later samples the same way.
    QCOMPARE(manager.add(QStringLiteral("test:///default?third"), false, false)->statsSettings(), s);

    // Off: the interval's lowest step.
    interval->setValue(0);
    QCOMPARE(manager.statsSettings().intervalMs, 0);
    QCOMPARE(interval->text(), QStringLiteral("Off"));
    QVERIFY(!disk->isEnabled());
    QCOMPARE(StatsSettingsStore::load().intervalMs, 0);
}

void tst_PreferencesDialog::intervalHasAMinimum()
{
    ConnectionManager manager;
    PreferencesDialog dialog(&manager);
    auto *interval = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("statsInterval"));
    interval->setValue(0.2);
    QCOMPARE(interval->value(), 0.5);
    QCOMPARE(manager.statsSettings().intervalMs, StatsSettings::kMinIntervalMs);
    // Typed in, as a user does.
    interval->selectAll();
    QTest::keyClicks(interval, QStringLiteral("0.1"));
    QTest::keyClick(interval, Qt::Key_Enter);
    QCOMPARE(manager.statsSettings().intervalMs, StatsSettings::kMinIntervalMs);
    QCOMPARE(interval->value(), 0.5);
    // One step down from the minimum switches sampling off; one up comes back.
    interval->stepDown();
    QCOMPARE(manager.statsSettings().intervalMs, 0);
    interval->stepUp();
    QCOMPARE(manager.statsSettings().intervalMs, 500);
}

void tst_PreferencesDialog::storeMakesStoredValuesValid()
{
    QSettings settings;
    settings.setValue(QStringLiteral("statistics/intervalMs"), 100);
    settings.setValue(QStringLiteral("statistics/metrics"), 0xffff);
    settings.setValue(QStringLiteral("statistics/historySeconds"), 5);
    const StatsSettings s = StatsSettingsStore::load();
    QCOMPARE(s.intervalMs, StatsSettings::kMinIntervalMs);
    QCOMPARE(s.metrics, int(StatsSettings::All));
    QCOMPARE(s.historySeconds, 600);
    settings.clear();
    QCOMPARE(StatsSettingsStore::load(), StatsSettings());
}

// "Interface size": saved for the next start, which the note says; this run's
// size is what start-up applied (100 % here).
void tst_PreferencesDialog::interfaceSizeIsRememberedForTheNextStart()
{
    PreferencesDialog dialog(nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *size = dialog.findChild<QComboBox *>(QStringLiteral("interfaceSizeCombo"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("interfaceSizeNote"));
    QVERIFY(size && note);
    QVERIFY(size->isEnabled());
    QVERIFY(!size->accessibleName().isEmpty());
    QCOMPARE(size->count(), 5);
    QCOMPARE(size->currentData().toInt(), 100);
    QCOMPARE(size->currentText(), QStringLiteral("100 %"));
    QVERIFY(!note->text().contains(QLatin1String("restart")));

    size->setCurrentIndex(size->findData(150));
    QCOMPARE(InterfaceSize::saved(), 150);
    QCOMPARE(QSettings().value(QStringLiteral("ui/interfaceSize")).toInt(), 150);
    QVERIFY2(note->text().contains(QLatin1String("after QVirt restarts")), qPrintable(note->text()));
    QCOMPARE(qgetenv("QT_SCALE_FACTOR"), QByteArray()); // nothing changes in this run

    // Back to this run's size: nothing to wait for.
    size->setCurrentIndex(size->findData(100));
    QVERIFY(!note->text().contains(QLatin1String("restart")));
    QCOMPARE(InterfaceSize::saved(), 100);

    // A new dialog shows what is saved.
    InterfaceSize::save(175);
    PreferencesDialog again(nullptr);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("interfaceSizeCombo"))->currentData().toInt(), 175);
}

void tst_PreferencesDialog::interfaceSizeSetInTheEnvironmentWins()
{
    InterfaceSize::save(125);
    qputenv("QT_SCALE_FACTOR", "1.3");
    PreferencesDialog dialog(nullptr);
    qunsetenv("QT_SCALE_FACTOR");
    auto *size = dialog.findChild<QComboBox *>(QStringLiteral("interfaceSizeCombo"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("interfaceSizeNote"));
    QVERIFY(!size->isEnabled());
    QVERIFY2(note->text().contains(QLatin1String("QT_SCALE_FACTOR is set to 1.3")), qPrintable(note->text()));
    QCOMPARE(size->currentData().toInt(), 125); // the saved choice, kept for later

    qputenv("QT_SCREEN_SCALE_FACTORS", "eDP-1=2");
    PreferencesDialog screens(nullptr);
    qunsetenv("QT_SCREEN_SCALE_FACTORS");
    QVERIFY(!screens.findChild<QComboBox *>(QStringLiteral("interfaceSizeCombo"))->isEnabled());
    QVERIFY(screens.findChild<QLabel *>(QStringLiteral("interfaceSizeNote"))->text().contains(QLatin1String("QT_SCREEN_SCALE_FACTORS")));
}

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
