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
TOKEN_VAR = "QVIRT_VMLIST_BENCH_TOKEN"

sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(REPO, "bench", "common"))
sys.dont_write_bytecode = True  # keep bench/ free of __pycache__

import benchlib  # noqa: E402  (Xvfb, D-Bus, AT-SPI, /proc, process clean-up)
from benchlib import PY, elog, log, stop_process, reap_orphans, become_subreaper  # noqa: E402,F401


def kill_token_processes(token, grace=3.0):
    """End every process whose environment carries our run token (the
    Xvfb, dbus-daemons, AT-SPI bus/registry, dconf-service and apps that
    this benchmark started).  Only those processes are touched."""
    return benchlib.ProcessTag(TOKEN_VAR, token).kill_all(grace)


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
    if cfg.get("gsettings"):
        # A value read back by another process proves a persistent backend;
        # the dconf database file proves it is dconf in this session's HOME.
        gs_ok, details = benchlib.apply_gsettings([tuple(x) for x in cfg["gsettings"]])
        res["gsettings"] = details["values"]
        res["dconf_db"] = details.get("dconf_db")
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
    reader = benchlib.JsonLines(watcher)
    events = reader.events
    read_event = reader.next

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
    reader.other = app
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
        res["rss_peak_kb"] = benchlib.proc_status_kb(app.pid, "VmHWM")
        if cfg.get("screenshots"):
            res["screenshot"] = benchlib.screenshot(os.environ["DISPLAY"], os.path.join(rundir, "failed.png"))
        stop_process(app)
        res["log_tail"] = benchlib.tail_lines(os.path.join(rundir, "app.log"))
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
    res["rss_at_list_kb"] = benchlib.proc_status_kb(app.pid, "VmRSS")

    # 4. Idle window: nobody talks to the app; it only polls its stats.
    idle = cfg["idle"]
    c0 = benchlib.tree_cpu(app.pid)
    ti = time.monotonic()
    while time.monotonic() - ti < idle:
        if app.poll() is not None:
            break
        time.sleep(min(0.5, max(0.0, idle - (time.monotonic() - ti))))
    if app.poll() is not None:
        res["error"] = "%s exited (code %s) during the idle window" % (
            os.path.basename(argv[0]), app.returncode)
        res["log_tail"] = benchlib.tail_lines(os.path.join(rundir, "app.log"))
        finish()
        return 1
    c1 = benchlib.tree_cpu(app.pid)
    span = time.monotonic() - ti
    res["idle_window"] = span
    res["idle_cpu"] = c1 - c0
    res["idle_cpu_per_60s"] = (c1 - c0) * 60.0 / span if span > 0 else None
    res["rss_peak_kb"] = benchlib.proc_status_kb(app.pid, "VmHWM")
    res["rss_end_kb"] = benchlib.proc_status_kb(app.pid, "VmRSS")
    res["threads"] = benchlib.proc_status_kb(app.pid, "Threads")
    res["ok"] = True
    if cfg.get("screenshots"):
        res["screenshot"] = benchlib.screenshot(os.environ["DISPLAY"], os.path.join(rundir, "after-idle.png"))
    stop_process(app)
    finish()
    return 0


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
        env = benchlib.fresh_home_env(os.path.join(self.rundir, "home"),
                                      runtime=os.path.join(self.rundir, "runtime"))
        env.update({
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "QT_QPA_PLATFORM": "xcb",
            "GDK_BACKEND": "x11",
            TOKEN_VAR: self.token,
        })
        if os.environ.get("VMLIST_BENCH_DEBUG"):
            env["VMLIST_BENCH_DEBUG"] = "1"
        return env

    def start_xvfb(self, env):
        self.xvfb, self.display = benchlib.start_xvfb(
            "1280x1024x24", env=env, log_path=os.path.join(self.rundir, "xvfb.log"))
        return self.display

    def run_inner(self, env, config_path, hard_timeout):
        env = dict(env, DISPLAY=self.display)
        p = benchlib.dbus_session(
            [PY, os.path.abspath(__file__), "--inner-session", config_path],
            env, os.path.join(self.rundir, "session.log"))
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
    err = benchlib.ensure_packages(missing, no_install, log)
    if err:
        log(err)
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
            return benchlib.atspi_list_watch(json.load(f))
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
               "log_tail": benchlib.tail_lines(os.path.join(rundir, "session.log"))}
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
