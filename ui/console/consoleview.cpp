#include "consoleview.h"

#include "keymap.h"
#include "vncclient.h"
#include "xforwarding.h"
#include "xrenderpresenter.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <cmath>

namespace {
constexpr int kWheelUp = 0x08, kWheelDown = 0x10, kWheelLeft = 0x20, kWheelRight = 0x40;

bool nativeKeysAvailable()
{
    return QGuiApplication::platformName() == QLatin1String("xcb");
}

// A frame should cross the link in about this long: input shows within a
// frame or two, whatever the link.
constexpr double kFrameSeconds = 0.08;

// The console's own X window, drawn by XRenderPresenter rather than Qt.
class ServerScaledViewport final : public QWidget
{
public:
    using QWidget::QWidget;
    bool native = true;
    QPaintEngine *paintEngine() const override { return native ? nullptr : QWidget::paintEngine(); }
};

// Below this a coordinate is taken as a whole device pixel: pointer positions
// arrive as device pixels divided by a ratio such as 1.5 and come back from
// the multiplication a hair below the integer they were.
constexpr double kPixelSlack = 1e-4;

bool isWholeRatio(qreal dpr)
{
    return qFuzzyCompare(dpr, qreal(qRound(dpr)));
}
} // namespace

// The guest's picture scaled to the window with a bilinear filter, kept
// between paints and redone only where the guest changed, in whole rows.
// QPainter's smooth scaling rounds differently depending on where a span of
// pixels starts (its SIMD paths take pixels in groups from there): painted
// through the exposed part of the window, partial repaints left faint seams
// along their edges. Here every span is a whole row of the picture, so a
// pixel comes out the same whatever was redone around it.
class ScaledPicture
{
public:
    bool fits(const QSize &source, const QSize &size) const { return m_source == source && m_picture.size() == size; }
    void reset(const QSize &source, const QSize &size)
    {
        m_source = source;
        m_picture = QImage(size, QImage::Format_RGB32);
        m_dirty = QRegion(m_picture.rect());
    }
    // Rows of the picture to make again.
    void damage(const QRect &r) { m_dirty += QRect(0, r.top(), m_picture.width(), r.height()).intersected(m_picture.rect()); }
    // The picture, made again where damaged.
    const QImage &update(const QImage &source)
    {
        if (m_dirty.isEmpty() || source.size() != m_source)
            return m_picture;
        QPainter p(&m_picture);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        for (const QRect &rows : std::as_const(m_dirty)) {
            p.setClipRect(rows);
            p.drawImage(QRectF(m_picture.rect()), source);
        }
        m_dirty = QRegion();
        return m_picture;
    }

private:
    QImage m_picture;
    QSize m_source;
    QRegion m_dirty; // whole rows
};

// Where the guest's picture lies, in device pixels of the window ("grid"
// coordinates: whole numbers are the edges of the window's device pixels, so
// a guest pixel drawn 1:1 covers exactly one of them). `shift` is where the
// viewport's logical (0,0) falls on that grid: the fraction left of its
// device offset in the window, non-zero at 150 % for an odd logical offset.
struct ConsoleView::Placement
{
    QSize image;
    qreal dpr = 1;
    QPointF shift;
    QRect target; // the guest's picture

    bool unscaled() const { return target.size() == image; }
    QPointF toGrid(const QPointF &logical) const { return logical * dpr + shift; }
    // The grid rectangle a logical one covers.
    QRect toGrid(const QRect &logical) const
    {
        return QRectF(toGrid(QPointF(logical.topLeft())), QSizeF(logical.size()) * dpr).toAlignedRect();
    }
    // The logical rectangle that covers a grid one. Qt rounds a logical
    // rectangle's corner and size to device pixels on its own at a fractional
    // ratio: one logical pixel more on each side keeps every device pixel in.
    QRect toLogical(const QRect &grid) const
    {
        const int left = int(std::floor((grid.left() - shift.x()) / dpr + kPixelSlack));
        const int top = int(std::floor((grid.top() - shift.y()) / dpr + kPixelSlack));
        const int right = int(std::ceil((grid.right() + 1 - shift.x()) / dpr - kPixelSlack));
        const int bottom = int(std::ceil((grid.bottom() + 1 - shift.y()) / dpr - kPixelSlack));
        const int margin = isWholeRatio(dpr) ? 0 : 1;
        return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)).adjusted(-margin, -margin, margin, margin);
    }
};

