#include "consoleview.h"
#include "vncclient.h"
#include "xforwarding.h"

#include <QApplication>
#include <QScreen>
#include <QtTest>

#include "testvncserver.h"

#include <rfb/rfb.h>

#include <csignal>
#include <cstdlib>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

// The console as ssh -X shows it: drawn by the X server through RENDER (a
// real Xvfb without MIT-SHM that the test starts), at full resolution on a
// fast link, coarse then refined when told to save bytes.
class tst_XConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void forwardedDisplayIsCheap();
    void fullResolutionIsExact();
    void coarseFramesAreRefined();
    void scaledToWindow();

private:
    QImage onScreen(ConsoleView &view) const;
    QImage guestImage() const;
    static double meanDifference(const QImage &a, const QImage &b);
    void changeGuest(int shift);

    rfbScreenInfoPtr m_screen = nullptr;
    QByteArray m_fb;
    VncClient m_client;
};

static constexpr int kWidth = 320, kHeight = 200;

void tst_XConsole::changeGuest(int shift)
{
    // Smooth gradients with an edge: scaling shows, and so does a wrong pixel.
    auto *px = reinterpret_cast<quint32 *>(m_fb.data());
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth; ++x) {
            const quint32 r = (x + shift) & 0xff, g = (y * 2 + shift) & 0xff, b = x < kWidth / 2 ? 0x30 : 0xc0;
            px[y * kWidth + x] = r | (g << 8) | (b << 16); // rfb 32 bpp: red in the low byte
        }
    }
}

void tst_XConsole::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    QVERIFY(XForwarding::active());
    int argc = 0;
    m_screen = rfbGetScreen(&argc, nullptr, kWidth, kHeight, 8, 3, 4);
    m_fb = QByteArray(kWidth * kHeight * 4, '\0');
    changeGuest(0);
    m_screen->frameBuffer = m_fb.data();
    m_screen->cursor = nullptr;
    TestVncServer::listenOnEphemeralPort(m_screen);
    m_screen->listenInterface = htonl(INADDR_LOOPBACK);
    m_screen->ipv6port = 0;
    m_screen->httpPort = 0;
    TestVncServer::countClients(m_screen);
    rfbLogEnable(0);
    rfbInitServer(m_screen);
    rfbRunEventLoop(m_screen, 5000, TRUE);
    VncSettings raw;
    raw.encoding = VncSettings::Encoding::Raw;
    m_client.connectToHost(QStringLiteral("127.0.0.1"), m_screen->port, raw);
    QTRY_COMPARE(m_client.state(), VncClient::State::Connected);
    QTRY_COMPARE(m_client.size(), QSize(kWidth, kHeight));
    QTRY_COMPARE(m_client.image().convertToFormat(QImage::Format_RGB32).pixel(kWidth - 1, kHeight - 1), guestImage().pixel(kWidth - 1, kHeight - 1));
}

void tst_XConsole::cleanupTestCase()
{
    m_client.disconnectFromServer();
    QVERIFY(TestVncServer::shutDown(m_screen));
}

QImage tst_XConsole::guestImage() const
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    const auto *px = reinterpret_cast<const quint32 *>(m_fb.constData());
    for (int y = 0; y < kHeight; ++y) {
        for (int x = 0; x < kWidth; ++x) {
            const quint32 v = px[y * kWidth + x];
            image.setPixel(x, y, qRgb(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff));
        }
    }
    return image;
}

// What the X server shows in the console's window (GetImage), not what Qt
// thinks it painted.
QImage tst_XConsole::onScreen(ConsoleView &view) const
{
    QWidget *viewport = view.viewport();
    return QGuiApplication::primaryScreen()
        ->grabWindow(viewport->winId(), 0, 0, viewport->width(), viewport->height())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

double tst_XConsole::meanDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 1e9;
    double sum = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * a.width() * a.height());
}

// What XForwarding::adapt() changed for the whole application.
void tst_XConsole::forwardedDisplayIsCheap()
{
    QVERIFY(QApplication::font().styleStrategy() & QFont::NoAntialias);
    QVERIFY(QApplication::palette().isEqual(QPalette::Active, QPalette::Inactive));
    QVERIFY(QApplication::testAttribute(Qt::AA_DontCreateNativeWidgetSiblings));
    QCOMPARE(QApplication::windowIcon().availableSizes(), (QList<QSize>{{16, 16}, {32, 32}}));
}

