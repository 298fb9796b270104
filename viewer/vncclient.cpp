#include "vncclient.h"

#include "framebuffers_p.h"
#include "vncsession_p.h"

#include <QPointer>
#include <QSocketNotifier>

VncClient::VncClient(QObject *parent)
    : QObject(parent)
{
}

// The thread is told to stop and left to finish on its own.
VncClient::~VncClient()
{
    stopSession();
}

void VncClient::start(int fd, const QString &host, int port, const VncSettings &settings, bool localLink)
{
    stopSession();
    m_failure = Failure::None;
    m_error.clear();
    m_extendedKeys = false;
    m_extendedClipboard = false;
    m_clipboard = settings.clipboard;
    m_session = std::make_shared<VncSession>();
    m_notifier = new QSocketNotifier(m_session->notifyFd(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &VncClient::takeEvents);
    applyState(State::Connecting, Failure::None, {});
    startVncWorker(m_session, fd, host, port, settings, localLink);
}

// Never waits: the thread ends by itself, and what it still sends is dropped.
void VncClient::stopSession()
{
    if (!m_session)
        return;
    delete m_notifier; // also from within its own activated(): Qt allows that
    m_notifier = nullptr;
    std::exchange(m_session, nullptr)->detach();
}

void VncClient::connectToSocket(int fd, const VncSettings &settings, bool localLink)
{
    start(fd, QString(), 0, settings, localLink);
}

void VncClient::connectToHost(const QString &host, int port, const VncSettings &settings)
{
    const bool local = host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
    start(-1, host, port, settings, local);
}

void VncClient::disconnectFromServer()
{
    stopSession();
    applyState(State::Disconnected, Failure::None, {});
}

void VncClient::sendKey(quint32 keysym, quint32 qnum, bool down)
{
    if (m_session && m_state == State::Connected)
        m_session->post({VncInput::Kind::Key, keysym, qnum, down});
}

void VncClient::sendPointer(int x, int y, int buttonMask)
{
    if (m_session && m_state == State::Connected)
        m_session->post({VncInput::Kind::Pointer, 0, 0, false, x, y, buttonMask});
}

void VncClient::requestDesktopSize(int width, int height)
{
    if (m_session && m_state == State::Connected)
        m_session->post({VncInput::Kind::DesktopSize, 0, 0, false, width, height, 0});
}

void VncClient::setClipboardSharing(bool on)
{
    if (m_clipboard == on)
        return;
    m_clipboard = on;
    if (m_session) {
        VncInput input{VncInput::Kind::ClipboardSharing};
        input.down = on;
        m_session->post(input);
    }
}

void VncClient::setClipboardText(const QString &text)
{
    if (m_session && m_clipboard && m_state == State::Connected) {
        VncInput input{VncInput::Kind::ClipboardText};
        input.text = text;
        m_session->post(input);
    }
}

// The newest complete picture becomes image(). A copy of the old image()
// that someone kept keeps its pixels: that buffer stays with it.
void VncClient::showNewest()
{
    if (m_frames && m_frames->takeNewest(!m_image.isNull() && !m_image.isDetached()))
        m_image = m_frames->frontImage();
}

void VncClient::takeEvents()
{
    const std::shared_ptr<VncSession> session = m_session;
    if (!session)
        return;
    const QPointer<VncClient> alive(this);
    // A slot may close or reconnect this client (or delete it) meanwhile:
    // what is left belongs to a connection that is gone.
    auto current = [&] { return alive && m_session == session; };
    for (VncEvent &e : session->takeEvents()) {
        switch (e.kind) {
        case VncEvent::Kind::Frames: {
            const QSize before = m_image.size();
            m_frames = std::move(e.frames);
            m_image = m_frames->frontImage();
            if (m_image.size() != before)
                emit resized(m_image.size());
            break;
        }
        case VncEvent::Kind::Update:
            showNewest();
            m_updates += e.updates;
            m_bytes += e.bytes;
            emit updated(e.region);
            break;
        case VncEvent::Kind::State:
            applyState(e.state, e.failure, e.text);
            break;
        case VncEvent::Kind::ServerInfo:
            m_encoding = e.text;
            m_extendedKeys = e.extendedKeys;
            break;
        case VncEvent::Kind::ResizeRefused:
            emit desktopResizeRefused(e.text);
            break;
        case VncEvent::Kind::ResizeForwarded:
            emit desktopResizeForwarded();
            break;
        case VncEvent::Kind::ClipboardText:
            if (m_clipboard) // not switched off while it was on its way
                emit clipboardReceived(e.text);
            break;
        case VncEvent::Kind::ClipboardDropped:
            if (m_clipboard)
                emit clipboardDropped(e.text);
            break;
        case VncEvent::Kind::SlowLink:
            emit slowLink(double(e.bytes));
            break;
        case VncEvent::Kind::ClipboardCaps:
            m_extendedClipboard = e.extendedKeys;
            emit extendedClipboardChanged(m_extendedClipboard);
            break;
        }
        if (!current())
            return;
    }
}

void VncClient::applyState(State state, Failure failure, const QString &error)
{
    m_failure = failure;
    m_error = error;
    if (state == State::Failed)
        stopSession(); // the thread is ending
    if (m_state == state && state != State::Failed)
        return;
    m_state = state;
    emit stateChanged(state);
}
