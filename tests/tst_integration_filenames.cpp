#include "connection.h"
#include "deletedialog.h"
#include "domainlistmodel.h"
#include "filename.h"
#include "imageheader.h"
#include "integrationhost.h"
#include "snapshottreemodel.h"
#include "testutil.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include <libvirt/virterror.h>

#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace TestUtil;
namespace IH = IntegrationHost;

// A guest whose disk chain holds backing images named with bytes that are not
// UTF-8: top.qcow2 -> mid-\xfe.qcow2 -> base-\xff.qcow2. QEMU cannot open such
// a file (libvirt fails to start the guest), so QVirt lists the chain with the
// names escaped, says why the guest cannot start, merges the layer with
// qemu-img while it is off, and deletes exactly the files with those bytes.
class tst_IntegrationFileNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void chainShownEscaped();
    void startSaysWhichFile();
    void commitMiddleLayer();
    void deleteWithStorage();

private:
    QByteArray path(const char *name) const { return m_dir + '/' + name; }
    bool exists(const char *name) const;
    int tool(const QList<QByteArray> &argv, QByteArray *out = nullptr);
    QVector<DiskImage> chain();

    Connection *m_conn = nullptr;
    QByteArray m_dir;
    QString m_name, m_uuid;
};

bool tst_IntegrationFileNames::exists(const char *name) const
{
    struct stat st {};
    return ::lstat(path(name).constData(), &st) == 0;
}

