"""RFB-aware TCP proxy for the console benchmark (bench/console/README.md).

Sits between one VNC client and the server, on 127.0.0.1 only, forwards every
byte unchanged (except, on request, the client's SetEncodings), and counts
what the server sent:

  * FramebufferUpdate messages, and among them the "updates": the messages
    with at least one rectangle in a real encoding (pseudo-encoding-only
    messages, e.g. a LED state or a cursor shape, are not updates);
  * bytes server -> client (all of them, handshake included) and client ->
    server;
  * rectangles per encoding and the pixel area of the real rectangles.

To find where a FramebufferUpdate ends, the server stream is parsed message
by message: the handshake (RFB 3.3/3.7/3.8, security None or VNC
authentication), ServerInit, and every server message. Rectangle payloads are
skipped, not decoded: raw (w*h*bpp), CopyRect, RRE, CoRRE, Hextile (tile by
tile), zlib and ZRLE (4-byte length), Tight and TightPNG (control byte, fill /
JPEG / PNG / basic with copy, palette or gradient filter, compact lengths),
and the pseudo-encodings QEMU, LibVNCServer, TigerVNC and gtk-vnc use. The
client stream is parsed too: it tells the pixel format (SetPixelFormat) that
the server's rectangles are in, and the encodings the client asked for.

If the server stream ever does not parse (an unknown encoding, a security type
with encryption), counting stops and `error` says why; forwarding goes on.

force_raw: SetEncodings from the client is rewritten so that raw is the only
real encoding (pseudo-encodings are kept). Used for clients that have no
option to ask for raw themselves (gtk-vnc). The client is not told; it simply
receives raw rectangles, which every RFB client must decode.

Run as a process (run.py --inner-proxy) so that its CPU time is measured
apart from the client's. Protocol on stdin/stdout: it prints
`READY <port>` once it listens; each `snap` line on stdin prints one JSON
object with the counters and time.monotonic(); `quit` or EOF ends it.
"""

import json
import socket
import struct
import sys
import threading
import time

REAL_ENCODINGS = {0: "raw", 1: "copyrect", 2: "rre", 4: "corre", 5: "hextile", 6: "zlib",
                  7: "tight", 8: "zlibhex", 15: "trle", 16: "zrle", -260: "tightpng"}
PSEUDO_NAMES = {-223: "DesktopSize", -224: "LastRect", -232: "PointerPos", -239: "Cursor",
                -240: "XCursor", -257: "QemuPointerMotionChange", -258: "QemuExtendedKeyEvent",
                -259: "QemuAudio", -261: "QemuLedState", -307: "DesktopName",
                -308: "ExtendedDesktopSize", -312: "Fence", -313: "ContinuousUpdates",
                -309: "xvp", -314: "CursorWithAlpha", 0x574D5664: "VMwareCursor", 0x574D5666: "VMwareCursorState",
                0x574D5669: "VMwareDisplayModeChange", -1063131698: "ExtendedClipboard"}


def encoding_name(e):
    if e in REAL_ENCODINGS:
        return REAL_ENCODINGS[e]
    if e in PSEUDO_NAMES:
        return PSEUDO_NAMES[e]
    if -32 <= e <= -23:
        return "JPEGQuality%d" % (e + 32)
    if -256 <= e <= -247:
        return "CompressLevel%d" % (e + 256)
    return str(e)


def is_real(e):
    return e in REAL_ENCODINGS


class ProtocolError(Exception):
    pass


class PixelFormat:
    def __init__(self, raw):
        (self.bpp, self.depth, self.big_endian, self.true_colour, self.red_max, self.green_max,
         self.blue_max, self.red_shift, self.green_shift, self.blue_shift) = struct.unpack(">BBBBHHHBBB", raw[:13])
        if self.bpp not in (8, 16, 32):
            raise ProtocolError("bad bits per pixel %d" % self.bpp)
        self.bypp = self.bpp // 8
        # Tight sends 3-byte pixels for 32-bpp depth-24 true colour 8/8/8.
        self.tpixel = 3 if (self.bpp == 32 and self.depth == 24 and self.true_colour
                            and self.red_max == self.green_max == self.blue_max == 255) else self.bypp

    def __str__(self):
        return "%dbpp/depth%d%s" % (self.bpp, self.depth, "" if self.true_colour else "/colourmap")


