#!/usr/bin/env bash
# Installs what is missing, builds with -Werror, starts a real libvirtd + QEMU
# (TCG) when none answers, and runs the integration tests on it. Then builds
# the tests under sanitizers and runs them there: the unit and GUI tests under
# AddressSanitizer + UndefinedBehaviorSanitizer, the console and connection
# tests under ThreadSanitizer. Exits non-zero on any failure; integration tests
# that cannot reach the daemon fail, they do not skip.
#
# QVIRT_SANITIZERS=0 skips the two sanitizer builds and runs every test in the
# optimised build instead (a quicker local run).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages "${QVIRT_PACKAGES[@]}" "${QVIRT_TEST_PACKAGES[@]}"
# Line tables (-g1) are all a failing test or a sanitizer report needs: full
# debug info made each of the ~90 test programs ~100 MB and its link three
# times longer. gold (binutils) links them about twice as fast as ld.bfd.
# Together they take minutes off each of the three builds below.
test_build_flags() { # optimisation level
    echo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O$1 -g1 -DNDEBUG"
}
start_libvirt || echo "qvirt: no libvirtd: the integration tests will fail" >&2

failed=()
stage() { # name, then the command
    local name="$1"; shift
    local start=$SECONDS
    echo "qvirt: == $name =="
    if "$@"; then
        echo "qvirt: $name passed in $((SECONDS - start)) s"
    else
        echo "qvirt: $name FAILED after $((SECONDS - start)) s" >&2
        failed+=("$name")
    fi
}

# The build targets behind the tests ctest selects with these options
# (a test named qvirt_* runs the app).
test_targets() {
    local dir="$1"; shift
    ctest --test-dir "$dir" -N "$@" | sed -n 's/^ *Test *#[0-9]*: *//p' \
        | sed 's/^qvirt_.*/qvirt/; /^translations_complete$/d' | sort -u
}

# The optimised build: the app, the benchmarks and the integration tests,
# which run here against the real libvirtd. The unit and GUI tests run once,
# in the ASan+UBSan build below (with QVIRT_SANITIZERS=0, here instead):
# building them twice took a quarter of the CI time.
normal="$QVIRT_ROOT/build-test"
cmake -S "$QVIRT_ROOT" -B "$normal" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQVIRT_WERROR=ON -DQVIRT_BUILD_TESTS=ON \
    "$(test_build_flags 2)" -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=gold
if [ "${QVIRT_SANITIZERS:-1}" != 0 ]; then
    normal_tests=(-L integration)
else
    normal_tests=()
fi
# shellcheck disable=SC2046
cmake --build "$normal" --parallel "$(nproc)" --target qvirt qvirt-console-bench qvirt-bench-vncserver \
    $(test_targets "$normal" "${normal_tests[@]}")
stage "tests" ctest --test-dir "$normal" --output-on-failure --parallel 2 --timeout 900 "${normal_tests[@]}"

sanitized() { # build dir, sanitizers, then ctest's test selection
    local dir="$1" sanitize="$2"; shift 2
    # -O1: what the sanitizers' own documentation advises (faster to build,
    # stacks as the source reads).
    cmake -S "$QVIRT_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQVIRT_WERROR=ON \
        -DQVIRT_BUILD_TESTS=ON -DQVIRT_BUILD_BENCH=OFF -DQVIRT_SANITIZE="$sanitize" \
        "$(test_build_flags 1)" -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=gold >/dev/null
    local targets
    targets=$(test_targets "$dir" "$@")
    # shellcheck disable=SC2086
    cmake --build "$dir" --parallel "$(nproc)" --target $targets &&
        ctest --test-dir "$dir" --output-on-failure --parallel 2 --timeout 1800 "$@"
}

if [ "${QVIRT_SANITIZERS:-1}" != 0 ]; then
    stage "unit and GUI tests under ASan+UBSan" \
        sanitized "$QVIRT_ROOT/build-asan" address,undefined -L 'unit|gui' -LE integration
    # (tst_consoleview is not among them: its smooth fit-to-window scaling runs
    # inside Qt's image scaler, which splits the work over Qt's own thread
    # pool, and TSan cannot see those hand-offs in Debian's uninstrumented Qt.
    # The VNC thread's side of the console is tst_vncclient's.)
    # The console tests, and the connection tests: a connection's worker
    # thread on libvirt's test driver, and on the real libvirtd the ones that
    # keep the worker busiest per second (lifecycle and its events, definition
    # edits, a daemon restarted and frozen under an open connection). Debian's
    # Qt is not built with TSan: QVirt declares its own hand-overs through Qt
    # (models/handover.h), and tests/sanitizers/tsan.supp says what else it
    # drops and why.
    stage "console and connection tests under TSan" \
        sanitized "$QVIRT_ROOT/build-tsan" thread \
        -R '^(tst_vncclient|tst_xconsole|tst_connection|tst_connectionmanager|tst_domainlistmodel|tst_integration_lifecycle|tst_integration_definitions|tst_integration_reconnect)$'
fi

if [ ${#failed[@]} -gt 0 ]; then
    printf 'qvirt: failed: %s\n' "${failed[@]}" >&2
    exit 1
fi
echo "qvirt: every test passed"