// qemu-img / qemu-io with their arguments as exact bytes (QProcess would re-encode them).
int tst_IntegrationFileNames::tool(const QList<QByteArray> &argv, QByteArray *out)
{
    int pipeFd[2];
    if (::pipe(pipeFd) != 0)
        return -1;
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(pipeFd[1], 1);
        ::dup2(pipeFd[1], 2);
        ::close(pipeFd[0]);
        std::vector<char *> args;
        for (const QByteArray &a : argv)
            args.push_back(const_cast<char *>(a.constData()));
        args.push_back(nullptr);
        ::execvp(args.front(), args.data());
        ::_exit(127);
    }
    ::close(pipeFd[1]);
    QByteArray text;
    char buf[4096];
    ssize_t n;
    while ((n = ::read(pipeFd[0], buf, sizeof buf)) > 0)
        text.append(buf, n);
    ::close(pipeFd[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (out)
        *out = text;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        qWarning("%s: %s", argv.join(' ').toHex(' ').constData(), text.constData());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

QVector<DiskImage> tst_IntegrationFileNames::chain()
{
    const Result<SnapshotState> s = await(m_conn->snapshots(m_uuid));
    return s && !s.value().disks.isEmpty() ? s.value().disks.first().chain : QVector<DiskImage>();
}

void tst_IntegrationFileNames::initTestCase()
{
    m_conn = new Connection(IH::uri());
    QVERIFY2(openAndLoad(m_conn, 30000), qPrintable(m_conn->lastError()));
    QVERIFY(m_conn->isLocal());
    m_dir = QFile::encodeName(IH::makeImageDir(QStringLiteral("names")));
    m_name = QStringLiteral("qvirt-names-%1").arg(QCoreApplication::applicationPid());

    QCOMPARE(tool({"qemu-img", "create", "-q", "-f", "qcow2", path("base-\xff.qcow2"), "16M"}), 0);
    QCOMPARE(tool({"qemu-io", "-f", "qcow2", "-c", "write -P 0xaa 0 64k", path("base-\xff.qcow2")}), 0);
    // Relative backing names, as qemu-img writes them when given one.
    QCOMPARE(tool({"qemu-img", "create", "-q", "-f", "qcow2", "-b", "base-\xff.qcow2", "-F", "qcow2", path("mid-\xfe.qcow2")}), 0);
    QCOMPARE(tool({"qemu-io", "-f", "qcow2", "-c", "write -P 0xbb 64k 64k", path("mid-\xfe.qcow2")}), 0);
    QCOMPARE(tool({"qemu-img", "create", "-q", "-f", "qcow2", "-b", "mid-\xfe.qcow2", "-F", "qcow2", path("top.qcow2")}), 0);
    QCOMPARE(tool({"qemu-io", "-f", "qcow2", "-c", "write -P 0xcc 128k 64k", path("top.qcow2")}), 0);
    // Files whose names are what a lossy conversion of base-\xff would give: they must survive.
    for (const char *decoy : {"base-?.qcow2", "base-\xef\xbf\xbd.qcow2", "base-\xfe.qcow2"})
        QCOMPARE(tool({"qemu-img", "create", "-q", "-f", "qcow2", path(decoy), "1M"}), 0);

    const Result<QString> uuid = await(m_conn->defineXml(IH::tcgDomainXml(m_name, QString::fromUtf8(path("top.qcow2")))));
    QVERIFY2(uuid.ok(), qPrintable(uuid ? QString() : uuid.error().message));
    m_uuid = uuid.value();
}

void tst_IntegrationFileNames::cleanupTestCase()
{
    IH::virsh({QStringLiteral("destroy"), m_name});
    IH::virsh({QStringLiteral("undefine"), m_name, QStringLiteral("--snapshots-metadata")});
    // QDir cannot name these files: remove the directory by its bytes.
    if (DIR *d = ::opendir(m_dir.constData())) {
        while (dirent *e = ::readdir(d)) {
            if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
                ::unlink(path(e->d_name).constData());
        }
        ::closedir(d);
    }
    ::rmdir(m_dir.constData());
    delete m_conn;
}

void tst_IntegrationFileNames::chainShownEscaped()
{
    const QVector<DiskImage> layers = chain();
    QCOMPARE(layers.size(), 3);
    QCOMPARE(FileName::toNative(layers.at(0).path), path("top.qcow2"));
    QCOMPARE(FileName::toNative(layers.at(1).path), path("mid-\xfe.qcow2"));
    QCOMPARE(FileName::toNative(layers.at(2).path), path("base-\xff.qcow2"));
    for (const DiskImage &img : layers) {
        QCOMPARE(img.format, QStringLiteral("qcow2"));
        QCOMPARE(img.virtualSize, qint64(16) << 20);
    }

    // The Snapshots page's tree: the names escaped, nothing replaced by U+FFFD.
    SnapshotTreeModel model(m_conn, m_uuid);
    QSignalSpy loaded(&model, &SnapshotTreeModel::loaded);
    model.refresh();
    QVERIFY(loaded.wait(30000));
    QModelIndex disk;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        if (i.data(SnapshotTreeModel::KindRole).toInt() == int(SnapshotTreeModel::NodeKind::Disk))
            disk = i;
    }
    QVERIFY(disk.isValid());
    QCOMPARE(model.rowCount(disk), 3);
    QCOMPARE(model.index(1, 0, disk).data().toString(), QStringLiteral("mid-\\xfe.qcow2"));
    QCOMPARE(model.index(2, 0, disk).data().toString(), QStringLiteral("base-\\xff.qcow2"));
    QCOMPARE(model.index(2, 0, disk).data(Qt::ToolTipRole).toString(),
             QString::fromUtf8(m_dir) + QStringLiteral("/base-\\xff.qcow2"));

    // The delete dialog's list comes from storageOf: same paths, same bytes.
    const Result<QVector<DiskStorage>> storage = await(m_conn->storageOf(m_uuid));
    QVERIFY(storage.ok());
    QCOMPARE(storage.value().size(), 1);
    QCOMPARE(storage.value().first().chain.size(), 3);
    QCOMPARE(FileName::toNative(storage.value().first().chain.at(2).path), path("base-\xff.qcow2"));
}

void tst_IntegrationFileNames::startSaysWhichFile()
{
    // QEMU takes file names in JSON, which holds only UTF-8: libvirt 9 fails
    // with an internal error. QVirt names the file, escaped.
    const VoidResult r = await(m_conn->perform(m_uuid, DomainAction::Start));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, int(VIR_ERR_INTERNAL_ERROR));
    QVERIFY2(r.error().message.contains(QStringLiteral("mid-\\xfe.qcow2")), qPrintable(r.error().message));
    QCOMPARE(IH::domstate(m_name), QStringLiteral("shut off"));
}