class Shared:
    """State one connection's two directions share, and the counters."""

    def __init__(self):
        self.lock = threading.Lock()
        self.sectype = None
        self.sectype_event = threading.Event()
        self.version_minor = None
        self.pf = None              # pixel format the server's rectangles are in
        self.pending_pf = None      # set by the client stream, applied at the next update
        self.fb_size = None
        self.updates = 0
        self.fbu_messages = 0
        self.area = 0               # pixels in real rectangles
        self.pixel_bytes = 0        # area * bytes per pixel (what a raw stream would carry)
        self.rects = {}
        self.tight = {}             # tight sub-rectangles: fill / jpeg / png / basic
        self.s2c_bytes = 0
        self.c2s_bytes = 0
        self.first_update_t = None
        self.last_update_t = None
        self.error = None           # server stream did not parse: counting stopped
        self.client_error = None    # client stream did not parse: forwarded as is
        self.client_encodings = None
        self.sent_encodings = None
        self.client_messages = {}

    def set_sectype(self, t):
        self.sectype = t
        self.sectype_event.set()


def _u16(b, o=0):
    return struct.unpack_from(">H", b, o)[0]


def _u32(b, o=0):
    return struct.unpack_from(">I", b, o)[0]


def _s32(b, o=0):
    return struct.unpack_from(">i", b, o)[0]


# ---------------------------------------------------------------------------
# Server -> client: a generator that yields ('r', n) to read n bytes (it gets
# them back) or ('s', n) to skip n bytes.
# ---------------------------------------------------------------------------

def _compact_length():
    b = (yield ("r", 1))[0]
    n = b & 0x7F
    if b & 0x80:
        b = (yield ("r", 1))[0]
        n |= (b & 0x7F) << 7
        if b & 0x80:
            b = (yield ("r", 1))[0]
            n |= b << 14
    return n


def _skip(n):
    if n > 0:
        yield ("s", n)


