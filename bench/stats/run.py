#!/usr/bin/python3
"""Statistics benchmark (issue 12): QVirt vs virt-manager sampling at 1 s.

Two hosts:
  test  a libvirt test-driver host file with 1,000 running domains, each
        with one disk and one interface (bench/vmlist/genhost.py --running
        --devices);
  qemu  the real libvirtd (qemu:///system) with N >= 8 running TCG test
        guests (tests/guest; 32 MiB each, one disk, one interface), defined
        and started here, destroyed and undefined at the end.

For each host and program: a fresh Xvfb, dbus-run-session and HOME; the
program shows its VM list and one VM's performance graphs (virt-manager: a
second `virt-manager --show-domain-performance NAME` into the running
instance; QVirt: a double-click on the VM's row, then its "Performance"
tab through AT-SPI). After a settle time, over a window (default 60 s):
CPU seconds of the program's process tree and its peak RSS (VmHWM).

The last line, for the test host:

  RESULT cpu_ratio=<qvirt/virt-manager> rss_ratio=<qvirt/virt-manager>

See README.md. Internal modes: --inner-hold CFG (inside dbus-run-session),
--inner-watch CFG and --inner-find CFG (AT-SPI helpers).
"""

import argparse
import json
import math
import os
import shutil
import signal
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

import benchlib  # noqa: E402
from benchlib import BenchError, elog, log, ratio  # noqa: E402

TOKEN_VAR = "QVIRT_STATS_BENCH_TOKEN"
SYSTEM_URI = "qemu:///system"
IMAGES_DIR = "/var/lib/libvirt/images"
GUEST_PREFIX = "qvirt-bench-stats-"
SCREEN = "1920x1200x24"
GUEST_FPS = 19  # the test guest's lowest frame-rate limit: least CPU per guest
GUEST_BUDGET_MIB = 128  # a 32 MiB TCG guest's QEMU is ~45 MiB RSS; room to spare
MEMORY_RESERVE_MIB = 4096  # left for the programs and whoever else uses the machine
# one interface without a network: libvirt makes a tap (vnetN) with counters
GUEST_INTERFACE = "    <interface type='ethernet'>\n      <model type='rtl8139'/>\n    </interface>"

PROGRAMS = {"qvirt": "QVirt", "virt-manager": "virt-manager"}
HOSTS = ("test", "qemu")

PACKAGES = [
    ("Xvfb", "xvfb"), ("dbus-run-session", "dbus-daemon"), ("gsettings", "libglib2.0-bin"),
    ("virsh", "libvirt-clients"), ("xdotool", "xdotool"), ("virt-manager", "virt-manager"),
    ("dconf", "dconf-cli"), ("/usr/libexec/dconf-service", "dconf-service"),
    ("/usr/libexec/at-spi-bus-launcher", "at-spi2-core"),
    ("/usr/lib/python3/dist-packages/pyatspi", "python3-pyatspi"),
    ("as", "binutils"),  # tests/guest/build.sh
]

VIRT_MANAGER_GSETTINGS = [
    ["org.virt-manager.virt-manager.stats", "update-interval", "1"],
    ["org.virt-manager.virt-manager.stats", "enable-cpu-poll", "true"],
    ["org.virt-manager.virt-manager.stats", "enable-disk-poll", "true"],
    ["org.virt-manager.virt-manager.stats", "enable-net-poll", "true"],
    ["org.virt-manager.virt-manager.stats", "enable-memory-poll", "true"],
    # as bench/vmlist: no stored connections, nothing to autoconnect but --connect
    ["org.virt-manager.virt-manager.connections", "uris", "@as []"],
    ["org.virt-manager.virt-manager.connections", "autoconnect", "@as []"],
    ["org.virt-manager.virt-manager", "system-tray", "false"],
]


def history_bytes(series, ticks, buckets):
    """QVirt's History cost (models/stats/statshistory.h): a float per
    series and one for the time per tick; three floats per series and one
    for the time per one-minute bucket."""
    return (series + 1) * ticks * 4 + (3 * series + 1) * buckets * 4


def history_per_vm(disks=1, nets=1, interval_s=1.0, hours=1.0):
    """(after `hours` at `interval_s`, the bound when full: 24 h of
    buckets), bytes, as StatsHistory::bytesPerDomain computes the bound."""
    series = 5 + 4 * disks + 2 * nets
    ticks = int(hours * 3600 / interval_s)
    return history_bytes(series, ticks, int(hours * 60)), history_bytes(series, ticks, 1440), series


