// qvirt-bench-vncserver: a synthetic LibVNCServer server for the console
// benchmark (bench/console/README.md).
//
//   qvirt-bench-vncserver [--port N] [--width W] [--height H] [--fps F] [--seconds S]
//
// Serves a W x H (default 1920x1080) 32-bit framebuffer on 127.0.0.1:N (default
// 5999; loopback only, no IPv6, no password) and redraws the whole screen F times
// a second (default 30). Every frame changes every pixel. The picture is the
// test guest's pattern (tests/guest/README.md): 16x16 solid tiles whose colour
// is a function of the tile position and the frame number N,
//
//     R = 4*tx + N,  G = 4*ty + 2*N,  B = 4*(tx XOR ty) + 3*N   (mod 256),
//
// so the content is deterministic and the same kind as on the QEMU guest.
//
// One thread does everything: draw a frame, mark it modified, then serve the
// clients until the next frame is due. Updates go out as soon as a client has
// asked for one (deferUpdateTime 0), so a client gets at most one update per
// frame and never a torn one. A frame that is not done in time is dropped, not
// queued. Prints "READY <port>" once it listens and "FRAMES <n> <seconds>" at
// the end; stops on SIGTERM/SIGINT or after --seconds.

#include <rfb/rfb.h>

#include <arpa/inet.h>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

namespace {

volatile sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

double now()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

void quietLog(const char *, ...) {}

void drawFrame(uint32_t *fb, int width, int height, uint32_t n)
{
    constexpr int kTile = 16;
    std::vector<uint32_t> row(static_cast<size_t>(width));
    for (int ty = 0; ty * kTile < height; ++ty) {
        for (int x = 0; x < width; ++x) {
            const uint32_t tx = uint32_t(x / kTile);
            const uint32_t r = (4 * tx + n) & 0xff;
            const uint32_t g = (4 * uint32_t(ty) + 2 * n) & 0xff;
            const uint32_t b = (4 * (tx ^ uint32_t(ty)) + 3 * n) & 0xff;
            row[size_t(x)] = (r << 16) | (g << 8) | b;
        }
        for (int y = ty * kTile; y < (ty + 1) * kTile && y < height; ++y)
            std::memcpy(fb + size_t(y) * size_t(width), row.data(), size_t(width) * 4);
    }
}

int usage()
{
    std::fprintf(stderr, "usage: qvirt-bench-vncserver [--port N] [--width W] [--height H] [--fps F] [--seconds S]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    int port = 5999, width = 1920, height = 1080;
    double fps = 30, seconds = 0;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (i + 1 >= argc)
            return usage();
        const char *v = argv[++i];
        if (!std::strcmp(a, "--port"))
            port = std::atoi(v);
        else if (!std::strcmp(a, "--width"))
            width = std::atoi(v);
        else if (!std::strcmp(a, "--height"))
            height = std::atoi(v);
        else if (!std::strcmp(a, "--fps"))
            fps = std::atof(v);
        else if (!std::strcmp(a, "--seconds"))
            seconds = std::atof(v);
        else
            return usage();
    }
    if (port <= 0 || port > 65535 || width < 16 || height < 16 || width > 8192 || height > 8192 || fps <= 0 || fps > 1000)
        return usage();

    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);
    rfbLog = quietLog;
    rfbErr = quietLog;

    int fakeArgc = 1;
    char name[] = "qvirt-bench-vncserver";
    char *fakeArgv[] = {name, nullptr};
    rfbScreenInfoPtr screen = rfbGetScreen(&fakeArgc, fakeArgv, width, height, 8, 3, 4);
    if (!screen)
        return 1;
    // 0x00RRGGBB in memory, like QEMU's framebuffer.
    screen->serverFormat.redShift = 16;
    screen->serverFormat.greenShift = 8;
    screen->serverFormat.blueShift = 0;
    std::vector<uint32_t> framebuffer(size_t(width) * size_t(height));
    screen->frameBuffer = reinterpret_cast<char *>(framebuffer.data());
    screen->desktopName = name;
    screen->port = port;
    screen->ipv6port = 0;
    screen->listenInterface = htonl(INADDR_LOOPBACK);
    screen->autoPort = FALSE;
    screen->httpPort = 0;
    screen->httpDir = nullptr;
    screen->alwaysShared = TRUE;
    screen->deferUpdateTime = 0;
    screen->cursor = nullptr; // no cursor shape updates

    uint32_t frame = 0;
    drawFrame(framebuffer.data(), width, height, frame);
    rfbInitServer(screen);
    if (screen->listenSock == RFB_INVALID_SOCKET) {
        std::fprintf(stderr, "qvirt-bench-vncserver: cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    std::printf("READY %d\n", port);
    std::fflush(stdout);

    const double period = 1.0 / fps;
    const double start = now();
    double next = start;
    uint64_t drawn = 0;
    while (!g_stop && rfbIsActive(screen)) {
        const double t = now();
        if (seconds > 0 && t - start >= seconds)
            break;
        if (t >= next) {
            drawFrame(framebuffer.data(), width, height, ++frame);
            rfbMarkRectAsModified(screen, 0, 0, width, height);
            ++drawn;
            rfbProcessEvents(screen, 0); // clients already waiting get it now
            next += period;
            if (next < t) // late: drop the frames that were missed
                next = t + period;
        }
        // Serve clients until the next frame is due; sends pending updates.
        const double wait = next - now();
        rfbProcessEvents(screen, wait > 0 ? long(wait * 1e6) : 0);
    }
    std::printf("FRAMES %llu %.3f\n", static_cast<unsigned long long>(drawn), now() - start);
    std::fflush(stdout);
    rfbShutdownServer(screen, TRUE);
    screen->frameBuffer = nullptr;
    rfbScreenCleanup(screen);
    return 0;
}
