#include "xrenderpresenter.h"

#include <QGuiApplication>
#include <QImage>
#include <QWidget>

#include <xcb/render.h>
#include <xcb/xcb.h>

#include <cmath>
#include <cstdlib>

struct XRenderPresenter::Level
{
    QSize size;
    xcb_pixmap_t pixmap = 0;
    xcb_gcontext_t gc = 0;
    xcb_render_picture_t picture = 0;
};

namespace {

xcb_connection_t *conn(void *c)
{
    return static_cast<xcb_connection_t *>(c);
}

xcb_render_fixed_t fixed(double v)
{
    return xcb_render_fixed_t(std::lround(v * 65536.0));
}

// The guest rectangle `r` grown to whole level pixels (multiples of factor),
// with one level pixel more on every side: the server's bilinear filter reads
// neighbours, and they must be of this frame too.
QRect alignedForLevel(const QRect &r, int factor, const QSize &image)
{
    const int left = qMax(0, (r.left() / factor - 1) * factor);
    const int top = qMax(0, (r.top() / factor - 1) * factor);
    const int right = qMin(image.width(), ((r.right() + 1 + factor - 1) / factor + 1) * factor);
    const int bottom = qMin(image.height(), ((r.bottom() + 1 + factor - 1) / factor + 1) * factor);
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

} // namespace

std::unique_ptr<XRenderPresenter> XRenderPresenter::create(QWidget *nativeWindow)
{
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    if (!x11 || !nativeWindow)
        return nullptr;
    xcb_connection_t *c = x11->connection();
    if (!c || xcb_connection_has_error(c))
        return nullptr;
    const xcb_setup_t *setup = xcb_get_setup(c);
    if (setup->image_byte_order != XCB_IMAGE_ORDER_LSB_FIRST)
        return nullptr;
    const xcb_query_extension_reply_t *render = xcb_get_extension_data(c, &xcb_render_id);
    if (!render || !render->present)
        return nullptr;

    const auto window = xcb_window_t(nativeWindow->winId());
    // One round trip for the three questions.
    const auto formatsCookie = xcb_render_query_pict_formats(c);
    const auto attributesCookie = xcb_get_window_attributes(c, window);
    const auto geometryCookie = xcb_get_geometry(c, window);
    auto *formats = xcb_render_query_pict_formats_reply(c, formatsCookie, nullptr);
    auto *attributes = xcb_get_window_attributes_reply(c, attributesCookie, nullptr);
    auto *geometry = xcb_get_geometry_reply(c, geometryCookie, nullptr);
    std::unique_ptr<XRenderPresenter> p;
    if (formats && attributes && geometry) {
        xcb_render_pictformat_t format = 0;
        for (auto s = xcb_render_query_pict_formats_screens_iterator(formats); s.rem && !format; xcb_render_pictscreen_next(&s)) {
            for (auto d = xcb_render_pictscreen_depths_iterator(s.data); d.rem && !format; xcb_render_pictdepth_next(&d)) {
                for (auto v = xcb_render_pictdepth_visuals_iterator(d.data); v.rem; xcb_render_pictvisual_next(&v)) {
                    if (v.data->visual == attributes->visual) {
                        format = v.data->format;
                        break;
                    }
                }
            }
        }
        // 24- or 32-bit windows whose pixmaps hold 32 bits a pixel: QImage's RGB32.
        bool thirtyTwoBits = false;
        for (auto f = xcb_setup_pixmap_formats_iterator(setup); f.rem; xcb_format_next(&f)) {
            if (f.data->depth == geometry->depth && f.data->bits_per_pixel == 32)
                thirtyTwoBits = true;
        }
        if (format && thirtyTwoBits && (geometry->depth == 24 || geometry->depth == 32)) {
            p.reset(new XRenderPresenter);
            p->m_connection = c;
            p->m_window = window;
            p->m_format = format;
            p->m_depth = geometry->depth;
            p->m_maxRequestBytes = xcb_get_maximum_request_length(c) * 4;
            p->m_windowPicture = xcb_generate_id(c);
            xcb_render_create_picture(c, p->m_windowPicture, window, format, 0, nullptr);
        }
    }
    std::free(formats);
    std::free(attributes);
    std::free(geometry);
    return p;
}

XRenderPresenter::~XRenderPresenter()
{
    xcb_connection_t *c = conn(m_connection);
    if (xcb_connection_has_error(c))
        return;
    for (auto &l : m_levels) {
        if (!l)
            continue;
        xcb_render_free_picture(c, l->picture);
        xcb_free_gc(c, l->gc);
        xcb_free_pixmap(c, l->pixmap);
    }
    xcb_render_free_picture(c, m_windowPicture);
    xcb_flush(c);
}

XRenderPresenter::Level &XRenderPresenter::level(int factor, const QSize &imageSize)
{
    xcb_connection_t *c = conn(m_connection);
    const QSize size((imageSize.width() + factor - 1) / factor, (imageSize.height() + factor - 1) / factor);
    std::unique_ptr<Level> &l = m_levels[factor];
    if (l && l->size == size)
        return *l;
    if (l) {
        xcb_render_free_picture(c, l->picture);
        xcb_free_gc(c, l->gc);
        xcb_free_pixmap(c, l->pixmap);
    }
    l = std::make_unique<Level>();
    l->size = size;
    l->pixmap = xcb_generate_id(c);
    xcb_create_pixmap(c, m_depth, l->pixmap, m_window, quint16(size.width()), quint16(size.height()));
    l->gc = xcb_generate_id(c);
    xcb_create_gc(c, l->gc, l->pixmap, 0, nullptr);
    l->picture = xcb_generate_id(c);
    // Edge pixels repeat outwards, so the filter does not darken the border.
    const quint32 repeat = XCB_RENDER_REPEAT_PAD;
    xcb_render_create_picture(c, l->picture, l->pixmap, m_format, XCB_RENDER_CP_REPEAT, &repeat);
    return *l;
}

qint64 XRenderPresenter::present(const QImage &image, const QRegion &changed, const QRectF &target, int factor)
{
    xcb_connection_t *c = conn(m_connection);
    if (image.isNull() || target.isEmpty() || xcb_connection_has_error(c))
        return 0;
    factor = qBound(1, factor, 4);
    Level &l = level(factor, image.size());
    const QRect imageRect = image.rect();
    qint64 bytes = 0;

    // Up: the changed parts at the level's resolution, in bands the server
    // takes as one request each.
    QRegion upload; // edges stay on level pixels: every rectangle's edges are
    for (const QRect &changedRect : changed) {
        const QRect r = changedRect.intersected(imageRect);
        if (!r.isEmpty())
            upload += alignedForLevel(r, factor, image.size());
    }
    for (const QRect &a : upload) {
        const QRect small = QRect(a.x() / factor, a.y() / factor, (a.width() + factor - 1) / factor,
                                  (a.height() + factor - 1) / factor).intersected(QRect(QPoint(), l.size));
        QImage part = image.copy(a);
        if (factor > 1)
            part = part.scaled(small.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        if (part.format() != QImage::Format_RGB32 && part.format() != QImage::Format_ARGB32)
            part = part.convertToFormat(QImage::Format_RGB32);
        const int rowBytes = part.width() * 4;
        const int rowsPerRequest = qMax(1, int((m_maxRequestBytes - 64) / quint32(rowBytes)));
        for (int y = 0; y < part.height(); y += rowsPerRequest) {
            const int rows = qMin(rowsPerRequest, part.height() - y);
            if (part.bytesPerLine() == rowBytes) {
                xcb_put_image(c, XCB_IMAGE_FORMAT_Z_PIXMAP, l.pixmap, l.gc, quint16(part.width()), quint16(rows),
                              qint16(small.x()), qint16(small.y() + y), 0, m_depth, quint32(rows * rowBytes),
                              part.constScanLine(y));
            } else {
                const QImage band = part.copy(0, y, part.width(), rows); // tightly packed rows
                xcb_put_image(c, XCB_IMAGE_FORMAT_Z_PIXMAP, l.pixmap, l.gc, quint16(part.width()), quint16(rows),
                              qint16(small.x()), qint16(small.y() + y), 0, m_depth, quint32(rows * rowBytes),
                              band.constBits());
            }
            bytes += qint64(rows) * rowBytes;
        }
    }

    // Across: the server scales the level to the window.
    const double sx = target.width() / image.width() * factor;
    const double sy = target.height() / image.height() * factor;
    const xcb_render_transform_t transform{fixed(1.0 / sx), 0, 0, 0, fixed(1.0 / sy), 0, 0, 0, fixed(1.0)};
    xcb_render_set_picture_transform(c, l.picture, transform);
    const bool exact = std::abs(sx - 1.0) < 1e-9 && std::abs(sy - 1.0) < 1e-9;
    const QByteArray filter = exact ? QByteArrayLiteral("nearest") : QByteArrayLiteral("bilinear");
    xcb_render_set_picture_filter(c, l.picture, quint16(filter.size()), filter.constData(), 0, nullptr);
    const QPoint origin(int(std::lround(target.x())), int(std::lround(target.y())));
    const QRect targetRect = QRect(origin, QSize(int(std::lround(target.width())), int(std::lround(target.height()))));
    const double vx = target.width() / image.width(), vy = target.height() / image.height();
    for (const QRect &changedRect : changed) {
        const QRect r = changedRect.intersected(imageRect);
        const QRect w = QRectF(origin.x() + r.x() * vx, origin.y() + r.y() * vy, r.width() * vx, r.height() * vy)
                            .toAlignedRect()
                            .adjusted(-1, -1, 1, 1)
                            .intersected(targetRect);
        if (w.isEmpty())
            continue;
        xcb_render_composite(c, XCB_RENDER_PICT_OP_SRC, l.picture, XCB_NONE, m_windowPicture,
                             qint16(w.x() - origin.x()), qint16(w.y() - origin.y()), 0, 0,
                             qint16(w.x()), qint16(w.y()), quint16(w.width()), quint16(w.height()));
    }
    return bytes;
}

void XRenderPresenter::fill(const QRegion &region, const QColor &color)
{
    xcb_connection_t *c = conn(m_connection);
    if (region.isEmpty() || xcb_connection_has_error(c))
        return;
    const QColor rgb = color.toRgb();
    const xcb_render_color_t xc{quint16(rgb.red() * 257), quint16(rgb.green() * 257), quint16(rgb.blue() * 257), 0xffff};
    QVector<xcb_rectangle_t> rects;
    for (const QRect &r : region)
        rects.append({qint16(r.x()), qint16(r.y()), quint16(r.width()), quint16(r.height())});
    xcb_render_fill_rectangles(c, XCB_RENDER_PICT_OP_SRC, m_windowPicture, xc, quint32(rects.size()), rects.constData());
}

void XRenderPresenter::flush()
{
    xcb_flush(conn(m_connection));
}
