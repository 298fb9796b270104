#include "isoimage.h"
#include "osdatabase.h"

#include <QDomDocument>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 GiB = qint64(1) << 30;

// What osinfo-db's own file says of an OS, to compare with (never guessed here).
struct DbResources
{
    qint64 minRam = -1, minStorage = -1, recRam = -1, recStorage = -1;
    int minCpus = -1, recCpus = -1;
};

DbResources resourcesInFile(const QString &path, const QString &arch)
{
    DbResources r;
    QFile f(path);
    QDomDocument doc;
    if (!f.open(QIODevice::ReadOnly) || !doc.setContent(&f))
        return r;
    const QDomNodeList lists = doc.elementsByTagName(QStringLiteral("resources"));
    for (int i = 0; i < lists.size(); ++i) {
        const QDomElement res = lists.at(i).toElement();
        if (res.attribute(QStringLiteral("arch")) != arch)
            continue;
        const auto read = [&res](const char *level, const char *what) {
            const QDomElement e = res.firstChildElement(QLatin1String(level)).firstChildElement(QLatin1String(what));
            return e.isNull() ? qint64(-1) : e.text().trimmed().toLongLong();
        };
        r.minRam = read("minimum", "ram");
        r.minStorage = read("minimum", "storage");
        r.minCpus = int(read("minimum", "n-cpus"));
        r.recRam = read("recommended", "ram");
        r.recStorage = read("recommended", "storage");
        r.recCpus = int(read("recommended", "n-cpus"));
    }
    return r;
}

template<typename T>
bool waitFor(const QFuture<T> &f, int ms = 60000)
{
    QDeadlineTimer deadline(ms);
    while (!f.isFinished() && !deadline.hasExpired())
        QTest::qWait(10);
    return f.isFinished();
}

} // namespace

