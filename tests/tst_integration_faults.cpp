#include "connection.h"
#include "domainlistmodel.h"
#include "domainref.h"
#include "integrationhost.h"
#include "libvirtrelay.h"
#include "lifecyclecontroller.h"
#include "messagebox.h"
#include "testutil.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <atomic>
#include <csignal>
#include <future>
#include <memory>
#include <thread>

using namespace TestUtil;
namespace IH = IntegrationHost;

// The host itself fails under a connected QVirt: libvirtd is killed (and started
// again) or frozen with SIGSTOP (and resumed) in the middle of a list load, a
// lifecycle batch of 20 VMs, a snapshot and a block job. Each case holds QVirt
// to the same promises: the GUI thread never stalls for a second, the
// connection comes back by itself, the list is complete and right, no
// definition changes, the images stay intact with their data, running guests go
// on running, a failed operation ends in an error that says so (no hang), and a
// second attempt succeeds.
//
// The daemon is a private one (tests/privatelibvirtd.sh starts it for ctest, in
// a mount namespace of its own): killing or freezing the shared one would break
// whatever else runs against it. The connection under test reaches it through
// LibvirtRelay, which fires each fault at an exact RPC message.

enum class Fault { Killed, Frozen };
Q_DECLARE_METATYPE(Fault)

namespace {

constexpr int kBatchSize = 20;
constexpr qint64 kStallLimitMs = 1000;
constexpr int kFreezeMs = 3000; // a timed hold: the fault itself, not a wait
constexpr int kReconnectMs = 60000;

// Ticks on the GUI thread every 20 ms and keeps the longest gap between two
// ticks: the longest time the thread could not turn its event loop.
class StallWatch final : public QObject
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, &StallWatch::tick);
    }
    void start()
    {
        m_worst = 0;
        m_worstPhase.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    void setPhase(const QString &phase)
    {
        m_phase = phase;
        if (qEnvironmentVariableIsSet("QVIRT_FAULT_TRACE"))
            qInfo("%6lld ms: %s", m_clock.isValid() ? m_clock.elapsed() : -1, qPrintable(phase));
    }
    qint64 worst() const { return m_worst; }
    QString report() const { return QStringLiteral("longest stall %1 ms, while %2").arg(m_worst).arg(m_worstPhase); }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        if (now - m_last > m_worst) {
            m_worst = now - m_last;
            m_worstPhase = m_phase;
        }
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    QString m_phase;
    QString m_worstPhase;
};

// Runs f on a thread of its own while the GUI thread's event loop turns: the
// test's own blocking calls (libvirt, qemu-img) must not be what the watch sees.
template<typename F>
auto offGui(F f) -> decltype(f())
{
    auto future = std::async(std::launch::async, std::move(f));
    while (future.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready)
        QTest::qWait(10);
    return future.get();
}

