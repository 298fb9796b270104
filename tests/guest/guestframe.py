#!/usr/bin/env python3
"""Decode and check a screenshot of the QVirt test guest (see README.md).

Reads a binary PPM (P6, as written by QEMU's `screendump`) or a PNG (8-bit
RGB/RGBA, as `virsh screenshot` saves with QEMU 7.2) and prints the frame counter, status, key strip and the result of checking every
pixel of the tile area against the documented formula.

    guestframe.py SHOT.{ppm,png} [--exact] [--png OUT.png]

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
    while len(fields) < 4 and pos < len(data):
        if data[pos:pos + 1].isspace():
            pos += 1
        elif data[pos:pos + 1] == b"#":
            pos = data.find(b"\n", pos) + 1 or len(data)
        else:
            end = pos
            while end < len(data) and not data[end:end + 1].isspace():
                end += 1
            fields.append(data[pos:end])
            pos = end
    if len(fields) < 4 or fields[0] != b"P6" or fields[3] != b"255":
        raise ValueError("%s: not an 8-bit binary (P6) PPM" % path)
    w, h = int(fields[1]), int(fields[2])
    pixels = data[pos + 1:pos + 1 + w * h * 3]
    if len(pixels) != w * h * 3:
        raise ValueError("%s: truncated PPM" % path)
    return w, h, pixels


def read_png(path):
    """8-bit RGB/RGBA non-interlaced PNG (what QEMU writes for virsh screenshot)."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("%s: not a PNG" % path)
    pos, idat, hdr = 8, [], None
    while pos + 8 <= len(data):
        n, tag = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if tag == b"IHDR":
            hdr = struct.unpack(">IIBBBBB", body)
        elif tag == b"IDAT":
            idat.append(body)
        elif tag == b"IEND":
            break
        pos += 12 + n
    if hdr is None:
        raise ValueError("%s: PNG without IHDR" % path)
    w, h, depth, ctype, _, _, interlace = hdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError("%s: unsupported PNG (need 8-bit RGB/RGBA, not interlaced)" % path)
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = w * bpp
    prev = bytearray(stride)
    out = bytearray()
    for y in range(h):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif ftype == 2:
            for i in range(stride):
                line[i] = (line[i] + prev[i]) & 255
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 255
        elif ftype != 0:
            raise ValueError("%s: bad PNG filter %d" % (path, ftype))
        prev = line
        if bpp == 4:
            del line[3::4]
        out += line
    return w, h, bytes(out)


def read_image(path):
    with open(path, "rb") as f:
        magic = f.read(8)
    return read_png(path) if magic.startswith(b"\x89PNG") else read_ppm(path)


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
    ap.add_argument("image", help="P6 PPM (QEMU screendump) or PNG (virsh screenshot)")
    ap.add_argument("--exact", action="store_true")
    ap.add_argument("--png")
    a = ap.parse_args()
    try:
        w, h, rgb = read_image(a.image)
    except (OSError, ValueError) as e:
        print("ERROR:", e)
        return 2
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
