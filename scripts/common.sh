# Shared by run.sh and test.sh: package installation and the local libvirt host.
# Sourced, not run.

QVIRT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Build and run-time packages (Debian 12).
QVIRT_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6 libqcustomplot-dev libqcustomplot2.1-qt6
    libvirt-dev libvncserver-dev libxcb1-dev libxcb-render0-dev
    libvirt-daemon-system libvirt-clients qemu-system-x86 qemu-utils dnsmasq-base
    fonts-noto-cjk fonts-noto-color-emoji openssh-client
    libharfbuzz-bin python3
    pci.ids usb.ids
    libosinfo-1.0-dev osinfo-db ovmf
)

# Only the tests need these: a private sshd plays the remote host. (libvirt
# starts no virtual network with an IP address without dnsmasq: "Cannot check
# dnsmasq binary"; dnsmasq-base is among the run-time packages above.)
# virt-viewer: remote-viewer, which the SPICE console test starts on a SPICE guest.
QVIRT_TEST_PACKAGES=(openssh-server openssl xvfb xorriso virt-viewer)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "qvirt: '$*' needs root and sudo is not installed" >&2
        return 1
    fi
}

install_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "qvirt: installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        -o Dpkg::Options::=--force-confold "${missing[@]}"
}

system_daemon_answers() {
    timeout 10 virsh -c qemu:///system version >/dev/null 2>&1
}

# Starts virtlogd and libvirtd when no system instance answers (machines
# without systemd). Returns non-zero when it cannot.
start_libvirt() {
    system_daemon_answers && return 0
    if [ "$(id -u)" -ne 0 ] && ! sudo -n true 2>/dev/null; then
        echo "qvirt: no system libvirtd answers and starting one needs root" >&2
        return 1
    fi
    # What udev does on a normal host: without it /dev/kvm stays root-only and
    # libvirt re-probes QEMU on every call, taking ~40 s per domain definition.
    if [ -c /dev/kvm ] && [ "$(stat -c %G /dev/kvm)" != kvm ] && getent group kvm >/dev/null; then
        as_root chgrp kvm /dev/kvm && as_root chmod 0660 /dev/kvm
    fi
    pgrep -x virtlogd >/dev/null || as_root virtlogd -d
    pgrep -x libvirtd >/dev/null || as_root libvirtd -d
    local i
    for i in $(seq 1 60); do
        system_daemon_answers && return 0
        sleep 0.5
    done
    echo "qvirt: libvirtd did not answer on qemu:///system" >&2
    return 1
}

configure_and_build() {
    local dir="$1"; shift
    cmake -S "$QVIRT_ROOT" -B "$dir" -G Ninja "$@"
    cmake --build "$dir" --parallel "$(nproc)"
}
