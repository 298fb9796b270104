#!/usr/bin/python3
"""A byte-counting X11 relay: what an application sends to its X server and
gets back, as over `ssh -X`, with an optional slow link.

    xrelay.py --listen PORT --upstream /tmp/.X11-unix/XN

listens on 127.0.0.1:PORT (loopback only; the application gets
DISPLAY=127.0.0.1:PORT-6000) and forwards every connection to the X server's
Unix socket. Per direction it counts

  * raw bytes, and the bytes a running zlib stream (one compressobj per
    direction, Z_SYNC_FLUSH after every chunk read, as `ssh -C` does per
    packet) would give;
  * X requests by opcode (client to server) with the size of every PutImage,
    and replies, events and errors (server to client); a reply means the
    client waited for the server, at most one round trip each;
  * per 10 ms: bytes delivered each way (for the time the last pixels
    arrived), and bytes read each way, raw and zlib (for a phase that ends
    between two snapshots).

`link capped BITS_PER_S ONE_WAY_DELAY_S` makes each direction a link of that
bandwidth and delay (serialisation, then delay; the relay stops reading from
a side while more than --buffer bytes are in flight, so the sender feels the
back-pressure a real link gives); `link plain` forwards at once.

Control on stdin, one JSON answer per line on stdout: `snap` (all counters),
`timeline T` (10 ms bins from monotonic time T:
[t, delivered c2s, s2c, read c2s, s2c, zlib c2s, s2c]), `link ...`, `quit`.
"""

import argparse
import collections
import json
import os
import select
import socket
import struct
import sys
import time
import zlib

CHUNK = 32768
BIN = 0.01

CORE = {
    1: "CreateWindow", 2: "ChangeWindowAttributes", 3: "GetWindowAttributes", 4: "DestroyWindow",
    8: "MapWindow", 10: "UnmapWindow", 12: "ConfigureWindow", 14: "GetGeometry", 15: "QueryTree",
    16: "InternAtom", 17: "GetAtomName", 18: "ChangeProperty", 19: "DeleteProperty", 20: "GetProperty",
    23: "GetSelectionOwner", 25: "SendEvent", 38: "QueryPointer", 40: "TranslateCoordinates",
    42: "SetInputFocus", 43: "GetInputFocus", 45: "OpenFont", 47: "QueryFont", 53: "CreatePixmap",
    54: "FreePixmap", 55: "CreateGC", 56: "ChangeGC", 59: "SetClipRectangles", 60: "FreeGC",
    61: "ClearArea", 62: "CopyArea", 63: "CopyPlane", 64: "PolyPoint", 65: "PolyLine", 66: "PolySegment",
    67: "PolyRectangle", 69: "FillPoly", 70: "PolyFillRectangle", 72: "PutImage", 73: "GetImage",
    74: "PolyText8", 76: "ImageText8", 78: "CreateColormap", 84: "AllocColor", 93: "CreateCursor",
    94: "CreateGlyphCursor", 95: "FreeCursor", 97: "QueryBestSize", 98: "QueryExtension",
    101: "GetKeyboardMapping", 119: "GetModifierMapping", 127: "NoOperation",
}


def pad4(n):
    return (n + 3) & ~3


class Stats:
    """Counters of one direction, over all connections."""

    def __init__(self):
        self.raw = 0
        self.z = 0
        self.comp = zlib.compressobj(6)
        self.kinds = collections.Counter()       # request name -> count
        self.kind_bytes = collections.Counter()  # request name -> bytes
        self.putimages = []                      # [t, w, h, depth, bytes, x, y]
        self.replies = self.events = self.errors = 0

    def count(self, data):
        z = len(self.comp.compress(data)) + len(self.comp.flush(zlib.Z_SYNC_FLUSH))
        self.raw += len(data)
        self.z += z
        return z

    def snap(self):
        return {"raw": self.raw, "z": self.z, "requests": dict(self.kinds),
                "request_bytes": dict(self.kind_bytes), "putimage_count": len(self.putimages),
                "replies": self.replies, "events": self.events, "errors": self.errors}


