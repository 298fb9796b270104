# QVirt test guest: a tiny BIOS-bootable program that animates a verifiable
# pattern on a VBE linear framebuffer and echoes PS/2 scancodes on screen.
# GNU as (AT&T syntax), 16-bit real-mode start-up + 32-bit protected-mode main.
# The screen layout, the colour formula and the keys are documented in
# README.md next to this file; keep both in step.
#
# Build (see build.sh / CMakeLists.txt):
#   as --32 [--defsym FPS=60] -o guest.o guest.s
#   gcc -m32 -ffreestanding -fno-pic -fno-stack-protector -nostdlib -O2 \
#       -fno-asynchronous-unwind-tables -c -o agent.o agent.c
#   ld -m elf_i386 -T guest.ld -o guest.elf guest.o agent.o
#   objcopy -O binary --pad-to 0x107c00 guest.elf qvirt-test-guest.img
#
# Memory map (all below 64 KiB so real-mode offsets equal linear addresses):
#   0x0600  VBE controller info buffer (512 bytes)
#   0x0800  VBE mode info buffer (256 bytes)
#   0x1000  protected-mode IDT (48 gates)
#   ..7C00  stack (grows down)
#   0x7C00  boot sector, 0x7E00 the rest of this program (STAGE2_SECTORS)
#   0x100000.. the clipboard agent's vrings and buffers (agent.c)

# Frame-rate limit in frames per second (PIT channel 0 + hlt). 0 starts
# unthrottled (the 'f' key then toggles a 60 Hz limit on). Otherwise 19..1000.
        .ifndef FPS
        .set    FPS, 60
        .endif
        .if     FPS
        .set    TIMER_HZ, FPS
        .set    THROTTLE_DEFAULT, 1
        .else
        .set    TIMER_HZ, 60
        .set    THROTTLE_DEFAULT, 0
        .endif
        .if     (TIMER_HZ < 19) || (TIMER_HZ > 1000)
        .error  "FPS must be 0 or 19..1000"
        .endif
        .set    PIT_DIVISOR, 1193182 / TIMER_HZ

        .set    VBE_INFO, 0x0600
        .set    MODE_INFO, 0x0800
        .set    IDT_BASE, 0x1000
        .set    IDT_ENTRIES, 48
        .set    STACK_TOP, 0x7C00
        .set    STAGE2_SECTORS, 31      # loaded by the boot sector; see guest.ld

        .set    PIC1_MASK, 0xFC         # IRQ0 (timer) and IRQ1 (keyboard) on

        .set    CODE32, 0x08
        .set    DATA32, 0x10
        .set    CODE16, 0x18
        .set    DATA16, 0x20

        # mode table entries (see mode_tab)
        .set    MT_W, 0
        .set    MT_H, 2
        .set    MT_NUM, 4
        .set    MT_PITCH, 6
        .set    MT_LFB, 8
        .set    MT_SIZE, 12
        .set    MT_COUNT, 3

        # screen layout
        .set    BLOCK, 16               # tile and bit-block size in pixels
        .set    STRIP_BLOCKS, 40        # top strip / key strip width in blocks
        .set    WHITE, 0x00FFFFFF
        .set    BLACK, 0x00000000
        .set    GREY, 0x00808080

        # scancodes (set 1) of the command keys
        .set    SC_1, 0x02
        .set    SC_2, 0x03
        .set    SC_3, 0x04
        .set    SC_R, 0x13
        .set    SC_P, 0x19
        .set    SC_F, 0x21
        .set    SC_W, 0x11
        .set    SC_F9, 0x43             # the clipboard agent grabs its text (agent.c)

        # the sector the 'w' key writes: past the program, inside the image
        .set    WRITE_LBA, 32

        # COM1, a 16550: the serial log (README.md, "Serial log")
        .set    COM1, 0x3F8

# ---------------------------------------------------------------------------
# Boot sector (0x7C00): load the rest from disk and jump to it.
        .section .boot, "ax"
        .code16
        .globl  _start
_start:
        cli
        ljmp    $0, $boot_cs0
boot_cs0:
        xorw    %ax, %ax
        movw    %ax, %ds
        movw    %ax, %es
        movw    %ax, %ss
        movw    $STACK_TOP, %sp
        sti
        cld
        movb    %dl, boot_drive

        movw    $3, %si                 # tries
