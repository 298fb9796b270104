#include "consoleview.h"
#include "vncclient.h"

#include <QApplication>
#include <QBackingStore>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QScreen>
#include <QScrollBar>
#include <QTemporaryFile>
#include <QWindow>
#include <QtTest>

#include "testvncserver.h"

#include <rfb/rfb.h>

#include <atomic>
#include <cmath>
#include <functional>

// The scale factor this executable runs at (Qt's QT_SCALE_FACTOR, as the
// "Interface size" preference sets it): one build at 2, one at 1.5.
#ifndef QVIRT_TEST_SCALE_FACTOR
#define QVIRT_TEST_SCALE_FACTOR "2"
#endif

// The console on a high-density display: at 1:1 one guest pixel is one device
// pixel and the pointer lands on the pixel it points at; a scaled picture is
// filtered smoothly and a partial repaint leaves the same pixels as a full one;
// "Resize guest to window" asks for device pixels; another screen is followed.
class tst_ConsoleViewHiDpi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void oneToOneShowsGuestPixels();
    void pointerLandsOnThePixel();
    void pointerAtAFractionalOffset();
    void oneToOneScrollsInDevicePixels();
    void fitToWindowIsSmooth();
    void partialRepaintsMatchAFullOne_data();
    void partialRepaintsMatchAFullOne();
    void resizeGuestAsksForDevicePixels();
    void followsAnotherScreen();

private:
    static qreal factor() { return QByteArray(QVIRT_TEST_SCALE_FACTOR).toDouble(); }
    // Writes the server's frame buffer and waits for the client to have it.
    void paintServer(const QRect &rect, const std::function<QRgb(int, int)> &color);
    static QRgb pattern(int x, int y) { return qRgb(x & 0xff, y & 0xff, 0x80 | (x >> 8) << 4 | (y >> 8)); }
    // What the window shows now (its backing store, device pixels), and what
    // a full repaint of it would show.
    static QImage shown(QWidget *window);
    static QImage repainted(QWidget *window) { return window->grab().toImage().convertToFormat(QImage::Format_RGB32); }
    static QString firstDifference(const QImage &a, const QImage &b);
    // The device pixel (x, y) of a viewport as a logical position.
    static QPointF logical(int x, int y) { return QPointF(x / factor(), y / factor()); }
    // The device pixel of the viewport where guest pixel 0,0 is shown at 1:1.
    static QPoint pictureCorner(const ConsoleView &view);

    rfbScreenInfoPtr m_screen = nullptr;
    QByteArray m_fb;
    VncClient m_client;
    struct Pointer
    {
        int x = -1, y = -1, mask = -1;
        bool operator==(const Pointer &o) const { return x == o.x && y == o.y && mask == o.mask; }
    };
    static quint64 pack(Pointer p) { return quint64(quint16(p.x)) | quint64(quint16(p.y)) << 16 | quint64(quint16(p.mask)) << 32; }
    static Pointer pointer()
    {
        const quint64 v = s_pointer.load();
        return {qint16(v & 0xffff), qint16(v >> 16 & 0xffff), qint16(v >> 32 & 0xffff)};
    }
    static inline std::atomic<quint64> s_pointer{0xffffffffffffULL};
    static inline std::atomic<int> s_askedW{0}, s_askedH{0};
};

void tst_ConsoleViewHiDpi::initTestCase()
{
    QCOMPARE(QGuiApplication::primaryScreen()->devicePixelRatio(), factor());
    int argc = 0;
    m_screen = rfbGetScreen(&argc, nullptr, 320, 200, 8, 3, 4);
    m_fb = QByteArray(320 * 200 * 4, '\0');
    m_screen->frameBuffer = m_fb.data();
    m_screen->cursor = nullptr;
    TestVncServer::listenOnEphemeralPort(m_screen);
    m_screen->httpPort = 0;
    m_screen->ptrAddEvent = [](int mask, int x, int y, rfbClientPtr) { s_pointer = pack({x, y, mask}); };
    // Remembers the size asked for and keeps its own.
    m_screen->setDesktopSizeHook = [](int w, int h, int, rfbExtDesktopScreen *, rfbClientPtr) {
        s_askedW = w;
        s_askedH = h;
        return int(rfbExtDesktopSize_ResizeProhibited);
    };
    TestVncServer::countClients(m_screen);
    rfbLogEnable(0);
    rfbInitServer(m_screen);
    rfbRunEventLoop(m_screen, 5000, TRUE);
    m_client.connectToHost(QStringLiteral("127.0.0.1"), m_screen->port, {});
    QTRY_COMPARE(m_client.state(), VncClient::State::Connected);
    QTRY_COMPARE(m_client.size(), QSize(320, 200));
}