// The daemon privatelibvirtd.sh started for this test, ours to kill and freeze.
class PrivateDaemon
{
public:
    QString dir() const { return qEnvironmentVariable("QVIRT_PRIVATE_LIBVIRTD_DIR"); }
    QString socketPath() const { return dir() + QStringLiteral("/sock/libvirt-sock"); }
    bool configured() const
    {
        return !dir().isEmpty() && !qEnvironmentVariable("QVIRT_PRIVATE_LIBVIRTD").isEmpty()
               && IH::uri().contains(socketPath());
    }
    pid_t pid() const
    {
        QFile f(dir() + QStringLiteral("/libvirtd.pid"));
        return f.open(QIODevice::ReadOnly) ? pid_t(f.readAll().trimmed().toInt()) : pid_t(0);
    }
    static bool exists(pid_t pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray s = stat.readAll();
        const qsizetype paren = s.lastIndexOf(')');
        return paren > 0 && s.size() > paren + 2 && s.at(paren + 2) != 'Z';
    }
    bool running() const { return exists(pid()); }
    void resume() const
    {
        if (const pid_t p = pid(); p > 0)
            ::kill(p, SIGCONT);
    }
    // Starts the daemon again in its namespace and waits, with the event loop
    // turning, until the old one is gone and the new one answers.
    bool restart(QString *why) const
    {
        const pid_t old = pid();
        QDeadlineTimer gone(10000);
        while (exists(old) && !gone.hasExpired())
            QTest::qWait(10);
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(qEnvironmentVariable("QVIRT_PRIVATE_LIBVIRTD"), {QStringLiteral("--start"), dir()});
        QDeadlineTimer deadline(60000);
        while (p.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(20);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        *why = QString::fromLocal8Bit(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
};

// What the daemon itself says of one domain, read on a connection of the
// test's own (straight to the daemon, not through the relay).
struct HostDomain
{
    QString uuid;
    QString name;
    int state = -1;
    bool persistent = false;
    bool autostart = false;
    QString definition; // VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE
};
using HostView = QMap<QString, HostDomain>; // by name

QString lastLibvirtError()
{
    const virErrorPtr e = virGetLastError();
    const QString message = e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("unknown error");
    virResetLastError();
    return message;
}

// Opens a connection of the test's own, runs f(conn) off the GUI thread, closes it.
template<typename F>
auto onHost(F f) -> decltype(f(nullptr))
{
    const QByteArray uri = IH::uri().toUtf8();
    return offGui([uri, f]() {
        using R = decltype(f(nullptr));
        virConnectPtr conn = virConnectOpen(uri.constData());
        if (!conn) {
            qWarning("cannot open %s: %s", uri.constData(), qPrintable(lastLibvirtError()));
            return R{};
        }
        R r = f(conn);
        virConnectClose(conn);
        return r;
    });
}

HostView readHost()
{
    return onHost([](virConnectPtr conn) {
        HostView view;
        virDomainPtr *doms = nullptr;
        const int n = virConnectListAllDomains(conn, &doms, 0);
        for (int i = 0; i < n; ++i) {
            HostDomain d;
            char uuid[VIR_UUID_STRING_BUFLEN];
            virDomainGetUUIDString(doms[i], uuid);
            d.uuid = QString::fromLatin1(uuid);
            d.name = QString::fromUtf8(virDomainGetName(doms[i]));
            int state = 0, reason = 0, autostart = 0;
            if (virDomainGetState(doms[i], &state, &reason, 0) == 0)
                d.state = state;
            d.persistent = virDomainIsPersistent(doms[i]) == 1;
            d.autostart = virDomainGetAutostart(doms[i], &autostart) == 0 && autostart;
            if (char *xml = virDomainGetXMLDesc(doms[i], VIR_DOMAIN_XML_SECURE | VIR_DOMAIN_XML_INACTIVE)) {
                d.definition = QString::fromUtf8(xml);
                free(xml);
            }
            view.insert(d.name, d);
            virDomainFree(doms[i]);
        }
        free(doms);
        virResetLastError();
        return view;
    });
}

// The list as the app shows it against what the daemon says: the same domains,
// with the same names, states, persistence and autostart. Empty when they agree.
QString listDifference(const DomainListModel *model, const HostView &host)
{
    QStringList diff;
    if (model->rowCount() != host.size())
        diff << QStringLiteral("%1 rows, the host has %2 domains").arg(model->rowCount()).arg(host.size());
    for (const HostDomain &h : host) {
        const DomainInfo *d = model->find(h.uuid);
        if (!d) {
            diff << QStringLiteral("%1 missing").arg(h.name);
            continue;
        }
        if (d->name != h.name || int(d->state) != h.state || d->persistent != h.persistent || d->autostart != h.autostart)
            diff << QStringLiteral("%1: shown %2/%3/persistent %4/autostart %5, host %6/%7/%8/%9")
                        .arg(h.name, d->name, DomainListModel::stateName(d->state))
                        .arg(d->persistent)
                        .arg(d->autostart)
                        .arg(h.name, DomainListModel::stateName(DomainState(h.state)))
                        .arg(h.persistent)
                        .arg(h.autostart);
    }
    return diff.join(QStringLiteral("; "));
}

// Waits until the list agrees with the daemon (read again each time: the
// daemon may still be settling after a restart). Empty when it did.
QString waitForListToMatchHost(Connection *c, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    QString diff;
    do {
        diff = listDifference(c->domainModel(), readHost());
        if (diff.isEmpty())
            return {};
        QTest::qWait(200);
    } while (!deadline.hasExpired());
    return diff;
}

QVector<DomainInfo> rowsOf(const DomainListModel *model)
{
    QVector<DomainInfo> rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows << model->domainAt(r);
    return rows;
}

// What of the last known list a view lost or changed: rows gone, or a row now
// saying something else of the domain than before (CPU figures aside).
QString rowsLost(const QVector<DomainInfo> &before, const DomainListModel *model)
{
    QStringList diff;
    for (const DomainInfo &b : before) {
        const DomainInfo *now = model->find(b.uuid);
        if (!now) {
            diff << QStringLiteral("%1 gone").arg(b.name);
            continue;
        }
        if (now->name != b.name || now->state != b.state || now->persistent != b.persistent || now->autostart != b.autostart
            || now->maxMemoryKiB != b.maxMemoryKiB || now->title != b.title)
            diff << QStringLiteral("%1 now %2/%3/persistent %4/max %5 KiB (was %6/%7/%8/%9 KiB)")
                        .arg(b.name, now->name, DomainListModel::stateName(now->state))
                        .arg(now->persistent)
                        .arg(now->maxMemoryKiB)
                        .arg(b.name, DomainListModel::stateName(b.state))
                        .arg(b.persistent)
                        .arg(b.maxMemoryKiB);
    }
    return diff.join(QStringLiteral("; "));
}

// Definitions that differ between two readings, except those of skip.
QStringList changedDefinitions(const HostView &before, const HostView &after, const QStringList &skip = {})
{
    QStringList changed;
    for (const HostDomain &b : before) {
        if (skip.contains(b.name))
            continue;
        if (!after.contains(b.name))
            changed << b.name + QStringLiteral(" (gone)");
        else if (after.value(b.name).definition != b.definition)
            changed << b.name;
    }
    for (const HostDomain &a : after) {
        if (!before.contains(a.name))
            changed << a.name + QStringLiteral(" (new)");
    }
    return changed;
}

IH::Output runOffGui(const QString &program, const QStringList &args)
{
    return offGui([program, args] { return IH::run(program, args); });
}

// qemu-img check, then the data a pattern put there read back through the chain.
QString imageProblems(const QString &image, const QList<std::tuple<int, qint64, qint64>> &patterns)
{
    const IH::Output check = runOffGui(QStringLiteral("qemu-img"), {QStringLiteral("check"), QStringLiteral("-q"), image});
    if (check.exitCode != 0)
        return QStringLiteral("qemu-img check %1: %2 %3").arg(image, check.out, check.err);
    for (const auto &[pattern, offset, length] : patterns) {
        const IH::Output read = runOffGui(QStringLiteral("qemu-io"),
                                          {QStringLiteral("-r"), QStringLiteral("-c"),
                                           QStringLiteral("read -P 0x%1 %2 %3").arg(pattern, 2, 16, QLatin1Char('0')).arg(offset).arg(length),
                                           image});
        if (read.exitCode != 0 || read.out.contains(QLatin1String("ail")) || read.err.contains(QLatin1String("ail")))
            return QStringLiteral("%1 at %2+%3 is not pattern 0x%4: %5 %6")
                .arg(image).arg(offset).arg(length).arg(pattern, 2, 16).arg(read.out, read.err);
    }
    return {};
}

struct Box
{
    QMessageBox::Icon icon;
    QString title;
    QString text;
};
QVector<Box> g_boxes;

// Starts and stops guests on the test's own connection.
bool startGuest(const QString &name)
{
    return onHost([name](virConnectPtr conn) {
        virDomainPtr d = virDomainLookupByName(conn, name.toUtf8().constData());
        int state = 0, reason = 0;
        bool ok = d && virDomainGetState(d, &state, &reason, 0) == 0;
        if (ok && state != VIR_DOMAIN_RUNNING)
            ok = virDomainCreate(d) == 0;
        if (!ok)
            qWarning("cannot start %s: %s", qPrintable(name), qPrintable(lastLibvirtError()));
        if (d)
            virDomainFree(d);
        return ok;
    });
}

// In parallel: libvirtd takes about two seconds for each.
bool destroyGuests(const QStringList &names)
{
    return onHost([names](virConnectPtr conn) {
        std::vector<std::future<bool>> destroyed;
        for (const QString &name : names) {
            destroyed.push_back(std::async(std::launch::async, [conn, name] {
                virDomainPtr d = virDomainLookupByName(conn, name.toUtf8().constData());
                if (!d)
                    return false;
                const bool ok = virDomainIsActive(d) != 1 || virDomainDestroy(d) == 0;
                if (!ok)
                    qWarning("cannot destroy %s: %s", qPrintable(name), qPrintable(lastLibvirtError()));
                virDomainFree(d);
                return ok;
            }));
        }
        bool ok = true;
        for (std::future<bool> &f : destroyed)
            ok &= f.get();
        return ok;
    });
}

QString readString(const QByteArray &b, qsizetype *at)
{
    if (*at + 4 > b.size())
        return {};
    const quint32 n = qFromBigEndian<quint32>(b.constData() + *at);
    const QString s = QString::fromUtf8(b.mid(*at + 4, n));
    *at += 4 + ((n + 3) & ~3u);
    return s;
}

} // namespace

class tst_IntegrationFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void listLoad_data();
    void listLoad();
    void lifecycleBatch_data();
    void lifecycleBatch();
    void snapshot_data();
    void snapshot();
    void blockJob_data();
    void blockJob();

private:
    void addFaults();
    // The connection under test, through a fresh relay.
    std::unique_ptr<Connection> openThroughRelay();
    // Fires the fault at once (from the relay's thread or the test's).
    void fire(Fault fault);
    // After the fault: the daemon comes back (killed) or goes on (frozen) and
    // the connection with it. Returns an empty string when all went well.
    QString recover(Fault fault, Connection *c);
    QString makeGuest(const QString &name, const QString &image);

    PrivateDaemon m_daemon;
    StallWatch m_watch;
    std::unique_ptr<LibvirtRelay> m_relay;
    std::unique_ptr<QSignalSpy> m_states; // of the connection under test, once it is open
    qsizetype reconnects() const
    {
        qsizetype n = 0;
        for (const QList<QVariant> &args : std::as_const(*m_states))
            n += args.at(0).value<ConnectionState>() == ConnectionState::Reconnecting;
        return n;
    }
    QString m_images;
    QStringList m_batch;
    QString m_steady = QStringLiteral("fault-steady");
    HostView m_before;
    std::atomic<bool> m_fired{false};
    QElapsedTimer m_clock;
    std::atomic<qint64> m_firedAt{0};
    qint64 sinceFault() const { return m_clock.elapsed() - m_firedAt; }
};

void tst_IntegrationFaults::initTestCase()
{
    QVERIFY2(m_daemon.configured(),
             "no private libvirtd: run this test through tests/privatelibvirtd.sh (ctest does); it kills and freezes "
             "its daemon and must never do that to the shared one");
    QVERIFY2(m_daemon.running(), qPrintable(QStringLiteral("the private libvirtd (pid %1) is not running").arg(m_daemon.pid())));
    // As app/main.cpp does (libvirt asks it of its callers): a connection the
    // host closes under a write is an error, not the end of the program.
    std::signal(SIGPIPE, SIG_IGN);
    m_clock.start();
    MessageBox::setTestHook([](QMessageBox::Icon icon, const QString &title, const QString &text) {
        g_boxes.append({icon, title, text});
        return QMessageBox::Ok;
    });

    // Small guests: 64 MiB, a 16 MiB qcow2 with 1 MiB of known data; SeaBIOS
    // finds nothing to boot and idles.
    m_images = m_daemon.dir() + QStringLiteral("/images");
    const QString tmpl = m_images + QStringLiteral("/template.qcow2");
    QCOMPARE(runOffGui(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                    QStringLiteral("qcow2"), tmpl, QStringLiteral("16M")}).exitCode, 0);
    QCOMPARE(runOffGui(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                                                   QStringLiteral("write -P 0x5a 0 1M"), tmpl}).exitCode, 0);
    QStringList names{m_steady};
    for (int i = 1; i <= kBatchSize; ++i)
        m_batch << QStringLiteral("fault-batch-%1").arg(i, 2, 10, QLatin1Char('0'));
    names << m_batch << QStringLiteral("fault-snapshot-killed") << QStringLiteral("fault-snapshot-frozen");
    for (const QString &name : std::as_const(names)) {
        const QString image = m_images + QLatin1Char('/') + name + QStringLiteral(".qcow2");
        QVERIFY(QFile::copy(tmpl, image));
        const QString error = makeGuest(name, image);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // The block-job guests: base (16 MiB of 0xb0) under an active layer with 64 MiB of 0x70.
    for (const QString &tag : {QStringLiteral("killed"), QStringLiteral("frozen")}) {
        const QString base = m_images + QStringLiteral("/block-%1-base.qcow2").arg(tag);
        const QString top = m_images + QStringLiteral("/block-%1-top.qcow2").arg(tag);
        QCOMPARE(runOffGui(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                        QStringLiteral("qcow2"), base, QStringLiteral("128M")}).exitCode, 0);
        QCOMPARE(runOffGui(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                                                       QStringLiteral("write -P 0xb0 0 16M"), base}).exitCode, 0);
        QCOMPARE(runOffGui(QStringLiteral("qemu-img"), {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                                                        QStringLiteral("qcow2"), QStringLiteral("-b"), base, QStringLiteral("-F"),
                                                        QStringLiteral("qcow2"), top}).exitCode, 0);
        QCOMPARE(runOffGui(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-c"),
                                                       QStringLiteral("write -P 0x70 16M 64M"), top}).exitCode, 0);
        const QString error = makeGuest(QStringLiteral("fault-block-") + tag, top);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // A guest that runs through every case and must survive them all.
    QVERIFY(startGuest(m_steady));
}