ConsoleView::ConsoleView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    m_serverScaled = XForwarding::active() && QGuiApplication::platformName() == QLatin1String("xcb")
                     && qgetenv("QVIRT_X_SERVER_SCALING") != "0";
    if (m_serverScaled) {
        auto *viewport = new ServerScaledViewport;
        viewport->setAttribute(Qt::WA_NativeWindow);
        viewport->setAttribute(Qt::WA_PaintOnScreen);
        viewport->setAttribute(Qt::WA_NoSystemBackground);
        setViewport(viewport);
        m_forcedFactor = qBound(0, qEnvironmentVariableIntValue("QVIRT_X_SCALE"), 4);
    }
    m_refineTimer.setSingleShot(true);
    connect(&m_refineTimer, &QTimer::timeout, this, &ConsoleView::refineSoon);
    setObjectName(QStringLiteral("consoleView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setCursor(Qt::BlankCursor); // the guest draws its own
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Dark);
    connect(&m_pacer, &XFramePacer::ready, this, &ConsoleView::frameTaken);
    // Dragging a window edge resizes many times a second; the guest should
    // change its mode once, for the size the window ends at.
    m_guestSizeTimer.setSingleShot(true);
    m_guestSizeTimer.setInterval(300);
    connect(&m_guestSizeTimer, &QTimer::timeout, this, &ConsoleView::requestGuestSize);
    m_dpr = devicePixelRatioF();
}

// The viewport in device pixels, as Qt sizes its window's buffer.
QSize ConsoleView::deviceViewportSize() const
{
    return QSizeF(QSizeF(viewport()->size()) * viewport()->devicePixelRatioF()).toSize();
}

void ConsoleView::requestGuestSize()
{
    // In device pixels: the guest then fills the window 1:1 at any scale factor.
    const QSize wanted = deviceViewportSize();
    if (m_scaling == Scaling::ResizeGuest && m_client && !wanted.isEmpty() && wanted != m_client->size())
        m_client->requestDesktopSize(wanted.width(), wanted.height());
}

QSize ConsoleView::sizeHint() const
{
    if (m_client && !m_client->size().isEmpty()) {
        const qreal dpr = devicePixelRatioF();
        const QSize image = m_client->size();
        return QSize(int(std::ceil(image.width() / dpr)), int(std::ceil(image.height() / dpr)));
    }
    return {640, 480};
}

// Another screen (or the same one with another scale): the picture, the scroll
// bars and the guest's size follow the new ratio.
void ConsoleView::followDevicePixelRatio()
{
    const qreal dpr = devicePixelRatioF();
    if (qFuzzyCompare(dpr, m_dpr))
        return;
    m_dpr = dpr;
    updateGeometryForImage();
    viewport()->update();
    if (m_scaling == Scaling::ResizeGuest)
        m_guestSizeTimer.start();
}

void ConsoleView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    followDevicePixelRatio();
}

void ConsoleView::setClient(VncClient *client)
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (client) {
        connect(client, &VncClient::resized, this, [this] {
            updateGeometryForImage();
            viewport()->update();
        });
        connect(client, &VncClient::updated, this, [this](const QRegion &region) {
            const Placement place = placement(windowShift());
            if (place.image.isEmpty())
                return;
            for (const QRect &r : region) {
                const QRect damage = damageOf(place, r);
                m_pending += place.toLogical(damage);
                if (m_scaled)
                    m_scaled->damage(damage.translated(-place.target.topLeft()));
            }
            paintPending();
            if (m_serverScaled)
                m_refineTimer.start(400); // once the screen holds still
        });
        // A new connection (a reboot, a reconnect) starts at the guest's size.
        connect(client, &VncClient::stateChanged, this, [this](VncClient::State state) {
            if (state == VncClient::State::Connected)
                requestGuestSize();
        });
    }
    updateGeometryForImage();
    viewport()->update();
}

// Paints what changed, unless the X server is still taking the last frame:
// then the changes wait and the newest image goes out once, instead of every
// frame queueing behind the others on a slow link.
void ConsoleView::paintPending()
{
    if (m_pending.isEmpty() || !m_pacer.isReady())
        return;
    viewport()->update(m_pending);
    m_pending = QRegion();
}

