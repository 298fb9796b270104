#pragma once

#include <QCoreApplication>
#include <QString>

// How the statistics views write figures: rates in decimal units (B/s, kB/s,
// MB/s, GB/s), memory in binary ones (MiB, GiB), percentages. A view picks
// one scale for a whole graph or column from its largest visible value, so
// axis ticks and read-outs agree.
class UnitScale
{
    Q_DECLARE_TR_FUNCTIONS(UnitScale)

public:
    enum Kind { Percent, Rate, Memory };

    UnitScale() = default;
    // The scale for values of `kind` up to `maximum` (B/s for rates, KiB for memory).
    static UnitScale forMaximum(Kind kind, double maximum);

    Kind kind() const { return m_kind; }
    // What a value is divided by to be written in this unit.
    double divisor() const { return m_divisor; }
    // The unit's symbol in the UI language ("MB/s", "GiB", "%").
    QString unit() const;
    // A value (in B/s, KiB or percent) in this unit with its symbol: "2.5 MB/s".
    QString format(double value) const;
    // A value in this unit's own scale, without the symbol (for tick labels).
    QString number(double scaled) const;

    // One value in its own best unit.
    static QString formatRate(double bytesPerSec);
    static QString formatMemory(double kib);
    static QString formatPercent(double percent);

    bool operator==(const UnitScale &o) const { return m_kind == o.m_kind && m_divisor == o.m_divisor; }

private:
    UnitScale(Kind kind, double divisor) : m_kind(kind), m_divisor(divisor) {}
    Kind m_kind = Percent;
    double m_divisor = 1;
};
