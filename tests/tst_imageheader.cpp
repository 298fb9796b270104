#include "filename.h"
#include "imageheader.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

// Reads the headers of images qemu-img makes, with backing-file names that are
// not UTF-8. qemu-img gets those names as exact bytes (through a file name
// relative to its working directory would need UTF-8 too, so a tiny spawn).
class tst_ImageHeader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nonUtf8Backing();
    void chainFromHeaders();
    void rawAndMissing();
    void cleanupTestCase();

private:
    bool qemuImg(const QList<QByteArray> &args);
    QTemporaryDir m_dir;
    QByteArray m_path;
};

void tst_ImageHeader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = QFile::encodeName(m_dir.path()) + '/';
}

bool tst_ImageHeader::qemuImg(const QList<QByteArray> &args)
{
    // fork + exec: the arguments reach qemu-img byte for byte.
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::chdir(m_path.constData()) != 0)
            ::_exit(126);
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, 1);
        std::vector<char *> argv{const_cast<char *>("qemu-img")};
        for (const QByteArray &a : args)
            argv.push_back(const_cast<char *>(a.constData()));
        argv.push_back(nullptr);
        ::execvp("qemu-img", argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void tst_ImageHeader::nonUtf8Backing()
{
    QVERIFY(qemuImg({"create", "-q", "-f", "qcow2", "base-\xff.qcow2", "16M"}));
    QVERIFY(qemuImg({"create", "-q", "-f", "qcow2", "-b", "base-\xff.qcow2", "-F", "qcow2", "top.qcow2"}));

    const std::optional<ImageHeader> top = ImageHeaders::read(m_path + "top.qcow2");
    QVERIFY(top);
    QCOMPARE(top->format, QStringLiteral("qcow2"));
    QCOMPARE(top->backingFile, QByteArray("base-\xff.qcow2"));
    QCOMPARE(top->backingFormat, QStringLiteral("qcow2"));
    QCOMPARE(top->virtualSize, qint64(16) << 20);
    QVERIFY(top->actualSize > 0);
    QCOMPARE(ImageHeaders::resolveBacking(m_path + "top.qcow2", top->backingFile), m_path + "base-\xff.qcow2");

    const std::optional<ImageHeader> base = ImageHeaders::read(m_path + "base-\xff.qcow2");
    QVERIFY(base);
    QVERIFY(base->backingFile.isEmpty());
    QCOMPARE(base->virtualSize, qint64(16) << 20);
}

void tst_ImageHeader::chainFromHeaders()
{
    // base-\xff <- mid-\xfe\xfd (absolute backing name) <- over.qcow2
    QVERIFY(qemuImg({"create", "-q", "-f", "qcow2", "-b", m_path + "base-\xff.qcow2", "-F", "qcow2", "mid-\xfe\xfd.qcow2"}));
    QVERIFY(qemuImg({"create", "-q", "-f", "qcow2", "-b", "mid-\xfe\xfd.qcow2", "-F", "qcow2", "over.qcow2"}));

    const QString over = FileName::fromNative(m_path + "over.qcow2");
    const QVector<DiskImage> chain = ImageHeaders::chain(over, QStringLiteral("qcow2"));
    QCOMPARE(chain.size(), 3);
    QCOMPARE(chain.at(0).path, over);
    QCOMPARE(FileName::toNative(chain.at(1).path), m_path + "mid-\xfe\xfd.qcow2");
    QCOMPARE(FileName::toNative(chain.at(2).path), m_path + "base-\xff.qcow2");
    QCOMPARE(FileName::display(QFileInfo(chain.at(1).path).fileName()), QStringLiteral("mid-\\xfe\\xfd.qcow2"));
    QCOMPARE(FileName::display(QFileInfo(chain.at(2).path).fileName()), QStringLiteral("base-\\xff.qcow2"));
    for (const DiskImage &img : chain) {
        QCOMPARE(img.format, QStringLiteral("qcow2"));
        QCOMPARE(img.virtualSize, qint64(16) << 20);
        QVERIFY(img.actualSize > 0);
    }
}

void tst_ImageHeader::rawAndMissing()
{
    QVERIFY(qemuImg({"create", "-q", "-f", "raw", "disk-\xe9.img", "1M"}));
    const std::optional<ImageHeader> raw = ImageHeaders::read(m_path + "disk-\xe9.img");
    QVERIFY(raw);
    QCOMPARE(raw->format, QStringLiteral("raw"));
    QCOMPARE(raw->virtualSize, qint64(1) << 20);
    QVERIFY(raw->backingFile.isEmpty());

    // Declared raw: a qcow2 file read as raw has no backing file.
    const QVector<DiskImage> asRaw = ImageHeaders::chain(FileName::fromNative(m_path + "over.qcow2"), QStringLiteral("raw"));
    QCOMPARE(asRaw.size(), 1);

    QVERIFY(!ImageHeaders::read(m_path + "missing-\xff.qcow2"));
    QCOMPARE(ImageHeaders::chain(FileName::fromNative(m_path + "missing-\xff.qcow2"), {}).size(), 1);
    QCOMPARE(ImageHeaders::resolveBacking("/a/b/top.qcow2", "/abs/base"), QByteArray("/abs/base"));
    QCOMPARE(ImageHeaders::resolveBacking("/a/b/top.qcow2", "nbd:host:10809"), QByteArray("nbd:host:10809"));
    QCOMPARE(ImageHeaders::resolveBacking("/a/b/top.qcow2", "sub/x:y.qcow2"), QByteArray("/a/b/sub/x:y.qcow2"));
}

void tst_ImageHeader::cleanupTestCase()
{
    // QDir cannot name these files (QString to the locale's bytes): unlink them by their bytes.
    for (const char *name : {"base-\xff.qcow2", "top.qcow2", "mid-\xfe\xfd.qcow2", "over.qcow2", "disk-\xe9.img"})
        ::unlink((m_path + name).constData());
}

QTEST_GUILESS_MAIN(tst_ImageHeader)
#include "tst_imageheader.moc"
