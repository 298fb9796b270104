#include "connection.h"
#include "customizedialog.h"
#include "hardwareeditor.h"
#include "language.h"
#include "messagebox.h"
#include "newvmwizard.h"
#include "testutil.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTextBrowser>
#include <QtTest>
#include <QRegularExpression>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

using namespace TestUtil;

// The New VM wizard on libvirt's test driver: every page for every install
// method, the OS's presets (and overriding them), the summary, creation, and
// the customize-before-install path through the hardware editor in draft mode.
class tst_NewVmWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void walkEveryMethod_data();
    void walkEveryMethod();
    void osPresetsAndOverride();
    void nameValidation();
    void customizeBeforeInstall();
    void networkTreeWithoutKernelSaysWhy();

private:
    NewVmWizard *openWizard();
    template<typename T>
    T *child(const char *name) { return m_wizard->findChild<T *>(QLatin1String(name)); }
    void next(int expectedPage);
    bool chooseOs(const QString &search, const QString &idPart);

    Connection *m_conn = nullptr;
    NewVmWizard *m_wizard = nullptr;
    QStringList m_boxes;
};

void tst_NewVmWizard::initTestCase()
{
    if (qEnvironmentVariableIsSet("QVIRT_SCREENSHOT_LANG"))
        Language::apply(qEnvironmentVariable("QVIRT_SCREENSHOT_LANG"));
    virSetErrorFunc(nullptr, [](void *, virErrorPtr) {});
    MessageBox::setTestHook([this](QMessageBox::Icon, const QString &, const QString &text) {
        m_boxes << text;
        return QMessageBox::Ok;
    });
}

void tst_NewVmWizard::init()
{
    m_boxes.clear();
    // Each test its own test-driver host: what one creates, the next does not see.
    m_conn = new Connection(QStringLiteral("test:///default"));
    QVERIFY(openAndLoad(m_conn));
}

void tst_NewVmWizard::cleanup()
{
    delete m_wizard;
    m_wizard = nullptr;
    delete m_conn;
    m_conn = nullptr;
}

NewVmWizard *tst_NewVmWizard::openWizard()
{
    m_wizard = new NewVmWizard(m_conn);
    m_wizard->show();
    if (!QTest::qWaitFor([this] { return m_wizard->host().loaded && m_wizard->osDatabase(); }, 30000))
        qWarning("the wizard did not load the host and the OS database");
    return m_wizard;
}

void tst_NewVmWizard::next(int expectedPage)
{
    // QVIRT_SCREENSHOT_DIR: each page as the user sees it, for a look at the layout
    // (run under Xvfb with QT_QPA_PLATFORM=xcb; QVIRT_SCREENSHOT_LANG picks the language).
    const QString shots = qEnvironmentVariable("QVIRT_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QTest::qWait(300);
        m_wizard->grab().save(QStringLiteral("%1/%2-%3-page%4.png").arg(shots, qEnvironmentVariable("QVIRT_SCREENSHOT_LANG", QStringLiteral("en")),
                                                                       QString::fromLatin1(QTest::currentDataTag())).arg(m_wizard->currentId()));
    }
    QVERIFY2(m_wizard->button(QWizard::NextButton)->isEnabled(), qPrintable(QStringLiteral("Next is disabled on page %1").arg(m_wizard->currentId())));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), expectedPage);
    if (!shots.isEmpty() && expectedPage == NewVmWizard::Summary) {
        QTest::qWait(300);
        m_wizard->grab().save(QStringLiteral("%1/%2-%3-page%4.png").arg(shots, qEnvironmentVariable("QVIRT_SCREENSHOT_LANG", QStringLiteral("en")),
                                                                       QString::fromLatin1(QTest::currentDataTag())).arg(expectedPage));
    }
}

bool tst_NewVmWizard::chooseOs(const QString &search, const QString &idPart)
{
    child<QCheckBox>("osAutodetect")->setChecked(false);
    child<QLineEdit>("osSearch")->setText(search);
    auto *list = child<QListWidget>("osList");
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString().contains(idPart)) {
            list->setCurrentRow(i);
            return m_wizard->os() && m_wizard->os()->id.contains(idPart);
        }
    }
    return false;
}

void tst_NewVmWizard::walkEveryMethod_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("creates");
    QTest::newRow("iso") << "methodLocal" << "/var/lib/libvirt/images/install.iso" << true;
    QTest::newRow("tree") << "methodTree" << "http://deb.example.org/debian/" << false;
    QTest::newRow("import") << "methodImport" << "/var/lib/libvirt/images/disk.qcow2" << true;
    QTest::newRow("pxe") << "methodPxe" << "" << true;
    QTest::newRow("empty") << "methodEmpty" << "" << true;
}