class TestOsDatabase : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const OsDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_fifo;
    // The newest Debian osinfo-db knows with a file to read (Debian 12's osinfo-db 20221130 ends at 11).
    QString m_debian;

    QString iso(const QString &name, const QString &volumeId, const QStringList &extra = {},
                const QMap<QString, QByteArray> &files = {{QStringLiteral("README.txt"), "test image\n"}})
    {
        QString error;
        const QString path = IsoImage::makeIso(m_dir.filePath(name), volumeId, files, &error, extra);
        if (path.isEmpty())
            qWarning("%s", qPrintable(error));
        return path;
    }

    static Result<OsDetection> detected(const QFuture<Result<OsDetection>> &f)
    {
        if (!waitFor(f))
            return Error{-1, QStringLiteral("the detection never answered")};
        return f.result();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QFuture<std::shared_ptr<const OsDatabase>> f = OsDatabase::load();
        QVERIFY(waitFor(f));
        m_db = f.result();
        QVERIFY(m_db);
        QVERIFY2(m_db->all().size() > 100, "osinfo-db is missing: install the osinfo-db package");
        for (const char *id : {"debian13", "debian12", "debian11"}) {
            if (m_db->byId(QLatin1String(id))) {
                m_debian = QLatin1String(id);
                break;
            }
        }
        QVERIFY(!m_debian.isEmpty());
    }

    void cleanupTestCase()
    {
        // Free the detection still blocked opening the FIFO: a writer lets its open() return.
        if (!m_fifo.isEmpty()) {
            const int fd = ::open(QFile::encodeName(m_fifo).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
        }
        QTRY_COMPARE_WITH_TIMEOUT(detectionThreadsRunning(), 0, 20000);
    }

    void loadsOncePerProcess()
    {
        const QFuture<std::shared_ptr<const OsDatabase>> again = OsDatabase::load();
        QVERIFY(waitFor(again));
        QCOMPARE(again.result().get(), m_db.get());
        QVERIFY(!m_db->dbVersion().isEmpty());
    }

    void byId()
    {
        const auto e = m_db->byId(m_debian);
        QVERIFY(e);
        QCOMPARE(e->shortId, m_debian);
        QCOMPARE(e->distro, QStringLiteral("debian"));
        QCOMPARE(e->family, QStringLiteral("linux"));
        QVERIFY(!e->isWindows());
        // By the full id, by another short id and in any case.
        QCOMPARE(m_db->byId(e->id)->shortId, m_debian);
        QCOMPARE(m_db->byId(m_debian.toUpper())->id, e->id);
        QCOMPARE(m_db->byId(QStringLiteral("debianbullseye"))->shortId, QStringLiteral("debian11"));
        QVERIFY(!m_db->byId(QStringLiteral("no-such-os")));
        QVERIFY(!m_db->byId(QString()));
    }

    void debianResourcesFromDb()
    {
        const OsEntry e = *m_db->byId(m_debian);
        const QString file = QStringLiteral("/usr/share/osinfo/os/debian.org/debian-%1.xml").arg(e.version);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        DbResources want = resourcesInFile(file, QStringLiteral("x86_64"));
        if (want.minRam < 0)
            want = resourcesInFile(file, QStringLiteral("all"));
        QVERIFY(want.recRam > 0);
        QCOMPARE(e.minimumRamBytes, want.minRam);
        QCOMPARE(e.minimumStorageBytes, want.minStorage);
        QCOMPARE(e.minimumCpus, want.minCpus);
        QCOMPARE(e.recommendedRamBytes, want.recRam);
        QCOMPARE(e.recommendedStorageBytes, want.recStorage);
        QCOMPARE(e.recommendedCpus, want.recCpus); // -1 where the file names none
        QCOMPARE(e.suggestedRamBytes(), want.recRam);
        QCOMPARE(e.suggestedStorageBytes(), want.recStorage);
        QCOMPARE(e.suggestedCpus(), want.recCpus > 0 ? want.recCpus : std::max(2, want.minCpus));
    }

    void debianGetsVirtio()
    {
        const OsDevices d = m_db->byId(m_debian)->devices;
        QCOMPARE(d.diskBus, QStringLiteral("virtio"));
        QCOMPARE(d.nicModel, QStringLiteral("virtio"));
        QCOMPARE(d.videoModel, QStringLiteral("virtio")); // virtio1.0-gpu
        QVERIFY(d.q35);                                   // inherited from Debian 9
        QVERIFY(d.usbTablet);
        QVERIFY(d.virtioRng);
        QVERIFY(d.virtioScsi);
        QCOMPARE(d.soundModel, QStringLiteral("ich9"));
        QVERIFY(!d.uefiRequired);
        QVERIFY(!d.tpm2);
        QVERIFY(!d.secureBoot);
    }

    void windows11()
    {
        const QVector<OsEntry> found = m_db->search(QStringLiteral("win11"));
        QVERIFY(!found.isEmpty());
        const OsEntry &e = found.first(); // the exact short id comes first
        QCOMPARE(e.shortId, QStringLiteral("win11"));
        QVERIFY(e.isWindows());
        QVERIFY(e.devices.q35);
        QVERIFY(e.devices.uefiRequired);
        QVERIFY(e.devices.tpm2);
        QVERIFY(e.devices.secureBoot);
        // No virtio drivers on Windows' install media.
        QCOMPARE(e.devices.diskBus, QStringLiteral("sata"));
        QCOMPARE(e.devices.nicModel, QStringLiteral("e1000e"));
        const DbResources want = resourcesInFile(QStringLiteral("/usr/share/osinfo/os/microsoft.com/win-11.xml"), QStringLiteral("x86_64"));
        QCOMPARE(e.minimumRamBytes, want.minRam);
        QCOMPARE(e.minimumCpus, want.minCpus);
        QCOMPARE(e.minimumStorageBytes, want.minStorage);
        // Its own file recommends nothing; what it inherits is below its minimum.
        QCOMPARE(e.suggestedRamBytes(), want.minRam);
        QCOMPARE(e.suggestedStorageBytes(), want.minStorage);
        QVERIFY(e.suggestedCpus() >= want.minCpus);
        const QVector<OsEntry> byName = m_db->search(QStringLiteral("windows 11"));
        QVERIFY(std::any_of(byName.cbegin(), byName.cend(), [](const OsEntry &o) { return o.shortId == QLatin1String("win11"); }));
    }

    void windows10WithoutVirtio()
    {
        const OsEntry e = *m_db->byId(QStringLiteral("win10"));
        QCOMPARE(e.devices.diskBus, QStringLiteral("sata"));
        QCOMPARE(e.devices.nicModel, QStringLiteral("e1000e"));
        QCOMPARE(e.devices.soundModel, QStringLiteral("ich9"));
        QVERIFY(e.devices.q35);
        QVERIFY(e.devices.usbTablet);
        QVERIFY(!e.devices.uefiRequired);
        QVERIFY(!e.devices.tpm2);
        QVERIFY(!e.devices.secureBoot);
    }

    void oldOsGetsLegacyDevices()
    {
        const OsEntry e = *m_db->byId(QStringLiteral("winxp"));
        QVERIFY(!e.devices.q35);
        QCOMPARE(e.devices.diskBus, QStringLiteral("ide"));
        QCOMPARE(e.devices.nicModel, QStringLiteral("e1000"));
    }

    void searchRanksAndLimits()
    {
        const QDate today(2022, 6, 1);
        QCOMPARE(m_db->search(QStringLiteral("debian11"), true, 200, today).first().shortId, QStringLiteral("debian11"));
        QCOMPARE(m_db->search(QStringLiteral("DEBIAN 11"), true, 200, today).first().shortId, QStringLiteral("debian11"));
        QCOMPARE(m_db->search(QStringLiteral("bullseye"), true, 200, today).first().shortId, QStringLiteral("debian11"));
        QCOMPARE(m_db->search(QStringLiteral("linux"), true, 5, today).size(), 5);
        QCOMPARE(m_db->search(QString(), true, 0, today).size(), m_db->all().size());
        QCOMPARE(m_db->search(QStringLiteral("linux"), true, 1000000, today).size(), m_db->search(QStringLiteral("linux"), true, 0, today).size());
        QVERIFY(m_db->search(QStringLiteral("no such system anywhere"), true).isEmpty());
        // Every hit holds every word.
        for (const OsEntry &e : m_db->search(QStringLiteral("red hat 9"), true, 0, today))
            QVERIFY2(e.vendor.contains(QLatin1String("Red Hat")) || e.name.contains(QLatin1String("Red Hat")), qPrintable(e.name));
    }

    void searchLeavesOutEndOfLife()
    {
        const QDate today(2022, 6, 1);
        const auto has = [](const QVector<OsEntry> &list, const char *shortId) {
            return std::any_of(list.cbegin(), list.cend(), [shortId](const OsEntry &e) { return e.shortId == QLatin1String(shortId); });
        };
        const QVector<OsEntry> current = m_db->search(QStringLiteral("windows"), false, 0, today);
        QVERIFY(has(current, "win10"));
        QVERIFY(has(current, "win11"));
        QVERIFY(!has(current, "win95")); // its eol-date passed
        QVERIFY(!has(current, "winxp"));
        const QVector<OsEntry> every = m_db->search(QStringLiteral("windows"), true, 0, today);
        QVERIFY(has(every, "win95"));
        QVERIFY(every.size() > current.size());

        const OsEntry win10 = *m_db->byId(QStringLiteral("win10"));
        QVERIFY(win10.eolDate.isValid());
        QVERIFY(!win10.endOfLife(win10.eolDate));
        QVERIFY(win10.endOfLife(win10.eolDate.addDays(1)));
        // Without an eol-date: five years after release, once a newer release exists.
        OsEntry undated;
        undated.releaseDate = QDate(2020, 1, 1);
        QVERIFY(!undated.endOfLife(QDate(2030, 1, 1))); // the newest known
        undated.successorReleaseDate = QDate(2022, 1, 1);
        QVERIFY(!undated.endOfLife(QDate(2024, 12, 31)));
        QVERIFY(undated.endOfLife(QDate(2025, 1, 2)));
        QVERIFY(!OsEntry().endOfLife());
        QCOMPARE(m_db->byId(QStringLiteral("debian10"))->successorReleaseDate, m_db->byId(QStringLiteral("debian11"))->releaseDate);
        // The newest Windows osinfo-db knows is current whatever the date.
        QVERIFY(!m_db->byId(QStringLiteral("win11"))->endOfLife(QDate(2100, 1, 1)));
    }

    void pickerOrder()
    {
        const QVector<OsEntry> all = m_db->all();
        const auto indexOf = [&all](const char *shortId) {
            for (int i = 0; i < all.size(); ++i)
                if (all.at(i).shortId == QLatin1String(shortId))
                    return i;
            return -1;
        };
        QVERIFY(indexOf("debian11") >= 0);
        QVERIFY(indexOf("debian11") < indexOf("debian10"));
        QVERIFY(indexOf("win11") < indexOf("win10"));
    }

    void genericEntry()
    {
        const OsEntry g = m_db->generic();
        QVERIFY(g.isValid());
        int newest = -1;
        for (const OsEntry &e : m_db->all())
            if (e.id.startsWith(QLatin1String("http://libosinfo.org/linux/")))
                newest = std::max(newest, e.version.toInt());
        QCOMPARE(g.id, QStringLiteral("http://libosinfo.org/linux/%1").arg(newest));
        QCOMPARE(g.devices.diskBus, QStringLiteral("virtio"));
        QVERIFY(g.suggestedRamBytes() > 0);
    }

    void detectMedia_data()
    {
        QTest::addColumn<QString>("volumeId");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("shortId");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<bool>("live");

        QTest::newRow("debian netinst") << "Debian 11.5.0 amd64 n" << QStringList() << "debian11" << "install.amd/vmlinuz" << false;
        QTest::newRow("fedora server dvd") << "Fedora-S-dvd-x86_64-36" << QStringList{QStringLiteral("-sysid"), QStringLiteral("LINUX")}
                                           << "fedora36" << "isolinux/vmlinuz" << false;
        QTest::newRow("fedora workstation live") << "Fedora-WS-Live-36-1-5" << QStringList() << "fedora36" << "isolinux/vmlinuz" << true;
    }

    void detectMedia()
    {
        QFETCH(QString, volumeId);
        QFETCH(QStringList, extra);
        QFETCH(QString, shortId);
        QFETCH(QString, kernel);
        QFETCH(bool, live);
        const QString path = iso(QStringLiteral("%1.iso").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))),
                                 volumeId, extra);
        QVERIFY2(!path.isEmpty(), "could not build the ISO image (is xorriso installed?)");
        const Result<OsDetection> r = detected(::detectMedia(path));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().os.shortId, shortId);
        QCOMPARE(r.value().volumeId, volumeId);
        QCOMPARE(r.value().kernelPath, kernel);
        QCOMPARE(r.value().live, live);
        QVERIFY(!r.value().bootable);
        QCOMPARE(r.value().os, *m_db->byId(shortId));
    }

    void detectBootableMedia()
    {
        const QString path = iso(QStringLiteral("bootable.iso"), QStringLiteral("Debian 11.6.0 amd64 n"),
                                 {QStringLiteral("-b"), QStringLiteral("boot.img"), QStringLiteral("-no-emul-boot")},
                                 {{QStringLiteral("boot.img"), QByteArray(2048, '\0')}, {QStringLiteral(".disk/info"), "Debian GNU/Linux 11.6.0\n"}});
        QVERIFY2(!path.isEmpty(), "could not build the ISO image (is xorriso installed?)");
        const Result<OsDetection> r = detected(::detectMedia(path));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().os.shortId, QStringLiteral("debian11"));
        QVERIFY(r.value().bootable);
        QVERIFY(r.value().installer);
    }

    void unknownMediaIsAnError()
    {
        const QString path = iso(QStringLiteral("data.iso"), QStringLiteral("HOLIDAY_PHOTOS"));
        QVERIFY(!path.isEmpty());
        const Result<OsDetection> r = detected(::detectMedia(path));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("not recognised")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("from the list")), qPrintable(r.error().message));
    }

    void missingOrUnreadableMedia()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nothing-here.iso"));
        Result<OsDetection> r = detected(::detectMedia(missing));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(missing), qPrintable(r.error().message));

        const QString notIso = m_dir.filePath(QStringLiteral("text.iso"));
        QFile f(notIso);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'x'));
        f.close();
        r = detected(::detectMedia(notIso));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(notIso), qPrintable(r.error().message));
    }

    // What the wizard hands over for a remote volume: a local copy of its start only.
    void truncatedCopy()
    {
        // An image larger than the copy, so the copy really is cut.
        const QString path = iso(QStringLiteral("big.iso"), QStringLiteral("Debian 11.5.0 amd64 n"), {},
                                 {{QStringLiteral("install.amd/vmlinuz"), QByteArray(6 << 20, 'k')},
                                  {QStringLiteral("install.amd/initrd.gz"), QByteArray(1 << 20, 'i')}});
        QVERIFY(!path.isEmpty());
        QVERIFY(QFileInfo(path).size() > 7 << 20);
        const QString head = m_dir.filePath(QStringLiteral("head.iso"));
        QVERIFY(IsoImage::copyHead(path, head, 4 << 20)); // the amount osdatabase.h asks for
        Result<OsDetection> r = detected(::detectMedia(head));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().os.shortId, QStringLiteral("debian11"));
        QCOMPARE(r.value().initrdPath, QStringLiteral("install.amd/initrd.gz"));

        // Cut inside the volume descriptors: an error, not a guess.
        QVERIFY(IsoImage::copyHead(path, head, 34 * 1024));
        r = detected(::detectMedia(head));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(head), qPrintable(r.error().message));
    }

    void detectTree()
    {
        QTemporaryDir tree;
        QVERIFY(tree.isValid());
        QFile f(tree.filePath(QStringLiteral(".treeinfo")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[general]\nfamily = Fedora\nversion = 36\narch = x86_64\nvariant = Server\n\n"
                "[images-x86_64]\nkernel = images/pxeboot/vmlinuz\ninitrd = images/pxeboot/initrd.img\n");
        f.close();
        for (const QString &url : {QUrl::fromLocalFile(tree.path()).toString(), tree.path()}) {
            const Result<OsDetection> r = detected(::detectTree(url));
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(r.value().os.shortId, QStringLiteral("fedora36"));
            QCOMPARE(r.value().kernelPath, QStringLiteral("images/pxeboot/vmlinuz"));
            QCOMPARE(r.value().initrdPath, QStringLiteral("images/pxeboot/initrd.img"));
        }
    }

    void treeErrors()
    {
        // No .treeinfo at all.
        QTemporaryDir empty;
        Result<OsDetection> r = detected(::detectTree(empty.path()));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(empty.path()), qPrintable(r.error().message));

        // A .treeinfo osinfo-db knows nothing of.
        QTemporaryDir tree;
        QFile f(tree.filePath(QStringLiteral(".treeinfo")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[general]\nfamily = Homebrew OS\nversion = 1\narch = x86_64\n");
        f.close();
        r = detected(::detectTree(tree.path()));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("not recognised")), qPrintable(r.error().message));
    }

    // A read that never returns (here a FIFO nobody writes to): the future still answers.
    void timeout()
    {
        m_fifo = m_dir.filePath(QStringLiteral("stuck.iso"));
        QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
        const QFuture<Result<OsDetection>> f = ::detectMedia(m_fifo, 300);
        QVERIFY(waitFor(f, 20000));
        const Result<OsDetection> r = f.result();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(m_fifo), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("took longer")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestOsDatabase)
#include "tst_osdatabase.moc"
