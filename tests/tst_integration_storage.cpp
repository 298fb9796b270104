#include "connection.h"
#include "integrationhost.h"
#include "storagepoolmodel.h"
#include "storagevolumemodel.h"
#include "testutil.h"
#include "volumetransfer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestUtil;
namespace IH = IntegrationHost;

namespace {

template<typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

QJsonObject imageInfo(const QString &path)
{
    const IH::Output o = IH::run(QStringLiteral("qemu-img"), {QStringLiteral("info"), QStringLiteral("-U"),
                                                              QStringLiteral("--output=json"), path});
    return QJsonDocument::fromJson(o.out.toUtf8()).object();
}

// A few MiB of a known pattern with a hole in the middle (the sparse path).
QByteArray pattern(int mib)
{
    QByteArray data(mib * 1024 * 1024, '\0');
    for (int i = 0; i < data.size(); ++i) {
        if (i / (1024 * 1024) != 1) // the second MiB stays zero
            data[i] = char((i * 7 + i / 4096) & 0xff);
    }
    return data;
}

} // namespace

// Storage pools and volumes on the real libvirtd: a dir pool of our own in
// /var/lib/libvirt/images, its volumes, transfers through streams, and images
// outside every pool.
class tst_IntegrationStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void poolLifecycle();
    void poolTypes();
    void volumes();
    void resizeAndWipe();
    void uploadDownload();
    void cancelledUpload();
    void deleteOutsidePools();
    void deletePool();

private:
    StoragePoolInfo poolInfo();
    QString volumePath(const QString &name);

    Connection *m_conn = nullptr;
    StoragePoolModel *m_model = nullptr;
    QString m_dir, m_poolDir, m_pool, m_domain;
    QTemporaryDir m_local;
};

void tst_IntegrationStorage::initTestCase()
{
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    m_dir = IH::makeImageDir(QStringLiteral("stor"));
    m_poolDir = m_dir + QStringLiteral("/pool");
    m_pool = QStringLiteral("qvirt-stor-%1").arg(QCoreApplication::applicationPid());
    m_domain = QStringLiteral("qvirt-stor-vm-%1").arg(QCoreApplication::applicationPid());
    m_model = new StoragePoolModel(m_conn, this);
    QSignalSpy loaded(m_model, &StoragePoolModel::loaded);
    m_model->reload();
    QVERIFY(loaded.wait(20000));
    QVERIFY(m_local.isValid());
}

void tst_IntegrationStorage::cleanupTestCase()
{
    IH::virsh({QStringLiteral("undefine"), m_domain});
    IH::virsh({QStringLiteral("pool-destroy"), m_pool});
    IH::virsh({QStringLiteral("pool-undefine"), m_pool});
    QDir(m_dir).removeRecursively();
    delete m_conn;
}

StoragePoolInfo tst_IntegrationStorage::poolInfo()
{
    const StoragePoolInfo *p = m_model->pool(m_pool);
    return p ? *p : StoragePoolInfo();
}

QString tst_IntegrationStorage::volumePath(const QString &name)
{
    return m_poolDir + QLatin1Char('/') + name;
}

void tst_IntegrationStorage::poolLifecycle()
{
    PoolRequest request;
    request.name = m_pool;
    request.targetPath = m_poolDir;
    QVERIFY(!QFileInfo::exists(m_poolDir));
    const Result<QString> defined = await(m_conn->defineStoragePool(poolXml(request), true, false));
    QVERIFY2(defined.ok(), why(defined));
    QCOMPARE(defined.value(), m_pool);
    QVERIFY(QFileInfo(m_poolDir).isDir()); // built

    // Pool events, not a reload of ours, bring it into the list.
    QTRY_VERIFY_WITH_TIMEOUT(poolInfo().active, 10000);
    QCOMPARE(poolInfo().type, QStringLiteral("dir"));
    QCOMPARE(poolInfo().targetPath, m_poolDir);
    QVERIFY(!poolInfo().autostart);
    QVERIFY(poolInfo().capacity > 0);

    VoidResult r = await(m_conn->stopStoragePool(m_pool));
    QVERIFY2(r.ok(), why(r));
    QTRY_VERIFY_WITH_TIMEOUT(!poolInfo().active, 10000);
    QVERIFY(!poolInfo().name.isEmpty());
    QCOMPARE(IH::virsh({QStringLiteral("pool-info"), m_pool}).out.contains(QLatin1String("inactive")), true);

    r = await(m_conn->startStoragePool(m_pool));
    QVERIFY2(r.ok(), why(r));
    QTRY_VERIFY_WITH_TIMEOUT(poolInfo().active, 10000);

    r = await(m_conn->setStoragePoolAutostart(m_pool, true));
    QVERIFY2(r.ok(), why(r));
    m_model->reload(); // libvirt has no event for autostart
    QTRY_VERIFY_WITH_TIMEOUT(poolInfo().autostart, 10000);
    QVERIFY(IH::virsh({QStringLiteral("pool-info"), m_pool}).out.contains(QRegularExpression(QStringLiteral("Autostart:\\s+yes"))));

    QSignalSpy changed(m_conn, &Connection::storagePoolChanged);
    r = await(m_conn->refreshStoragePool(m_pool));
    QVERIFY2(r.ok(), why(r));
    QTRY_VERIFY_WITH_TIMEOUT(changed.contains(QVariantList{m_pool}), 10000);
}