void tst_IntegrationFileNames::commitMiddleLayer()
{
    QSignalSpy jobs(m_conn, &Connection::blockJobChanged);
    const QVector<DiskImage> before = chain();
    QCOMPARE(before.size(), 3);
    const VoidResult r = await(m_conn->blockCommit(m_uuid, QStringLiteral("vda"), before.at(1).path, before.at(2).path, false));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    QTRY_VERIFY(!jobs.isEmpty() && jobs.last().first().value<BlockJob>().status == BlockJob::Status::Completed);

    // top now sits on base-\xff directly, named by the same relative bytes.
    const std::optional<ImageHeader> top = ImageHeaders::read(path("top.qcow2"));
    QVERIFY(top);
    QCOMPARE(top->backingFile, QByteArray("base-\xff.qcow2"));
    const QVector<DiskImage> after = chain();
    QCOMPARE(after.size(), 2);
    QCOMPARE(FileName::toNative(after.at(1).path), path("base-\xff.qcow2"));
    QVERIFY(exists("mid-\xfe.qcow2")); // not asked to delete it

    QCOMPARE(tool({"qemu-img", "check", "-q", path("base-\xff.qcow2")}), 0);
    QCOMPARE(tool({"qemu-img", "check", "-q", path("top.qcow2")}), 0);
    // Every layer's data is still seen through the new chain, mid's now in base.
    QCOMPARE(tool({"qemu-io", "-f", "qcow2", "-c", "read -P 0xaa 0 64k", "-c", "read -P 0xbb 64k 64k", "-c",
                   "read -P 0xcc 128k 64k", path("top.qcow2")}), 0);
    QCOMPARE(tool({"qemu-io", "-f", "qcow2", "-c", "read -P 0xbb 64k 64k", path("base-\xff.qcow2")}), 0);
}

void tst_IntegrationFileNames::deleteWithStorage()
{
    // The delete dialog lists the chain with the name escaped and hands back the bytes.
    const DomainInfo *info = m_conn->domainModel()->find(m_uuid);
    QVERIFY(info);
    DeleteDialog dialog({{m_conn, *info}});
    dialog.show();
    auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("deleteStorageCheck"));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("storageTree"));
    QVERIFY(check && tree);
    QTRY_VERIFY(check->isEnabled());
    check->setChecked(true);
    auto shown = [tree] {
        QStringList texts;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            texts << (*it)->text(0);
        return texts;
    };
    const QString base = QString::fromUtf8(m_dir) + QStringLiteral("/base-\\xff.qcow2");
    QTRY_VERIFY2(shown().contains(DeleteDialog::tr("%1 (backing file)").arg(base)), qPrintable(shown().join(QLatin1Char('\n'))));
    const QStringList paths = dialog.chosenPaths().value(m_uuid);
    QCOMPARE(paths.size(), 2);
    QCOMPARE(FileName::toNative(paths.at(1)), path("base-\xff.qcow2"));
    dialog.close();

    const Result<QVector<StorageDeletion>> r = await(m_conn->deleteDomain(m_uuid, paths));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    for (const StorageDeletion &d : r.value())
        QVERIFY2(d.deleted, qPrintable(FileName::display(d.path) + QStringLiteral(": ") + d.error));
    QVERIFY(!exists("top.qcow2"));
    QVERIFY(!exists("base-\xff.qcow2"));
    // Exactly those: the merged-out layer and the look-alikes are still there.
    QVERIFY(exists("mid-\xfe.qcow2"));
    QVERIFY(exists("base-?.qcow2"));
    QVERIFY(exists("base-\xef\xbf\xbd.qcow2"));
    QVERIFY(exists("base-\xfe.qcow2"));
    QTRY_COMPARE(IH::domstate(m_name).startsWith(QLatin1String("error:")), true);
}

QTEST_MAIN(tst_IntegrationFileNames)
#include "tst_integration_filenames.moc"
