#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Small ISO 9660 images for tests, made with xorriso (Debian package xorriso, in
// QVIRT_TEST_PACKAGES). Header-only: the OS database tests and the New VM wizard's use it.
namespace IsoImage {

// Writes an image to isoPath with volume id volumeId (at most 32 characters) holding files
// (path inside the image, "/" separated, may start with a dot such as ".disk/info" -> contents).
// extraArgs go to `xorriso -as mkisofs` before the source directory, e.g.
// {"-sysid", "LINUX"}, {"-publisher", "MICROSOFT CORPORATION"}, {"-A", "application"},
// or {"-b", "boot.img", "-no-emul-boot"} for an El Torito boot record (boot.img among files).
// Returns isoPath, or an empty string with *error saying what went wrong.
inline QString makeIso(const QString &isoPath, const QString &volumeId, const QMap<QString, QByteArray> &files, QString *error,
                       const QStringList &extraArgs = {})
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    const QString xorriso = QStandardPaths::findExecutable(QStringLiteral("xorriso"));
    if (xorriso.isEmpty())
        return fail(QStringLiteral("xorriso is not installed; install the xorriso package (scripts/test.sh does) to build test ISO images"));
    QTemporaryDir staging;
    if (!staging.isValid())
        return fail(QStringLiteral("cannot create a staging directory: %1").arg(staging.errorString()));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = staging.filePath(it.key());
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(QStringLiteral("cannot create the directory for %1").arg(it.key()));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            return fail(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    }
    QFile::remove(isoPath);
    QStringList args{QStringLiteral("-as"), QStringLiteral("mkisofs"), QStringLiteral("-quiet"), QStringLiteral("-R"),
                     QStringLiteral("-V"), volumeId, QStringLiteral("-o"), isoPath};
    args += extraArgs;
    args += staging.path();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(xorriso, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(QStringLiteral("xorriso %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll())));
    if (!QFileInfo::exists(isoPath))
        return fail(QStringLiteral("xorriso wrote no %1").arg(isoPath));
    return isoPath;
}

// The first `bytes` bytes of `from` in `to` (what a partial download of a remote volume holds).
inline bool copyHead(const QString &from, const QString &to, qint64 bytes)
{
    QFile in(from), out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray data = in.read(bytes);
    return out.write(data) == data.size();
}

} // namespace IsoImage
