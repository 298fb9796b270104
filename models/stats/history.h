#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>

// What a series measures. The disk and network metrics exist once per device
// (a disk's target, an interface's name); the others once.
enum class Metric : quint8 {
    // A domain's.
    Cpu, CpuHost, Memory, Balloon, Rss,
    DiskRead, DiskWrite, DiskReadIops, DiskWriteIops,
    NetRx, NetTx,
    // The host's.
    HostCpu, HostMemoryUsed, HostMemoryTotal, KsmShared, KsmSaved, RunningGuests,
};

// A fixed-capacity ring of floats (NaN: nothing known at that tick). Its
// storage grows in steps up to the capacity, so a guest that ran for a
// minute costs a minute of history, and an hour at most what an hour costs.
class SeriesRing
{
public:
    explicit SeriesRing(int capacity = 0) : m_capacity(capacity) {}
    void setCapacity(int capacity); // keeps the newest values
    int capacity() const { return m_capacity; }
    int size() const { return m_size; }
    void push(float value);
    float at(int i) const { return m_data[(m_start + i) % m_data.size()]; } // 0: the oldest
    float last() const { return m_size ? at(m_size - 1) : NAN; }
    // How many of the newest values are equal (NaN equals NaN here); at most
    // the capacity. A sparkline of n points is unchanged by a push when this
    // was above n before it.
    int unchangedRun() const { return m_run; }
    qint64 bytes() const { return qint64(m_data.capacity()) * sizeof(float); }
    void clear();

private:
    QVector<float> m_data;
    int m_start = 0;
    int m_size = 0;
    int m_capacity = 0;
    int m_run = 0;
};

// The history of one domain, or of the host: one time axis, and one series
// per metric and device, at full resolution for `capacity` ticks, and
// downsampled into buckets (minimum, average and maximum of each) for the
// long view (24 hours of one-minute buckets by default).
class History
{
public:
    struct Point
    {
        double time; // seconds since the epoch
        double value;
        double min;
        double max;
    };
    struct Sample
    {
        Metric metric;
        QString device;
        double value; // < 0 or NaN: not known this tick
    };

    explicit History(int capacity = 3600, double bucketSeconds = 60, int buckets = 1440);

    void setCapacity(int capacity);
    int capacity() const { return m_times.capacity(); }
    // One tick. A series not named in `samples` gets a gap at this tick.
    void append(double time, const QVector<Sample> &samples);
    void clear();

    int size() const { return m_times.size(); }
    double firstTime() const;
    double lastTime() const;
    double fullResolutionSince() const { return firstTime(); }
    bool has(Metric m) const;
    QStringList devices(Metric m) const;
    // The newest value; for a per-device metric with an empty device, the sum
    // over its devices. NaN when unknown.
    double last(Metric m, const QString &device = {}) const;
    // Points from `since` on: at full resolution where the ring reaches back
    // that far, else the buckets (each bucket's average, minimum and maximum).
    // An empty device on a per-device metric sums the devices.
    QVector<Point> points(Metric m, const QString &device, double since) const;
    // The newest `n` values of the sum of the given metrics over all their
    // devices (a sparkline), oldest first; NaN where nothing is known.
    QVector<float> recent(std::initializer_list<Metric> metrics, int n) const;
    // Whether the newest tick left the last `n` values of recent() as they
    // were one tick before (so a sparkline of them needs no repaint).
    bool steady(std::initializer_list<Metric> metrics, int n) const;

    qint64 bytes() const;

private:
    struct Series
    {
        Metric metric;
        QString device;
        SeriesRing values;
        SeriesRing bucketMin, bucketAvg, bucketMax;
        double sum = 0;
        float min = NAN, max = NAN;
        int count = 0;
    };
    Series *series(Metric m, const QString &device);
    const Series *findSeries(Metric m, const QString &device) const;
    void closeBucket();

    SeriesRing m_times; // seconds since m_base
    SeriesRing m_bucketTimes;
    QVector<Series> m_series;
    double m_base = -1;
    double m_bucketSeconds;
    double m_bucketStart = -1;
};