# ---------------------------------------------------------------------------
# One program on one host
# ---------------------------------------------------------------------------

class ProgramRun:
    def __init__(self, prog, host, a, tmp, tag):
        self.prog = prog
        self.host = host  # {"name", "uri", "names", "target"}
        self.a = a
        self.tag = tag
        self.dir = os.path.join(tmp, "%s-%s" % (host["name"], prog))
        os.makedirs(self.dir, exist_ok=True)
        self.res = {"program": prog, "host": host["name"], "ok": False, "notes": []}
        self.xvfb = self.session = self.session_log = self.app = None

    def setup(self):
        self.xvfb, self.display = benchlib.start_xvfb(
            SCREEN, env=self.tag.env(), log_path=os.path.join(self.dir, "xvfb.log"))
        env = benchlib.fresh_home_env(os.path.join(self.dir, "home"))
        env.update({"DISPLAY": self.display, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                    "QT_ACCESSIBILITY": "1", "QT_QPA_PLATFORM": "xcb", "GDK_BACKEND": "x11"})
        self.env = self.tag.env(env)
        gs = VIRT_MANAGER_GSETTINGS if self.prog == "virt-manager" else []
        self.session, self.session_log, bus, details = benchlib.start_held_session(
            __file__, {"gsettings": gs}, self.env, self.dir)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus
        if gs:
            self.res["gsettings"] = details["values"]

    def argv(self, extra=()):
        if self.prog == "qvirt":
            return [self.a.qvirt_bin, "--connect", self.host["uri"]] + list(extra)
        return [shutil.which("virt-manager") or "virt-manager", "--no-fork",
                "--connect", self.host["uri"]] + list(extra)

    def helper(self, mode, cfg, name):
        path = os.path.join(self.dir, "%s.json" % name)
        with open(path, "w") as f:
            json.dump(cfg, f, ensure_ascii=False)
        with open(os.path.join(self.dir, "%s.log" % name), "w") as errf:
            return subprocess.Popen([benchlib.PY, os.path.abspath(__file__), mode, path], env=self.env,
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errf)

    def find(self, timeout, name, **cfg):
        cfg.update(pid=self.app.pid, timeout=timeout)
        p = self.helper("--inner-find", cfg, name)
        try:
            out, _ = p.communicate(timeout=timeout + 20)
        except subprocess.TimeoutExpired:
            benchlib.stop_process(p)
            return {"found": False}
        try:
            return json.loads(out.decode().strip().splitlines()[-1])
        except (ValueError, IndexError):
            return {"found": False}

    def app_log_tail(self):
        return " | ".join(benchlib.tail_lines(os.path.join(self.dir, "app.log"), 4))

    def launch_until_list(self):
        """Spawns the program; waits until its VM list shows every domain
        (AT-SPI) and locates the target VM's row."""
        names, target = self.host["names"], self.host["target"]
        list_name = "Virtual machines" if self.prog == "qvirt" else "vm-list"
        w = self.helper("--inner-watch", {"min_rows": len(names) + 1, "list_name": list_name,
                                          "poll_ms": 50, "names": names, "locate": [target]}, "watch")
        ev = benchlib.JsonLines(w)
        first = ev.next(time.monotonic() + 30)
        if not first or first.get("event") != "ready":
            benchlib.stop_process(w)
            raise BenchError("AT-SPI watcher did not start: %s" % first)
        t0 = time.monotonic()
        with open(os.path.join(self.dir, "app.log"), "w") as f:
            self.app = subprocess.Popen(self.argv(), env=self.env, stdout=f, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, start_new_session=True)
        ev.other = self.app
        w.stdin.write(("%d %.6f %.6f\n" % (self.app.pid, t0, t0 + self.a.timeout)).encode())
        w.stdin.flush()
        while True:
            e = ev.next(t0 + self.a.timeout + 15)
            kind = e.get("event") if e else None
            if kind == "done":
                break
            if kind in (None, "timeout", "eof", "app-exit"):
                benchlib.stop_process(w)
                raise BenchError("the list did not show %d rows within %.0f s (%s); log: %s"
                                 % (len(names) + 1, self.a.timeout, e, self.app_log_tail()))
        try:
            w.wait(10)
        except subprocess.TimeoutExpired:
            benchlib.stop_process(w)
        self.res["list_time"] = e["t"]
        return e

    def open_performance(self, done):
        target = self.host["target"]
        t = time.monotonic()
        if self.prog == "virt-manager":
            # A second invocation hands its command line to the running
            # instance (GApplication over this session's bus) and exits.
            r = subprocess.run(self.argv(["--show-domain-performance", target]), env=self.env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               stdin=subprocess.DEVNULL, timeout=60)
            self.res["second_invocation_rc"] = r.returncode
            win = self.find(self.a.timeout, "find-window", window=target)
            if not win.get("found"):
                raise BenchError("no window for %s after --show-domain-performance (rc %d: %s)"
                                 % (target, r.returncode, r.stdout.strip()[-300:]))
        else:
            loc = (done.get("located") or {}).get(target)
            if not loc or "extents" not in loc:
                raise BenchError("row of %s not found through AT-SPI: %s" % (target, loc))
            x, y, w, h = loc["extents"]
            benchlib.run(["xdotool", "mousemove", str(x + min(w // 2, 60)), str(y + h // 2),
                          "click", "--repeat", "2", "--delay", "80", "1"], env=self.env)
            win = self.find(self.a.timeout, "find-window", window=target)
            if not win.get("found"):
                raise BenchError("no window for %s after a double-click on its row; log: %s"
                                 % (target, self.app_log_tail()))
            tab = self.find(self.a.timeout, "find-tab", object="Performance",
                            roles=["page tab"], activate=True)
            if not tab.get("found"):
                raise BenchError("no 'Performance' page tab in %s's window" % target)
            self.res["tab_activated"] = tab.get("activated")
            if not (tab.get("activated") or "").startswith(("action", "selected")) and tab.get("extents"):
                x, y, w, h = tab["extents"]
                benchlib.run(["xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "1"],
                             env=self.env)
                self.res["tab_activated"] = "clicked"
        self.res["window"] = win.get("name")
        self.res["window_extents"] = win.get("extents")
        self.res["open_time"] = time.monotonic() - t
        self.move_aside(target)

    def move_aside(self, target):
        """No window manager: the VM window may cover the list. Move it to
        the right of the screen so that a screenshot shows both."""
        r = benchlib.run(["xdotool", "search", "--onlyvisible", "--name", target], env=self.env, check=False)
        wins = r.stdout.split()
        screen_w = int(SCREEN.split("x")[0])
        for wid in wins:
            g = benchlib.run(["xdotool", "getwindowgeometry", "--shell", wid], env=self.env, check=False).stdout
            width = dict(l.split("=", 1) for l in g.split() if "=" in l).get("WIDTH", "1000")
            # right-aligned, but never over the list (both programs' are < 700 px wide)
            x = max(700, screen_w - int(width))
            benchlib.run(["xdotool", "windowmove", wid, str(x), "40"], env=self.env, check=False)
        self.res["moved_windows"] = len(wins)

    def measure(self):
        a = self.a
        time.sleep(a.settle)
        if self.app.poll() is not None:
            raise BenchError("the program exited while settling; log: %s" % self.app_log_tail())
        pid = self.app.pid
        c0 = benchlib.tree_cpu(pid)
        s0 = benchlib.system_busy_seconds()
        rss0 = benchlib.proc_status_kb(pid, "VmRSS")
        t0 = time.monotonic()
        while time.monotonic() - t0 < a.window:
            if self.app.poll() is not None:
                raise BenchError("the program exited during the window; log: %s" % self.app_log_tail())
            time.sleep(min(0.5, max(0.0, a.window - (time.monotonic() - t0))))
        c1 = benchlib.tree_cpu(pid)
        span = time.monotonic() - t0
        s1 = benchlib.system_busy_seconds()
        self.res.update({
            "window_s": span,
            "cpu_s": c1 - c0,
            "cpu_per_60s": (c1 - c0) * 60.0 / span,
            "rss_peak_kb": benchlib.proc_status_kb(pid, "VmHWM"),
            "rss_start_kb": rss0,
            "rss_end_kb": benchlib.proc_status_kb(pid, "VmRSS"),
            "threads": benchlib.proc_status_kb(pid, "Threads"),
            # whole machine, both cores: what else ran beside the program
            "machine_busy_cores": (s1 - s0) / span,
            "loadavg": os.getloadavg()[0],
        })
        if a.screenshots:
            self.res["screenshot"] = benchlib.screenshot(
                self.display, os.path.join(a.screenshots, "%s-%s.png" % (self.host["name"], self.prog)))

    def run(self):
        try:
            self.setup()
            done = self.launch_until_list()
            self.open_performance(done)
            self.measure()
            self.res["ok"] = True
        except (BenchError, RuntimeError, OSError, subprocess.TimeoutExpired) as e:
            self.res["error"] = str(e)
            if self.a.screenshots and getattr(self, "display", None):
                benchlib.screenshot(self.display, os.path.join(
                    self.a.screenshots, "%s-%s-failed.png" % (self.host["name"], self.prog)))
        finally:
            self.close()
        return self.res

    def close(self):
        benchlib.stop_process(self.app, 5, group=True)
        self.app = None
        benchlib.end_held_session(self.session, self.session_log)
        self.session = None
        benchlib.stop_process(self.xvfb, 3, group=True)
        self.tag.kill_all()
        benchlib.reap_orphans()


# ---------------------------------------------------------------------------
# Hosts
# ---------------------------------------------------------------------------

def test_host(a, tmp):
    import genhost
    path = os.path.join(tmp, "host-%d.xml" % a.domains)
    doms = genhost.write_host(path, a.domains, running=True, devices=True)
    uri = "test://" + path
    # The VM whose graphs open: the first row in both programs' lists
    # (sorted by name), so its row is on screen for the double-click.
    d = min(doms, key=lambda x: x["name"])
    # The polls have work: every domain runs, with a disk and an interface.
    running = benchlib.virsh(uri, "list", "--name").stdout.split()
    if len(running) != a.domains:
        raise BenchError("test host: %d of %d domains running" % (len(running), a.domains))
    benchlib.virsh(uri, "domblkstat", d["name"], d["disk"])
    benchlib.virsh(uri, "domifstat", d["name"], d["iface"])
    return {"name": "test", "uri": uri, "names": [x["name"] for x in doms], "target": d["name"],
            "domains": a.domains, "desc": "test:/// %d running domains (1 disk, 1 interface each)" % a.domains}


def guest_count(a):
    avail = benchlib.available_memory_mib()
    fit = (avail - MEMORY_RESERVE_MIB) // GUEST_BUDGET_MIB
    n = a.guests if a.guests else max(8, min(a.max_guests, fit))
    return n, avail, fit


def qemu_host(a, tmp, token):
    n, avail, fit = guest_count(a)
    if n > fit:
        elog("warning: %d guests, but free memory (%d MiB) fits %d" % (n, avail, fit))
    names = ["%s%d" % (GUEST_PREFIX, i + 1) for i in range(n)]
    guests = benchlib.TestGuests(names, os.path.join(IMAGES_DIR, GUEST_PREFIX + token[:8]), tmp,
                                 uri=SYSTEM_URI, fps=lambda i: GUEST_FPS, devices_xml=GUEST_INTERFACE)
    elog("starting %d TCG test guests on %s (%d MiB available)" % (n, SYSTEM_URI, avail))
    return guests, {"name": "qemu", "uri": SYSTEM_URI, "target": names[0], "guests": guests,
                    "desc": "qemu:///system, %d running TCG guests (32 MiB, 1 disk, 1 interface each)" % n}


def start_guests(host):
    guests = host["guests"]
    guests.start()
    # Every domain there is counts for the list (others' guests included).
    host["names"] = benchlib.virsh(SYSTEM_URI, "list", "--all", "--name").stdout.split()
    host["domains"] = len(host["names"])
    running = set(benchlib.virsh(SYSTEM_URI, "list", "--name").stdout.split())
    host["running"] = len(running)
    missing = [g for g in guests.names if g not in running]
    if missing:
        raise BenchError("guests not running: %s" % " ".join(missing))
    st = benchlib.virsh(SYSTEM_URI, "domstats", guests.names[0]).stdout
    if "block.count=1" not in st or "net.count=1" not in st:
        raise BenchError("guest statistics lack a disk or an interface:\n%s" % st)


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------

def fmt(v, f="%.2f"):
    return "nan" if v is None or (isinstance(v, float) and math.isnan(v)) else f % v


def report(a, hosts, results):
    nan = float("nan")
    ratios = {}
    log("")
    log("=" * 78)
    after_1h, bound, series = history_per_vm()
    for h in hosts:
        log("%s  (%.0f s window after %.0f s settling; 1 s interval)" % (h["desc"], a.window, a.settle))
        head = "  %-14s %12s %14s %14s  %s" % ("program", "CPU s/60 s", "peak RSS MiB", "machine busy", "notes")
        log(head)
        log("  " + "-" * (len(head) - 2))
        vals = {}
        for prog in a.programs:
            r = results.get((h["name"], prog))
            if r is None:
                continue
            if not r.get("ok"):
                log("  %-14s FAILED: %s" % (PROGRAMS[prog], (r.get("error") or "")[:300]))
                vals[prog] = (nan, nan)
                continue
            vals[prog] = (r["cpu_per_60s"], r["rss_peak_kb"] / 1024.0)
            notes = "list %.1f s, window '%s'" % (r["list_time"], r.get("window"))
            if r.get("tab_activated"):
                notes += ", tab: %s" % r["tab_activated"]
            log("  %-14s %12s %14s %9s cores  %s" % (
                PROGRAMS[prog], fmt(r["cpu_per_60s"]), fmt(r["rss_peak_kb"] / 1024.0, "%.1f"),
                fmt(r["machine_busy_cores"]), notes))
        q = vals.get("qvirt", (nan, nan))
        v = vals.get("virt-manager", (nan, nan))
        rr = ratios[h["name"]] = {"cpu_ratio": ratio(q[0], v[0]), "rss_ratio": ratio(q[1], v[1])}
        log("  %-14s %12s %14s   (targets: CPU <= 0.05, RSS <= 0.40)" % (
            "QVirt/virt-mgr", fmt(rr["cpu_ratio"], "%.3f"), fmt(rr["rss_ratio"], "%.3f")))
        log("")
    log("QVirt's history per VM, 1 s interval, 1 disk + 1 interface (%d series; "
        "StatsHistory::bytesPerDomain):" % series)
    log("  after 1 h: %.1f KB (%d ticks + 60 one-minute buckets); bound after 24 h: %.1f KB" % (
        after_1h / 1000.0, 3600, bound / 1000.0))
    r = results.get(("test", "qvirt")) or {}
    if r.get("ok") and r.get("rss_start_kb") and r.get("rss_end_kb"):
        # Not a measurement of the history: rings grow in steps, the
        # allocator keeps freed memory, windows and graphs allocate too.
        log("  QVirt's RSS on the test host over the window: %.1f -> %.1f MiB (%d domains, %.0f ticks)" % (
            r["rss_start_kb"] / 1024.0, r["rss_end_kb"] / 1024.0, a.domains, r["window_s"]))
    r = ratios.get("test", {"cpu_ratio": nan, "rss_ratio": nan})
    log("RESULT cpu_ratio=%s rss_ratio=%s" % (fmt(r["cpu_ratio"], "%.3f"), fmt(r["rss_ratio"], "%.3f")))
    return ratios


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true",
                    help="smoke test: 10 s window, 5 s settling, 8 guests")
    ap.add_argument("--qvirt", default="/work/main/build/app/qvirt",
                    help="QVirt binary (copied before the run; default /work/main/build/app/qvirt)")
    ap.add_argument("--programs", default="qvirt,virt-manager")
    ap.add_argument("--hosts", default="test,qemu", help="test, qemu or both (default test,qemu)")
    ap.add_argument("--domains", type=int, default=1000, help="domains on the test host (default 1000)")
    ap.add_argument("--guests", type=int, default=0,
                    help="TCG guests on qemu:///system (default: as many as free memory fits, "
                    "at least 8, at most --max-guests)")
    ap.add_argument("--max-guests", type=int, default=None, help="cap of the automatic count (default 12; --quick 8)")
    ap.add_argument("--window", type=float, default=None, help="measuring window, s (default 60; --quick 10)")
    ap.add_argument("--settle", type=float, default=None,
                    help="wait once both windows are shown, s (default 15; --quick 5)")
    ap.add_argument("--timeout", type=float, default=90.0, help="longest wait for a list or window (s)")
    ap.add_argument("--screenshots", action="store_true",
                    help="save a PNG per run at the end of its window (or at a failure); keeps the temp dir")
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

    for k, (q, full) in dict(window=(10.0, 60.0), settle=(5.0, 15.0), max_guests=(8, 12)).items():
        if getattr(a, k) is None:
            setattr(a, k, q if a.quick else full)
    a.programs = [p.strip() for p in a.programs.split(",") if p.strip()]
    host_names = [h.strip() for h in a.hosts.split(",") if h.strip()]
    for p in a.programs:
        if p not in PROGRAMS:
            ap.error("unknown program %s" % p)
    for h in host_names:
        if h not in HOSTS:
            ap.error("unknown host %s (test, qemu)" % h)
    if a.guests and a.guests < 8:
        elog("note: fewer than 8 guests (%d), as asked" % a.guests)

    missing = [pkg for what, pkg in PACKAGES if not (os.path.exists(what) if what.startswith("/")
                                                     else shutil.which(what))]
    err = benchlib.ensure_packages(missing, a.no_install)
    if err:
        elog(err)
        log("RESULT cpu_ratio=nan rss_ratio=nan")
        return 1

    token = uuid.uuid4().hex
    tag = benchlib.ProcessTag(TOKEN_VAR, token)
    benchlib.become_subreaper()
    tmp = tempfile.mkdtemp(prefix="qvirt-stats-bench-")
    if a.screenshots:
        a.keep_temp = True
        a.screenshots = os.path.join(tmp, "screenshots")
        os.makedirs(a.screenshots)

    def on_signal(signum, _frame):
        raise KeyboardInterrupt("signal %d" % signum)
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)

    results = {}
    hosts = []
    guests = None
    status = 0
    try:
        if "qvirt" in a.programs:
            if not os.access(a.qvirt, os.X_OK):
                raise BenchError("QVirt binary not found: %s" % a.qvirt)
            # A stable copy: the build tree may be rebuilt meanwhile.
            os.makedirs(os.path.join(tmp, "bin"))
            a.qvirt_bin = os.path.join(tmp, "bin", "qvirt")
            shutil.copy2(a.qvirt, a.qvirt_bin)
        vmv = benchlib.run(["dpkg-query", "-W", "-f", "${Version}", "virt-manager"], check=False).stdout.strip()
        elog("temp dir %s; QVirt %s%s; virt-manager %s; load %.2f" % (
            tmp, a.qvirt, time.strftime(" (built %Y-%m-%d %H:%M)", time.localtime(os.stat(a.qvirt).st_mtime))
            if "qvirt" in a.programs else "", vmv, os.getloadavg()[0]))
        for hn in host_names:
            if hn == "test":
                h = test_host(a, tmp)
            else:
                guests, h = qemu_host(a, tmp, token)
                start_guests(h)
                time.sleep(3)  # guests past boot
            hosts.append(h)
            for prog in a.programs:
                elog("== %s on %s" % (PROGRAMS[prog], h["desc"]))
                r = ProgramRun(prog, h, a, tmp, tag).run()
                results[(h["name"], prog)] = r
                if r.get("ok"):
                    elog("   CPU %.2f s/60 s, peak RSS %.1f MiB (machine busy %.2f cores, list %.1f s)" % (
                        r["cpu_per_60s"], r["rss_peak_kb"] / 1024.0, r["machine_busy_cores"], r["list_time"]))
                else:
                    elog("   FAILED: %s" % r.get("error"))
            if guests:
                guests.stop()
                guests = None
    except (Exception, KeyboardInterrupt) as e:
        status = benchlib.failure_status(e)
    finally:
        benchlib.clean_up(tag, guests, tmp, a.keep_temp)
    for h in hosts:
        h.pop("guests", None)
    ratios = report(a, hosts, results)
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"args": vars(a), "hosts": [{k: v for k, v in h.items() if k != "names"} for h in hosts],
                       "results": {"%s/%s" % k: v for k, v in results.items()}, "ratios": ratios,
                       "history_per_vm_bytes": dict(zip(("after_1h", "bound_24h", "series"), history_per_vm()))},
                      f, indent=1, ensure_ascii=False, default=str)
    return status


if __name__ == "__main__":
    sys.exit(main())