void tst_ConsoleViewHiDpi::init()
{
    paintServer(QRect(0, 0, 320, 200), pattern);
    s_askedW = s_askedH = 0;
}

QPoint tst_ConsoleViewHiDpi::pictureCorner(const ConsoleView &view)
{
    const QSize device = (QSizeF(view.viewport()->size()) * factor()).toSize();
    QPoint corner(-1, -1);
    for (int x = 0; x < device.width() && corner.x() < 0; ++x) {
        if (view.toGuest(logical(x, 0)).x() == 0 && view.toGuest(logical(x + 1, 0)).x() == 1)
            corner.setX(x);
    }
    for (int y = 0; y < device.height() && corner.y() < 0; ++y) {
        if (view.toGuest(logical(0, y)).y() == 0 && view.toGuest(logical(0, y + 1)).y() == 1)
            corner.setY(y);
    }
    return corner;
}

void tst_ConsoleViewHiDpi::cleanupTestCase()
{
    m_client.disconnectFromServer();
    QVERIFY(TestVncServer::shutDown(m_screen));
}

void tst_ConsoleViewHiDpi::paintServer(const QRect &rect, const std::function<QRgb(int, int)> &color)
{
    const rfbPixelFormat &f = m_screen->serverFormat;
    auto *pixels = reinterpret_cast<quint32 *>(m_fb.data());
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb c = color(x, y);
            pixels[y * 320 + x] = quint32(qRed(c)) << f.redShift | quint32(qGreen(c)) << f.greenShift | quint32(qBlue(c)) << f.blueShift;
        }
    }
    rfbMarkRectAsModified(m_screen, rect.left(), rect.top(), rect.right() + 1, rect.bottom() + 1);
    const auto arrived = [&] {
        const QImage &image = m_client.image();
        if (image.size() != QSize(320, 200))
            return false;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x) {
                if ((image.pixel(x, y) & 0xffffff) != (color(x, y) & 0xffffff))
                    return false;
            }
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(arrived(), 20000);
}

QImage tst_ConsoleViewHiDpi::shown(QWidget *window)
{
    // The offscreen platform's backing store is an image. (Its grabWindow()
    // cuts a window to its logical size in device pixels.)
    QBackingStore *store = window->backingStore();
    QPaintDevice *device = store ? store->paintDevice() : nullptr;
    if (!device || device->devType() != QInternal::Image)
        return {};
    return static_cast<QImage *>(device)->convertToFormat(QImage::Format_RGB32);
}

QString tst_ConsoleViewHiDpi::firstDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return QStringLiteral("sizes differ: %1x%2 and %3x%4").arg(a.width()).arg(a.height()).arg(b.width()).arg(b.height());
    int count = 0;
    QString first;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (a.pixel(x, y) != b.pixel(x, y)) {
                if (count++ == 0)
                    first = QStringLiteral("at %1,%2: %3 and %4").arg(x).arg(y).arg(a.pixel(x, y), 8, 16).arg(b.pixel(x, y), 8, 16);
            }
        }
    }
    return count ? QStringLiteral("%1 pixels differ, first %2").arg(count).arg(first) : QString();
}

// Every guest pixel is one device pixel of the viewport, in order, and the
// pointer maps each device pixel to the guest pixel it shows.
void tst_ConsoleViewHiDpi::oneToOneShowsGuestPixels()
{
    ConsoleView view;
    view.setClient(&m_client);
    view.setScaling(ConsoleView::Scaling::OneToOne);
    view.resize(int(std::ceil(320 / factor())) + 31, int(std::ceil(200 / factor())) + 17); // room around it
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
    const QImage grab = view.viewport()->grab().toImage();
    QCOMPARE(grab.size(), (QSizeF(view.viewport()->size()) * factor()).toSize());

    const QPoint corner = pictureCorner(view);
    QVERIFY(corner.x() > 0 && corner.y() > 0);
    const QImage &guest = m_client.image();
    for (int y = 0; y < 200; ++y) {
        for (int x = 0; x < 320; ++x) {
            const QPoint device = corner + QPoint(x, y);
            if (grab.pixel(device) != guest.pixel(x, y))
                QFAIL(qPrintable(QStringLiteral("device pixel %1,%2 shows %3, guest pixel %4,%5 is %6")
                                     .arg(device.x()).arg(device.y()).arg(grab.pixel(device), 8, 16)
                                     .arg(x).arg(y).arg(guest.pixel(x, y), 8, 16)));
            const QPoint mapped = view.toGuest(logical(device.x(), device.y()));
            if (mapped != QPoint(x, y))
                QFAIL(qPrintable(QStringLiteral("device pixel %1,%2 maps to %3,%4, not %5,%6")
                                     .arg(device.x()).arg(device.y()).arg(mapped.x()).arg(mapped.y()).arg(x).arg(y)));
        }
    }
    // Around it, the background.
    const QRgb background = view.palette().color(QPalette::Dark).rgb();
    QCOMPARE(grab.pixel(corner - QPoint(1, 1)), background);
    QCOMPARE(grab.pixel(corner + QPoint(320, 200)), background);
}

