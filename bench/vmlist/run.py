#!/usr/bin/python3
"""QVirt VM-list benchmark: QVirt vs virt-manager vs `virsh list --all`.

For each host size (default 1,000 and 2,000 libvirt test-driver domains)
this measures, for QVirt and for virt-manager:

  * list time   - from process spawn until the accessible VM list (seen
                  through AT-SPI, as a screen reader sees it) has a row for
                  every domain (domains + the connection row);
  * peak RSS    - VmHWM of the program's process;
  * idle CPU    - CPU seconds (user+sys, whole process tree) used during the
                  following idle window (default 60 s), with both programs
                  refreshing their stats every 1 s;

and, as the floor, the wall time of `virsh -c test:///... list --all`.

Every program run gets its own Xvfb display, its own D-Bus session (with
its own AT-SPI bus, registry and dconf) and fresh HOME/XDG directories.

Must run with Debian's /usr/bin/python3 (pyatspi lives there).  The last
line printed is

  RESULT list_time_ratio=Q/V floor_ratio=Q/virsh rss_ratio=Q/V idle_cpu_ratio=Q/V

for the largest size (2,000 domains by default).  See README.md.

Internal modes (used by the benchmark itself):
  run.py --inner-session CONFIG.json   inside dbus-run-session: run one app
  run.py --inner-watch   CONFIG.json   AT-SPI watcher, reports list rows
"""

import argparse
import json
import math
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
PY = "/usr/bin/python3"
TOKEN_VAR = "QVIRT_VMLIST_BENCH_TOKEN"
CLK_TCK = os.sysconf("SC_CLK_TCK")

sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep bench/vmlist free of __pycache__


def log(msg):
    sys.stdout.write(msg + "\n")
    sys.stdout.flush()


def elog(msg):
    sys.stderr.write("[%s] %s\n" % (time.strftime("%H:%M:%S"), msg))
    sys.stderr.flush()


# ---------------------------------------------------------------------------
# /proc helpers
# ---------------------------------------------------------------------------

def _read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError:
        return None


def proc_stat(pid):
    """(ppid, utime+stime ticks, cutime+cstime ticks) or None."""
    raw = _read("/proc/%d/stat" % pid)
    if not raw:
        return None
    rest = raw[raw.rfind(b")") + 2:].split()
    # rest[0] is field 3 (state); utime is field 14 -> rest[11]
    return (int(rest[1]), int(rest[11]) + int(rest[12]),
            int(rest[13]) + int(rest[14]))


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
        p = todo.pop()
        for c in children.get(p, []):
            out.append(c)
            todo.append(c)
    return out


def tree_cpu_seconds(pid):
    """CPU seconds used by pid (all threads), its reaped children and its
    live descendants."""
    total = 0
    for p in [pid] + descendants(pid):
        st = proc_stat(p)
        if st:
            total += st[1] + st[2]
    return total / float(CLK_TCK)


def proc_status_kb(pid, key):
    raw = _read("/proc/%d/status" % pid)
    if not raw:
        return None
    for line in raw.decode("ascii", "replace").splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return None


def pids_with_token(token):
    needle = ("%s=%s" % (TOKEN_VAR, token)).encode()
    me = os.getpid()
    out = []
    for p in all_pids():
        if p == me:
            continue
        env = _read("/proc/%d/environ" % p)
        if env and needle in env.split(b"\0"):
            out.append(p)
    return out


def kill_token_processes(token, grace=3.0):
    """End every process whose environment carries our run token (the
    Xvfb, dbus-daemons, AT-SPI bus/registry, dconf-service and apps that
    this benchmark started).  Only those processes are touched."""
    pids = pids_with_token(token)
    if not pids:
        return 0
    for p in pids:
        try:
            os.kill(p, signal.SIGTERM)
        except OSError:
            pass
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not pids_with_token(token):
            return len(pids)
        time.sleep(0.1)
    for p in pids_with_token(token):
        try:
            os.kill(p, signal.SIGKILL)
        except OSError:
            pass
    return len(pids)


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


