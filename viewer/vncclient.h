#pragma once

#include "vncsettings.h"

#include <QImage>
#include <QObject>
#include <QRegion>

#include <memory>

class FrameBuffers;
class QSocketNotifier;
class VncSession;

// One VNC connection. libvncclient runs in a thread of its own that owns the
// rfbClient; input is queued to it and wakes it through an eventfd. It decodes
// into a frame buffer the GUI does not read; at the end of each framebuffer
// update that buffer is handed over whole (FrameBuffers: three buffers, an
// atomic exchange, no copy) and the changed region follows (updated()), so
// image() never changes under a paint and only the changed part is repainted.
// Neither thread waits on the other: closing or reconnecting lets the old
// thread finish on its own.
class VncClient final : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    enum class Failure { None, Network, Password, Protocol, Closed };

    explicit VncClient(QObject *parent = nullptr);
    ~VncClient() override;

    // Takes ownership of a connected socket (for example from virDomainOpenGraphicsFD).
    void connectToSocket(int fd, const VncSettings &settings, bool localLink = true);
    void connectToHost(const QString &host, int port, const VncSettings &settings);
    void disconnectFromServer();

    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    QString errorString() const { return m_error; }
    QString encoding() const { return m_encoding; }
    // The screen as of the last updated() (or resized()). It stays as it is
    // until the event loop runs; a copy kept longer keeps its pixels too.
    const QImage &image() const { return m_image; }
    QSize size() const { return m_image.size(); }
    bool hasExtendedKeys() const { return m_extendedKeys; }
    quint64 updateCount() const { return m_updates; }
    quint64 bytesReceived() const { return m_bytes; }

    // Input, from the GUI thread; queued, never blocking.
    void sendKey(quint32 keysym, quint32 qnum, bool down);
    void sendPointer(int x, int y, int buttonMask);
    // Asks the guest to take this screen size (SetDesktopSize). Sent only to a
    // server that announced it can; otherwise desktopResizeRefused() follows.
    void requestDesktopSize(int width, int height);

    // The clipboard, both ways. Off (VncSettings::clipboard false) nothing of
    // it is sent or taken, and a server is not even told QVirt could; on, what
    // the guest copies arrives as clipboardReceived() and setClipboardText()
    // offers the desktop's text to the guest (the Extended Clipboard, UTF-8,
    // where the server has it, as QEMU does; the classic Latin-1 cut text
    // otherwise).
    void setClipboardSharing(bool on);
    bool clipboardSharing() const { return m_clipboard; }
    void setClipboardText(const QString &text);
    // The server speaks the Extended Clipboard (it answered with its caps).
    bool hasExtendedClipboard() const { return m_extendedClipboard; }

signals:
    void stateChanged(VncClient::State state);
    void resized(const QSize &size);
    void updated(const QRegion &region);
    // requestDesktopSize() cannot be honoured: the server or the guest's video
    // device cannot resize, or the server said no.
    void desktopResizeRefused(const QString &reason);
    // QEMU passed the request on to the guest's video device: the guest
    // resizes when its display driver or agent follows (then resized()).
    void desktopResizeForwarded();
    void clipboardReceived(const QString &text);
    // The guest's clipboard was not taken: too large, or not readable.
    void clipboardDropped(const QString &reason);
    void extendedClipboardChanged(bool available);
    // Raw pixels cross the link slower than a local link carries them (once
    // per connection, with the measured rate): a lighter encoding would help.
    void slowLink(double bytesPerSecond);

private:
    void start(int fd, const QString &host, int port, const VncSettings &settings, bool localLink);
    void stopSession();
    void takeEvents();
    void applyState(State state, Failure failure, const QString &error);
    void showNewest();

    std::shared_ptr<VncSession> m_session;
    QSocketNotifier *m_notifier = nullptr;
    std::shared_ptr<FrameBuffers> m_frames;
    State m_state = State::Disconnected;
    Failure m_failure = Failure::None;
    QString m_error;
    QString m_encoding;
    bool m_extendedKeys = false;
    bool m_clipboard = false;
    bool m_extendedClipboard = false;
    QImage m_image;
    quint64 m_updates = 0;
    quint64 m_bytes = 0;
};