load_try:
        movw    $0x7E00, %bx            # es:bx = 0:7E00
        movw    $(0x0200 + STAGE2_SECTORS), %ax  # read STAGE2_SECTORS sectors
        movw    $0x0002, %cx            # cylinder 0, sector 2
        xorb    %dh, %dh                # head 0
        movb    boot_drive, %dl
        int     $0x13
        jnc     stage2
        xorb    %ah, %ah                # reset the drive and retry
        movb    boot_drive, %dl
        int     $0x13
        decw    %si
        jnz     load_try
        movw    $msg_disk, %si
        # fall through

# Print the NUL-terminated string at ds:si with the BIOS and halt forever.
fatal16:
        lodsb
        testb   %al, %al
        jz      1f
        movb    $0x0E, %ah
        movw    $0x0007, %bx
        int     $0x10
        jmp     fatal16
1:      cli
        hlt
        jmp     1b

msg_disk:
        .asciz  "qvirt-test-guest: disk read failed"
boot_drive:
        .byte   0

# ---------------------------------------------------------------------------
# Stage 2 (0x7E00), still real mode: VBE, PIC, PIT, then protected mode.
        .text
        .code16
stage2:
        # A20 on (fast gate); the framebuffer offsets need address bit 20.
        inb     $0x92, %al
        orb     $0x02, %al
        andb    $0xFE, %al
        outb    %al, $0x92

        # VBE controller info: mode list.
        movl    $0x32454256, VBE_INFO   # "VBE2": ask for VBE 2.0+ information
        movw    $0x4F00, %ax
        movw    $VBE_INFO, %di
        int     $0x10
        cmpw    $0x004F, %ax
        jne     no_vbe
        lfsw    VBE_INFO + 14, %si      # fs:si = video mode list

scan_modes:
        movw    %fs:(%si), %cx
        cmpw    $0xFFFF, %cx
        je      scan_done
        addw    $2, %si
        pushw   %fs
        pushw   %si
        pushw   %cx
        movw    $0x4F01, %ax            # mode info for mode cx into es:di
        movw    $MODE_INFO, %di
        int     $0x10
        popw    %cx
        popw    %si
        popw    %fs
        cmpw    $0x004F, %ax
        jne     scan_modes
        movb    MODE_INFO, %al          # attributes: supported, graphics, LFB
        andb    $0x91, %al
        cmpb    $0x91, %al
        jne     scan_modes
        cmpb    $32, MODE_INFO + 0x19   # bits per pixel
        jne     scan_modes
        cmpb    $6, MODE_INFO + 0x1B    # memory model: direct colour
        jne     scan_modes
        movw    MODE_INFO + 0x12, %ax   # width
        movw    MODE_INFO + 0x14, %dx   # height
        xorw    %bx, %bx
1:      cmpw    mode_tab + MT_W(%bx), %ax
        jne     2f
        cmpw    mode_tab + MT_H(%bx), %dx
        jne     2f
        cmpw    $0, mode_tab + MT_NUM(%bx)
        jne     scan_modes              # first match wins
        movw    %cx, mode_tab + MT_NUM(%bx)
        movw    MODE_INFO + 0x10, %ax   # bytes per scan line
        movw    %ax, mode_tab + MT_PITCH(%bx)
        movl    MODE_INFO + 0x28, %eax  # physical address of the LFB
        movl    %eax, mode_tab + MT_LFB(%bx)
        jmp     scan_modes
2:      addw    $MT_SIZE, %bx
        cmpw    $(MT_SIZE * MT_COUNT), %bx
        jb      1b
        jmp     scan_modes

scan_done:
        # The first mode of the table that exists is the start mode.
        xorw    %ax, %ax
        xorw    %bx, %bx
1:      cmpw    $0, mode_tab + MT_NUM(%bx)
        jne     2f
        incw    %ax
        addw    $MT_SIZE, %bx
        cmpw    $MT_COUNT, %ax
        jb      1b
        movw    $msg_nomode, %si
        jmp     fatal16
