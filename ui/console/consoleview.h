#pragma once

#include "vncclient.h"
#include "xframepacer.h"

#include <QAbstractScrollArea>
#include <QPointer>
#include <QTimer>



// Shows a VncClient's screen and sends it keyboard and pointer input. Repaints
// only what changed; maps the pointer through the current scaling.
class ConsoleView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Scaling { FitToWindow, OneToOne, ResizeGuest };

    explicit ConsoleView(QWidget *parent = nullptr);

    void setClient(VncClient *client);
    VncClient *client() const { return m_client; }

    void setScaling(Scaling scaling);
    Scaling scaling() const { return m_scaling; }

    bool isKeyboardGrabbed() const { return m_grabbed; }
    void releaseKeyboard();

    // A key combination pressed and released in the guest, e.g. Ctrl+Alt+Del.
    // Each entry: {keysym, qnum}.
    void sendKeyCombination(const QVector<QPair<quint32, quint32>> &keys);

    // Widget (viewport) coordinates -> guest framebuffer coordinates.
    QPoint toGuest(const QPoint &viewportPos) const;
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

private:
    void updateGeometryForImage();
    void sendKeyEvent(QKeyEvent *event, bool down);
    void sendPointer(const QPoint &pos);
    int buttonMask(Qt::MouseButtons buttons) const;
    void grabKeyboardNow();
    void requestGuestSize();
    void paintPending();

    QPointer<VncClient> m_client;
    Scaling m_scaling = Scaling::FitToWindow;
    bool m_grabbed = false;
    QPoint m_lastGuestPos;
    Qt::MouseButtons m_buttons;
    QSet<quint32> m_pressedQnums;
    QTimer m_guestSizeTimer; // one request once the window stops changing size
    XFramePacer m_pacer;
    QRegion m_pending; // changed while a frame was still on its way to the X server
};
