#pragma once

// Initialises libvirt for a threaded program and runs its default event loop in
// a thread of its own, so that domain events, keepalive and close callbacks
// arrive. Must run before the first connection opens; later calls do nothing.
void ensureLibvirtEventLoop();
