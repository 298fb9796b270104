#include "xframepacer.h"

#include "xforwarding.h"

#include <QDateTime>
#include <QGuiApplication>

#include <xcb/xcb.h>
#include <xcb/xcbext.h> // xcb_poll_for_reply

#include <cstdlib>

namespace {
// A round trip that takes longer than this means a lost server or a stalled
// link; painting goes on rather than wait for ever.
constexpr qint64 kGiveUpMs = 5000;
}

XFramePacer::XFramePacer(QObject *parent)
    : QObject(parent)
{
    if (XForwarding::active()) {
        if (auto *x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>())
            m_connection = x11->connection();
    }
    // Replies are read off the socket by Qt's own X event thread; this only
    // looks whether ours has come, and only while a frame is in flight.
    m_poll.setInterval(2);
    connect(&m_poll, &QTimer::timeout, this, &XFramePacer::poll);
}

void XFramePacer::frameSubmitted()
{
    if (!m_connection || m_waiting || m_requestQueued)
        return;
    // The backing store is flushed after the paint event returns; the round
    // trip must follow the frame's images, so it is sent from the event loop.
    m_requestQueued = true;
    QMetaObject::invokeMethod(this, &XFramePacer::sendRoundTrip, Qt::QueuedConnection);
}

void XFramePacer::sendRoundTrip()
{
    m_requestQueued = false;
    auto *c = static_cast<xcb_connection_t *>(m_connection);
    if (xcb_connection_has_error(c))
        return;
    m_sequence = xcb_get_input_focus(c).sequence;
    xcb_flush(c);
    m_waiting = true;
    m_sentAt = QDateTime::currentMSecsSinceEpoch();
    m_poll.start();
}

void XFramePacer::poll()
{
    auto *c = static_cast<xcb_connection_t *>(m_connection);
    void *reply = nullptr;
    xcb_generic_error_t *error = nullptr;
    if (xcb_poll_for_reply(c, m_sequence, &reply, &error)) {
        std::free(reply);
        std::free(error);
        finish();
    } else if (xcb_connection_has_error(c) || QDateTime::currentMSecsSinceEpoch() - m_sentAt > kGiveUpMs) {
        xcb_discard_reply(c, m_sequence);
        finish();
    }
}

void XFramePacer::finish()
{
    m_poll.stop();
    m_waiting = false;
    emit ready();
}
