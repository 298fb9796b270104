#!/usr/bin/python3
"""QVirt vs virt-manager over a slow X link (ssh -X without MIT-SHM).

Each program gets its own Xvfb (MIT-SHM off, Unix socket only) and a
byte-counting relay (xrelay.py) on 127.0.0.1 in front of it: the program
talks X over TCP through the relay, as it would through `ssh -X`. Per
program, in one run, four phases:

  1. start    on a 100-VM libvirt test-driver host, until every row of the
              VM list is readable through AT-SPI and the last pixels are
              through; over the capped link (20 Mbit/s, 20 ms round trip);
  2. idle     30 s on qemu:///system with 4 running TCG test guests whose
              CPU figures change (both programs refresh statistics every 1 s);
  3. details  double-click one guest's row: its window, 5 s;
  4. console  20 s of the animated test guest's console over the capped
              link: input-to-screen latency (XTEST key on the X server, the
              guest's echo of the scan code read back from the X server's
              screen) and whether the Send Key menu still opens.

For every phase: bytes each way, raw and as a running zlib stream would
send them (ssh -C). The last line:

  RESULT start_bytes_ratio=Q/V start_zbytes_ratio=Q/V idle_tick_ratio=Q/V capped_latency_ms=P95 first_list_ratio=Q/V

See README.md. Internal modes: --inner-hold CFG (inside dbus-run-session),
--inner-watch CFG and --inner-find CFG (AT-SPI helpers).
"""

import argparse
import collections
import json
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid

sys.dont_write_bytecode = True  # keep bench/ free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "bench", "common"))
sys.path.insert(0, os.path.join(REPO, "bench", "vmlist"))
sys.path.insert(0, HERE)

import benchlib  # noqa: E402
from benchlib import PY, elog, log  # noqa: E402

TOKEN_VAR = "QVIRT_X11_BENCH_TOKEN"
SYSTEM_URI = "qemu:///system"
IMAGES_DIR = "/var/lib/libvirt/images"
GUEST_PREFIX = "qvirt-bench-x11-"
SCREEN = "1920x1200x24"
XK_a, XK_Escape, XK_Control_L, XK_Alt_L = 0x61, 0xFF1B, 0xFFE3, 0xFFE9

# command or file -> Debian package; the bench's own needs, not the app's
PACKAGES = [
    ("Xvfb", "xvfb"), ("dbus-run-session", "dbus-daemon"), ("gsettings", "libglib2.0-bin"),
    ("virsh", "libvirt-clients"), ("xdpyinfo", "x11-utils"), ("xdotool", "xdotool"),
    ("virt-manager", "virt-manager"), ("dconf", "dconf-cli"),
    ("/usr/libexec/dconf-service", "dconf-service"),
    ("/usr/libexec/at-spi-bus-launcher", "at-spi2-core"),
    ("/usr/lib/python3/dist-packages/pyatspi", "python3-pyatspi"),
    ("as", "binutils"),
]

PROGRAMS = {"qvirt": "QVirt", "virt-manager": "virt-manager"}


BenchError = benchlib.BenchError


run = benchlib.run


def virsh(*args, timeout=60, check=True):
    return benchlib.virsh(SYSTEM_URI, *args, timeout=timeout, check=check)


# ---------------------------------------------------------------------------
# Screen: find the guest's picture, read its key band
# ---------------------------------------------------------------------------

def changed_span(ra, rb):
    """(first, last) pixel that differs between two rows of 4-byte pixels,
    or None."""
    x = int.from_bytes(ra, "little") ^ int.from_bytes(rb, "little")
    if not x:
        return None
    return ((x & -x).bit_length() - 1) // 32, (x.bit_length() - 1) // 32


GUEST_AREA_DEBUG = []


def guest_area(xd, timeout):
    """Finds the animated test guest's picture on the X server's screen.
    Over the last few grabs, each row has the span of pixels that changed
    and how often it changed: the guest's tile rows change again and again,
    all over one span (the picture's width, whatever part of it each
    repaint covered); window chrome changes once, text in a status line
    over a narrower span. Returns (x0, y0, scale, (w, h)) of the guest's
    1024x768 frame on screen, or None."""
    W, H = xd.width, xd.height
    stride = W * 4
    end = time.monotonic() + timeout
    prev = xd.get_image(0, 0, W, H)
    history = collections.deque(maxlen=8)  # recent grabs: {row: changed span}
    while time.monotonic() < end:
        time.sleep(0.4)
        cur = xd.get_image(0, 0, W, H)
        changed = {}
        for y in range(0, H, 2):
            sp = changed_span(prev[y * stride:(y + 1) * stride], cur[y * stride:(y + 1) * stride])
            if sp:
                changed[y] = sp
        history.append(changed)
        prev = cur
        # Over the recent grabs only: a one-time change (a window appearing,
        # a banner moving the picture) drops out again.
        spans, counts = {}, collections.Counter()
        for grab in history:
            for y, sp in grab.items():
                old = spans.get(y, sp)
                spans[y] = (min(old[0], sp[0]), max(old[1], sp[1]))
                counts[y] += 1
        rows = collections.defaultdict(list)
        for y, n in counts.items():
            x0, x1 = spans[y]
            if n >= 3 and x1 - x0 >= 200:
                rows[(x0, x1)].append(y)
        if not rows:
            continue
        GUEST_AREA_DEBUG[:] = sorted(([k, len(v), min(v), max(v)] for k, v in rows.items()),
                                     key=lambda e: -e[1])[:4]
        (x0, x1), ys = max(rows.items(), key=lambda kv: len(kv[1]))
        scale = (x1 - x0 + 1) / 1024.0
        tile_h = (max(ys) - min(ys) + 2) / scale
        # every other row of the 736 tile rows, most of them seen
        if len(ys) * 2 * 1.25 >= max(ys) - min(ys) + 2 and 700 <= tile_h <= 760:
            top = min(ys) - round(16 * scale)
            return x0, max(0, top), scale, (x1 - x0 + 1, max(ys) - min(ys) + 2)
    return None