def stop_process(p, grace=5.0):
    if p is None or p.poll() is not None:
        return
    try:
        p.terminate()
        p.wait(grace)
    except subprocess.TimeoutExpired:
        p.kill()
        try:
            p.wait(grace)
        except subprocess.TimeoutExpired:
            pass
    except OSError:
        pass


# ---------------------------------------------------------------------------
# Inner mode 1: AT-SPI watcher (a separate process so that no AT-SPI client
# stays connected during the idle CPU window)
# ---------------------------------------------------------------------------

def inner_watch(cfg):
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
                                for c in range(tif.nColumns)]
                    except Exception:
                        cols = []
                    emit(event="done", t=t - t0, rows=n,
                         list_name=tbl.name, role=tbl.getRoleName(),
                         preferred=tbl_preferred, columns=cols,
                         samples=samples, sample_hits=hits,
                         sample_count=len(idx),
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
# Inner mode 2: one program run inside its own dbus-run-session
# ---------------------------------------------------------------------------

def inner_session(cfg):
    res = {"program": cfg["program"], "ok": False}
    rundir = cfg["rundir"]

    def finish():
        with open(os.path.join(rundir, "result.json"), "w") as f:
            json.dump(res, f, indent=1, ensure_ascii=False)

    # 1. Settings (virt-manager: gsettings in this session's dconf).
    gs_ok = True
    for schema, key, value in cfg.get("gsettings", []):
        subprocess.run(["gsettings", "set", schema, key, value], check=False)
        got = subprocess.run(["gsettings", "get", schema, key],
                             capture_output=True, text=True).stdout.strip()
        res.setdefault("gsettings", []).append([schema, key, value, got])
        if got != value:
            gs_ok = False
    if cfg.get("gsettings"):
        # A value read back by another process proves a persistent backend;
        # the dconf database file proves it is dconf in this session's HOME.
        dbfile = os.path.join(os.environ.get("XDG_CONFIG_HOME", ""),
                              "dconf", "user")
        t = time.monotonic()
        while not os.path.exists(dbfile) and time.monotonic() - t < 3:
            time.sleep(0.05)
        res["dconf_db"] = os.path.exists(dbfile)
        gs_ok = gs_ok and res["dconf_db"]
        res["gsettings_ok"] = gs_ok
        if not gs_ok:
            res["error"] = "gsettings value did not read back: %s" % res["gsettings"]
            finish()
            return 1

    # 2. AT-SPI watcher, connected before the app starts.
    wlog = open(os.path.join(rundir, "watcher.log"), "w")
    watcher = subprocess.Popen(
        [PY, os.path.abspath(__file__), "--inner-watch",
         os.path.join(rundir, "config.json")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=wlog, text=True,
        bufsize=1)
    events = []
    wfd = watcher.stdout.fileno()
    pending = [b""]

    def read_event(until):
        """Next JSON event from the watcher, None at `until`, or a
        synthetic eof / app-exit event."""
        while True:
            if b"\n" in pending[0]:
                line, pending[0] = pending[0].split(b"\n", 1)
                try:
                    ev = json.loads(line.decode("utf-8"))
                except ValueError:
                    continue
                events.append(ev)
                return ev
            left = until - time.monotonic()
            if left <= 0:
                return None
            r, _, _ = select.select([wfd], [], [], min(left, 0.5))
            if r:
                chunk = os.read(wfd, 65536)
                if not chunk:
                    return {"event": "eof"}
                pending[0] += chunk
            elif app is not None and app.poll() is not None:
                return {"event": "app-exit", "code": app.returncode}

    app = None
    ev = read_event(time.monotonic() + 30)
    if not ev or ev.get("event") != "ready":
        res["error"] = "AT-SPI watcher did not start (%s); see %s" % (
            ev, os.path.join(rundir, "watcher.log"))
        stop_process(watcher)
        finish()
        return 1

    # 3. Spawn the app; the clock starts here.
    applog = open(os.path.join(rundir, "app.log"), "w")
    argv = cfg["argv"]
    t0 = time.monotonic()
    try:
        app = subprocess.Popen(argv, stdout=applog, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL)
    except OSError as e:
        res["error"] = "cannot start %s: %s" % (argv[0], e)
        stop_process(watcher)
        finish()
        return 1
    deadline = t0 + cfg["timeout"]
    watcher.stdin.write("%d %.6f %.6f\n" % (app.pid, t0, deadline))
    watcher.stdin.flush()
    res["pid"] = app.pid

    done = None
    while True:
        ev = read_event(deadline + 15)
        if ev is None:
            res["error"] = "watcher gave no answer before the deadline"
            break
        kind = ev.get("event")
        if kind == "done":
            done = ev
            break
        if kind == "timeout":
            res["error"] = ("list did not show %d rows within %.0f s "
                            "(last row count %s, app seen %s, list seen %s)"
                            % (cfg["min_rows"], cfg["timeout"], ev.get("rows"),
                               ev.get("app_seen"), ev.get("list_seen")))
            res["windows"] = ev.get("windows")
            break
        if kind == "app-exit":
            res["error"] = "%s exited with code %s before the list was complete" % (
                os.path.basename(argv[0]), ev.get("code"))
            break
        if kind == "eof":
            res["error"] = "AT-SPI watcher died; see watcher.log"
            break
    res["events"] = [e for e in events if e.get("event") != "done"][-40:]
    if done is None:
        stop_process(watcher, 2)
    try:
        watcher.wait(10)
    except subprocess.TimeoutExpired:
        stop_process(watcher)

    if done is None:
        res["rss_peak_kb"] = proc_status_kb(app.pid, "VmHWM")
        if cfg.get("screenshots"):
            res["screenshot"] = screenshot(os.path.join(rundir, "failed.png"))
        stop_process(app)
        res["log_tail"] = _tail(os.path.join(rundir, "app.log"))
        finish()
        return 1

    res["list_time"] = done["t"]
    res["rows"] = done["rows"]
    res["list_name"] = done.get("list_name")
    res["list_role"] = done.get("role")
    res["list_preferred"] = done.get("preferred")
    res["columns"] = done.get("columns")
    res["samples"] = done.get("samples")
    res["sample_hits"] = done.get("sample_hits")
    res["sample_count"] = done.get("sample_count")
    for e in events:
        if e.get("event") == "app":
            res["app_time"] = e["t"]
        if e.get("event") == "list" and "list_found_time" not in res:
            res["list_found_time"] = e["t"]
    res["rss_at_list_kb"] = proc_status_kb(app.pid, "VmRSS")

    # 4. Idle window: nobody talks to the app; it only polls its stats.
    idle = cfg["idle"]
    c0 = tree_cpu_seconds(app.pid)
    ti = time.monotonic()
    while time.monotonic() - ti < idle:
        if app.poll() is not None:
            break
        time.sleep(min(0.5, max(0.0, idle - (time.monotonic() - ti))))
    if app.poll() is not None:
        res["error"] = "%s exited (code %s) during the idle window" % (
            os.path.basename(argv[0]), app.returncode)
        res["log_tail"] = _tail(os.path.join(rundir, "app.log"))
        finish()
        return 1
    c1 = tree_cpu_seconds(app.pid)
    span = time.monotonic() - ti
    res["idle_window"] = span
    res["idle_cpu"] = c1 - c0
    res["idle_cpu_per_60s"] = (c1 - c0) * 60.0 / span if span > 0 else None
    res["rss_peak_kb"] = proc_status_kb(app.pid, "VmHWM")
    res["rss_end_kb"] = proc_status_kb(app.pid, "VmRSS")
    res["threads"] = proc_status_kb(app.pid, "Threads")
    res["ok"] = True
    if cfg.get("screenshots"):
        res["screenshot"] = screenshot(os.path.join(rundir, "after-idle.png"))
    stop_process(app)
    finish()
    return 0


def screenshot(path):
    """Save the whole Xvfb screen as PNG (for --screenshots); returns path."""
    code = ("import sys, gi; gi.require_version('Gdk', '3.0');"
            "from gi.repository import Gdk;"
            "w = Gdk.get_default_root_window();"
            "pb = Gdk.pixbuf_get_from_window(w, 0, 0, w.get_width(), w.get_height());"
            "pb.savev(sys.argv[1], 'png', [], [])")
    try:
        subprocess.run([PY, "-c", code, path], timeout=20,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None
    return path if os.path.exists(path) else None


def _tail(path, n=8):
    try:
        with open(path, "r", errors="replace") as f:
            return f.read().splitlines()[-n:]
    except OSError:
        return []


# ---------------------------------------------------------------------------
# Outer mode
# ---------------------------------------------------------------------------

class Session:
    """Xvfb + dbus-run-session for one program run."""

    def __init__(self, rundir, token):
        self.rundir = rundir
        self.token = token
        self.xvfb = None
        self.display = None

    def base_env(self):
        home = os.path.join(self.rundir, "home")
        env = {
            "PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
            "XDG_STATE_HOME": os.path.join(home, ".local", "state"),
            "XDG_RUNTIME_DIR": os.path.join(self.rundir, "runtime"),
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "QT_QPA_PLATFORM": "xcb",
            "GDK_BACKEND": "x11",
            TOKEN_VAR: self.token,
        }
        if os.environ.get("VMLIST_BENCH_DEBUG"):
            env["VMLIST_BENCH_DEBUG"] = "1"
        for k in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                  "XDG_STATE_HOME"):
            os.makedirs(env[k], exist_ok=True)
        os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
        os.chmod(env["XDG_RUNTIME_DIR"], 0o700)
        return env

    def start_xvfb(self, env):
        rfd, wfd = os.pipe()
        xlog = open(os.path.join(self.rundir, "xvfb.log"), "w")
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(wfd), "-screen", "0", "1280x1024x24",
             "-nolisten", "tcp", "-noreset"],
            pass_fds=(wfd,), env=env, stdout=xlog, stderr=xlog,
            stdin=subprocess.DEVNULL, start_new_session=True)
        xlog.close()
        os.close(wfd)
        buf = b""
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not buf.endswith(b"\n"):
            r, _, _ = select.select([rfd], [], [], 0.5)
            if r:
                chunk = os.read(rfd, 64)
                if not chunk:
                    break
                buf += chunk
            if self.xvfb.poll() is not None:
                break
        os.close(rfd)
        if not buf.strip():
            raise RuntimeError("Xvfb did not start; see %s/xvfb.log" % self.rundir)
        self.display = ":" + buf.decode().strip()
        return self.display

    def run_inner(self, env, config_path, hard_timeout):
        env = dict(env, DISPLAY=self.display)
        slog = open(os.path.join(self.rundir, "session.log"), "w")
        p = subprocess.Popen(
            ["dbus-run-session", "--", PY, os.path.abspath(__file__),
             "--inner-session", config_path],
            env=env, stdout=slog, stderr=slog, stdin=subprocess.DEVNULL,
            start_new_session=True)
        slog.close()
        try:
            p.wait(hard_timeout)
        except subprocess.TimeoutExpired:
            elog("session exceeded %.0f s; stopping it" % hard_timeout)
            stop_process(p, 3)
            return None
        return p.returncode

    def close(self):
        stop_process(self.xvfb, 3)
        kill_token_processes(self.token)
        time.sleep(0.2)
        reap_orphans()


