#pragma once

#include <QImage>
#include <QRegion>

#include <atomic>
#include <memory>

// The console's picture as three frame buffers of one size, handed between
// the VNC thread and the GUI without a lock and without a copy per update.
// The VNC thread decodes into its "back" buffer; the GUI paints its "front"
// one; the third waits in between, either the newest complete picture
// (fresh) or the one the GUI gave back. An atomic exchange of that middle
// slot moves a buffer from one side to the other, so a buffer is only ever
// written by the thread that holds it, and never while the GUI reads it.
//
// Updates are incremental, so a buffer the VNC thread takes back lacks what
// changed while the others were current. It catches up lazily, from the
// newest buffer: only what the update at hand does not overwrite anyway (on a
// screen that changes everywhere, nothing), and the source of a CopyRect
// before it is read.
class FrameBuffers final
{
public:
    // Null when the memory cannot be had.
    static std::shared_ptr<FrameBuffers> create(int width, int height);
    ~FrameBuffers();

    int width() const { return m_width; }
    int height() const { return m_height; }
    QSize size() const { return QSize(m_width, m_height); }
    size_t stride() const { return size_t(m_width) * 4; }

    // The VNC thread's side.
    uchar *backBits() const { return m_backBits; }
    // These pixels of the back buffer now hold the server's latest.
    void written(const QRect &rect) { m_stale[m_back] -= rect; }
    // Brings this part of the back buffer up to date before it is read.
    void catchUp(const QRegion &area);
    // The back buffer is complete with `changed` (since the last publish):
    // it becomes the newest, and another buffer becomes the back one.
    void publish(const QRegion &changed);

    // The GUI's side.
    bool hasNewer() const { return m_middle.load(std::memory_order_acquire) & kFresh; }
    // Takes the newest buffer as the front one and gives the old front back.
    // frontStillShared: a copy of frontImage() is still alive (QImage shares
    // the pixels), so the old buffer stays with it and new memory goes back
    // in its place. False when that memory cannot be had (nothing changes).
    bool takeNewest(bool frontStillShared);
    // The front buffer as an image; it keeps the buffer's memory alive.
    QImage frontImage() const;

private:
    struct Mapping;
    struct Buffer
    {
        std::shared_ptr<Mapping> memory;
        bool replaced = false; // new memory from the GUI: nothing in it is current
    };
    static constexpr int kFresh = 4;

    FrameBuffers(int width, int height);
    std::shared_ptr<Mapping> allocate() const;
    void acquireBack(int index);

    const int m_width;
    const int m_height;
    Buffer m_buffers[3];
    std::atomic<int> m_middle{1};
    // The VNC thread's alone.
    int m_back = 0;
    int m_newest = 1; // complete, and not written while this thread reads it
    uchar *m_backBits = nullptr;
    QRegion m_stale[3]; // per buffer: what it lacks of the newest picture
    // The GUI's alone.
    int m_front = 2;
};