2:      movw    %ax, boot_mode
        call    rm_set_mode
        cmpw    $0x004F, %ax
        je      3f
        movw    $msg_setmode, %si
        jmp     fatal16
no_vbe:
        movw    $msg_novbe, %si
        jmp     fatal16

3:      cli
        # PIC: IRQs to vectors 0x20..0x2F, everything masked but IRQ0 (timer)
        # and IRQ1 (keyboard: it only wakes the hlt in frame_wait, the data
        # is polled).
        movb    $0x11, %al
        outb    %al, $0x20
        outb    %al, $0xA0
        movb    $0x20, %al
        outb    %al, $0x21
        movb    $0x28, %al
        outb    %al, $0xA1
        movb    $0x04, %al
        outb    %al, $0x21
        movb    $0x02, %al
        outb    %al, $0xA1
        movb    $0x01, %al
        outb    %al, $0x21
        outb    %al, $0xA1
        movb    $0xFF, %al
        outb    %al, $0xA1
        movb    $PIC1_MASK, %al
        outb    %al, $0x21
        # PIT channel 0: mode 2 (rate generator) at TIMER_HZ.
        movb    $0x34, %al
        outb    %al, $0x43
        movb    $(PIT_DIVISOR & 0xFF), %al
        outb    %al, $0x40
        movb    $(PIT_DIVISOR >> 8), %al
        outb    %al, $0x40

        # Protected mode.
        lgdtl   gdt_desc
        movl    %cr0, %eax
        orl     $1, %eax
        movl    %eax, %cr0
        ljmpl   $CODE32, $pm_start

# Set VBE mode table entry ax (real mode). Returns the VBE status in ax.
rm_set_mode:
        imulw   $MT_SIZE, %ax, %bx
        movw    mode_tab + MT_NUM(%bx), %bx
        orw     $0x4000, %bx            # use the linear framebuffer
        movw    $0x4F02, %ax
        int     $0x10
        ret

# ---------------------------------------------------------------------------
# Switch to VBE mode table entry eax from protected mode: drop to real mode,
# call the BIOS, come back. Returns the VBE status (0x4F = ok) in eax.
        .code32
pm_set_mode:
        pushal
        movw    %ax, thunk_arg
        movb    $0xFF, %al              # no IRQ while the BIOS runs
        outb    %al, $0x21
        lidt    rm_idt_desc
        ljmp    $CODE16, $1f
        .code16
1:      movw    $DATA16, %ax
        movw    %ax, %ds
        movw    %ax, %es
        movw    %ax, %fs
        movw    %ax, %gs
        movw    %ax, %ss
        movl    %cr0, %eax
        andl    $0xFFFFFFFE, %eax
        movl    %eax, %cr0
        ljmp    $0, $2f
2:      xorw    %ax, %ax
        movw    %ax, %ds
        movw    %ax, %es
        movw    %ax, %fs
        movw    %ax, %gs
        movw    %ax, %ss
        movw    thunk_arg, %ax
        call    rm_set_mode
        movw    %ax, thunk_arg
        cli
        lgdtl   gdt_desc
        movl    %cr0, %eax
        orl     $1, %eax
        movl    %eax, %cr0
        ljmpl   $CODE32, $3f
        .code32
3:      movw    $DATA32, %ax
        movw    %ax, %ds
        movw    %ax, %es
        movw    %ax, %fs
        movw    %ax, %gs
        movw    %ax, %ss
        lidt    pm_idt_desc
        movb    $PIC1_MASK, %al
        outb    %al, $0x21
        popal
        movzwl  thunk_arg, %eax
        ret

# ---------------------------------------------------------------------------
# 32-bit protected mode.
pm_start:
        movw    $DATA32, %ax
        movw    %ax, %ds
        movw    %ax, %es
        movw    %ax, %fs
        movw    %ax, %gs
        movw    %ax, %ss
        movl    $STACK_TOP, %esp
        cld

        # IDT: exceptions halt, IRQ0 counts ticks, other IRQs just EOI.
        movl    $IDT_BASE, %edi
        xorl    %ecx, %ecx
1:      movl    $isr_fatal, %eax
        cmpl    $0x20, %ecx
        jb      2f
        movl    $isr_timer, %eax
        je      2f
        movl    $isr_other, %eax
