#include "offlinemerge.h"

#include "filename.h"
#include "qemuimg.h"

#include <QCoreApplication>

#include <cerrno>
#include <unistd.h>

namespace OfflineMerge {

namespace {

constexpr int kMergeTimeoutMsec = 6 * 60 * 60 * 1000; // a big image takes a while; the worker waits

QByteArray native(const DiskImage &img)
{
    return FileName::toNative(img.path);
}

// The name to write into overlay's header for backing: relative when both sit
// in one directory (as qemu-img create -b writes it), else absolute.
QByteArray backingName(const QByteArray &overlay, const QByteArray &backing)
{
    const qsizetype slash = overlay.lastIndexOf('/');
    const QByteArray dir = overlay.left(slash + 1);
    if (slash >= 0 && backing.startsWith(dir) && !backing.mid(dir.size()).contains('/'))
        return backing.mid(dir.size());
    return backing;
}

VoidResult runQemuImg(const QList<QByteArray> &args)
{
    const Result<QByteArray> ran = QemuImg::run(args, kMergeTimeoutMsec);
    if (ran)
        return {};
    switch (ran.error().osErrno) {
    case ENOENT:
        return Error{0, QCoreApplication::translate("OfflineMerge", "qemu-img could not be started. Install the qemu-utils package on this host.")};
    case ETIMEDOUT:
        return Error{0, QCoreApplication::translate("OfflineMerge", "qemu-img did not finish within six hours and was stopped.")};
    default:
        //: %1 is qemu-img's own error message (English), e.g. "Could not open 'base.qcow2': Permission denied"
        return Error{0, QCoreApplication::translate("OfflineMerge", "qemu-img failed: %1").arg(ran.error().message)};
    }
}

QList<QByteArray> formatArg(const char *flag, const QString &format)
{
    if (format.isEmpty())
        return {};
    return {QByteArray(flag), format.toLatin1()};
}

} // namespace

VoidResult commit(const QVector<DiskImage> &chain, int layer, bool deleteMerged)
{
    if (layer < 0 || layer + 1 >= chain.size())
        return Error{0, QCoreApplication::translate("OfflineMerge", "This layer has no image below it to merge into.")};
    const DiskImage &top = chain.at(layer);
    const DiskImage &base = chain.at(layer + 1);
    QList<QByteArray> args{QByteArrayLiteral("commit"), QByteArrayLiteral("-q")};
    args += formatArg("-f", top.format);
    if (layer > 0)
        args << QByteArrayLiteral("-d"); // the layer leaves the chain: no need to empty it
    args << native(top);
    if (VoidResult r = runQemuImg(args); !r)
        return r;
    if (layer == 0)
        return {};

    const DiskImage &above = chain.at(layer - 1);
    QList<QByteArray> rebase{QByteArrayLiteral("rebase"), QByteArrayLiteral("-q"), QByteArrayLiteral("-u")};
    rebase += formatArg("-f", above.format);
    rebase += formatArg("-F", base.format);
    rebase << QByteArrayLiteral("-b") << backingName(native(above), native(base)) << native(above);
    if (VoidResult r = runQemuImg(rebase); !r)
        return r;
    if (deleteMerged && ::unlink(native(top).constData()) != 0) {
        return Error{0, QCoreApplication::translate("OfflineMerge", "The images were merged, but %1 could not be deleted: %2")
                            .arg(FileName::display(top.path), qt_error_string(errno))};
    }
    return {};
}

VoidResult pull(const QVector<DiskImage> &chain, int base)
{
    if (chain.size() < 2 || base == 0 || base >= chain.size())
        return Error{0, QCoreApplication::translate("OfflineMerge", "There is no backing image to pull into the active layer.")};
    const DiskImage &top = chain.first();
    QList<QByteArray> args{QByteArrayLiteral("rebase"), QByteArrayLiteral("-q")};
    args += formatArg("-f", top.format);
    if (base < 0) {
        args << QByteArrayLiteral("-b") << QByteArray();
    } else {
        args += formatArg("-F", chain.at(base).format);
        args << QByteArrayLiteral("-b") << backingName(native(top), native(chain.at(base)));
    }
    args << native(top);
    return runQemuImg(args);
}

} // namespace OfflineMerge
