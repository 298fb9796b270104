#!/usr/bin/python3
"""QVirt console benchmark: QVirt as users run it (the application, `qvirt
--connect URI --show-domain-console NAME`, its VM window on the console page)
against TigerVNC's xtigervncviewer and virt-viewer's remote-viewer (gtk-vnc),
side by side on the same servers, one client at a time, each for the same
seconds:

  * the QVirt test guest (tests/guest) booted under libvirt (QEMU, TCG): a
    1024x768x32 screen whose every pixel changes at 60 frames/s;
  * qvirt-bench-vncserver, a LibVNCServer server that redraws a 1920x1080
    screen at a fixed 30 frames/s (deterministic; full HD).

For every client it measures, over the same window after a warm-up:
updates/s and bytes/s received (counted on the wire by an RFB-aware proxy,
rfbproxy.py, that sits between the client and the server), the client's CPU
seconds (utime+stime of its process tree, all threads, /proc) per 1,000
updates and per 20 s, and, apart, the CPU of the X server, the proxy and the
VNC server. It prints a table per server and, as its last line,

  RESULT updates_ratio=Q/best-peer cpu_vs_tigervnc=Q/T cpu_vs_gtkvnc=Q/G default_cpu_vs_gtkvnc=Q/G

for the QEMU guest (CPU ratios are CPU seconds per update). See README.md.

Internal mode: run.py --inner-proxy TARGET_PORT [--force-raw]
"""

import argparse
import json
import math
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TOKEN_VAR = "QVIRT_CONSOLE_BENCH_TOKEN"
LIBVIRT_URI = "qemu:///system"
IMAGES_DIR = "/var/lib/libvirt/images"
XVFB_SCREEN = "2560x1600x24"

sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(REPO, "tests", "guest"))
sys.path.insert(0, os.path.join(REPO, "bench", "common"))
sys.dont_write_bytecode = True  # keep bench/ free of __pycache__

import benchlib  # noqa: E402  (Xvfb, /proc, process clean-up, packages, libvirt)
from benchlib import PY, LineReader, elog, log, system_busy_seconds, tree_cpu  # noqa: E402

# What each client run is. 'proxy': through rfbproxy.py; 'force_raw': the proxy
# rewrites the client's SetEncodings to raw only. QVirt's rows run the real
# application (build/app/qvirt --connect URI --show-domain-console NAME):
# 'libvirt': 'test' = libvirt's test driver with a host XML whose running domain
# shows its VNC display on the proxy's (or, without proxy, the server's) port;
# 'system' = the QEMU guest's own domain on qemu:///system, where libvirt hands
# QVirt the display's socket (virDomainOpenGraphicsFD), so no proxy can sit in
# between. 'encoding': QVirt's console setting, stored in its settings file as
# the Encoding menu stores it (None: the default, Automatic).
CLIENTS = {
    "qvirt-direct": dict(program="qvirt", name="QVirt", libvirt="system", proxy=False, cpu_only=True,
                         settings="as users run it, no proxy: CPU only"),
    "qvirt": dict(program="qvirt", name="QVirt", libvirt="test", proxy=True,
                  settings="default (auto = raw on loopback)"),
    "qvirt-raw": dict(program="qvirt", name="QVirt", libvirt="test", encoding=1, proxy=True, settings="Encoding: Raw"),
    "qvirt-zrle": dict(program="qvirt", name="QVirt", libvirt="test", encoding=2, proxy=True, settings="Encoding: ZRLE"),
    "qvirt-tight": dict(program="qvirt", name="QVirt", libvirt="test", encoding=3, proxy=True, settings="Encoding: Tight"),
    # Diagnostic only, never QVirt's row: the bare ConsoleView in a bench
    # program, with its own counters read over stdin next to the proxy's.
    "qvirt-bench": dict(program="bench", name="qvirt-console-bench", proxy=True, diagnostic=True,
                        settings="bare ConsoleView (diagnostic)"),
    "tigervnc-raw": dict(program="tigervnc", name="TigerVNC", proxy=True,
                         args=["-PreferredEncoding=raw", "-AutoSelect=0"],
                         settings="-PreferredEncoding=raw -AutoSelect=0"),
    "tigervnc": dict(program="tigervnc", name="TigerVNC", proxy=True, args=[],
                     settings="defaults (AutoSelect)"),
    "gtkvnc-raw": dict(program="gtkvnc", name="remote-viewer", proxy=True, force_raw=True,
                       settings="defaults; proxy rewrites SetEncodings to raw"),
    "gtkvnc": dict(program="gtkvnc", name="remote-viewer", proxy=True,
                   settings="defaults"),
    # Without the proxy: CPU only (nothing counts the updates). To see what the
    # proxy changes for a client; not part of the ratios.
    "tigervnc-raw-direct": dict(program="tigervnc", name="TigerVNC", proxy=False,
                                args=["-PreferredEncoding=raw", "-AutoSelect=0"],
                                settings="raw, no proxy: CPU only", cpu_only=True),
    "gtkvnc-direct": dict(program="gtkvnc", name="remote-viewer", proxy=False,
                          settings="defaults, no proxy: CPU only", cpu_only=True),
}
DEFAULT_CLIENTS = "qvirt-direct,qvirt,tigervnc-raw,tigervnc,gtkvnc-raw,gtkvnc"

PACKAGES = {  # command -> Debian package
    "xtigervncviewer": "tigervnc-viewer",
    "remote-viewer": "virt-viewer",
    "Xvfb": "xvfb",
    "xwininfo": "x11-utils",
    "virsh": "libvirt-clients",
}

_state = {"token": None, "cleanups": [], "procs": []}


BenchError = benchlib.BenchError


# ---------------------------------------------------------------------------
# Processes and clean-up
# ---------------------------------------------------------------------------