class RequestParser:
    """Follows the client-to-server stream: the set-up, then each request's
    opcode and length (BIG-REQUESTS included), without keeping bodies."""

    def __init__(self, stats):
        self.stats = stats
        self.hdr = bytearray()
        self.skip = 0
        self.setup = True
        self.order = "<"

    def need(self):
        """Header bytes needed: the set-up's 12, a request's 4, 8 with
        BIG-REQUESTS, 20 more for PutImage's fields."""
        if self.setup:
            return 12
        if len(self.hdr) < 4:
            return 4
        big = struct.unpack(self.order + "H", bytes(self.hdr[2:4]))[0] == 0
        return (8 if big else 4) + (20 if self.hdr[0] == 72 else 0)

    def feed(self, data):
        pos, n = 0, len(data)
        while pos < n:
            if self.skip:
                take = min(self.skip, n - pos)
                self.skip -= take
                pos += take
                continue
            need = self.need()
            while len(self.hdr) < need and pos < n:
                take = min(need - len(self.hdr), n - pos)
                self.hdr += data[pos:pos + take]
                pos += take
                need = self.need()
            if len(self.hdr) < need:
                continue
            h = bytes(self.hdr)
            if self.setup:
                self.order = "<" if h[0] == 0x6C else ">"
                an, ad = struct.unpack(self.order + "HH", h[6:10])
                self.skip = pad4(an) + pad4(ad)
                self.setup = False
                self.hdr = bytearray()
                continue
            op = h[0]
            (len16,) = struct.unpack(self.order + "H", h[2:4])
            if len16 == 0:
                (total,) = struct.unpack(self.order + "I", h[4:8])
                body = h[8:]
            else:
                total = len16
                body = h[4:]
            total *= 4
            name = CORE.get(op) or ("ext%d.%d" % (op, h[1]) if op >= 128 else "op%d" % op)
            self.stats.kinds[name] += 1
            self.stats.kind_bytes[name] += total
            if op == 72:
                w, hh, x, y = struct.unpack(self.order + "HHhh", body[8:16])
                self.stats.putimages.append([round(time.monotonic(), 4), w, hh, body[17], total, x, y])
            self.skip = max(0, total - len(h))
            self.hdr = bytearray()


class ReplyParser:
    """Follows the server-to-client stream: set-up reply, then 32-byte
    events/errors and replies (and GenericEvents) with their lengths."""

    def __init__(self, stats, requests):
        self.stats = stats
        self.requests = requests  # for the byte order
        self.hdr = bytearray()
        self.skip = 0
        self.setup = True

    def feed(self, data):
        pos, n = 0, len(data)
        while pos < n:
            if self.skip:
                take = min(self.skip, n - pos)
                self.skip -= take
                pos += take
                continue
            need = 8 if self.setup else 32
            take = min(need - len(self.hdr), n - pos)
            self.hdr += data[pos:pos + take]
            pos += take
            if len(self.hdr) < need:
                continue
            h = bytes(self.hdr)
            self.hdr = bytearray()
            o = self.requests.order
            if self.setup:
                self.setup = False
                self.skip = struct.unpack(o + "H", h[6:8])[0] * 4
                continue
            kind = h[0] & 0x7F
            if kind == 0:
                self.stats.errors += 1
            elif kind == 1:
                self.stats.replies += 1
                self.skip = struct.unpack(o + "I", h[4:8])[0] * 4
            else:
                self.stats.events += 1
                if kind == 35:
                    self.skip = struct.unpack(o + "I", h[4:8])[0] * 4


class Link:
    def __init__(self):
        self.rate = None   # bits/s; None: plain
        self.delay = 0.0   # one way, s


class Pipe:
    """One direction of one connection: src -> queue -> dst."""

    def __init__(self, src, dst, stats, parser, link, limit, timeline, slot):
        self.src, self.dst = src, dst
        self.stats, self.parser, self.link = stats, parser, link
        self.limit = limit
        self.timeline, self.slot = timeline, slot
        self.q = collections.deque()   # [deliver_at, bytes]
        self.queued = 0
        self.free_at = 0.0
        self.eof = False
        self.closed = False

    def wants_read(self):
        return not self.eof and self.queued < self.limit

    def on_read(self):
        try:
            data = self.src.recv(CHUNK)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        now = time.monotonic()
        if not data:
            self.eof = True
            return
        z = self.stats.count(data)
        row = self._row(now)
        row[2 + self.slot] += len(data)
        row[4 + self.slot] += z
        try:
            self.parser.feed(data)
        except Exception:
            pass  # a parser out of step must never stop the traffic
        if self.link.rate:
            self.free_at = max(now, self.free_at) + len(data) * 8.0 / self.link.rate
            at = self.free_at + self.link.delay
        else:
            at = now
        self.q.append([at, data])
        self.queued += len(data)

    def _row(self, t):
        b = int(t / BIN)
        row = self.timeline.get(b)
        if row is None:
            row = self.timeline[b] = [0, 0, 0, 0, 0, 0]
        return row

    def next_due(self):
        return self.q[0][0] if self.q else None

    def ready_to_write(self, now):
        return bool(self.q) and self.q[0][0] <= now

    def on_write(self, now):
        while self.q and self.q[0][0] <= now:
            at, data = self.q[0]
            try:
                sent = self.dst.send(data)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                self.q.clear()
                self.queued = 0
                self.closed = True
                return
            self.queued -= sent
            self._row(now)[self.slot] += sent
            if sent < len(data):
                self.q[0][1] = data[sent:]
                return
            self.q.popleft()