void ConsoleView::setScaling(Scaling scaling)
{
    m_scaling = scaling;
    updateGeometryForImage();
    viewport()->update();
    requestGuestSize();
}

// Scroll bars count device pixels: at 1:1 the picture then always starts on
// a whole device pixel, and a step of one moves it by one guest pixel.
void ConsoleView::updateGeometryForImage()
{
    const QSize image = m_client ? m_client->size() : QSize();
    const bool scroll = m_scaling == Scaling::OneToOne;
    const qreal dpr = viewport()->devicePixelRatioF();
    const int width = int(viewport()->width() * dpr), height = int(viewport()->height() * dpr);
    setHorizontalScrollBarPolicy(scroll ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(scroll ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    horizontalScrollBar()->setRange(0, scroll ? qMax(0, image.width() - width) : 0);
    verticalScrollBar()->setRange(0, scroll ? qMax(0, image.height() - height) : 0);
    horizontalScrollBar()->setPageStep(qMax(1, width));
    verticalScrollBar()->setPageStep(qMax(1, height));
}

// Where the viewport's logical (0,0) falls on its window's device pixels,
// as Qt paints it there (the whole part dropped).
QPointF ConsoleView::windowShift() const
{
    if (m_serverScaled)
        return {}; // its own X window: device pixels from its corner
    const QPointF o = QPointF(viewport()->mapTo(viewport()->window(), QPoint())) * viewport()->devicePixelRatioF();
    return o - QPointF(std::floor(o.x()), std::floor(o.y()));
}

ConsoleView::Placement ConsoleView::placement(const QPointF &shift) const
{
    Placement p;
    p.dpr = viewport()->devicePixelRatioF();
    p.shift = shift;
    p.image = m_client ? m_client->size() : QSize();
    if (p.image.isEmpty())
        return p;
    const QSizeF view = QSizeF(viewport()->size()) * p.dpr;
    QSize size = p.image;
    if (m_scaling != Scaling::OneToOne) {
        const QSizeF fit = QSizeF(p.image).scaled(view, Qt::KeepAspectRatio);
        const QSize rounded(qMax(1, qRound(fit.width())), qMax(1, qRound(fit.height())));
        // Within a device pixel of the guest's own size ("Resize guest to
        // window" at 150 %, where the window is 1201.5 device pixels wide):
        // drawn 1:1 rather than blurred by a scale of 0.9996.
        if (qAbs(rounded.width() - size.width()) > 1 || qAbs(rounded.height() - size.height()) > 1)
            size = rounded;
    }
    const bool scrollX = m_scaling == Scaling::OneToOne && size.width() > int(view.width());
    const bool scrollY = m_scaling == Scaling::OneToOne && size.height() > int(view.height());
    const int x = scrollX ? qRound(shift.x()) - horizontalScrollBar()->value()
                          : qRound(shift.x() + (view.width() - size.width()) / 2.0);
    const int y = scrollY ? qRound(shift.y()) - verticalScrollBar()->value()
                          : qRound(shift.y() + (view.height() - size.height()) / 2.0);
    p.target = QRect(QPoint(x, y), size);
    return p;
}

QPoint ConsoleView::toGuest(const QPointF &pos) const
{
    const Placement p = placement(windowShift());
    if (p.image.isEmpty())
        return {};
    // The centre of the device pixel under the pointer.
    const QPointF grid = p.toGrid(pos);
    const double px = std::floor(grid.x() + kPixelSlack) + 0.5, py = std::floor(grid.y() + kPixelSlack) + 0.5;
    const double x = std::floor((px - p.target.x()) * p.image.width() / p.target.width());
    const double y = std::floor((py - p.target.y()) * p.image.height() / p.target.height());
    return QPoint(int(qBound(0.0, x, p.image.width() - 1.0)), int(qBound(0.0, y, p.image.height() - 1.0)));
}

// The device pixels a change of the guest's rectangle changes.
QRect ConsoleView::damageOf(const Placement &p, const QRect &guest) const
{
    if (p.image.isEmpty() || guest.isEmpty())
        return {};
    if (p.unscaled())
        return guest.translated(p.target.topLeft());
    // Smooth scaling blends each drawn pixel from the guest pixels on both
    // sides of its centre: a changed guest pixel shows up to one guest pixel
    // beyond itself (and, reduced, a device pixel more). Repainting less
    // would leave seams at the edges.
    const double sx = double(p.target.width()) / p.image.width(), sy = double(p.target.height()) / p.image.height();
    const QRect grown = guest.adjusted(-1, -1, 1, 1);
    return QRectF(p.target.x() + grown.x() * sx, p.target.y() + grown.y() * sy, grown.width() * sx, grown.height() * sy)
        .toAlignedRect()
        .adjusted(-1, -1, 1, 1)
        .intersected(p.target);
}

QRect ConsoleView::toViewport(const QRect &guest) const
{
    const Placement p = placement(windowShift());
    const QRect damage = damageOf(p, guest);
    return damage.isEmpty() ? QRect() : p.toLogical(damage);
}

ConsoleView::~ConsoleView() = default;

bool ConsoleView::viewportEvent(QEvent *event)
{
    // A new native window (the console detached or docked again): the
    // server-side resources belong to the old one.
    if (event->type() == QEvent::WinIdChange)
        m_presenter.reset();
    return QAbstractScrollArea::viewportEvent(event);
}

// The frame before is on the X server: how fast the link took it decides the
// resolution of the next one.
void ConsoleView::frameTaken()
{
    if (m_frameClock.isValid() && m_frameBytes > 0) {
        // Round trip included: what counts is how soon a frame is on screen.
        const double ms = qMax<qint64>(1, m_frameClock.elapsed());
        const double rate = m_frameBytes * 1000.0 / ms;
        m_bytesPerSecond = m_bytesPerSecond > 0 ? 0.5 * m_bytesPerSecond + 0.5 * rate : rate;
        m_frameBytes = 0;
    }
    m_frameClock.invalidate();
    paintPending();
    if (m_serverScaled && !m_coarse.isEmpty() && !m_refineTimer.isActive() && m_pending.isEmpty())
        m_refineTimer.start(50); // the rest of a still screen, a chunk a frame
}

int ConsoleView::factorFor(qint64 guestPixels) const
{
    if (m_forcedFactor > 0)
        return m_forcedFactor;
    if (m_bytesPerSecond <= 0)
        return 1; // nothing measured yet: a local link until shown otherwise
    const double budget = m_bytesPerSecond * kFrameSeconds;
    for (int factor = 1; factor < 4; ++factor) {
        if (guestPixels * 4.0 / (factor * factor) <= budget)
            return factor;
    }
    return 4;
}

// The screen holds still: what went out below full resolution goes again at
// full resolution, in chunks a frame can carry, so typing stays quick.
void ConsoleView::refineSoon()
{
    if (m_coarse.isEmpty() || !m_client)
        return;
    const double budget = m_bytesPerSecond > 0 ? m_bytesPerSecond * kFrameSeconds : 4e6;
    QRegion chunk;
    double bytes = 0;
    for (const QRect &r : m_coarse) {
        const int rows = qMax(16, int((budget - bytes) / (r.width() * 4.0)));
        const QRect part(r.x(), r.y(), r.width(), qMin(rows, r.height()));
        chunk += part;
        bytes += part.width() * 4.0 * part.height();
        if (bytes >= budget)
            break;
    }
    m_refine = true;
    for (const QRect &r : chunk)
        m_pending += toViewport(r);
    paintPending();
}

// The guest pixels a rectangle of device pixels shows.
QRect ConsoleView::toGuestRect(const Placement &p, const QRect &deviceRect) const
{
    if (p.image.isEmpty())
        return {};
    const QRect &t = p.target;
    const double sx = double(p.image.width()) / t.width(), sy = double(p.image.height()) / t.height();
    const int left = int(std::floor((deviceRect.left() - t.x()) * sx));
    const int top = int(std::floor((deviceRect.top() - t.y()) * sy));
    const int right = int(std::ceil((deviceRect.right() + 1 - t.x()) * sx));
    const int bottom = int(std::ceil((deviceRect.bottom() + 1 - t.y()) * sy));
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)).intersected(QRect(QPoint(), p.image));
}

