#include "connection.h"
#include "hoststoragepage.h"
#include "messagebox.h"
#include "newpooldialog.h"
#include "newvolumedialog.h"
#include "resizevolumedialog.h"
#include "storagepoolmodel.h"
#include "storagevolumemodel.h"
#include "testutil.h"
#include "transferpanel.h"
#include "volumetransfer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace TestUtil;

// The host window's Storage page on libvirt's test driver (its pool "default-pool").
class tst_StoragePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsPools();
    void createVolumeThroughDialog();
    void filter();
    void resizeFlows();
    void deleteFlow();
    void newPoolDialogFollowsType();
    void failedUploadLeavesNothing();

private:
    struct Box
    {
        QMessageBox::Icon icon;
        QString title;
        QString text;
    };
    void createVolume(const QString &name, const QString &format);
    QString pathOf(const QString &name) const;

    Connection *m_conn = nullptr;
    HostStoragePage *m_page = nullptr;
    QVector<Box> m_boxes;
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;
};

void tst_StoragePage::init()
{
    m_boxes.clear();
    m_answer = QMessageBox::Yes;
    MessageBox::setTestHook([this](QMessageBox::Icon icon, const QString &title, const QString &text) {
        m_boxes.append({icon, title, text});
        return m_answer;
    });
    m_conn = new Connection(QStringLiteral("test:///default"));
    QVERIFY(openAndLoad(m_conn));
    m_page = new HostStoragePage(m_conn);
    m_page->resize(900, 640);
    m_page->show();
    QTRY_COMPARE(m_page->currentPool(), QStringLiteral("default-pool"));
    QTRY_VERIFY(m_page->volumeModel()->isLoaded());
}

void tst_StoragePage::cleanup()
{
    delete m_page;
    delete m_conn;
    MessageBox::setTestHook({});
}

QString tst_StoragePage::pathOf(const QString &name) const
{
    for (const StorageVolumeInfo &v : m_page->volumeModel()->volumes()) {
        if (v.name == name)
            return v.path;
    }
    return {};
}

void tst_StoragePage::createVolume(const QString &name, const QString &format)
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("newVolumeButton"));
    QTRY_VERIFY(button->isEnabled());
    button->click();
    NewVolumeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<NewVolumeDialog *>()) && dialog->isVisible());
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createVolumeButton"));
    QVERIFY(!create->isEnabled()); // no name yet
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("volumeName")), name);
    auto *formats = dialog->findChild<QComboBox *>(QStringLiteral("volumeFormat"));
    formats->setCurrentIndex(formats->findData(format));
    dialog->findChild<QDoubleSpinBox *>(QStringLiteral("volumeCapacity"))->setValue(1);
    QVERIFY(create->isEnabled());
    if (!qEnvironmentVariableIsEmpty("QVIRT_SCREENSHOT"))
        dialog->grab().save(qEnvironmentVariable("QVIRT_SCREENSHOT") + QStringLiteral(".volume.png"));
    create->click();
    const QString full = name + QLatin1Char('.') + format;
    QTRY_VERIFY(!pathOf(full).isEmpty());
}

void tst_StoragePage::listsPools()
{
    StoragePoolModel *pools = m_page->poolModel();
    const StoragePoolInfo *p = pools->pool(QStringLiteral("default-pool"));
    QVERIFY(p);
    QVERIFY(p->active);
    QCOMPARE(p->type, QStringLiteral("dir"));
    QVERIFY(m_page->poolView()->model()->rowCount() >= 1);
    auto *bar = m_page->findChild<QProgressBar *>(QStringLiteral("poolCapacityBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("startPoolButton"))->isEnabled());
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("stopPoolButton"))->isEnabled());
    QVERIFY(m_page->volumeView()->uniformRowHeights());
}

void tst_StoragePage::createVolumeThroughDialog()
{
    createVolume(QStringLiteral("gui-a"), QStringLiteral("qcow2"));
    const StorageVolumeInfo *v = m_page->volumeModel()->volume(pathOf(QStringLiteral("gui-a.qcow2")));
    QVERIFY(v);
    QCOMPARE(v->format, QStringLiteral("qcow2"));
    QCOMPARE(v->capacity, qint64(1) << 30);
    // The new volume is selected once it is listed.
    QTRY_COMPARE(m_page->volumeView()->currentIndex().data(StorageVolumeModel::PathRole).toString(), v->path);
    // A second with the same name: the dialog refuses it before libvirt does.
    m_page->findChild<QPushButton *>(QStringLiteral("newVolumeButton"))->click();
    NewVolumeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<NewVolumeDialog *>()) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("volumeName")), QStringLiteral("gui-a"));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("createVolumeButton"))->isEnabled());
    dialog->reject();
    QVERIFY(m_boxes.isEmpty());
}