void tst_NewVmWizard::walkEveryMethod()
{
    QFETCH(QString, method);
    QFETCH(QString, source);
    QFETCH(bool, creates);
    openWizard();
    QCOMPARE(m_wizard->currentId(), int(NewVmWizard::Method));
    QVERIFY(!child<QLabel>("methodHost")->text().isEmpty());
    child<QRadioButton>(method.toLatin1().constData())->setChecked(true);
    next(NewVmWizard::Source);

    if (method == QLatin1String("methodTree")) {
        QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
        child<QLineEdit>("sourceUrl")->setText(source);
        child<QLineEdit>("sourceKernelArgs")->setText(QStringLiteral("console=ttyS0"));
    } else if (!source.isEmpty()) {
        QVERIFY2(!m_wizard->button(QWizard::NextButton)->isEnabled(), "a source is needed");
        child<QComboBox>("sourcePath")->setEditText(source);
    }
    QVERIFY(chooseOs(QStringLiteral("debian"), QStringLiteral("debian")));
    next(NewVmWizard::Resources);
    QVERIFY(child<QSpinBox>("memory")->value() > 0);
    QVERIFY(child<QSpinBox>("vcpus")->value() >= 1);
    child<QSpinBox>("memory")->setValue(512);
    next(NewVmWizard::Storage);
    auto *pool = child<QComboBox>("storagePool");
    if (method != QLatin1String("methodImport")) {
        QVERIFY(pool->count() > 0); // the test driver's default-pool
        QVERIFY(child<QRadioButton>("storageNew")->isChecked());
    } else {
        QVERIFY(child<QRadioButton>("storageExisting")->isChecked());
    }
    next(NewVmWizard::Network);
    auto *sourceCombo = child<QComboBox>("networkSource");
    QVERIFY(sourceCombo->count() >= 2); // the test driver's 'default' network, and None
    QVERIFY2(sourceCombo->currentText().contains(QLatin1String("default")), qPrintable(sourceCombo->currentText() + QString::number(sourceCombo->count())));
    child<QLineEdit>("vncPassword")->setText(QStringLiteral("pw"));
    next(NewVmWizard::Summary);
    const QString name = child<QLineEdit>("vmName")->text();
    QVERIFY(!name.isEmpty());
    QVERIFY(child<QTextBrowser>("summary")->toPlainText().contains(QLatin1String("512")));

    const QString xml = m_wizard->definition();
    QVERIFY(xml.contains(QLatin1String("<name>") + name));
    QVERIFY(xml.contains(QLatin1String("passwd=\"pw\"")));
    QVERIFY2(xml.contains(QLatin1String("<memory unit=\"KiB\">524288</memory>")), qPrintable(xml));
    if (method == QLatin1String("methodLocal"))
        QVERIFY(xml.contains(source));
    if (method == QLatin1String("methodPxe"))
        QVERIFY(xml.contains(QLatin1String("<boot dev=\"network\"/>")));
    if (method == QLatin1String("methodImport"))
        QVERIFY(xml.contains(source));
    if (!creates)
        return;
    QSignalSpy created(m_wizard, &NewVmWizard::created);
    m_wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
    QVERIFY2(m_boxes.isEmpty(), qPrintable(m_boxes.join(QLatin1Char('\n'))));
    QTRY_VERIFY(!m_wizard->isVisible());
    const QString uuid = created.first().first().toString();
    QVERIFY(!uuid.isEmpty());
    const Result<QString> defined = await(m_conn->domainXml(uuid, true));
    QVERIFY(defined);
    QVERIFY(defined.value().contains(name));
}