void ConsoleView::paintServerScaled(QPaintEvent *event)
{
    // From before the bytes are written: on a slow link the write itself
    // waits for the link.
    m_frameClock.start();
    if (!m_presenter)
        m_presenter = XRenderPresenter::create(viewport());
    if (!m_presenter) {
        // No RENDER or an unusual server: Qt paints, as on a local display.
        m_serverScaled = false;
        static_cast<ServerScaledViewport *>(viewport())->native = false;
        viewport()->setAttribute(Qt::WA_PaintOnScreen, false);
        viewport()->update();
        return;
    }
    const QImage empty;
    const QImage &image = m_client ? m_client->image() : empty;
    // The X window's own pixels: device pixels from its corner.
    const Placement place = placement(QPointF());
    QRegion exposed;
    for (const QRect &r : event->region())
        exposed += place.toGrid(r);
    m_presenter->fill(exposed - QRegion(place.target), palette().color(QPalette::Dark));
    if (!image.isNull() && image.size() == place.image) {
        QRegion guest;
        for (const QRect &r : exposed)
            guest += toGuestRect(place, r);
        qint64 pixels = 0;
        for (const QRect &r : guest)
            pixels += qint64(r.width()) * r.height();
        m_lastFactor = std::exchange(m_refine, false) ? 1 : factorFor(pixels);
        m_frameBytes += m_presenter->present(image, guest, QRectF(place.target), m_lastFactor);
        if (m_lastFactor > 1)
            m_coarse += guest;
        else
            m_coarse -= guest;
    }
    m_presenter->flush();
}

