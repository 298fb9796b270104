/* QVirt test guest: a clipboard agent for QEMU's qemu-vdagent chardev.
 *
 * Freestanding C for the 32-bit protected mode of guest.s (flat segments,
 * interrupts off while this runs). It finds the virtio console (legacy
 * virtio-pci, 1af4:1003), sets it up with VIRTIO_CONSOLE_F_MULTIPORT, opens
 * the port named com.redhat.spice.0 and speaks the SPICE vdagent protocol on
 * it: capabilities, and clipboard grab / request / data / release for UTF-8
 * text. Everything is polled from the main loop (agent_poll); the device
 * raises no interrupt we listen to. The log lines it writes to COM1 are in
 * README.md ("Clipboard agent").
 *
 * Build: gcc -m32 -ffreestanding -fno-pic -fno-stack-protector -nostdlib -O2
 *        -fno-asynchronous-unwind-tables -c agent.c
 */

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;

/* guest.s */
extern void __attribute__((regparm(1))) serial_putc(int c);

/* Set by guest.s when the F9 key (set-1 make code 0x43) arrives. */
volatile int agent_f9;

/* ------------------------------------------------------------------------ */
/* Memory above 1 MiB (the guest has 32 MiB; nothing else uses it). QEMU does
   not clear RAM on a reset, so everything is cleared before use. */

#define VRING_AREA      0x100000u       /* vrings, bump-allocated, 256 KiB */
#define VRING_AREA_END  0x140000u
#define CTRL_RX_BUFS    0x140000u       /* CTRL_RX_N x CTRL_BUF_SIZE */
#define CTRL_TX_BUF     0x141000u
#define PORT_RX_BUFS    0x150000u       /* PORT_RX_N x PORT_BUF_SIZE */
#define PORT_TX_AREA    0x160000u       /* one outgoing message, in chunks */
#define PORT_TX_END     0x170000u
#define MSG_BUF         0x170000u       /* incoming message being assembled */
#define OWN_TEXT        0x180000u       /* the text the guest offers */

#define CTRL_RX_N       16
#define CTRL_BUF_SIZE   128
#define PORT_RX_N       16
#define PORT_BUF_SIZE   4096

/* Longest clipboard text kept; longer text is cut here and logged so. */
#define CLIP_MAX        16384
#define MSG_BUF_SIZE    (CLIP_MAX + 64)

/* ------------------------------------------------------------------------ */
/* Port I/O and small helpers */