void tst_NewVmWizard::osPresetsAndOverride()
{
    openWizard();
    child<QRadioButton>("methodLocal")->setChecked(true);
    next(NewVmWizard::Source);
    child<QComboBox>("sourcePath")->setEditText(QStringLiteral("/iso/win.iso"));
    QVERIFY(chooseOs(QStringLiteral("win11"), QStringLiteral("win/11")));
    const OsEntry os = *m_wizard->os();
    QVERIFY(os.devices.tpm2);
    next(NewVmWizard::Resources);
    // The test driver has no OVMF or swtpm: UEFI and the TPM are offered but not on, and the hints say why.
    QVERIFY(!child<QComboBox>("firmware")->isEnabled());
    QVERIFY(!child<QCheckBox>("tpm")->isChecked());
    QVERIFY(!child<QSpinBox>("memory")->text().isEmpty());
    QVERIFY(child<QComboBox>("chipset")->currentData().toBool()); // Q35
    next(NewVmWizard::Storage);
    // Windows has no VirtIO drivers of its own: SATA, which the user can override.
    auto *bus = child<QComboBox>("storageBus");
    QCOMPARE(bus->currentData().toString(), QStringLiteral("sata"));
    bus->setCurrentIndex(bus->findData(QStringLiteral("virtio")));
    next(NewVmWizard::Network);
    QCOMPARE(child<QComboBox>("nicModel")->currentData().toString(), QStringLiteral("e1000e"));
    next(NewVmWizard::Summary);
    const QString xml = m_wizard->definition();
    QVERIFY(xml.contains(QLatin1String("bus=\"virtio\"")));
    QVERIFY(xml.contains(QLatin1String("<model type=\"e1000e\"/>")));
    QVERIFY(xml.contains(QLatin1String("offset=\"localtime\""))); // Windows keeps local time in its RTC
    QVERIFY(xml.contains(os.id));
}

void tst_NewVmWizard::nameValidation()
{
    openWizard();
    child<QRadioButton>("methodEmpty")->setChecked(true);
    for (int page : {NewVmWizard::Source, NewVmWizard::Resources, NewVmWizard::Storage, NewVmWizard::Network, NewVmWizard::Summary})
        next(page);
    auto *name = child<QLineEdit>("vmName");
    name->setText(QStringLiteral("test")); // the test driver's own VM
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!child<QLabel>("vmNameHint")->text().isEmpty());
    name->setText(QStringLiteral("a/b"));
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    name->setText(QString());
    QVERIFY(!m_wizard->button(QWizard::FinishButton)->isEnabled());
    name->setText(QStringLiteral("fresh-vm"));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(child<QLabel>("vmNameHint")->text().isEmpty());
    QVERIFY(!child<QCheckBox>("startAfter")->isChecked()); // an empty VM has nothing to run yet
}

void tst_NewVmWizard::customizeBeforeInstall()
{
    openWizard();
    child<QRadioButton>("methodEmpty")->setChecked(true);
    for (int page : {NewVmWizard::Source, NewVmWizard::Resources, NewVmWizard::Storage})
        next(page);
    child<QRadioButton>("storageNone")->setChecked(true);
    next(NewVmWizard::Network);
    next(NewVmWizard::Summary);
    child<QLineEdit>("vmName")->setText(QStringLiteral("customized"));
    child<QCheckBox>("customize")->setChecked(true);
    QSignalSpy created(m_wizard, &NewVmWizard::created);
    m_wizard->button(QWizard::FinishButton)->click();
    CustomizeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_wizard->findChild<CustomizeDialog *>()) && dialog->isVisible());
    QCOMPARE(created.count(), 0); // nothing is made before Begin Installation
    HardwareEditor *editor = dialog->editor();
    QVERIFY(editor->draftXml().contains(QLatin1String("<name>customized</name>")));
    // An edit in the draft reaches the definition that is created.
    QString edited = editor->draftXml();
    edited.replace(QLatin1String("<vcpu placement=\"static\">"), QLatin1String("<vcpu placement=\"static\">3</vcpu><!--"));
    edited.replace(QRegularExpression(QStringLiteral("<!--\\d+</vcpu>")), QString());
    editor->setDraft(edited);
    dialog->findChild<QPushButton *>(QStringLiteral("beginInstallation"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
    const Result<QString> defined = await(m_conn->domainXml(created.first().first().toString(), true));
    QVERIFY(defined);
    QVERIFY2(defined.value().contains(QLatin1String(">3</vcpu>")), qPrintable(defined.value()));
}

void tst_NewVmWizard::networkTreeWithoutKernelSaysWhy()
{
    openWizard();
    child<QRadioButton>("methodTree")->setChecked(true);
    next(NewVmWizard::Source);
    child<QLineEdit>("sourceUrl")->setText(QStringLiteral("file:///nonexistent-tree/"));
    QVERIFY(chooseOs(QStringLiteral("debian"), QStringLiteral("debian")));
    for (int page : {NewVmWizard::Resources, NewVmWizard::Storage, NewVmWizard::Network, NewVmWizard::Summary})
        next(page);
    QSignalSpy created(m_wizard, &NewVmWizard::created);
    m_wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE(m_boxes.size(), 1);
    QVERIFY(m_boxes.first().contains(QLatin1String("kernel")));
    QCOMPARE(created.count(), 0);
    QVERIFY2(m_wizard->isVisible(), "the choices stay for another try");
}

QTEST_MAIN(tst_NewVmWizard)
#include "tst_newvmwizard.moc"
