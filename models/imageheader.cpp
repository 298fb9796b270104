#include "imageheader.h"

#include "filename.h"

#include <QtEndian>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ImageHeaders {

namespace {

constexpr quint32 kQcow2Magic = 0x514649fb; // "QFI\xfb"
constexpr quint32 kBackingFormatExtension = 0xE2792ACA;
constexpr quint32 kMaxBackingName = 1023; // QEMU's limit
constexpr int kHeaderRead = 64 * 1024;    // header, extensions and backing name sit in the first cluster

quint32 be32(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

quint64 be64(const QByteArray &b, qsizetype at)
{
    return qFromBigEndian<quint64>(b.constData() + at);
}

class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

std::optional<ImageHeader> read(const QByteArray &path)
{
    Fd fd(::open(path.constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return std::nullopt;
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0)
        return std::nullopt;
    QByteArray head(kHeaderRead, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < head.size()) {
        const ssize_t n = ::pread(fd.get(), head.data() + got, size_t(head.size() - got), off_t(got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    head.truncate(got);

    ImageHeader h;
    h.actualSize = qint64(st.st_blocks) * 512;
    h.fileSize = S_ISREG(st.st_mode) ? qint64(st.st_size) : -1;
    if (head.size() < 72 || be32(head, 0) != kQcow2Magic) {
        h.format = QStringLiteral("raw");
        h.virtualSize = h.fileSize;
        return h;
    }
    h.format = QStringLiteral("qcow2");
    const quint32 version = be32(head, 4);
    const quint64 backingOffset = be64(head, 8);
    const quint32 backingSize = be32(head, 16);
    h.virtualSize = qint64(be64(head, 24));
    if (backingOffset != 0 && backingSize > 0 && backingSize <= kMaxBackingName
        && backingOffset + backingSize <= quint64(head.size()))
        h.backingFile = head.mid(qsizetype(backingOffset), qsizetype(backingSize));

    // Version 3 headers give their own length (at byte 100); version 2 ends at 72.
    quint64 at = 72;
    if (version >= 3 && head.size() >= 104)
        at = be32(head, 100);
    while (at + 8 <= quint64(head.size())) {
        const quint32 type = be32(head, qsizetype(at));
        const quint32 length = be32(head, qsizetype(at) + 4);
        if (type == 0 || at + 8 + length > quint64(head.size()))
            break;
        if (type == kBackingFormatExtension)
            h.backingFormat = QString::fromLatin1(head.mid(qsizetype(at) + 8, qsizetype(length)));
        at += 8 + ((quint64(length) + 7) & ~quint64(7));
    }
    return h;
}

QByteArray resolveBacking(const QByteArray &overlay, const QByteArray &backing)
{
    // Absolute, or a protocol/json: name (a ':' before any '/', as QEMU tests it).
    const qsizetype colon = backing.indexOf(':'), firstSlash = backing.indexOf('/');
    if (backing.startsWith('/') || (colon >= 0 && (firstSlash < 0 || colon < firstSlash)))
        return backing;
    const qsizetype slash = overlay.lastIndexOf('/');
    return slash < 0 ? backing : overlay.left(slash + 1) + backing;
}

QVector<DiskImage> chain(const QString &top, const QString &format)
{
    constexpr int kMaxDepth = 64;
    QVector<DiskImage> layers{{top, format, {}}};
    QByteArray current = FileName::toNative(top);
    for (int depth = 0; depth < kMaxDepth; ++depth) {
        const std::optional<ImageHeader> h = read(current);
        if (!h)
            break;
        DiskImage &layer = layers.last();
        if (layer.format.isEmpty())
            layer.format = h->format;
        layer.actualSize = h->actualSize;
        if (layer.format == h->format)
            layer.virtualSize = h->virtualSize;
        else if (layer.format == QLatin1String("raw"))
            layer.virtualSize = h->fileSize; // qcow2 bytes the domain reads as raw
        else
            break; // vmdk, qed...: this reader does not know their sizes or backing files
        if (layer.format != QLatin1String("qcow2") || h->backingFile.isEmpty())
            break;
        current = resolveBacking(current, h->backingFile);
        layers.append({FileName::fromNative(current), h->backingFormat, {}});
    }
    return layers;
}

} // namespace ImageHeaders