// Real pointer events at device pixels (logical positions with fractions at
// 150 %) reach the guest as the pixel under them.
void tst_ConsoleViewHiDpi::pointerLandsOnThePixel()
{
    ConsoleView view;
    view.setClient(&m_client);
    view.setScaling(ConsoleView::Scaling::OneToOne);
    view.resize(int(std::ceil(320 / factor())), int(std::ceil(200 / factor())));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPoint corner = pictureCorner(view);
    QVERIFY(corner.x() >= 0 && corner.y() >= 0);
    for (const QPoint guest : {QPoint(0, 0), QPoint(1, 1), QPoint(2, 3), QPoint(101, 77), QPoint(200, 133), QPoint(319, 199)}) {
        const QPoint device = corner + guest;
        QMouseEvent move(QEvent::MouseMove, logical(device.x(), device.y()), view.viewport()->mapToGlobal(logical(device.x(), device.y())),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
        QTRY_VERIFY2(pointer() == (Pointer{guest.x(), guest.y(), 0}),
                     qPrintable(QStringLiteral("%1,%2 arrived as %3,%4").arg(guest.x()).arg(guest.y()).arg(pointer().x).arg(pointer().y)));
    }
}

// A console whose corner is not on a whole device pixel (an odd logical
// offset at 150 %): what the window really shows and where the pointer lands
// agree for every pixel.
void tst_ConsoleViewHiDpi::pointerAtAFractionalOffset()
{
    QWidget window;
    window.resize(int(std::ceil(320 / factor())) + 40, int(std::ceil(200 / factor())) + 40);
    auto *view = new ConsoleView(&window);
    view->setClient(&m_client);
    view->setScaling(ConsoleView::Scaling::OneToOne);
    view->setGeometry(7, 5, window.width() - 14, window.height() - 10);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage &guest = m_client.image();
    // The first paint may still be on its way to the backing store.
    QTRY_VERIFY2(firstDifference(shown(&window), repainted(&window)).isEmpty(),
                 qPrintable(firstDifference(shown(&window), repainted(&window))));
    const QImage screen = shown(&window);
    int checked = 0;
    for (int y = 0; y < screen.height(); ++y) {
        for (int x = 0; x < screen.width(); ++x) {
            // Where the window's device pixel is, for the console.
            const QPointF local = view->viewport()->mapFrom(&window, QPointF(x / factor(), y / factor()));
            if (!QRectF(view->viewport()->rect()).contains(local))
                continue;
            // Only pixels on the picture, inside its edge: the background
            // around it maps to the edge.
            const QPoint g = view->toGuest(local);
            if (g.x() == 0 || g.y() == 0 || g.x() == 319 || g.y() == 199)
                continue;
            if (screen.pixel(x, y) != guest.pixel(g))
                QFAIL(qPrintable(QStringLiteral("window pixel %1,%2 shows %3, the pointer there goes to %4,%5 (%6)")
                                     .arg(x).arg(y).arg(screen.pixel(x, y), 8, 16).arg(g.x()).arg(g.y()).arg(guest.pixel(g), 8, 16)));
            ++checked;
        }
    }
    QCOMPARE(checked, 318 * 198); // each inside pixel once: 1:1
}

void tst_ConsoleViewHiDpi::oneToOneScrollsInDevicePixels()
{
    ConsoleView view;
    view.setClient(&m_client);
    view.setScaling(ConsoleView::Scaling::OneToOne);
    view.resize(100, 80); // smaller than the guest: scroll bars
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QSize device = (QSizeF(view.viewport()->size()) * factor()).toSize();
    QCOMPARE(view.horizontalScrollBar()->maximum(), 320 - int(view.viewport()->width() * factor()));
    QCOMPARE(view.verticalScrollBar()->maximum(), 200 - int(view.viewport()->height() * factor()));
    QCOMPARE(view.toGuest(logical(0, 0)), QPoint(0, 0));
    view.horizontalScrollBar()->setValue(50);
    view.verticalScrollBar()->setValue(30);
    QCOMPARE(view.toGuest(logical(10, 10)), QPoint(60, 40));
    QImage grab = view.viewport()->grab().toImage();
    QCOMPARE(grab.pixel(10, 10), m_client.image().pixel(60, 40));
    // At the end, the guest's last column and row are in view.
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    const QPoint last(int(view.viewport()->width() * factor()) - 1, int(view.viewport()->height() * factor()) - 1);
    QCOMPARE(view.toGuest(logical(last.x(), last.y())), QPoint(319, 199));
    grab = view.viewport()->grab().toImage();
    QCOMPARE(grab.size(), device);
    QCOMPARE(grab.pixel(last), m_client.image().pixel(319, 199));
    QCOMPARE(grab.pixel(last - QPoint(5, 7)), m_client.image().pixel(314, 192));
}

// Scaled, an edge between black and white gets greys between them; at 1:1 it
// stays sharp.
void tst_ConsoleViewHiDpi::fitToWindowIsSmooth()
{
    paintServer(QRect(0, 0, 320, 200), [](int x, int) { return x < 160 ? qRgb(0, 0, 0) : qRgb(255, 255, 255); });
    ConsoleView view;
    view.setClient(&m_client);
    view.resize(int(320 * 1.7 / factor()), int(200 * 1.7 / factor())); // 1.7 device pixels a guest pixel
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRgb background = view.palette().color(QPalette::Dark).rgb();
    auto greys = [&view, background] {
        const QImage grab = view.viewport()->grab().toImage();
        const int row = grab.height() / 2;
        int n = 0;
        for (int x = 0; x < grab.width(); ++x) {
            if (grab.pixel(x, row) == background)
                continue;
            const int v = qGreen(grab.pixel(x, row));
            if (v > 10 && v < 245)
                ++n;
        }
        return n;
    };
    QVERIFY2(greys() >= 1, "no intermediate value at the edge: not filtered");
    QVERIFY(greys() <= 4); // a blend across the edge, not a blur of the picture
    view.setScaling(ConsoleView::Scaling::OneToOne);
    QCOMPARE(greys(), 0);
}

void tst_ConsoleViewHiDpi::partialRepaintsMatchAFullOne_data()
{
    QTest::addColumn<int>("scaling");
    QTest::addColumn<QSize>("size"); // logical
    QTest::newRow("fit, enlarged") << int(ConsoleView::Scaling::FitToWindow) << QSize(457, 301);
    QTest::newRow("fit, reduced") << int(ConsoleView::Scaling::FitToWindow) << QSize(97, 71);
    QTest::newRow("1:1") << int(ConsoleView::Scaling::OneToOne) << QSize(251, 163);
}

// Changes of a few guest pixels repaint only around them, and the window then
// shows exactly what a new console of the same guest shows: no seams, no
// stale lines.
void tst_ConsoleViewHiDpi::partialRepaintsMatchAFullOne()
{
    QFETCH(int, scaling);
    QFETCH(QSize, size);
    ConsoleView view;
    view.setClient(&m_client);
    view.setScaling(ConsoleView::Scaling(scaling));
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view)); // no repaint for becoming active later
    QTRY_VERIFY2(firstDifference(shown(&view), repainted(&view)).isEmpty(),
                 qPrintable(firstDifference(shown(&view), repainted(&view))));

    struct PaintLog : QObject
    {
        QList<qint64> areas; // of each repaint
        bool grabbing = false; // the test's own full repaints do not count
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !grabbing) {
                qint64 area = 0;
                for (const QRect &r : static_cast<QPaintEvent *>(event)->region())
                    area += qint64(r.width()) * r.height();
                areas << area;
            }
            return false;
        }
    } log;
    view.viewport()->installEventFilter(&log);
    // Small changes: single pixels, edges and corners of the picture, and
    // neighbours of each other.
    const QList<QRect> changes = {QRect(0, 0, 1, 1),     QRect(160, 100, 1, 1), QRect(161, 100, 3, 2), QRect(319, 0, 1, 7),
                                  QRect(0, 199, 9, 1),   QRect(77, 33, 13, 11), QRect(300, 180, 20, 20), QRect(41, 150, 2, 30)};
    int n = 0;
    for (const QRect &r : changes) {
        ++n;
        paintServer(r, [n](int x, int y) { return qRgb((x * 37 + n * 50) & 0xff, (y * 91 + n * 20) & 0xff, (x ^ y) & 0xff); });
    }
    const auto difference = [&view, &log] {
        log.grabbing = true;
        const QString d = firstDifference(shown(&view), repainted(&view));
        log.grabbing = false;
        return d;
    };
    QTRY_VERIFY2(difference().isEmpty(), qPrintable(difference()));
    view.viewport()->removeEventFilter(&log);
    QVERIFY(!log.areas.isEmpty());
    for (qint64 area : std::as_const(log.areas))
        QVERIFY2(area < view.viewport()->width() * view.viewport()->height() / 4, qPrintable(QStringLiteral("a repaint of %1 pixels").arg(area)));

    // What the window shows is what a full repaint of the same guest shows.
    ConsoleView fresh;
    fresh.setClient(&m_client);
    fresh.setScaling(ConsoleView::Scaling(scaling));
    fresh.resize(size);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QTRY_VERIFY2(firstDifference(shown(&view), repainted(&fresh)).isEmpty(),
                 qPrintable(firstDifference(shown(&view), repainted(&fresh))));
}

