#pragma once

// Server byte streams for the VNC client's fuzz test (tst_vncclient): a
// deterministic generator of RFB 3.8 server output that is wrong in the ways
// a broken or hostile server is wrong (random bytes, truncated rectangles,
// absurd sizes and counts, encodings nobody asked for), and mutations of real
// LibVNCServer recordings. Everything comes from one seeded generator, so a
// case number reproduces its bytes.

#include <QByteArray>
#include <QVector>

#include <cstdint>
#include <random>

namespace VncFuzz {

class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    quint32 next() { return quint32(m_engine()); }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint32(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, int N>
    T pick(const T (&values)[N]) { return values[below(N)]; }
    QByteArray bytes(int n)
    {
        QByteArray b(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i)
            b[i] = char(next() & 0xff);
        return b;
    }

private:
    std::mt19937_64 m_engine;
};

inline void put8(QByteArray &b, int v) { b.append(char(v & 0xff)); }
inline void put16(QByteArray &b, int v) { put8(b, v >> 8); put8(b, v); }
inline void put32(QByteArray &b, quint32 v) { put16(b, int(v >> 16)); put16(b, int(v & 0xffff)); }

// QVirt's own pixel format (32 bits, depth 24, shifts 16/8/0), as a server
// announces it in ServerInit.
inline QByteArray pixelFormat()
{
    return QByteArray::fromHex("2018000100ff00ff00ff100800000000");
}

// Version, security None, OK, ServerInit of w x h.
inline QByteArray handshake(int w, int h, const QByteArray &name = "fuzz")
{
    QByteArray b("RFB 003.008\n");
    b += QByteArray::fromHex("0101");     // one security type: None
    b += QByteArray::fromHex("00000000"); // security result: OK
    put16(b, w);
    put16(b, h);
    b += pixelFormat();
    put32(b, quint32(name.size()));
    b += name;
    return b;
}

// Encodings a server may send whether or not they were asked for: the ones
// libvncclient and QVirt know, and a few nobody knows.
constexpr qint32 kEncodings[] = {0, 1, 2, 4, 5, 6, 7, 8, 9, 15, 16, 17, qint32(0xffff0009), -223, -308, -258, -261, -239, -240,
                                 -314, -232, -224, -305, 0x574d5669, 3, 21, 0x7fffffff, -1};

// A 16-bit field: mostly sensible for a screen of w x h, sometimes absurd.
inline int coordinate(Random &r, int limit)
{
    static constexpr int absurd[] = {0, 1, 0x7fff, 0x8000, 0xffff, 16384, 16385, 4096};
    if (r.chance(15))
        return r.pick(absurd);
    if (r.chance(10))
        return (limit + r.below(3) - 1) & 0xffff; // the edge, and one past it
    return r.below(qMax(1, limit));
}

// One rectangle: header and a payload that fits it, or not.
inline void rectangle(Random &r, QByteArray &out, int w, int h, const QVector<qint32> &asked)
{
    const qint32 encoding = r.chance(75) && !asked.isEmpty() ? asked.at(r.below(asked.size())) : r.pick(kEncodings);
    const int x = coordinate(r, w), y = coordinate(r, h);
    int rw = coordinate(r, w - x), rh = coordinate(r, h - y);
    if (encoding == -308 || encoding == -223) { // a new screen size
        rw = coordinate(r, 2048);
        rh = coordinate(r, 2048);
    }
    put16(out, x);
    put16(out, y);
    put16(out, rw);
    put16(out, rh);
    put32(out, quint32(encoding));
    const qint64 area = qint64(rw) * rh;
    switch (encoding) {
    case 0: { // raw: whole, cut short, or nothing
        const qint64 full = area * 4;
        const qint64 n = r.chance(70) ? full : r.below(int(qMin<qint64>(full + 1, 70000)));
        if (n <= 70000) // larger ones are cut to nothing
            out += r.bytes(int(n));
        break;
    }
    case 1: // CopyRect: a source anywhere
        put16(out, coordinate(r, w));
        put16(out, coordinate(r, h));
        break;
    case -308: { // ExtendedDesktopSize: a screen count and what follows
        const int screens = r.chance(80) ? 1 : r.below(256);
        put8(out, screens);
        out += QByteArray(3, '\0');
        const int sent = r.chance(80) ? screens : r.below(screens + 1);
        for (int i = 0; i < sent; ++i) {
            put32(out, r.next());
            put16(out, 0);
            put16(out, 0);
            put16(out, rw);
            put16(out, rh);
            put32(out, 0);
        }
        break;
    }
    case -261: // QEMU LED state
        put8(out, r.below(8));
        break;
    case -223: // DesktopResize: no payload
    case -258: // QEMU extended key events: no payload
        break;
    default: // compressed or unknown: a length-like prefix and random bytes
        if (r.chance(50))
            put32(out, r.chance(50) ? quint32(r.below(2000)) : r.next());
        out += r.bytes(r.below(area > 0 ? int(qMin<qint64>(area * 4, 3000)) : 64));
        break;
    }
}

// RFB server messages after the handshake, up to about maxBytes.
inline QByteArray messages(Random &r, int w, int h, const QVector<qint32> &asked, int maxBytes)
{
    QByteArray out;
    while (out.size() < maxBytes && !r.chance(8)) {
        switch (r.below(10)) {
        case 0:
        case 1:
        case 2:
        case 3:
        case 4: { // FramebufferUpdate
            put8(out, 0);
            put8(out, 0);
            const int rects = r.chance(90) ? r.below(6) : r.pick({0xffff, 0x100, 0x7fff});
            put16(out, rects);
            const int written = r.chance(85) ? rects : r.below(rects + 1);
            for (int i = 0; i < written && out.size() < maxBytes; ++i)
                rectangle(r, out, w, h, asked);
            break;
        }
        case 5: { // SetColourMapEntries
            put8(out, 1);
            put8(out, 0);
            put16(out, r.below(256));
            const int n = r.chance(80) ? r.below(8) : 0xffff;
            put16(out, n);
            out += r.bytes(qMin(n, 16) * 6);
            break;
        }
        case 6: // Bell
            put8(out, 2);
            break;
        case 7: { // ServerCutText, sometimes of an absurd length
            put8(out, 3);
            out += QByteArray(3, '\0');
            if (r.chance(50)) { // the Extended Clipboard: flags, then a payload or part of one
                static constexpr quint32 flags[] = {0x01000001u, 0x08000001u, 0x10000001u, 0x02000001u, 0x04000000u,
                                                    0x10000007u, 0x1f00ffffu};
                QByteArray payload;
                put32(payload, r.chance(80) ? r.pick(flags) : r.next());
                if (r.chance(50)) { // a zlib stream of a size and some text, whole or cut
                    QByteArray plain;
                    put32(plain, r.chance(70) ? quint32(r.below(40)) : r.next());
                    plain += r.bytes(r.below(40));
                    const QByteArray z = qCompress(plain).mid(4);
                    payload += z.left(r.chance(70) ? z.size() : r.below(int(z.size()) + 1));
                } else {
                    payload += r.bytes(r.below(48));
                }
                const qint32 length = r.chance(85) ? -qint32(payload.size()) : -qint32(r.below(8));
                put32(out, quint32(length));
                out += payload;
                break;
            }
            static constexpr quint32 lengths[] = {0, 5, 100, (1u << 20) + 1, 0xffffffffu, 0x80000000u};
            const quint32 n = r.chance(60) ? quint32(r.below(64)) : r.pick(lengths);
            put32(out, n);
            out += r.bytes(int(qMin<quint32>(n, 64)));
            break;
        }
        case 8: { // a type byte from anywhere, then noise
            static constexpr int types[] = {150, 248, 250, 252, 255, 4, 5, 127};
            put8(out, r.chance(70) ? r.pick(types) : r.below(256));
            out += r.bytes(r.below(32));
            break;
        }
        case 9: // plain noise
            out += r.bytes(1 + r.below(256));
            break;
        }
    }
    return out;
}

// A screen size for ServerInit: small mostly, sometimes impossible, once in a
// while large (the frame buffers are mapped, not filled: cheap).
inline void screenSize(Random &r, int *w, int *h)
{
    static constexpr int absurd[] = {0, 1, 16385, 65535, 32768, 4096, 16384};
    *w = r.chance(8) ? r.pick(absurd) : 1 + r.below(400);
    *h = r.chance(8) ? r.pick(absurd) : 1 + r.below(300);
    if (qint64(*w) * *h > 4096 * 4096)
        *h = 1; // valid but thin: at most 16384 x 1
}

// Mutations of a recorded stream; the handshake is hit less often than the rest.
inline QByteArray mutate(Random &r, QByteArray b, int handshakeLength)
{
    const int rounds = 1 + r.below(3);
    for (int round = 0; round < rounds && !b.isEmpty(); ++round) {
        const int from = r.chance(90) ? qMin(handshakeLength, int(b.size()) - 1) : 0;
        const int at = from + r.below(int(b.size()) - from);
        switch (r.below(8)) {
        case 0: // flip bytes
            for (int i = 0, n = 1 + r.below(8); i < n; ++i)
                b[from + r.below(int(b.size()) - from)] = char(r.next() & 0xff);
            break;
        case 1: // truncate
            b.truncate(at);
            break;
        case 2: { // an absurd 16-bit value
            static constexpr int values[] = {0, 1, 0x7fff, 0x8000, 0xffff, 16384, 16385};
            const int v = r.pick(values);
            if (at + 1 < b.size()) {
                b[at] = char(v >> 8);
                b[at + 1] = char(v & 0xff);
            }
            break;
        }
        case 3: { // an absurd 32-bit value, or an encoding
            QByteArray v;
            put32(v, r.chance(50) ? quint32(r.pick(kEncodings)) : r.pick({0xffffffffu, 0x80000000u, 0x7fffffffu, 0u}));
            if (at + 3 < b.size())
                b.replace(at, 4, v);
            break;
        }
        case 4: // insert noise
            b.insert(at, r.bytes(1 + r.below(64)));
            break;
        case 5: // noise instead of the rest
            b.truncate(at);
            b += r.bytes(1 + r.below(4096));
            break;
        case 6: // drop a chunk
            b.remove(at, 1 + r.below(256));
            break;
        case 7: // repeat a chunk
            b.insert(at, b.mid(at, 1 + r.below(512)));
            break;
        }
    }
    return b;
}

} // namespace VncFuzz