static inline void outb(u16 port, u8 v) { __asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port)); }
static inline void outw(u16 port, u16 v) { __asm__ volatile("outw %0, %1" : : "a"(v), "Nd"(port)); }
static inline void outl(u16 port, u32 v) { __asm__ volatile("outl %0, %1" : : "a"(v), "Nd"(port)); }
static inline u8 inb(u16 port) { u8 v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline u16 inw(u16 port) { u16 v; __asm__ volatile("inw %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline u32 inl(u16 port) { u32 v; __asm__ volatile("inl %1, %0" : "=a"(v) : "Nd"(port)); return v; }

/* The device runs in other host threads: order our ring stores and loads. */
static inline void mb(void) { __asm__ volatile("lock; addl $0, (%%esp)" : : : "memory"); }

/* No libc: gcc may still emit calls to these for copies and clears. Written
   with string instructions so that it cannot turn them into calls to
   themselves. */
void *memcpy(void *d, const void *s, u32 n)
{
    void *r = d;
    __asm__ volatile("rep movsb" : "+D"(d), "+S"(s), "+c"(n) : : "memory");
    return r;
}

void *memset(void *d, int c, u32 n)
{
    void *r = d;
    __asm__ volatile("rep stosb" : "+D"(d), "+c"(n) : "a"(c) : "memory");
    return r;
}

static void log_str(const char *s)
{
    while (*s)
        serial_putc(*s++);
}

static void log_hex(const u8 *p, u32 n)
{
    static const char digits[] = "0123456789abcdef";
    for (u32 i = 0; i < n; i++) {
        serial_putc(digits[p[i] >> 4]);
        serial_putc(digits[p[i] & 15]);
    }
}

static void log_dec(u32 v)
{
    char buf[12];
    int i = 0;
    do {
        buf[i++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (i)
        serial_putc(buf[--i]);
}

/* "<tag> <hex>\n" */
static void log_text(char tag, const u8 *p, u32 n)
{
    serial_putc(tag);
    serial_putc(' ');
    log_hex(p, n);
    serial_putc('\n');
}

static void log_error(const char *what)
{
    log_str("A error ");
    log_str(what);
    serial_putc('\n');
}

/* ------------------------------------------------------------------------ */
/* PCI configuration space, mechanism 1 */

static u32 pci_read(u32 bus, u32 dev, u32 fn, u32 reg)
{
    outl(0xCF8, 0x80000000u | bus << 16 | dev << 11 | fn << 8 | (reg & 0xFC));
    return inl(0xCFC);
}

static void pci_write(u32 bus, u32 dev, u32 fn, u32 reg, u32 v)
{
    outl(0xCF8, 0x80000000u | bus << 16 | dev << 11 | fn << 8 | (reg & 0xFC));
    outl(0xCFC, v);
}

/* ------------------------------------------------------------------------ */
/* Legacy virtio over PCI I/O space */

#define VIRTIO_PCI_HOST_FEATURES  0x00
#define VIRTIO_PCI_GUEST_FEATURES 0x04
#define VIRTIO_PCI_QUEUE_PFN      0x08
#define VIRTIO_PCI_QUEUE_NUM      0x0C
#define VIRTIO_PCI_QUEUE_SEL      0x0E
#define VIRTIO_PCI_QUEUE_NOTIFY   0x10
#define VIRTIO_PCI_STATUS         0x12

#define STATUS_ACKNOWLEDGE 1
#define STATUS_DRIVER      2
#define STATUS_DRIVER_OK   4
#define STATUS_FAILED      0x80

#define VIRTIO_CONSOLE_F_MULTIPORT 1

#define VRING_DESC_F_NEXT  1
#define VRING_DESC_F_WRITE 2
#define VRING_AVAIL_F_NO_INTERRUPT 1
#define VRING_ALIGN 4096u

struct vring_desc {
    u64 addr;
    u32 len;
    u16 flags;
    u16 next;
};

struct vring_used_elem {
    u32 id;
    u32 len;
};

struct vq {
    u16 index;
    u16 size;
    volatile struct vring_desc *desc;
    volatile u16 *avail;        /* flags, idx, ring[size], used_event */
    volatile u16 *used;         /* flags, idx, then the elements */
    u16 avail_idx;              /* our copy of avail->idx */
    u16 last_used;
    u16 in_flight;              /* transmit queues: descriptors not yet used */
    u16 next_desc;              /* transmit queues: next descriptor to fill */
};

static u16 io_base;
static u32 vring_next = VRING_AREA;

static volatile struct vring_used_elem *used_elem(struct vq *q, u16 i)
{
    return (volatile struct vring_used_elem *)(q->used + 2) + (i % q->size);
}

static int vq_setup(struct vq *q, u16 index)
{
    outw(io_base + VIRTIO_PCI_QUEUE_SEL, index);
    u16 size = inw(io_base + VIRTIO_PCI_QUEUE_NUM);
    if (size == 0 || (size & (size - 1)))
        return 0;
    u32 avail_end = 16u * size + 6u + 2u * size;
    u32 used_off = (avail_end + VRING_ALIGN - 1) & ~(VRING_ALIGN - 1);
    u32 total = used_off + ((6u + 8u * size + VRING_ALIGN - 1) & ~(VRING_ALIGN - 1));
    if (vring_next + total > VRING_AREA_END)
        return 0;
    u8 *base = (u8 *)vring_next;
    vring_next += total;
    memset(base, 0, total);
    q->index = index;
    q->size = size;
    q->desc = (volatile struct vring_desc *)base;
    q->avail = (volatile u16 *)(base + 16u * size);
    q->used = (volatile u16 *)(base + used_off);
    q->avail_idx = 0;
    q->last_used = 0;
    q->in_flight = 0;
    q->next_desc = 0;
    q->avail[0] = VRING_AVAIL_F_NO_INTERRUPT;
    mb();
    outl(io_base + VIRTIO_PCI_QUEUE_PFN, (u32)base >> 12);
    return 1;
}

static void vq_notify(struct vq *q)
{
    mb();
    outw(io_base + VIRTIO_PCI_QUEUE_NOTIFY, q->index);
}

/* Offer descriptor head (already filled in) to the device. */
static void vq_push(struct vq *q, u16 head)
{
    q->avail[2 + q->avail_idx % q->size] = head;
    mb();
    q->avail_idx++;
    q->avail[1] = q->avail_idx;
}

/* Receive queue: n buffers of len bytes at addr, descriptor i = buffer i. */
static void vq_fill_rx(struct vq *q, u32 addr, u16 n, u32 len)
{
    if (n > q->size)
        n = q->size;
    for (u16 i = 0; i < n; i++) {
        q->desc[i].addr = addr + (u32)i * len;
        q->desc[i].len = len;
        q->desc[i].flags = VRING_DESC_F_WRITE;
        q->desc[i].next = 0;
        vq_push(q, i);
    }
    vq_notify(q);
}

/* The next used element, or 0 when there is none. */
static int vq_next_used(struct vq *q, u32 *id, u32 *len)
{
    mb();
    if (q->used[1] == q->last_used)
        return 0;
    volatile struct vring_used_elem *e = used_elem(q, q->last_used);
    *id = e->id;
    *len = e->len;
    q->last_used++;
    return 1;
}

/* Transmit queue: take back what the device has used. */
static void vq_reclaim(struct vq *q)
{
    u32 id, len;
    while (vq_next_used(q, &id, &len))
        if (q->in_flight)
            q->in_flight--;
}

/* Wait (bounded) until the device has used everything we gave it. QEMU
   handles a transmit notify at once, so this normally does not spin. */
static int vq_drain(struct vq *q)
{
    for (u32 spin = 0; spin < 10000000u; spin++) {
        vq_reclaim(q);
        if (q->in_flight == 0)
            return 1;
        __asm__ volatile("pause");
    }
    return 0;
}

/* Queue one device-readable buffer; the caller notifies. */
static void vq_send(struct vq *q, u32 addr, u32 len)
{
    u16 d = q->next_desc;
    q->next_desc = (u16)((d + 1) % q->size);
    q->desc[d].addr = addr;
    q->desc[d].len = len;
    q->desc[d].flags = 0;
    q->desc[d].next = 0;
    q->in_flight++;
    vq_push(q, d);
}

/* ------------------------------------------------------------------------ */
/* virtio console: control messages */

#define VIRTIO_CONSOLE_DEVICE_READY 0
#define VIRTIO_CONSOLE_DEVICE_ADD   1
#define VIRTIO_CONSOLE_PORT_READY   3
#define VIRTIO_CONSOLE_PORT_OPEN    6
#define VIRTIO_CONSOLE_PORT_NAME    7

struct console_control {
    u32 id;
    u16 event;
    u16 value;
};

static const char agent_port_name[] = "com.redhat.spice.0";

enum { AGENT_OFF, AGENT_WAIT_PORT, AGENT_PORT_OPEN };
static int state = AGENT_OFF;
static struct vq ctrl_rx, ctrl_tx, port_rx, port_tx;

static void send_caps(u32 request);

static void send_control(u32 id, u16 event, u16 value)
{
    volatile struct console_control *c = (volatile struct console_control *)CTRL_TX_BUF;
    if (!vq_drain(&ctrl_tx)) {
        log_error("control queue stuck");
        return;
    }
    c->id = id;
    c->event = event;
    c->value = value;
    vq_send(&ctrl_tx, CTRL_TX_BUF, sizeof(struct console_control));
    vq_notify(&ctrl_tx);
    vq_drain(&ctrl_tx);
}

static int name_is(const u8 *p, u32 n, const char *s)
{
    u32 i = 0;
    for (; i < n && s[i]; i++)
        if (p[i] != (u8)s[i])
            return 0;
    /* QEMU sends the name with its terminating NUL; accept either. */
    return s[i] == 0 && (i == n || p[i] == 0);
}

static void open_agent_port(u32 id)
{
    /* Port 0 uses queues 0/1; port n >= 1 uses 2n+2 / 2n+3 (2/3 are control). */
    u16 rx = id == 0 ? 0 : (u16)(2 * id + 2);
    if (!vq_setup(&port_rx, rx) || !vq_setup(&port_tx, (u16)(rx + 1))) {
        log_error("port queues");
        return;
    }
    vq_fill_rx(&port_rx, PORT_RX_BUFS, PORT_RX_N, PORT_BUF_SIZE);
    state = AGENT_PORT_OPEN;
    send_control(id, VIRTIO_CONSOLE_PORT_OPEN, 1);
    /* QEMU ignores receive-queue kicks of a port the guest has not opened,
       and the agent's first message can wait in QEMU for one: kick again. */
    vq_notify(&port_rx);
    /* QEMU 7.2 speaks only after the guest's capabilities (with "request"
       set, it answers with its own); later versions also announce theirs
       when the port opens. */
    send_caps(1);
}

static void handle_control(const u8 *p, u32 len)
{
    if (len < sizeof(struct console_control))
        return;
    const struct console_control *c = (const struct console_control *)p;
    switch (c->event) {
    case VIRTIO_CONSOLE_DEVICE_ADD:
        send_control(c->id, VIRTIO_CONSOLE_PORT_READY, 1);
        break;
    case VIRTIO_CONSOLE_PORT_NAME:
        if (state == AGENT_WAIT_PORT
            && name_is(p + sizeof(*c), len - sizeof(*c), agent_port_name))
            open_agent_port(c->id);
        break;
    default:
        break;
    }
}

/* ------------------------------------------------------------------------ */
/* SPICE vdagent protocol (spice-protocol's vd_agent.h), little endian */

#define VDP_CLIENT_PORT 1
#define VD_AGENT_PROTOCOL 1
#define VD_AGENT_MAX_DATA_SIZE 2048     /* per chunk */

#define VD_AGENT_CLIPBOARD              4
#define VD_AGENT_ANNOUNCE_CAPABILITIES  6
#define VD_AGENT_CLIPBOARD_GRAB         7
#define VD_AGENT_CLIPBOARD_REQUEST      8
#define VD_AGENT_CLIPBOARD_RELEASE      9

#define VD_AGENT_CAP_CLIPBOARD_BY_DEMAND 5
#define VD_AGENT_CAP_CLIPBOARD_SELECTION 6

#define VD_AGENT_CLIPBOARD_NONE      0
#define VD_AGENT_CLIPBOARD_UTF8_TEXT 1
#define VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD 0

struct chunk_header {
    u32 port;
    u32 size;
};

struct agent_message {
    u32 protocol;
    u32 type;
    u64 opaque;
    u32 size;
} __attribute__((packed));

/* Incoming stream: chunk headers, then message headers and bodies. Messages
   are read as one byte stream across chunks. */
static u8 chunk_hdr[sizeof(struct chunk_header)];
static u32 chunk_hdr_got, chunk_left;
static u8 msg_hdr[sizeof(struct agent_message)];
static u32 msg_hdr_got, msg_size, msg_got;

static int host_caps_seen;
static int own_grab;                    /* we hold the CLIPBOARD selection */
static u32 own_len;
static int echo_pending;
static const u8 echo_prefix[] = "echo:";

/* "QVirt guest clipboard: 剪贴板 ✓" in UTF-8 */
static const u8 f9_text[] =
    "QVirt guest clipboard: \xe5\x89\xaa\xe8\xb4\xb4\xe6\x9d\xbf \xe2\x9c\x93";

/* Send one message: header plus body parts, cut into chunks. */
static void send_message(u32 type, const u8 *a, u32 alen, const u8 *b, u32 blen)
{
    if (state != AGENT_PORT_OPEN)
        return;
    if (!vq_drain(&port_tx)) {
        log_error("agent queue stuck");
        return;
    }
    struct agent_message h;
    h.protocol = VD_AGENT_PROTOCOL;
    h.type = type;
    h.opaque = 0;
    h.size = alen + blen;

    const u8 *parts[3] = { (const u8 *)&h, a, b };
    u32 lens[3] = { sizeof(h), alen, blen };
    u32 total = sizeof(h) + alen + blen;
    u32 out = PORT_TX_AREA;
    int part = 0;
    u32 part_off = 0;
    while (total) {
        u32 n = total < VD_AGENT_MAX_DATA_SIZE ? total : VD_AGENT_MAX_DATA_SIZE;
        if (out + sizeof(struct chunk_header) + n > PORT_TX_END
            || port_tx.in_flight + 1u >= port_tx.size) {
            log_error("agent message too long");
            return;
        }
        struct chunk_header *c = (struct chunk_header *)out;
        c->port = VDP_CLIENT_PORT;
        c->size = n;
        u8 *d = (u8 *)(out + sizeof(*c));
        for (u32 left = n; left;) {
            u32 avail = lens[part] - part_off;
            if (avail == 0) {
                part++;
                part_off = 0;
                continue;
            }
            u32 k = left < avail ? left : avail;
            memcpy(d, parts[part] + part_off, k);
            d += k;
            part_off += k;
            left -= k;
        }
        vq_send(&port_tx, out, sizeof(*c) + n);
        out += sizeof(*c) + n;
        total -= n;
    }
    vq_notify(&port_tx);
    vq_drain(&port_tx);
}

static void send_caps(u32 request)
{
    u32 body[2];
    body[0] = request;
    body[1] = 1u << VD_AGENT_CAP_CLIPBOARD_BY_DEMAND | 1u << VD_AGENT_CAP_CLIPBOARD_SELECTION;
    send_message(VD_AGENT_ANNOUNCE_CAPABILITIES, (const u8 *)body, sizeof(body), 0, 0);
}

/* The selection header of every clipboard message (we announced
   CLIPBOARD_SELECTION): selection byte, three reserved bytes. */
static const u8 sel_clipboard[4] = { VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD, 0, 0, 0 };

static void grab_own_text(void)
{
    u32 type = VD_AGENT_CLIPBOARD_UTF8_TEXT;
    own_grab = 1;
    send_message(VD_AGENT_CLIPBOARD_GRAB, sel_clipboard, 4, (const u8 *)&type, 4);
    log_text('G', (const u8 *)OWN_TEXT, own_len);
}

static void set_own_text(const u8 *prefix, u32 plen, const u8 *text, u32 tlen)
{
    u8 *own = (u8 *)OWN_TEXT;
    if (plen > CLIP_MAX)
        plen = CLIP_MAX;
    if (tlen > CLIP_MAX - plen)
        tlen = CLIP_MAX - plen;
    memcpy(own, prefix, plen);
    memcpy(own + plen, text, tlen);
    own_len = plen + tlen;
}

static void handle_clipboard_data(const u8 *p, u32 got, u32 size)
{
    /* selection(4), type(4), text */
    if (size < 8 || got < 8 || p[0] != VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD)
        return;
    u32 type = *(const u32 *)(p + 4);
    if (type != VD_AGENT_CLIPBOARD_UTF8_TEXT)
        return;
    const u8 *text = p + 8;
    u32 len = size - 8;
    if (len > CLIP_MAX) {
        log_text('C', text, CLIP_MAX);
        log_str("A truncated ");
        log_dec(len);
        serial_putc(' ');
        log_dec(CLIP_MAX);
        serial_putc('\n');
        len = CLIP_MAX;
    } else {
        /* The Extended Clipboard terminates text with a NUL, which QEMU
           passes on: it is not part of the text. */
        while (len && text[len - 1] == 0)
            len--;
        log_text('C', text, len);
    }
    int is_echo = len >= 5;
    for (u32 i = 0; is_echo && i < 5; i++)
        is_echo = text[i] == echo_prefix[i];
    if (!is_echo) {
        set_own_text(echo_prefix, 5, text, len);
        echo_pending = 1;
    }
}

/* A whole message (body cut to MSG_BUF_SIZE: got <= size). */
static void handle_message(u32 type, const u8 *p, u32 got, u32 size)
{
    switch (type) {
    case VD_AGENT_ANNOUNCE_CAPABILITIES:
        if (got < 8)
            return;
        if (!host_caps_seen) {
            host_caps_seen = 1;
            log_str("A ready\n");
        }
        if (*(const u32 *)p)
            send_caps(0);
        break;
    case VD_AGENT_CLIPBOARD_GRAB:
        /* selection(4), types... */
        if (got < 4 || p[0] != VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD)
            return;
        own_grab = 0;
        for (u32 off = 4; off + 4 <= got; off += 4) {
            if (*(const u32 *)(p + off) == VD_AGENT_CLIPBOARD_UTF8_TEXT) {
                u32 type_text = VD_AGENT_CLIPBOARD_UTF8_TEXT;
                send_message(VD_AGENT_CLIPBOARD_REQUEST, sel_clipboard, 4, (const u8 *)&type_text, 4);
                break;
            }
        }
        break;
    case VD_AGENT_CLIPBOARD_REQUEST: {
        if (got < 8)
            return;
        u8 sel[4] = { p[0], 0, 0, 0 };
        u32 req_type = *(const u32 *)(p + 4);
        if (own_grab && p[0] == VD_AGENT_CLIPBOARD_SELECTION_CLIPBOARD
            && req_type == VD_AGENT_CLIPBOARD_UTF8_TEXT) {
            u8 head[8];
            memcpy(head, sel, 4);
            memcpy(head + 4, &req_type, 4);
            send_message(VD_AGENT_CLIPBOARD, head, 8, (const u8 *)OWN_TEXT, own_len);
        } else {
            /* Not ours: an empty answer, so that the host does not wait. */
            u32 none = VD_AGENT_CLIPBOARD_NONE;
            send_message(VD_AGENT_CLIPBOARD, sel, 4, (const u8 *)&none, 4);
        }
        break;
    }
    case VD_AGENT_CLIPBOARD:
        handle_clipboard_data(p, got, size);
        break;
    case VD_AGENT_CLIPBOARD_RELEASE:
        break;
    default:
        break;
    }
}

/* Feed the message parser with chunk payload bytes. */
static void feed_message_bytes(const u8 *p, u32 n)
{
    u8 *buf = (u8 *)MSG_BUF;
    while (n) {
        if (msg_hdr_got < sizeof(msg_hdr)) {
            msg_hdr[msg_hdr_got++] = *p++;
            n--;
            if (msg_hdr_got == sizeof(msg_hdr)) {
                msg_size = ((struct agent_message *)msg_hdr)->size;
                msg_got = 0;
            } else {
                continue;
            }
        } else {
            u32 k = msg_size - msg_got < n ? msg_size - msg_got : n;
            if (msg_got < MSG_BUF_SIZE) {
                u32 keep = MSG_BUF_SIZE - msg_got < k ? MSG_BUF_SIZE - msg_got : k;
                memcpy(buf + msg_got, p, keep);
            }
            msg_got += k;
            p += k;
            n -= k;
        }
        if (msg_hdr_got == sizeof(msg_hdr) && msg_got == msg_size) {
            const struct agent_message *h = (const struct agent_message *)msg_hdr;
            u32 kept = msg_size < MSG_BUF_SIZE ? msg_size : MSG_BUF_SIZE;
            if (h->protocol == VD_AGENT_PROTOCOL)
                handle_message(h->type, buf, kept, msg_size);
            msg_hdr_got = 0;
        }
    }
}

/* Port receive data: chunk headers and chunk payloads. */
static void feed_port_bytes(const u8 *p, u32 n)
{
    while (n) {
        if (chunk_hdr_got < sizeof(chunk_hdr)) {
            chunk_hdr[chunk_hdr_got++] = *p++;
            n--;
            if (chunk_hdr_got == sizeof(chunk_hdr)) {
                chunk_left = ((struct chunk_header *)chunk_hdr)->size;
                if (chunk_left == 0)
                    chunk_hdr_got = 0;  /* an empty chunk */
            }
            continue;
        }
        u32 k = chunk_left < n ? chunk_left : n;
        feed_message_bytes(p, k);
        p += k;
        n -= k;
        chunk_left -= k;
        if (chunk_left == 0)
            chunk_hdr_got = 0;
    }
}

/* ------------------------------------------------------------------------ */
/* Entry points, called from guest.s */

void agent_init(void)
{
    u32 dev = 32;
    for (u32 d = 0; d < 32; d++) {
        if (pci_read(0, d, 0, 0) == (0x1003u << 16 | 0x1AF4u)) {
            dev = d;
            break;
        }
    }
    if (dev == 32) {
        log_str("A no virtio console\n");
        return;
    }
    u32 bar0 = pci_read(0, dev, 0, 0x10);
    if (!(bar0 & 1)) {
        log_error("BAR0 is not I/O");
        return;
    }
    io_base = (u16)(bar0 & ~3u);
    pci_write(0, dev, 0, 0x04, pci_read(0, dev, 0, 0x04) | 0x05); /* I/O, bus master */

    outb(io_base + VIRTIO_PCI_STATUS, 0);       /* reset */
    outb(io_base + VIRTIO_PCI_STATUS, STATUS_ACKNOWLEDGE);
    outb(io_base + VIRTIO_PCI_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER);
    u32 features = inl(io_base + VIRTIO_PCI_HOST_FEATURES);
    if (!(features & 1u << VIRTIO_CONSOLE_F_MULTIPORT)) {
        outb(io_base + VIRTIO_PCI_STATUS, STATUS_FAILED);
        log_error("no MULTIPORT");
        return;
    }
    outl(io_base + VIRTIO_PCI_GUEST_FEATURES, 1u << VIRTIO_CONSOLE_F_MULTIPORT);
    if (!vq_setup(&ctrl_rx, 2) || !vq_setup(&ctrl_tx, 3)) {
        outb(io_base + VIRTIO_PCI_STATUS, STATUS_FAILED);
        log_error("control queues");
        return;
    }
    memset((void *)CTRL_RX_BUFS, 0, CTRL_RX_N * CTRL_BUF_SIZE);
    outb(io_base + VIRTIO_PCI_STATUS, STATUS_ACKNOWLEDGE | STATUS_DRIVER | STATUS_DRIVER_OK);
    vq_fill_rx(&ctrl_rx, CTRL_RX_BUFS, CTRL_RX_N, CTRL_BUF_SIZE);
    state = AGENT_WAIT_PORT;
    send_control(0, VIRTIO_CONSOLE_DEVICE_READY, 1);
}

void agent_poll(void)
{
    u32 id, len;
    if (state == AGENT_OFF) {
        agent_f9 = 0;
        return;
    }
    while (vq_next_used(&ctrl_rx, &id, &len)) {
        if (id < CTRL_RX_N) {
            u32 n = len < CTRL_BUF_SIZE ? len : CTRL_BUF_SIZE;
            handle_control((const u8 *)(CTRL_RX_BUFS + id * CTRL_BUF_SIZE), n);
            vq_push(&ctrl_rx, (u16)id);
        }
        vq_notify(&ctrl_rx);
    }
    if (state == AGENT_PORT_OPEN) {
        int got = 0;
        while (vq_next_used(&port_rx, &id, &len)) {
            if (id < PORT_RX_N) {
                u32 n = len < PORT_BUF_SIZE ? len : PORT_BUF_SIZE;
                feed_port_bytes((const u8 *)(PORT_RX_BUFS + id * PORT_BUF_SIZE), n);
                vq_push(&port_rx, (u16)id);
                got = 1;
            }
        }
        if (got)
            vq_notify(&port_rx);
    }
    if (echo_pending) {
        echo_pending = 0;
        grab_own_text();
    }
    if (agent_f9) {
        agent_f9 = 0;
        if (host_caps_seen) {
            set_own_text(f9_text, sizeof(f9_text) - 1, 0, 0);
            grab_own_text();
        } else {
            log_error("F9 before the agent is ready");
        }
    }
}