def ensure_tools(no_install, programs):
    need = {
        "virt-manager": ("virt-manager", shutil.which("virt-manager")
                         or "virt-manager" not in programs),
        "dconf-service": ("dconf-service", os.path.exists("/usr/libexec/dconf-service")),
        "dconf-cli": ("dconf-cli", shutil.which("dconf")),
        "gsettings": ("libglib2.0-bin", shutil.which("gsettings")),
        "Xvfb": ("xvfb", shutil.which("Xvfb")),
        "dbus-run-session": ("dbus-daemon", shutil.which("dbus-run-session")),
        "at-spi2-core": ("at-spi2-core",
                         os.path.exists("/usr/libexec/at-spi-bus-launcher")),
        "pyatspi": ("python3-pyatspi",
                    os.path.isdir("/usr/lib/python3/dist-packages/pyatspi")),
        "virsh": ("libvirt-clients", shutil.which("virsh")),
    }
    missing = sorted(set(pkg for _, (pkg, ok) in need.items() if not ok))
    if not missing:
        return True
    if no_install:
        log("missing packages: %s (and --no-install given)" % " ".join(missing))
        return False
    log("installing missing Debian packages: %s" % " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")

    def install():
        return subprocess.run(
            ["apt-get", "install", "-y", "--no-install-recommends"] + missing,
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            text=True, stdin=subprocess.DEVNULL)
    r = install()
    if r.returncode != 0:
        # maybe the package lists were never fetched on this machine
        subprocess.run(["apt-get", "update"], env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        r = install()
    if r.returncode != 0:
        log("apt-get install failed: %s" % r.stderr.strip()[-500:])
        return False
    return True


def time_virsh(uri, n, runs):
    times = []
    lines = None
    for _ in range(runs):
        t = time.monotonic()
        r = subprocess.run(["virsh", "-c", uri, "list", "--all"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL)
        dt = time.monotonic() - t
        if r.returncode != 0:
            return None, "virsh failed: %s" % r.stderr.decode(errors="replace").strip()
        lines = [l for l in r.stdout.decode("utf-8", "replace").splitlines()[2:]
                 if l.strip()]
        times.append(dt)
    if lines is not None and len(lines) != n:
        return None, "virsh listed %d domains, expected %d" % (len(lines), n)
    return times, None


def median_or_nan(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else float("nan")


def ratio(a, b):
    if a is None or b is None or math.isnan(a) or math.isnan(b) or b == 0:
        return float("nan")
    return a / b


def fmt(x, spec="%.3f"):
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "nan"
    return spec % x


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Benchmark QVirt's VM list against virt-manager and virsh.")
    ap.add_argument("--qvirt", default=os.path.join(REPO, "build", "app", "qvirt"),
                    help="QVirt binary (default: <repo>/build/app/qvirt)")
    ap.add_argument("--virt-manager", default="virt-manager", dest="virt_manager",
                    help="virt-manager command (default: virt-manager)")
    ap.add_argument("--sizes", default="1000,2000",
                    help="comma-separated domain counts (default 1000,2000); "
                    "the RESULT line is for the largest")
    ap.add_argument("--runs", type=int, default=None,
                    help="runs per program and size (default 3; --quick: 1)")
    ap.add_argument("--idle-seconds", type=float, default=None, dest="idle",
                    help="idle CPU window in seconds (default 60; --quick: 10)")
    ap.add_argument("--timeout", type=float, default=60.0,
                    help="seconds a program may take to show the list (default 60)")
    ap.add_argument("--virsh-runs", type=int, default=None,
                    help="virsh list --all runs for the floor (default 5; --quick: 3)")
    ap.add_argument("--poll-ms", type=float, default=30.0,
                    help="AT-SPI polling interval in ms (default 30)")
    ap.add_argument("--programs", default="qvirt,virt-manager",
                    help="which programs to run (default qvirt,virt-manager)")
    ap.add_argument("--qvirt-list-name", default="Virtual machines",
                    help="accessible name of QVirt's VM list")
    ap.add_argument("--virt-manager-list-name", default="vm-list",
                    help="accessible name of virt-manager's VM list")
    ap.add_argument("--extra-rows", type=int, default=1,
                    help="rows besides the domains the list must show "
                    "(the connection row; default 1)")
    ap.add_argument("--quick", action="store_true",
                    help="smoke test: 1 run each, 10 s idle window, 3 virsh runs")
    ap.add_argument("--keep-temp", action="store_true",
                    help="keep the temp dir (host files, logs, per-run JSON)")
    ap.add_argument("--no-install", action="store_true",
                    help="never apt-get install missing packages")
    ap.add_argument("--screenshots", action="store_true",
                    help="save a screenshot of each run (after the idle window, "
                    "or at a failure) in the temp dir; implies --keep-temp")
    ap.add_argument("--json", metavar="PATH",
                    help="also write all per-run results and ratios to PATH")
    ap.add_argument("--inner-session", help=argparse.SUPPRESS)
    ap.add_argument("--inner-watch", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)

    if a.inner_watch:
        with open(a.inner_watch) as f:
            return inner_watch(json.load(f))
    if a.inner_session:
        with open(a.inner_session) as f:
            return inner_session(json.load(f))

    quick = {"runs": 1, "idle": 10.0, "virsh_runs": 3}
    full = {"runs": 3, "idle": 60.0, "virsh_runs": 5}
    for k, v in (quick if a.quick else full).items():
        if getattr(a, k) is None:
            setattr(a, k, v)
    if a.runs < 1 or a.idle < 0 or a.virsh_runs < 1:
        ap.error("--runs and --virsh-runs must be >= 1, --idle-seconds >= 0")
    if a.screenshots:
        a.keep_temp = True
    sizes = [int(s) for s in a.sizes.split(",") if s.strip()]
    programs = [p.strip() for p in a.programs.split(",") if p.strip()]
    qvirt = os.path.abspath(a.qvirt)

    if not ensure_tools(a.no_install, programs):
        log("RESULT list_time_ratio=nan floor_ratio=nan rss_ratio=nan idle_cpu_ratio=nan")
        return 1

    import genhost

    become_subreaper()
    qvirt_stamp = _stamp(qvirt)
    tmp = tempfile.mkdtemp(prefix="qvirt-vmlist-bench-")
    tokens = []

    def on_signal(signum, _frame):
        raise KeyboardInterrupt("signal %d" % signum)

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)

    summary = {}
    status = 0
    try:
        log("QVirt VM-list benchmark  (temp dir %s)" % tmp)
        log("qvirt: %s%s" % (qvirt, "" if os.access(qvirt, os.X_OK) else "  (NOT FOUND)"))
        vmv = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "virt-manager"],
                             capture_output=True, text=True).stdout.strip()
        log("virt-manager: %s %s" % (shutil.which(a.virt_manager) or a.virt_manager, vmv))
        log("sizes %s, %d run(s) each, idle window %.0f s, list timeout %.0f s, "
            "AT-SPI poll %.0f ms" % (sizes, a.runs, a.idle, a.timeout, a.poll_ms))
        for n in sizes:
            host = os.path.join(tmp, "host-%d.xml" % n)
            doms = genhost.write_host(host, n)
            uri = "test://" + host
            names = [d["name"] for d in doms]
            log("")
            log("== %d domains: %s ==" % (n, uri))
            s = summary[n] = {"runs": {}}

            vt, verr = time_virsh(uri, n, a.virsh_runs)
            if verr:
                log("  virsh: %s" % verr)
                s["virsh"] = None
                s["virsh_err"] = verr
            else:
                s["virsh"] = statistics.median(vt)
                log("  virsh list --all: %s s (median of %d: %s)" % (
                    fmt(s["virsh"]), len(vt), " ".join("%.3f" % x for x in vt)))

            for run in range(a.runs):
                order = programs if run % 2 == 0 else list(reversed(programs))
                for prog in order:
                    rundir = os.path.join(tmp, "%d-%s-%d" % (n, prog, run + 1))
                    os.makedirs(rundir)
                    r = run_one(a, prog, qvirt, uri, n, names, rundir, tokens)
                    s["runs"].setdefault(prog, []).append(r)
                    log("  run %d/%d %-12s %s" % (run + 1, a.runs, label(prog),
                                                  describe_run(r)))
    except KeyboardInterrupt as e:
        status = 130
        log("\ninterrupted (%s); cleaning up" % (e or "Ctrl+C"))
    except Exception:
        status = 1
        import traceback
        log("\nbenchmark error; cleaning up\n" + traceback.format_exc())
    finally:
        # No second Ctrl+C may cut the clean-up short.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        for t in tokens:
            kill_token_processes(t)
        time.sleep(0.2)
        reap_orphans()
        if "qvirt" in programs and _stamp(qvirt) != qvirt_stamp:
            log("WARNING: %s changed during the benchmark (rebuilt?); "
                "QVirt runs may mix builds" % qvirt)
        if a.keep_temp:
            log("temp dir kept: %s" % tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    ratios = report(a, sizes, programs, summary)
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"sizes": sizes, "runs": a.runs, "idle_seconds": a.idle,
                       "summary": {str(k): v for k, v in summary.items()},
                       "ratios": {str(k): v for k, v in ratios.items()}},
                      f, indent=1, ensure_ascii=False)
    return status