def spawn(cmd, env=None, stdin=None, stdout=None, stderr=None, pass_fds=()):
    full_env = dict(env if env is not None else os.environ)
    full_env[TOKEN_VAR] = _state["token"]
    p = subprocess.Popen(cmd, env=full_env, stdin=stdin, stdout=stdout, stderr=stderr,
                         pass_fds=pass_fds, start_new_session=True, text=True)
    _state["procs"].append(p)
    return p


def stop(p, grace=3.0):
    benchlib.stop_process(p, grace, group=True)


def kill_token_processes():
    if _state["token"]:
        benchlib.ProcessTag(TOKEN_VAR, _state["token"]).kill_all()


def cleanup_all():
    for p in reversed(_state["procs"]):
        stop(p, grace=2.0)
    while _state["cleanups"]:
        fn = _state["cleanups"].pop()
        try:
            fn()
        except Exception as e:  # clean-up goes on whatever failed
            elog("clean-up step failed: %s" % e)
    kill_token_processes()


def on_signal(signum, _frame):
    raise KeyboardInterrupt("signal %d" % signum)


def run_cmd(cmd, timeout=60, check=True, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout, **kw)
    if check and r.returncode != 0:
        raise BenchError("%s failed (%d): %s" % (" ".join(cmd), r.returncode, (r.stderr or r.stdout).strip()))
    return r


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# ---------------------------------------------------------------------------
# Set-up: packages, binaries, X
# ---------------------------------------------------------------------------

def ensure_packages(no_install):
    missing = sorted({pkg for cmd, pkg in PACKAGES.items() if not shutil.which(cmd)})
    if subprocess.run(["pkg-config", "--exists", "libvncserver"], stdout=subprocess.DEVNULL,
                      stderr=subprocess.DEVNULL).returncode != 0:
        missing.append("libvncserver-dev")
    err = benchlib.ensure_packages(missing, no_install)
    if err:
        raise BenchError(err)


def find_binaries(args, clients):
    """The QVirt application, the synthetic server and, for the diagnostic
    row only, qvirt-console-bench; builds the missing ones in --build."""
    bins = {
        "qvirt": args.qvirt_bin or os.path.join(args.build, "app", "qvirt"),
        "server": args.server_bin or os.path.join(args.build, "bench", "console", "qvirt-bench-vncserver"),
        "bench": args.bench_bin or os.path.join(args.build, "bench", "console", "qvirt-console-bench"),
    }
    targets = {"qvirt": "qvirt", "server": "qvirt-bench-vncserver", "bench": "qvirt-console-bench"}
    needed = ["qvirt", "server"] + (["bench"] if any(CLIENTS[c]["program"] == "bench" for c in clients) else [])
    missing = [k for k in needed if not os.access(bins[k], os.X_OK)]
    if missing and not args.no_build and os.path.exists(os.path.join(args.build, "CMakeCache.txt")):
        names = [targets[k] for k in missing]
        elog("building %s in %s" % (" ".join(names), args.build))
        r = subprocess.run(["cmake", "--build", args.build, "-j2", "--target"] + names,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=3600)
        if r.returncode != 0:
            elog(r.stdout[-3000:])
        missing = [k for k in needed if not os.access(bins[k], os.X_OK)]
    if missing:
        raise BenchError("not built: %s. Build the targets %s (bench/console/README.md) or pass "
                         "--build/--qvirt-bin/--server-bin/--bench-bin"
                         % (", ".join(bins[k] for k in missing), " ".join(targets[k] for k in missing)))
    return bins


def start_xvfb():
    try:
        p, display = benchlib.start_xvfb(XVFB_SCREEN, env=dict(os.environ, **{TOKEN_VAR: _state["token"]}), timeout=15)
    except RuntimeError as e:
        raise BenchError(str(e))
    _state["procs"].append(p)
    return p, display


def client_env(display, home):
    env = benchlib.fresh_home_env(home)
    env.update({
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "DISPLAY": display,
        # No session bus, no accessibility bus, no dconf: the same for all clients.
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=" + os.path.join(home, "no-session-bus"),
        "NO_AT_BRIDGE": "1",
        "GSETTINGS_BACKEND": "memory",
        "GDK_BACKEND": "x11",
        "QT_QPA_PLATFORM": "xcb",
    })
    return env


def window_sizes(display):
    """Sizes of the mapped top-level windows on the display (xwininfo)."""
    if not shutil.which("xwininfo"):
        return []
    try:
        r = run_cmd(["xwininfo", "-root", "-children", "-display", display], timeout=10, check=False)
    except subprocess.TimeoutExpired:
        return []
    sizes = []
    for m in re.finditer(r"^\s+0x[0-9a-f]+ .*?: \(.*?\)\s+(\d+)x(\d+)\+", r.stdout, re.M):
        w, h = int(m.group(1)), int(m.group(2))
        if w >= 64 and h >= 64:
            sizes.append("%dx%d" % (w, h))
    return sizes


def screenshot(display, path):
    benchlib.screenshot(display, path)


# ---------------------------------------------------------------------------
# Servers
# ---------------------------------------------------------------------------

def ensure_libvirt():
    err = benchlib.ensure_libvirt(LIBVIRT_URI)
    if err:
        raise BenchError(err)


def virsh(*args, timeout=60, check=True):
    return run_cmd(["virsh", "-c", LIBVIRT_URI] + list(args), timeout=timeout, check=check)


def guest_shot(name, path):
    import guestframe
    if virsh("screenshot", name, path, timeout=30, check=False).returncode != 0:
        return None
    try:
        w, h, rgb = guestframe.read_image(path)
    except Exception:
        return None
    info = guestframe.Shot(w, h, rgb).decode()
    info["size"] = (w, h)
    return info


