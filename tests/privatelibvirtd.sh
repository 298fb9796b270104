#!/usr/bin/env bash
# A libvirtd of its own for the tests that kill or freeze the daemon: others run
# their integration tests against the shared system daemon at the same time.
#
#   privatelibvirtd.sh PROGRAM [ARGS...]   starts a private daemon, runs PROGRAM
#                                          against it, then removes the daemon with
#                                          every guest it started (also when PROGRAM
#                                          crashes); exits with PROGRAM's status
#   privatelibvirtd.sh --start DIR         (re)starts the daemon of DIR, in its
#                                          namespace, and waits until it answers
#
# The daemon is the system one (qemu:///system, QEMU as libvirt-qemu) in a mount
# namespace of its own: /run/libvirt, /var/lib/libvirt, /var/cache/libvirt,
# /var/log/libvirt and /etc/libvirt are empty directories (a copy of the
# configuration) under DIR there, so it sees none of the shared daemon's guests,
# networks or pools and they see none of its. Its sockets lie outside, in DIR/sock,
# where the test reaches them. PROGRAM gets
#   QVIRT_TEST_URI                 qemu+unix:///system?socket=DIR/sock/libvirt-sock
#   QVIRT_PRIVATE_LIBVIRTD_DIR     DIR (libvirtd.pid, images/ for disk images)
#   QVIRT_PRIVATE_LIBVIRTD         this script, to start the daemon again
# Needs root (mount namespaces), util-linux (unshare, nsenter) and libvirt-daemon-system.
set -euo pipefail

socket_of() { echo "$1/sock/libvirt-sock"; }
uri_of() { echo "qemu+unix:///system?socket=$(socket_of "$1")"; }

answers() {
    timeout 10 virsh -q -c "$(uri_of "$1")" version >/dev/null 2>&1
}

start_daemon() {
    local dir="$1" holder i
    holder=$(cat "$dir/holder.pid")
    nsenter -t "$holder" -m -- libvirtd -d --config "$dir/libvirtd.conf" --pid-file "$dir/libvirtd.pid"
    # The parent returns before the drivers are up: wait until it answers.
    for i in $(seq 1 300); do
        answers "$dir" && return 0
        sleep 0.1
    done
    echo "privatelibvirtd: the daemon in $dir does not answer (see $dir/libvirtd.log)" >&2
    return 1
}

# Every process in the daemon's mount namespace: the daemon and its guests
# (namespaces = [] in qemu.conf keeps QEMU in it), not the holder itself.
namespace_processes() {
    local dir="$1" holder ns
    holder=$(cat "$dir/holder.pid" 2>/dev/null) || return 0
    ns=$(readlink "/proc/$holder/ns/mnt" 2>/dev/null) || return 0
    ns=${ns#mnt:[}
    ns=${ns%]}
    find /proc/[0-9]*/ns/mnt -maxdepth 0 -lname "mnt:?$ns?" 2>/dev/null \
        | sed 's,^/proc/\([0-9]*\)/.*,\1,' | grep -v -x "$holder" || true
}

