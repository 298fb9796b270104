#pragma once

#include <QColor>
#include <QRectF>
#include <QRegion>
#include <QSize>

#include <memory>

class QImage;
class QWidget;

// Draws the console straight into its X window with the RENDER extension,
// for X forwarding. Qt would send every changed pixel of the scaled picture
// (4 bytes each; a 1024x768 guest animating is 3 MB a frame, over a
// 20 Mbit/s link more than a second of latency). Here the changed part of
// the guest's screen goes to the X server at 1/factor of its resolution and
// the server scales it up to the window: factor 2 sends a quarter of the
// bytes, 3 a ninth. A still screen is sent again at full resolution.
class XRenderPresenter final
{
public:
    // Null when Qt does not draw through X, the server lacks RENDER, or its
    // pixel layout is not the little-endian 32-bit one QImage has.
    static std::unique_ptr<XRenderPresenter> create(QWidget *nativeWindow);
    ~XRenderPresenter();

    XRenderPresenter(const XRenderPresenter &) = delete;
    XRenderPresenter &operator=(const XRenderPresenter &) = delete;

    // Sends the part `changed` (guest coordinates) of `image` at 1/factor
    // resolution and draws it into the window, where the whole image covers
    // `target` (window coordinates). Returns the bytes sent.
    qint64 present(const QImage &image, const QRegion &changed, const QRectF &target, int factor);
    // Fills part of the window (around the guest's picture).
    void fill(const QRegion &region, const QColor &color);
    // Sends what was queued; the frame pacer then asks for its round trip.
    void flush();

private:
    struct Level;
    XRenderPresenter() = default;
    Level &level(int factor, const QSize &imageSize);

    void *m_connection = nullptr; // xcb_connection_t
    quint32 m_window = 0;
    quint32 m_windowPicture = 0;
    quint32 m_format = 0;         // picture format of the window's visual
    quint8 m_depth = 0;
    quint32 m_maxRequestBytes = 0;
    std::unique_ptr<Level> m_levels[5]; // index = factor 1..4
};
