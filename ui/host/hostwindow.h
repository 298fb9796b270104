#pragma once

#include <QMainWindow>
#include <QPointer>

class Connection;
class QLabel;
class QTabWidget;
class HostDevicesPage;

// The host window of one connection: its summary page (later: devices,
// networks, storage).
class HostWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit HostWindow(Connection *connection, QWidget *parent = nullptr);

    enum Page { SummaryPage, DevicesPage };

    Connection *connection() const { return m_connection; }
    void showPage(Page page);
    HostDevicesPage *devicesPage() const { return m_devices; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();

    QPointer<Connection> m_connection;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    HostDevicesPage *m_devices;
};