void tst_ConsoleViewHiDpi::resizeGuestAsksForDevicePixels()
{
    ConsoleView view;
    view.setClient(&m_client);
    view.setScaling(ConsoleView::Scaling::ResizeGuest);
    view.resize(301, 203);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QSize device = (QSizeF(view.viewport()->size()) * factor()).toSize();
    QTRY_COMPARE(s_askedW.load(), device.width());
    QTRY_COMPARE(s_askedH.load(), device.height());
}

// Moved to a screen with twice the pixels, the console follows: the scroll
// bars count the new device pixels, the picture stays 1:1 and "Resize guest to
// window" asks for the new size.
void tst_ConsoleViewHiDpi::followsAnotherScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QCOMPARE(screens.size(), 2);
    QCOMPARE(screens.at(1)->devicePixelRatio(), 2 * factor());
    ConsoleView view;
    view.setClient(&m_client);
    view.setScaling(ConsoleView::Scaling::OneToOne);
    view.resize(80, 60);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.devicePixelRatioF(), factor());
    QCOMPARE(view.horizontalScrollBar()->maximum(), 320 - int(view.viewport()->width() * factor()));

    view.windowHandle()->setScreen(screens.at(1));
    view.move(screens.at(1)->geometry().topLeft() + QPoint(10, 10));
    QTRY_COMPARE(view.devicePixelRatioF(), 2 * factor());
    QTRY_COMPARE(view.horizontalScrollBar()->maximum(), qMax(0, 320 - int(view.viewport()->width() * 2 * factor())));
    QTRY_COMPARE(view.verticalScrollBar()->maximum(), qMax(0, 200 - int(view.viewport()->height() * 2 * factor())));
    const QImage grab = view.viewport()->grab().toImage();
    QCOMPARE(grab.size(), (QSizeF(view.viewport()->size()) * 2 * factor()).toSize());
    QCOMPARE(grab.pixel(3, 5), m_client.image().pixel(3, 5));
    QCOMPARE(grab.pixel(17, 11), m_client.image().pixel(17, 11));
    QCOMPARE(view.toGuest(QPointF(17 / (2 * factor()), 11 / (2 * factor()))), QPoint(17, 11));

    view.setScaling(ConsoleView::Scaling::ResizeGuest);
    const QSize device = (QSizeF(view.viewport()->size()) * 2 * factor()).toSize();
    QTRY_COMPARE(s_askedW.load(), device.width());
    QTRY_COMPARE(s_askedH.load(), device.height());
}

int main(int argc, char *argv[])
{
    // Before the application exists, as QVirt's own start-up sets it.
    qputenv("QT_SCALE_FACTOR", QVIRT_TEST_SCALE_FACTOR);
    // Two screens, the second with twice the device pixels of the first.
    QTemporaryFile screens(QDir::tempPath() + QStringLiteral("/qvirt-screens-XXXXXX.json"));
    if (!screens.open())
        return 1;
    screens.write(R"({"screens": [
        {"name": "one", "x": 0, "y": 0, "width": 1600, "height": 1200, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "two", "x": 1600, "y": 0, "width": 3200, "height": 2400, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 2}]})");
    screens.flush();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(screens.fileName()));
    QApplication app(argc, argv);
    tst_ConsoleViewHiDpi test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_consoleviewhidpi.moc"
