"""Plumbing shared by the benchmark runners (bench/*/run.py).

Standard library only, except the AT-SPI watcher (pyatspi, Debian's
/usr/bin/python3). What is here:

  * output: log(), elog()
  * /proc: proc_stat(), descendants(), tree_cpu(), proc_status_kb(),
    system_busy_seconds()
  * processes: a run token in the environment of every process a benchmark
    starts (ProcessTag: find and end exactly those), a child subreaper,
    stop_process(), LineReader for a child's output
  * set-up: ensure_packages() (apt-get), libvirt_up()/ensure_libvirt()
  * X: start_xvfb(), fresh_home_env(), screenshot(), x_get_image() (raw X11
    GetImage, no tools), longest_run()
  * D-Bus: dbus_session() (dbus-run-session around a command),
    apply_gsettings() (set, read back, check dconf's file)
  * AT-SPI: atspi_list_watch() waits until an application's list shows N
    rows, JsonLines reads a watcher's events.
"""

import json
import os
import queue
import select
import shutil
import signal
import subprocess
import sys
import threading
import time

PY = "/usr/bin/python3"
CLK_TCK = os.sysconf("SC_CLK_TCK")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def log(msg=""):
    sys.stdout.write(msg + "\n")
    sys.stdout.flush()


def elog(msg):
    sys.stderr.write("[%s] %s\n" % (time.strftime("%H:%M:%S"), msg))
    sys.stderr.flush()


# ---------------------------------------------------------------------------
# /proc
# ---------------------------------------------------------------------------

