#!/bin/sh
# Build the QVirt test guest disk image without CMake (GNU binutils and gcc,
# all in build-essential; gcc -m32 -c needs no 32-bit libraries).
#   tests/guest/build.sh OUTPUT.img
# FPS=N in the environment sets the frame-rate limit (default 60, 0 = start
# unthrottled); see README.md.
set -eu

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTPUT.img" >&2
    exit 2
fi
out=$1
src=$(cd "$(dirname "$0")" && pwd)
fps=${FPS:-60}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

as --32 --defsym FPS="$fps" -o "$tmp/guest.o" "$src/guest.s"
gcc -m32 -ffreestanding -fno-pic -fno-stack-protector -nostdlib -O2 \
    -fno-asynchronous-unwind-tables -Wall -Wextra \
    -c -o "$tmp/agent.o" "$src/agent.c"
ld -m elf_i386 -T "$src/guest.ld" -o "$tmp/guest.elf" "$tmp/guest.o" "$tmp/agent.o"
# Raw image of 1 MiB: the program is linked at 0x7C00, so pad to 0x7C00 + 1 MiB.
objcopy -O binary --gap-fill 0 --pad-to 0x107c00 "$tmp/guest.elf" "$tmp/guest.img"
chmod 644 "$tmp/guest.img"
mv "$tmp/guest.img" "$out"