void tst_XConsole::fullResolutionIsExact()
{
    ConsoleView view;
    QVERIFY(view.isServerScaled());
    view.setClient(&m_client);
    view.setScaling(ConsoleView::Scaling::OneToOne);
    view.resize(kWidth, kHeight);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage expected = guestImage();
    QTRY_COMPARE(onScreen(view), expected);
    QCOMPARE(view.lastFactor(), 1); // a fast link: no reason to save bytes

    // A change of the guest's screen reaches the window, and only it is sent.
    changeGuest(40);
    rfbMarkRectAsModified(m_screen, 0, 0, kWidth, kHeight);
    QTRY_COMPARE(onScreen(view), guestImage());
}

void tst_XConsole::coarseFramesAreRefined()
{
    qputenv("QVIRT_X_SCALE", "2"); // as a slow link would choose
    ConsoleView view;
    qunsetenv("QVIRT_X_SCALE");
    view.setClient(&m_client);
    view.setScaling(ConsoleView::Scaling::OneToOne);
    view.resize(kWidth, kHeight);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    changeGuest(80);
    rfbMarkRectAsModified(m_screen, 0, 0, kWidth, kHeight);
    // First at half resolution: close to the guest's picture, not equal.
    const auto coarse = [&] {
        const double d = meanDifference(onScreen(view), guestImage());
        return view.lastFactor() == 2 && d > 0.0 && d < 6.0;
    };
    QTRY_VERIFY(coarse());
    // Then, the screen holding still, at full resolution.
    QTRY_COMPARE_WITH_TIMEOUT(onScreen(view), guestImage(), 10000);
    QCOMPARE(view.lastFactor(), 1);
}

void tst_XConsole::scaledToWindow()
{
    ConsoleView view;
    view.setClient(&m_client);
    view.setScaling(ConsoleView::Scaling::FitToWindow);
    view.resize(2 * kWidth, 2 * kHeight);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage expected = guestImage().scaled(2 * kWidth, 2 * kHeight, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // The server's bilinear filter and Qt's smooth scaling agree closely.
    QTRY_VERIFY2(meanDifference(onScreen(view), expected) < 3.0,
                 qPrintable(QString::number(meanDifference(onScreen(view), expected))));
}

// Starts Xvfb without MIT-SHM, as over ssh -X; returns its display number,
// once it takes clients, or -1.
static int startXvfb(pid_t *pid)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return -1;
    *pid = ::fork();
    if (*pid == 0) {
        // Ends with the test, however it ends (a sanitizer's abort included):
        // an orphaned Xvfb would keep ctest's output pipe open until its timeout.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() == 1)
            ::_exit(127);
        ::close(fds[0]);
        const std::string fd = std::to_string(fds[1]);
        ::execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-nolisten", "tcp", "-extension", "MIT-SHM",
                 "-screen", "0", "1024x768x24", static_cast<char *>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    // Up to the newline: closing the pipe before Xvfb has written it would
    // end the server (it cannot write, and stops).
    QByteArray text;
    char c = 0;
    while (!text.endsWith('\n') && text.size() < 16 && ::read(fds[0], &c, 1) == 1)
        text.append(c);
    ::close(fds[0]);
    bool ok = false;
    const int number = text.endsWith('\n') ? text.trimmed().toInt(&ok) : -1;
    if (!ok || number < 0) {
        ::kill(*pid, SIGTERM);
        ::waitpid(*pid, nullptr, 0);
        return -1;
    }
    // -displayfd answers as the server starts; wait until it takes clients.
    const std::string socketPath = "/tmp/.X11-unix/X" + std::to_string(number);
    for (int i = 0; i < 200; ++i) {
        const int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", socketPath.c_str());
        const bool answers = ::connect(s, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
        ::close(s);
        if (answers)
            return number;
        ::usleep(25000);
    }
    ::kill(*pid, SIGTERM);
    ::waitpid(*pid, nullptr, 0);
    return -1;
}

// The test brings its own X server.
int main(int argc, char *argv[])
{
    pid_t xvfb = -1;
    int number = -1;
    // Another X server starting at the same moment can take the number this
    // one tried: try again.
    for (int attempt = 0; attempt < 3 && number < 0; ++attempt)
        number = startXvfb(&xvfb);
    if (number < 0) {
        std::fprintf(stderr, "tst_xconsole: Xvfb did not start (install the xvfb package)\n");
        return 2;
    }
    qputenv("DISPLAY", ":" + QByteArray::number(number));
    qputenv("QT_QPA_PLATFORM", "xcb");
    qputenv("QVIRT_X_FORWARDING", "1");
    int result;
    {
        QApplication app(argc, argv);
        XForwarding::adapt();
        tst_XConsole test;
        result = QTest::qExec(&test, argc, argv);
    }
    ::kill(xvfb, SIGTERM);
    ::waitpid(xvfb, nullptr, 0);
    return result;
}

#include "tst_xconsole.moc"