void tst_IntegrationStorage::poolTypes()
{
    const Result<QStringList> r = await(m_conn->storagePoolTypes());
    QVERIFY2(r.ok(), why(r));
    const QStringList &types = r.value();
    QVERIFY2(types.contains(QStringLiteral("dir")), qPrintable(types.join(QLatin1Char(','))));
    QVERIFY(types.contains(QStringLiteral("fs")));
}

void tst_IntegrationStorage::volumes()
{
    VolumeRequest q;
    q.pool = m_pool;
    q.name = QStringLiteral("base.qcow2");
    q.capacity = 16 << 20;
    Result<QString> path = await(m_conn->createStorageVolume(q));
    QVERIFY2(path.ok(), why(path));
    QCOMPARE(path.value(), volumePath(q.name));
    QCOMPARE(imageInfo(path.value()).value(QStringLiteral("format")).toString(), QStringLiteral("qcow2"));

    VolumeRequest raw = q;
    raw.name = QStringLiteral("data.raw");
    raw.format = QStringLiteral("raw");
    path = await(m_conn->createStorageVolume(raw));
    QVERIFY2(path.ok(), why(path));
    QCOMPARE(imageInfo(path.value()).value(QStringLiteral("format")).toString(), QStringLiteral("raw"));
    QCOMPARE(imageInfo(path.value()).value(QStringLiteral("virtual-size")).toInteger(), qint64(16 << 20));

    VolumeRequest overlay = q;
    overlay.name = QStringLiteral("overlay.qcow2");
    overlay.backingPath = volumePath(q.name);
    overlay.backingFormat = QStringLiteral("qcow2");
    path = await(m_conn->createStorageVolume(overlay));
    QVERIFY2(path.ok(), why(path));
    const QJsonObject info = imageInfo(path.value());
    QCOMPARE(info.value(QStringLiteral("backing-filename")).toString(), volumePath(q.name));
    QCOMPARE(info.value(QStringLiteral("backing-filename-format")).toString(), QStringLiteral("qcow2"));

    StorageVolumeModel model(m_conn);
    QSignalSpy loaded(&model, &StorageVolumeModel::loaded);
    model.setPool(m_pool);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(model.rowCount(), 3);
    const StorageVolumeInfo *v = model.volume(volumePath(overlay.name));
    QVERIFY(v);
    QCOMPARE(v->format, QStringLiteral("qcow2"));
    QCOMPARE(v->backingPath, volumePath(q.name));
    QCOMPARE(v->capacity, qint64(16 << 20));

    // A name taken is refused by libvirt, and the existing volume kept.
    path = await(m_conn->createStorageVolume(q));
    QVERIFY(!path.ok());
    QVERIFY(QFileInfo::exists(volumePath(q.name)));

    VoidResult r = await(m_conn->deleteStorageVolume(volumePath(overlay.name)));
    QVERIFY2(r.ok(), why(r));
    QVERIFY(!QFileInfo::exists(volumePath(overlay.name)));
}

