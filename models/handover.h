#pragma once

// ThreadSanitizer and Qt's queued calls. Debian's Qt is not built with
// -fsanitize=thread: the lock under which QMetaObject::invokeMethod() hands a
// functor to another thread's event loop is invisible to TSan, so what the
// sending thread wrote before the call (the functor's captures, what they
// point to) looks unordered with the receiving thread's reads of it.
//
//     QMetaObject::invokeMethod(worker, handOver([=] { ... }), Qt::QueuedConnection);
//
// handOver(f) tells TSan the order Qt guarantees: each copy of f, down to the
// one Qt keeps in its event, releases once it is made; that copy acquires
// before it runs and releases after, and acquires before it is destroyed, on
// whichever thread that is. (f returns nothing: a queued call has no result.)
// Only the hand-over is declared ordered: whatever else the two threads share
// is still checked.
// Outside a TSan build (QVIRT_TSAN, set by CMake for -DQVIRT_SANITIZE=thread)
// handOver(f) is f.

#include <type_traits>
#include <utility>

#ifdef QVIRT_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace Tsan {

// What one thread wrote before release(sync) happens before what another
// does after acquire(sync).
inline void release([[maybe_unused]] const void *sync)
{
#ifdef QVIRT_TSAN
    __tsan_release(const_cast<void *>(sync));
#endif
}

inline void acquire([[maybe_unused]] const void *sync)
{
#ifdef QVIRT_TSAN
    __tsan_acquire(const_cast<void *>(sync));
#endif
}

} // namespace Tsan

#ifdef QVIRT_TSAN

template<typename F>
class HandedOver final
{
public:
    explicit HandedOver(F f)
        : m_f(std::move(f))
    {
        Tsan::release(this);
    }
    HandedOver(HandedOver &&other)
        : m_f((Tsan::acquire(&other), std::move(other.m_f)))
    {
        Tsan::release(this);
    }
    HandedOver(const HandedOver &other)
        : m_f((Tsan::acquire(&other), other.m_f))
    {
        Tsan::release(this);
    }
    HandedOver &operator=(const HandedOver &) = delete;
    HandedOver &operator=(HandedOver &&) = delete;
    ~HandedOver() { Tsan::acquire(this); }

    void operator()()
    {
        Tsan::acquire(this);
        m_f();
        // For the thread that frees this copy: Qt may free it on the sending
        // thread, after it ran here.
        Tsan::release(this);
    }

private:
    F m_f;
};

template<typename F>
HandedOver<std::decay_t<F>> handOver(F &&f)
{
    return HandedOver<std::decay_t<F>>(std::forward<F>(f));
}

#else

template<typename F>
std::decay_t<F> handOver(F &&f)
{
    return std::forward<F>(f);
}

#endif
