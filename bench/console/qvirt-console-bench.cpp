// qvirt-console-bench: a minimal real QVirt console window for the console
// benchmark (bench/console/README.md).
//
//   qvirt-console-bench HOST PORT [--encoding auto|raw|zrle|tight] [--seconds N]
//                       [--warmup S] [--window WxH] [--scaling fit|1:1] [--control]
//
// It shows a ConsoleView (the widget of QVirt's console page, fit to window by
// default) in a window of --window size, connects it with a VncClient exactly
// as the console page does, and counts what the client received: framebuffer
// updates (VncClient::updateCount) and decoded pixel bytes (bytesReceived).
//
// Without --control it runs for --seconds (default 20) after the first update,
// then prints one SUMMARY line: totals, and the rates and own CPU time over the
// window that starts --warmup seconds (default 5) after the first update.
//
// With --control it runs until "quit" arrives on standard input or stdin closes;
// "snap" prints a SNAP line with the counters at that moment. bench/console/run.py
// uses that to read the counters at the same instants it reads /proc.
//
// Lines on standard output (one per event, flushed):
//   STATE connecting|connected|disconnected|failed <error>
//   RESIZE <w>x<h>
//   FIRST t=<monotonic s>
//   SNAP t=<s> updates=<n> bytes=<n> cpu=<s> size=<w>x<h> encoding=<e>
//   SUMMARY ...  (see printSummary)
// Exit status: 0 on success, 1 when the connection failed or no update came,
// 2 on a usage error.

#include "consoleview.h"
#include "vncclient.h"
#include "vncsettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

double monotonicSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU time of the whole process (all threads), user + system.
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void out(const QString &line)
{
    std::fputs(qPrintable(line), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int usage(const char *message = nullptr)
{
    if (message)
        std::fprintf(stderr, "qvirt-console-bench: %s\n", message);
    std::fprintf(stderr,
                 "usage: qvirt-console-bench HOST PORT [--encoding auto|raw|zrle|tight] [--seconds N]\n"
                 "                           [--warmup S] [--window WxH] [--scaling fit|1:1] [--control]\n");
    return 2;
}

struct Sample
{
    double t = 0;
    quint64 updates = 0;
    quint64 bytes = 0;
    double cpu = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("qvirt-console-bench"));

    QStringList args = QApplication::arguments().mid(1);
    QString host;
    int port = -1;
    VncSettings settings;
    double seconds = 20;
    double warmup = 5;
    QSize window(1024, 768);
    ConsoleView::Scaling scaling = ConsoleView::Scaling::FitToWindow;
    bool control = false;

    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto value = [&](QString *v) {
            if (i + 1 >= args.size())
                return false;
            *v = args.at(++i);
            return true;
        };
        QString v;
        if (a == QLatin1String("--encoding")) {
            if (!value(&v))
                return usage("--encoding needs a value");
            if (v == QLatin1String("auto"))
                settings.encoding = VncSettings::Encoding::Automatic;
            else if (v == QLatin1String("raw"))
                settings.encoding = VncSettings::Encoding::Raw;
            else if (v == QLatin1String("zrle"))
                settings.encoding = VncSettings::Encoding::Zrle;
            else if (v == QLatin1String("tight"))
                settings.encoding = VncSettings::Encoding::Tight;
            else
                return usage("unknown encoding");
        } else if (a == QLatin1String("--seconds")) {
            bool ok = false;
            if (!value(&v) || (seconds = v.toDouble(&ok), !ok) || seconds <= 0)
                return usage("--seconds needs a positive number");
        } else if (a == QLatin1String("--warmup")) {
            bool ok = false;
            if (!value(&v) || (warmup = v.toDouble(&ok), !ok) || warmup < 0)
                return usage("--warmup needs a number >= 0");
        } else if (a == QLatin1String("--window")) {
            const QStringList wh = value(&v) ? v.split(QLatin1Char('x')) : QStringList();
            if (wh.size() != 2 || wh.at(0).toInt() < 64 || wh.at(1).toInt() < 64)
                return usage("--window needs WIDTHxHEIGHT");
            window = QSize(wh.at(0).toInt(), wh.at(1).toInt());
        } else if (a == QLatin1String("--scaling")) {
            if (!value(&v))
                return usage("--scaling needs fit or 1:1");
            if (v == QLatin1String("fit"))
                scaling = ConsoleView::Scaling::FitToWindow;
            else if (v == QLatin1String("1:1"))
                scaling = ConsoleView::Scaling::OneToOne;
            else
                return usage("--scaling needs fit or 1:1");
        } else if (a == QLatin1String("--control")) {
            control = true;
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            usage();
            return 0;
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(qPrintable(QStringLiteral("unknown option %1").arg(a)));
        } else {
            positional << a;
        }
    }
    if (positional.size() != 2)
        return usage();
    host = positional.at(0);
    bool portOk = false;
    port = positional.at(1).toInt(&portOk);
    if (!portOk || port <= 0 || port > 65535)
        return usage("bad port");

    VncClient client;
    ConsoleView view;
    view.setWindowTitle(QStringLiteral("QVirt console bench — %1:%2").arg(host).arg(port));
    view.setClient(&client);
    view.setScaling(scaling);
    view.resize(window);
    view.show();

    Sample first;
    bool haveFirst = false;
    Sample windowStart;
    bool haveWindowStart = false;
    int exitCode = 0;

    auto sample = [&client] {
        return Sample{monotonicSeconds(), client.updateCount(), client.bytesReceived(), processCpuSeconds()};
    };
    auto sizeString = [&client] { return QStringLiteral("%1x%2").arg(client.size().width()).arg(client.size().height()); };
    auto encodingString = [&client] { return client.encoding().isEmpty() ? QStringLiteral("-") : client.encoding(); };

    auto printSummary = [&] {
        const Sample end = sample();
        QString line = QStringLiteral("SUMMARY updates=%1 bytes=%2 size=%3 encoding=%4")
                           .arg(end.updates).arg(end.bytes).arg(sizeString(), encodingString());
        if (haveWindowStart && end.t > windowStart.t) {
            const double dt = end.t - windowStart.t;
            const double du = double(end.updates - windowStart.updates);
            const double cpu = end.cpu - windowStart.cpu;
            line += QStringLiteral(" window_s=%1 window_updates=%2 updates_per_s=%3 mb_per_s=%4 cpu_s=%5 cpu_s_per_1000_updates=%6")
                        .arg(dt, 0, 'f', 3)
                        .arg(end.updates - windowStart.updates)
                        .arg(du / dt, 0, 'f', 2)
                        .arg(double(end.bytes - windowStart.bytes) / dt / 1e6, 0, 'f', 2)
                        .arg(cpu, 0, 'f', 3)
                        .arg(du > 0 ? cpu / du * 1000.0 : 0.0, 0, 'f', 3);
        }
        out(line);
    };

    QObject::connect(&client, &VncClient::stateChanged, &app, [&](VncClient::State state) {
        switch (state) {
        case VncClient::State::Connecting: out(QStringLiteral("STATE connecting")); break;
        case VncClient::State::Connected: out(QStringLiteral("STATE connected")); break;
        case VncClient::State::Disconnected: out(QStringLiteral("STATE disconnected")); break;
        case VncClient::State::Failed:
            out(QStringLiteral("STATE failed %1").arg(client.errorString().simplified()));
            exitCode = 1;
            if (!control) {
                printSummary();
                QCoreApplication::exit(1);
            }
            break;
        }
    });
    QObject::connect(&client, &VncClient::resized, &app, [&](const QSize &size) {
        out(QStringLiteral("RESIZE %1x%2").arg(size.width()).arg(size.height()));
    });
    // Connected after ConsoleView::setClient, so the view's own slot has run first.
    QObject::connect(&client, &VncClient::updated, &app, [&] {
        if (haveFirst)
            return;
        haveFirst = true;
        first = sample();
        out(QStringLiteral("FIRST t=%1").arg(first.t, 0, 'f', 6));
        if (!control) {
            QTimer::singleShot(int(warmup * 1000), &app, [&] {
                windowStart = sample();
                haveWindowStart = true;
            });
            QTimer::singleShot(int((warmup + seconds) * 1000), &app, [&] {
                printSummary();
                QCoreApplication::exit(0);
            });
        }
    });

    QSocketNotifier *stdinNotifier = nullptr;
    QByteArray stdinBuffer;
    if (control) {
        stdinNotifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
        QObject::connect(stdinNotifier, &QSocketNotifier::activated, &app, [&] {
            char buf[256];
            const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
            if (n <= 0) {
                stdinNotifier->setEnabled(false);
                QCoreApplication::exit(exitCode);
                return;
            }
            stdinBuffer.append(buf, int(n));
            qsizetype nl;
            while ((nl = stdinBuffer.indexOf('\n')) >= 0) {
                const QByteArray cmd = stdinBuffer.left(nl).trimmed();
                stdinBuffer.remove(0, nl + 1);
                if (cmd == "snap") {
                    const Sample s = sample();
                    out(QStringLiteral("SNAP t=%1 updates=%2 bytes=%3 cpu=%4 size=%5 encoding=%6")
                            .arg(s.t, 0, 'f', 6).arg(s.updates).arg(s.bytes).arg(s.cpu, 0, 'f', 6)
                            .arg(sizeString(), encodingString()));
                } else if (cmd == "quit") {
                    QCoreApplication::exit(exitCode);
                    return;
                }
            }
        });
    } else {
        // No first update within a minute: give up rather than hang.
        QTimer::singleShot(60000 + int((warmup + seconds) * 1000), &app, [&] {
            if (!haveFirst) {
                out(QStringLiteral("STATE failed no framebuffer update arrived"));
                printSummary();
                QCoreApplication::exit(1);
            }
        });
    }

    client.connectToHost(host, port, settings);
    const int rc = app.exec();
    client.disconnectFromServer();
    return rc != 0 ? rc : (haveFirst ? exitCode : 1);
}
