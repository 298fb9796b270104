#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

// File names on a Linux host are bytes, not text. QVirt keeps them in QString
// without losing a byte: valid UTF-8 decodes as usual, and each byte of an
// invalid sequence becomes a lone surrogate U+DC80+byte (Python's
// "surrogateescape"), which no UTF-8 text can contain. Every libvirt call,
// unlink, open and qemu-img argument takes the bytes back with toNative();
// everything shown to the user goes through display().
namespace FileName {

// Lossless: toNative(fromNative(b)) == b for any bytes b.
QString fromNative(QByteArrayView bytes);
// The exact bytes a name came from; valid text (no escaped byte) is plain UTF-8.
QByteArray toNative(QStringView name);
// True when the name is valid UTF-8 on the host, i.e. holds no escaped byte.
bool isText(QStringView name);
// For the screen: each escaped byte as \xNN (lowercase hex), everything else as is.
QString display(QStringView name);

} // namespace FileName
