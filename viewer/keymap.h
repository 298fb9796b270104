#pragma once

#include <QtGlobal>

// Keyboard translation for the VNC console.
namespace Keymap {

// Linux evdev key code -> QEMU "qnum" (XT scan code set 1, 0xe0-prefixed keys
// as 0x80 | code), as QEMU's extended key event expects. 0 when unknown.
quint32 evdevToQnum(quint32 evdev);

// X11 (xcb) key code -> qnum: X key codes are evdev codes + 8.
inline quint32 x11ToQnum(quint32 x11KeyCode)
{
    return x11KeyCode >= 8 ? evdevToQnum(x11KeyCode - 8) : 0;
}

// Qt::Key plus the text it produced -> X keysym (what VNC's plain key event
// carries), for platforms that do not report native keysyms. 0 when unknown.
quint32 qtKeyToKeysym(int qtKey, const QString &text);

} // namespace Keymap