2:      movl    %eax, %edx
        andl    $0x0000FFFF, %eax
        orl     $(CODE32 << 16), %eax
        movl    %eax, (%edi)
        andl    $0xFFFF0000, %edx
        orl     $0x8E00, %edx           # present, DPL 0, 32-bit interrupt gate
        movl    %edx, 4(%edi)
        addl    $8, %edi
        incl    %ecx
        cmpl    $IDT_ENTRIES, %ecx
        jb      1b
        lidt    pm_idt_desc

        call    serial_init
        movl    $msg_ready, %esi
        call    serial_puts
        call    agent_init              # agent.c: virtio console + vdagent

        movzwl  boot_mode, %eax
        movl    %eax, want_mode
        call    apply_mode

main_loop:
        # draw_tiles: whole frame unless paused (a mode switch forces one).
        movl    force_full, %eax
        movl    $0, force_full
        movl    paused, %edx
        movl    %edx, frame_paused
        xorl    $1, %edx
        orl     %edx, %eax
        movl    %eax, draw_tiles
        cmpl    $0, frame_paused        # a new frame number unless paused, so
        jne     1f                      # the counter always shows the frame
        incl    frame                   # the tiles were drawn for
1:      call    draw_frame
        call    kbd_poll
        call    agent_poll              # agent.c (C: keeps ebx esi edi ebp)
        call    mode_switch
        call    frame_wait
        jmp     main_loop

# Make mode table entry eax the current mode (after the BIOS set it).
apply_mode:
        movl    %eax, cur_mode
        imull   $MT_SIZE, %eax, %ebx
        movzwl  mode_tab + MT_W(%ebx), %eax
        movl    %eax, width
        movzwl  mode_tab + MT_H(%ebx), %eax
        movl    %eax, height
        movzwl  mode_tab + MT_PITCH(%ebx), %eax
        movl    %eax, pitch
        movl    mode_tab + MT_LFB(%ebx), %eax
        movl    %eax, fb
        ret

# Switch to want_mode if a key asked for another mode.
mode_switch:
        movl    want_mode, %eax
        cmpl    cur_mode, %eax
        je      9f
        imull   $MT_SIZE, %eax, %ebx
        cmpw    $0, mode_tab + MT_NUM(%ebx)
        je      8f                      # not available: ignore the request
        call    pm_set_mode
        cmpl    $0x004F, %eax
        jne     8f
        movl    want_mode, %eax
        call    apply_mode
        movl    $1, force_full
        ret
8:      movl    cur_mode, %eax
        movl    %eax, want_mode
9:      ret

# Wait for the next timer tick if throttled (hlt; IRQ0 wakes us up).
frame_wait:
        cmpl    $0, throttled
        je      9f
1:      cmpl    $0, ticks
        jne     9f
        sti
        hlt
        cli
        call    kbd_poll
        jmp     1b
9:      movl    $0, ticks
        ret

isr_timer:
        pushl   %eax
        incl    ticks
        movb    $0x20, %al
        outb    %al, $0x20
        popl    %eax
        iret

isr_other:
        pushl   %eax
        movb    $0x20, %al
        outb    %al, $0xA0
        outb    %al, $0x20
        popl    %eax
        iret

isr_fatal:
        cli
        hlt
        jmp     isr_fatal

# ---------------------------------------------------------------------------
# Keyboard: drain the i8042 output buffer (polled; IRQ1 only ends a hlt).
# QEMU refills the output buffer from its PS/2 queue on each read, so this
# takes everything pending; the bound only guards against a stuck controller.
kbd_poll:
        pushal
        movl    $256, %ecx
1:      inb     $0x64, %al
        testb   $0x01, %al              # output buffer full?
        jz      9f
        movb    %al, %ah
        inb     $0x60, %al
        testb   $0x20, %ah              # byte from the mouse: drop it
        jnz     2f
        call    log_key
        call    kbd_byte
2:      decl    %ecx
        jnz     1b
9:      popal
        ret