QString tst_IntegrationFaults::makeGuest(const QString &name, const QString &image)
{
    const QString xml = IH::tcgDomainXml(name, image);
    return onHost([xml](virConnectPtr conn) {
        virDomainPtr d = virDomainDefineXML(conn, xml.toUtf8().constData());
        if (!d)
            return QStringLiteral("define: ") + lastLibvirtError();
        virDomainFree(d);
        return QString();
    });
}

void tst_IntegrationFaults::cleanupTestCase()
{
    MessageBox::setTestHook({});
    if (!m_daemon.configured())
        return;
    // The launcher removes the daemon, its guests and the images; the steady
    // guest's image is checked here, after every fault.
    m_daemon.resume();
    QVERIFY(destroyGuests({m_steady}));
    const QString problems = imageProblems(m_images + QStringLiteral("/fault-steady.qcow2"), {{0x5a, 0, 1 << 20}});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void tst_IntegrationFaults::init()
{
    QVERIFY(m_daemon.configured());
    g_boxes.clear();
    m_fired = false;
    m_before = readHost();
    QVERIFY2(!m_before.isEmpty(), "the private libvirtd does not answer");
    QCOMPARE(m_before.value(m_steady).state, int(VIR_DOMAIN_RUNNING));
    m_watch.start();
    m_watch.setPhase(QStringLiteral("opening"));
}

void tst_IntegrationFaults::cleanup()
{
    m_watch.stop();
    m_states.reset();
    m_relay.reset();
    // Whatever a failed case left: the daemon running and answering.
    m_daemon.resume();
    if (!m_daemon.running()) {
        QString why;
        QVERIFY2(m_daemon.restart(&why), qPrintable(why));
    }
}

void tst_IntegrationFaults::addFaults()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("killed") << Fault::Killed;
    QTest::newRow("frozen") << Fault::Frozen;
}

