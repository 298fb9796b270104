#pragma once

#include <QMainWindow>
#include <QPointer>

class Connection;
class QLabel;
class QTabWidget;
class HostDevicesPage;
class HostOverview;
class HostStoragePage;

// The host window of one connection: its summary page (details, usage graphs,
// running guests) and its devices and its storage pools and volumes (later: networks).
class HostWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit HostWindow(Connection *connection, QWidget *parent = nullptr);

    enum Page { SummaryPage, DevicesPage, StoragePage };

    Connection *connection() const { return m_connection; }
    void showPage(Page page);
    HostDevicesPage *devicesPage() const { return m_devices; }
    HostOverview *overview() const { return m_overview; }
    HostStoragePage *storagePage() const { return m_storage; }

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
};
