#pragma once

#include <QString>
#include <QVector>

#include <optional>

// Text typed into a guest as key strokes, for consoles without a clipboard
// agent (installers, firmware, rescue shells). The guest's keyboard layout
// decides which keys make which character; QVirt cannot ask the guest, so the
// user names the layout. Caps Lock is assumed off.
namespace TypingKeymap {

enum class Layout { US, DE, FR, JP };

// One key event: QEMU's qnum (set 1 scan code, 0xe0-prefixed keys as
// 0x80 | code, as Keymap::evdevToQnum) and the X keysym of that key in that
// state, as a VNC server's keymap names it: a dead key by its spacing accent
// (asciicircum, not dead_circumflex), as QEMU's keymaps (xkb's "nodeadkeys"
// variants) do. QEMU maps these keysyms itself, ignoring the qnum, when the
// VM's VNC display has a keymap attribute. qnum 0: a keysym-only event.
struct KeyStroke
{
    quint32 qnum = 0;
    quint32 keysym = 0;
    bool down = false;
    bool operator==(const KeyStroke &o) const { return qnum == o.qnum && keysym == o.keysym && down == o.down; }
};

struct TypingPlan
{
    QVector<KeyStroke> strokes;
    QString unmappable; // each character the layout cannot type, once, in order of appearance
    int characters = 0; // characters typed (a newline, CRLF included, is one)
};

// Scan codes for a guest with this layout: Shift and AltGr (right Alt) pressed
// around each character that needs them, dead keys before the letter they
// accent, Enter for a line break, Tab for a tab.
TypingPlan scanCodePlan(Layout layout, const QString &text);

// The same strokes as keysym-only events (qnum 0), modifiers included: for a
// VNC server without QEMU's extended key event. Such a server maps each
// keysym to a key through its own keymap; QEMU then takes the modifiers from
// the client's Shift and AltGr keysyms, as from any VNC client.
TypingPlan keysymPlan(Layout layout, const QString &text);

QList<Layout> layouts();
// A stable id for settings: "us", "de", "fr", "jp".
QString layoutId(Layout layout);
std::optional<Layout> layoutFromId(const QString &id);
// The layout of QEMU's VNC keymap attribute (libvirt's <graphics keymap=...>),
// when it is one of ours: "en-us", "de", "fr", "ja".
std::optional<Layout> layoutFromVncKeymap(const QString &keymap);

} // namespace TypingKeymap
