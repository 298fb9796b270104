#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

// Whether a host can pass PCI devices through to guests, read from /proc and
// /sys under a root path (so tests can feed fixture trees). Each check says
// pass, fail or "could not check", and what to do about a failure.
class PassthroughReadiness final
{
    Q_DECLARE_TR_FUNCTIONS(PassthroughReadiness)

public:
    enum class Outcome { Pass, Fail, Unknown };

    struct Check
    {
        QString id;     // iommu, vfio, gpu-driver, interrupt-remapping
        Outcome outcome = Outcome::Unknown;
        QString title;
        QString detail; // what was found
        QString fix;    // what to do when it failed
    };

    static QVector<Check> check(const QString &root = QStringLiteral("/"));
};