def _stamp(path):
    try:
        st = os.stat(path)
        return (st.st_mtime_ns, st.st_size)
    except OSError:
        return None


def label(prog):
    return {"qvirt": "QVirt", "virt-manager": "virt-manager"}.get(prog, prog)


def run_one(a, prog, qvirt, uri, n, names, rundir, tokens):
    token = uuid.uuid4().hex
    tokens.append(token)
    if prog == "qvirt":
        if not os.access(qvirt, os.X_OK):
            return {"ok": False, "error": "binary not found: %s" % qvirt}
        argv = [qvirt, "--connect", uri]
        gsettings = []
        list_name = a.qvirt_list_name
    elif prog == "virt-manager":
        vm = shutil.which(a.virt_manager) or a.virt_manager
        argv = [vm, "--no-fork", "--connect", uri]
        gsettings = [
            ["org.virt-manager.virt-manager.stats", "update-interval", "1"],
            # no stored connections, nothing to autoconnect but --connect
            ["org.virt-manager.virt-manager.connections", "uris", "@as []"],
            ["org.virt-manager.virt-manager.connections", "autoconnect", "@as []"],
            ["org.virt-manager.virt-manager", "system-tray", "false"],
        ]
        list_name = a.virt_manager_list_name
    else:
        return {"ok": False, "error": "unknown program %s" % prog}
    cfg = {
        "program": prog, "argv": argv, "rundir": rundir, "gsettings": gsettings,
        "list_name": list_name, "min_rows": n + a.extra_rows, "names": names,
        "timeout": a.timeout, "idle": a.idle, "poll_ms": a.poll_ms,
        "screenshots": a.screenshots,
    }
    cfg_path = os.path.join(rundir, "config.json")
    with open(cfg_path, "w") as f:
        json.dump(cfg, f, ensure_ascii=False)
    sess = Session(rundir, token)
    try:
        env = sess.base_env()
        sess.start_xvfb(env)
        rc = sess.run_inner(env, cfg_path, a.timeout + a.idle + 120)
    except RuntimeError as e:
        return {"ok": False, "error": str(e)}
    finally:
        sess.close()
    try:
        with open(os.path.join(rundir, "result.json")) as f:
            res = json.load(f)
    except (OSError, ValueError):
        res = {"ok": False,
               "error": "session failed (rc %s); see %s" % (rc, rundir),
               "log_tail": _tail(os.path.join(rundir, "session.log"))}
    return res


