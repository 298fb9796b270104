#include "connectionmanager.h"

#include "connection.h"

#include <QSettings>

ConnectionManager::ConnectionManager(QObject *parent)
    : QObject(parent)
{
}

ConnectionManager::~ConnectionManager()
{
    qDeleteAll(m_connections);
}

int ConnectionManager::indexOf(const Connection *connection) const
{
    return int(m_connections.indexOf(const_cast<Connection *>(connection)));
}

Connection *ConnectionManager::find(const QString &uri) const
{
    for (Connection *c : m_connections) {
        if (c->uri() == uri.trimmed())
            return c;
    }
    return nullptr;
}

Connection *ConnectionManager::add(const QString &uri, bool autoconnect, bool remember)
{
    if (Connection *existing = find(uri)) {
        if (remember && !m_remembered[indexOf(existing)]) {
            m_remembered[indexOf(existing)] = true;
            save();
        }
        return existing;
    }
    Connection *c = create(uri, autoconnect, remember);
    if (remember)
        save();
    return c;
}

Connection *ConnectionManager::create(const QString &uri, bool autoconnect, bool remember)
{
    auto *c = new Connection(uri);
    c->setAutoconnect(autoconnect);
    c->setStatsSettings(m_statsSettings);
    connect(c, &Connection::stateChanged, this, [this, c] { emit connectionStateChanged(indexOf(c)); });
    m_connections.append(c);
    m_remembered.append(remember);
    emit connectionAdded(int(m_connections.size()) - 1);
    return c;
}

void ConnectionManager::remove(Connection *connection)
{
    const int i = indexOf(connection);
    if (i < 0)
        return;
    emit connectionAboutToBeRemoved(i);
    m_connections.removeAt(i);
    const bool wasRemembered = m_remembered.takeAt(i);
    emit connectionRemoved(i);
    connection->setWaitOnClose(false); // its host may hang: never block the window
    connection->deleteLater();
    if (wasRemembered)
        save();
}

void ConnectionManager::setAutoconnect(Connection *connection, bool on)
{
    connection->setAutoconnect(on);
    if (isRemembered(connection))
        save();
}

bool ConnectionManager::isRemembered(const Connection *connection) const
{
    const int i = indexOf(connection);
    return i >= 0 && m_remembered.at(i);
}

int ConnectionManager::restore()
{
    QSettings settings;
    const int n = settings.beginReadArray(QStringLiteral("connections"));
    QVector<QPair<QString, bool>> entries;
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        entries.append({settings.value(QStringLiteral("uri")).toString(),
                        settings.value(QStringLiteral("autoconnect"), true).toBool()});
    }
    settings.endArray();
    int restored = 0;
    for (const auto &[uri, autoconnect] : std::as_const(entries)) {
        if (uri.isEmpty() || find(uri))
            continue;
        create(uri, autoconnect, true);
        ++restored;
    }
    return restored;
}

void ConnectionManager::save() const
{
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("connections"));
    int j = 0;
    for (int i = 0; i < m_connections.size(); ++i) {
        if (!m_remembered.at(i))
            continue;
        settings.setArrayIndex(j++);
        settings.setValue(QStringLiteral("uri"), m_connections.at(i)->uri());
        settings.setValue(QStringLiteral("autoconnect"), m_connections.at(i)->autoconnect());
    }
    settings.endArray();
}

void ConnectionManager::openAutoconnect()
{
    for (Connection *c : std::as_const(m_connections)) {
        if (c->autoconnect())
            c->open();
    }
}

void ConnectionManager::setStatsSettings(const StatsSettings &settings)
{
    m_statsSettings = settings;
    for (Connection *c : std::as_const(m_connections))
        c->setStatsSettings(settings);
}