def read_bytes(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def proc_stat(pid):
    """(ppid, utime+stime ticks, cutime+cstime ticks) of a process (all its
    threads, live and exited), or None."""
    raw = read_bytes("/proc/%d/stat" % pid)
    if not raw:
        return None
    rest = raw[raw.rfind(b")") + 2:].split()
    # rest[0] is field 3 (state); utime is field 14 -> rest[11]
    return int(rest[1]), int(rest[11]) + int(rest[12]), int(rest[13]) + int(rest[14])


def all_pids():
    return [int(d) for d in os.listdir("/proc") if d.isdigit()]


def descendants(pid):
    children = {}
    for p in all_pids():
        st = proc_stat(p)
        if st:
            children.setdefault(st[0], []).append(p)
    out, todo = [], [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


def tree_cpu(pid):
    """CPU seconds of pid (all threads), its reaped children and its live
    descendants; None if pid is gone."""
    if pid is None:
        return None
    root = proc_stat(pid)
    if root is None:
        return None
    total = root[1] + root[2]
    for p in descendants(pid):
        st = proc_stat(p)
        if st:
            total += st[1] + st[2]
    return total / float(CLK_TCK)


def proc_status_kb(pid, key):
    """A kB figure of /proc/PID/status (VmHWM, VmRSS, ...; Threads is a
    count), or None."""
    raw = read_bytes("/proc/%d/status" % pid)
    if not raw:
        return None
    for line in raw.decode("ascii", "replace").splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return None


def system_busy_seconds():
    """CPU seconds all cores spent busy (not idle/iowait) since boot."""
    fields = [int(x) for x in read_bytes("/proc/stat").split(b"\n", 1)[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / float(CLK_TCK)


# ---------------------------------------------------------------------------
# Processes
# ---------------------------------------------------------------------------

class ProcessTag:
    """A random token put into the environment of every process a benchmark
    starts (Xvfb, dbus-daemons, AT-SPI bus and registry, dconf-service, the
    apps), so that exactly those, and nothing else, are ended at the end,
    also after Ctrl+C or an error."""

    def __init__(self, var, token):
        self.var = var
        self.token = token

    def env(self, env=None):
        e = dict(os.environ if env is None else env)
        e[self.var] = self.token
        return e

    def pids(self):
        needle = ("%s=%s" % (self.var, self.token)).encode()
        me = os.getpid()
        out = []
        for p in all_pids():
            if p == me:
                continue
            env = read_bytes("/proc/%d/environ" % p)
            if env and needle in env.split(b"\0"):
                out.append(p)
        return out

    def kill_all(self, grace=3.0):
        """SIGTERM, then after `grace` seconds SIGKILL, to every process
        carrying the token. Returns how many there were."""
        pids = self.pids()
        if not pids:
            return 0
        for p in pids:
            try:
                os.kill(p, signal.SIGTERM)
            except OSError:
                pass
        n = len(pids)
        end = time.monotonic() + grace
        while pids and time.monotonic() < end:
            time.sleep(0.1)
            pids = self.pids()
        for p in pids:
            try:
                os.kill(p, signal.SIGKILL)
            except OSError:
                pass
        return n


def become_subreaper():
    """Orphans of our sessions (dbus-daemon, AT-SPI bus, ...) get re-parented
    to us instead of init, so that we can reap them (no zombies left)."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    except Exception:
        pass


def reap_orphans():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def failure_status(exc):
    """Logs why a runner's main body stopped and returns its exit status:
    1 for a BenchError (its message) or any other exception (its traceback),
    130 for Ctrl+C."""
    if isinstance(exc, KeyboardInterrupt):
        elog("interrupted (%s); cleaning up" % (exc or "Ctrl+C"))
        return 130
    if isinstance(exc, BenchError):
        elog("error: %s" % exc)
        return 1
    import traceback
    elog("benchmark error:\n" + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    return 1


def clean_up(tag, guests, tmp, keep_temp):
    """A runner's last step, also after an error or Ctrl+C: ends every process
    its tag marks and the TCG guests it started, reaps what is left, and
    removes (or keeps) its temp dir. No second Ctrl+C may cut it short."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    tag.kill_all()
    if guests:
        guests.stop()
    reap_orphans()
    if keep_temp:
        elog("temp dir kept: %s" % tmp)
    else:
        shutil.rmtree(tmp, ignore_errors=True)


def stop_process(p, grace=5.0, group=False):
    """SIGTERM (to its process group with group=True), SIGKILL after
    `grace` seconds."""
    if p is None or p.poll() is not None:
        return

    def send(sig):
        try:
            if group:
                os.killpg(p.pid, sig)
            else:
                os.kill(p.pid, sig)
        except OSError:
            pass
    send(signal.SIGTERM)
    try:
        p.wait(grace)
    except subprocess.TimeoutExpired:
        send(signal.SIGKILL)
        try:
            p.wait(grace)
        except subprocess.TimeoutExpired:
            pass


class LineReader:
    """Reads a text pipe's lines in a thread; get(timeout) returns one, or
    None at the timeout or the end of the stream."""

    def __init__(self, stream, keep=200):
        self.q = queue.Queue()
        self.tail = []
        self.keep = keep
        threading.Thread(target=self._run, args=(stream,), daemon=True).start()

    def _run(self, stream):
        for line in iter(stream.readline, ""):
            line = line.rstrip("\n")
            self.tail = (self.tail + [line])[-self.keep:]
            self.q.put(line)
        self.q.put(None)

    def get(self, timeout):
        try:
            return self.q.get(timeout=max(0.0, timeout))
        except queue.Empty:
            return None

    def wait_for(self, predicate, timeout):
        end = time.monotonic() + timeout
        while True:
            line = self.get(end - time.monotonic())
            if line is None:
                return None
            if predicate(line):
                return line


class BenchError(Exception):
    """A benchmark cannot go on; the runners print it and stop."""


class ControlledProcess:
    """A helper process of a benchmark (a relay, a proxy) driven through its
    standard input: it prints READY [...] when it is up, and answers every
    command line with one JSON line; "quit" ends it."""

    def __init__(self, popen, what, ready_timeout=15):
        self.proc = popen
        self.what = what
        self.out = LineReader(popen.stdout)
        self.ready = self.out.wait_for(lambda l: l.startswith("READY"), ready_timeout)
        if not self.ready:
            raise BenchError("%s did not start (exit status %s)" % (what, popen.poll()))
        self.pid = popen.pid

    def ask(self, command, timeout=20):
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        line = self.out.get(timeout)
        if not line:
            raise BenchError("%s does not answer" % self.what)
        return json.loads(line)

    def quit(self, grace=2):
        try:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            self.proc.wait(3)
        except (OSError, subprocess.TimeoutExpired):
            pass
        stop_process(self.proc, grace)


def tail_lines(path, n=8):
    try:
        with open(path, "r", errors="replace") as f:
            return f.read().splitlines()[-n:]
    except OSError:
        return []


# ---------------------------------------------------------------------------
# Set-up
# ---------------------------------------------------------------------------

def ensure_packages(packages, no_install, quiet_log=None):
    """packages: Debian package names that are missing. Installs them with
    apt-get install --no-install-recommends (apt-get update first when that
    fails). Returns None on success, else an error text."""
    missing = sorted(set(packages))
    if not missing:
        return None
    if no_install:
        return "missing packages: %s (and --no-install given)" % " ".join(missing)
    (quiet_log or elog)("installing missing Debian packages: %s" % " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    cmd = ["apt-get", "install", "-y", "-q", "--no-install-recommends",
           "-o", "Dpkg::Options::=--force-confold"] + missing

    def install():
        return subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, stdin=subprocess.DEVNULL, timeout=1800)
    r = install()
    if r.returncode != 0:
        # maybe the package lists were never fetched on this machine
        subprocess.run(["apt-get", "update", "-q"], env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, timeout=900)
        r = install()
    if r.returncode != 0:
        return "apt-get install failed: %s" % r.stderr.strip()[-500:]
    return None


def libvirt_up(uri="qemu:///system"):
    try:
        return subprocess.run(["virsh", "-c", uri, "version"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=15).returncode == 0
    except subprocess.TimeoutExpired:
        return False


def ensure_libvirt(uri="qemu:///system"):
    """Starts the system libvirtd with scripts/common.sh's start_libvirt when
    none answers. Returns None, or an error text."""
    if libvirt_up(uri):
        return None
    elog("no libvirtd answers; starting one (scripts/common.sh start_libvirt)")
    r = subprocess.run(["bash", "-c", "source '%s' && start_libvirt"
                        % os.path.join(REPO, "scripts", "common.sh")],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=180)
    if r.returncode != 0 or not libvirt_up(uri):
        return "libvirtd does not answer on %s: %s" % (uri, r.stdout.strip()[-500:])
    return None


# ---------------------------------------------------------------------------
# X and sessions
# ---------------------------------------------------------------------------

def start_xvfb(screen="1280x1024x24", extra=(), env=None, log_path=None, timeout=20.0):
    """Starts Xvfb on a free display (-displayfd), its own session (process
    group). Returns (Popen, ":N"); raises RuntimeError if it does not come
    up. By default it listens on its Unix socket only (-nolisten tcp)."""
    rfd, wfd = os.pipe()
    out = open(log_path, "w") if log_path else subprocess.DEVNULL
    cmd = ["Xvfb", "-displayfd", str(wfd), "-screen", "0", screen, "-nolisten", "tcp",
           "-noreset"] + list(extra)
    try:
        p = subprocess.Popen(cmd, pass_fds=(wfd,), env=env, stdout=out, stderr=out,
                             stdin=subprocess.DEVNULL, start_new_session=True)
    finally:
        if log_path:
            out.close()
        os.close(wfd)
    buf = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and not buf.endswith(b"\n"):
            r, _, _ = select.select([rfd], [], [], 0.5)
            if r:
                chunk = os.read(rfd, 64)
                if not chunk:
                    break
                buf += chunk
            if p.poll() is not None:
                break
    finally:
        os.close(rfd)
    if not buf.strip().isdigit():
        stop_process(p, 3)
        raise RuntimeError("Xvfb did not start%s" % (("; see " + log_path) if log_path else ""))
    return p, ":" + buf.decode().strip()


def fresh_home_env(home, runtime=None, lang="C.UTF-8"):
    """An environment with a fresh HOME, XDG_{CONFIG,CACHE,DATA,STATE}_HOME
    and XDG_RUNTIME_DIR (created, 0700), PATH and LANG; nothing else."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        "LANG": lang,
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "XDG_CACHE_HOME": os.path.join(home, ".cache"),
        "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
        "XDG_STATE_HOME": os.path.join(home, ".local", "state"),
        "XDG_RUNTIME_DIR": runtime or os.path.join(home, "runtime"),
    }
    for k in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.makedirs(env[k], exist_ok=True)
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    os.chmod(env["XDG_RUNTIME_DIR"], 0o700)
    return env


def dbus_session(argv, env, log_path, **kw):
    """Starts argv inside its own `dbus-run-session` (own session bus, so its
    own AT-SPI bus and dconf-service), in its own process group."""
    out = open(log_path, "w")
    try:
        return subprocess.Popen(["dbus-run-session", "--"] + list(argv), env=env, stdout=out,
                                stderr=out, stdin=kw.pop("stdin", subprocess.DEVNULL),
                                start_new_session=True, **kw)
    finally:
        out.close()


def apply_gsettings(settings, timeout=3.0):
    """Inside a D-Bus session: `gsettings set` each (schema, key, value) and
    read it back with a second process; checks that dconf's database file
    exists in this session's XDG_CONFIG_HOME (a persistent backend, not the
    memory one). Returns (ok, details)."""
    details = {"values": []}
    ok = True
    for schema, key, value in settings:
        subprocess.run(["gsettings", "set", schema, key, value], check=False)
        got = subprocess.run(["gsettings", "get", schema, key],
                             capture_output=True, text=True).stdout.strip()
        details["values"].append([schema, key, value, got])
        if got != value:
            ok = False
    if settings:
        dbfile = os.path.join(os.environ.get("XDG_CONFIG_HOME", ""), "dconf", "user")
        t = time.monotonic()
        while not os.path.exists(dbfile) and time.monotonic() - t < timeout:
            time.sleep(0.05)
        details["dconf_db"] = os.path.exists(dbfile)
        ok = ok and details["dconf_db"]
    return ok, details


def screenshot(display, path):
    """The whole screen of `display` as PNG (ImageMagick's import, else GDK).
    Returns path, or None."""
    env = dict(os.environ, DISPLAY=display)
    try:
        if shutil.which("import"):
            subprocess.run(["import", "-display", display, "-window", "root", path],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
        else:
            code = ("import sys, gi; gi.require_version('Gdk', '3.0');"
                    "from gi.repository import Gdk;"
                    "w = Gdk.get_default_root_window();"
                    "pb = Gdk.pixbuf_get_from_window(w, 0, 0, w.get_width(), w.get_height());"
                    "pb.savev(sys.argv[1], 'png', [], [])")
            subprocess.run([PY, "-c", code, path], env=env, timeout=20,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None
    return path if os.path.exists(path) else None


def x_get_image(display, x, y, w, h, timeout=5.0):
    """Pixels of the root window of `display` (":N", a local Xvfb without
    authorisation) in the rectangle x,y,w,h, as a list of rows of 0xRRGGBB
    ints. Speaks X11 itself (connection set-up and one GetImage, ZPixmap):
    no xwd or ImageMagick needed. Assumes a 24/32-bit TrueColor root, as
    Xvfb's -screen WxHx24 gives. Raises OSError on failure."""
    import socket
    import struct
    path = "/tmp/.X11-unix/X%d" % int(display.lstrip(":").split(".")[0])
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(timeout)

    def read(n):
        buf = b""
        while len(buf) < n:
            chunk = s.recv(n - len(buf))
            if not chunk:
                raise OSError("X server closed the connection")
            buf += chunk
        return buf

    try:
        s.connect(path)
        s.sendall(struct.pack("<BxHHHHxx", ord("l"), 11, 0, 0, 0))
        status, _, _, _, extra = struct.unpack("<BBHHH", read(8))
        setup = read(extra * 4)
        if status != 1:
            raise OSError("X connection refused")
        vendor_len, = struct.unpack_from("<H", setup, 16)
        nformats = setup[21]
        screen = 32 + (vendor_len + 3) // 4 * 4 + 8 * nformats
        root, = struct.unpack_from("<I", setup, screen)
        s.sendall(struct.pack("<BBHIhhHHI", 73, 2, 5, root, x, y, w, h, 0xFFFFFFFF))
        head = read(32)
        if head[0] != 1:
            raise OSError("X GetImage failed (error %d)" % head[1])
        length, = struct.unpack_from("<I", head, 4)
        data = read(length * 4)
    finally:
        s.close()
    if len(data) < w * h * 4:
        raise OSError("X GetImage: short image (depth %d)" % head[1])
    rows = []
    for r in range(h):
        px = struct.unpack_from("<%dI" % w, data, r * w * 4)
        rows.append([p & 0xFFFFFF for p in px])
    return rows


def longest_run(values):
    """(start, length, value) of the longest run of equal values."""
    best = (0, 0, None)
    start = 0
    for i in range(1, len(values) + 1):
        if i == len(values) or values[i] != values[start]:
            if i - start > best[1]:
                best = (start, i - start, values[start])
            start = i
    return best


# ---------------------------------------------------------------------------
# A watcher process's JSON events
# ---------------------------------------------------------------------------

class JsonLines:
    """Reads JSON lines from a child's stdout (binary fd) with timeouts."""

    def __init__(self, proc, other=None):
        self.proc = proc
        self.fd = proc.stdout.fileno()
        self.other = other  # a second Popen whose exit ends a wait
        self.pending = b""
        self.events = []

    def next(self, until):
        """The next event, None at `until`, or {"event": "eof"} /
        {"event": "app-exit", "code": N}."""
        while True:
            if b"\n" in self.pending:
                line, self.pending = self.pending.split(b"\n", 1)
                try:
                    ev = json.loads(line.decode("utf-8"))
                except ValueError:
                    continue
                self.events.append(ev)
                return ev
            left = until - time.monotonic()
            if left <= 0:
                return None
            r, _, _ = select.select([self.fd], [], [], min(left, 0.5))
            if r:
                chunk = os.read(self.fd, 65536)
                if not chunk:
                    return {"event": "eof"}
                self.pending += chunk
            elif self.other is not None and self.other.poll() is not None:
                return {"event": "app-exit", "code": self.other.returncode}


# ---------------------------------------------------------------------------
# AT-SPI: wait until an application's list shows every row
# ---------------------------------------------------------------------------

def atspi_list_watch(cfg):
    """Runs in its own process (inside the app's D-Bus session), so that no
    AT-SPI client stays connected once it is done. Prints JSON events on
    stdout: "ready" (connected to the registry), then, after a line
    "PID T0 DEADLINE" on stdin, "app", "list", "rows", and finally "done"
    (with sample rows) or "timeout".

    cfg: min_rows, list_name (the list's accessible name, preferred),
    poll_ms, names (expected domain names, for the samples) and, optional,
    locate: a list of names whose row's screen extents "done" reports."""
    import pyatspi  # Debian's, /usr/bin/python3 only
    from gi.repository import Atspi

    debug = bool(os.environ.get("VMLIST_BENCH_DEBUG"))

    def emit(**kw):
        sys.stdout.write(json.dumps(kw, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    def dbg(msg):
        if debug:
            sys.stderr.write("%.3f %s\n" % (time.monotonic() - t0, msg))
            sys.stderr.flush()

    min_rows = cfg["min_rows"]
    list_name = (cfg.get("list_name") or "").strip().lower()
    poll = cfg["poll_ms"] / 1000.0
    expected = set(cfg["names"])
    locate = list(cfg.get("locate") or [])

    # Long timeouts: a busy app answers late, and the late answer is what we
    # want to time (a timed-out call would only be re-sent).
    pyatspi.setTimeout(10000, 20000)
    desktop = pyatspi.Registry.getDesktop(0)
    # Touch the registry so that the AT-SPI bus and registryd are up before
    # the app is spawned.
    _ = desktop.childCount
    t0 = time.monotonic()
    emit(event="ready")

    line = sys.stdin.readline().split()
    if not line:
        return 1
    pid, t0, deadline = int(line[0]), float(line[1]), float(line[2])

    TABLEISH = [pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE,
                pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX]
    SKIP = {pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU, pyatspi.ROLE_POPUP_MENU}

    # One Collection.GetMatches call finds every showing table-like object.
    # GTK implements Collection; Qt 6.4 does not (we walk the tree there).
    # Few round trips matter: virt-manager's main loop is busy most of the
    # time, and every call waits for it.
    rule = Atspi.MatchRule.new(
        Atspi.StateSet.new([Atspi.StateType.SHOWING]),
        Atspi.CollectionMatchType.ALL, {}, Atspi.CollectionMatchType.ALL,
        TABLEISH, Atspi.CollectionMatchType.ANY,
        [], Atspi.CollectionMatchType.ALL, False)

    def find_app():
        for i in range(desktop.childCount):
            a = desktop.getChildAtIndex(i)
            if a is None:
                continue
            try:
                if a.get_process_id() == pid:
                    return a
            except Exception:
                continue
        return None

    def showing(a):
        return a.getState().contains(pyatspi.STATE_SHOWING)

    def is_preferred(a):
        return bool(list_name) and (a.name or "").strip().lower() == list_name

    def find_lists_collection(app):
        try:
            col = app.get_collection()
        except AttributeError:
            col = app.get_collection_iface()
        found = col.get_matches(rule, Atspi.CollectionSortOrder.CANONICAL,
                                0, True) or []
        return [a for a in found if a is not None]

    def find_lists_walk(app):
        """Showing table-like accessibles (not descending into them).

        Hidden windows are not entered: asking GTK for a tree view's
        accessible early makes it track every row insertion.  A list that
        is not showing is not shown to the user anyway."""
        found = []
        stack = [(app, 0)]
        while stack:
            a, depth = stack.pop()
            try:
                role = a.getRole()
                if depth >= 1 and not showing(a):
                    continue
            except Exception:
                continue
            if role in TABLEISH:
                found.append(a)
                if is_preferred(a):
                    return found  # stop early: each call may wait on the app
                continue
            if role in SKIP or depth > 30:
                continue
            try:
                n = a.childCount
            except Exception:
                continue
            for i in range(min(n, 300)):
                try:
                    c = a.getChildAtIndex(i)
                except Exception:
                    c = None
                if c is not None:
                    stack.append((c, depth + 1))
        return found

    def has_collection(app):
        try:
            return "Collection" in app.get_interfaces()
        except Exception:
            return False

    def nrows(a):
        return a.queryTable().nRows

    def cell_text(tbl, r, c=0):
        cell = tbl.queryTable().getAccessibleAt(r, c)
        if cell is None:
            return ""
        parts = [cell.name or ""]
        if not parts[0]:
            try:
                for i in range(min(cell.childCount, 10)):
                    ch = cell.getChildAtIndex(i)
                    if ch is not None and ch.name:
                        parts.append(ch.name)
            except Exception:
                pass
        return " | ".join(p for p in parts if p)

    def cell_extents(tbl, r, c=0):
        cell = tbl.queryTable().getAccessibleAt(r, c)
        e = cell.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return [e.x, e.y, e.width, e.height]

    def is_domain_text(txt):
        for part in txt.split(" | "):
            part = part.strip()
            if part in expected or part.split("\n")[0].strip() in expected:
                return True
        return any(name in txt for name in expected)

    def describe_windows(app):
        wins = []
        try:
            for i in range(min(app.childCount, 20)):
                w = app.getChildAtIndex(i)
                if w is None:
                    continue
                texts = []
                stack = [(w, 0)]
                while stack and len(texts) < 8:
                    a, d = stack.pop()
                    try:
                        if a.getRole() in (pyatspi.ROLE_LABEL,
                                           pyatspi.ROLE_ALERT) and a.name:
                            texts.append(a.name)
                        if a.getRole() in TABLEISH or d > 8:
                            continue
                        for j in range(min(a.childCount, 50)):
                            c = a.getChildAtIndex(j)
                            if c is not None:
                                stack.append((c, d + 1))
                    except Exception:
                        continue
                wins.append({"role": w.getRoleName(), "name": w.name,
                             "showing": showing(w), "labels": texts})
        except Exception as e:
            wins.append({"error": str(e)})
        return wins

    app = None
    use_collection = None
    tbl = None
    tbl_preferred = False
    last_rows = None
    last_walk = 0.0
    errors = 0
    while time.monotonic() < deadline:
        try:
            if app is None:
                app = find_app()
                if app is not None:
                    use_collection = has_collection(app)
                    emit(event="app", t=time.monotonic() - t0, name=app.name,
                         collection=use_collection)
            # Look for the list until the one with the expected accessible
            # name is found; without that name, take the largest one.
            if app is not None and not tbl_preferred and \
                    time.monotonic() - last_walk >= (0.25 if tbl else 0):
                last_walk = time.monotonic()
                if use_collection:
                    cands = find_lists_collection(app)
                else:
                    cands = find_lists_walk(app)
                dbg("search -> %d candidate(s)" % len(cands))
                pref = [c for c in cands if is_preferred(c)]
                if pref:
                    tbl, tbl_preferred = pref[0], True
                elif cands and tbl is None:
                    tbl = max(cands, key=nrows)
                if tbl is not None:
                    emit(event="list", t=time.monotonic() - t0, name=tbl.name,
                         role=tbl.getRoleName(), preferred=tbl_preferred)
            if tbl is not None:
                n = nrows(tbl)
                t = time.monotonic()
                dbg("rows %d" % n)
                if n != last_rows:
                    emit(event="rows", t=t - t0, rows=n)
                    last_rows = n
                if n >= min_rows:
                    # Check the rows are real: sample some and match them
                    # against the generated domain names.
                    idx = sorted(set([0, 1, 2, n // 4, n // 2, (3 * n) // 4,
                                      n - 2, n - 1]))
                    samples, hits = [], 0
                    for r in idx:
                        # a busy app may time out; GTK may give an empty
                        # text for a row it has not laid out yet
                        for attempt in range(3):
                            try:
                                txt = cell_text(tbl, r)
                                if txt:
                                    break
                            except Exception as e:
                                txt = "<error %s>" % e
                            time.sleep(0.1)
                        ok = is_domain_text(txt)
                        hits += ok
                        samples.append({"row": r, "text": txt, "domain": ok})
                    try:
                        tif = tbl.queryTable()
                        cols = [tif.getColumnDescription(c)
                                for c in range(min(tif.nColumns, 12))]
                    except Exception:
                        cols = None
                    located = {}
                    for want in locate:
                        for r in range(n):
                            try:
                                txt = cell_text(tbl, r)
                            except Exception:
                                continue
                            if any(p.strip().split("\n")[0].strip() == want
                                   for p in txt.split(" | ")):
                                try:
                                    located[want] = {"row": r, "extents": cell_extents(tbl, r)}
                                except Exception as e:
                                    located[want] = {"row": r, "error": str(e)}
                                break
                    emit(event="done", t=t - t0, rows=n, list_name=tbl.name,
                         role=tbl.getRoleName(),
                         preferred=tbl_preferred, columns=cols,
                         samples=samples, sample_hits=hits,
                         sample_count=len(idx), located=located,
                         showing=showing(tbl))
                    return 0
        except Exception as e:
            # The app may be busy or its objects may be replaced; retry.
            errors += 1
            if errors <= 20:
                emit(event="error", t=time.monotonic() - t0, error=str(e)[:200])
            tbl = None
            tbl_preferred = False
        time.sleep(poll)
    emit(event="timeout", rows=last_rows,
         app_seen=app is not None,
         list_seen=tbl is not None,
         windows=describe_windows(app) if app is not None else [])
    return 2


# ---------------------------------------------------------------------------
# Commands, libvirt guests
# ---------------------------------------------------------------------------

def run(cmd, timeout=60, check=True, **kw):
    """subprocess.run with text output captured; BenchError when check and
    the command fails."""
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                       timeout=timeout, **kw)
    if check and r.returncode != 0:
        raise BenchError("%s failed (%d): %s" % (" ".join(cmd), r.returncode,
                                                 (r.stderr or r.stdout).strip()))
    return r


def virsh(uri, *args, timeout=60, check=True):
    return run(["virsh", "-c", uri] + list(args), timeout=timeout, check=check)


def available_memory_mib():
    return proc_meminfo_kb("MemAvailable") // 1024


def proc_meminfo_kb(key):
    for line in (read_bytes("/proc/meminfo") or b"").decode().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


class TestGuests:
    """Running TCG guests on a real libvirtd, from the QVirt test guest
    (tests/guest: a 1 MiB raw image, 32 MiB of memory, <domain
    type='qemu'>). Each gets its own copy of the image in `imgdir` (QEMU
    locks it). Guests with these names left by an interrupted run are
    destroyed and undefined first; stop() destroys and undefines what
    start() defined and removes `imgdir`.

    fps(i): frame-rate limit of guest i's image (built once per limit with
    tests/guest/build.sh into `tmp`, unless image(fps) returns a prebuilt
    one). devices_xml: put into <devices> (an interface, for example)."""

    def __init__(self, names, imgdir, tmp, uri="qemu:///system", fps=lambda i: 20,
                 devices_xml=""):
        self.names = list(names)
        self.n = len(self.names)
        self.imgdir = imgdir
        self.tmp = tmp
        self.uri = uri
        self.fps = fps
        self.devices_xml = devices_xml
        self.defined = []

    def virsh(self, *args, **kw):
        return virsh(self.uri, *args, **kw)

    def image(self, fps):
        out = os.path.join(self.tmp, "guest-%d.img" % fps)
        if not os.path.exists(out):
            run(["sh", os.path.join(REPO, "tests", "guest", "build.sh"), out], timeout=120,
                env=dict(os.environ, FPS=str(fps)))
        return out

    def domain_xml(self, name, disk):
        with open(os.path.join(REPO, "tests", "guest", "domain.xml.in")) as f:
            tpl = f.read()
        xml = tpl.replace("@NAME@", name).replace("@IMAGE@", disk)
        if self.devices_xml:
            xml = xml.replace("</devices>", self.devices_xml + "\n  </devices>")
        return xml

    def start(self, progress=None):
        err = ensure_libvirt(self.uri)
        if err:
            raise BenchError(err)
        existing = set(self.virsh("list", "--all", "--name").stdout.split())
        for name in self.names:
            if name in existing:  # left over by an interrupted run
                self.virsh("destroy", name, check=False)
                self.virsh("undefine", name, check=False)
        os.makedirs(self.imgdir, exist_ok=True)
        os.chmod(self.imgdir, 0o755)
        for i, name in enumerate(self.names):
            disk = os.path.join(self.imgdir, name + ".img")
            shutil.copyfile(self.image(self.fps(i)), disk)
            os.chmod(disk, 0o644)
            xml = os.path.join(self.tmp, name + ".xml")
            with open(xml, "w") as f:
                f.write(self.domain_xml(name, disk))
            self.virsh("define", xml)
            self.defined.append(name)
            self.virsh("start", name, timeout=120)
            if progress:
                progress(i + 1, name)

    def stop(self):
        for name in self.defined:
            self.virsh("destroy", name, check=False)
            self.virsh("undefine", name, check=False)
        self.defined = []
        shutil.rmtree(self.imgdir, ignore_errors=True)


# ---------------------------------------------------------------------------
# A held D-Bus session; AT-SPI: find (and activate) an object
# ---------------------------------------------------------------------------

def hold_session(cfg):
    """Runs inside dbus-run-session (a runner's --inner-hold mode): sets
    cfg["gsettings"] in this session's dconf, prints one JSON line (bus
    address, whether the values read back), then keeps the session until
    stdin closes."""
    ok, details = apply_gsettings([tuple(x) for x in cfg.get("gsettings", [])])
    sys.stdout.write(json.dumps({"bus": os.environ.get("DBUS_SESSION_BUS_ADDRESS"), "gsettings_ok": ok,
                                 "gsettings": details}) + "\n")
    sys.stdout.flush()
    sys.stdin.read()
    return 0


def start_held_session(script, cfg, env, rundir, mode="--inner-hold"):
    """Starts `PY script MODE CFG` (which calls hold_session) in its own
    dbus-run-session. Returns (Popen, log file, bus address, gsettings
    details); raises BenchError if it does not start or a value does not
    read back. Close its stdin to end the session."""
    cfg_path = os.path.join(rundir, "hold.json")
    with open(cfg_path, "w") as f:
        json.dump(cfg, f)
    slog = open(os.path.join(rundir, "session.log"), "w")
    p = subprocess.Popen(["dbus-run-session", "--", PY, os.path.abspath(script), mode, cfg_path],
                         env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=slog, text=True,
                         start_new_session=True)
    line = LineReader(p.stdout).get(30)
    if not line:
        stop_process(p, 3, group=True)
        slog.close()
        raise BenchError("the D-Bus session did not start; see %s" % slog.name)
    info = json.loads(line)
    if not info["gsettings_ok"]:
        stop_process(p, 3, group=True)
        slog.close()
        raise BenchError("gsettings did not read back: %s" % info["gsettings"])
    return p, slog, info["bus"], info["gsettings"]


def end_held_session(p, slog):
    if p is None:
        return
    try:
        p.stdin.close()
    except OSError:
        pass
    stop_process(p, 3, group=True)
    if slog:
        slog.close()


def atspi_find(cfg):
    """Runs in its own process on the app's session bus. Waits until the
    app (by PID) shows a window whose name contains cfg["window"], or a
    showing object named cfg["object"] (optionally of cfg["roles"]); prints
    one JSON line: found, t (monotonic), name, role, extents [x, y, w, h].
    With cfg["activate"], the object found is then activated: its first
    action (a page tab's "switch"/"click"), else selected in its parent
    (a page tab list); "activated" says how."""
    import pyatspi
    pyatspi.setTimeout(5000, 10000)
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + cfg["timeout"]
    want_win = (cfg.get("window") or "").lower()
    want_obj = (cfg.get("object") or "").lower()
    roles = set(cfg.get("roles") or [])

    def out(**kw):
        sys.stdout.write(json.dumps(kw, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    def extents(a):
        try:
            e = a.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            return [e.x, e.y, e.width, e.height]
        except Exception:
            return None

    def showing(a):
        return a.getState().contains(pyatspi.STATE_SHOWING)

    def activate(a):
        why = "no action"
        try:
            act = a.queryAction()
            if act.nActions > 0:
                names = [act.getName(i) for i in range(act.nActions)]
                act.doAction(0)
                return "action %s of %s" % (names[0], names)
        except Exception as e:
            why = str(e) or type(e).__name__
        try:
            a.parent.querySelection().selectChild(a.getIndexInParent())
            return "selected in parent"
        except Exception as e:
            return "failed (%s; selection: %s)" % (why, e)

    def found(a):
        info = dict(found=True, t=time.monotonic(), name=a.name, role=a.getRoleName(), extents=extents(a))
        if cfg.get("activate"):
            info["activated"] = activate(a)
        out(**info)
        return 0

    while time.monotonic() < deadline:
        try:
            app = None
            for i in range(desktop.childCount):
                a = desktop.getChildAtIndex(i)
                if a is not None and a.get_process_id() == cfg["pid"]:
                    app = a
                    break
            if app is not None:
                for i in range(app.childCount):
                    w = app.getChildAtIndex(i)
                    if w is None:
                        continue
                    if want_win and want_win in (w.name or "").lower() and showing(w):
                        return found(w)
                    if want_obj and showing(w):
                        stack, seen = [(w, 0)], 0
                        while stack and seen < 4000:
                            a, d = stack.pop()
                            seen += 1
                            try:
                                if d and not showing(a):
                                    continue
                                if (a.name or "").strip().lower() == want_obj and \
                                        (not roles or a.getRoleName() in roles):
                                    return found(a)
                                if d > 25 or a.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
                                                             pyatspi.ROLE_TREE):
                                    continue
                                for j in range(min(a.childCount, 200)):
                                    c = a.getChildAtIndex(j)
                                    if c is not None:
                                        stack.append((c, d + 1))
                            except Exception:
                                continue
        except Exception:
            pass
        time.sleep(0.1)
    out(found=False, t=time.monotonic())
    return 1


# ---------------------------------------------------------------------------
# Report helpers
# ---------------------------------------------------------------------------

def is_nan(x):
    return isinstance(x, float) and x != x


def ratio(a, b):
    """a/b, nan when either is missing or nan or b is 0."""
    if a is None or b is None or is_nan(a) or is_nan(b) or b == 0:
        return float("nan")
    return a / b
