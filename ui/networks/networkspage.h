#pragma once

#include "networkinfo.h"
#include "result.h"

#include <QPointer>
#include <QWidget>

class Banner;
class Connection;
class NewNetworkDialog;
class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QVBoxLayout;
class XmlEditorPanel;

// The host window's Virtual Networks page: every network with its state,
// addresses and DHCP range; the selected one's details, DHCP leases and XML;
// new, start, stop, autostart and delete. libvirt's network events keep the
// list current.
class NetworksPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, AutostartColumn, PersistentColumn, ModeColumn, BridgeColumn,
                  AddressColumn, DhcpColumn, ForwardDevColumn, ColumnCount };
    enum Tab { DetailsTab, XmlTab };

    explicit NetworksPage(Connection *connection, QWidget *parent = nullptr);

    // Reads the list again (also after every event and action).
    void reload();
    QString currentName() const;
    bool selectNetwork(const QString &name);
    QVector<NetworkInfo> networks() const { return m_networks; }
    XmlEditorPanel *xmlEditor() const { return m_xml; }
    NewNetworkDialog *newNetwork();

    static QString modeName(const QString &forwardMode);

signals:
    // Each time the list was read again.
    void reloaded();
    void leasesLoaded();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fill(const QVector<NetworkInfo> &networks);
    void selectionChanged();
    void showDetails();
    void loadLeases();
    void updateButtons();
    void start();
    void stop();
    void remove();
    void setAutostart(bool on);
    void actionFailed(const QString &what, const Error &error);
    void retranslate();
    const NetworkInfo *current() const;

    QPointer<Connection> m_connection;
    QVector<NetworkInfo> m_networks;
    Banner *m_banner;
    QTreeWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_delete;
    QCheckBox *m_autostart;
    QPushButton *m_refresh;
    QTabWidget *m_tabs;
    QLabel *m_details;
    QLabel *m_leasesTitle;
    QTreeWidget *m_leases;
    QWidget *m_xmlPage;
    QVBoxLayout *m_xmlLayout;
    XmlEditorPanel *m_xml = nullptr;
    QString m_xmlUuid;
    int m_generation = 0;
    int m_leaseGeneration = 0;
    bool m_loaded = false;
};