std::unique_ptr<Connection> tst_IntegrationFaults::openThroughRelay()
{
    m_relay = std::make_unique<LibvirtRelay>(m_daemon.dir() + QStringLiteral("/relay.sock"), m_daemon.socketPath());
    if (!m_relay->start())
        return {};
    auto c = std::make_unique<Connection>(QStringLiteral("qemu+unix:///system?socket=") + m_relay->path());
    if (!openAndLoad(c.get(), 30000))
        return {};
    m_states = std::make_unique<QSignalSpy>(c.get(), &Connection::stateChanged);
    return c;
}

void tst_IntegrationFaults::fire(Fault fault)
{
    const pid_t pid = m_daemon.pid();
    if (pid <= 0) // kill(0) would hit the test's own process group
        return;
    ::kill(pid, fault == Fault::Killed ? SIGKILL : SIGSTOP);
    m_firedAt = m_clock.elapsed();
    m_fired = true;
}

QString tst_IntegrationFaults::recover(Fault fault, Connection *c)
{
    if (fault == Fault::Frozen) {
        m_watch.setPhase(QStringLiteral("libvirtd frozen"));
        QTest::qWait(qMax<qint64>(0, kFreezeMs - sinceFault()));
        m_daemon.resume();
        m_watch.setPhase(QStringLiteral("libvirtd resumed"));
    } else {
        m_watch.setPhase(QStringLiteral("waiting for the connection to notice"));
        QDeadlineTimer noticed(15000);
        while (c->state() == ConnectionState::Connected && !noticed.hasExpired())
            QTest::qWait(10);
        if (c->state() != ConnectionState::Reconnecting)
            return QStringLiteral("after libvirtd was killed the connection is %1, not reconnecting").arg(Connection::stateName(c->state()));
        if (c->lastError().isEmpty())
            return QStringLiteral("the connection is reconnecting without saying why");
        // Away long enough for a retry to fail: the back-off goes on.
        m_watch.setPhase(QStringLiteral("libvirtd away"));
        const qsizetype lost = reconnects();
        QDeadlineTimer retried(15000);
        while (reconnects() == lost && !retried.hasExpired())
            QTest::qWait(10);
        if (reconnects() == lost)
            return QStringLiteral("no retry within 15 s while libvirtd was away");
        m_watch.setPhase(QStringLiteral("restarting libvirtd"));
        QString why;
        if (!m_daemon.restart(&why))
            return QStringLiteral("libvirtd did not start again: ") + why;
        m_watch.setPhase(QStringLiteral("reconnecting"));
    }
    QDeadlineTimer deadline(kReconnectMs);
    while (c->state() != ConnectionState::Connected && !deadline.hasExpired())
        QTest::qWait(10);
    if (c->state() != ConnectionState::Connected)
        return QStringLiteral("no reconnect within %1 s: %2, %3").arg(kReconnectMs / 1000).arg(Connection::stateName(c->state()), c->lastError());
    m_watch.setPhase(QStringLiteral("after the fault"));
    return {};
}

// --- a list load ---------------------------------------------------------------

