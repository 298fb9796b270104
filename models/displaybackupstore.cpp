#include "displaybackupstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

QString normalUuid(const QString &uuid)
{
    const QUuid u = QUuid::fromString(uuid);
    return u.isNull() ? uuid.trimmed().toLower() : u.toString(QUuid::WithoutBraces);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

DisplayBackupStore::DisplayBackupStore()
    : DisplayBackupStore(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/display-backups"))
{
}

DisplayBackupStore::DisplayBackupStore(const QString &directory)
    : m_directory(directory)
{
}

QString DisplayBackupStore::fileName(const QString &uri, const QString &uuid) const
{
    // The same UUID can name VMs on two hosts; the URI's hash keeps them apart.
    const QByteArray host = QCryptographicHash::hash(uri.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(host) + QLatin1Char('-') + normalUuid(uuid)
           + QStringLiteral(".json");
}

VoidResult DisplayBackupStore::save(const Entry &entry) const
{
    const QByteArray dir = QFile::encodeName(m_directory);
    if (!QDir().mkpath(m_directory) || ::chmod(dir.constData(), 0700) != 0)
        return Error{0, tr("The folder %1 for the copy of the definition cannot be made: %2").arg(m_directory, systemError())};
    QJsonObject o;
    o.insert(QStringLiteral("uri"), entry.uri);
    o.insert(QStringLiteral("uuid"), normalUuid(entry.uuid));
    o.insert(QStringLiteral("before"), entry.before);
    o.insert(QStringLiteral("after"), entry.after);
    o.insert(QStringLiteral("saved"), (entry.saved.isValid() ? entry.saved : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate));
    const QByteArray data = QJsonDocument(o).toJson();

    const QString path = fileName(entry.uri, entry.uuid);
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".new";
    ::unlink(temporary.constData());
    // Created 0600 from the start: the secrets are never readable by others,
    // not even for a moment before a chmod.
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{0, tr("The copy of the definition cannot be written to %1: %2").arg(path, systemError())};
    const bool written = writeAll(fd, data) && ::fsync(fd) == 0;
    const QString writeError = systemError();
    ::close(fd);
    if (!written || ::rename(temporary.constData(), target.constData()) != 0) {
        const QString reason = written ? systemError() : writeError;
        ::unlink(temporary.constData());
        return Error{0, tr("The copy of the definition cannot be written to %1: %2").arg(path, reason)};
    }
    return {};
}

std::optional<DisplayBackupStore::Entry> DisplayBackupStore::load(const QString &uri, const QString &uuid) const
{
    QFile file(fileName(uri, uuid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Entry e;
    e.uri = o.value(QStringLiteral("uri")).toString();
    e.uuid = o.value(QStringLiteral("uuid")).toString();
    e.before = o.value(QStringLiteral("before")).toString();
    e.after = o.value(QStringLiteral("after")).toString();
    e.saved = QDateTime::fromString(o.value(QStringLiteral("saved")).toString(), Qt::ISODate);
    if (e.uri != uri || e.uuid != normalUuid(uuid) || e.before.isEmpty())
        return std::nullopt;
    return e;
}

bool DisplayBackupStore::contains(const QString &uri, const QString &uuid) const
{
    return load(uri, uuid).has_value();
}

VoidResult DisplayBackupStore::remove(const QString &uri, const QString &uuid) const
{
    const QByteArray path = QFile::encodeName(fileName(uri, uuid));
    if (::unlink(path.constData()) != 0 && errno != ENOENT)
        return Error{0, tr("The copy of the definition %1 cannot be removed: %2").arg(QFile::decodeName(path), systemError())};
    return {};
}
