#pragma once

#include <QObject>
#include <QTimer>

// Over X forwarding (ssh -X: a TCP display, no MIT-SHM) every repaint is
// pixels on the wire, and a console that repaints at the guest's pace queues
// seconds of frames in the socket buffers: input lags, menus freeze. The pacer
// keeps one console frame in flight: after a frame is flushed it asks the X
// server for a round trip (the answer comes once the server has taken every
// request before it), and until then the console gathers what changed and
// then paints the newest image once.
class XFramePacer final : public QObject
{
    Q_OBJECT

public:
    explicit XFramePacer(QObject *parent = nullptr);

    bool isEnabled() const { return m_connection != nullptr; }
    // True when no frame is in flight: the console may paint now.
    bool isReady() const { return !m_waiting; }
    // A frame was painted; once the event loop has flushed it to the X server,
    // the pacer asks for the round trip. Returns at once.
    void frameSubmitted();

signals:
    // The X server has taken the last frame.
    void ready();

private:
    void sendRoundTrip();
    void poll();
    void finish();

    void *m_connection = nullptr; // xcb_connection_t of Qt's display, when pacing
    unsigned int m_sequence = 0;
    bool m_waiting = false;
    bool m_requestQueued = false;
    qint64 m_sentAt = 0;
    QTimer m_poll;
};
