#include "libvirteventloop.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <mutex>
#include <thread>

namespace {

// Libvirt prints every error to stderr by default; QVirt reports them itself.
void quietErrors(void *, virErrorPtr) {}

} // namespace

void ensureLibvirtEventLoop()
{
    static std::once_flag once;
    std::call_once(once, [] {
        virInitialize();
        virSetErrorFunc(nullptr, quietErrors);
        virEventRegisterDefaultImpl();
        // Detached: the loop lives as long as the process; callbacks only post
        // to the connection workers, which own all state.
        std::thread([] {
            for (;;)
                virEventRunDefaultImpl();
        }).detach();
    });
}
