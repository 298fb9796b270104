#include "qemuimg.h"

#include "filename.h"
#include "hostcommand.h"

#include <cerrno>

namespace QemuImg {

namespace {

constexpr int kInfoTimeoutMsec = 30000;
constexpr int kCreateTimeoutMsec = 60000;

} // namespace

Result<QByteArray> run(const QList<QByteArray> &args, int timeoutMsec)
{
    const HostCommand::Outcome o = HostCommand::run(QList<QByteArray>{QByteArrayLiteral("qemu-img")} + args, timeoutMsec);
    if (!o.started)
        return Error{0, {}, 0, ENOENT};
    if (o.timedOut)
        return Error{0, {}, 0, ETIMEDOUT};
    if (o.exitCode != 0)
        return Error{0, FileName::display(FileName::fromNative(o.errors.trimmed()))};
    return o.output;
}

QVector<DiskImage> info(const QByteArray &path, bool backingChain)
{
    QList<QByteArray> args{QByteArrayLiteral("info")};
    if (backingChain)
        args << QByteArrayLiteral("--backing-chain");
    args << QByteArrayLiteral("--output=json") << QByteArrayLiteral("-U") << path;
    const Result<QByteArray> json = run(args, kInfoTimeoutMsec);
    return json ? parseQemuImgChain(json.value()) : QVector<DiskImage>{};
}

VoidResult createOverlay(const QByteArray &overlay, const QByteArray &backing, const QString &backingFormat)
{
    const Result<QByteArray> created = run({QByteArrayLiteral("create"), QByteArrayLiteral("-q"), QByteArrayLiteral("-f"),
                                            QByteArrayLiteral("qcow2"), QByteArrayLiteral("-F"),
                                            backingFormat.isEmpty() ? QByteArrayLiteral("qcow2") : backingFormat.toLatin1(),
                                            QByteArrayLiteral("-b"), backing, overlay},
                                           kCreateTimeoutMsec);
    if (!created)
        return created.error();
    return {};
}

} // namespace QemuImg