void tst_IntegrationStorage::resizeAndWipe()
{
    const QString raw = volumePath(QStringLiteral("data.raw"));
    const QString qcow = volumePath(QStringLiteral("base.qcow2"));
    VoidResult r = await(m_conn->resizeStorageVolume(qcow, 32 << 20, false));
    QVERIFY2(r.ok(), why(r));
    QCOMPARE(imageInfo(qcow).value(QStringLiteral("virtual-size")).toInteger(), qint64(32 << 20));

    // Smaller without the user's word: refused, the size as it was.
    r = await(m_conn->resizeStorageVolume(raw, 8 << 20, false));
    QVERIFY(!r.ok());
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(QFileInfo(raw).size(), qint64(16 << 20));
    // Confirmed for raw: shrunk.
    r = await(m_conn->resizeStorageVolume(raw, 8 << 20, true));
    QVERIFY2(r.ok(), why(r));
    QCOMPARE(QFileInfo(raw).size(), qint64(8 << 20));

    QFile f(raw);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.write(QByteArray(4096, 'x'));
    f.close();
    r = await(m_conn->wipeStorageVolume(raw));
    QVERIFY2(r.ok(), why(r));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.read(4096), QByteArray(4096, '\0'));
}

void tst_IntegrationStorage::uploadDownload()
{
    const QByteArray data = pattern(4);
    const QString source = m_local.filePath(QStringLiteral("source.img"));
    {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data.left(1024 * 1024));
        f.seek(2 * 1024 * 1024); // a real hole
        f.write(data.mid(2 * 1024 * 1024));
    }
    TransferRequest up;
    up.direction = TransferRequest::Direction::Upload;
    up.localFile = source;
    up.newVolume.pool = m_pool;
    up.newVolume.name = QStringLiteral("uploaded.raw");
    up.newVolume.format = QStringLiteral("raw");
    std::unique_ptr<VolumeTransfer> upload(m_conn->transferVolume(up, nullptr));
    QSignalSpy upProgress(upload.get(), &VolumeTransfer::progress);
    QSignalSpy upDone(upload.get(), &VolumeTransfer::finished);
    QVERIFY(upDone.wait(60000));
    QVERIFY2(upDone.at(0).at(0).toBool(), qPrintable(upDone.at(0).at(2).toString()));
    const QString volume = upDone.at(0).at(3).toString();
    QCOMPARE(volume, volumePath(up.newVolume.name));
    QVERIFY(upProgress.count() >= 1);
    QCOMPARE(upProgress.last().at(0).toLongLong(), qint64(data.size()));
    QCOMPARE(upProgress.last().at(1).toLongLong(), qint64(data.size()));

    // The connection answered other calls meanwhile, and does now.
    QVERIFY(await(m_conn->storagePools()).ok());

    TransferRequest down;
    down.direction = TransferRequest::Direction::Download;
    down.volumePath = volume;
    down.localFile = m_local.filePath(QStringLiteral("back.img"));
    std::unique_ptr<VolumeTransfer> download(m_conn->transferVolume(down, nullptr));
    QSignalSpy downProgress(download.get(), &VolumeTransfer::progress);
    QSignalSpy downDone(download.get(), &VolumeTransfer::finished);
    QVERIFY(downDone.wait(60000));
    QVERIFY2(downDone.at(0).at(0).toBool(), qPrintable(downDone.at(0).at(2).toString()));
    QVERIFY(downProgress.count() >= 1);
    QFile back(down.localFile);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.size(), qint64(data.size()));
    QVERIFY(back.readAll() == data);

    // Into an existing volume: the bytes replace what it held.
    TransferRequest again = up;
    again.volumePath = volume;
    std::unique_ptr<VolumeTransfer> into(m_conn->transferVolume(again, nullptr));
    QSignalSpy intoDone(into.get(), &VolumeTransfer::finished);
    QVERIFY(intoDone.wait(60000));
    QVERIFY2(intoDone.at(0).at(0).toBool(), qPrintable(intoDone.at(0).at(2).toString()));
}

void tst_IntegrationStorage::cancelledUpload()
{
    const QString source = m_local.filePath(QStringLiteral("big.img"));
    {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray chunk(1024 * 1024, 'q');
        for (int i = 0; i < 64; ++i)
            f.write(chunk);
    }
    TransferRequest up;
    up.direction = TransferRequest::Direction::Upload;
    up.localFile = source;
    up.newVolume.pool = m_pool;
    up.newVolume.name = QStringLiteral("cancelled.raw");
    up.newVolume.format = QStringLiteral("raw");
    std::unique_ptr<VolumeTransfer> upload(m_conn->transferVolume(up, nullptr));
    QSignalSpy done(upload.get(), &VolumeTransfer::finished);
    upload->cancel();
    QVERIFY(done.wait(60000));
    QCOMPARE(done.at(0).at(0).toBool(), false);
    QCOMPARE(done.at(0).at(1).toBool(), true);
    // No partial volume: not in libvirt's list, not on disk.
    QVERIFY(!QFileInfo::exists(volumePath(up.newVolume.name)));
    const Result<QVector<StorageVolumeInfo>> list = await(m_conn->storageVolumes(m_pool));
    QVERIFY2(list.ok(), why(list));
    for (const StorageVolumeInfo &v : list.value())
        QVERIFY(v.name != up.newVolume.name);
}