void ConsoleView::paintEvent(QPaintEvent *event)
{
    m_pacer.frameSubmitted();
    if (m_serverScaled) {
        paintServerScaled(event);
        return;
    }
    if (!qFuzzyCompare(devicePixelRatioF(), m_dpr))
        QMetaObject::invokeMethod(this, &ConsoleView::followDevicePixelRatio, Qt::QueuedConnection);
    QPainter p(viewport());
    // Painted on the device pixel grid (one unit, one device pixel), so that a
    // guest pixel at 1:1 is one device pixel at 150 % and 200 % too.
    const QPointF corner = p.deviceTransform().map(QPointF());
    const QPointF shift = corner - QPointF(std::floor(corner.x()), std::floor(corner.y()));
    const Placement place = placement(shift);
    p.setWorldTransform(QTransform::fromScale(1 / place.dpr, 1 / place.dpr));
    p.translate(-shift);
    const QImage empty;
    const QImage &image = m_client ? m_client->image() : empty;
    // Only the exposed part: a small change costs a small repaint.
    QRegion exposed;
    for (const QRect &r : event->region())
        exposed += place.toGrid(r);
    for (const QRect &r : exposed - QRegion(place.target))
        p.fillRect(r, palette().color(QPalette::Dark));
    if (image.isNull() || image.size() != place.image)
        return;
    // Unscaled, the guest's image itself; scaled, the smooth picture made
    // from it (again only where the guest changed).
    const QImage *shown = &image;
    if (place.unscaled()) {
        m_scaled.reset();
    } else {
        if (!m_scaled)
            m_scaled = std::make_unique<ScaledPicture>();
        if (!m_scaled->fits(image.size(), place.target.size()))
            m_scaled->reset(image.size(), place.target.size());
        shown = &m_scaled->update(image);
    }
    // A plain integer blit of the exposed part, in bands: Qt 6.4's raster
    // engine hands taller blits to its thread pool, whose hand-offs cost more
    // than the copy itself (measured ~20 % of the console's CPU at
    // full-screen updates).
    const QPoint origin = place.target.topLeft();
    constexpr int kBand = 64;
    for (const QRect &r : exposed & QRegion(place.target)) {
        for (int y = r.top(); y <= r.bottom(); y += kBand) {
            const QRect band(r.left(), y, r.width(), qMin(kBand, r.bottom() + 1 - y));
            p.drawImage(band.topLeft(), *shown, band.translated(-origin));
        }
    }
}

void ConsoleView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometryForImage();
    if (m_scaling == Scaling::ResizeGuest)
        m_guestSizeTimer.start();
}

void ConsoleView::scrollContentsBy(int, int)
{
    viewport()->update();
}

int ConsoleView::buttonMask(Qt::MouseButtons buttons) const
{
    int mask = 0;
    if (buttons & Qt::LeftButton)
        mask |= 0x01;
    if (buttons & Qt::MiddleButton)
        mask |= 0x02;
    if (buttons & Qt::RightButton)
        mask |= 0x04;
    if (buttons & Qt::BackButton)
        mask |= 0x80;
    return mask;
}

