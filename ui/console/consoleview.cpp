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
}

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
}

void ConsoleView::requestGuestSize()
{
    if (m_scaling == Scaling::ResizeGuest && m_client && viewport()->size() != m_client->size())
        m_client->requestDesktopSize(viewport()->width(), viewport()->height());
}

QSize ConsoleView::sizeHint() const
{
    if (m_client && !m_client->size().isEmpty())
        return m_client->size();
    return {640, 480};
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
            for (const QRect &r : region)
                m_pending += toViewport(r);
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

void ConsoleView::updateGeometryForImage()
{
    const QSize image = m_client ? m_client->size() : QSize();
    const bool scroll = m_scaling == Scaling::OneToOne;
    setHorizontalScrollBarPolicy(scroll ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(scroll ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    horizontalScrollBar()->setRange(0, scroll ? qMax(0, image.width() - viewport()->width()) : 0);
    verticalScrollBar()->setRange(0, scroll ? qMax(0, image.height() - viewport()->height()) : 0);
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setPageStep(viewport()->height());
}

// The guest's rectangle in viewport coordinates, as drawn now.
static QRectF targetRect(const QSize &image, const QSize &view, ConsoleView::Scaling scaling, const QPoint &scroll)
{
    if (image.isEmpty())
        return {};
    if (scaling == ConsoleView::Scaling::OneToOne) {
        const QPointF origin(image.width() < view.width() ? (view.width() - image.width()) / 2.0 : -scroll.x(),
                             image.height() < view.height() ? (view.height() - image.height()) / 2.0 : -scroll.y());
        return QRectF(origin, QSizeF(image));
    }
    const QSizeF scaled = QSizeF(image).scaled(QSizeF(view), Qt::KeepAspectRatio);
    return QRectF(QPointF((view.width() - scaled.width()) / 2.0, (view.height() - scaled.height()) / 2.0), scaled);
}

QPoint ConsoleView::toGuest(const QPoint &pos) const
{
    if (!m_client || m_client->size().isEmpty())
        return {};
    const QSize image = m_client->size();
    const QRectF t = targetRect(image, viewport()->size(), m_scaling,
                                QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()));
    const double x = (pos.x() - t.x()) * image.width() / t.width();
    const double y = (pos.y() - t.y()) * image.height() / t.height();
    return QPoint(qBound(0, int(x), image.width() - 1), qBound(0, int(y), image.height() - 1));
}

QRect ConsoleView::toViewport(const QRect &guest) const
{
    if (!m_client || m_client->size().isEmpty())
        return {};
    const QSize image = m_client->size();
    const QRectF t = targetRect(image, viewport()->size(), m_scaling,
                                QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()));
    const double sx = t.width() / image.width(), sy = t.height() / image.height();
    return QRectF(t.x() + guest.x() * sx, t.y() + guest.y() * sy, guest.width() * sx, guest.height() * sy)
        .toAlignedRect()
        .adjusted(-1, -1, 1, 1);
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

QRect ConsoleView::toGuestRect(const QRect &viewportRect) const
{
    const QSize image = m_client ? m_client->size() : QSize();
    if (image.isEmpty())
        return {};
    const QRectF t = targetRect(image, viewport()->size(), m_scaling,
                                QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()));
    const double sx = image.width() / t.width(), sy = image.height() / t.height();
    const int left = int(std::floor((viewportRect.left() - t.x()) * sx));
    const int top = int(std::floor((viewportRect.top() - t.y()) * sy));
    const int right = int(std::ceil((viewportRect.right() + 1 - t.x()) * sx));
    const int bottom = int(std::ceil((viewportRect.bottom() + 1 - t.y()) * sy));
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)).intersected(QRect(QPoint(), image));
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
    const QRectF t = targetRect(image.size(), viewport()->size(), m_scaling,
                                QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()));
    m_presenter->fill(event->region() - QRegion(t.toAlignedRect()), palette().color(QPalette::Dark));
    if (!image.isNull()) {
        QRegion guest;
        for (const QRect &r : event->region())
            guest += toGuestRect(r);
        qint64 pixels = 0;
        for (const QRect &r : guest)
            pixels += qint64(r.width()) * r.height();
        m_lastFactor = std::exchange(m_refine, false) ? 1 : factorFor(pixels);
        m_frameBytes += m_presenter->present(image, guest, t, m_lastFactor);
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
    QPainter p(viewport());
    const QImage empty;
    const QImage &image = m_client ? m_client->image() : empty;
    const QRectF t = targetRect(image.size(), viewport()->size(), m_scaling,
                                QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value()));
    // Only the exposed part: a small change costs a small repaint.
    const QRegion outside = QRegion(event->rect()) - QRegion(t.toAlignedRect());
    for (const QRect &r : outside)
        p.fillRect(r, palette().color(QPalette::Dark));
    if (image.isNull())
        return;
    if (qFuzzyCompare(t.width(), qreal(image.width())) && qFuzzyCompare(t.height(), qreal(image.height()))) {
        // Unscaled: a plain integer blit of the exposed part.
        const QPoint origin = t.topLeft().toPoint();
        const QRect exposed = event->rect().intersected(QRect(origin, image.size()));
        // In bands: Qt 6.4's raster engine hands taller blits to its thread
        // pool, whose hand-offs cost more than the copy itself (measured ~20 %
        // of the console's CPU at full-screen updates).
        constexpr int kBand = 64;
        for (int y = exposed.top(); y <= exposed.bottom(); y += kBand) {
            const QRect band(exposed.left(), y, exposed.width(), qMin(kBand, exposed.bottom() + 1 - y));
            p.drawImage(band.topLeft(), image, band.translated(-origin));
        }
        return;
    }
    const double sx = image.width() / t.width(), sy = image.height() / t.height();
    const QRectF exposed = QRectF(event->rect()).intersected(t);
    const QRectF source((exposed.x() - t.x()) * sx, (exposed.y() - t.y()) * sy, exposed.width() * sx, exposed.height() * sy);
    p.drawImage(exposed, image, source);
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

void ConsoleView::sendPointer(const QPoint &pos)
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
    sendPointer(event->position().toPoint());
}

void ConsoleView::mouseReleaseEvent(QMouseEvent *event)
{
    m_buttons = event->buttons();
    sendPointer(event->position().toPoint());
}

void ConsoleView::mouseMoveEvent(QMouseEvent *event)
{
    m_buttons = event->buttons();
    sendPointer(event->position().toPoint());
}

void ConsoleView::wheelEvent(QWheelEvent *event)
{
    if (!m_client)
        return;
    const QPoint guest = toGuest(event->position().toPoint());
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
