#pragma once

#include "domaindescription.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

// What a local disk image says about itself, read from its header rather than
// from qemu-img's JSON (which turns file-name bytes that are not UTF-8 into
// U+FFFD, so the name of a backing file could not be found again).
struct ImageHeader
{
    QString format;           // "qcow2", or "raw" when the file has no qcow2 magic
    QByteArray backingFile;   // exact bytes from the header; empty: no backing file
    QString backingFormat;    // from header extension 0xE2792ACA; empty when absent
    qint64 virtualSize = -1;  // bytes the guest sees
    qint64 actualSize = -1;   // bytes allocated on the host (st_blocks * 512)
    qint64 fileSize = -1;     // st_size of a regular file
};

namespace ImageHeaders {

// path: native bytes. nullopt when the file cannot be opened or read.
std::optional<ImageHeader> read(const QByteArray &path);
// The path of a backing file named in overlay's header: absolute names stay,
// relative ones are relative to the overlay's directory (as QEMU resolves them).
QByteArray resolveBacking(const QByteArray &overlay, const QByteArray &backing);
// A local image's chain, top first (top included), with formats and sizes, from
// the headers. top is a FileName string; so are the paths returned. format is
// what the domain declares for top (empty: probe). The walk stops at an image
// that cannot be read, a format other than qcow2 (only qcow2 names a backing
// file here) and after 64 layers.
QVector<DiskImage> chain(const QString &top, const QString &format);

} // namespace ImageHeaders
