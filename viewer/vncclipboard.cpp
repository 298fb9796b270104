#include "vncclipboard.h"

#include <QtEndian>

#include <zlib.h>

namespace VncClipboard {

namespace {

void appendBigEndian(QByteArray &out, quint32 value)
{
    char b[4];
    qToBigEndian(value, b);
    out.append(b, 4);
}

QByteArray cutTextHeader(qint32 length)
{
    QByteArray msg(4, '\0');
    msg[0] = char(6); // ClientCutText
    appendBigEndian(msg, quint32(length));
    return msg;
}

QString lineFeeds(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

} // namespace

QByteArray toExtendedText(const QString &text)
{
    QString crlf = lineFeeds(text);
    crlf.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QByteArray bytes = crlf.toUtf8();
    bytes.append('\0');
    return bytes;
}

QString fromExtendedText(const QByteArray &bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    return lineFeeds(QString::fromUtf8(nul < 0 ? bytes : bytes.left(nul)));
}

QByteArray toLatin1Text(const QString &text)
{
    return lineFeeds(text).toLatin1();
}

QString fromLatin1Text(const QByteArray &bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    return lineFeeds(QString::fromLatin1(nul < 0 ? bytes : bytes.left(nul)));
}

// A zlib stream flushed, not finished, as TigerVNC writes it: LibVNCServer
// 0.9.14 takes the end of a finished stream for an error and drops the client.
// QEMU and TigerVNC read both.
QByteArray encodeProvide(const QString &text)
{
    QByteArray plain;
    const QByteArray utf8 = toExtendedText(text);
    appendBigEndian(plain, quint32(utf8.size()));
    plain.append(utf8);
    z_stream zs{};
    if (deflateInit(&zs, Z_DEFAULT_COMPRESSION) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&zs, uLong(plain.size())) + 16), '\0');
    zs.next_in = reinterpret_cast<Bytef *>(plain.data());
    zs.avail_in = uInt(plain.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_SYNC_FLUSH);
    const bool whole = rc == Z_OK && zs.avail_in == 0;
    out.resize(out.size() - qsizetype(zs.avail_out));
    deflateEnd(&zs);
    return whole ? out : QByteArray();
}

std::optional<QString> decodeProvide(quint32 flags, const QByteArray &payload, DecodeFailure *failure)
{
    *failure = DecodeFailure::None;
    if (!(flags & Text))
        return std::nullopt;
    // One zlib stream: per format in the flags, lowest bit first, a 32-bit
    // size and that many bytes. Text is the lowest bit: only its entry is read,
    // and no more of the stream is inflated than that entry needs.
    z_stream zs{};
    if (inflateInit(&zs) != Z_OK) {
        *failure = DecodeFailure::Corrupt;
        return std::nullopt;
    }
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(payload.constData()));
    zs.avail_in = uInt(payload.size());
    QByteArray out;
    qint64 want = 4; // the size first, then the text
    bool sizeKnown = false;
    while (out.size() < want) {
        const qsizetype had = out.size();
        out.resize(qsizetype(std::min<qint64>(want, had + 65536)));
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + had);
        zs.avail_out = uInt(out.size() - had);
        const int rc = inflate(&zs, Z_NO_FLUSH);
        out.resize(out.size() - qsizetype(zs.avail_out));
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
            break;
        if (!sizeKnown && out.size() >= 4) {
            const quint32 size = qFromBigEndian<quint32>(out.constData());
            if (qint64(size) > kMaxTextBytes) {
                inflateEnd(&zs);
                *failure = DecodeFailure::TooLarge;
                return std::nullopt;
            }
            want = 4 + qint64(size);
            sizeKnown = true;
        }
        if (out.size() < want && (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && zs.avail_in == 0)))
            break; // the stream ended before the text did
    }
    inflateEnd(&zs);
    if (!sizeKnown || out.size() < want) {
        *failure = DecodeFailure::Corrupt;
        return std::nullopt;
    }
    return fromExtendedText(out.mid(4, qsizetype(want - 4)));
}

QByteArray clientCutText(const QByteArray &latin1)
{
    QByteArray msg = cutTextHeader(qint32(latin1.size()));
    msg.append(latin1);
    return msg;
}

QByteArray extendedClientCutText(quint32 flags, const QByteArray &payload)
{
    QByteArray msg = cutTextHeader(-qint32(4 + payload.size()));
    appendBigEndian(msg, flags);
    msg.append(payload);
    return msg;
}

QByteArray clientCaps()
{
    QByteArray sizes;
    appendBigEndian(sizes, quint32(kMaxTextBytes));
    return extendedClientCutText(Caps | Request | Peek | Notify | Provide | Text, sizes);
}

} // namespace VncClipboard
