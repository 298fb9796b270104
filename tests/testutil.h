#pragma once

#include "connection.h"
#include "domainlistmodel.h"

#include <QDir>
#include <QSignalSpy>
#include <QString>
#include <QTest>

// glibc caches translations by locale, not by LANGUAGE: a change of LANGUAGE
// takes effect once this counter moves (as gettext's manual says).
extern "C" int _nl_msg_cat_cntr;

namespace TestUtil {

// libvirt's client-side messages in this language (libvirt-l10n); empty: the locale's.
inline void setLanguage(const QByteArray &language)
{
    if (language.isEmpty())
        qunsetenv("LANGUAGE");
    else
        qputenv("LANGUAGE", language);
    ++_nl_msg_cat_cntr;
}

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