def _tight(st, w, h):
    tp = st.pf.tpixel
    cc = (yield ("r", 1))[0]
    comp = cc >> 4
    kind = "fill" if comp == 8 else "jpeg" if comp == 9 else "png" if comp == 10 else "basic"
    st.tight[kind] = st.tight.get(kind, 0) + 1
    if comp == 8:                       # fill
        yield from _skip(tp)
    elif comp in (9, 10):               # JPEG, PNG
        n = yield from _compact_length()
        yield from _skip(n)
    elif comp < 8:                      # basic
        filt = 0
        if comp & 4:
            filt = (yield ("r", 1))[0]
        if filt in (0, 2):              # copy, gradient
            size = w * h * tp
        elif filt == 1:                 # palette
            ncol = (yield ("r", 1))[0] + 1
            yield from _skip(ncol * tp)
            size = ((w + 7) // 8) * h if ncol == 2 else w * h
        else:
            raise ProtocolError("tight: unknown filter %d" % filt)
        if size < 12:
            yield from _skip(size)
        else:
            n = yield from _compact_length()
            yield from _skip(n)
    else:
        raise ProtocolError("tight: bad compression control 0x%02x" % cc)


def _hextile(st, w, h):
    bpp = st.pf.bypp
    for ty in range(0, h, 16):
        th = min(16, h - ty)
        for tx in range(0, w, 16):
            tw = min(16, w - tx)
            sub = (yield ("r", 1))[0]
            if sub & 1:
                yield from _skip(tw * th * bpp)
                continue
            n = (bpp if sub & 2 else 0) + (bpp if sub & 4 else 0)
            yield from _skip(n)
            if sub & 8:
                nsub = (yield ("r", 1))[0]
                yield from _skip(nsub * (2 + (bpp if sub & 16 else 0)))


def _framebuffer_update(st):
    hdr = yield ("r", 3)
    nrects = _u16(hdr, 1)
    if st.pending_pf is not None:
        st.pf, st.pending_pf = st.pending_pf, None
    real = False
    area = 0
    i = 0
    while nrects == 0xFFFF or i < nrects:
        rh = yield ("r", 12)
        i += 1
        x, y, w, h, enc = struct.unpack(">HHHHi", rh)
        st.rects[enc] = st.rects.get(enc, 0) + 1
        if enc == -224:                 # LastRect
            break
        bpp = st.pf.bypp
        if enc == 0:
            yield from _skip(w * h * bpp)
        elif enc == 1:
            yield ("s", 4)
        elif enc == 2:
            n = _u32((yield ("r", 4)))
            yield ("s", bpp + n * (bpp + 8))
        elif enc == 4:
            n = _u32((yield ("r", 4)))
            yield ("s", bpp + n * (bpp + 4))
        elif enc == 5:
            yield from _hextile(st, w, h)
        elif enc in (6, 16):
            n = _u32((yield ("r", 4)))
            yield from _skip(n)
        elif enc in (7, -260):
            yield from _tight(st, w, h)
        elif enc == -239:
            yield from _skip(w * h * bpp + ((w + 7) // 8) * h)
        elif enc == -240:
            if w * h:
                yield ("s", 6 + 2 * ((w + 7) // 8) * h)
        elif enc == -314:
            sub = _s32((yield ("r", 4)))
            if sub != 0:
                raise ProtocolError("cursor with alpha in encoding %d" % sub)
            yield from _skip(w * h * 4)
        elif enc == -261:
            yield ("s", 1)
        elif enc == 0x574D5668:         # VMware LED state
            yield ("s", 4)
        elif enc == 0x574D5669:         # VMware display mode change: new pixel format
            st.pf = PixelFormat((yield ("r", 16)))
            st.fb_size = (w, h)
        elif enc == -307:
            n = _u32((yield ("r", 4)))
            yield from _skip(n)
        elif enc == -308:
            b = yield ("r", 4)
            yield from _skip(16 * b[0])
            st.fb_size = (w, h)
        elif enc == -223:
            st.fb_size = (w, h)
        elif enc in (-232, -257, -258, -259, -312, -313):
            pass
        else:
            raise ProtocolError("unknown encoding %d in a FramebufferUpdate" % enc)
        if is_real(enc):
            real = True
            area += w * h
    now = time.monotonic()
    st.fbu_messages += 1
    if real:
        st.updates += 1
        st.area += area
        st.pixel_bytes += area * st.pf.bypp
        st.last_update_t = now
        if st.first_update_t is None:
            st.first_update_t = now


def server_stream(st):
    ver = yield ("r", 12)
    if not ver.startswith(b"RFB "):
        raise ProtocolError("not an RFB server: %r" % ver)
    minor = int(ver[8:11])
    st.version_minor = minor
    if minor >= 7:
        n = (yield ("r", 1))[0]
        if n == 0:
            raise ProtocolError("server refused the connection")
        yield ("s", n)
        # What follows depends on the client's choice; the server sends it
        # only after the client chose, and the client stream records the
        # choice before forwarding it.
        first = yield ("r", 1)
        if not st.sectype_event.wait(10):
            raise ProtocolError("no security type seen from the client")
        sec = st.sectype
    else:
        sec = _u32((yield ("r", 4)))
        st.set_sectype(sec)
        if sec == 0:
            raise ProtocolError("server refused the connection")
        first = None
    if sec == 2:                        # VNC authentication: challenge, then result
        yield ("s", 16 if first is None else 15)
        res = _u32((yield ("r", 4)))
        if res != 0:
            raise ProtocolError("authentication failed")
    elif sec == 1:
        if minor >= 8:
            res = first + (yield ("r", 3))
            if _u32(res) != 0:
                raise ProtocolError("security handshake failed")
            first = None
    else:
        raise ProtocolError("security type %d is not parsed (encrypted or unknown)" % sec)
    init = (first or b"") + (yield ("r", 24 - (1 if first else 0)))
    st.fb_size = (_u16(init, 0), _u16(init, 2))
    st.pf = PixelFormat(init[4:20])
    yield from _skip(_u32(init, 20))
    while True:
        t = (yield ("r", 1))[0]
        if t == 0:
            yield from _framebuffer_update(st)
        elif t == 1:                    # SetColourMapEntries
            hdr = yield ("r", 5)
            yield from _skip(6 * _u16(hdr, 3))
        elif t == 2:                    # Bell
            pass
        elif t == 3:                    # ServerCutText (negative length: extended clipboard)
            hdr = yield ("r", 7)
            yield from _skip(abs(_s32(hdr, 3)))
        elif t == 150:                  # EndOfContinuousUpdates
            pass
        elif t == 248:                  # Fence
            hdr = yield ("r", 8)
            yield from _skip(hdr[7])
        elif t == 255:                  # QEMU server message (audio)
            sub = (yield ("r", 1))[0]
            if sub != 1:
                raise ProtocolError("unknown QEMU server message %d" % sub)
            op = _u16((yield ("r", 2)))
            if op == 2:
                yield from _skip(_u32((yield ("r", 4))))
        else:
            raise ProtocolError("unknown server message type %d" % t)


class StreamParser:
    """Feeds chunks of a stream to a generator parser (see server_stream)."""

    def __init__(self, gen):
        self.gen = gen
        self.req = next(gen)
        self.buf = bytearray()

    def feed(self, mv):
        pos, end = 0, len(mv)
        gen = self.gen
        while pos < end:
            kind, cnt = self.req
            if kind == "s":
                take = min(cnt, end - pos)
                pos += take
                if take < cnt:
                    self.req = ("s", cnt - take)
                    return
                self.req = gen.send(None)
            else:
                if not self.buf and end - pos >= cnt:
                    data = bytes(mv[pos:pos + cnt])
                    pos += cnt
                else:
                    take = min(cnt - len(self.buf), end - pos)
                    self.buf += mv[pos:pos + take]
                    pos += take
                    if len(self.buf) < cnt:
                        return
                    data = bytes(self.buf)
                    self.buf.clear()
                self.req = gen.send(data)


# ---------------------------------------------------------------------------
# Client -> server: whole messages, so SetEncodings can be rewritten.
# ---------------------------------------------------------------------------

class ClientParser:
    def __init__(self, st, force_raw):
        self.st = st
        self.force_raw = force_raw
        self.buf = bytearray()
        self.state = "version"

    def _length(self, b):
        """Length of the complete message at the start of b, or None if it
        is not all there yet. Raises ProtocolError for an unknown message."""
        t = b[0]
        fixed = {0: 20, 3: 10, 4: 8, 5: 6, 150: 10, 250: 4}
        if t in fixed:
            return fixed[t] if len(b) >= fixed[t] else None
        if t == 2:
            return 4 + 4 * _u16(b, 2) if len(b) >= 4 else None
        if t == 6:
            return 8 + abs(_s32(b, 4)) if len(b) >= 8 else None
        if t == 248:
            return 9 + b[8] if len(b) >= 9 else None
        if t == 251:
            return 8 + 16 * b[6] if len(b) >= 8 else None
        if t == 255:
            if len(b) < 2:
                return None
            if b[1] == 0:
                return 12
            if b[1] == 1:
                if len(b) < 4:
                    return None
                return 10 if _u16(b, 2) == 2 else 4
        raise ProtocolError("unknown client message type %d" % t)

    def process(self, data):
        """Returns the bytes to forward to the server. A stream it cannot
        parse is forwarded unchanged from then on."""
        if self.state == "passthrough":
            return data
        self.buf += data
        out = bytearray()
        try:
            self._run(out)
        except (ProtocolError, ValueError, struct.error) as e:
            self.st.client_error = self.st.client_error or str(e)
            self.state = "passthrough"
        if self.state == "passthrough":
            out += self.buf
            self.buf.clear()
        return bytes(out)

    def _run(self, out):
        st = self.st
        b = self.buf
        while b:
            if self.state == "version":
                if len(b) < 12:
                    return
                minor = int(bytes(b[8:11]))
                n = 12
                self.state = "sectype" if minor >= 7 else "sec33"
            elif self.state == "sectype":
                st.set_sectype(b[0])
                n = 1
                self.state = {1: "clientinit", 2: "vncauth"}.get(b[0], "passthrough")
            elif self.state == "sec33":
                # RFB 3.3: the server chose; its stream tells us which.
                if not st.sectype_event.wait(10):
                    self.state = "passthrough"
                    return
                self.state = {1: "clientinit", 2: "vncauth"}.get(st.sectype, "passthrough")
                continue
            elif self.state == "vncauth":
                if len(b) < 16:
                    return
                n = 16
                self.state = "clientinit"
            elif self.state == "clientinit":
                n = 1
                self.state = "normal"
            elif self.state == "normal":
                n = self._length(b)
                if n is None or len(b) < n:
                    return
                t = b[0]
                st.client_messages[t] = st.client_messages.get(t, 0) + 1
                if t == 0:
                    st.pending_pf = PixelFormat(bytes(b[4:20]))
                elif t == 2:
                    encs = list(struct.unpack_from(">%di" % _u16(b, 2), b, 4))
                    st.client_encodings = encs
                    if self.force_raw:
                        encs = [0] + [e for e in encs if not is_real(e)]
                        out += struct.pack(">BBH%di" % len(encs), 2, 0, len(encs), *encs)
                        st.sent_encodings = encs
                        del b[:n]
                        continue
                    st.sent_encodings = encs
            else:  # passthrough
                return
            out += b[:n]
            del b[:n]


# ---------------------------------------------------------------------------
# The proxy
# ---------------------------------------------------------------------------

class Proxy:
    def __init__(self, target_port, force_raw):
        self.target_port = target_port
        self.force_raw = force_raw
        self.conns = []
        self.lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.lsock.bind(("127.0.0.1", 0))
        self.lsock.listen(4)
        self.port = self.lsock.getsockname()[1]

    def serve(self):
        while True:
            try:
                cli, _ = self.lsock.accept()
            except OSError:
                return
            try:
                srv = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
                srv.settimeout(None)
            except OSError:
                cli.close()
                continue
            for s in (cli, srv):
                s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            st = Shared()
            self.conns.append(st)
            threading.Thread(target=self._s2c, args=(srv, cli, st), daemon=True).start()
            threading.Thread(target=self._c2s, args=(cli, srv, st), daemon=True).start()

    @staticmethod
    def _close(a, b):
        for s in (a, b):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _s2c(self, srv, cli, st):
        parser = StreamParser(server_stream(st))
        buf = bytearray(1 << 20)
        mv = memoryview(buf)
        try:
            while True:
                n = srv.recv_into(buf)
                if n == 0:
                    break
                cli.sendall(mv[:n])
                st.s2c_bytes += n
                if parser is not None:
                    try:
                        parser.feed(mv[:n])
                    except StopIteration:
                        parser = None
                    except (ProtocolError, ValueError, struct.error) as e:
                        st.error = str(e)
                        parser = None
        except OSError:
            pass
        self._close(srv, cli)

    def _c2s(self, cli, srv, st):
        parser = ClientParser(st, self.force_raw)
        try:
            while True:
                data = cli.recv(65536)
                if not data:
                    break
                st.c2s_bytes += len(data)
                data = parser.process(data)
                if data:
                    srv.sendall(data)
        except OSError:
            pass
        self._close(srv, cli)

    def snapshot(self):
        agg = {"t": time.monotonic(), "connections": len(self.conns), "updates": 0, "fbu_messages": 0,
               "area": 0, "pixel_bytes": 0, "s2c_bytes": 0, "c2s_bytes": 0, "rects": {},
               "first_update_t": None, "last_update_t": None, "errors": [], "client_errors": [], "client_encodings": None,
               "sent_encodings": None, "pixel_format": None, "fb_size": None, "client_messages": {}, "tight": {}}
        for st in list(self.conns):
            for k in ("updates", "fbu_messages", "area", "pixel_bytes", "s2c_bytes", "c2s_bytes"):
                agg[k] += getattr(st, k)
            for e, c in list(st.rects.items()):
                name = encoding_name(e)
                agg["rects"][name] = agg["rects"].get(name, 0) + c
            for k, c in list(st.tight.items()):
                agg["tight"][k] = agg["tight"].get(k, 0) + c
            for t, c in list(st.client_messages.items()):
                agg["client_messages"][str(t)] = agg["client_messages"].get(str(t), 0) + c
            if st.first_update_t is not None and (agg["first_update_t"] is None or st.first_update_t < agg["first_update_t"]):
                agg["first_update_t"] = st.first_update_t
            if st.last_update_t is not None:
                agg["last_update_t"] = max(agg["last_update_t"] or 0, st.last_update_t)
            if st.error:
                agg["errors"].append(st.error)
            if st.client_error:
                agg["client_errors"].append(st.client_error)
            if st.client_encodings is not None:
                agg["client_encodings"] = [encoding_name(e) for e in st.client_encodings]
            if st.sent_encodings is not None:
                agg["sent_encodings"] = [encoding_name(e) for e in st.sent_encodings]
            if st.pf is not None:
                agg["pixel_format"] = str(st.pf)
            if st.fb_size is not None:
                agg["fb_size"] = "%dx%d" % st.fb_size
        return agg


def main(target_port, force_raw):
    proxy = Proxy(target_port, force_raw)
    threading.Thread(target=proxy.serve, daemon=True).start()
    sys.stdout.write("READY %d\n" % proxy.port)
    sys.stdout.flush()
    for line in sys.stdin:
        cmd = line.strip()
        if cmd == "snap":
            sys.stdout.write(json.dumps(proxy.snapshot()) + "\n")
            sys.stdout.flush()
        elif cmd == "quit":
            break
    try:
        proxy.lsock.close()
    except OSError:
        pass
    return 0