# One scancode byte in al: history, counter, command keys.
kbd_byte:
        movzbl  %al, %eax
        incb    key_count
        movl    key_hist, %edx
        shrl    $8, %edx
        movl    %eax, %ebx
        shll    $24, %ebx
        orl     %ebx, %edx
        movl    %edx, key_hist          # newest byte in bits 31..24
        movl    key_prev, %ebx
        movl    %eax, key_prev
        cmpl    $0xE0, %ebx             # second byte of an extended key
        je      9f
        cmpl    $0xE1, %ebx
        je      9f
        cmpb    $SC_P, %al
        jne     1f
        xorl    $1, paused
        ret
1:      cmpb    $SC_F, %al
        jne     2f
        xorl    $1, throttled
        ret
2:      cmpb    $SC_R, %al
        jne     3f
        xorl    %ebx, %ebx              # toggle 1024x768 <-> 800x600
        cmpl    $0, want_mode
        jne     21f
        incl    %ebx
21:     movl    %ebx, want_mode
        ret
3:      cmpb    $SC_W, %al
        jne     4f
        jmp     disk_write
4:      cmpb    $SC_F9, %al
        jne     5f
        movl    $1, agent_f9            # agent.c handles it in agent_poll
        ret
5:      cmpb    $SC_1, %al
        jb      9f
        cmpb    $SC_3, %al
        ja      9f
        subl    $SC_1, %eax
        movl    %eax, want_mode
9:      ret

# The 'w' key: write one sector (WRITE_LBA) of the boot disk, the primary
# ATA master, by PIO, so the host counts a write by the guest (its block
# statistics). The sector holds the frame number, repeated. Polled; the
# drive's interrupt is off (nIEN) and IRQ14 stays masked anyway.
disk_write:
        pushal
        movw    $0x3F6, %dx
        movb    $0x02, %al              # nIEN
        outb    %al, %dx
        movw    $0x1F7, %dx
1:      inb     %dx, %al                # wait while busy
        testb   $0x80, %al
        jnz     1b
        movw    $0x1F6, %dx
        movb    $0xE0, %al              # LBA, master, LBA bits 24..27 = 0
        outb    %al, %dx
        movw    $0x1F2, %dx
        movb    $1, %al                 # one sector
        outb    %al, %dx
        incw    %dx                     # 0x1F3..0x1F5: LBA bits 0..23
        movb    $WRITE_LBA, %al
        outb    %al, %dx
        incw    %dx
        xorb    %al, %al
        outb    %al, %dx
        incw    %dx
        outb    %al, %dx
        movw    $0x1F7, %dx
        movb    $0x30, %al              # WRITE SECTORS
        outb    %al, %dx
2:      inb     %dx, %al                # wait for DRQ; give up on ERR or DF
        testb   $0x80, %al
        jnz     2b
        testb   $0x21, %al
        jnz     9f
        testb   $0x08, %al
        jz      2b
        movw    $0x1F0, %dx
        movl    $256, %ecx
        movl    frame, %eax
3:      outw    %ax, %dx
        loop    3b
        movw    $0x1F7, %dx
4:      inb     %dx, %al                # the drive takes the sector
        testb   $0x80, %al
        jnz     4b
        movb    $0xE7, %al              # FLUSH CACHE
        outb    %al, %dx
5:      inb     %dx, %al
        testb   $0x80, %al
        jnz     5b
9:      popal
        ret

# ---------------------------------------------------------------------------
# Serial log on COM1. QEMU needs no set-up, a real 16550 would: 115200 8N1,
# FIFO on, no interrupts.
serial_init:
        movw    $(COM1 + 1), %dx
        xorb    %al, %al                # IER: no interrupts
        outb    %al, %dx
        movw    $(COM1 + 3), %dx
        movb    $0x80, %al              # DLAB
        outb    %al, %dx
        movw    $COM1, %dx
        movb    $1, %al                 # divisor 1: 115200 baud
        outb    %al, %dx
        movw    $(COM1 + 1), %dx
        xorb    %al, %al
        outb    %al, %dx
        movw    $(COM1 + 3), %dx
        movb    $0x03, %al              # 8 data bits, no parity, 1 stop bit
        outb    %al, %dx
        movw    $(COM1 + 2), %dx
        movb    $0xC7, %al              # FIFO on and cleared
        outb    %al, %dx
        movw    $(COM1 + 4), %dx
        movb    $0x03, %al              # DTR, RTS; OUT2 off (no IRQ)
        outb    %al, %dx
        ret

