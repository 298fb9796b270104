#include "keytyper.h"

#include "vncclient.h"

using TypingKeymap::KeyStroke;

KeyTyper::KeyTyper(VncClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    setEventsPerSecond(DefaultEventsPerSecond);
    connect(&m_timer, &QTimer::timeout, this, &KeyTyper::sendNext);
    connect(client, &VncClient::stateChanged, this, [this](VncClient::State state) {
        if (state != VncClient::State::Connected && isTyping()) {
            m_held.clear(); // the server let go of them with the connection
            stop(false);
        }
    });
}

// The console closing: nothing stays pressed in the guest.
KeyTyper::~KeyTyper()
{
    releaseHeld();
}

void KeyTyper::setEventsPerSecond(int events)
{
    m_eventsPerSecond = qBound(1, events, 1000);
    m_timer.setInterval(1000 / m_eventsPerSecond);
}

TypingKeymap::TypingPlan KeyTyper::plan(TypingKeymap::Layout layout, const QString &text) const
{
    if (m_client && m_client->hasExtendedKeys())
        return TypingKeymap::scanCodePlan(layout, text);
    return TypingKeymap::keysymPlan(layout, text);
}

bool KeyTyper::start(const QVector<KeyStroke> &strokes)
{
    if (isTyping() || strokes.isEmpty() || !m_client || m_client->state() != VncClient::State::Connected)
        return false;
    m_strokes = strokes;
    m_next = 0;
    m_held.clear();
    // QEMU's VNC server passes key events on 10 ms apart by default
    // (key-delay-ms), and the PS/2 queue behind it holds 16 bytes: one event
    // per tick, never a burst to catch up after a late tick.
    m_timer.start();
    emit progressChanged(0, total());
    return true;
}

void KeyTyper::cancel()
{
    if (isTyping())
        stop(false);
}

void KeyTyper::sendNext()
{
    if (!m_client || m_client->state() != VncClient::State::Connected) {
        m_held.clear();
        stop(false);
        return;
    }
    const KeyStroke &s = m_strokes.at(m_next++);
    m_client->sendKey(s.keysym, s.qnum, s.down);
    if (s.down) {
        m_held.append(s);
    } else {
        for (qsizetype i = m_held.size() - 1; i >= 0; --i) {
            if (m_held.at(i).qnum == s.qnum && m_held.at(i).keysym == s.keysym) {
                m_held.remove(i);
                break;
            }
        }
    }
    emit progressChanged(m_next, total());
    if (isTyping() && m_next == total()) // not cancelled from progressChanged()
        stop(true);
}

void KeyTyper::stop(bool completed)
{
    m_timer.stop();
    releaseHeld();
    emit finished(completed);
}

// The newest first, as a hand lets go: the letter before its Shift.
void KeyTyper::releaseHeld()
{
    while (!m_held.isEmpty()) {
        const KeyStroke s = m_held.takeLast();
        if (m_client)
            m_client->sendKey(s.keysym, s.qnum, false);
    }
}
