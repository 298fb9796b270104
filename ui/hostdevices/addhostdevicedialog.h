#pragma once

#include "hostdevxml.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class Banner;
class Connection;
class HostDeviceModel;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTreeView;
class QTreeWidget;

// "Add hardware → host device": PCI functions by IOMMU group, SR-IOV virtual
// functions, USB devices. Adds what is chosen to the VM's persistent
// definition and closes; a refusal keeps the dialog and the choice.
class AddHostDeviceDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Tab { PciTab, SriovTab, UsbTab };

    AddHostDeviceDialog(HostDeviceModel *model, const QString &domainUuid, QWidget *parent = nullptr);

    void setCurrentTab(Tab tab);
    // Selects a device (libvirt node-device name) in the PCI or USB tab.
    bool selectDevice(const QString &nodeDeviceName);
    // Selects a virtual function in the SR-IOV tab.
    bool selectVirtualFunction(const QString &pciAddress);
    // What Add would add now.
    QVector<HostdevRequest> requests() const;

    // Asks for the name of a VF pool network for pf; empty when cancelled.
    static QString askPoolName(QWidget *parent, const QString &pfAddress, int functions);
    // Defines and starts a libvirt network of forward mode='hostdev' holding
    // the VFs; done receives its name (empty when it failed, after saying why).
    static void createVfPool(QWidget *parent, Connection *connection, const QString &name,
                             const QStringList &vfAddresses, const std::function<void(const QString &)> &done);
    // Makes a pool of the chosen card's VFs and chooses "from the pool".
    void createPool(const QString &name);
    static QString randomMac();

signals:
    // The domain was redefined with the new devices.
    void devicesAdded(const QVector<HostdevRequest> &devices);

private:
    void buildPciTab(QWidget *page);
    void buildSriovTab(QWidget *page);
    void buildUsbTab(QWidget *page);
    void updatePci();
    void updateSriov();
    void updateUsb();
    void updateButtons();
    void loadDomain();
    void loadReadiness();
    void bindSelected(bool toVfio);
    void add();

    QPointer<HostDeviceModel> m_model;
    QPointer<Connection> m_connection;
    QString m_uuid;
    QVector<HostdevRequest> m_inDomain; // what the VM already has
    QString m_domainName;

    Banner *m_banner;
    QTabWidget *m_tabs;
    QDialogButtonBox *m_buttons;
    QPushButton *m_addButton;

    // PCI
    QTreeView *m_pciTree;
    QLabel *m_pciInfo;
    QCheckBox *m_wholeGroup;
    QCheckBox *m_managed;
    QPushButton *m_detach;
    QPushButton *m_reattach;

    // SR-IOV
    QComboBox *m_pfCombo;
    QTreeWidget *m_vfList;
    QRadioButton *m_asInterface;
    QRadioButton *m_asHostdev;
    QRadioButton *m_fromPool;
    QLineEdit *m_mac;
    QComboBox *m_poolCombo;
    QPushButton *m_createPool;
    QLabel *m_sriovInfo;

    // USB
    QTreeView *m_usbTree;
    QRadioButton *m_usbById;
    QRadioButton *m_usbByAddress;
    QLabel *m_usbInfo;

    bool m_busy = false;
};
