#pragma once

#include <QByteArray>
#include <QList>

// Runs a host program (qemu-img) with arguments passed as exact bytes: QProcess
// turns QString arguments into the locale's encoding, which cannot carry a file
// name that is not UTF-8. No shell. Blocks the calling (worker) thread.
namespace HostCommand {

struct Outcome
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;    // -1 when it did not exit normally
    QByteArray output;    // stdout
    QByteArray errors;    // stderr
};

Outcome run(const QList<QByteArray> &argv, int timeoutMs);

} // namespace HostCommand
