#pragma once

#include "typingkeymap.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class VncClient;

// Types text into a guest: sends key strokes through a VncClient one at a
// time, paced by a timer on the GUI thread, so the guest's keyboard
// controller (QEMU's PS/2 queue holds 16 bytes) never overflows. Keys it holds
// down are released when typing is cancelled, the connection drops or the
// typer goes away.
class KeyTyper final : public QObject
{
    Q_OBJECT

public:
    explicit KeyTyper(VncClient *client, QObject *parent = nullptr);
    ~KeyTyper() override;

    static constexpr int DefaultEventsPerSecond = 100;
    void setEventsPerSecond(int events);
    int eventsPerSecond() const { return m_eventsPerSecond; }

    // The strokes for this text as the client's server takes them: scan codes
    // where it acknowledged QEMU's extended key event, else keysyms it maps.
    TypingKeymap::TypingPlan plan(TypingKeymap::Layout layout, const QString &text) const;

    // Starts sending; false (and nothing sent) when the client is not
    // connected, there is nothing to send or typing is under way.
    bool start(const QVector<TypingKeymap::KeyStroke> &strokes);
    // Stops and releases every key held down. Does nothing when idle.
    void cancel();

    bool isTyping() const { return m_timer.isActive(); }
    int sent() const { return m_next; }
    int total() const { return int(m_strokes.size()); }

signals:
    void progressChanged(int sent, int total);
    // completed: every stroke was sent; false after cancel() or a lost connection.
    void finished(bool completed);

private:
    void sendNext();
    void stop(bool completed);
    void releaseHeld();

    QPointer<VncClient> m_client;
    QTimer m_timer;
    int m_eventsPerSecond = DefaultEventsPerSecond;
    QVector<TypingKeymap::KeyStroke> m_strokes;
    int m_next = 0;
    QVector<TypingKeymap::KeyStroke> m_held; // down, not yet up
};