# Send al. Waits for the transmitter, bounded: a missing UART never hangs us.
# Keeps all registers; agent.c calls it as regparm(1) with the byte in eax.
        .globl  serial_putc
serial_putc:
        pushl   %ecx
        pushl   %edx
        pushl   %eax
        movw    $(COM1 + 5), %dx
        movl    $100000, %ecx
1:      inb     %dx, %al
        testb   $0x20, %al              # THR empty
        jnz     2f
        loop    1b
2:      popl    %eax
        movw    $COM1, %dx
        outb    %al, %dx
        popl    %edx
        popl    %ecx
        ret

# Send the NUL-terminated string at esi.
serial_puts:
        pushl   %eax
        pushl   %esi
1:      lodsb
        testb   %al, %al
        jz      2f
        call    serial_putc
        jmp     1b
2:      popl    %esi
        popl    %eax
        ret

# Send al as two lowercase hex digits.
serial_hex8:
        pushl   %eax
        pushl   %eax
        shrb    $4, %al
        call    serial_nibble
        popl    %eax
        call    serial_nibble
        popl    %eax
        ret
serial_nibble:
        andl    $0x0F, %eax
        movb    hex_digits(%eax), %al
        jmp     serial_putc

# "K xx\n" for the keyboard byte in al (all registers kept).
log_key:
        pushl   %eax
        movb    $0x4B, %al              # 'K'
        call    serial_putc
        movb    $0x20, %al              # ' '
        call    serial_putc
        movl    (%esp), %eax
        call    serial_hex8
        movb    $0x0A, %al              # '\n'
        call    serial_putc
        popl    %eax
        ret

# ---------------------------------------------------------------------------
# Drawing.
        .macro  STORE16
        .irp    off, 0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60
        movl    %eax, \off(%edi)
        .endr
        .endm

draw_frame:
        movl    frame, %eax
        movl    %eax, r_add             # N
        addl    %eax, %eax
        movl    %eax, g_add             # 2N
        addl    frame, %eax
        movl    %eax, b_add             # 3N
        # status byte: bit0 paused, bit1 throttled, bits 2-3 mode index
        movl    cur_mode, %eax
        shll    $2, %eax
        movl    throttled, %edx
        addl    %edx, %edx
        orl     %edx, %eax
        orl     paused, %eax
        shll    $24, %eax
        movl    %eax, status_bits

        movl    fb, %ebp                # ebp = start of the current scan line
        movl    $0, cur_y
top_band:                               # y 0..15: frame counter + status
        movl    %ebp, %edi
        movl    frame, %edx
        movl    $32, %ecx
        call    draw_bits
        movl    status_bits, %edx
        movl    $8, %ecx
        call    draw_bits
        cmpl    $0, draw_tiles
        je      1f
        movl    $STRIP_BLOCKS, %esi
        call    fill_tiles
1:      addl    pitch, %ebp
        incl    cur_y
        cmpl    $BLOCK, cur_y
        jb      top_band

        movl    height, %ebx
        subl    $BLOCK, %ebx            # ebx = first line of the key band
        cmpl    $0, draw_tiles
        jne     tile_rows
        movl    %ebx, %eax              # paused: skip to the key band
        mull    pitch
        movl    fb, %ebp
        addl    %eax, %ebp
        jmp     key_band
tile_rows:                              # y 16 .. height-17: tiles
        testl   $(BLOCK - 1), cur_y
        jnz     1f
        call    kbd_poll                # once per tile row
1:      movl    %ebp, %edi
        xorl    %esi, %esi
        pushl   %ebx
        call    fill_tiles
        popl    %ebx
        addl    pitch, %ebp
        incl    cur_y
        cmpl    %ebx, cur_y
        jb      tile_rows

key_band:                               # last 16 lines: key count + history
        movl    $BLOCK, %ebx
2:      movl    %ebp, %edi
        movzbl  key_count, %edx
        shll    $24, %edx
        movl    $8, %ecx
        call    draw_bits
        movl    key_hist, %edx
        movl    $32, %ecx
        call    draw_bits
        movl    width, %ecx
        subl    $(STRIP_BLOCKS * BLOCK), %ecx
        movl    $GREY, %eax
        rep stosl
        addl    pitch, %ebp
        decl    %ebx
        jnz     2b
        ret

