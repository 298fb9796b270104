#pragma once

#include "networkinfo.h"

#include <QPointer>
#include <QWidget>

class Connection;
class QLabel;
class QPushButton;
class QTreeWidget;

// The host window's Interfaces page: the host's bridges and NICs with their
// state, MAC, addresses and bridge ports (read-only), and the steps to make a
// bridge such as br0 where the host has none.
class InterfacesPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, StateColumn, MacColumn, Ipv4Column, Ipv6Column, MembersColumn, ColumnCount };

    explicit InterfacesPage(Connection *connection, QWidget *parent = nullptr);

    void reload();
    QVector<HostInterfaceInfo> interfaces() const { return m_interfaces; }
    // Bridges that are not a libvirt network's own (br0, not virbr0).
    QStringList hostBridges() const;

signals:
    void reloaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void showDetails();
    void retranslate();

    QPointer<Connection> m_connection;
    QVector<HostInterfaceInfo> m_interfaces;
    QStringList m_networkBridges;
    QLabel *m_notice;
    QTreeWidget *m_list;
    QLabel *m_details;
    QLabel *m_steps;
    QPushButton *m_refresh;
    int m_generation = 0;
    bool m_loaded = false;
};
