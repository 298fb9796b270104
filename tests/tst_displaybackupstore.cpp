#include "displaybackupstore.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

// The copies of definitions kept for going back from VNC to SPICE: exact
// round trips, one per VM and host, and files no one else can read.
class tst_DisplayBackupStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void permissions();
    void keyedByUriAndUuid();
    void replaceAndRemove();
    void defaultLocation();
};

namespace {
const QString kUri = QStringLiteral("qemu+ssh://root@host.example/system");
const QString kUuid = QStringLiteral("3f0e4c51-8d3c-4b8e-9d1a-2c6f4b1e7a01");

// A definition as libvirt writes it with its secrets, and some bytes that
// JSON and file encodings like to change.
QString sampleXml()
{
    return QStringLiteral("<domain type='kvm'>\n  <name>fedora \"38\" &amp; ü</name>\n  <devices>\n"
                          "    <graphics type='spice' autoport='yes' passwd='p&amp;ss\\word\t'/>\n"
                          "  </devices>\n</domain>\n\r\n");
}

mode_t modeOf(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}
} // namespace

void tst_DisplayBackupStore::roundTrip()
{
    QTemporaryDir dir;
    const DisplayBackupStore store(dir.path() + QStringLiteral("/backups"));
    QVERIFY(!store.contains(kUri, kUuid));
    QVERIFY(!store.load(kUri, kUuid).has_value());

    DisplayBackupStore::Entry e;
    e.uri = kUri;
    e.uuid = kUuid;
    e.before = sampleXml();
    e.after = QStringLiteral("<domain type='kvm'>\n  <name>after</name>\n</domain>\n");
    QVERIFY(store.save(e).ok());
    QVERIFY(store.contains(kUri, kUuid));
    const auto loaded = store.load(kUri, kUuid);
    QVERIFY(loaded.has_value());
    QCOMPARE(loaded->before, e.before); // byte for byte
    QCOMPARE(loaded->after, e.after);
    QCOMPARE(loaded->uri, kUri);
    QCOMPARE(loaded->uuid, kUuid);
    QVERIFY(loaded->saved.isValid());
    // The UUID as libvirt or a user may spell it.
    QVERIFY(store.contains(kUri, kUuid.toUpper()));
}

void tst_DisplayBackupStore::permissions()
{
    QTemporaryDir dir;
    const QString folder = dir.path() + QStringLiteral("/a/b/backups");
    const DisplayBackupStore store(folder);
    DisplayBackupStore::Entry e{kUri, kUuid, sampleXml(), {}, {}};
    // A permissive umask must not matter.
    const mode_t old = ::umask(0);
    const VoidResult saved = store.save(e);
    ::umask(old);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().message));
    const QString file = store.fileName(kUri, kUuid);
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(modeOf(file), mode_t(0600));
    QCOMPARE(modeOf(folder), mode_t(0700));
    // Rewritten, still 0600; no temporary file left beside it.
    e.after = QStringLiteral("<domain/>");
    QVERIFY(store.save(e).ok());
    QCOMPARE(modeOf(file), mode_t(0600));
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QFileInfo(file).fileName()});
}

void tst_DisplayBackupStore::keyedByUriAndUuid()
{
    QTemporaryDir dir;
    const DisplayBackupStore store(dir.path());
    const QString otherUuid = QStringLiteral("7d1c2b3a-1111-4a2b-8c3d-000000000002");
    QVERIFY(store.save({kUri, kUuid, QStringLiteral("<a/>"), {}, {}}).ok());
    QVERIFY(store.save({QStringLiteral("qemu:///system"), kUuid, QStringLiteral("<b/>"), {}, {}}).ok());
    QVERIFY(store.save({kUri, otherUuid, QStringLiteral("<c/>"), {}, {}}).ok());
    QCOMPARE(store.load(kUri, kUuid)->before, QStringLiteral("<a/>"));
    QCOMPARE(store.load(QStringLiteral("qemu:///system"), kUuid)->before, QStringLiteral("<b/>"));
    QCOMPARE(store.load(kUri, otherUuid)->before, QStringLiteral("<c/>"));
    QVERIFY(!store.contains(QStringLiteral("qemu:///session"), kUuid));
}

void tst_DisplayBackupStore::replaceAndRemove()
{
    QTemporaryDir dir;
    const DisplayBackupStore store(dir.path());
    QVERIFY(store.save({kUri, kUuid, QStringLiteral("<first/>"), {}, {}}).ok());
    QVERIFY(store.save({kUri, kUuid, QStringLiteral("<second/>"), QStringLiteral("<after/>"), {}}).ok());
    QCOMPARE(store.load(kUri, kUuid)->before, QStringLiteral("<second/>"));
    QVERIFY(store.remove(kUri, kUuid).ok());
    QVERIFY(!store.contains(kUri, kUuid));
    QVERIFY(!QFileInfo::exists(store.fileName(kUri, kUuid)));
    QVERIFY(store.remove(kUri, kUuid).ok()); // nothing to remove is fine
}

void tst_DisplayBackupStore::defaultLocation()
{
    const DisplayBackupStore store;
    QVERIFY(store.directory().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

QTEST_GUILESS_MAIN(tst_DisplayBackupStore)
#include "tst_displaybackupstore.moc"
