#!/usr/bin/env python3
"""Decode and check a screenshot of the QVirt test guest (see README.md).

Reads a binary PPM (P6, as written by QEMU's `screendump` or `virsh screenshot`)
and prints the frame counter, status, key strip and the result of checking every
pixel of the tile area against the documented formula.

    guestframe.py SHOT.ppm [--exact] [--png OUT.png]

--exact: all tiles must belong to the frame shown by the counter (take the
screenshot while the guest is paused with 'p'); without it every tile must only
be self-consistent, i.e. belong to some frame (frames may tear while animating).
Exit status 0 when the checks pass. Python 3 standard library only.
"""
import argparse
import sys
import zlib
import struct

BLOCK = 16
STRIP_BLOCKS = 40
MODES = {0: (1024, 768), 1: (800, 600), 2: (640, 480)}


def read_ppm(path):
    with open(path, "rb") as f:
        data = f.read()
    fields = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    pos += 1
    if fields[0] != b"P6" or int(fields[3]) != 255:
        raise ValueError("not an 8-bit P6 PPM")
    w, h = int(fields[1]), int(fields[2])
    return w, h, data[pos:pos + w * h * 3]


def write_png(path, w, h, rgb):
    raw = b"".join(b"\0" + rgb[y * w * 3:(y + 1) * w * 3] for y in range(h))

    def chunk(tag, body):
        c = struct.pack(">I", len(body)) + tag + body
        return c + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 6)))
        f.write(chunk(b"IEND", b""))


def tile_colour(tx, ty, n):
    return ((4 * tx + n) & 255, (4 * ty + 2 * n) & 255, (4 * (tx ^ ty) + 3 * n) & 255)


class Shot:
    def __init__(self, w, h, rgb):
        self.w, self.h, self.rgb = w, h, rgb

    def px(self, x, y):
        i = (y * self.w + x) * 3
        return tuple(self.rgb[i:i + 3])

    def bits(self, y0, first, count):
        """Read count bit blocks from block column `first` on band y0..y0+15.
        Returns None if a block is neither uniformly black nor white."""
        value = 0
        for b in range(first, first + count):
            seen = {self.px(b * BLOCK + dx, y0 + dy) for dx in range(BLOCK) for dy in range(BLOCK)}
            if seen == {(255, 255, 255)}:
                value = value * 2 + 1
            elif seen == {(0, 0, 0)}:
                value = value * 2
            else:
                return None
        return value

    def decode(self):
        frame = self.bits(0, 0, 32)
        status = self.bits(0, 32, 8)
        yk = self.h - BLOCK
        count = self.bits(yk, 0, 8)
        hist = self.bits(yk, 8, 32)
        return {
            "frame": frame,
            "status": status,
            "paused": None if status is None else bool(status & 1),
            "throttled": None if status is None else bool(status & 2),
            "mode_index": None if status is None else (status >> 2) & 3,
            "key_count": count,
            "key_history": None if hist is None else [(hist >> s) & 255 for s in (24, 16, 8, 0)],
        }

    def check(self, exact):
        """Check every tile pixel; returns (errors, set of frame numbers mod 256 seen)."""
        info = self.decode()
        errors = []
        seen_n = set()
        if info["frame"] is None:
            errors.append("frame counter not readable")
            return errors, seen_n
        mode = MODES.get(info["mode_index"])
        if mode != (self.w, self.h):
            errors.append("status says mode %s but screenshot is %dx%d" % (mode, self.w, self.h))
        n = info["frame"]
        for y in range(0, self.h - BLOCK):
            ty = y // BLOCK
            for tx in range(self.w // BLOCK):
                if ty == 0 and tx < STRIP_BLOCKS:
                    continue
                x0 = tx * BLOCK
                i = (y * self.w + x0) * 3
                row = self.rgb[i:i + BLOCK * 3]
                r, g, b = row[0], row[1], row[2]
                tn = (r - 4 * tx) & 255          # the frame this tile belongs to, mod 256
                want = tile_colour(tx, ty, n if exact else tn)
                if row != bytes(want) * BLOCK:
                    errors.append("pixel row at x=%d y=%d is %s, want %s" % (x0, y, (r, g, b), want))
                    if len(errors) > 20:
                        return errors, seen_n
                seen_n.add(tn)
        # the right part of the key band is grey
        yk = self.h - BLOCK
        for y in range(yk, self.h):
            i = (y * self.w + STRIP_BLOCKS * BLOCK) * 3
            if self.rgb[i:(y + 1) * self.w * 3] != b"\x80\x80\x80" * (self.w - STRIP_BLOCKS * BLOCK):
                errors.append("key band not grey right of the strip at y=%d" % y)
                break
        return errors, seen_n


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("ppm")
    ap.add_argument("--exact", action="store_true")
    ap.add_argument("--png")
    a = ap.parse_args()
    w, h, rgb = read_ppm(a.ppm)
    if a.png:
        write_png(a.png, w, h, rgb)
    shot = Shot(w, h, rgb)
    info = shot.decode()
    print("size %dx%d" % (w, h))
    for k, v in info.items():
        print("%s: %s" % (k, "[" + ", ".join("0x%02x" % b for b in v) + "]" if isinstance(v, list) else v))
    errors, seen = shot.check(a.exact)
    print("tile frames seen (mod 256): %s" % sorted(seen))
    for e in errors:
        print("ERROR:", e)
    print("check %s" % ("FAILED" if errors else "passed"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
