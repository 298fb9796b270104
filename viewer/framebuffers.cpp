#include "framebuffers_p.h"

#include <cstring>

#include <sys/mman.h>

struct FrameBuffers::Mapping
{
    void *address = nullptr;
    size_t length = 0;
    ~Mapping()
    {
        if (address)
            munmap(address, length);
    }
    uchar *bits() const { return static_cast<uchar *>(address); }
};

FrameBuffers::FrameBuffers(int width, int height)
    : m_width(width)
    , m_height(height)
{
}

FrameBuffers::~FrameBuffers() = default;

// Mapped with transparent huge pages where the kernel offers them: the socket
// reads and the view's blits then walk a handful of TLB entries instead of one
// per 4 KiB page (a 1080p frame is 2,000 pages).
std::shared_ptr<FrameBuffers::Mapping> FrameBuffers::allocate() const
{
    const size_t bytes = stride() * size_t(m_height);
    const size_t huge = size_t(2) << 20;
    auto mapping = std::make_shared<Mapping>();
    mapping->length = (bytes + huge - 1) / huge * huge;
    void *memory = mmap(nullptr, mapping->length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        return {};
    mapping->address = memory;
    madvise(memory, mapping->length, MADV_HUGEPAGE);
    // Left as the kernel gives it, zeros: black in RGB32, as a VNC server's
    // own pixels are (their fourth byte is 0 too). Untouched pages cost no
    // memory, so a huge screen costs only what its updates cover.
    return mapping;
}

std::shared_ptr<FrameBuffers> FrameBuffers::create(int width, int height)
{
    std::shared_ptr<FrameBuffers> frames(new FrameBuffers(width, height));
    for (Buffer &b : frames->m_buffers) {
        b.memory = frames->allocate();
        if (!b.memory)
            return {};
    }
    frames->m_backBits = frames->m_buffers[frames->m_back].memory->bits();
    return frames;
}

void FrameBuffers::catchUp(const QRegion &area)
{
    const QRegion todo = m_stale[m_back].intersected(area);
    if (todo.isEmpty())
        return;
    const uchar *from = m_buffers[m_newest].memory->bits();
    const size_t step = stride();
    for (const QRect &r : todo) {
        const size_t offset = size_t(r.y()) * step + size_t(r.x()) * 4;
        if (r.width() == m_width) { // whole rows: one block
            memcpy(m_backBits + offset, from + offset, step * size_t(r.height()));
            continue;
        }
        for (int y = 0; y < r.height(); ++y)
            memcpy(m_backBits + offset + size_t(y) * step, from + offset + size_t(y) * step, size_t(r.width()) * 4);
    }
    m_stale[m_back] -= todo;
}

void FrameBuffers::publish(const QRegion &changed)
{
    catchUp(QRect(0, 0, m_width, m_height));
    for (int i = 0; i < 3; ++i) {
        if (i != m_back)
            m_stale[i] += changed;
    }
    m_newest = m_back;
    // Release: the pixels written reach the GUI with the buffer. Acquire: the
    // buffer coming back is one the GUI no longer reads.
    acquireBack(m_middle.exchange(m_back | kFresh, std::memory_order_acq_rel) & 3);
}

void FrameBuffers::acquireBack(int index)
{
    m_back = index;
    Buffer &b = m_buffers[index];
    if (b.replaced) {
        b.replaced = false;
        m_stale[index] = QRect(0, 0, m_width, m_height);
    }
    m_backBits = b.memory->bits();
}

bool FrameBuffers::takeNewest(bool frontStillShared)
{
    if (!hasNewer())
        return false;
    if (frontStillShared) {
        std::shared_ptr<Mapping> memory = allocate();
        if (!memory)
            return false;
        m_buffers[m_front].memory = std::move(memory);
        m_buffers[m_front].replaced = true;
    }
    m_front = m_middle.exchange(m_front, std::memory_order_acq_rel) & 3;
    return true;
}

QImage FrameBuffers::frontImage() const
{
    const std::shared_ptr<Mapping> &memory = m_buffers[m_front].memory;
    return QImage(memory->bits(), m_width, m_height, qsizetype(stride()), QImage::Format_RGB32,
                  [](void *info) { delete static_cast<std::shared_ptr<Mapping> *>(info); },
                  new std::shared_ptr<Mapping>(memory));
}