# ecx blocks of 16 pixels at edi, white for a 1 bit and black for a 0 bit,
# taken from edx most significant bit first.
draw_bits:
1:      movl    $BLACK, %eax
        shll    $1, %edx
        jnc     2f
        movl    $WHITE, %eax
2:      STORE16
        addl    $(BLOCK * 4), %edi
        decl    %ecx
        jnz     1b
        ret

# One scan line of tiles from tile column esi to the right edge, at edi;
# the tile row is cur_y / 16. Colour of tile (tx, ty) in frame N:
#   R = 4*tx + N, G = 4*ty + 2N, B = 4*(tx xor ty) + 3N   (each mod 256)
fill_tiles:
        pushl   %ebp
        movl    width, %ecx
        shrl    $4, %ecx
        subl    %esi, %ecx              # tiles to draw
        jbe     9f
        movl    cur_y, %ebx
        shrl    $4, %ebx                # ty
        leal    (,%ebx,4), %edx
        addl    g_add, %edx
        movzbl  %dl, %edx
        shll    $8, %edx                # G part
1:      leal    (,%esi,4), %eax
        addl    r_add, %eax
        movzbl  %al, %eax
        shll    $16, %eax
        orl     %edx, %eax              # R and G
        movl    %esi, %ebp
        xorl    %ebx, %ebp
        shll    $2, %ebp
        addl    b_add, %ebp
        andl    $0xFF, %ebp
        orl     %ebp, %eax              # B
        STORE16
        addl    $(BLOCK * 4), %edi
        incl    %esi
        decl    %ecx
        jnz     1b
9:      popl    %ebp
        ret

# ---------------------------------------------------------------------------
        .data
        .balign 8
gdt:
        .quad   0
        .quad   0x00CF9A000000FFFF      # 0x08 32-bit code, flat
        .quad   0x00CF92000000FFFF      # 0x10 32-bit data, flat
        .quad   0x00009A000000FFFF      # 0x18 16-bit code, base 0, 64 KiB
        .quad   0x000092000000FFFF      # 0x20 16-bit data, base 0, 64 KiB
gdt_end:
gdt_desc:
        .word   gdt_end - gdt - 1
        .long   gdt
pm_idt_desc:
        .word   IDT_ENTRIES * 8 - 1
        .long   IDT_BASE
rm_idt_desc:
        .word   0x3FF
        .long   0

        .balign 4
# Wanted VBE modes: width, height, then found by the mode scan: VBE mode
# number (0 = not available), bytes per line, framebuffer address.
mode_tab:
        .word   1024, 768, 0, 0
        .long   0
        .word   800, 600, 0, 0
        .long   0
        .word   640, 480, 0, 0
        .long   0

frame:          .long   -1      # N, the frame counter (first frame: 0)
ticks:          .long   0       # timer ticks since the last frame_wait
fb:             .long   0
pitch:          .long   0
width:          .long   0
height:         .long   0
cur_mode:       .long   0       # mode_tab index
want_mode:      .long   0
paused:         .long   0
throttled:      .long   THROTTLE_DEFAULT
force_full:     .long   1
frame_paused:   .long   0
draw_tiles:     .long   0
status_bits:    .long   0
key_hist:       .long   0       # last four scancode bytes, newest in 31..24
key_prev:       .long   0
cur_y:          .long   0
r_add:          .long   0
g_add:          .long   0
b_add:          .long   0
boot_mode:      .word   0
thunk_arg:      .word   0
key_count:      .byte   0       # scancode bytes received, mod 256

hex_digits:     .ascii  "0123456789abcdef"
msg_ready:      .asciz  "QVIRT-GUEST READY\n"
msg_novbe:      .asciz  "qvirt-test-guest: no VBE 2.0 BIOS"
msg_nomode:     .asciz  "qvirt-test-guest: no 32 bpp LFB mode 1024x768/800x600/640x480"
msg_setmode:    .asciz  "qvirt-test-guest: VBE set mode failed"

        .section .note.GNU-stack, "", @progbits
