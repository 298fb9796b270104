#include "passthroughpanel.h"

#include "addhostdevicedialog.h"
#include "banner.h"
#include "connection.h"
#include "domainlistmodel.h"
#include "hostdevicemodel.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTreeWidget>
#include <QVBoxLayout>

PassthroughPanel::PassthroughPanel(Connection *connection, const QString &uuid, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_uuid(uuid)
    , m_migration(new Banner(this))
    , m_devicesTitle(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_addPci(new QPushButton(this))
    , m_addSriov(new QPushButton(this))
    , m_addUsb(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_settingsTitle(new QLabel(this))
    , m_hide(new QCheckBox(this))
    , m_vendorLabel(new QLabel(this))
    , m_vendorId(new QLineEdit(this))
    , m_firmwareLabel(new QLabel(this))
    , m_firmware(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_apply(new QPushButton(this))
{
    setObjectName(QStringLiteral("passthroughPanel"));
    m_migration->setObjectName(QStringLiteral("migrationWarning"));
    m_migration->hide();
    m_list->setObjectName(QStringLiteral("hostdevList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_devicesTitle->setBuddy(m_list);
    m_addPci->setObjectName(QStringLiteral("addPciButton"));
    m_addSriov->setObjectName(QStringLiteral("addSriovButton"));
    m_addUsb->setObjectName(QStringLiteral("addUsbButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_hide->setObjectName(QStringLiteral("hideHypervisor"));
    m_vendorId->setObjectName(QStringLiteral("vendorId"));
    m_vendorId->setMaxLength(12);
    m_vendorId->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^[^,]{1,12}$")), m_vendorId));
    m_vendorLabel->setBuddy(m_vendorId);
    m_firmware->setObjectName(QStringLiteral("firmware"));
    m_firmware->addItem(QString(), int(HostdevXml::GuestSettings::Firmware::Bios));
    m_firmware->addItem(QString(), int(HostdevXml::GuestSettings::Firmware::Uefi));
    m_firmwareLabel->setBuddy(m_firmware);
    m_note->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("applyButton"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_addPci, m_addSriov, m_addUsb})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_remove);
    auto *form = new QFormLayout;
    form->addRow(m_hide);
    form->addRow(m_vendorLabel, m_vendorId);
    form->addRow(m_firmwareLabel, m_firmware);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_note, 1);
    applyRow->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_migration);
    layout->addWidget(m_devicesTitle);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addSpacing(12);
    layout->addWidget(m_settingsTitle);
    layout->addLayout(form);
    layout->addLayout(applyRow);

    connect(m_addPci, &QPushButton::clicked, this, [this] { openPicker(AddHostDeviceDialog::PciTab); });
    connect(m_addSriov, &QPushButton::clicked, this, [this] { openPicker(AddHostDeviceDialog::SriovTab); });
    connect(m_addUsb, &QPushButton::clicked, this, [this] { openPicker(AddHostDeviceDialog::UsbTab); });
    connect(m_remove, &QPushButton::clicked, this, &PassthroughPanel::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PassthroughPanel::updateButtons);
    connect(m_hide, &QCheckBox::toggled, this, &PassthroughPanel::updateButtons);
    connect(m_vendorId, &QLineEdit::textChanged, this, &PassthroughPanel::updateButtons);
    connect(m_firmware, &QComboBox::currentIndexChanged, this, &PassthroughPanel::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &PassthroughPanel::apply);
    connect(connection, &Connection::domainUpdated, this, [this](const DomainInfo &d) {
        if (d.uuid == m_uuid)
            reload();
    });
    connect(connection, &Connection::stateChanged, this, [this](ConnectionState s) {
        if (s == ConnectionState::Connected)
            reload();
    });
    retranslate();
    reload();
}

HostDeviceModel *PassthroughPanel::hostDevices()
{
    // Listing node devices costs a round trip per device: only when asked.
    if (!m_model && m_connection) {
        m_model = m_connection->hostDeviceModel();
        connect(m_model, &HostDeviceModel::loaded, this, &PassthroughPanel::showDevices);
        if (m_model->isLoaded())
            showDevices();
        else
            m_model->reload();
    }
    return m_model;
}

void PassthroughPanel::showEvent(QShowEvent *event)
{
    if (!m_devices.isEmpty())
        hostDevices(); // names for the list, once the page is looked at
    QWidget::showEvent(event);
}

void PassthroughPanel::retranslate()
{
    m_migration->showMessage(Banner::Kind::Information,
                             tr("Live migration is not possible while PCI devices are passed through: they cannot move "
                                "with the VM to another host. Shut the VM down to move it, or remove the devices first."));
    m_devicesTitle->setText(tr("<b>Host devi&ces passed through</b>"));
    //: Column header of the VM's passed-through host devices
    m_list->setHeaderLabels({tr("Device"), tr("Host address"), tr("Details")});
    m_list->setAccessibleName(tr("Host devices passed through"));
    m_addPci->setText(tr("Add &PCI Device…"));
    m_addSriov->setText(tr("Add &SR-IOV Function…"));
    m_addUsb->setText(tr("Add &USB Device…"));
    //: Button: detach the selected host device from the VM; the device stays on the host (this does not delete anything)
    m_remove->setText(tr("&Remove"));
    m_settingsTitle->setText(tr("<b>Guest settings for passthrough</b>"));
    m_hide->setText(tr("&Hide the hypervisor from the guest (fixes NVIDIA error 43)"));
    m_hide->setToolTip(tr("Adds <kvm><hidden state='on'/></kvm> and a Hyper-V vendor id, so the NVIDIA driver in the "
                          "guest does not see that it runs in a VM."));
    m_vendorLabel->setText(tr("Hyper-V &vendor id:"));
    m_firmwareLabel->setText(tr("&Firmware:"));
    m_firmware->setItemText(0, tr("BIOS (SeaBIOS)"));
    m_firmware->setItemText(1, tr("UEFI (OVMF), which most passed-through graphics cards need"));
    //: Button: save the passthrough settings to the VM's configuration
    m_apply->setText(tr("&Apply"));
    showDevices();
    updateButtons();
}

void PassthroughPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PassthroughPanel::reload()
{
    if (!m_connection || m_connection->state() != ConnectionState::Connected)
        return;
    const int generation = ++m_generation;
    m_connection->domainXml(m_uuid, true).then(this, [this, generation](const Result<QString> &r) {
        if (!r || generation < m_applied)
            return; // a newer answer is already shown
        const HostdevXml::GuestSettings settings = HostdevXml::guestSettingsIn(r.value());
        // Keep what the user is editing; take the host's values otherwise.
        const bool edited = m_settingsLoaded && m_apply->isEnabled();
        m_loaded = settings;
        m_settingsLoaded = true;
        if (!edited) {
            m_hide->setChecked(settings.hypervisorHidden);
            m_vendorId->setText(settings.hypervVendorId.isEmpty() ? HostdevXml::defaultVendorId() : settings.hypervVendorId);
            m_firmware->setCurrentIndex(settings.firmware == HostdevXml::GuestSettings::Firmware::Uefi ? 1 : 0);
        }
        updateButtons();
        if (!m_connection)
            return;
        // Interfaces on VF pool networks take a VF too: the list shows them
        // with the host devices, and changes once, when both are known.
        m_connection->networks().then(this, [this, generation, xml = r.value()](const Result<QVector<NetworkInfo>> &nets) {
            if (generation < m_applied)
                return; // answers can cross: never show an older one over a newer
            m_applied = generation;
            QVector<HostdevRequest> devices = HostdevXml::devicesIn(xml);
            if (nets) {
                QStringList pools;
                for (const NetworkInfo &n : nets.value()) {
                    if (n.forwardMode == QLatin1String("hostdev"))
                        pools << n.name;
                }
                devices += HostdevXml::interfacesOnNetworks(xml, pools);
            }
            m_devices = devices;
            if (!m_devices.isEmpty() && isVisible())
                hostDevices(); // names for the list
            showDevices();
            updateButtons();
        });
    });
}

QString PassthroughPanel::describe(const HostdevRequest &r)
{
    if (r.kind == HostdevRequest::Kind::NetworkInterface)
        return tr("SR-IOV virtual function from a pool network");
    if (r.kind == HostdevRequest::Kind::Usb) {
        if (m_model) {
            for (const HostDevice &d : m_model->devices()) {
                if (HostdevXml::names(r, d))
                    return HostDeviceModel::displayName(d);
            }
        }
        return tr("USB device");
    }
    if (m_model) {
        const HostDevice d = m_model->deviceByAddress(r.hostAddress);
        if (!d.name.isEmpty())
            return HostDeviceModel::displayName(d);
    }
    return tr("PCI device");
}

void PassthroughPanel::showDevices()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_list->clear();
    bool pci = false;
    for (int i = 0; i < m_devices.size(); ++i) {
        const HostdevRequest &r = m_devices.at(i);
        QString address, details;
        switch (r.kind) {
        case HostdevRequest::Kind::Usb:
            address = r.usbVendorId.isEmpty() ? tr("bus %1 device %2").arg(r.usbBus).arg(r.usbDevice)
                                              : QStringLiteral("%1:%2").arg(r.usbVendorId, r.usbProductId);
            //: Details column of a passed-through USB device
            details = tr("USB");
            break;
        case HostdevRequest::Kind::NetworkInterface:
            //: Address column of an SR-IOV function taken from a pool network; %1 is the network name
            address = tr("network %1").arg(r.network);
            details = tr("network interface, MAC %1").arg(r.mac.isEmpty() ? /*: Stands for the MAC address when libvirt picks one */ tr("chosen by libvirt") : r.mac);
            pci = true;
            break;
        case HostdevRequest::Kind::SriovInterface:
            address = r.hostAddress;
            details = tr("network interface, MAC %1").arg(r.mac.isEmpty() ? tr("chosen by libvirt") : r.mac);
            pci = true;
            break;
        default:
            address = r.hostAddress;
            details = r.managed ? tr("PCI, managed by libvirt") : tr("PCI, bound to vfio-pci by hand");
            pci = true;
            break;
        }
        auto *item = new QTreeWidgetItem(m_list, {describe(r), address, details});
        item->setData(0, Qt::UserRole, i);
    }
    if (row >= 0 && row < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row));
    m_migration->setVisible(pci);
    if (m_devices.isEmpty())
        new QTreeWidgetItem(m_list, {tr("No host devices. Add a PCI device (a graphics card, a network card) or a USB device to pass it through.")});
}

void PassthroughPanel::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_remove->setEnabled(item && item->data(0, Qt::UserRole).isValid());
    m_vendorId->setEnabled(m_hide->isChecked());
    const auto firmware = HostdevXml::GuestSettings::Firmware(m_firmware->currentData().toInt());
    const bool changed = m_settingsLoaded
        && (m_hide->isChecked() != m_loaded.hypervisorHidden || firmware != m_loaded.firmware
            || (m_hide->isChecked() && m_vendorId->text() != m_loaded.hypervVendorId));
    m_apply->setEnabled(changed && (!m_hide->isChecked() || m_vendorId->hasAcceptableInput()));
    bool running = false;
    if (m_connection) {
        if (const DomainInfo *d = m_connection->domainModel()->find(m_uuid))
            running = isActive(d->state);
    }
    m_note->setText(running ? tr("Changes here apply the next time the VM starts.") : QString());
}

QWidget *PassthroughPanel::openPicker(int tab)
{
    HostDeviceModel *model = hostDevices();
    if (!model)
        return nullptr;
    auto *dialog = new AddHostDeviceDialog(model, m_uuid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentTab(AddHostDeviceDialog::Tab(tab));
    connect(dialog, &AddHostDeviceDialog::devicesAdded, this, &PassthroughPanel::reload);
    dialog->show();
    return dialog;
}

void PassthroughPanel::apply()
{
    if (!m_connection)
        return;
    HostdevXml::GuestSettings s;
    s.hypervisorHidden = m_hide->isChecked();
    s.hypervVendorId = m_vendorId->text();
    s.firmware = HostdevXml::GuestSettings::Firmware(m_firmware->currentData().toInt());
    m_apply->setEnabled(false);
    m_connection->updateDefinition(m_uuid, [s](QDomDocument &doc) { return HostdevXml::applyGuestSettings(doc, s); })
        .then(this, [this](const VoidResult &r) {
            if (!r) {
                updateButtons();
                MessageBox::error(this, tr("Passthrough Settings"), tr("The settings could not be saved."), r.error().message,
                                  tr("Your choices are still on the page; correct them and apply again."));
                return;
            }
            m_settingsLoaded = false; // take what libvirt stored
            reload();
        });
}

void PassthroughPanel::removeSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(0, Qt::UserRole).isValid() || !m_connection)
        return;
    const HostdevRequest r = m_devices.value(item->data(0, Qt::UserRole).toInt());
    //: Detach a host device from the VM; the device stays on the host (nothing is deleted)
    MessageBox::confirm(this, tr("Remove Host Device"),
                        tr("Remove %1 (%2) from the VM? It stays on the host.").arg(item->text(0), item->text(1)),
                        //: Confirmation button: detach the host device from the VM (nothing is deleted)
                        tr("Remove"), this, [this, r](bool confirmed) {
        // The connection may have gone while the user was asked.
        if (!confirmed || !m_connection)
            return;
        m_connection->updateDefinition(m_uuid, [r](QDomDocument &doc) { return HostdevXml::removeDevice(doc, r); })
            .then(this, [this](const VoidResult &result) {
                if (!result)
                    MessageBox::error(this, tr("Remove Host Device"), tr("The device could not be removed."), result.error().message);
                reload();
            });
    });
}
