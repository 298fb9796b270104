#include "interfacesize.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// The start-up decision for the "Interface size" preference: the value of
// QT_SCALE_FACTOR from the saved size and the environment QVirt started in.
class tst_InterfaceSize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void scaleFactor_data();
    void scaleFactor();
    void savedSizeIsOneOffered();
    void startupSetsTheFactor();
    void startupLeavesTheUsersFactor();
};

void tst_InterfaceSize::init()
{
    QSettings().clear();
    qunsetenv("QT_SCALE_FACTOR");
    qunsetenv("QT_SCREEN_SCALE_FACTORS");
}

void tst_InterfaceSize::cleanup()
{
    init();
}

void tst_InterfaceSize::scaleFactor_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<QByteArray>("scaleFactor");
    QTest::addColumn<QByteArray>("screenScaleFactors");
    QTest::addColumn<QByteArray>("expected"); // empty: leave QT_SCALE_FACTOR alone

    QTest::newRow("100 %") << 100 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("125 %") << 125 << QByteArray() << QByteArray() << QByteArray("1.25");
    QTest::newRow("150 %") << 150 << QByteArray() << QByteArray() << QByteArray("1.5");
    QTest::newRow("175 %") << 175 << QByteArray() << QByteArray() << QByteArray("1.75");
    QTest::newRow("200 %") << 200 << QByteArray() << QByteArray() << QByteArray("2");
    QTest::newRow("not offered") << 333 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("user's QT_SCALE_FACTOR") << 150 << QByteArray("1.2") << QByteArray() << QByteArray();
    QTest::newRow("user's QT_SCREEN_SCALE_FACTORS") << 150 << QByteArray() << QByteArray("DP-1=2;HDMI-1=1") << QByteArray();
    QTest::newRow("empty variables count as unset") << 175 << QByteArray(" ") << QByteArray("") << QByteArray("1.75");
}

void tst_InterfaceSize::scaleFactor()
{
    QFETCH(int, percent);
    QFETCH(QByteArray, scaleFactor);
    QFETCH(QByteArray, screenScaleFactors);
    QFETCH(QByteArray, expected);
    const InterfaceSize::Environment environment{scaleFactor, screenScaleFactors};
    QCOMPARE(InterfaceSize::scaleFactorFor(percent, environment), expected);
    QCOMPARE(environment.overridingVariable() != nullptr, !scaleFactor.trimmed().isEmpty() || !screenScaleFactors.trimmed().isEmpty());
}

void tst_InterfaceSize::savedSizeIsOneOffered()
{
    QCOMPARE(InterfaceSize::saved(), 100);
    InterfaceSize::save(175);
    QCOMPARE(InterfaceSize::saved(), 175);
    QCOMPARE(QSettings().value(QStringLiteral("ui/interfaceSize")).toInt(), 175);
    InterfaceSize::save(100); // the default is not stored
    QVERIFY(!QSettings().contains(QStringLiteral("ui/interfaceSize")));
    QSettings().setValue(QStringLiteral("ui/interfaceSize"), 90); // written by hand
    QCOMPARE(InterfaceSize::saved(), 100);
    QSettings().setValue(QStringLiteral("ui/interfaceSize"), QStringLiteral("big"));
    QCOMPARE(InterfaceSize::saved(), 100);
}

void tst_InterfaceSize::startupSetsTheFactor()
{
    InterfaceSize::save(150);
    InterfaceSize::applyAtStartup();
    QCOMPARE(qgetenv("QT_SCALE_FACTOR"), QByteArray("1.5"));
    QCOMPARE(InterfaceSize::applied(), 150);
    // What it found, not what it set: the preference stays the user's to change.
    QCOMPARE(InterfaceSize::startupEnvironment().overridingVariable(), nullptr);

    qunsetenv("QT_SCALE_FACTOR");
    InterfaceSize::save(100);
    InterfaceSize::applyAtStartup();
    QVERIFY(!qEnvironmentVariableIsSet("QT_SCALE_FACTOR"));
    QCOMPARE(InterfaceSize::applied(), 100);
}

void tst_InterfaceSize::startupLeavesTheUsersFactor()
{
    InterfaceSize::save(200);
    qputenv("QT_SCALE_FACTOR", "1.1");
    InterfaceSize::applyAtStartup();
    QCOMPARE(qgetenv("QT_SCALE_FACTOR"), QByteArray("1.1"));
    QCOMPARE(InterfaceSize::applied(), 100);
    QCOMPARE(QByteArray(InterfaceSize::startupEnvironment().overridingVariable()), QByteArray("QT_SCALE_FACTOR"));
    QCOMPARE(InterfaceSize::startupEnvironment().overridingValue(), QByteArray("1.1"));

    qunsetenv("QT_SCALE_FACTOR");
    qputenv("QT_SCREEN_SCALE_FACTORS", "2");
    InterfaceSize::applyAtStartup();
    QVERIFY(!qEnvironmentVariableIsSet("QT_SCALE_FACTOR"));
    QCOMPARE(QByteArray(InterfaceSize::startupEnvironment().overridingVariable()), QByteArray("QT_SCREEN_SCALE_FACTORS"));
}

QTEST_GUILESS_MAIN(tst_InterfaceSize)
#include "tst_interfacesize.moc"
