#include "pciids.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#include <cstring>

namespace {

struct IdTable
{
    QString path; // empty: the system file
    bool loaded = false;
    QHash<quint16, QString> vendors;
    QHash<quint32, QString> products; // vendor << 16 | product
};

struct Registry
{
    QMutex mutex;
    IdTable tables[2];
};

Registry &registry()
{
    static Registry r;
    return r;
}

IdTable &tableOf(Registry &r, DeviceIds::Bus bus)
{
    return r.tables[bus == DeviceIds::Bus::Pci ? 0 : 1];
}

QString systemFile(DeviceIds::Bus bus)
{
    return bus == DeviceIds::Bus::Pci ? QStringLiteral("/usr/share/misc/pci.ids") : QStringLiteral("/usr/share/misc/usb.ids");
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The id in the four hex digits at p followed by a space, or -1; the caller guarantees five characters.
int idAt(const char *p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int d = hexDigit(p[i]);
        if (d < 0)
            return -1;
        v = v << 4 | d;
    }
    return p[4] == ' ' ? v : -1;
}

QString nameBetween(const char *b, const char *e)
{
    while (b < e && (*b == ' ' || *b == '\t'))
        ++b;
    while (e > b && (e[-1] == ' ' || e[-1] == '\t'))
        --e;
    return QString::fromUtf8(b, qsizetype(e - b));
}

// Vendor lines "xxxx  Name" and their device lines "\txxxx  Name"; deeper lines
// (subsystems, USB interfaces) are skipped. Raw bytes rather than QString lines:
// pci.ids is 1.3 MB and only a quarter of its lines matter.
void parse(const QByteArray &data, IdTable *t)
{
    t->vendors.reserve(4096);
    t->products.reserve(32768);
    const char *p = data.constData();
    const char *const end = p + data.size();
    int vendor = -1;
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        const char *const line = p;
        const char *lineEnd = eol;
        p = eol + 1;
        if (lineEnd > line && lineEnd[-1] == '\r')
            --lineEnd;
        const qsizetype len = lineEnd - line;
        if (len == 0 || line[0] == '#')
            continue;
        if (line[0] == '\t') {
            if (vendor < 0 || len < 6 || line[1] == '\t')
                continue;
            const int device = idAt(line + 1);
            if (device >= 0)
                t->products.insert(quint32(vendor) << 16 | quint32(device), nameBetween(line + 5, lineEnd));
            continue;
        }
        // Any other top-level line ("C 03  Display controller", "AT 0409  ...", "HID ...") opens
        // the sections after the vendor list, whose ids would read as vendors.
        vendor = len >= 6 ? idAt(line) : -1;
        if (vendor < 0)
            break;
        t->vendors.insert(quint16(vendor), nameBetween(line + 5, lineEnd));
    }
}

// Locked by the caller.
const IdTable &loaded(Registry &r, DeviceIds::Bus bus)
{
    IdTable &t = tableOf(r, bus);
    if (!t.loaded) {
        t.loaded = true;
        QFile f(t.path.isEmpty() ? systemFile(bus) : t.path);
        if (f.open(QIODevice::ReadOnly))
            parse(f.readAll(), &t);
    }
    return t;
}

// "0x10de" or "10de" as a number, or -1.
int parseId(const QString &id)
{
    QStringView s = QStringView(id).trimmed();
    if (s.startsWith(u"0x", Qt::CaseInsensitive))
        s = s.mid(2);
    if (s.isEmpty() || s.size() > 4)
        return -1;
    bool ok = false;
    const uint v = s.toUInt(&ok, 16);
    return ok ? int(v) : -1;
}

} // namespace

QString DeviceIds::vendorName(Bus bus, const QString &vendorId)
{
    const int v = parseId(vendorId);
    if (v < 0)
        return {};
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return loaded(r, bus).vendors.value(quint16(v));
}

QString DeviceIds::productName(Bus bus, const QString &vendorId, const QString &productId)
{
    const int v = parseId(vendorId);
    const int p = parseId(productId);
    if (v < 0 || p < 0)
        return {};
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return loaded(r, bus).products.value(quint32(v) << 16 | quint32(p));
}

void DeviceIds::setDataFile(Bus bus, const QString &path)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    IdTable &t = tableOf(r, bus);
    t = IdTable();
    t.path = path;
}

QString DeviceIds::dataFile(Bus bus)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const IdTable &t = tableOf(r, bus);
    return t.path.isEmpty() ? systemFile(bus) : t.path;
}

void fillMissingNames(QVector<HostDevice> &devices)
{
    for (HostDevice &d : devices) {
        if (d.kind == HostDevice::Kind::Other)
            continue;
        const DeviceIds::Bus bus = d.kind == HostDevice::Kind::Pci ? DeviceIds::Bus::Pci : DeviceIds::Bus::Usb;
        if (d.vendorName.isEmpty())
            d.vendorName = DeviceIds::vendorName(bus, d.vendorId);
        if (d.productName.isEmpty())
            d.productName = DeviceIds::productName(bus, d.vendorId, d.productId);
    }
}
