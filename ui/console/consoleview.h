#pragma once

#include "vncclient.h"
#include "xframepacer.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

class ScaledPicture;
class XRenderPresenter;



// Shows a VncClient's screen and sends it keyboard and pointer input. Repaints
// only what changed; maps the pointer through the current scaling. Works in
// device pixels: at 1:1 one guest pixel is one pixel of the screen, whatever
// the scale factor (150 %, 200 %), and a scaled picture is filtered smoothly.
class ConsoleView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Scaling { FitToWindow, OneToOne, ResizeGuest };

    explicit ConsoleView(QWidget *parent = nullptr);
    ~ConsoleView() override;

    // Over X forwarding the X server scales the picture (RENDER); this is
    // the resolution divisor of the last frame (1: full resolution).
    int lastFactor() const { return m_lastFactor; }
    bool isServerScaled() const { return m_serverScaled; }

    void setClient(VncClient *client);
    VncClient *client() const { return m_client; }

    void setScaling(Scaling scaling);
    Scaling scaling() const { return m_scaling; }

    bool isKeyboardGrabbed() const { return m_grabbed; }
    void releaseKeyboard();

    // A key combination pressed and released in the guest, e.g. Ctrl+Alt+Del.
    // Each entry: {keysym, qnum}.
    void sendKeyCombination(const QVector<QPair<quint32, quint32>> &keys);

    // Viewport (logical) coordinates -> the guest pixel shown under them.
    QPoint toGuest(const QPointF &viewportPos) const;
    // The viewport (logical) rectangle a change of guestRect repaints.
    QRect toViewport(const QRect &guestRect) const;
    QSize sizeHint() const override;

signals:
    void keyboardGrabChanged(bool grabbed);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Placement;
    Placement placement(const QPointF &shift) const;
    QPointF windowShift() const;
    void followDevicePixelRatio();
    QSize deviceViewportSize() const;
    void updateGeometryForImage();
    void sendKeyEvent(QKeyEvent *event, bool down);
    void sendPointer(const QPointF &pos);
    int buttonMask(Qt::MouseButtons buttons) const;
    void grabKeyboardNow();
    void requestGuestSize();
    void paintPending();
    void paintServerScaled(QPaintEvent *event);
    void frameTaken();
    void refineSoon();
    int factorFor(qint64 guestPixels) const;
    QRect toGuestRect(const Placement &place, const QRect &deviceRect) const;
    QRect damageOf(const Placement &place, const QRect &guestRect) const;

    QPointer<VncClient> m_client;
    Scaling m_scaling = Scaling::FitToWindow;
    qreal m_dpr = 0; // the device pixel ratio the geometry was last set for
    std::unique_ptr<ScaledPicture> m_scaled; // the picture as drawn when scaled
    bool m_grabbed = false;
    QPoint m_lastGuestPos;
    Qt::MouseButtons m_buttons;
    QSet<quint32> m_pressedQnums;
    QTimer m_guestSizeTimer; // one request once the window stops changing size
    XFramePacer m_pacer;
    QRegion m_pending; // changed while a frame was still on its way to the X server
    // Server-side scaling over X forwarding (XRenderPresenter).
    bool m_serverScaled = false;
    std::unique_ptr<XRenderPresenter> m_presenter;
    int m_forcedFactor = 0;     // QVIRT_X_SCALE: the factor of changes (refinement stays full), for tests
    int m_lastFactor = 1;
    QRegion m_coarse;           // guest area last sent below full resolution
    bool m_refine = false;      // the next frame goes at full resolution
    QTimer m_refineTimer;
    double m_bytesPerSecond = 0; // what the link took, measured per frame
    qint64 m_frameBytes = 0;
    QElapsedTimer m_frameClock;
};