void tst_IntegrationStorage::deleteOutsidePools()
{
    // A VM whose image is in no pool: deleting it with its storage.
    const QString outside = m_dir + QStringLiteral("/outside");
    QVERIFY(QDir().mkpath(outside));
    const QString image = outside + QStringLiteral("/disk.qcow2");
    const QString other = outside + QStringLiteral("/keep.txt");
    QCOMPARE(IH::run(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                  QStringLiteral("qcow2"), image, QStringLiteral("16M")}).exitCode, 0);
    {
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("stays");
    }
    const Result<QString> uuid = await(m_conn->defineXml(IH::tcgDomainXml(m_domain, image)));
    QVERIFY2(uuid.ok(), why(uuid));
    const Result<QHash<QString, QStringList>> users = await(m_conn->storageImageUsers());
    QVERIFY2(users.ok(), why(users));
    QCOMPARE(users.value().value(image), QStringList{m_domain});

    // The remote host's way (no file access): the folder as a transient pool.
    const Result<QVector<StorageDeletion>> undefined = await(m_conn->deleteDomain(uuid.value(), {}));
    QVERIFY2(undefined.ok(), why(undefined));
    const Result<QVector<StorageDeletion>> deleted = await(m_conn->deleteImagesThroughFolderPools({image}));
    QVERIFY2(deleted.ok(), why(deleted));
    const QVector<StorageDeletion> &report = deleted.value();
    QCOMPARE(report.size(), 1);
    QVERIFY2(report.at(0).deleted, qPrintable(report.at(0).error));
    QVERIFY(!QFileInfo::exists(image));
    QVERIFY(QFileInfo::exists(other)); // the folder and its other files stay
    // No pool left behind.
    const Result<QVector<StoragePoolInfo>> pools = await(m_conn->storagePools());
    QVERIFY2(pools.ok(), why(pools));
    for (const StoragePoolInfo &p : pools.value())
        QVERIFY2(p.targetPath != outside, qPrintable(p.name));

    // A path that is not there: said so, nothing else touched.
    const Result<QVector<StorageDeletion>> none = await(m_conn->deleteImagesThroughFolderPools({outside + QStringLiteral("/none.qcow2")}));
    QVERIFY2(none.ok(), why(none));
    const QVector<StorageDeletion> &missing = none.value();
    QCOMPARE(missing.size(), 1);
    QVERIFY(!missing.at(0).deleted);
    QVERIFY(!missing.at(0).error.isEmpty());
}

void tst_IntegrationStorage::deletePool()
{
    // With volumes in it, the folder cannot go: refused, and the pool stays defined.
    VoidResult r = await(m_conn->deleteStoragePool(m_pool, true));
    QVERIFY(!r.ok());
    QVERIFY(QFileInfo::exists(volumePath(QStringLiteral("base.qcow2"))));
    QCOMPARE(IH::virsh({QStringLiteral("pool-info"), m_pool}).exitCode, 0);

    r = await(m_conn->startStoragePool(m_pool));
    QVERIFY2(r.ok(), why(r));
    const Result<QVector<StorageVolumeInfo>> list = await(m_conn->storageVolumes(m_pool));
    QVERIFY2(list.ok(), why(list));
    for (const StorageVolumeInfo &v : list.value()) {
        r = await(m_conn->deleteStorageVolume(v.path));
        QVERIFY2(r.ok(), why(r));
    }
    r = await(m_conn->deleteStoragePool(m_pool, true));
    QVERIFY2(r.ok(), why(r));
    QVERIFY(!QFileInfo::exists(m_poolDir));
    QVERIFY(IH::virsh({QStringLiteral("pool-info"), m_pool}).exitCode != 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->pool(m_pool), 10000);
}

QTEST_GUILESS_MAIN(tst_IntegrationStorage)
#include "tst_integration_storage.moc"
