#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The VNC clipboard on the wire: the classic cut text (Latin-1, LF) and the
// Extended Clipboard pseudo-encoding (UTF-8 with CRLF and a terminating NUL,
// zlib-compressed in "provide" messages). Pure functions; the VNC thread
// (vncworker.cpp) sends and reads the messages.
namespace VncClipboard {

// The pseudo-encoding a client announces in SetEncodings.
constexpr qint32 kEncoding = qint32(0xC0A1E5CE);

// Flags of an extended clipboard message: formats in the low bits, one action above.
enum Flag : quint32 {
    Text = 1u << 0,
    Caps = 1u << 24,
    Request = 1u << 25,
    Peek = 1u << 26,
    Notify = 1u << 27,
    Provide = 1u << 28,
};
constexpr quint32 kActions = Caps | Request | Peek | Notify | Provide;

// What QVirt takes: a message larger than kMaxMessageBytes on the wire closes
// the console (no server sends that much for text); text that inflates past
// kMaxTextBytes is dropped and the console goes on.
constexpr qint64 kMaxMessageBytes = 32 * 1024 * 1024;
constexpr qint64 kMaxTextBytes = 16 * 1024 * 1024;

// Text as the extended clipboard carries it (UTF-8, CRLF, NUL-terminated) and back.
QByteArray toExtendedText(const QString &text);
QString fromExtendedText(const QByteArray &bytes);
// The classic cut text: Latin-1 with LF line ends (characters Latin-1 lacks become '?').
QByteArray toLatin1Text(const QString &text);
QString fromLatin1Text(const QByteArray &bytes);

// The payload (after the flags) of a "provide" message holding text.
QByteArray encodeProvide(const QString &text);

enum class DecodeFailure { None, Corrupt, TooLarge };
// The text in a "provide" payload for the formats in flags; nullopt with
// *failure set when it cannot be read, or when no text is in it (None).
std::optional<QString> decodeProvide(quint32 flags, const QByteArray &payload, DecodeFailure *failure);

// A whole ClientCutText message: the classic one, or an extended one with
// flags and payload (its length is negative on the wire).
QByteArray clientCutText(const QByteArray &latin1);
QByteArray extendedClientCutText(quint32 flags, const QByteArray &payload = {});
// The caps a client answers the server's caps with: text up to kMaxTextBytes.
QByteArray clientCaps();

} // namespace VncClipboard
