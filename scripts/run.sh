#!/usr/bin/env bash
# Installs what is missing, builds, and opens QVirt on the local QEMU host.
# Arguments go to qvirt (for example --connect qemu+ssh://root@host/system).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages "${QVIRT_PACKAGES[@]}"
configure_and_build "$QVIRT_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQVIRT_BUILD_TESTS=OFF
# QVirt picks qemu:///system when it answers, else qemu:///session (which
# libvirt starts by itself for the user).
start_libvirt || echo "qvirt: continuing with the per-user session (qemu:///session)" >&2
exec "$QVIRT_ROOT/build/app/qvirt" "$@"
