#!/usr/bin/env python3
"""Clipboard round trips with the QVirt test guest over QEMU's VNC server.

A small RFB client (Python standard library only, no authentication) that
announces the Extended Clipboard pseudo-encoding and talks to a guest started
from domain-agent.xml.in (the guest's clipboard agent is described in
README.md). Commands:

  clipcheck.py PORT send TEXT [--legacy] [--no-echo] [--no-ext]
      Offers TEXT to the guest (Extended Clipboard notify, then provide when
      QEMU asks; --legacy: a plain ClientCutText in Latin-1) and, unless
      --no-echo, waits for the guest's echo ("echo:" + TEXT) and prints it.
      --no-ext: a client without the Extended Clipboard: ClientCutText only,
      and no echo to wait for (QEMU 7.2 does not send it to such a client).
  clipcheck.py PORT f9
      Presses F9 in the guest and prints the text the guest then offers.
  clipcheck.py PORT check --serial LOG
      The whole round trip, checked against the guest's serial log: ASCII,
      Chinese, legacy, long and too long texts to the guest and their echoes
      back, then F9. Prints each step and exits 0 when all pass.
  clipcheck.py PORT keyrate --rate N --count M
      Sends M key presses and releases at N events per second (RFB KeyEvent,
      letters that are not command keys), for measuring key loss.

PORT is the VNC TCP port (5900 + display) on 127.0.0.1, or HOST:PORT.
"""

import argparse
import os
import select
import socket
import struct
import sys
import time
import zlib

EXT_CLIPBOARD = 0xC0A1E5CE      # pseudo-encoding, as an unsigned 32-bit value
CB_TEXT = 1 << 0
CB_CAPS = 1 << 24
CB_REQUEST = 1 << 25
CB_PEEK = 1 << 26
CB_NOTIFY = 1 << 27
CB_PROVIDE = 1 << 28

KEYSYM_F9 = 0xFFC6
F9_TEXT = "QVirt guest clipboard: 剪贴板 ✓"
ECHO = "echo:"
CLIP_MAX = 16384                # the guest's limit (agent.c)


class Fail(Exception):
    pass


