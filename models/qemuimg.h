#pragma once

#include "domaindescription.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVector>

// The one way QVirt runs qemu-img on this host: file names go to it as their
// exact bytes (HostCommand), its output and messages come back here. Blocks
// the calling (worker) thread.
namespace QemuImg {

// Runs qemu-img with args (after the program name) for at most timeoutMsec:
// its standard output, or an Error whose osErrno is ENOENT when it could not
// be started, ETIMEDOUT when it was stopped for taking too long, and whose
// message is else qemu-img's own (a file name in it that is not UTF-8 shown
// escaped). Callers say what failed in their own words.
Result<QByteArray> run(const QList<QByteArray> &args, int timeoutMsec);

// `qemu-img info --output=json -U` of an image (native bytes): the image,
// then with backingChain its backing files. Empty when qemu-img cannot tell.
QVector<DiskImage> info(const QByteArray &path, bool backingChain);

// A new qcow2 overlay (native bytes) on backing; format empty: qcow2.
VoidResult createOverlay(const QByteArray &overlay, const QByteArray &backing, const QString &backingFormat);

} // namespace QemuImg
