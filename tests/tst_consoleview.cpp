#include "consoleview.h"
#include "vncclient.h"

#include <QBackingStore>
#include <QScrollBar>
#include <QtTest>

#include "testvncserver.h"

#include <rfb/rfb.h>

#include <atomic>

// The console widget: pointer mapping under each scaling, keys without native
// key codes, and repaint of only what changed.
class tst_ConsoleView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fitToWindowMapsPointer();
    void oneToOneScrolls();
    void fitToWindowIsSmoothWithoutSeams();
    void keysReachServer();
    void tabStaysInGuest();

private:
    rfbScreenInfoPtr m_screen = nullptr;
    QByteArray m_fb;
    VncClient m_client;
    // The last pointer event as one value, so the test never sees the x of one
    // event beside the y of the one before (the server's thread writes it).
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
    static inline std::atomic<quint64> s_pointer{0xffffffffffffULL}; // x, y and mask -1
    static inline std::atomic<quint32> s_key{0};
};

void tst_ConsoleView::initTestCase()
{
    int argc = 0;
    m_screen = rfbGetScreen(&argc, nullptr, 320, 200, 8, 3, 4);
    m_fb = QByteArray(320 * 200 * 4, '\x20');
    m_screen->frameBuffer = m_fb.data();
    m_screen->cursor = nullptr;
    TestVncServer::listenOnEphemeralPort(m_screen);
    m_screen->listenInterface = htonl(INADDR_LOOPBACK);
    m_screen->ipv6port = 0;
    m_screen->httpPort = 0;
    m_screen->ptrAddEvent = [](int mask, int x, int y, rfbClientPtr) { s_pointer = pack({x, y, mask}); };
    m_screen->kbdAddEvent = [](rfbBool down, rfbKeySym key, rfbClientPtr) {
        if (down)
            s_key = key;
    };
    TestVncServer::countClients(m_screen);
    rfbLogEnable(0);
    rfbInitServer(m_screen);
    rfbRunEventLoop(m_screen, 5000, TRUE);
    m_client.connectToHost(QStringLiteral("127.0.0.1"), m_screen->port, {});
    QTRY_COMPARE(m_client.state(), VncClient::State::Connected);
    QTRY_COMPARE(m_client.size(), QSize(320, 200));
}

void tst_ConsoleView::cleanupTestCase()
{
    m_client.disconnectFromServer();
    QVERIFY(TestVncServer::shutDown(m_screen));
}

void tst_ConsoleView::fitToWindowMapsPointer()
{
    ConsoleView view;
    view.setClient(&m_client);
    view.resize(640, 480); // 2x; 40 px bars above and below keep the aspect
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.toGuest(QPoint(0, 40)), QPoint(0, 0));
    QCOMPARE(view.toGuest(QPoint(200, 140)), QPoint(100, 50));
    QCOMPARE(view.toGuest(QPoint(639, 439)), QPoint(319, 199));
    QCOMPARE(view.toGuest(QPoint(10, 5)), QPoint(5, 0)); // on the bar: clamped to the edge
    // Grown by a guest pixel and a device pixel on each side: the smooth
    // filter blends neighbours.
    QCOMPARE(view.toViewport(QRect(100, 50, 10, 10)), QRect(197, 137, 26, 26));

    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(200, 140));
    QTRY_VERIFY(pointer() == (Pointer{100, 50, 0}));
    QTest::mousePress(view.viewport(), Qt::RightButton, {}, QPoint(400, 240));
    QTRY_VERIFY(pointer() == (Pointer{200, 100, 0x04}));
    QTest::mouseRelease(view.viewport(), Qt::RightButton, {}, QPoint(400, 240));
    QTRY_VERIFY(pointer() == (Pointer{200, 100, 0}));
    QVERIFY(view.isKeyboardGrabbed()); // a click into the console grabs the keyboard
    view.releaseKeyboard();
    QVERIFY(!view.isKeyboardGrabbed());
}

void tst_ConsoleView::oneToOneScrolls()
{
    ConsoleView view;
    view.setClient(&m_client);
    view.setScaling(ConsoleView::Scaling::OneToOne);
    view.resize(200, 100); // smaller than the guest: scroll bars
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QPoint origin = view.toGuest(QPoint(0, 0));
    QCOMPARE(origin, QPoint(0, 0));
    view.horizontalScrollBar()->setValue(50);
    view.verticalScrollBar()->setValue(30);
    QCOMPARE(view.toGuest(QPoint(10, 10)), QPoint(60, 40));
}