void tst_IntegrationFaults::listLoad_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("atListCall");
    QTest::newRow("killed") << Fault::Killed << false;
    QTest::newRow("frozen") << Fault::Frozen << false;
    QTest::newRow("killed at the list call") << Fault::Killed << true;
}

// The fault hits a list load the connection makes after the link dropped: the
// last known list is on screen, and the daemon goes away (or stops answering)
// after it has answered for half the domains (or as the list call goes out).
void tst_IntegrationFaults::listLoad()
{
    QFETCH(Fault, fault);
    QFETCH(bool, atListCall);
    std::unique_ptr<Connection> c = openThroughRelay();
    QVERIFY(c);
    QCOMPARE(listDifference(c->domainModel(), m_before), QString());
    const QVector<DomainInfo> lastKnown = rowsOf(c->domainModel());
    const int at = atListCall ? 0 : int(m_before.size()) / 2;

    auto listed = std::make_shared<std::atomic<bool>>(false);
    auto infos = std::make_shared<std::atomic<int>>(0);
    m_relay->setHook([this, fault, listed, infos, at](LibvirtRelay::Message &m) {
        if (!m.fromClient || m.type != LibvirtRpc::Call || m.program != LibvirtRpc::RemoteProgram || m_fired)
            return;
        if (m.procedure == LibvirtRpc::ConnectListAllDomains && at == 0)
            fire(fault);
        else if (m.procedure == LibvirtRpc::ConnectListAllDomains)
            *listed = true;
        else if (*listed && m.procedure == LibvirtRpc::DomainGetInfo && ++*infos == at)
            fire(fault); // before the call reaches the daemon
    });
    QSignalSpy removed(c->domainModel(), &QAbstractItemModel::rowsRemoved);
    m_watch.setPhase(QStringLiteral("reconnecting after the link dropped"));
    m_relay->dropClients();
    QTRY_VERIFY_WITH_TIMEOUT(m_fired, 15000);
    m_watch.setPhase(QStringLiteral("the list load met the fault"));

    // While the host is away or silent, the last known list stays as it was.
    if (fault == Fault::Killed) {
        // Reconnecting (the drop), Connected (the reopen whose list load met the
        // fault), then Reconnecting again.
        auto lostAgain = [&] {
            bool reopened = false;
            for (const QList<QVariant> &args : std::as_const(*m_states)) {
                const auto s = args.at(0).value<ConnectionState>();
                reopened |= s == ConnectionState::Connected;
                if (reopened && s == ConnectionState::Reconnecting)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(lostAgain(), 15000);
        // A load whose list call or reads failed is dropped (it used to empty
        // the list, or give rows of state "unknown", not persistent, 0 KiB):
        // the last list stays until the reconnect loads again.
    } else {
        QTest::qWait(500);
    }
    const QString lost = rowsLost(lastKnown, c->domainModel());
    if (!lost.isEmpty())
        qInfo("the list while the host is away: %s", qPrintable(lost));
    QCOMPARE(lost, QString());
    QCOMPARE(removed.count(), 0);

    const QString recovered = recover(fault, c.get());
    QVERIFY2(recovered.isEmpty(), qPrintable(recovered));
    if (fault == Fault::Frozen)
        QCOMPARE(reconnects(), 1); // the drop's; a host silent for seconds is not given up
    // The list load after the fault (the second attempt) brings the whole list.
    const QString diff = waitForListToMatchHost(c.get());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(c->domainModel()->rowCount(), m_before.size());

    m_watch.stop();
    QVERIFY2(m_watch.worst() < kStallLimitMs, qPrintable(m_watch.report()));
    qInfo("%s", qPrintable(m_watch.report()));
    const HostView after = readHost();
    QCOMPARE(changedDefinitions(m_before, after), QStringList());
    QCOMPARE(after.value(m_steady).state, int(VIR_DOMAIN_RUNNING));
    QVERIFY(g_boxes.isEmpty());
}

// --- a lifecycle batch ---------------------------------------------------------

void tst_IntegrationFaults::lifecycleBatch_data()
{
    addFaults();
}

// Start on 20 VMs at once (the list's multi-selection): the daemon goes away,
// or stops answering, as the 8th start call goes out.
void tst_IntegrationFaults::lifecycleBatch()
{
    QFETCH(Fault, fault);
    QVERIFY(destroyGuests(m_batch)); // all off, whatever an earlier case left
    m_before = readHost();
    std::unique_ptr<Connection> c = openThroughRelay();
    QVERIFY(c);
    QWidget window;
    LifecycleController lifecycle(&window);
    QSignalSpy finished(&lifecycle, &LifecycleController::batchFinished);
    auto batchRefs = [&] {
        DomainRefs refs;
        for (const QString &name : std::as_const(m_batch)) {
            if (const DomainInfo *d = c->domainModel()->find(name))
                refs.append({c.get(), *d});
        }
        return refs;
    };
    QCOMPARE(batchRefs().size(), kBatchSize);

    constexpr int at = 8;
    auto creates = std::make_shared<std::atomic<int>>(0);
    m_relay->setHook([this, fault, creates](LibvirtRelay::Message &m) {
        if (m.fromClient && m.type == LibvirtRpc::Call && m.program == LibvirtRpc::RemoteProgram
            && m.procedure == LibvirtRpc::DomainCreate && ++*creates == at && !m_fired)
            fire(fault);
    });
    m_watch.setPhase(QStringLiteral("starting 20 VMs"));
    QElapsedTimer clock;
    clock.start();
    lifecycle.perform(DomainAction::Start, batchRefs());
    QTRY_VERIFY_WITH_TIMEOUT(m_fired, 60000);
    // The list follows the batch: the VMs started before the fault show as running.
    auto startedShownRunning = [&] {
        for (int i = 0; i < at - 1; ++i) {
            if (stateOf(c.get(), m_batch.at(i)) != DomainState::Running)
                return false;
        }
        return true;
    };
    // Each call's domains are read right after it (ConnectionWorker::callDone),
    // not from a timer that waits behind the batch's other queued calls (the
    // list used to show none started until the last call returned, 20-40 s).
    QTRY_VERIFY_WITH_TIMEOUT(startedShownRunning(), 2000);

    if (fault == Fault::Killed) {
        // Every call of the batch answers, the failed ones with an error, in one box.
        m_watch.setPhase(QStringLiteral("the batch meets a dead host"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        qInfo("the batch answered %lld ms after the kill", sinceFault());
        const int failures = finished.at(0).at(0).toInt();
        QCOMPARE(g_boxes.size(), 1);
        const Box box = g_boxes.first();
        qInfo("the error box: %s | %s", qPrintable(box.title), qPrintable(QString(box.text).replace(QLatin1Char('\n'), QLatin1String(" / "))));
        QCOMPARE(box.icon, QMessageBox::Critical);
        QCOMPARE(box.title, LifecycleController::actionName(DomainAction::Start));
        QCOMPARE(failures, kBatchSize - at + 1);
        for (int i = at - 1; i < kBatchSize; ++i)
            QVERIFY2(box.text.contains(m_batch.at(i) + QStringLiteral(": ")), qPrintable(box.text));
    } else {
        m_watch.setPhase(QStringLiteral("libvirtd frozen in the batch"));
        QTest::qWait(500);
        QCOMPARE(finished.count(), 0); // still waiting for the frozen host, not failed
    }
    const QString recovered = recover(fault, c.get());
    QVERIFY2(recovered.isEmpty(), qPrintable(recovered));
    if (fault == Fault::Frozen) {
        QCOMPARE(reconnects(), 0); // a host silent for seconds is not given up
        // The rest of the batch goes on once the host answers again.
        m_watch.setPhase(QStringLiteral("the batch goes on"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    }
    const QString diff = waitForListToMatchHost(c.get());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    HostView host = readHost();
    if (fault == Fault::Killed) {
        // The VMs started before the kill run on; the others are off, as reported.
        for (int i = 0; i < kBatchSize; ++i) {
            const int expected = i < at - 1 ? VIR_DOMAIN_RUNNING : VIR_DOMAIN_SHUTOFF;
            QVERIFY2(host.value(m_batch.at(i)).state == expected,
                     qPrintable(QStringLiteral("%1 is in state %2").arg(m_batch.at(i)).arg(host.value(m_batch.at(i)).state)));
        }
        // The second attempt starts the rest.
        m_watch.setPhase(QStringLiteral("starting the rest again"));
        lifecycle.perform(DomainAction::Start, batchRefs());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        QCOMPARE(finished.at(1).at(0).toInt(), 0);
        QCOMPARE(g_boxes.size(), 1);
    } else {
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QVERIFY(g_boxes.isEmpty());
    }
    qInfo("the batch took %lld ms in all", clock.elapsed());
    host = readHost();
    for (const QString &name : std::as_const(m_batch))
        QVERIFY2(host.value(name).state == VIR_DOMAIN_RUNNING, qPrintable(name + QStringLiteral(" is not running")));
    const QString shown = waitForListToMatchHost(c.get());
    QVERIFY2(shown.isEmpty(), qPrintable(shown));

    m_watch.stop();
    QVERIFY2(m_watch.worst() < kStallLimitMs, qPrintable(m_watch.report()));
    qInfo("%s", qPrintable(m_watch.report()));
    QCOMPARE(changedDefinitions(m_before, host), QStringList());
    QCOMPARE(host.value(m_steady).state, int(VIR_DOMAIN_RUNNING));
    c.reset();
    m_watch.setPhase(QStringLiteral("destroying"));
    QVERIFY(destroyGuests(m_batch));
    m_watch.setPhase(QStringLiteral("checking images"));
    for (const QString &name : std::as_const(m_batch)) {
        const QString problems = imageProblems(m_images + QLatin1Char('/') + name + QStringLiteral(".qcow2"), {{0x5a, 0, 1 << 20}});
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
}

// --- a snapshot ----------------------------------------------------------------

void tst_IntegrationFaults::snapshot_data()
{
    addFaults();
}

// An internal snapshot with memory of a running VM: the daemon goes away, or
// stops answering, once it has paused the guest to save it.
void tst_IntegrationFaults::snapshot()
{
    QFETCH(Fault, fault);
    const QString name = QStringLiteral("fault-snapshot-") + QLatin1String(QTest::currentDataTag());
    QVERIFY(startGuest(name));
    m_before = readHost();
    std::unique_ptr<Connection> c = openThroughRelay();
    QVERIFY(c);
    const QString uuid = m_before.value(name).uuid;
    QTRY_COMPARE(stateOf(c.get(), uuid), DomainState::Running);

    // libvirtd pauses the guest while QEMU saves it (savevm, some 50-150 ms
    // here) and says so in the guest's status file: the fault hits then.
    SnapshotRequest request;
    request.name = QStringLiteral("before-the-fault");
    request.kind = SnapshotRequest::Kind::Internal;
    const QString status = m_daemon.dir() + QStringLiteral("/run/qemu/") + name + QStringLiteral(".xml");
    std::atomic<bool> watching{true};
    std::thread watcher([this, fault, status, &watching] {
        while (watching && !m_fired) {
            QFile f(status);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains("<domstatus state='paused'")) {
                fire(fault);
                break;
            }
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
    });
    auto stopWatching = qScopeGuard([&] {
        watching = false;
        watcher.join();
    });
    m_watch.setPhase(QStringLiteral("taking a snapshot"));
    QFuture<VoidResult> taken = c->createSnapshot(uuid, request);
    QTRY_VERIFY2_WITH_TIMEOUT(m_fired || taken.isFinished(), "no pause for the snapshot", 30000);
    QVERIFY2(m_fired, "the snapshot was done before the fault could hit it");
    stopWatching.dismiss();
    watching = false;
    watcher.join();

    if (fault == Fault::Killed) {
        // An error that says so, not a hang.
        m_watch.setPhase(QStringLiteral("the snapshot meets a dead host"));
        QTRY_VERIFY_WITH_TIMEOUT(taken.isFinished(), 15000);
        const VoidResult r = taken.result();
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
        qInfo("the snapshot failed %lld ms after the kill: %s", sinceFault(), qPrintable(r.error().message));
    } else {
        m_watch.setPhase(QStringLiteral("libvirtd frozen in the snapshot"));
        QTest::qWait(500);
        QVERIFY(!taken.isFinished()); // waiting, not failed
    }
    const QString recovered = recover(fault, c.get());
    QVERIFY2(recovered.isEmpty(), qPrintable(recovered));
    if (fault == Fault::Frozen)
        QCOMPARE(reconnects(), 0); // a host silent for seconds is not given up

    auto snapshotNames = [&] {
        const Result<SnapshotState> s = await(c->snapshots(uuid));
        QStringList names;
        if (s) {
            for (const SnapshotInfo &i : s.value().snapshots)
                names << i.name;
        }
        return names;
    };
    if (fault == Fault::Killed) {
        // libvirt resumes a guest it paused for a snapshot when it starts again,
        // but 9.0 only for the pause reason "snapshot" while its internal
        // snapshots pause with "save" (qemuProcessRecoverJob): there the guest
        // stays paused, and QVirt's list says so. Resume is the user's way back.
        const QString diff = waitForListToMatchHost(c.get());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        const DomainInfo *shown = c->domainModel()->find(uuid);
        QVERIFY(shown);
        if (shown->state == DomainState::Paused) {
            QCOMPARE(shown->stateReason, int(VIR_DOMAIN_PAUSED_SAVE));
            qInfo("libvirtd left %s paused (reason save) after the restart; resuming it", qPrintable(name));
            const VoidResult resumed = await(c->perform(uuid, DomainAction::Resume));
            QVERIFY2(resumed.ok(), qPrintable(resumed ? QString() : resumed.error().message));
        }
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(c.get(), uuid), DomainState::Running, 15000);
        // The second attempt succeeds.
        m_watch.setPhase(QStringLiteral("taking the snapshot again"));
        const VoidResult again = await(c->createSnapshot(uuid, request));
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(taken.isFinished(), 30000);
        const VoidResult r = taken.result();
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
    }
    QCOMPARE(snapshotNames(), QStringList{request.name});
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(c.get(), uuid), DomainState::Running, 15000);
    const QString diff = waitForListToMatchHost(c.get());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    m_watch.stop();
    QVERIFY2(m_watch.worst() < kStallLimitMs, qPrintable(m_watch.report()));
    qInfo("%s", qPrintable(m_watch.report()));
    const HostView after = readHost();
    QCOMPARE(changedDefinitions(m_before, after), QStringList());
    QCOMPARE(after.value(name).state, int(VIR_DOMAIN_RUNNING));
    QCOMPARE(after.value(m_steady).state, int(VIR_DOMAIN_RUNNING));
    c.reset();
    QVERIFY(destroyGuests({name}));
    const QString image = m_images + QLatin1Char('/') + name + QStringLiteral(".qcow2");
    const QString problems = imageProblems(image, {{0x5a, 0, 1 << 20}});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    // One internal snapshot in the image: the interrupted one left none behind.
    const IH::Output list = runOffGui(QStringLiteral("qemu-img"), {QStringLiteral("snapshot"), QStringLiteral("-l"), image});
    QCOMPARE(list.out.count(request.name), 1);
}

// --- a block job ---------------------------------------------------------------

void tst_IntegrationFaults::blockJob_data()
{
    addFaults();
}

// An active block commit (the active layer into its base, then the pivot QVirt
// makes when the job is ready) of a running guest: the daemon goes away, or
// stops answering, while QEMU copies. The relay slows the copy to 16 MiB/s
// (the bandwidth of the call) so there is a "while".
void tst_IntegrationFaults::blockJob()
{
    QFETCH(Fault, fault);
    const QString tag = QLatin1String(QTest::currentDataTag());
    const QString name = QStringLiteral("fault-block-") + tag;
    const QString base = m_images + QStringLiteral("/block-%1-base.qcow2").arg(tag);
    const QString top = m_images + QStringLiteral("/block-%1-top.qcow2").arg(tag);
    QVERIFY(startGuest(name));
    m_before = readHost();
    std::unique_ptr<Connection> c = openThroughRelay();
    QVERIFY(c);
    const QString uuid = m_before.value(name).uuid;
    QTRY_COMPARE(stateOf(c.get(), uuid), DomainState::Running);

    m_relay->setHook([](LibvirtRelay::Message &m) {
        if (!m.fromClient || m.type != LibvirtRpc::Call || m.program != LibvirtRpc::RemoteProgram
            || m.procedure != LibvirtRpc::DomainBlockCommit)
            return;
        // dom (name, UUID, id), disk, base and top (optional strings), then the bandwidth
        qsizetype at = LibvirtRpc::HeaderSize;
        readString(m.bytes, &at);
        at += VIR_UUID_BUFLEN + 4;
        readString(m.bytes, &at);
        for (int optional = 0; optional < 2; ++optional) {
            const bool present = qFromBigEndian<quint32>(m.bytes.constData() + at) != 0;
            at += 4;
            if (present)
                readString(m.bytes, &at);
        }
        if (at + 8 <= m.bytes.size())
            qToBigEndian<quint64>(16, m.bytes.data() + at); // MiB/s
    });
    QSignalSpy jobs(c.get(), &Connection::blockJobChanged);
    auto lastStatus = [&]() -> std::optional<BlockJob::Status> {
        for (qsizetype i = jobs.size() - 1; i >= 0; --i) {
            const BlockJob j = jobs.at(i).at(0).value<BlockJob>();
            if (j.uuid == uuid && j.disk == QLatin1String("vda"))
                return j.status;
        }
        return std::nullopt;
    };
    auto copying = [&] {
        for (const QList<QVariant> &args : std::as_const(jobs)) {
            const BlockJob j = args.at(0).value<BlockJob>();
            if (j.uuid == uuid && j.status == BlockJob::Status::Running && j.cur > 0 && j.cur < j.end)
                return true;
        }
        return false;
    };
    m_watch.setPhase(QStringLiteral("starting the block commit"));
    const VoidResult started = await(c->blockCommit(uuid, QStringLiteral("vda"), QString(), QString()));
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().message));
    m_watch.setPhase(QStringLiteral("the block commit copies"));
    QTRY_VERIFY_WITH_TIMEOUT(copying(), 15000);
    fire(fault);
    const QString recovered = recover(fault, c.get());
    QVERIFY2(recovered.isEmpty(), qPrintable(recovered));
    if (fault == Fault::Frozen)
        QCOMPARE(reconnects(), 0); // a host silent for seconds is not given up

    auto activeSource = [&] {
        return onHost([name](virConnectPtr conn) {
            QString source;
            if (virDomainPtr d = virDomainLookupByName(conn, name.toUtf8().constData())) {
                if (char *xml = virDomainGetXMLDesc(d, 0)) {
                    const QString s = QString::fromUtf8(xml);
                    free(xml);
                    static const QRegularExpression re(QStringLiteral("<source file='([^']*)'"));
                    source = re.match(s).captured(1);
                }
                virDomainFree(d);
            }
            return source;
        });
    };
    // The merge ends by itself: QEMU went on copying, and QVirt pivots onto the
    // base once the job is ready, also when that happened while it was away.
    // QVirt gets 10 s from the moment the host has the job ready.
    auto hostJobReady = [&] {
        return onHost([name](virConnectPtr conn) {
            bool ready = false;
            if (virDomainPtr d = virDomainLookupByName(conn, name.toUtf8().constData())) {
                virDomainBlockJobInfo info;
                ready = virDomainGetBlockJobInfo(d, "vda", &info, 0) == 1 && info.end > 0 && info.cur == info.end;
                virDomainFree(d);
            }
            virResetLastError();
            return ready;
        });
    };
    m_watch.setPhase(QStringLiteral("waiting for the merge to end"));
    QDeadlineTimer merged(60000);
    std::optional<QDeadlineTimer> pivotDue;
    while (lastStatus() != BlockJob::Status::Completed && !merged.hasExpired() && !(pivotDue && pivotDue->hasExpired())) {
        QTest::qWait(500);
        if (!pivotDue && hostJobReady())
            pivotDue = QDeadlineTimer(10000);
    }
    qInfo("the merge: QVirt's last word %d, the host's job %s", lastStatus() ? int(*lastStatus()) : -1,
          hostJobReady() ? "ready" : "not ready or gone");
    // The jobs QVirt follows, with the pivot it owes, outlive a lost
    // connection; after the reconnect BlockJobs::resume pivots a job that
    // became ready while QVirt was away (it used to be reported Ready and
    // left there).
    QVERIFY2(lastStatus() == BlockJob::Status::Completed,
             qPrintable(QStringLiteral("the last status QVirt gave of the merge is %1, the active image %2")
                            .arg(lastStatus() ? int(*lastStatus()) : -1)
                            .arg(activeSource())));
    if (lastStatus() != BlockJob::Status::Completed) {
        // What a user can do about a merge left ready: cancel it (the chain stays
        // as it was, every image valid) and merge again.
        m_watch.setPhase(QStringLiteral("cancelling the stuck merge"));
        const VoidResult cancelled = await(c->cancelBlockJob(uuid, QStringLiteral("vda")));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled ? QString() : cancelled.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(lastStatus() == BlockJob::Status::Cancelled, 15000);
        QCOMPARE(activeSource(), top);
        m_watch.setPhase(QStringLiteral("merging again"));
        m_relay->setHook({});
        const VoidResult again = await(c->blockCommit(uuid, QStringLiteral("vda"), QString(), QString()));
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(lastStatus() == BlockJob::Status::Completed, 30000);
    }
    QCOMPARE(activeSource(), base);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(c.get(), uuid), DomainState::Running, 15000);
    const QString diff = waitForListToMatchHost(c.get());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    m_watch.stop();
    QVERIFY2(m_watch.worst() < kStallLimitMs, qPrintable(m_watch.report()));
    qInfo("%s", qPrintable(m_watch.report()));
    const HostView after = readHost();
    QCOMPARE(changedDefinitions(m_before, after, {name}), QStringList());
    // The guest's own definition changes in one place only: its disk is the base now.
    QString expected = m_before.value(name).definition;
    expected.replace(QStringLiteral("<source file='%1'/>").arg(top),
                     QStringLiteral("<source file='%1'/>\n      <backingStore/>").arg(base));
    QCOMPARE(after.value(name).definition, expected);
    QCOMPARE(after.value(name).state, int(VIR_DOMAIN_RUNNING));
    QCOMPARE(after.value(m_steady).state, int(VIR_DOMAIN_RUNNING));
    c.reset();
    QVERIFY(destroyGuests({name}));
    // The base holds both layers' data now, and the top is still a valid image.
    QString problems = imageProblems(base, {{0xb0, 0, 16 << 20}, {0x70, 16 << 20, 64 << 20}});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    problems = imageProblems(top, {{0xb0, 0, 16 << 20}, {0x70, 16 << 20, 64 << 20}});
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_MAIN(tst_IntegrationFaults)
#include "tst_integration_faults.moc"