class QemuGuest:
    """The test guest, booted under libvirt for the benchmark."""

    label = "QEMU guest"

    def __init__(self, tmp, fps_cap):
        self.tmp = tmp
        self.fps_cap = fps_cap
        short = _state["token"][:8]
        self.name = "qvirt-bench-console-%s" % short
        self.imgdir = os.path.join(IMAGES_DIR, self.name)
        self.port = None
        self.pid = None
        self.fb_size = None
        self.desc = ""

    def start(self):
        ensure_libvirt()
        img = os.path.join(self.tmp, "qvirt-test-guest.img")
        run_cmd(["sh", os.path.join(REPO, "tests", "guest", "build.sh"), img], timeout=120,
                env=dict(os.environ, FPS="60"))
        _state["cleanups"].append(self._remove_imgdir)
        os.makedirs(self.imgdir, exist_ok=True)
        os.chmod(self.imgdir, 0o755)
        disk = os.path.join(self.imgdir, "disk.img")
        shutil.copyfile(img, disk)
        os.chmod(disk, 0o644)
        with open(os.path.join(REPO, "tests", "guest", "domain.xml.in")) as f:
            xml = f.read().replace("@NAME@", self.name).replace("@IMAGE@", disk)
        xml_path = os.path.join(self.tmp, "domain.xml")
        with open(xml_path, "w") as f:
            f.write(xml)
        _state["cleanups"].append(self._undefine)
        virsh("define", xml_path)
        _state["cleanups"].append(self._destroy)
        virsh("start", self.name, timeout=120)
        disp = virsh("vncdisplay", self.name).stdout.strip()      # 127.0.0.1:0
        m = re.search(r":(\d+)$", disp)
        if not m:
            raise BenchError("no VNC display for %s: %r" % (self.name, disp))
        self.port = 5900 + int(m.group(1))
        self.uuid = virsh("domuuid", self.name).stdout.strip()
        try:
            with open("/run/libvirt/qemu/%s.pid" % self.name) as f:
                self.pid = int(f.read().strip())
        except (OSError, ValueError):
            self.pid = None
        # Wait until the guest draws its pattern at 1024x768.
        shot = os.path.join(self.tmp, "guest.png")
        end = time.monotonic() + 90
        info = None
        while time.monotonic() < end:
            info = guest_shot(self.name, shot)
            if info and info["frame"] is not None and info["size"] == (1024, 768):
                break
            time.sleep(1)
        else:
            raise BenchError("the test guest did not start drawing: %s" % info)
        if not self.fps_cap:
            virsh("send-key", self.name, "KEY_F")
            time.sleep(1)
        # Its frame rate, from two screenshots.
        a = guest_shot(self.name, shot)
        ta = time.monotonic()
        time.sleep(3)
        b = guest_shot(self.name, shot)
        tb = time.monotonic()
        if not b or b["frame"] is None:
            raise BenchError("cannot read the test guest's screen: %s" % b)
        fps = (b["frame"] - a["frame"]) / (tb - ta) if a and a["frame"] is not None else float("nan")
        self.fb_size = "%dx%d" % b["size"]
        self.desc = ("QVirt test guest (tests/guest), libvirt/QEMU TCG, %s, every pixel changes each frame, "
                     "%.0f frames/s (limit %s), VNC 127.0.0.1:%d"
                     % (self.fb_size, fps, "on" if b["throttled"] else "off", self.port))
        elog(self.desc)

    def _destroy(self):
        virsh("destroy", self.name, timeout=60, check=False)

    def _undefine(self):
        virsh("undefine", self.name, timeout=60, check=False)

    def _remove_imgdir(self):
        shutil.rmtree(self.imgdir, ignore_errors=True)

    def stop(self):
        pass  # the clean-up steps do it


class SyntheticServer:
    label = "LibVNCServer synthetic"

    def __init__(self, binary, size, fps):
        self.binary = binary
        self.size = size
        self.fps = fps
        self.port = None
        self.proc = None
        self.pid = None
        self.fb_size = size
        self.desc = ""
        self.name = "qvirt-bench-synthetic"
        self.uuid = str(uuid.uuid4())

    def start(self):
        w, h = self.size.split("x")
        self.port = free_port()
        self.proc = spawn([self.binary, "--port", str(self.port), "--width", w, "--height", h, "--fps", str(self.fps)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.out = LineReader(self.proc.stdout)
        if not self.out.wait_for(lambda l: l.startswith("READY"), 15):
            raise BenchError("qvirt-bench-vncserver did not start (exit status %s)" % self.proc.poll())
        self.pid = self.proc.pid
        self.desc = ("qvirt-bench-vncserver (LibVNCServer), %s, whole screen redrawn at %g frames/s, VNC 127.0.0.1:%d"
                     % (self.size, self.fps, self.port))
        elog(self.desc)

    def stop(self):
        stop(self.proc)


# ---------------------------------------------------------------------------
# One client run
# ---------------------------------------------------------------------------

class ProxyProc(benchlib.ControlledProcess):
    def __init__(self, target_port, force_raw):
        cmd = [PY, os.path.abspath(__file__), "--inner-proxy", str(target_port)] + (["--force-raw"] if force_raw else [])
        super().__init__(spawn(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE), "the proxy")
        self.port = int(self.ready.split()[1])

    def snap(self):
        return self.ask("snap", timeout=10)

    def stop(self):
        self.quit()
        stop(self.proc)


def parse_kv(line):
    return dict(kv.split("=", 1) for kv in line.split()[1:] if "=" in kv)


# ---------------------------------------------------------------------------
# QVirt as users run it: the application, its VM window, its console page
# ---------------------------------------------------------------------------

TEST_HOST_XML = """<node>
  <domain type='test'>
    <name>{name}</name>
    <uuid>{uuid}</uuid>
    <memory unit='MiB'>64</memory>
    <vcpu>1</vcpu>
    <os><type arch='x86_64'>hvm</type></os>
    <devices>
      <graphics type='vnc' port='{port}' autoport='no' listen='127.0.0.1'>
        <listen type='address' address='127.0.0.1'/>
      </graphics>
    </devices>
  </domain>
</node>
"""

# Where the probe column of the X screen lies: inside the dark band that the
# console view paints left of the guest's picture (the window sits at +0+0,
# its left frame is a few pixels wide, the band is > 60 pixels).
PROBE_X = 24


def qvirt_test_uri(directory, server, port):
    """A libvirt test-driver host (test:///ABS.xml) whose one running domain
    has the server's name and UUID and its VNC display at 127.0.0.1:port."""
    path = os.path.join(directory, "bench-host.xml")
    with open(path, "w") as f:
        f.write(TEST_HOST_XML.format(name=server.name, uuid=server.uuid, port=port))
    return "test://" + os.path.abspath(path)


def qvirt_seed_settings(env, server, encoding):
    """The encoding chosen in the console's Encoding menu, as QVirt stores it
    (QSettings, organisation QVirt, application qvirt)."""
    d = os.path.join(env["XDG_CONFIG_HOME"], "QVirt")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "qvirt.conf"), "w") as f:
        f.write("[console]\n%s\\encoding=%d\n" % (server.uuid, encoding))


