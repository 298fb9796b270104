#!/usr/bin/env bash
# Installs what is missing, builds with -Werror, starts a real libvirtd + QEMU
# (TCG) when none answers, and runs every test with ctest. Exits non-zero on any
# failure; integration tests that cannot reach the daemon fail, they do not skip.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages "${QVIRT_PACKAGES[@]}" "${QVIRT_TEST_PACKAGES[@]}"
configure_and_build "$QVIRT_ROOT/build-test" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQVIRT_WERROR=ON -DQVIRT_BUILD_TESTS=ON
start_libvirt || echo "qvirt: no libvirtd: the integration tests will fail" >&2
cd "$QVIRT_ROOT/build-test"
exec ctest --output-on-failure --parallel 2 --timeout 900