teardown() {
    local dir="$1" pid name
    pid=$(cat "$dir/libvirtd.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -CONT "$pid" 2>/dev/null || true # a test that failed while it was frozen
        if answers "$dir"; then
            for name in $(virsh -q -c "$(uri_of "$dir")" list --name 2>/dev/null); do
                virsh -q -c "$(uri_of "$dir")" destroy "$name" >/dev/null 2>&1 || true
            done
        fi
        # Its guests are gone; it takes ten seconds to stop by itself.
        kill -KILL "$pid" 2>/dev/null || true
    fi
    # Whatever is left (a daemon that was killed leaves its guests running).
    for pid in $(namespace_processes "$dir"); do
        kill -KILL "$pid" 2>/dev/null || true
    done
    pid=$(cat "$dir/holder.pid" 2>/dev/null || true)
    if [ -n "$pid" ]; then
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
}

if [ "${1:-}" = "--start" ]; then
    start_daemon "$2"
    exit $?
fi
if [ $# -lt 1 ]; then
    echo "usage: $0 PROGRAM [ARGS...] | $0 --start DIR" >&2
    exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "privatelibvirtd: needs root for a mount namespace of its own" >&2
    exit 1
fi

dir=$(mktemp -d /tmp/qvirt-libvirtd.XXXXXX)
chmod 0755 "$dir"
trap 'teardown "$dir"' EXIT
trap 'exit 130' INT TERM HUP PIPE

mkdir -p "$dir/sock" "$dir/run" "$dir/lib/qemu" "$dir/lib/images" "$dir/cache/qemu" "$dir/log/qemu" \
         "$dir/etc/qemu" "$dir/etc/storage" "$dir/etc/secrets" "$dir/images"
chmod 0700 "$dir/sock"
chmod 0755 "$dir/images"
chown libvirt-qemu:libvirt-qemu "$dir/lib/qemu" 2>/dev/null || true
# QEMU's capabilities as the shared daemon found them: no probe at start.
cp -a /var/cache/libvirt/qemu/capabilities "$dir/cache/qemu/" 2>/dev/null || true
cp -a /etc/libvirt/nwfilter "$dir/etc/" 2>/dev/null || true
cp /etc/libvirt/libvirt.conf "$dir/etc/" 2>/dev/null || true
# QEMU's output to files (no virtlogd here), in the daemon's namespace, and
# display ports away from the shared daemon's. A host UUID of its own: libvirt
# moves guests only between hosts whose UUIDs differ.
{
    grep -v -E '^\s*(stdio_handler|namespaces|remote_display_port_min|remote_display_port_max|migration_address|migration_host)\s*=' /etc/libvirt/qemu.conf || true
    echo 'stdio_handler = "file"'
    echo 'namespaces = [ ]'
    echo 'remote_display_port_min = 25900'
    echo 'remote_display_port_max = 26899'
} > "$dir/etc/qemu.conf"
chmod 0600 "$dir/etc/qemu.conf"
cat > "$dir/libvirtd.conf" <<EOF
unix_sock_dir = "$dir/sock"
unix_sock_rw_perms = "0700"
unix_sock_ro_perms = "0700"
auth_unix_rw = "none"
auth_unix_ro = "none"
log_outputs = "3:file:$dir/libvirtd.log"
host_uuid = "$(cat /proc/sys/kernel/random/uuid)"
EOF

unshare -m --propagation private -- sleep infinity &
echo $! > "$dir/holder.pid"
# Mount nothing before the holder has its own namespace: that would cover the
# shared daemon's directories.
for i in $(seq 1 100); do
    [ "$(readlink /proc/$!/ns/mnt)" != "$(readlink /proc/self/ns/mnt)" ] && break
    sleep 0.05
done
if [ "$(readlink /proc/$!/ns/mnt)" = "$(readlink /proc/self/ns/mnt)" ]; then
    echo "privatelibvirtd: no mount namespace of its own" >&2
    exit 1
fi
mkdir -p /run/libvirt /var/lib/libvirt /var/cache/libvirt /var/log/libvirt /etc/libvirt
nsenter -t "$(cat "$dir/holder.pid")" -m -- sh -e -c "
    mount --bind '$dir/run' /run/libvirt
    mount --bind '$dir/lib' /var/lib/libvirt
    mount --bind '$dir/cache' /var/cache/libvirt
    mount --bind '$dir/log' /var/log/libvirt
    mount --bind '$dir/etc' /etc/libvirt
"
start_daemon "$dir"

status=0
QVIRT_TEST_URI="$(uri_of "$dir")" QVIRT_PRIVATE_LIBVIRTD_DIR="$dir" \
    QVIRT_PRIVATE_LIBVIRTD="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")" \
    "$@" || status=$?
exit $status
