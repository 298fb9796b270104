#pragma once

#include <QPointer>
#include <QWidget>

class Banner;
class Connection;
class HostDeviceModel;
class QLabel;
class QPushButton;
class QTreeView;
class ReadinessView;

// The host window's "Host devices" page: the passthrough checklist, the IOMMU
// group tree with drivers and users, and the host-side actions (bind to
// vfio-pci, give back, make an SR-IOV pool network).
class HostDevicesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit HostDevicesPage(Connection *connection, QWidget *parent = nullptr);

    HostDeviceModel *model() const;
    ReadinessView *readiness() const { return m_readiness; }
    QTreeView *tree() const { return m_tree; }
    void reload();
    void checkReadiness();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void bind(bool toVfio);

    QPointer<Connection> m_connection;
    QPointer<HostDeviceModel> m_model; // the connection's
    Banner *m_banner;
    QLabel *m_readinessTitle;
    ReadinessView *m_readiness;
    QLabel *m_devicesTitle;
    QTreeView *m_tree;
    QPushButton *m_detach;
    QPushButton *m_reattach;
    QPushButton *m_pool;
    QPushButton *m_refresh;
    bool m_shown = false;
};
