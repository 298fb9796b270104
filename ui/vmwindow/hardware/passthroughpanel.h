#pragma once

#include "hostdevxml.h"

#include <QPointer>
#include <QWidget>

class Banner;
class Connection;
class HostDeviceModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// The VM window's Hardware page for passthrough: the host devices the VM
// has (add, remove), and the guest settings passthrough needs (hidden
// hypervisor for NVIDIA's error 43, UEFI firmware), with the live-migration
// warning while PCI devices are attached.
class PassthroughPanel final : public QWidget
{
    Q_OBJECT

public:
    PassthroughPanel(Connection *connection, const QString &uuid, QWidget *parent = nullptr);

    HostDeviceModel *hostDevices();
    QVector<HostdevRequest> devices() const { return m_devices; }
    // Opens the picker on a tab (AddHostDeviceDialog::Tab); returns it (non-modal).
    QWidget *openPicker(int tab);
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showDevices();
    void updateButtons();
    void apply();
    void removeSelected();
    QString describe(const HostdevRequest &r);

    QPointer<Connection> m_connection;
    QString m_uuid;
    QPointer<HostDeviceModel> m_model; // the connection's
    QVector<HostdevRequest> m_devices;
    HostdevXml::GuestSettings m_loaded;
    bool m_settingsLoaded = false;
    int m_generation = 0; // of reload()
    int m_applied = 0;    // the newest reload whose answer the page shows

    Banner *m_migration;
    QLabel *m_devicesTitle;
    QTreeWidget *m_list;
    QPushButton *m_addPci;
    QPushButton *m_addSriov;
    QPushButton *m_addUsb;
    QPushButton *m_remove;
    QLabel *m_settingsTitle;
    QCheckBox *m_hide;
    QLabel *m_vendorLabel;
    QLineEdit *m_vendorId;
    QLabel *m_firmwareLabel;
    QComboBox *m_firmware;
    QLabel *m_note;
    QPushButton *m_apply;
};
