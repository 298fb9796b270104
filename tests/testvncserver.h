#pragma once

#include <QTest>

#include <rfb/rfb.h>

#include <atomic>

// The tests' in-process LibVNCServer (0.9.14) and its shutdown. A client is
// freed on that client's own thread when its peer hangs up, while
// rfbShutdownServer() walks the same list: closing the QVirt client and then
// shutting the server down at once let ASan catch rfbCloseClient() on a freed
// client. countClients() follows the clients through the server's hooks;
// shutDown() lets the server drop every client first.
namespace TestVncServer {

inline std::atomic<int> &clients()
{
    static std::atomic<int> n{0};
    return n;
}

inline void countClients(rfbScreenInfoPtr screen)
{
    screen->newClientHook = [](rfbClientPtr cl) {
        ++clients();
        cl->clientGoneHook = [](rfbClientPtr) { --clients(); };
        return RFB_CLIENT_ACCEPT;
    };
}

// false when a client stayed (the server is shut down anyway).
inline bool shutDown(rfbScreenInfoPtr screen, int timeoutMs = 10000)
{
    const bool gone = QTest::qWaitFor([] { return clients().load() == 0; }, timeoutMs);
    rfbShutdownServer(screen, TRUE);
    rfbScreenCleanup(screen);
    return gone;
}

} // namespace TestVncServer
