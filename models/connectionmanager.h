#pragma once

#include "statstypes.h"

#include <QObject>
#include <QString>
#include <QVector>

class Connection;

// The set of connections the user works with, in display order, remembered
// across runs (URI and autoconnect flag) in QSettings.
class ConnectionManager final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionManager(QObject *parent = nullptr);
    ~ConnectionManager() override;

    int count() const { return int(m_connections.size()); }
    Connection *at(int index) const { return m_connections.at(index); }
    int indexOf(const Connection *connection) const;
    Connection *find(const QString &uri) const;

    // Adds (or returns the existing) connection for uri. remember: saved for
    // the next run. Does not open it.
    Connection *add(const QString &uri, bool autoconnect = true, bool remember = true);
    void remove(Connection *connection);
    void setAutoconnect(Connection *connection, bool on);
    bool isRemembered(const Connection *connection) const;

    // Loads the remembered connections; returns how many.
    int restore();
    void save() const;
    // Opens every connection marked autoconnect.
    void openAutoconnect();

    void setStatsSettings(const StatsSettings &settings);
    StatsSettings statsSettings() const { return m_statsSettings; }

signals:
    void connectionAdded(int index);
    void connectionAboutToBeRemoved(int index);
    void connectionRemoved(int index);
    void connectionStateChanged(int index);

private:
    Connection *create(const QString &uri, bool autoconnect, bool remember);

    QVector<Connection *> m_connections;
    QVector<bool> m_remembered;
    StatsSettings m_statsSettings;
};