class Rfb:
    def __init__(self, address, timeout, ext=True):
        host, _, port = address.rpartition(":")
        self.sock = socket.create_connection((host or "127.0.0.1", int(port)), timeout=timeout)
        self.timeout = timeout
        self.buf = b""
        self.server_caps = None     # flags of the server's Extended Clipboard caps
        self.offer = None           # bytes we provide when asked
        self.received = []          # texts the server provided (bytes)
        self.notified = 0           # notify messages seen
        self.ext = ext
        self._handshake()

    # -- plumbing
    def _fill(self, deadline):
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            r, _, _ = select.select([self.sock], [], [], left)
            if r:
                chunk = self.sock.recv(65536)
                if not chunk:
                    raise Fail("the VNC server closed the connection")
                self.buf += chunk
                return True

    def _take(self, n, deadline=None):
        deadline = deadline or time.monotonic() + self.timeout
        while len(self.buf) < n:
            if not self._fill(deadline):
                raise Fail("timed out reading from the VNC server")
        data, self.buf = self.buf[:n], self.buf[n:]
        return data

    def _handshake(self):
        version = self._take(12)
        if not version.startswith(b"RFB "):
            raise Fail("not an RFB server: %r" % version)
        self.sock.sendall(b"RFB 003.008\n")
        n = self._take(1)[0]
        if n == 0:
            raise Fail("server refused: %r" % self._take(struct.unpack(">I", self._take(4))[0]))
        types = self._take(n)
        if 1 not in types:
            raise Fail("the server wants authentication (security types %r)" % list(types))
        self.sock.sendall(b"\x01")
        if struct.unpack(">I", self._take(4))[0] != 0:
            raise Fail("security handshake failed")
        self.sock.sendall(b"\x01")                          # ClientInit: shared
        init = self._take(24)
        self._take(struct.unpack(">I", init[20:24])[0])     # desktop name
        # SetEncodings: Raw and the Extended Clipboard pseudo-encoding. No
        # framebuffer update is ever requested, so none arrives.
        if self.ext:
            self.sock.sendall(struct.pack(">BxHII", 2, 2, 0, EXT_CLIPBOARD))
        else:
            self.sock.sendall(struct.pack(">BxHI", 2, 1, 0))

    def _send_cut_ext(self, flags, payload=b""):
        body = struct.pack(">I", flags) + payload
        self.sock.sendall(struct.pack(">BxxxI", 6, (-len(body)) & 0xFFFFFFFF) + body)

    def _provide(self):
        data = self.offer + b"\0"       # the spec: UTF-8, NUL-terminated
        self._send_cut_ext(CB_PROVIDE | CB_TEXT, zlib.compress(struct.pack(">I", len(data)) + data))

    def _server_message(self, deadline):
        kind = self._take(1, deadline)[0]
        if kind == 2:                   # Bell
            return
        if kind == 1:                   # SetColourMapEntries
            _, _, n = struct.unpack(">BHH", self._take(5, deadline))
            self._take(6 * n, deadline)
            return
        if kind != 3:
            raise Fail("unexpected server message type %d" % kind)
        length = struct.unpack(">xxxi", self._take(7, deadline))[0]
        if length >= 0:                 # legacy ServerCutText (Latin-1)
            self.received.append(self._take(length, deadline))
            return
        body = self._take(-length, deadline)
        flags = struct.unpack(">I", body[:4])[0]
        payload = body[4:]
        if flags & CB_CAPS:
            self.server_caps = flags
            # Our caps: text, up to 1 MiB.
            self._send_cut_ext(CB_CAPS | CB_TEXT | CB_REQUEST | CB_PEEK | CB_NOTIFY | CB_PROVIDE,
                               struct.pack(">I", 1 << 20))
        elif flags & CB_REQUEST:
            if flags & CB_TEXT and self.offer is not None:
                self._provide()
        elif flags & CB_PEEK:
            self._send_cut_ext(CB_NOTIFY | (CB_TEXT if self.offer is not None else 0))
        elif flags & CB_NOTIFY:
            self.notified += 1
            if flags & CB_TEXT:
                self._send_cut_ext(CB_REQUEST | CB_TEXT)
        elif flags & CB_PROVIDE:
            data = zlib.decompress(payload)
            if flags & CB_TEXT and len(data) >= 4:
                size = struct.unpack(">I", data[:4])[0]
                text = data[4:4 + size]
                # Lenient about the terminator, which QEMU does not add to
                # what the guest sent.
                self.received.append(text.rstrip(b"\0"))

    def pump(self, until, timeout=None):
        """Handle server messages until until() is true; False on timeout."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while not until():
            if not self.buf and not self._fill(deadline):
                return False
            self._server_message(deadline)
        return True

    # -- actions
    def offer_text(self, text):
        self.offer = text.encode("utf-8")
        self._send_cut_ext(CB_NOTIFY | CB_TEXT)

    def legacy_cut_text(self, text):
        data = text.encode("latin-1")
        self.offer = None
        self.sock.sendall(struct.pack(">BxxxI", 6, len(data)) + data)

    def key(self, keysym, down):
        self.sock.sendall(struct.pack(">BBxxI", 4, 1 if down else 0, keysym))

    def wait_for_text(self, expected, count, timeout=None):
        """Waits for a text (bytes) the server provides after the first count:
        expected, or any when expected is None. Others on the way (another
        client's text, say) are skipped."""
        def seen():
            new = self.received[count:]
            return bool(new) if expected is None else expected in new
        if not self.pump(seen, timeout):
            raise Fail("the text did not come back from the guest:\n  want %r\n  got  %r"
                       " (notifications seen: %d)"
                       % (expected and expected[:120], [t[:120] for t in self.received[count:]],
                          self.notified))
        return self.received[count] if expected is None else expected


class SerialLog:
    """Reads the lines the guest wrote to its serial log, from a mark on."""

    def __init__(self, path):
        self.path = path
        self.pos = 0

    def lines(self):
        with open(self.path, "rb") as f:
            f.seek(self.pos)
            data = f.read()
        return data.split(b"\n")[:-1]

    def mark(self):
        self.pos = os.path.getsize(self.path)

    def wait_line(self, line, timeout, rfb=None):
        deadline = time.monotonic() + timeout
        want = line.encode()
        while time.monotonic() < deadline:
            if want in self.lines():
                return
            if rfb is not None:
                rfb.pump(lambda: False, 0.2)    # keep answering QEMU meanwhile
            else:
                time.sleep(0.2)
        raise Fail("the serial log has no line %r (new lines: %r)"
                   % (line[:120], [l[:120] for l in self.lines()][-8:]))


def hexline(tag, data):
    return "%s %s" % (tag, data.hex())


def send_and_echo(rfb, log, text, legacy, timeout, sender=None):
    """sender (default rfb) sends text; rfb must get the echo."""
    log.mark()
    count = len(rfb.received)
    if legacy:
        (sender or rfb).legacy_cut_text(text)
        sent = text.encode("latin-1")
    else:
        rfb.offer_text(text)
        sent = text.encode("utf-8")
    log.wait_line(hexline("C", sent[:CLIP_MAX]), timeout, rfb)
    if len(sent) > CLIP_MAX:
        # the client sent a NUL terminator too (not with --legacy)
        total = len(sent) + (0 if legacy else 1)
        log.wait_line("A truncated %d %d" % (total, CLIP_MAX), timeout, rfb)
    echo = (ECHO.encode() + sent)[:CLIP_MAX]
    log.wait_line(hexline("G", echo), timeout, rfb)
    return rfb.wait_for_text(echo, count, timeout)


def cmd_check(args):
    log = SerialLog(args.serial)
    log.wait_line("A ready", args.timeout)
    print("guest agent ready")
    rfb = Rfb(args.address, args.timeout)
    if not rfb.pump(lambda: rfb.server_caps is not None, args.timeout):
        raise Fail("the VNC server sent no Extended Clipboard caps")
    print("server clipboard caps 0x%08x" % rfb.server_caps)
    steps = [
        ("ASCII", "hello from clipcheck", False),
        ("Chinese", "中文剪贴板：你好，世界 ✓", False),
        ("legacy ClientCutText", "legacy cut text", True),
        ("4 KiB", "".join(chr(0x4E00 + i % 200) for i in range(1366)) + "end", False),
        ("too long (20000 bytes)", "x" * 20000, False),
    ]
    for name, text, legacy in steps:
        got = send_and_echo(rfb, log, text, legacy, args.timeout)
        print("ok  %-24s %d bytes to the guest, echo of %d bytes back"
              % (name, len(text.encode("utf-8")), len(got)))
    # A second client without the Extended Clipboard: its ClientCutText
    # reaches the guest; the echo goes to the first client only.
    plain = Rfb(args.address, args.timeout, ext=False)
    name, text = "plain client's cut text", "from a plain client"
    got = send_and_echo(rfb, log, text, True, args.timeout, sender=plain)
    plain.sock.close()
    print("ok  %-24s %d bytes to the guest, echo of %d bytes back" % (name, len(text), len(got)))
    log.mark()
    count = len(rfb.received)
    rfb.key(KEYSYM_F9, True)
    rfb.key(KEYSYM_F9, False)
    log.wait_line(hexline("G", F9_TEXT.encode()), args.timeout, rfb)
    got = rfb.wait_for_text(F9_TEXT.encode(), count, args.timeout)
    print("ok  %-24s %r" % ("F9 text from the guest", got.decode("utf-8")))
    print("check passed")


def cmd_send(args):
    rfb = Rfb(args.address, args.timeout, ext=not args.no_ext)
    if not args.no_ext:
        rfb.pump(lambda: rfb.server_caps is not None, 5)
    if args.legacy or args.no_ext:
        rfb.legacy_cut_text(args.text)
        sent = args.text.encode("latin-1")
    else:
        if rfb.server_caps is None:
            raise Fail("the VNC server sent no Extended Clipboard caps")
        rfb.offer_text(args.text)
        sent = args.text.encode("utf-8")
    if args.no_echo or args.no_ext:
        # QEMU 7.2 sends the guest's text only to Extended Clipboard clients.
        rfb.pump(lambda: False, 2)      # answer QEMU's request meanwhile
        return
    got = rfb.wait_for_text(None, 0, args.timeout)
    print(got.decode("utf-8", errors="replace"))
    print(got.hex())
    if got != (ECHO.encode() + sent)[:CLIP_MAX]:
        raise Fail("that is not the echo of the text sent")


def cmd_f9(args):
    rfb = Rfb(args.address, args.timeout)
    rfb.pump(lambda: rfb.server_caps is not None, 5)
    rfb.key(KEYSYM_F9, True)
    rfb.key(KEYSYM_F9, False)
    got = rfb.wait_for_text(None, 0, args.timeout)
    print(got.decode("utf-8", errors="replace"))
    print(got.hex())


def cmd_keyrate(args):
    rfb = Rfb(args.address, args.timeout)
    keysyms = [ord(c) for c in "asdghjklzxcvbnm"]   # no command keys
    start = time.monotonic()
    for i in range(2 * args.count):
        due = start + i / args.rate
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        rfb.key(keysyms[(i // 2) % len(keysyms)], i % 2 == 0)
    print("sent %d key events in %.2f s" % (2 * args.count, time.monotonic() - start))
    rfb.pump(lambda: False, 1)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    p.add_argument("port", help="VNC port on 127.0.0.1, or HOST:PORT")
    p.add_argument("--timeout", type=float, default=60, help="seconds per step (default 60)")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("send")
    s.add_argument("text")
    s.add_argument("--legacy", action="store_true", help="plain ClientCutText (Latin-1)")
    s.add_argument("--no-echo", action="store_true")
    s.add_argument("--no-ext", action="store_true",
                   help="do not announce the Extended Clipboard (implies --legacy)")
    sub.add_parser("f9")
    c = sub.add_parser("check")
    c.add_argument("--serial", required=True, help="the guest's serial log")
    k = sub.add_parser("keyrate")
    k.add_argument("--rate", type=float, required=True, help="key events per second")
    k.add_argument("--count", type=int, required=True, help="keys (each a press and a release)")
    args = p.parse_args()
    args.address = args.port if ":" in args.port else "127.0.0.1:" + args.port
    try:
        {"send": cmd_send, "f9": cmd_f9, "check": cmd_check, "keyrate": cmd_keyrate}[args.cmd](args)
    except (Fail, OSError, zlib.error, UnicodeError) as e:
        print("FAIL: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
