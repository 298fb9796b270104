#include "units.h"

#include <QLocale>

#include <cmath>

UnitScale UnitScale::forMaximum(Kind kind, double maximum)
{
    if (std::isnan(maximum) || maximum < 0)
        maximum = 0;
    switch (kind) {
    case Percent:
        return {Percent, 1};
    case Rate: {
        double divisor = 1;
        while (maximum >= divisor * 1000 && divisor < 1e9)
            divisor *= 1000;
        return {Rate, divisor};
    }
    case Memory:
        // KiB in, MiB below one GiB, GiB from there.
        return {Memory, maximum >= 1024.0 * 1024 ? 1024.0 * 1024 : 1024.0};
    }
    return {};
}

QString UnitScale::unit() const
{
    switch (m_kind) {
    case Percent:
        //: Unit symbol: percent
        return tr("%");
    case Rate:
        if (m_divisor >= 1e9) {
            //: Unit symbol: gigabytes (1,000,000,000 bytes) per second
            return tr("GB/s");
        }
        if (m_divisor >= 1e6) {
            //: Unit symbol: megabytes (1,000,000 bytes) per second
            return tr("MB/s");
        }
        if (m_divisor >= 1e3) {
            //: Unit symbol: kilobytes (1,000 bytes) per second
            return tr("kB/s");
        }
        //: Unit symbol: bytes per second
        return tr("B/s");
    case Memory:
        if (m_divisor >= 1024.0 * 1024) {
            //: Unit symbol: gibibytes (1,073,741,824 bytes)
            return tr("GiB");
        }
        //: Unit symbol: mebibytes (1,048,576 bytes)
        return tr("MiB");
    }
    return {};
}

QString UnitScale::number(double scaled) const
{
    // Three significant digits at most: 2.5, 12.3, 250.
    const double a = std::fabs(scaled);
    const int decimals = a == 0 || a >= 100 ? 0 : a >= 10 ? 1 : 2;
    QString s = QLocale().toString(scaled, 'f', decimals);
    if (decimals > 0) {
        // 2.50 reads as 2.5, 3.00 as 3.
        const QChar point = QLocale().decimalPoint().at(0);
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(1);
    }
    return s;
}

QString UnitScale::format(double value) const
{
    if (std::isnan(value) || value < 0) {
        //: A figure that is not known at this time (in a graph's read-out or the guests table)
        return tr("–");
    }
    //: A figure and its unit: %1 the number, %2 the unit symbol ("2.5 MB/s", "40 %")
    return tr("%1 %2").arg(number(value / m_divisor), unit());
}

QString UnitScale::formatRate(double bytesPerSec)
{
    return forMaximum(Rate, bytesPerSec).format(bytesPerSec);
}

QString UnitScale::formatMemory(double kib)
{
    return forMaximum(Memory, kib).format(kib);
}

QString UnitScale::formatPercent(double percent)
{
    return forMaximum(Percent, percent).format(percent);
}
