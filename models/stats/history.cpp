#include "history.h"

#include <algorithm>

namespace {
// Storage grows by half again (from kFirstStep values), up to the capacity:
// a thousand guests that ran for a minute cost a minute each, not a block
// sized for an hour.
constexpr int kFirstStep = 16;

int grown(int size, int capacity)
{
    return std::min(capacity, std::max(kFirstStep, size + size / 2));
}

bool same(float a, float b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

float known(double v)
{
    return v < 0 || std::isnan(v) ? NAN : float(v);
}

// Per-device metrics sum over their devices when no device is named.
bool perDevice(Metric m)
{
    switch (m) {
    case Metric::DiskRead:
    case Metric::DiskWrite:
    case Metric::DiskReadIops:
    case Metric::DiskWriteIops:
    case Metric::NetRx:
    case Metric::NetTx:
        return true;
    default:
        return false;
    }
}

// A sum where NaN means "nothing known": NaN only when every part is.
void addKnown(float &sum, float v)
{
    if (std::isnan(v))
        return;
    sum = std::isnan(sum) ? v : sum + v;
}
} // namespace

void SeriesRing::setCapacity(int capacity)
{
    capacity = std::max(capacity, 0);
    if (capacity == m_capacity)
        return;
    QVector<float> kept;
    const int keep = std::min(m_size, capacity);
    kept.reserve(std::max(keep, std::min(capacity, kFirstStep)));
    for (int i = m_size - keep; i < m_size; ++i)
        kept.append(at(i));
    m_data = std::move(kept);
    m_start = 0;
    m_size = keep;
    m_capacity = capacity;
    m_run = std::min(m_run, m_size);
}

void SeriesRing::push(float value)
{
    if (m_capacity <= 0)
        return;
    const float before = last();
    if (m_size > 0 && same(before, value))
        m_run = std::min(m_run + 1, m_capacity);
    else
        m_run = 1;
    if (m_size < m_capacity) {
        // Still growing (setCapacity() leaves the oldest value first):
        // append, reserving the next step, never past the capacity.
        if (m_data.size() == m_data.capacity())
            m_data.reserve(grown(int(m_data.size()), m_capacity));
        m_data.append(value);
        ++m_size;
        return;
    }
    m_data[m_start] = value;
    m_start = (m_start + 1) % m_data.size();
}

void SeriesRing::clear()
{
    m_data = {};
    m_start = m_size = m_run = 0;
}

History::History(int capacity, double bucketSeconds, int buckets)
    : m_times(capacity)
    , m_bucketTimes(buckets)
    , m_bucketSeconds(bucketSeconds)
{
}

void History::setCapacity(int capacity)
{
    m_times.setCapacity(capacity);
    for (Series &s : m_series)
        s.values.setCapacity(capacity);
}

History::Series *History::series(Metric m, const QString &device)
{
    for (Series &s : m_series) {
        if (s.metric == m && s.device == device)
            return &s;
    }
    // A series that starts later (a disk plugged in) begins with gaps, so
    // every series lines up with the time axis.
    Series s{m, device, SeriesRing(m_times.capacity()), SeriesRing(m_bucketTimes.capacity()),
             SeriesRing(m_bucketTimes.capacity()), SeriesRing(m_bucketTimes.capacity())};
    for (int i = 0; i < m_times.size(); ++i)
        s.values.push(NAN);
    for (int i = 0; i < m_bucketTimes.size(); ++i) {
        s.bucketMin.push(NAN);
        s.bucketAvg.push(NAN);
        s.bucketMax.push(NAN);
    }
    m_series.append(std::move(s));
    return &m_series.last();
}

const History::Series *History::findSeries(Metric m, const QString &device) const
{
    for (const Series &s : m_series) {
        if (s.metric == m && s.device == device)
            return &s;
    }
    return nullptr;
}

void History::closeBucket()
{
    m_bucketTimes.push(float(m_bucketStart - m_base));
    for (Series &s : m_series) {
        if (s.count > 0) {
            s.bucketMin.push(s.min);
            s.bucketAvg.push(float(s.sum / s.count));
            s.bucketMax.push(s.max);
        } else {
            s.bucketMin.push(NAN);
            s.bucketAvg.push(NAN);
            s.bucketMax.push(NAN);
        }
        s.sum = 0;
        s.count = 0;
        s.min = s.max = NAN;
    }
}

void History::append(double time, const QVector<Sample> &samples)
{
    if (m_base < 0) {
        m_base = time;
        m_bucketStart = std::floor(time / m_bucketSeconds) * m_bucketSeconds;
    }
    if (time >= m_bucketStart + m_bucketSeconds) {
        closeBucket();
        m_bucketStart = std::floor(time / m_bucketSeconds) * m_bucketSeconds;
    }
    // Ensure every named series exists first (pointers into m_series move
    // when it grows; a new one is padded with a gap for each earlier tick, so
    // before this tick's time goes in), then push one value into each series.
    for (const Sample &s : samples)
        series(s.metric, s.device);
    m_times.push(float(time - m_base));
    QVector<bool> pushed(m_series.size(), false);
    for (const Sample &sample : samples) {
        for (int i = 0; i < m_series.size(); ++i) {
            Series &s = m_series[i];
            if (pushed[i] || s.metric != sample.metric || s.device != sample.device)
                continue;
            const float v = known(sample.value);
            s.values.push(v);
            pushed[i] = true;
            if (!std::isnan(v)) {
                s.sum += v;
                ++s.count;
                s.min = std::isnan(s.min) ? v : std::min(s.min, v);
                s.max = std::isnan(s.max) ? v : std::max(s.max, v);
            }
            break;
        }
    }
    for (int i = 0; i < m_series.size(); ++i) {
        if (!pushed[i])
            m_series[i].values.push(NAN);
    }
}

void History::clear()
{
    m_times.clear();
    m_bucketTimes.clear();
    m_series.clear();
    m_base = -1;
    m_bucketStart = -1;
}

double History::firstTime() const
{
    return m_times.size() ? m_base + m_times.at(0) : NAN;
}

double History::lastTime() const
{
    return m_times.size() ? m_base + m_times.last() : NAN;
}

bool History::has(Metric m) const
{
    return std::any_of(m_series.begin(), m_series.end(), [m](const Series &s) { return s.metric == m; });
}

QStringList History::devices(Metric m) const
{
    QStringList out;
    for (const Series &s : m_series) {
        if (s.metric == m && !s.device.isEmpty())
            out.append(s.device);
    }
    return out;
}

double History::last(Metric m, const QString &device) const
{
    float sum = NAN;
    for (const Series &s : m_series) {
        if (s.metric == m && (s.device == device || (device.isEmpty() && perDevice(m))))
            addKnown(sum, s.values.last());
    }
    return sum;
}

QVector<History::Point> History::points(Metric m, const QString &device, double since) const
{
    QVector<const Series *> parts;
    for (const Series &s : m_series) {
        if (s.metric == m && (s.device == device || (device.isEmpty() && perDevice(m))))
            parts.append(&s);
    }
    QVector<Point> out;
    if (parts.isEmpty() || m_times.size() == 0)
        return out;
    const bool raw = since >= firstTime() - 1e-6 || m_bucketTimes.size() == 0;
    if (raw) {
        // The ring is in time order: skip to `since` by bisection.
        int lo = 0, hi = m_times.size();
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (m_base + m_times.at(mid) < since)
                lo = mid + 1;
            else
                hi = mid;
        }
        out.reserve(m_times.size() - lo);
        for (int i = lo; i < m_times.size(); ++i) {
            float v = NAN;
            for (const Series *s : parts)
                addKnown(v, s->values.at(i));
            out.append({m_base + m_times.at(i), v, v, v});
        }
        return out;
    }
    for (int i = 0; i < m_bucketTimes.size(); ++i) {
        const double t = m_base + m_bucketTimes.at(i);
        if (t + m_bucketSeconds < since)
            continue;
        float avg = NAN, lo = NAN, hi = NAN;
        for (const Series *s : parts) {
            addKnown(avg, s->bucketAvg.at(i));
            addKnown(lo, s->bucketMin.at(i));
            addKnown(hi, s->bucketMax.at(i));
        }
        out.append({t + m_bucketSeconds / 2, avg, lo, hi});
    }
    // The bucket still filling, then nothing more: its ticks are in the ring.
    for (int i = 0; i < m_times.size(); ++i) {
        const double t = m_base + m_times.at(i);
        if (t < m_bucketStart)
            continue;
        float v = NAN;
        for (const Series *s : parts)
            addKnown(v, s->values.at(i));
        out.append({t, v, v, v});
    }
    return out;
}

QVector<float> History::recent(std::initializer_list<Metric> metrics, int n) const
{
    const int count = std::min(n, m_times.size());
    QVector<float> out(count, NAN);
    for (const Series &s : m_series) {
        if (std::find(metrics.begin(), metrics.end(), s.metric) == metrics.end())
            continue;
        const int first = s.values.size() - count;
        for (int i = 0; i < count; ++i)
            addKnown(out[i], s.values.at(first + i));
    }
    return out;
}

bool History::steady(std::initializer_list<Metric> metrics, int n) const
{
    if (m_times.size() <= 1)
        return false;
    for (const Series &s : m_series) {
        if (std::find(metrics.begin(), metrics.end(), s.metric) != metrics.end() && s.values.unchangedRun() <= n)
            return false;
    }
    return true;
}

qint64 History::bytes() const
{
    qint64 b = m_times.bytes() + m_bucketTimes.bytes() + qint64(m_series.capacity()) * sizeof(Series);
    for (const Series &s : m_series)
        b += s.values.bytes() + s.bucketMin.bytes() + s.bucketAvg.bytes() + s.bucketMax.bytes();
    return b;
}