void tst_StoragePage::filter()
{
    createVolume(QStringLiteral("gui-f1"), QStringLiteral("qcow2"));
    createVolume(QStringLiteral("gui-f2"), QStringLiteral("raw"));
    if (!qEnvironmentVariableIsEmpty("QVIRT_SCREENSHOT"))
        m_page->grab().save(qEnvironmentVariable("QVIRT_SCREENSHOT"));
    QSortFilterProxyModel *proxy = m_page->volumeProxy();
    const int all = proxy->rowCount();
    QVERIFY(all >= 2);
    auto *filter = m_page->findChild<QLineEdit *>(QStringLiteral("volumeFilter"));
    QTest::keyClicks(filter, QStringLiteral("GUI-F2"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, StorageVolumeModel::NameColumn).data().toString(), QStringLiteral("gui-f2.raw"));
    filter->clear();
    QCOMPARE(proxy->rowCount(), all);
}

void tst_StoragePage::resizeFlows()
{
    createVolume(QStringLiteral("gui-r"), QStringLiteral("qcow2"));
    createVolume(QStringLiteral("gui-s"), QStringLiteral("raw"));
    auto resizeTo = [this](const QString &name, qint64 bytes) {
        m_page->selectVolume(pathOf(name));
        auto *button = m_page->findChild<QPushButton *>(QStringLiteral("resizeVolumeButton"));
        QVERIFY(button->isEnabled());
        button->click();
        ResizeVolumeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<ResizeVolumeDialog *>()) && dialog->isVisible());
        dialog->setCapacity(bytes);
        dialog->findChild<QPushButton *>(QStringLiteral("resizeButton"))->click();
    };

    // A qcow2 volume is never shrunk: refused with a reason, nothing asked of libvirt.
    resizeTo(QStringLiteral("gui-r.qcow2"), 512 << 20);
    QTRY_COMPARE(m_boxes.size(), 1);
    QCOMPARE(m_boxes.at(0).icon, QMessageBox::Critical);
    QVERIFY2(m_boxes.at(0).text.contains(QLatin1String("cannot be made smaller")), qPrintable(m_boxes.at(0).text));

    // A raw one only when the user confirms: here they do not.
    m_boxes.clear();
    m_answer = QMessageBox::No;
    resizeTo(QStringLiteral("gui-s.raw"), 512 << 20);
    QTRY_COMPARE(m_boxes.size(), 1);
    QCOMPARE(m_boxes.at(0).title, QStringLiteral("Shrink Volume"));
    QVERIFY(m_boxes.at(0).text.contains(QLatin1String("gui-s.raw")));
    QTest::qWait(50);
    QCOMPARE(m_boxes.size(), 1);
    QCOMPARE(m_page->volumeModel()->volume(pathOf(QStringLiteral("gui-s.raw")))->capacity, qint64(1) << 30);

    // Growing goes to libvirt; the test driver cannot resize, and says so in an error box naming the volume.
    m_boxes.clear();
    resizeTo(QStringLiteral("gui-r.qcow2"), qint64(2) << 30);
    QTRY_COMPARE(m_boxes.size(), 1);
    QCOMPARE(m_boxes.at(0).icon, QMessageBox::Critical);
    QVERIFY(m_boxes.at(0).text.contains(QLatin1String("gui-r.qcow2")));
}

void tst_StoragePage::deleteFlow()
{
    createVolume(QStringLiteral("gui-d"), QStringLiteral("qcow2"));
    const QString path = pathOf(QStringLiteral("gui-d.qcow2"));
    m_page->selectVolume(path);
    // Declined: the volume stays.
    m_answer = QMessageBox::No;
    m_page->findChild<QPushButton *>(QStringLiteral("deleteVolumeButton"))->click();
    QTRY_COMPARE(m_boxes.size(), 1);
    QCOMPARE(m_boxes.at(0).title, QStringLiteral("Delete Volume"));
    QVERIFY(m_boxes.at(0).text.contains(QLatin1String("gui-d.qcow2")));
    QTest::qWait(50);
    QVERIFY(m_page->volumeModel()->volume(path));
    // Confirmed: gone from the host and the list.
    m_answer = QMessageBox::Yes;
    m_page->selectVolume(path);
    m_page->findChild<QPushButton *>(QStringLiteral("deleteVolumeButton"))->click();
    QTRY_VERIFY(!m_page->volumeModel()->volume(path));
    QCOMPARE(m_boxes.size(), 2);
}