class KeyBand:
    """The guest's key band (bottom 16 rows: scan code count and history),
    read back from the X server's screen."""

    def __init__(self, xd, area):
        x0, y0, s, _ = area
        self.xd = xd
        self.x = x0 + 1
        self.w = max(8, int(640 * s) - 2)
        self.y = y0 + int((768 - 12) * s)
        self.h = max(1, int(8 * s))

    def grab(self):
        return self.xd.get_image(self.x, self.y, self.w, self.h)

    def stable(self, timeout=2.0):
        end = time.monotonic() + timeout
        a = self.grab()
        while time.monotonic() < end:
            time.sleep(0.1)
            b = self.grab()
            if a == b:
                return b
            a = b
        return a


def popup_painted(xd, win):
    """A popup window counts as painted once one colour (the menu's
    background) covers at least 40 % of it; the console's tiles underneath
    never do."""
    _w, x, y, w, h = win[:5]
    x, y = max(0, x), max(0, y)
    w, h = min(w, xd.width - x), min(h, xd.height - y)
    if w <= 4 or h <= 4:
        return False
    data = xd.get_image(x, y, w, h)
    c = collections.Counter(data[i:i + 3] for i in range(0, len(data), 4 * 3))
    return c.most_common(1)[0][1] >= 0.4 * (len(data) // 12)


# ---------------------------------------------------------------------------
# One program: Xvfb + relay + D-Bus session, the four phases
# ---------------------------------------------------------------------------

def free_relay_port():
    for port in range(6100, 6200):
        s = socket.socket()
        try:
            s.bind(("127.0.0.1", port))
            return port
        except OSError:
            continue
        finally:
            s.close()
    raise BenchError("no free port in 127.0.0.1:6100..6199 for the relay")


class RelayProc(benchlib.ControlledProcess):
    def __init__(self, tag, port, upstream, buffer_bytes, log_path):
        self.errf = open(log_path, "w")
        super().__init__(subprocess.Popen([PY, os.path.join(HERE, "xrelay.py"), "--listen", str(port), "--upstream",
                                           upstream, "--buffer", str(buffer_bytes)],
                                          env=tag.env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          stderr=self.errf, text=True, start_new_session=True),
                         "the relay (see %s)" % log_path)
        self.port = port

    def snap(self):
        return self.ask("snap")

    def capped(self, mbit, rtt_ms):
        self.ask("link capped %f %f" % (mbit * 1e6, rtt_ms / 2000.0))

    def plain(self):
        self.ask("link plain")

    def stop(self):
        self.quit()
        self.errf.close()


def delta(s0, s1):
    d = {}
    for k in ("c2s", "s2c"):
        d[k] = s1[k]["raw"] - s0[k]["raw"]
        d[k + "_z"] = s1[k]["z"] - s0[k]["z"]
    d["replies"] = s1["s2c"]["replies"] - s0["s2c"]["replies"]
    d["events"] = s1["s2c"]["events"] - s0["s2c"]["events"]
    reqs = collections.Counter(s1["c2s"]["request_bytes"])
    reqs.subtract(s0["c2s"]["request_bytes"])
    cnt = collections.Counter(s1["c2s"]["requests"])
    cnt.subtract(s0["c2s"]["requests"])
    d["top_requests"] = [[k, cnt[k], v] for k, v in reqs.most_common(6) if v > 0]
    d["seconds"] = s1["t"] - s0["t"]
    return d


def putimage_summary(pis):
    """PutImage requests: count, bytes, and the largest areas drawn (a Qt
    window's flush is split into bands, so consecutive requests at the same
    x with the same width are joined into one area)."""
    areas = []
    for t, w, h, depth, nbytes, x, y in pis:
        if areas and areas[-1]["x"] == x and areas[-1]["w"] == w and areas[-1]["y"] + areas[-1]["h"] == y \
                and t - areas[-1]["t"] < 0.5:
            areas[-1]["h"] += h
            areas[-1]["bytes"] += nbytes
            areas[-1]["n"] += 1
        else:
            areas.append({"t": t, "x": x, "y": y, "w": w, "h": h, "bytes": nbytes, "n": 1})
    sizes = collections.Counter("%dx%d+%d+%d" % (a["w"], a["h"], a["x"], a["y"]) for a in areas)
    return {"requests": len(pis), "bytes": sum(p[4] for p in pis), "areas": len(areas),
            "common_areas": sizes.most_common(6),
            "largest": sorted(areas, key=lambda a: -a["bytes"])[:6]}


class ProgramRun:
    def __init__(self, prog, a, tmp, tag, guests, host_uri, host_names):
        self.prog = prog
        self.a = a
        self.dir = os.path.join(tmp, prog)
        os.makedirs(self.dir, exist_ok=True)
        self.tag = tag
        self.guests = guests
        self.host_uri = host_uri
        self.host_names = host_names
        self.res = {"program": prog, "phases": {}, "notes": []}
        self.xvfb = self.relay = self.session = self.app = self.xd = None

    # -- plumbing --------------------------------------------------------

    def setup(self):
        self.xvfb, self.display = benchlib.start_xvfb(
            SCREEN, ["-ac", "-extension", "MIT-SHM"], env=self.tag.env(),
            log_path=os.path.join(self.dir, "xvfb.log"))
        num = int(self.display[1:])
        port = free_relay_port()
        self.relay = RelayProc(self.tag, port, "/tmp/.X11-unix/X%d" % num, self.a.link_buffer * 1024,
                               os.path.join(self.dir, "relay.log"))
        self.app_display = "127.0.0.1:%d" % (port - 6000)
        from xclient import Display
        self.xd = Display(self.display)
        self.extensions = {}
        r = run(["xdpyinfo", "-display", self.display, "-queryExtensions"], check=False)
        for m in re.finditer(r"^\s+(\S+)\s+\(opcode: (\d+)", r.stdout, re.M):
            self.extensions[int(m.group(2))] = m.group(1)
        self.res["mit_shm"] = "MIT-SHM" in r.stdout
        # The D-Bus session (own AT-SPI bus, dconf) lives on the X server
        # directly; only the program talks through the relay.
        home = os.path.join(self.dir, "home")
        self.env = benchlib.fresh_home_env(home)
        self.env.update({"DISPLAY": self.display, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                         "QT_ACCESSIBILITY": "1", "QT_QPA_PLATFORM": "xcb", "GDK_BACKEND": "x11"})
        # QVirt's own knobs (QVIRT_X_SCALE=2 …) reach it, for experiments.
        self.env.update({k: v for k, v in os.environ.items() if k.startswith("QVIRT_")})
        self.env = self.tag.env(self.env)
        self.session, self.session_log, bus, self.res["gsettings"] = benchlib.start_held_session(
            __file__, {"gsettings": self.gsettings()}, self.env, self.dir)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus

    def gsettings(self):
        if self.prog != "virt-manager":
            return []
        return [
            ["org.virt-manager.virt-manager.stats", "update-interval", "1"],
            ["org.virt-manager.virt-manager.connections", "uris", "@as []"],
            ["org.virt-manager.virt-manager.connections", "autoconnect", "@as []"],
            ["org.virt-manager.virt-manager", "system-tray", "false"],
            ["org.virt-manager.virt-manager.confirm", "unapplied-dev", "false"],
        ]

    def argv(self, uri, extra=()):
        if self.prog == "qvirt":
            return [self.a.qvirt_bin, "--connect", uri] + list(extra)
        return [shutil.which("virt-manager") or "virt-manager", "--no-fork", "--connect", uri] + list(extra)

    def spawn_app(self, argv, name):
        env = dict(self.env, DISPLAY=self.app_display)
        self.app_log = os.path.join(self.dir, "%s.log" % name)
        with open(self.app_log, "w") as f:
            self.app = subprocess.Popen(argv, env=env, stdout=f, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, start_new_session=True)
        return self.app

    def stop_app(self):
        benchlib.stop_process(self.app, 5, group=True)
        self.app = None
        time.sleep(0.5)

    def helper(self, mode, cfg, name):
        path = os.path.join(self.dir, "%s.json" % name)
        with open(path, "w") as f:
            json.dump(cfg, f, ensure_ascii=False)
        errf = open(os.path.join(self.dir, "%s.log" % name), "w")
        try:
            return subprocess.Popen([PY, os.path.abspath(__file__), mode, path], env=self.env,
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errf)
        finally:
            errf.close()

    def find(self, timeout, window=None, obj=None, roles=None, name="find"):
        p = self.helper("--inner-find", {"pid": self.app.pid, "window": window, "object": obj,
                                         "roles": roles or [], "timeout": timeout}, name)
        try:
            out, _ = p.communicate(timeout=timeout + 20)
        except subprocess.TimeoutExpired:
            benchlib.stop_process(p)
            return {"found": False}
        try:
            return json.loads(out.decode().strip().splitlines()[-1])
        except (ValueError, IndexError):
            return {"found": False}

    def launch_until_list(self, uri, min_rows, names, locate, timeout, name):
        """Spawns the program and waits until its VM list shows min_rows
        rows (AT-SPI). Returns (t0, done event)."""
        self.reset_settings()  # virt-manager remembers --connect URIs
        list_name = "Virtual machines" if self.prog == "qvirt" else "vm-list"
        w = self.helper("--inner-watch", {"min_rows": min_rows, "list_name": list_name, "poll_ms": 30,
                                          "names": names, "locate": locate}, name + "-watch")
        ev = benchlib.JsonLines(w)
        first = ev.next(time.monotonic() + 30)
        if not first or first.get("event") != "ready":
            benchlib.stop_process(w)
            raise BenchError("AT-SPI watcher did not start: %s" % first)
        t0 = time.monotonic()
        self.spawn_app(self.argv(uri), name)
        ev.other = self.app
        w.stdin.write(("%d %.6f %.6f\n" % (self.app.pid, t0, t0 + timeout)).encode())
        w.stdin.flush()
        while True:
            e = ev.next(t0 + timeout + 15)
            kind = e.get("event") if e else None
            if kind == "done":
                break
            if kind in (None, "timeout", "eof", "app-exit"):
                benchlib.stop_process(w)
                raise BenchError("%s: the list did not show %d rows within %.0f s (%s); log tail: %s"
                                 % (name, min_rows, timeout, e, " | ".join(benchlib.tail_lines(self.app_log, 4))))
        try:
            w.wait(10)
        except subprocess.TimeoutExpired:
            benchlib.stop_process(w)
        return t0, e

    def settle(self, since, gap, timeout):
        """The end of the burst going on at `since`: the last delivery to
        the X server before the first `gap` seconds with none (later ticks
        do not count); None at the timeout."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            time.sleep(0.2)
            tl = self.relay.ask("timeline %f" % since)
            prev = since
            for b in tl["bins"]:
                if b[1] <= 0 or b[0] + tl["bin"] <= since:
                    continue
                if b[0] - prev >= gap:
                    return prev
                prev = max(prev, b[0] + tl["bin"])
            if time.monotonic() - prev >= gap:
                return prev
        return None

    def bytes_between(self, t0, t1):
        """Bytes read each way (raw, zlib) from t0 to t1, from the relay's
        10 ms bins."""
        tl = self.relay.ask("timeline %f" % t0)
        d = {"c2s": 0, "s2c": 0, "c2s_z": 0, "s2c_z": 0}
        for b in tl["bins"]:
            if b[0] <= t1:
                d["c2s"] += b[3]
                d["s2c"] += b[4]
                d["c2s_z"] += b[5]
                d["s2c_z"] += b[6]
        return d

    def reset_settings(self):
        for schema, key, value in self.gsettings():
            subprocess.run(["gsettings", "set", schema, key, value], env=self.env, check=False)

    def phase_result(self, s0, s1, t_from):
        d = delta(s0, s1)
        pis = self.relay.ask("putimages %f" % t_from)["putimages"]
        pis = [p for p in pis if p[0] <= s1["t"]]
        d["putimage"] = putimage_summary(pis)
        d["top_requests"] = [[self.ext_name(k), c, b] for k, c, b in d["top_requests"]]
        return d

    def ext_name(self, key):
        m = re.match(r"ext(\d+)\.(\d+)$", key)
        if m and int(m.group(1)) in self.extensions:
            return "%s.%s" % (self.extensions[int(m.group(1))], m.group(2))
        return key

    # -- phases ----------------------------------------------------------

    def phase_start(self):
        a = self.a
        if a.start_link == "capped":
            self.relay.capped(a.rate_mbit, a.rtt_ms)
        else:
            self.relay.plain()
        s0 = self.relay.snap()
        t0, done = self.launch_until_list(self.host_uri, len(self.host_names) + 1, self.host_names, [],
                                          a.timeout, "start")
        t_list = t0 + done["t"]
        settled = self.settle(t_list, 0.3, 60)
        s1 = self.relay.snap()
        r = self.phase_result(s0, s1, t0)
        if settled:
            # Count up to the end of the start burst, not the ticks after it.
            r.update(self.bytes_between(t0 - 0.5, settled))
            pis = self.relay.ask("putimages %f" % t0)["putimages"]
            r["putimage"] = putimage_summary([p for p in pis if p[0] <= settled])
        r["list_rows_at"] = done["t"]
        r["list_time"] = (settled - t0) if settled else None
        r["rows"] = done["rows"]
        r["sample_hits"] = "%s/%s" % (done.get("sample_hits"), done.get("sample_count"))
        r["link"] = a.start_link
        self.stop_app()
        return r

    def phase_idle_details(self):
        a = self.a
        self.relay.plain()
        names = virsh("list", "--all", "--name").stdout.split()
        target = self.guests[1] if len(self.guests) > 1 else self.guests[0]
        t0, done = self.launch_until_list(SYSTEM_URI, len(names) + 1, names, [target], a.timeout, "system")
        time.sleep(a.settle_seconds)
        s0 = self.relay.snap()
        time.sleep(a.idle_seconds)
        s1 = self.relay.snap()
        idle = self.phase_result(s0, s1, s0["t"])
        idle["domains"] = len(names)
        after = virsh("list", "--all", "--name").stdout.split()
        if sorted(after) != sorted(names):
            idle["note"] = "domains changed during the idle window (%d -> %d)" % (len(names), len(after))
        running = virsh("list", "--name").stdout.split()
        idle["running"] = len(running)
        idle["interval_s"] = 1.0
        idle["ticks"] = idle["seconds"] / idle["interval_s"]
        idle["bytes_per_tick"] = idle["c2s"] / idle["ticks"]
        idle["zbytes_per_tick"] = idle["c2s_z"] / idle["ticks"]
        if self.app.poll() is not None:
            raise BenchError("the program exited during the idle window")

        # Phase 3: double-click the guest's row; its window opens.
        det = {"vm": target}
        loc = (done.get("located") or {}).get(target)
        if not loc or "extents" not in loc:
            det["error"] = "row of %s not found through AT-SPI: %s" % (target, loc)
            self.stop_app()
            return idle, det
        x, y, w, h = loc["extents"]
        cx, cy = x + min(w // 2, 60), y + h // 2
        s0 = self.relay.snap()
        t_click = time.monotonic()
        self.xd.click(cx, cy, count=2)
        found = self.find(20, window=target, name="details-find")
        det["window_time"] = (found["t"] - t_click) if found.get("found") else None
        det["window_name"] = found.get("name")
        time.sleep(max(0.0, t_click + a.details_seconds - time.monotonic()))
        s1 = self.relay.snap()
        det.update(self.phase_result(s0, s1, t_click))
        det["idle_bytes_in_window"] = idle["c2s"] / idle["seconds"] * det["seconds"]
        if self.a.screenshots:
            benchlib.screenshot(self.display, os.path.join(self.a.screenshots, "%s-details.png" % self.prog))
        self.stop_app()
        return idle, det

    def phase_console(self):
        a = self.a
        guest = self.guests[0]
        self.relay.capped(a.rate_mbit, a.rtt_ms)
        s_launch = self.relay.snap()
        t0 = time.monotonic()
        self.spawn_app(self.argv(SYSTEM_URI, ["--show-domain-console", guest]), "console")
        r = {"vm": guest}
        send_key = self.find(a.timeout, obj="Send Key", name="console-find")
        if not send_key.get("found"):
            raise BenchError("no Send Key control showing in %s's console window within %.0f s; log: %s"
                             % (self.prog, a.timeout, " | ".join(benchlib.tail_lines(self.app_log, 4))))
        r["window_time"] = send_key["t"] - t0
        # Twice, the same: a banner or a late resize may still move it.
        area = None
        for _ in range(4):
            found = guest_area(self.xd, 45)
            if found is None or (area is not None and found[:2] == area[:2] and found[3] == area[3]):
                area = found
                break
            area = found
            time.sleep(1.0)
        if not area:
            raise BenchError("the guest's animated picture did not show on screen within 45 s "
                             "(changing row spans: %s)" % GUEST_AREA_DEBUG)
        r["first_frame_time"] = time.monotonic() - t0
        r["guest_on_screen"] = "%dx%d at %d,%d (scale %.2f)" % (area[3][0], area[3][1], area[0], area[1], area[2])
        band = KeyBand(self.xd, area)
        # Focus the console: a click on the guest's picture.
        self.xd.click(area[0] + int(512 * area[2]), area[1] + int(384 * area[2]))
        time.sleep(1.0)
        s0 = self.relay.snap()
        t_start = time.monotonic()
        lat, timeouts = [], 0
        while time.monotonic() - t_start < a.console_seconds - 0.5:
            base = band.stable(1.0)
            t = time.monotonic()
            self.xd.key(XK_a)
            seen = None
            while time.monotonic() - t < a.probe_timeout:
                if band.grab() != base:
                    seen = time.monotonic()
                    break
                time.sleep(0.005)
            if seen is None:
                timeouts += 1
                lat.append(a.probe_timeout)
            else:
                lat.append(seen - t)
            time.sleep(max(0.0, 0.5 - (time.monotonic() - t)))
        s1 = self.relay.snap()
        r.update(self.phase_result(s0, s1, t_start))
        r["launch_bytes"] = delta(s_launch, s0)
        r["latencies_ms"] = [round(x * 1000) for x in lat]
        r["probes"] = len(lat)
        r["timeouts"] = timeouts
        r["latency_p50_ms"] = percentile(lat, 50) * 1000 if lat else None
        r["latency_p95_ms"] = percentile(lat, 95) * 1000 if lat else None
        r["backlog_bytes"] = s1["queued_c2s"]
        # Does a menu still open? Ctrl+Alt (both programs release their
        # keyboard/pointer grab on it, as a user would), click Send Key,
        # wait for a painted popup.
        self.xd.chord([XK_Control_L, XK_Alt_L])
        time.sleep(0.2)
        before = {w[0] for w in self.xd.top_windows()}
        ex = send_key["extents"]
        t = time.monotonic()
        self.xd.click(ex[0] + ex[2] // 2, ex[1] + ex[3] // 2)
        mapped = painted = None
        while time.monotonic() - t < a.menu_timeout:
            wins = [w for w in self.xd.top_windows() if w[0] not in before and w[5]]
            if wins:
                mapped = mapped or time.monotonic()
                if any(popup_painted(self.xd, w) for w in wins):
                    painted = time.monotonic()
                    break
            time.sleep(0.05)
        r["menu_mapped_s"] = (mapped - t) if mapped else None
        r["menu_painted_s"] = (painted - t) if painted else None
        if painted is None:
            # Was the click taken at all? Uncapped, the menu should come.
            self.relay.plain()
            t2 = time.monotonic()
            while time.monotonic() - t2 < a.menu_timeout:
                wins = [w for w in self.xd.top_windows() if w[0] not in before and w[5]]
                if any(popup_painted(self.xd, w) for w in wins):
                    r["menu_after_uncap_s"] = time.monotonic() - t2
                    break
                time.sleep(0.05)
        if a.screenshots:
            benchlib.screenshot(self.display, os.path.join(a.screenshots, "%s-console-menu.png" % self.prog))
        self.xd.key(XK_Escape)
        self.stop_app()
        return r

    def run(self, phases):
        try:
            self.setup()
            self.res["mit_shm_on_server"] = self.res.pop("mit_shm")
            for name, fn in (("start", self.phase_start), ("idle", None), ("console", self.phase_console)):
                if name == "idle":
                    if "idle" in phases or "details" in phases:
                        elog("%s: idle on %s, then one VM's window" % (PROGRAMS[self.prog], SYSTEM_URI))
                        self._guard("idle", lambda: self.phase_idle_details(), pair=True)
                    continue
                if name in phases:
                    elog("%s: %s" % (PROGRAMS[self.prog], name))
                    self._guard(name, fn)
        except (BenchError, RuntimeError, OSError) as e:
            self.res["error"] = str(e)
        finally:
            self.close()
        return self.res

    def _guard(self, name, fn, pair=False):
        try:
            out = fn()
            if pair:
                self.res["phases"]["idle"], self.res["phases"]["details"] = out
            else:
                self.res["phases"][name] = out
        except (BenchError, subprocess.TimeoutExpired, OSError) as e:
            elog("  %s failed: %s" % (name, e))
            self.res["phases"][name] = {"error": str(e)}
            if pair:
                self.res["phases"]["details"] = {"error": "idle phase failed"}
            if self.a.screenshots:
                benchlib.screenshot(self.display, os.path.join(self.a.screenshots, "%s-%s-failed.png"
                                                               % (self.prog, name)))
            self.stop_app()

    def close(self):
        if self.app is not None:
            self.stop_app()
        benchlib.end_held_session(self.session, self.session_log)
        self.session = None
        if self.relay:
            self.relay.stop()
        if self.xd:
            self.xd.close()
        benchlib.stop_process(self.xvfb, 3, group=True)


def percentile(xs, p):
    xs = sorted(xs)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p / 100.0
    f = math.floor(k)
    c = min(f + 1, len(xs) - 1)
    return xs[f] + (xs[c] - xs[f]) * (k - f)


# ---------------------------------------------------------------------------
# Guests on qemu:///system
# ---------------------------------------------------------------------------

class Guests(benchlib.TestGuests):
    """N test guests (tests/guest), <domain type='qemu'>, named
    qvirt-bench-x11-1..N; the first animates at 60 frames/s (the console
    phase's), the others at 20 (their CPU figures still change, at a third
    of the cost on this 2-core machine)."""

    def __init__(self, n, tmp, token):
        super().__init__(["%s%d" % (GUEST_PREFIX, i + 1) for i in range(n)],
                         os.path.join(IMAGES_DIR, "qvirt-bench-x11-%s" % token[:8]), tmp,
                         uri=SYSTEM_URI, fps=lambda i: 60 if i == 0 else 20)

    def image(self, fps):
        built = os.path.join(REPO, "build-test", "tests", "guest", "qvirt-test-guest.img")
        if fps == 60 and os.path.exists(built):
            return built
        return super().image(fps)

    def start(self):
        super().start()
        self.pause_animation(self.names[1])

    def pause_animation(self, name):
        """The guest whose window the details phase opens stops animating
        (key p; it still draws every frame, so its CPU figure moves): a
        program that opens on the console then shows a still picture."""
        sys.path.insert(0, os.path.join(REPO, "tests", "guest"))
        import guestframe
        shot = os.path.join(self.tmp, "pause.png")
        end = time.monotonic() + 60
        while time.monotonic() < end:
            time.sleep(1)
            if virsh("screenshot", name, shot, timeout=30, check=False).returncode != 0:
                continue
            try:
                info = guestframe.Shot(*guestframe.read_image(shot)).decode()
            except Exception:
                continue
            if info.get("frame") is None:
                continue
            if info.get("paused"):
                return
            virsh("send-key", name, "KEY_P", check=False)
        raise BenchError("could not pause the animation of %s" % name)


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------

def fmt(v, f="%.2f"):
    return "-" if v is None or (isinstance(v, float) and math.isnan(v)) else f % v


def kb(v):
    return "-" if v is None else "%.1f" % (v / 1000.0)


ratio = benchlib.ratio


def report(results, a):
    log("")
    log("X traffic per phase (kB = 1000 bytes; 'app>X' is what the program sends to the X server, "
        "'X>app' what comes back; z = zlib stream, as ssh -C)")
    head = "%-9s %-13s %10s %9s %10s %9s %8s  %s" % ("phase", "program", "app>X kB", "z kB", "X>app kB", "z kB",
                                                    "replies", "notes")
    log(head)
    log("-" * len(head))
    for phase in ("start", "idle", "details", "console"):
        for prog in PROGRAMS:
            res = results.get(prog)
            if res is None:
                continue
            r = res["phases"].get(phase)
            if r is None:
                continue
            if "error" in r and "c2s" not in r:
                log("%-9s %-13s FAILED: %s" % (phase, PROGRAMS[prog], r["error"][:200]))
                continue
            notes = []
            if phase == "start":
                notes.append("list complete %s s (rows on AT-SPI %s s, %s link)" % (
                    fmt(r.get("list_time")), fmt(r.get("list_rows_at")), r.get("link")))
            if phase == "idle":
                notes.append("%.0f s, %d domains (%d running): %s kB/s, %s kB per 1 s tick (z %s)" % (
                    r["seconds"], r["domains"], r["running"], kb(r["c2s"] / r["seconds"]),
                    kb(r["bytes_per_tick"]), kb(r["zbytes_per_tick"])))
                if r.get("note"):
                    notes.append(r["note"])
            if phase == "details":
                notes.append("%s's window on AT-SPI after %s s; %.0f s counted (idle share ~%s kB)" % (
                    r["vm"], fmt(r.get("window_time")), r["seconds"], kb(r.get("idle_bytes_in_window"))))
            if phase == "console":
                notes.append("%.0f s: %s MB/s; key->echo p50 %s ms, p95 %s ms (%d probes, %d > %.0f s); "
                             "menu painted after %s" % (
                                 r["seconds"], fmt(r["c2s"] / r["seconds"] / 1e6), fmt(r["latency_p50_ms"], "%.0f"),
                                 fmt(r["latency_p95_ms"], "%.0f"), r["probes"], r["timeouts"], a.probe_timeout,
                                 fmt(r.get("menu_painted_s")) + " s" if r.get("menu_painted_s") is not None else
                                 "NEVER within %.0f s (%s)" % (
                                     a.menu_timeout,
                                     "then %s s once the cap was lifted" % fmt(r["menu_after_uncap_s"])
                                     if r.get("menu_after_uncap_s") is not None else "not even uncapped")))
            pi = r["putimage"]
            notes.append("PutImage %d (%s kB, %d areas)" % (pi["requests"], kb(pi["bytes"]), pi["areas"]))
            log("%-9s %-13s %10s %9s %10s %9s %8d  %s" % (phase, PROGRAMS[prog], kb(r["c2s"]), kb(r["c2s_z"]),
                                                         kb(r["s2c"]), kb(r["s2c_z"]), r["replies"],
                                                         "; ".join(notes)))
    log("")
    log("Where the bytes go (largest request kinds, then the most common PutImage areas, WxH+X+Y in the window;")
    log("request kinds of the start run to the snapshot after it, which may hold a tick more than the table):")
    for phase in ("start", "idle", "details", "console"):
        for prog in PROGRAMS:
            r = (results.get(prog) or {}).get("phases", {}).get(phase)
            if not r or "c2s" not in r:
                continue
            reqs = ", ".join("%s %d/%skB" % (k, c, kb(b)) for k, c, b in r["top_requests"][:5])
            areas = ", ".join("%s x%d" % (s, n) for s, n in r["putimage"]["common_areas"][:5])
            log("  %-8s %-13s %s | areas: %s" % (phase, PROGRAMS[prog], reqs, areas or "-"))
    for prog, res in results.items():
        if res.get("error"):
            log("  %s: ERROR %s" % (PROGRAMS[prog], res["error"]))

    def ph(prog, phase, key):
        r = (results.get(prog) or {}).get("phases", {}).get(phase) or {}
        return r.get(key)
    vals = {
        "start_bytes_ratio": ratio(ph("qvirt", "start", "c2s"), ph("virt-manager", "start", "c2s")),
        "start_zbytes_ratio": ratio(ph("qvirt", "start", "c2s_z"), ph("virt-manager", "start", "c2s_z")),
        "idle_tick_ratio": ratio(ph("qvirt", "idle", "bytes_per_tick"), ph("virt-manager", "idle", "bytes_per_tick")),
        "capped_latency_ms": ph("qvirt", "console", "latency_p95_ms"),
        "first_list_ratio": ratio(ph("qvirt", "start", "list_time"), ph("virt-manager", "start", "list_time")),
    }
    targets = [("start_bytes_ratio", 2.5), ("start_zbytes_ratio", 0.34), ("idle_tick_ratio", 0.4),
               ("capped_latency_ms", 300), ("first_list_ratio", 0.5)]
    log("")
    log("Targets (issue 10):")
    for k, limit in targets:
        v = vals[k]
        state = "n/a" if v is None or math.isnan(v) else ("met" if v <= limit else "MISSED")
        log("  %-20s %10s  (<= %s)  %s" % (k, fmt(v, "%.0f" if k == "capped_latency_ms" else "%.2f"), limit, state))
    def rv(k, f="%.2f"):
        v = vals[k]
        return "nan" if v is None or math.isnan(v) else f % v
    log("RESULT start_bytes_ratio=%s start_zbytes_ratio=%s idle_tick_ratio=%s capped_latency_ms=%s "
        "first_list_ratio=%s" % (rv("start_bytes_ratio"), rv("start_zbytes_ratio"), rv("idle_tick_ratio"),
                                 rv("capped_latency_ms", "%.0f"), rv("first_list_ratio")))
    return vals


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true",
                    help="fast iteration: 8 s idle, 3 s details, 8 s console, 40 VMs")
    ap.add_argument("--qvirt", default=os.path.join(REPO, "build-test", "app", "qvirt"),
                    help="QVirt binary (default <repo>/build-test/app/qvirt; copied before the run)")
    ap.add_argument("--programs", default="qvirt,virt-manager")
    ap.add_argument("--phases", default="start,idle,details,console")
    ap.add_argument("--vms", type=int, help="domains on the test host (default 100; --quick 40)")
    ap.add_argument("--guests", type=int, default=4, help="running TCG guests on qemu:///system (default 4)")
    ap.add_argument("--idle-seconds", type=float, help="idle window (default 30; --quick 8)")
    ap.add_argument("--settle-seconds", type=float, help="wait after the list before the idle window (default 5)")
    ap.add_argument("--details-seconds", type=float, help="counted after the double-click (default 5; --quick 3)")
    ap.add_argument("--console-seconds", type=float, help="console window (default 20; --quick 8)")
    ap.add_argument("--probe-timeout", type=float, default=5.0, help="longest wait for a key's echo (s)")
    ap.add_argument("--menu-timeout", type=float, default=10.0, help="longest wait for the menu (s)")
    ap.add_argument("--rate-mbit", type=float, default=20.0, help="capped link: Mbit/s each way")
    ap.add_argument("--rtt-ms", type=float, default=20.0, help="capped link: round trip (half each way)")
    ap.add_argument("--link-buffer", type=int, default=512, help="KiB in flight per direction on the capped link")
    ap.add_argument("--start-link", choices=("capped", "plain"), default="capped",
                    help="link for the start phase (default capped: bytes and the capped list time in one start)")
    ap.add_argument("--timeout", type=float, default=90.0, help="longest wait for a list or window (s)")
    ap.add_argument("--screenshots", help="directory for screenshots (details window, console menu, failures)")
    ap.add_argument("--keep-temp", action="store_true")
    ap.add_argument("--no-install", action="store_true")
    ap.add_argument("--json", help="write all results here")
    ap.add_argument("--inner-hold", help=argparse.SUPPRESS)
    ap.add_argument("--inner-watch", help=argparse.SUPPRESS)
    ap.add_argument("--inner-find", help=argparse.SUPPRESS)
    a = ap.parse_args()
    for mode, fn in (("inner_hold", benchlib.hold_session), ("inner_watch", benchlib.atspi_list_watch),
                     ("inner_find", benchlib.atspi_find)):
        path = getattr(a, mode)
        if path:
            with open(path) as f:
                return fn(json.load(f))

    defaults = dict(vms=(40, 100), idle_seconds=(8, 30), settle_seconds=(3, 5), details_seconds=(3, 5),
                    console_seconds=(8, 20))
    for k, (q, full) in defaults.items():
        if getattr(a, k) is None:
            setattr(a, k, q if a.quick else full)
    programs = [p.strip() for p in a.programs.split(",") if p.strip()]
    phases = [p.strip() for p in a.phases.split(",") if p.strip()]
    for p in programs:
        if p not in PROGRAMS:
            ap.error("unknown program %s" % p)
    if a.screenshots:
        os.makedirs(a.screenshots, exist_ok=True)

    missing = [pkg for what, pkg in PACKAGES if not (os.path.exists(what) if what.startswith("/")
                                                     else shutil.which(what))]
    err = benchlib.ensure_packages(missing, a.no_install)
    if err:
        elog(err)
        log("RESULT start_bytes_ratio=nan start_zbytes_ratio=nan idle_tick_ratio=nan capped_latency_ms=nan "
            "first_list_ratio=nan")
        return 1

    token = uuid.uuid4().hex
    tag = benchlib.ProcessTag(TOKEN_VAR, token)
    benchlib.become_subreaper()
    tmp = tempfile.mkdtemp(prefix="qvirt-x11-bench-")

    def on_signal(signum, _frame):
        raise KeyboardInterrupt("signal %d" % signum)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)

    results = {}
    guests = None
    status = 0
    try:
        if "qvirt" in programs:
            if not os.access(a.qvirt, os.X_OK):
                raise BenchError("QVirt binary not found: %s (build-test is built by the test command)" % a.qvirt)
            # A stable copy: the build tree may be rebuilt meanwhile.
            os.makedirs(os.path.join(tmp, "bin"))
            a.qvirt_bin = os.path.join(tmp, "bin", "qvirt")
            shutil.copy2(a.qvirt, a.qvirt_bin)
        vmv = run(["dpkg-query", "-W", "-f", "${Version}", "virt-manager"], check=False).stdout.strip()
        elog("temp dir %s; QVirt %s%s; virt-manager %s" % (
            tmp, a.qvirt, time.strftime(" (built %Y-%m-%d %H:%M:%S)", time.localtime(os.stat(a.qvirt).st_mtime))
            if "qvirt" in programs else "", vmv))
        import genhost
        host = os.path.join(tmp, "host-%d.xml" % a.vms)
        doms = genhost.write_host(host, a.vms)
        host_names = [d["name"] for d in doms]
        if any(p in phases for p in ("idle", "details", "console")):
            guests = Guests(max(a.guests, 2), tmp, token)
            elog("starting %d TCG test guests on %s" % (guests.n, SYSTEM_URI))
            guests.start()
        for prog in programs:
            elog("== %s" % PROGRAMS[prog])
            pr = ProgramRun(prog, a, tmp, tag, guests.names if guests else [], "test://" + host, host_names)
            results[prog] = pr.run(phases)
            if results[prog].get("error"):
                elog("%s: %s" % (PROGRAMS[prog], results[prog]["error"]))
    except (Exception, KeyboardInterrupt) as e:
        status = benchlib.failure_status(e)
    finally:
        benchlib.clean_up(tag, guests, tmp, a.keep_temp)
    vals = report(results, a)
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"args": {k: v for k, v in vars(a).items()}, "results": results, "result": vals}, f,
                      indent=1, ensure_ascii=False, default=str)
    return status


if __name__ == "__main__":
    sys.exit(main())
