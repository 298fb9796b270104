#pragma once

#include "connection.h"
#include "domainlistmodel.h"

#include <QDir>
#include <QSignalSpy>
#include <QString>
#include <QTest>

namespace TestUtil {

inline QString dataUri(const char *file)
{
    return QStringLiteral("test://") + QDir(QStringLiteral(QVIRT_TEST_DATA)).absoluteFilePath(QLatin1String(file));
}

// Opens and waits for the first domain list; fails the test when it does not come.
inline bool openAndLoad(Connection *c, int timeoutMs = 20000)
{
    c->open();
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (c->state() == ConnectionState::Failed) {
            qWarning("open failed: %s", qPrintable(c->lastError()));
            return false;
        }
        if (c->state() == ConnectionState::Connected && c->domainModel()->isLoaded())
            return true;
        QTest::qWait(10);
    }
    qWarning("open timed out, state %d: %s", int(c->state()), qPrintable(c->lastError()));
    return false;
}

// Waits for a future while the event loop runs (continuations, signals).
template<typename T>
T await(QFuture<T> future, int timeoutMs = 120000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    if (!future.isFinished())
        return T(Error{-1, QStringLiteral("timed out")});
    return future.result();
}

inline DomainState stateOf(Connection *c, const QString &nameOrUuid)
{
    const DomainInfo *d = c->domainModel()->find(nameOrUuid);
    return d ? d->state : DomainState::NoState;
}

} // namespace TestUtil

namespace QTest {
template<>
inline char *toString(const DomainState &s)
{
    return qstrdup(DomainListModel::stateName(s).toUtf8().constData());
}
} // namespace QTest