void tst_StoragePage::newPoolDialogFollowsType()
{
    m_page->findChild<QPushButton *>(QStringLiteral("newPoolButton"))->click();
    NewPoolDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<NewPoolDialog *>()) && dialog->isVisible());
    auto *type = dialog->findChild<QComboBox *>(QStringLiteral("poolType"));
    // The test driver has no pool capabilities: the fixed list.
    QTRY_VERIFY(type->findData(QStringLiteral("netfs")) >= 0);
    dialog->setType(QStringLiteral("netfs"));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("poolSourceHost"))->isVisibleTo(dialog));
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("poolSourceDir"))->isVisibleTo(dialog));
    if (!qEnvironmentVariableIsEmpty("QVIRT_SCREENSHOT"))
        dialog->grab().save(qEnvironmentVariable("QVIRT_SCREENSHOT") + QStringLiteral(".pool.png"));
    dialog->setType(QStringLiteral("dir"));
    QVERIFY(!dialog->findChild<QLineEdit *>(QStringLiteral("poolSourceHost"))->isVisibleTo(dialog));
    auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createPoolButton"));
    QVERIFY(!create->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("poolName")), QStringLiteral("gui-pool"));
    // The folder follows the name until the user edits it.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("poolTargetPath"))->text(), QStringLiteral("/var/lib/libvirt/images/gui-pool"));
    QVERIFY(create->isEnabled());
    dialog->findChild<QCheckBox *>(QStringLiteral("poolStartNow"))->setChecked(false);
    create->click();
    QTRY_VERIFY(m_page->poolModel()->pool(QStringLiteral("gui-pool")));
    QVERIFY(!m_page->poolModel()->pool(QStringLiteral("gui-pool"))->active);
    QVERIFY(m_boxes.isEmpty());

    // Deleting it: the box says what stays; "Delete Pool Only" (Yes) removes the definition.
    m_page->selectPool(QStringLiteral("gui-pool"));
    QTRY_COMPARE(m_page->currentPool(), QStringLiteral("gui-pool"));
    m_page->findChild<QPushButton *>(QStringLiteral("deletePoolButton"))->click();
    QTRY_COMPARE(m_boxes.size(), 1);
    QCOMPARE(m_boxes.at(0).title, QStringLiteral("Delete Storage Pool"));
    QVERIFY(m_boxes.at(0).text.contains(QLatin1String("/var/lib/libvirt/images/gui-pool")));
    QTRY_VERIFY(!m_page->poolModel()->pool(QStringLiteral("gui-pool")));
    QCOMPARE(m_boxes.size(), 1);
}

void tst_StoragePage::failedUploadLeavesNothing()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("up.img")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(64 * 1024, 'u'));
    f.close();
    TransferRequest request;
    request.direction = TransferRequest::Direction::Upload;
    request.localFile = f.fileName();
    request.newVolume.pool = QStringLiteral("default-pool");
    request.newVolume.name = QStringLiteral("gui-upload.raw");
    request.newVolume.format = QStringLiteral("raw");
    m_page->startTransfer(request);
    QVERIFY(m_page->transfers()->isVisible());
    QCOMPARE(m_page->transfers()->count(), 1);
    // The test driver has no volume upload: the user is told, the row goes,
    // and the volume made for it is removed again.
    QTRY_COMPARE(m_boxes.size(), 1);
    QCOMPARE(m_boxes.at(0).icon, QMessageBox::Critical);
    QVERIFY(m_boxes.at(0).text.contains(QLatin1String("up.img")));
    QTRY_VERIFY(!m_page->transfers()->isVisible());
    QTRY_VERIFY(m_page->volumeModel()->isLoaded());
    QTest::qWait(100);
    QVERIFY(pathOf(QStringLiteral("gui-upload.raw")).isEmpty());
}

QTEST_MAIN(tst_StoragePage)
#include "tst_storagepage.moc"