def describe_run(r):
    if not r.get("ok"):
        msg = "FAILED: %s" % r.get("error")
        if r.get("windows"):
            msg += "\n      windows: %s" % json.dumps(r["windows"], ensure_ascii=False)[:600]
        if r.get("log_tail"):
            msg += "\n      log: " + "\n      log: ".join(r["log_tail"][-5:])
        return msg
    extra = ""
    if not r.get("list_preferred"):
        extra += " [list found by fallback, not by its accessible name]"
    hits, cnt = r.get("sample_hits"), r.get("sample_count")
    samples = [s["text"].replace("\n", " / ") for s in (r.get("samples") or [])[1:3]]
    bad = [s for s in (r.get("samples") or [])[1:] if not s.get("domain")]
    if bad:
        extra += " [sampled rows not matching a domain: %s]" % "; ".join(
            "row %d: %r" % (s["row"], s["text"][:80]) for s in bad)
    return ("list %.3f s (%d rows in %s '%s'; on AT-SPI at %s s), peak RSS %.1f MiB, "
            "idle CPU %.2f s/60 s; sampled rows that are domains: %s/%s e.g. %s%s"
            % (r["list_time"], r["rows"], r.get("list_role"), r.get("list_name"),
               fmt(r.get("app_time"), "%.2f"), r["rss_peak_kb"] / 1024.0,
               r["idle_cpu_per_60s"], hits, cnt, samples, extra))


