#pragma once

#include "networkinfo.h"

#include <QDialog>
#include <QPointer>

class Connection;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Makes a virtual network: NAT, routed, isolated, open, bridged to a host
// bridge, or a pool of SR-IOV virtual functions. The fields follow the mode;
// the IPv4 network is checked against the other networks and the host's
// addresses. Create defines (validated), starts and autostarts it; a refusal
// keeps the dialog open with what was typed.
class NewNetworkDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewNetworkDialog(Connection *connection, QWidget *parent = nullptr);

    // What the fields say now.
    NetworkSpec spec() const;
    // Empty when the fields make a network; else what is wrong.
    QString problem() const;
    // The dialog reads these itself when it opens; tests may set them.
    void setHostFacts(const QVector<NetworkInfo> &networks, const QVector<HostInterfaceInfo> &interfaces);
    // Whether the host's networks and interfaces were read (or set).
    bool hostFactsKnown() const { return m_factsKnown; }

signals:
    // The network was made (and started when asked); its name.
    void created(const QString &name);

private:
    void modeChanged();
    void networkChanged();
    void validate();
    void create();

    QPointer<Connection> m_connection;
    QVector<NetworkInfo> m_networks;
    QVector<HostInterfaceInfo> m_interfaces;
    QLineEdit *m_name;
    QComboBox *m_mode;
    QLineEdit *m_bridge;
    QComboBox *m_hostBridge;
    QComboBox *m_forwardDev;
    QComboBox *m_pfDev;
    QLineEdit *m_network;
    QSpinBox *m_prefix;
    QCheckBox *m_dhcp;
    QLineEdit *m_dhcpStart;
    QLineEdit *m_dhcpEnd;
    QCheckBox *m_start;
    QCheckBox *m_autostart;
    QLabel *m_check;
    QDialogButtonBox *m_buttons;
    QString m_suggestedNetwork; // replaced when the host's networks arrive, unless edited
    QString m_suggestedName;
    bool m_busy = false;
    bool m_factsKnown = false;
};