// Scaled smoothly (a black and white edge gets greys), and changes repaint
// around themselves so that the window shows what a new console of the same
// guest shows: no seams. (tst_consoleviewhidpi does the same at 150 % and
// 200 %, with more cases.)
void tst_ConsoleView::fitToWindowIsSmoothWithoutSeams()
{
    auto paintServer = [this](const QRect &rect, auto color) {
        const rfbPixelFormat &f = m_screen->serverFormat;
        auto *pixels = reinterpret_cast<quint32 *>(m_fb.data());
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x) {
                const QRgb c = color(x, y);
                pixels[y * 320 + x] = quint32(qRed(c)) << f.redShift | quint32(qGreen(c)) << f.greenShift | quint32(qBlue(c)) << f.blueShift;
            }
        }
        rfbMarkRectAsModified(m_screen, rect.left(), rect.top(), rect.right() + 1, rect.bottom() + 1);
        QTRY_COMPARE(m_client.image().pixel(rect.topLeft()) & 0xffffff, color(rect.left(), rect.top()) & 0xffffff);
        QTRY_COMPARE(m_client.image().pixel(rect.bottomRight()) & 0xffffff, color(rect.right(), rect.bottom()) & 0xffffff);
    };
    auto shown = [](QWidget *window) {
        QPaintDevice *device = window->backingStore() ? window->backingStore()->paintDevice() : nullptr;
        return device && device->devType() == QInternal::Image
                   ? static_cast<QImage *>(device)->convertToFormat(QImage::Format_RGB32)
                   : QImage();
    };
    auto repainted = [](QWidget *window) { return window->grab().toImage().convertToFormat(QImage::Format_RGB32); };

    paintServer(QRect(0, 0, 320, 200), [](int x, int) { return x < 160 ? qRgb(0, 0, 0) : qRgb(255, 255, 255); });
    ConsoleView view;
    view.setClient(&m_client);
    view.resize(457, 301);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage full = repainted(&view);
    int greys = 0;
    for (int x = 0; x < full.width(); ++x)
        greys += qGreen(full.pixel(x, 150)) > 10 && qGreen(full.pixel(x, 150)) < 245;
    QVERIFY(greys >= 1 && greys <= 3);

    paintServer(QRect(0, 0, 320, 200), [](int x, int y) { return qRgb(x & 0xff, y & 0xff, (x * y) & 0xff); });
    int n = 0;
    for (const QRect &r : {QRect(0, 0, 1, 1), QRect(160, 100, 1, 1), QRect(161, 100, 3, 2), QRect(319, 190, 1, 10), QRect(77, 33, 13, 11)}) {
        ++n;
        paintServer(r, [n](int x, int y) { return qRgb((x * 37 + n * 50) & 0xff, (y * 91) & 0xff, n * 40); });
    }
    ConsoleView fresh;
    fresh.setClient(&m_client);
    fresh.resize(view.size());
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QTRY_VERIFY(shown(&view) == repainted(&fresh));
    paintServer(QRect(0, 0, 320, 200), [](int, int) { return qRgb(0x20, 0x20, 0x20); }); // as the other tests had it
}

void tst_ConsoleView::keysReachServer()
{
    ConsoleView view;
    view.setClient(&m_client);
    view.show();
    view.setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::keyClick(&view, Qt::Key_K, Qt::NoModifier);
    QTRY_COMPARE(s_key.load(), quint32('k'));
    QTest::keyClick(&view, Qt::Key_F5);
    QTRY_COMPARE(s_key.load(), 0xffc2u);
    view.sendKeyCombination({{0xffe3, 0x1d}, {0xffe9, 0x38}, {0xffff, 0xd3}}); // Ctrl+Alt+Del
    QTRY_COMPARE(s_key.load(), 0xffffu);
}

void tst_ConsoleView::tabStaysInGuest()
{
    QWidget window;
    auto *view = new ConsoleView(&window);
    auto *other = new QWidget(&window);
    other->setFocusPolicy(Qt::StrongFocus);
    view->setClient(&m_client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Tab);
    QTRY_COMPARE(s_key.load(), 0xff09u);
    QVERIFY(view->hasFocus());
}

QTEST_MAIN(tst_ConsoleView)
#include "tst_consoleview.moc"