class Relay:
    def __init__(self, port, upstream, limit):
        self.lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.lsock.bind(("127.0.0.1", port))  # loopback only
        self.lsock.listen(16)
        self.lsock.setblocking(False)
        self.upstream = upstream
        self.limit = limit
        self.link = Link()
        self.c2s = Stats()
        self.s2c = Stats()
        self.timeline = {}
        self.pipes = []
        self.connections = 0
        self.t_start = time.monotonic()

    def accept(self):
        try:
            a, _ = self.lsock.accept()
        except OSError:
            return
        u = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            u.connect(self.upstream)
        except OSError:
            a.close()
            return
        a.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        a.setblocking(False)
        u.setblocking(False)
        self.connections += 1
        rp = RequestParser(self.c2s)
        up = Pipe(a, u, self.c2s, rp, self.link, self.limit, self.timeline, 0)
        down = Pipe(u, a, self.s2c, ReplyParser(self.s2c, rp), self.link, self.limit, self.timeline, 1)
        up.peer, down.peer = down, up
        self.pipes += [up, down]

    def snap(self):
        return {"t": time.monotonic(), "connections": self.connections,
                "open": len(self.pipes) // 2,
                "c2s": self.c2s.snap(), "s2c": self.s2c.snap(),
                "queued_c2s": sum(p.queued for p in self.pipes if p.stats is self.c2s),
                "queued_s2c": sum(p.queued for p in self.pipes if p.stats is self.s2c),
                "link": {"rate": self.link.rate, "delay": self.link.delay}}

    def command(self, line):
        w = line.split()
        if not w:
            return None
        if w[0] == "snap":
            return self.snap()
        if w[0] == "putimages":
            since = float(w[1]) if len(w) > 1 else 0.0
            return {"putimages": [p for p in self.c2s.putimages if p[0] >= since]}
        if w[0] == "timeline":
            since = float(w[1]) if len(w) > 1 else 0.0
            b0 = int(since / BIN)
            return {"bin": BIN, "bins": sorted([b * BIN] + v for b, v in self.timeline.items() if b >= b0)}
        if w[0] == "link":
            if w[1] == "plain":
                self.link.rate, self.link.delay = None, 0.0
            else:
                self.link.rate, self.link.delay = float(w[2]), float(w[3])
            return {"link": {"rate": self.link.rate, "delay": self.link.delay}}
        if w[0] == "quit":
            return "quit"
        return {"error": "unknown command %r" % line}

    def run(self):
        ctl = sys.stdin.buffer.raw if hasattr(sys.stdin.buffer, "raw") else sys.stdin.buffer
        ctl_fd = ctl.fileno()
        pending = b""
        sys.stdout.write("READY %d\n" % self.lsock.getsockname()[1])
        sys.stdout.flush()
        while True:
            now = time.monotonic()
            rset = [self.lsock, ctl_fd] + [p.src for p in self.pipes if p.wants_read()]
            wset = [p.dst for p in self.pipes if p.ready_to_write(now)]
            dues = [p.next_due() for p in self.pipes if p.q and not p.ready_to_write(now)]
            timeout = max(0.0, min(dues) - now) if dues else 1.0
            r, _, _ = select.select(rset, wset, [], timeout)
            if ctl_fd in r:
                chunk = os.read(ctl_fd, 4096)
                if not chunk:
                    return
                pending += chunk
                while b"\n" in pending:
                    line, pending = pending.split(b"\n", 1)
                    ans = self.command(line.decode())
                    if ans == "quit":
                        return
                    if ans is not None:
                        sys.stdout.write(json.dumps(ans) + "\n")
                        sys.stdout.flush()
            if self.lsock in r:
                self.accept()
            for p in list(self.pipes):
                if p.src in r and p.wants_read():
                    p.on_read()
            now = time.monotonic()
            for p in list(self.pipes):
                if p.ready_to_write(now):
                    p.on_write(now)
            # Close a connection once one side ended and what it sent is out.
            for p in list(self.pipes):
                if p not in self.pipes:
                    continue
                done = (p.eof and not p.q) or p.closed or p.peer.closed
                if done:
                    for s in (p.src, p.dst):
                        try:
                            s.close()
                        except OSError:
                            pass
                    self.pipes.remove(p)
                    if p.peer in self.pipes:
                        self.pipes.remove(p.peer)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--listen", type=int, required=True, help="TCP port on 127.0.0.1")
    ap.add_argument("--upstream", required=True, help="the X server's Unix socket")
    ap.add_argument("--buffer", type=int, default=512 * 1024,
                    help="bytes in flight per direction before the relay stops reading (default 512 KiB)")
    a = ap.parse_args()
    Relay(a.listen, a.upstream, a.buffer).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