void ConsoleView::sendPointer(const QPointF &pos)
{
    if (!m_client)
        return;
    m_lastGuestPos = toGuest(pos);
    m_client->sendPointer(m_lastGuestPos.x(), m_lastGuestPos.y(), buttonMask(m_buttons));
}

void ConsoleView::mousePressEvent(QMouseEvent *event)
{
    if (!m_grabbed)
        grabKeyboardNow();
    m_buttons = event->buttons();
    sendPointer(event->position());
}

void ConsoleView::mouseReleaseEvent(QMouseEvent *event)
{
    m_buttons = event->buttons();
    sendPointer(event->position());
}

void ConsoleView::mouseMoveEvent(QMouseEvent *event)
{
    m_buttons = event->buttons();
    sendPointer(event->position());
}

void ConsoleView::wheelEvent(QWheelEvent *event)
{
    if (!m_client)
        return;
    const QPoint guest = toGuest(event->position());
    const QPoint delta = event->angleDelta();
    int wheel = 0;
    if (delta.y() > 0)
        wheel = kWheelUp;
    else if (delta.y() < 0)
        wheel = kWheelDown;
    else if (delta.x() > 0)
        wheel = kWheelLeft;
    else if (delta.x() < 0)
        wheel = kWheelRight;
    const int base = buttonMask(event->buttons());
    // A wheel step is a press and release of its button.
    m_client->sendPointer(guest.x(), guest.y(), base | wheel);
    m_client->sendPointer(guest.x(), guest.y(), base);
    event->accept();
}

void ConsoleView::grabKeyboardNow()
{
    setFocus(Qt::MouseFocusReason);
    grabKeyboard();
    m_grabbed = true;
    emit keyboardGrabChanged(true);
}

void ConsoleView::releaseKeyboard()
{
    if (!m_grabbed)
        return;
    QWidget::releaseKeyboard();
    m_grabbed = false;
    // Keys held at release must not stay down in the guest.
    if (m_client) {
        for (quint32 q : std::as_const(m_pressedQnums))
            m_client->sendKey(0, q, false);
    }
    m_pressedQnums.clear();
    emit keyboardGrabChanged(false);
}

void ConsoleView::sendKeyEvent(QKeyEvent *event, bool down)
{
    if (!m_client)
        return;
    quint32 keysym = 0, qnum = 0;
    if (nativeKeysAvailable()) {
        keysym = event->nativeVirtualKey();
        qnum = Keymap::x11ToQnum(event->nativeScanCode());
    }
    if (!keysym)
        keysym = Keymap::qtKeyToKeysym(event->key(), event->text());
    if (!keysym && !qnum)
        return;
    if (down)
        m_pressedQnums.insert(qnum);
    else
        m_pressedQnums.remove(qnum);
    m_client->sendKey(keysym, qnum, down);
}

void ConsoleView::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+Alt releases the grab, as in virt-viewer.
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (m_grabbed && (event->key() == Qt::Key_Alt || event->key() == Qt::Key_Control)
        && (mods & Qt::ControlModifier) && (mods & Qt::AltModifier)) {
        sendKeyEvent(event, true);
        releaseKeyboard();
        return;
    }
    sendKeyEvent(event, true);
}

void ConsoleView::keyReleaseEvent(QKeyEvent *event)
{
    sendKeyEvent(event, false);
}

void ConsoleView::focusOutEvent(QFocusEvent *event)
{
    releaseKeyboard();
    QAbstractScrollArea::focusOutEvent(event);
}

bool ConsoleView::event(QEvent *event)
{
    // Qt 6.4 tells a widget of a new screen this way (6.6 adds
    // DevicePixelRatioChange); the ratio is already the new one.
    if (event->type() == QEvent::ScreenChangeInternal
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
        || event->type() == QEvent::DevicePixelRatioChange
#endif
    ) {
        const bool handled = QAbstractScrollArea::event(event);
        followDevicePixelRatio();
        return handled;
    }
    // Tab belongs to the guest, not to focus navigation.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key);
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void ConsoleView::sendKeyCombination(const QVector<QPair<quint32, quint32>> &keys)
{
    if (!m_client)
        return;
    for (const auto &[keysym, qnum] : keys)
        m_client->sendKey(keysym, qnum, true);
    for (auto it = keys.crbegin(); it != keys.crend(); ++it)
        m_client->sendKey(it->first, it->second, false);
}