def console_band(display, height):
    """(top, length) of the dark band at PROBE_X, the console view's
    background beside the guest's picture: its length is the view's height."""
    try:
        col = [row[0] for row in benchlib.x_get_image(display, PROBE_X, 0, 1, height)]
    except OSError:
        return None
    start, length, colour = benchlib.longest_run(col)
    # The view's background (the palette's Dark) is grey; the light page
    # that says "Connecting…" must not count.
    if max((colour >> 16) & 255, (colour >> 8) & 255, colour & 255) >= 0xD0:
        return start, 0
    return start, length


def wait_console_band(display, height, minimum, timeout, proc):
    """Waits until QVirt's console view shows (a dark band of at least
    `minimum` rows at PROBE_X, the same twice in a row)."""
    end = time.monotonic() + timeout
    last = None
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise BenchError("QVirt exited (%s) before its console showed" % proc.returncode)
        band = console_band(display, height)
        if band and band[1] >= minimum and band == last:
            return band
        last = band
        time.sleep(0.5)
    raise BenchError("QVirt's console did not show within %d s (probe %s)" % (timeout, last))


def qvirt_layout(server, args, bins, tmp):
    """The window size at which QVirt's console draws the server's screen
    1:1. Fit to window (the default) scales to the view, so the view must be
    exactly as high as the screen (and at least as wide). The height the VM
    window adds around it (tool bar, tabs, console bar, status line) depends
    on the style and fonts: one start of QVirt, with a window taller and much
    wider than needed, measures it (the view is as high as the dark band
    beside the scaled-up picture). Cached per server."""
    if getattr(server, "qvirt_layout", None):
        return server.qvirt_layout
    fw, fh = (int(v) for v in server.fb_size.split("x"))
    sw, sh = (int(v) for v in XVFB_SCREEN.split("x")[:2])
    if args.qvirt_window:
        w, h = (int(v) for v in args.qvirt_window.split("x"))
        server.qvirt_layout = {"geometry": "%dx%d+0+0" % (w, h), "chrome_h": None}
        return server.qvirt_layout
    w0, h0 = min(sw, fw + 600), min(sh, fh + 250)
    d = os.path.join(tmp, "%s-qvirt-layout" % server.__class__.__name__)
    os.makedirs(d, exist_ok=True)
    xvfb, display = start_xvfb()
    proc = None
    try:
        env = client_env(display, os.path.join(d, "home"))
        cmd = [bins["qvirt"], "-geometry", "%dx%d+0+0" % (w0, h0), "--connect", qvirt_test_uri(d, server, server.port),
               "--show-domain-console", server.name]
        with open(os.path.join(d, "client.log"), "w") as errf:
            proc = spawn(cmd, env=env, stdin=subprocess.DEVNULL, stdout=errf, stderr=errf)
        top, view_h = wait_console_band(display, h0, fh // 2, args.timeout, proc)
    finally:
        stop(proc)
        stop(xvfb)
    chrome = h0 - view_h
    server.qvirt_layout = {"geometry": "%dx%d+0+0" % (fw + 200, fh + chrome), "chrome_h": chrome, "view_top": top}
    elog("QVirt's VM window adds %d rows around the console view; its window: %s"
         % (chrome, server.qvirt_layout["geometry"]))
    return server.qvirt_layout


class ClientRun:
    def __init__(self, key, spec, server, args, bins, tmp):
        self.key = key
        self.spec = spec
        self.server = server
        self.args = args
        self.bins = bins
        self.tmp = tmp
        self.dir = os.path.join(tmp, "%s-%s" % (server.__class__.__name__, key))
        os.makedirs(self.dir, exist_ok=True)
        self.xvfb = self.proxy = self.client = self.out = None
        self.display = None
        self.result = {"client": key, "name": spec["name"], "settings": spec["settings"], "ok": False}

    def command(self, port, env):
        prog = self.spec["program"]
        if prog == "qvirt":
            layout = qvirt_layout(self.server, self.args, self.bins, self.tmp)
            if self.spec["libvirt"] == "system":
                if not isinstance(self.server, QemuGuest):
                    # No libvirt domain behind the synthetic server: the
                    # test driver's, straight at the server's port.
                    uri = qvirt_test_uri(self.dir, self.server, self.server.port)
                else:
                    uri = LIBVIRT_URI
            else:
                uri = qvirt_test_uri(self.dir, self.server, port)
            if self.spec.get("encoding") is not None:
                qvirt_seed_settings(env, self.server, self.spec["encoding"])
            self.result["qvirt_geometry"] = layout["geometry"]
            return [self.bins["qvirt"], "-geometry", layout["geometry"], "--connect", uri,
                    "--show-domain-console", self.server.name]
        if prog == "bench":
            window = self.args.qvirt_window or self.server.fb_size
            return [self.bins["bench"], "127.0.0.1", str(port), "--encoding", "auto", "--control", "--window", window]
        if prog == "tigervnc":
            return ["xtigervncviewer", "127.0.0.1::%d" % port, "-AlertOnFatalError=0", "-ReconnectOnError=0"] \
                + self.spec["args"]
        if prog == "gtkvnc":
            return ["remote-viewer", "vnc://127.0.0.1:%d" % port]
        raise ValueError(prog)

    def snap(self):
        s = {"t": time.monotonic()}
        if self.proxy:
            s["proxy"] = self.proxy.snap()
        if self.spec["program"] == "bench":
            self.client.stdin.write("snap\n")
            self.client.stdin.flush()
            line = self.out.wait_for(lambda l: l.startswith("SNAP"), 10)
            if not line:
                raise BenchError("qvirt-console-bench does not answer")
            s["qvirt"] = parse_kv(line)
        s["cpu_client"] = tree_cpu(self.client.pid)
        s["cpu_x"] = tree_cpu(self.xvfb.pid)
        s["cpu_proxy"] = tree_cpu(self.proxy.pid) if self.proxy else None
        s["cpu_server"] = tree_cpu(self.server.pid)
        s["busy"] = system_busy_seconds()
        s["alive"] = self.client.poll() is None
        return s

    def first_update(self, timeout):
        end = time.monotonic() + timeout
        fh = int(self.server.fb_size.split("x")[1])
        if self.spec["program"] == "qvirt" and not self.args.qvirt_window:
            # The console page shows the view once VNC is connected; the
            # proxy (or, without it, a second) then sees the first update.
            wait_console_band(self.display, int(XVFB_SCREEN.split("x")[1]), fh // 2,
                              max(1.0, end - time.monotonic()), self.client)
            if self.spec.get("cpu_only"):
                time.sleep(1.0)
                return
        while time.monotonic() < end:
            if self.client.poll() is not None:
                raise BenchError("the client exited (%s) before the first update" % self.client.returncode)
            if self.spec.get("cpu_only"):
                # Nothing tells when the first update arrives: give it time.
                time.sleep(min(3.0, max(0.0, end - time.monotonic())))
                return
            if self.proxy:
                p = self.proxy.snap()
                if p["first_update_t"] is not None:
                    return
                if p["errors"]:
                    raise BenchError("proxy: %s" % "; ".join(p["errors"]))
                time.sleep(0.2)
            else:
                line = self.out.get(min(0.5, max(0.0, end - time.monotonic())))
                if line and line.startswith("FIRST"):
                    return
                if line and line.startswith("STATE failed"):
                    raise BenchError(line)
        raise BenchError("no framebuffer update within %d s" % timeout)

    def run(self):
        a = self.args
        try:
            self.xvfb, self.display = start_xvfb()
            if self.spec["proxy"]:
                self.proxy = ProxyProc(self.server.port, self.spec.get("force_raw", False))
                port = self.proxy.port
            else:
                port = self.server.port
            env = client_env(self.display, os.path.join(self.dir, "home"))
            cmd = self.command(port, env)
            self.result["command"] = " ".join(cmd)
            self.stderr_path = os.path.join(self.dir, "client.log")
            piped = self.spec["program"] == "bench"
            with open(self.stderr_path, "w") as errf:
                self.client = spawn(cmd, env=env, stdin=subprocess.PIPE if piped else subprocess.DEVNULL,
                                    stdout=subprocess.PIPE if piped else errf, stderr=errf)
            if piped:
                self.out = LineReader(self.client.stdout)
            self.first_update(a.timeout)
            time.sleep(a.warmup)
            self.result["windows"] = window_sizes(self.display)
            s0 = self.snap()
            time.sleep(a.seconds)
            s1 = self.snap()
            if not s1["alive"]:
                raise BenchError("the client exited during the window")
            if self.spec["program"] == "qvirt" and not a.qvirt_window:
                band = console_band(self.display, int(XVFB_SCREEN.split("x")[1]))
                self.result["qvirt_view_height"] = band[1] if band else None
            if a.screenshots:
                path = os.path.join(a.screenshots, "%s-%s.png" % (self.server.__class__.__name__, self.key))
                screenshot(self.display, path)
                self.result["screenshot"] = path
            self.compute(s0, s1)
        except (BenchError, OSError, ValueError, subprocess.TimeoutExpired) as e:
            self.result["error"] = str(e)
        finally:
            stop(self.client)
            if self.proxy:
                self.proxy.stop()
            stop(self.xvfb)
        if not self.result["ok"]:
            tail = ""
            try:
                with open(self.stderr_path) as f:
                    tail = f.read()[-1500:]
            except (OSError, AttributeError):
                pass
            self.result["log_tail"] = tail
        return self.result

    def compute(self, s0, s1):
        r = self.result
        d = lambda k: (s1[k] - s0[k]) if s1.get(k) is not None and s0.get(k) is not None else None
        if self.proxy:
            p0, p1 = s0["proxy"], s1["proxy"]
            dt = p1["t"] - p0["t"]
            updates = p1["updates"] - p0["updates"]
            r["bytes_per_s"] = (p1["s2c_bytes"] - p0["s2c_bytes"]) / dt
            r["pixel_bytes_per_s"] = (p1["pixel_bytes"] - p0["pixel_bytes"]) / dt
            rects = {k: v - p0["rects"].get(k, 0) for k, v in p1["rects"].items()}
            real = {k: v for k, v in rects.items() if k in ("raw", "copyrect", "rre", "corre", "hextile", "zlib",
                                                                  "tight", "zlibhex", "trle", "zrle", "tightpng") and v}
            total = sum(real.values())
            enc = ", ".join("%s %.0f%%" % (k, 100.0 * v / total) for k, v in sorted(real.items(), key=lambda kv: -kv[1]))
            tight = {k: v - p0["tight"].get(k, 0) for k, v in p1["tight"].items()}
            tight = {k: v for k, v in tight.items() if v}
            tt = sum(tight.values())
            tight = {k: v for k, v in tight.items() if 100.0 * v / tt >= 0.5}
            if tight:
                enc += " (" + ", ".join("%s %.0f%%" % (k, 100.0 * v / tt) for k, v in sorted(tight.items(), key=lambda kv: -kv[1])) + ")"
            r["wire_encoding"] = enc or "-"
            r["client_encodings"] = p1["client_encodings"]
            r["sent_encodings"] = p1["sent_encodings"]
            r["pixel_format"] = p1["pixel_format"]
            r["fb_size"] = p1["fb_size"]
            r["connections"] = p1["connections"]
            r["proxy_errors"] = p1["errors"] + p1["client_errors"]
            if p1["errors"]:
                raise BenchError("the proxy lost track of the server stream: %s" % "; ".join(p1["errors"]))
        elif "qvirt" not in s1:
            dt = s1["t"] - s0["t"]
            updates = None
            r["bytes_per_s"] = r["pixel_bytes_per_s"] = None
            r["wire_encoding"] = "? (no proxy)"
        else:
            q0, q1 = s0["qvirt"], s1["qvirt"]
            dt = float(q1["t"]) - float(q0["t"])
            updates = int(q1["updates"]) - int(q0["updates"])
            r["bytes_per_s"] = None
            r["pixel_bytes_per_s"] = (int(q1["bytes"]) - int(q0["bytes"])) / dt
            r["wire_encoding"] = q1.get("encoding", "?") + " (QVirt's setting)"
            r["fb_size"] = q1.get("size")
        if "qvirt" in s1 and self.proxy:
            q0, q1 = s0["qvirt"], s1["qvirt"]
            r["qvirt_counted_updates"] = int(q1["updates"]) - int(q0["updates"])
            r["qvirt_counted_pixel_bytes"] = int(q1["bytes"]) - int(q0["bytes"])
            r["proxy_counted_updates"] = updates
            r["proxy_counted_pixel_bytes"] = s1["proxy"]["pixel_bytes"] - s0["proxy"]["pixel_bytes"]
            r["qvirt_own_cpu"] = float(q1["cpu"]) - float(q0["cpu"])
        r["window_s"] = dt
        r["updates"] = updates
        r["updates_per_s"] = updates / dt if updates is not None else None
        cpu = d("cpu_client")
        r["cpu_s"] = cpu
        r["cpu_per_1000_updates"] = cpu / updates * 1000.0 if updates else None
        r["cpu_per_20s"] = cpu / dt * 20.0
        for k in ("x", "proxy", "server"):
            v = d("cpu_" + k)
            r["%s_cpu_per_20s" % k] = v / dt * 20.0 if v is not None else None
        ours = sum(v for v in (cpu, d("cpu_x"), d("cpu_proxy"), d("cpu_server")) if v is not None)
        r["others_cores"] = max(0.0, (d("busy") - ours) / dt)
        r["ok"] = updates > 0 if updates is not None else cpu is not None


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------

MEDIAN_FIELDS = ("updates_per_s", "bytes_per_s", "pixel_bytes_per_s", "cpu_per_1000_updates", "cpu_per_20s",
                 "x_cpu_per_20s", "proxy_cpu_per_20s", "server_cpu_per_20s", "others_cores")


def combine(rs):
    """One result from the repetitions of a client run: the median of each
    figure over the runs that worked; the details of the first of them."""
    ok = [r for r in rs if r["ok"]]
    if not ok:
        out = dict(rs[0])
        out["runs_ok"] = "0/%d" % len(rs)
        return out
    out = dict(ok[0])
    for k in MEDIAN_FIELDS:
        vals = [r[k] for r in ok if r.get(k) is not None]
        out[k] = statistics.median(vals) if vals else None
    out["runs_ok"] = "%d/%d" % (len(ok), len(rs))
    out["runs"] = rs
    return out


def fmt(v, f="%.2f"):
    return "-" if v is None or (isinstance(v, float) and math.isnan(v)) else f % v


def ratio(a, b):
    if a is None or b is None or b == 0 or (isinstance(a, float) and math.isnan(a)) or (isinstance(b, float) and math.isnan(b)):
        return float("nan")
    return a / b


def encodings_summary(names):
    import rfbproxy
    real = [n for n in names if n in rfbproxy.REAL_ENCODINGS.values()]
    pseudo = [n for n in names if n not in rfbproxy.REAL_ENCODINGS.values()]
    quality = [n for n in pseudo if n.startswith(("JPEGQuality", "CompressLevel"))]
    return "%s (+%d pseudo-encodings%s)" % (",".join(real) or "-", len(pseudo) - len(quality),
                                            (", " + ",".join(quality)) if quality else "")


def print_table(server, results):
    log("")
    log("== %s: %s" % (server.label, server.desc))
    nruns = max(len(r.get("runs", [r])) for r in results)
    if nruns > 1:
        log("(medians of %d runs per client)" % nruns)
    base = next((r for r in results if r["client"] == "qvirt" and r["ok"]), None)
    base = base or next((r for r in results if r["name"] == "QVirt" and r["ok"]), None)
    head = ("%-14s %-44s %-30s %7s %7s %9s %8s %8s %8s %7s %7s"
            % ("client", "settings", "wire encoding", "upd/s", "MB/s", "CPU s/1k", "CPU/20s", "X/20s",
               "prx/20s", "upd xQ", "CPU xQ"))
    log(head)
    log("-" * len(head))
    for r in results:
        if not r["ok"]:
            log("%-14s %-44s FAILED: %s" % (r["client"], r["settings"][:44], r.get("error", "?")))
            continue
        if nruns > 1 and r["runs_ok"] != "%d/%d" % (nruns, nruns):
            log("%-14s (only %s runs worked; the figures below are from those)" % (r["client"], r["runs_ok"]))
        mbs = r["bytes_per_s"] / 1e6 if r["bytes_per_s"] is not None else None
        log("%-14s %-44s %-30s %7s %7s %9s %8s %8s %8s %7s %7s" % (
            r["client"], r["settings"][:44], r["wire_encoding"][:30], fmt(r["updates_per_s"], "%.1f"),
            fmt(mbs, "%.1f") if mbs is not None else
            fmt(r["pixel_bytes_per_s"] / 1e6 if r["pixel_bytes_per_s"] is not None else None, "%.1f*"),
            fmt(r["cpu_per_1000_updates"], "%.2f"), fmt(r["cpu_per_20s"], "%.2f"),
            fmt(r["x_cpu_per_20s"], "%.2f"), fmt(r["proxy_cpu_per_20s"], "%.2f"),
            fmt(ratio(r["updates_per_s"], base["updates_per_s"]) if base else None, "%.2f"),
            fmt(ratio(r["cpu_per_1000_updates"], base["cpu_per_1000_updates"]) if base else None, "%.2f")))
    log("upd/s: FramebufferUpdates with pixel data per second; MB/s: server->client bytes on the wire "
        "(* = qvirt-console-bench's decoded pixel bytes, no proxy); CPU s/1k: client CPU seconds (all threads, user+sys) per "
        "1,000 updates; CPU/20s, X/20s, prx/20s: CPU seconds per 20 s of the client, of its Xvfb, of the proxy; "
        "xQ: this row / QVirt's (client 'qvirt').")
    for r in results:
        if not r["ok"]:
            if r.get("log_tail"):
                log("  %s log tail: %s" % (r["client"], r["log_tail"].strip().replace("\n", " | ")[-600:]))
            continue
        notes = []
        if r.get("windows"):
            notes.append("windows %s" % ",".join(r["windows"]))
        if r.get("fb_size"):
            notes.append("fb %s" % r["fb_size"])
        if r.get("qvirt_geometry"):
            fh = int(server.fb_size.split("x")[1])
            vh = r.get("qvirt_view_height")
            notes.append("-geometry %s, console view %s" % (
                r["qvirt_geometry"], "?" if vh is None else
                ("%d rows high: 1:1" % vh) if vh == fh else "%d rows high: SCALED" % vh))
        if r.get("client_encodings"):
            notes.append("client asked for %s" % encodings_summary(r["client_encodings"]))
        if r.get("sent_encodings") and r.get("sent_encodings") != r.get("client_encodings"):
            notes.append("proxy sent the server %s instead" % encodings_summary(r["sent_encodings"]))
        if r.get("server_cpu_per_20s") is not None:
            notes.append("server CPU/20s %.2f" % r["server_cpu_per_20s"])
        notes.append("other load %.2f cores" % r["others_cores"])
        if r.get("proxy_errors"):
            notes.append("proxy notes: %s" % "; ".join(r["proxy_errors"]))
        log("  %s: %s" % (r["client"], "; ".join(notes)))
        if "qvirt_counted_updates" in r:
            qu, pu = r["qvirt_counted_updates"], r["proxy_counted_updates"]
            qb, pb = r["qvirt_counted_pixel_bytes"], r["proxy_counted_pixel_bytes"]
            log("  %s: qvirt-console-bench's own counters vs the proxy's over the window: updates %d vs %d, pixel bytes %.1f MB vs "
                "%.1f MB (%s); QVirt's own CPU %.2f s vs /proc %.2f s"
                % (r["client"], qu, pu, qb / 1e6, pb / 1e6,
                   "agree" if abs(qu - pu) <= max(2, 0.02 * pu) and abs(qb - pb) <= max(2 * pb / max(pu, 1), 0.02 * pb) else "DISAGREE",
                   r["qvirt_own_cpu"], r["cpu_s"]))
    if any(r["ok"] and r["others_cores"] > 0.3 for r in results):
        log("  WARNING: other processes used more than 0.3 cores during some windows; the numbers are disturbed.")


def result_line(results):
    by = {r["client"]: r for r in results if r["ok"]}
    q = by.get("qvirt")
    peers = [r for r in results if r["ok"] and r["name"] != "QVirt" and not CLIENTS[r["client"]].get("diagnostic")
             and r["updates_per_s"] is not None]
    best = max((r["updates_per_s"] for r in peers), default=None)
    cpu = lambda k: by[k]["cpu_per_1000_updates"] if k in by else None
    qc = q["cpu_per_1000_updates"] if q else None
    vals = {
        "updates_ratio": ratio(q["updates_per_s"] if q else None, best),
        "cpu_vs_tigervnc": ratio(qc, cpu("tigervnc-raw")),
        "cpu_vs_gtkvnc": ratio(qc, cpu("gtkvnc-raw")),
        "default_cpu_vs_gtkvnc": ratio(qc, cpu("gtkvnc")),
    }
    return vals


def print_targets(vals):
    checks = [("updates/s at least the best peer's", "updates_ratio", lambda v: v >= 0.98),
              ("CPU per update (raw) at most TigerVNC's (raw)", "cpu_vs_tigervnc", lambda v: v <= 1.0),
              ("CPU per update (raw) at most half of remote-viewer's (raw)", "cpu_vs_gtkvnc", lambda v: v <= 0.5),
              ("CPU per update out of the box at most a fifth of remote-viewer's", "default_cpu_vs_gtkvnc", lambda v: v <= 0.2)]
    log("")
    log("Targets (QEMU guest):")
    for text, key, ok in checks:
        v = vals[key]
        state = "n/a" if math.isnan(v) else ("met" if ok(v) else "MISSED")
        log("  %-66s %s=%s  %s" % (text, key, fmt(v), state))


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smoke run: 5 s per client, 2 s warm-up")
    ap.add_argument("--seconds", type=float, help="measured window per client (default 20; --quick 5)")
    ap.add_argument("--warmup", type=float, help="seconds after the first update before the window (default 5; --quick 2)")
    ap.add_argument("--runs", type=int, default=1, help="repetitions per client; the table shows medians (default 1)")
    ap.add_argument("--timeout", type=float, default=30, help="how long a client may take to show a first update")
    ap.add_argument("--servers", default="qemu,synthetic", help="qemu,synthetic")
    ap.add_argument("--clients", default=DEFAULT_CLIENTS, help="comma list of: %s" % ",".join(CLIENTS))
    ap.add_argument("--build", default=os.path.join(REPO, "build"), help="CMake build dir with bench/console/ (default <repo>/build)")
    ap.add_argument("--qvirt-bin", help="the QVirt application (default <build>/app/qvirt)")
    ap.add_argument("--bench-bin", help="qvirt-console-bench binary (only for the diagnostic row qvirt-bench)")
    ap.add_argument("--server-bin", help="qvirt-bench-vncserver binary")
    ap.add_argument("--no-build", action="store_true", help="do not try to build missing binaries")
    ap.add_argument("--no-install", action="store_true", help="do not apt-get install missing packages")
    ap.add_argument("--synthetic-size", default="1920x1080")
    ap.add_argument("--synthetic-fps", type=float, default=30)
    ap.add_argument("--guest-fps-cap", choices=("on", "off"), default="on",
                    help="the test guest's 60 frames/s limit (default on: every pixel changes at 60 Hz)")
    ap.add_argument("--qvirt-window", help="QVirt's VM window size WxH (default: the size at which its console view "
                    "is as high as the server's screen, so it draws 1:1 as the peers do)")
    ap.add_argument("--screenshots", help="directory: save a screenshot of each client's display at the window end")
    ap.add_argument("--keep-temp", action="store_true")
    ap.add_argument("--json", help="write all results to this file")
    args = ap.parse_args()
    if args.seconds is None:
        args.seconds = 5.0 if args.quick else 20.0
    if args.warmup is None:
        args.warmup = 2.0 if args.quick else 5.0
    clients = [c.strip() for c in args.clients.split(",") if c.strip()]
    for c in clients:
        if c not in CLIENTS:
            ap.error("unknown client %s" % c)
    servers = [s.strip() for s in args.servers.split(",") if s.strip()]
    for s in servers:
        if s not in ("qemu", "synthetic"):
            ap.error("unknown server %s" % s)
    if args.screenshots:
        os.makedirs(args.screenshots, exist_ok=True)
    if os.geteuid() != 0:
        elog("warning: not root; package installation and libvirt's system instance need root")

    _state["token"] = uuid.uuid4().hex
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)
    tmp = tempfile.mkdtemp(prefix="qvirt-console-bench-")
    all_results = {}
    vals = None
    try:
        ensure_packages(args.no_install)
        bins = find_binaries(args, clients)
        elog("window %g s per client after %g s warm-up; clients: %s" % (args.seconds, args.warmup, ", ".join(clients)))
        for sname in servers:
            server = QemuGuest(tmp, args.guest_fps_cap == "on") if sname == "qemu" else \
                SyntheticServer(bins["server"], args.synthetic_size, args.synthetic_fps)
            runs = {key: [] for key in clients}
            try:
                server.start()
                for i in range(args.runs):
                    # Alternate the order between repetitions.
                    order = clients if i % 2 == 0 else list(reversed(clients))
                    for key in order:
                        elog("%s: %s (%s)%s" % (server.label, key, CLIENTS[key]["settings"],
                                                " run %d/%d" % (i + 1, args.runs) if args.runs > 1 else ""))
                        r = ClientRun(key, CLIENTS[key], server, args, bins, tmp).run()
                        if r["ok"]:
                            elog("  %s updates/s, %s client CPU s per 1,000 updates, %.2f CPU s per 20 s, other load %.2f cores"
                                 % (fmt(r["updates_per_s"], "%.1f"), fmt(r["cpu_per_1000_updates"]), r["cpu_per_20s"],
                                    r["others_cores"]))
                        else:
                            elog("  FAILED: %s" % r.get("error"))
                        runs[key].append(r)
            finally:
                server.stop()
            results = [combine(runs[key]) for key in clients]
            all_results[sname] = {"server": server.desc, "results": results}
            print_table(server, results)
            if sname == "qemu":
                vals = result_line(results)
        if args.json:
            with open(args.json, "w") as f:
                json.dump({"args": vars(args), "servers": all_results, "result": vals}, f, indent=2, default=str)
    except BenchError as e:
        elog("error: %s" % e)
        return_code = 1
    except KeyboardInterrupt as e:
        elog("interrupted (%s)" % e)
        return_code = 130
    else:
        return_code = 0
    finally:
        cleanup_all()
        if args.keep_temp:
            elog("temp files kept in %s" % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    if vals is not None:
        print_targets(vals)
        log("RESULT updates_ratio=%s cpu_vs_tigervnc=%s cpu_vs_gtkvnc=%s default_cpu_vs_gtkvnc=%s" % (
            fmt(vals["updates_ratio"]), fmt(vals["cpu_vs_tigervnc"]), fmt(vals["cpu_vs_gtkvnc"]),
            fmt(vals["default_cpu_vs_gtkvnc"])))
    elif "qemu" in servers:
        log("RESULT updates_ratio=nan cpu_vs_tigervnc=nan cpu_vs_gtkvnc=nan default_cpu_vs_gtkvnc=nan")
    return return_code


def inner_proxy(argv):
    import rfbproxy
    target = int(argv[0])
    return rfbproxy.main(target, "--force-raw" in argv[1:])


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--inner-proxy":
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        sys.exit(inner_proxy(sys.argv[2:]))
    sys.exit(main())
