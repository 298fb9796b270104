"""A tiny X11 client (standard library only) for the benchmark's own look at
the Xvfb display, straight on its Unix socket, never through the relay:
read pixels (GetImage), list top-level windows, and type and click through
XTEST, as xdotool does, with the time each step reached the server.

Only what the benchmark needs; little-endian, no authentication (the
benchmark's Xvfb runs with -ac on its Unix socket only).
"""

import socket
import struct

KEY_PRESS, KEY_RELEASE, BUTTON_PRESS, BUTTON_RELEASE, MOTION = 2, 3, 4, 5, 6


def _pad(n):
    return (4 - n % 4) % 4


class XError(Exception):
    pass


class Display:
    def __init__(self, display):
        num = int(display.split(":")[1].split(".")[0])
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect("/tmp/.X11-unix/X%d" % num)
        self.sock.sendall(struct.pack("<BxHHHHxx", 0x6C, 11, 0, 0, 0))
        head = self._recv(8)
        if head[0] != 1:
            raise XError("X server refused the connection")
        body = self._recv(struct.unpack("<H", head[6:8])[0] * 4)
        (self.release, self.rid_base, self.rid_mask, _mbs, vlen, _maxreq, nscreens, nformats,
         _io, _bo, _su, _sp, self.min_keycode, self.max_keycode) = struct.unpack("<IIIIHHBBBBBBBB", body[:28])
        off = 32 + vlen + _pad(vlen)
        self.bpp = {}
        for i in range(nformats):
            depth, bpp, _sp2 = struct.unpack("<BBB", body[off:off + 3])
            self.bpp[depth] = bpp
            off += 8
        (self.root, _cmap, _white, _black, _mask, self.width, self.height, _wmm, _hmm, _mini, _maxi,
         self.root_visual, _bs, _su2, self.root_depth, _nd) = struct.unpack("<IIIIIHHHHHHIBBBB", body[off:off + 40])
        self.seq = 0
        self._xtest = None
        self._keymap = None

    def _recv(self, n):
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise XError("X server closed the connection")
            buf += chunk
        return buf

    def _send(self, opcode, data1, payload):
        payload += b"\0" * _pad(len(payload))
        self.sock.sendall(struct.pack("<BBH", opcode, data1, 1 + len(payload) // 4) + payload)
        self.seq = (self.seq + 1) & 0xFFFF
        return self.seq

    def _reply(self, seq):
        """The reply to request `seq` (events are skipped; an error raises)."""
        while True:
            head = self._recv(32)
            kind = head[0] & 0x7F
            if kind == 0:
                raise XError("X error %d for request %d" % (head[1], struct.unpack("<H", head[2:4])[0]))
            extra = 0
            if kind == 1 or kind == 35:
                extra = struct.unpack("<I", head[4:8])[0] * 4
            body = self._recv(extra) if extra else b""
            if kind == 1 and struct.unpack("<H", head[2:4])[0] == seq:
                return head, body

    def sync(self):
        """Round trip (GetInputFocus): everything sent before has been
        processed by the server."""
        self._reply(self._send(43, 0, b""))

    def get_image(self, x, y, w, h, drawable=None):
        """ZPixmap pixels of the area; 4 bytes a pixel (B, G, R, x) at depth 24."""
        seq = self._send(73, 2, struct.pack("<IhhHHI", drawable or self.root, x, y, w, h, 0xFFFFFFFF))
        _head, body = self._reply(seq)
        return body

    def top_windows(self):
        """[(window, x, y, w, h, viewable, override_redirect)] of the root's
        children, bottom to top."""
        _head, body = self._reply(self._send(15, 0, struct.pack("<I", self.root)))
        n = struct.unpack("<H", _head[16:18])[0]
        wins = struct.unpack("<%dI" % n, body[:4 * n])
        out = []
        for w in wins:
            try:
                h1, _ = self._reply(self._send(3, 0, struct.pack("<I", w)))
                h2, _ = self._reply(self._send(14, 0, struct.pack("<I", w)))
            except XError:
                continue  # gone meanwhile
            map_state, override = h1[26], h1[27]
            x, y, ww, hh = struct.unpack("<hhHH", h2[12:20])
            out.append((w, x, y, ww, hh, map_state == 2, bool(override)))
        return out

    def _xtest_opcode(self):
        if self._xtest is None:
            name = b"XTEST"
            head, _ = self._reply(self._send(98, 0, struct.pack("<Hxx", len(name)) + name))
            if not head[8]:
                raise XError("no XTEST extension")
            self._xtest = head[9]
        return self._xtest

    def keycode(self, keysym):
        if self._keymap is None:
            count = self.max_keycode - self.min_keycode + 1
            head, body = self._reply(self._send(101, 0, struct.pack("<BBxx", self.min_keycode, count)))
            per = head[1]
            syms = struct.unpack("<%dI" % (len(body) // 4), body)
            self._keymap = {}
            for i in range(count):
                for s in syms[i * per:(i + 1) * per]:
                    if s and s not in self._keymap:
                        self._keymap[s] = self.min_keycode + i
        return self._keymap[keysym]

    def fake(self, kind, detail, x=0, y=0):
        self._send(self._xtest_opcode(), 2, struct.pack("<BBxxIIxxxxxxxxhhxxxxxxxx", kind, detail, 0,
                                                        self.root if kind == MOTION else 0, x, y))

    def key(self, keysym):
        """Press and release a key; returns when the server has both."""
        kc = self.keycode(keysym)
        self.fake(KEY_PRESS, kc)
        self.fake(KEY_RELEASE, kc)
        self.sync()

    def chord(self, keysyms):
        """Press the keys in order, release them in reverse (Ctrl+Alt)."""
        kcs = [self.keycode(k) for k in keysyms]
        for kc in kcs:
            self.fake(KEY_PRESS, kc)
        for kc in reversed(kcs):
            self.fake(KEY_RELEASE, kc)
        self.sync()

    def move(self, x, y):
        self.fake(MOTION, 0, x, y)
        self.sync()

    def click(self, x, y, button=1, count=1):
        self.fake(MOTION, 0, x, y)
        for _ in range(count):
            self.fake(BUTTON_PRESS, button)
            self.fake(BUTTON_RELEASE, button)
        self.sync()

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass
