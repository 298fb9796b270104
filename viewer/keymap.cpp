#include "keymap.h"

#include <QHash>
#include <QString>

namespace Keymap {

quint32 evdevToQnum(quint32 evdev)
{
    // The main block (Esc .. keypad '.') has the same numbers in both.
    if (evdev >= 1 && evdev <= 83)
        return evdev;
    switch (evdev) {
    case 85: return 0x76;  // KEY_ZENKAKUHANKAKU
    case 86: return 0x56;  // KEY_102ND
    case 87: return 0x57;  // KEY_F11
    case 88: return 0x58;  // KEY_F12
    case 89: return 0x73;  // KEY_RO
    case 92: return 0x79;  // KEY_HENKAN
    case 93: return 0x70;  // KEY_KATAKANAHIRAGANA
    case 94: return 0x7b;  // KEY_MUHENKAN
    case 96: return 0x9c;  // KEY_KPENTER
    case 97: return 0x9d;  // KEY_RIGHTCTRL
    case 98: return 0xb5;  // KEY_KPSLASH
    case 99: return 0xb7;  // KEY_SYSRQ (Print Screen)
    case 100: return 0xb8; // KEY_RIGHTALT (AltGr)
    case 102: return 0xc7; // KEY_HOME
    case 103: return 0xc8; // KEY_UP
    case 104: return 0xc9; // KEY_PAGEUP
    case 105: return 0xcb; // KEY_LEFT
    case 106: return 0xcd; // KEY_RIGHT
    case 107: return 0xcf; // KEY_END
    case 108: return 0xd0; // KEY_DOWN
    case 109: return 0xd1; // KEY_PAGEDOWN
    case 110: return 0xd2; // KEY_INSERT
    case 111: return 0xd3; // KEY_DELETE
    case 113: return 0xa0; // KEY_MUTE
    case 114: return 0xae; // KEY_VOLUMEDOWN
    case 115: return 0xb0; // KEY_VOLUMEUP
    case 116: return 0xde; // KEY_POWER
    case 117: return 0x59; // KEY_KPEQUAL
    case 119: return 0xc6; // KEY_PAUSE
    case 121: return 0x7e; // KEY_KPCOMMA
    case 122: return 0xf2; // KEY_HANGEUL
    case 123: return 0xf1; // KEY_HANJA
    case 124: return 0x7d; // KEY_YEN
    case 125: return 0xdb; // KEY_LEFTMETA
    case 126: return 0xdc; // KEY_RIGHTMETA
    case 127: return 0xdd; // KEY_COMPOSE (Menu)
    default: return 0;
    }
}

quint32 qtKeyToKeysym(int qtKey, const QString &text)
{
    static const QHash<int, quint32> special = {
        {Qt::Key_Escape, 0xff1b}, {Qt::Key_Tab, 0xff09}, {Qt::Key_Backtab, 0xfe20},
        {Qt::Key_Backspace, 0xff08}, {Qt::Key_Return, 0xff0d}, {Qt::Key_Enter, 0xff8d},
        {Qt::Key_Insert, 0xff63}, {Qt::Key_Delete, 0xffff}, {Qt::Key_Pause, 0xff13},
        {Qt::Key_Print, 0xff61}, {Qt::Key_SysReq, 0xff15}, {Qt::Key_Home, 0xff50},
        {Qt::Key_End, 0xff57}, {Qt::Key_Left, 0xff51}, {Qt::Key_Up, 0xff52},
        {Qt::Key_Right, 0xff53}, {Qt::Key_Down, 0xff54}, {Qt::Key_PageUp, 0xff55},
        {Qt::Key_PageDown, 0xff56}, {Qt::Key_Shift, 0xffe1}, {Qt::Key_Control, 0xffe3},
        {Qt::Key_Meta, 0xffeb}, {Qt::Key_Alt, 0xffe9}, {Qt::Key_AltGr, 0xfe03},
        {Qt::Key_CapsLock, 0xffe5}, {Qt::Key_NumLock, 0xff7f}, {Qt::Key_ScrollLock, 0xff14},
        {Qt::Key_Menu, 0xff67}, {Qt::Key_Super_L, 0xffeb}, {Qt::Key_Super_R, 0xffec},
        {Qt::Key_Space, 0x20},
    };
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F35)
        return 0xffbe + quint32(qtKey - Qt::Key_F1);
    if (const auto it = special.constFind(qtKey); it != special.constEnd())
        return *it;
    if (text.size() == 1) {
        const char16_t c = text.at(0).unicode();
        if (c >= 0x20 && c <= 0x7e)
            return c;
        if (c >= 0xa0 && c <= 0xff)
            return c; // Latin-1 keysyms equal their code points
        if (c > 0xff)
            return 0x01000000 | c; // X's Unicode keysym range
    }
    // A letter key without text (with Ctrl held, say): its lower-case keysym.
    if (qtKey >= Qt::Key_A && qtKey <= Qt::Key_Z)
        return quint32('a' + (qtKey - Qt::Key_A));
    if (qtKey >= Qt::Key_0 && qtKey <= Qt::Key_9)
        return quint32('0' + (qtKey - Qt::Key_0));
    return 0;
}

} // namespace Keymap
