#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class Connection;
class QLabel;
class QTabWidget;
class HostDevicesPage;
class HostOverview;
class HostStoragePage;
class InterfacesPage;
class NetworksPage;

// The host window of one connection: its summary page (details, usage graphs,
// running guests), its devices, storage pools and volumes, virtual networks
// and interfaces.
class HostWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit HostWindow(Connection *connection, QWidget *parent = nullptr);

    // Not tab indexes: showPage() finds each page's tab.
    enum Page { SummaryPage = 0, DevicesPage = 1, StoragePage = 2, NetworksPage = 3, InterfacesPage = 4 };

    Connection *connection() const { return m_connection; }
    void showPage(Page page);
    HostDevicesPage *devicesPage() const { return m_devices; }
    HostOverview *overview() const { return m_overview; }
    HostStoragePage *storagePage() const { return m_storage; }
    ::NetworksPage *networksPage() const { return m_networks; }
    ::InterfacesPage *interfacesPage() const { return m_interfaces; }

signals:
    // The user asked for a guest's window (from the running guests' table).
    void openDomainRequested(const QString &uuid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();

    QPointer<Connection> m_connection;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    HostDevicesPage *m_devices;
    HostOverview *m_overview;
    HostStoragePage *m_storage;
    ::NetworksPage *m_networks;
    ::InterfacesPage *m_interfaces;
    QHash<Page, QWidget *> m_pages;
};