def report(a, sizes, programs, summary):
    """Print one table per size, then the RESULT line for the largest size."""
    nan = float("nan")
    log("")
    log("=" * 78)
    ratios = {}
    for n in sizes:
        s = summary.get(n)
        if not s:
            continue
        log("%d domains  (median of %d run(s); idle CPU measured over %.0f s, "
            "shown per 60 s)" % (n, a.runs, a.idle))
        hdr = "  %-16s %12s %6s %14s %16s" % ("program", "list time s", "ok",
                                               "peak RSS MiB", "idle CPU s/60s")
        log(hdr)
        log("  " + "-" * (len(hdr) - 2))
        if s.get("virsh") is not None:
            log("  %-16s %12s %6s %14s %16s" % (
                "virsh (floor)", fmt(s["virsh"]),
                "%d/%d" % (a.virsh_runs, a.virsh_runs), "-", "-"))
        else:
            log("  %-16s %12s   %s" % ("virsh (floor)", "FAILED",
                                       s.get("virsh_err")))
        vals = {}
        notes = []
        for prog in programs:
            runs = s["runs"].get(prog, [])
            ok = [r for r in runs if r.get("ok")]
            lt = median_or_nan([r["list_time"] for r in ok])
            rss = median_or_nan([r["rss_peak_kb"] / 1024.0 for r in ok])
            cpu = median_or_nan([r["idle_cpu_per_60s"] for r in ok])
            vals[prog] = (lt, rss, cpu)
            if ok:
                log("  %-16s %12s %6s %14s %16s" % (
                    label(prog), fmt(lt), "%d/%d" % (len(ok), len(runs)),
                    fmt(rss, "%.1f"), fmt(cpu, "%.2f")))
            else:
                log("  %-16s %12s %6s %14s %16s   <- NO LIST SHOWN" % (
                    label(prog), "FAILED", "0/%d" % len(runs), "-", "-"))
            for i, r in enumerate(runs):
                if not r.get("ok"):
                    notes.append("  %s run %d failed: %s" % (
                        label(prog), i + 1, r.get("error")))
        q = vals.get("qvirt", (nan,) * 3)
        v = vals.get("virt-manager", (nan,) * 3)
        r = ratios[n] = {
            "list_time_ratio": ratio(q[0], v[0]),
            "floor_ratio": ratio(q[0], s.get("virsh")),
            "rss_ratio": ratio(q[1], v[1]),
            "idle_cpu_ratio": ratio(q[2], v[2]),
        }
        log("  %-16s %12s %6s %14s %16s" % (
            "QVirt/virt-mgr", fmt(r["list_time_ratio"]), "",
            fmt(r["rss_ratio"]), fmt(r["idle_cpu_ratio"])))
        log("  %-16s %12s" % ("QVirt/virsh", fmt(r["floor_ratio"])))
        log("  %-16s %12s" % ("virt-mgr/virsh", fmt(ratio(v[0], s.get("virsh")))))
        for line in notes:
            log(line)
        log("")
    big = max(ratios) if ratios else None
    r = ratios.get(big) or dict.fromkeys(
        ["list_time_ratio", "floor_ratio", "rss_ratio", "idle_cpu_ratio"], nan)
    if big is not None:
        log("(the RESULT line is for %d domains: QVirt/virt-manager, QVirt/virsh)" % big)
    log("RESULT list_time_ratio=%s floor_ratio=%s rss_ratio=%s idle_cpu_ratio=%s" % (
        fmt(r["list_time_ratio"]), fmt(r["floor_ratio"]), fmt(r["rss_ratio"]),
        fmt(r["idle_cpu_ratio"])))
    return ratios


if __name__ == "__main__":
    sys.exit(main())
