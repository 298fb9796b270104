#include "addhostdevicedialog.h"

#include "banner.h"
#include "connection.h"
#include "groupbinding.h"
#include "domainlistmodel.h"
#include "hostdevicemodel.h"
#include "hostdevicetree.h"
#include "messagebox.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QTreeView *deviceTree(HostDeviceModel *model, const QString &objectName, QWidget *parent)
{
    auto *tree = new QTreeView(parent);
    tree->setObjectName(objectName);
    setUpHostDeviceTree(tree, model);
    return tree;
}

} // namespace

AddHostDeviceDialog::AddHostDeviceDialog(HostDeviceModel *model, const QString &domainUuid, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_connection(model->connection())
    , m_uuid(domainUuid)
    , m_banner(new Banner(this))
    , m_tabs(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addHostDeviceDialog"));
    setWindowTitle(tr("Add Host Device"));
    resize(820, 600);
    m_banner->setObjectName(QStringLiteral("readinessBanner"));
    m_banner->hide();
    m_tabs->setObjectName(QStringLiteral("hostDeviceTabs"));
    auto *pci = new QWidget;
    auto *sriov = new QWidget;
    auto *usb = new QWidget;
    buildPciTab(pci);
    buildSriovTab(sriov);
    buildUsbTab(usb);
    m_tabs->addTab(pci, tr("PCI Device"));
    m_tabs->addTab(sriov, tr("SR-IOV Network Function"));
    m_tabs->addTab(usb, tr("USB Device"));
    //: Button: add the chosen host device to the VM
    m_addButton = m_buttons->addButton(tr("Add"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddHostDeviceDialog::add);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AddHostDeviceDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    auto refreshAll = [this] {
        const QModelIndex usbRow = m_model->usbRoot();
        if (usbRow.isValid()) {
            m_pciTree->setRowHidden(usbRow.row(), {}, true);
            m_usbTree->setRootIndex(usbRow);
        }
        // Without USB devices the tree would show the PCI groups from the root.
        m_usbTree->setVisible(usbRow.isValid());
        m_pciTree->expandAll();
        updatePci();
        updateSriov();
        updateUsb();
    };
    connect(model, &QAbstractItemModel::modelReset, this, refreshAll);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        updatePci();
        updateSriov();
        updateUsb();
    });
    connect(model, &HostDeviceModel::loadFailed, this, [this](const QString &error) {
        m_banner->showMessage(Banner::Kind::Error, tr("The host's devices could not be listed: %1").arg(error));
        m_banner->show();
    });
    refreshAll();
    if (!model->isLoaded())
        model->reload();
    loadDomain();
    loadReadiness();
}

void AddHostDeviceDialog::buildPciTab(QWidget *page)
{
    m_pciTree = deviceTree(m_model, QStringLiteral("pciTree"), page);
    m_pciTree->setAccessibleName(tr("PCI devices by IOMMU group"));
    m_pciInfo = new QLabel(page);
    m_pciInfo->setObjectName(QStringLiteral("pciInfo"));
    m_pciInfo->setWordWrap(true);
    m_pciInfo->setTextFormat(Qt::RichText);
    m_pciInfo->setMinimumHeight(90);
    m_pciInfo->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_wholeGroup = new QCheckBox(page);
    m_wholeGroup->setObjectName(QStringLiteral("wholeGroup"));
    m_wholeGroup->setChecked(true);
    m_managed = new QCheckBox(tr("Let libvirt bind the devices to vfio-pci when the VM starts and give them back when it stops (managed)"), page);
    m_managed->setObjectName(QStringLiteral("managed"));
    m_managed->setChecked(true);
    m_detach = new QPushButton(tr("Bind to vfio-pci Now"), page);
    m_detach->setObjectName(QStringLiteral("detachButton"));
    m_reattach = new QPushButton(tr("Give Back to Host Driver"), page);
    m_reattach->setObjectName(QStringLiteral("reattachButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_detach);
    buttons->addWidget(m_reattach);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_pciTree, 1);
    layout->addWidget(m_pciInfo);
    layout->addWidget(m_wholeGroup);
    layout->addWidget(m_managed);
    layout->addLayout(buttons);

    connect(m_pciTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &AddHostDeviceDialog::updatePci);
    connect(m_wholeGroup, &QCheckBox::toggled, this, &AddHostDeviceDialog::updatePci);
    connect(m_detach, &QPushButton::clicked, this, [this] { bindSelected(true); });
    connect(m_reattach, &QPushButton::clicked, this, [this] { bindSelected(false); });
}

void AddHostDeviceDialog::buildSriovTab(QWidget *page)
{
    m_pfCombo = new QComboBox(page);
    m_pfCombo->setObjectName(QStringLiteral("pfCombo"));
    m_vfList = new QTreeWidget(page);
    m_vfList->setObjectName(QStringLiteral("vfList"));
    m_vfList->setRootIsDecorated(false);
    //: Column header: an SR-IOV virtual function (VF) of a network card
    m_vfList->setHeaderLabels({tr("Virtual function"), tr("Host driver"), tr("Used by")});
    m_vfList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_asInterface = new QRadioButton(tr("As a network interface with its own MAC address (interface type='hostdev')"), page);
    m_asInterface->setObjectName(QStringLiteral("asInterface"));
    m_asHostdev = new QRadioButton(tr("As a plain PCI device (the guest driver sets the MAC)"), page);
    m_asHostdev->setObjectName(QStringLiteral("asHostdev"));
    m_fromPool = new QRadioButton(tr("Take any free function from a pool network:"), page);
    m_fromPool->setObjectName(QStringLiteral("fromPool"));
    m_asInterface->setChecked(true);
    m_mac = new QLineEdit(randomMac(), page);
    m_mac->setObjectName(QStringLiteral("macAddress"));
    m_mac->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^([0-9A-Fa-f]{2}:){5}[0-9A-Fa-f]{2}$")), m_mac));
    m_poolCombo = new QComboBox(page);
    m_poolCombo->setObjectName(QStringLiteral("poolCombo"));
    m_createPool = new QPushButton(tr("Create Pool Network…"), page);
    m_createPool->setObjectName(QStringLiteral("createPoolButton"));
    m_sriovInfo = new QLabel(page);
    m_sriovInfo->setObjectName(QStringLiteral("sriovInfo"));
    m_sriovInfo->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Network card:"), m_pfCombo);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_vfList, 1);
    layout->addWidget(m_asInterface);
    auto *macRow = new QFormLayout;
    macRow->addRow(tr("MAC address:"), m_mac);
    layout->addLayout(macRow);
    layout->addWidget(m_asHostdev);
    auto *poolRow = new QHBoxLayout;
    poolRow->addWidget(m_fromPool);
    poolRow->addWidget(m_poolCombo, 1);
    poolRow->addWidget(m_createPool);
    layout->addLayout(poolRow);
    layout->addWidget(m_sriovInfo);

    connect(m_pfCombo, &QComboBox::currentIndexChanged, this, &AddHostDeviceDialog::updateSriov);
    connect(m_vfList, &QTreeWidget::currentItemChanged, this, &AddHostDeviceDialog::updateButtons);
    for (QRadioButton *b : {m_asInterface, m_asHostdev, m_fromPool})
        connect(b, &QRadioButton::toggled, this, &AddHostDeviceDialog::updateButtons);
    connect(m_mac, &QLineEdit::textChanged, this, &AddHostDeviceDialog::updateButtons);
    connect(m_createPool, &QPushButton::clicked, this, [this] {
        const HostDevice pf = m_model->deviceByAddress(m_pfCombo->currentData().toString());
        if (pf.name.isEmpty())
            return;
        const QString name = askPoolName(this, pf.address, int(pf.virtualFunctions.size()));
        if (!name.isEmpty())
            createPool(name);
    });
}

void AddHostDeviceDialog::buildUsbTab(QWidget *page)
{
    m_usbTree = deviceTree(m_model, QStringLiteral("usbTree"), page);
    m_usbTree->setRootIsDecorated(false);
    m_usbTree->setAccessibleName(tr("USB devices"));
    m_usbById = new QRadioButton(tr("By vendor and product: follows the device to any port"), page);
    m_usbById->setObjectName(QStringLiteral("usbById"));
    m_usbByAddress = new QRadioButton(tr("By bus and device number: this port only (for identical devices)"), page);
    m_usbByAddress->setObjectName(QStringLiteral("usbByAddress"));
    m_usbById->setChecked(true);
    m_usbInfo = new QLabel(page);
    m_usbInfo->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_usbTree, 1);
    layout->addWidget(m_usbById);
    layout->addWidget(m_usbByAddress);
    layout->addWidget(m_usbInfo);
    connect(m_usbTree->selectionModel(), &QItemSelectionModel::currentChanged, this, &AddHostDeviceDialog::updateUsb);
}

void AddHostDeviceDialog::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

bool AddHostDeviceDialog::selectDevice(const QString &nodeDeviceName)
{
    const QModelIndex index = m_model->indexOf(nodeDeviceName);
    if (!index.isValid())
        return false;
    QTreeView *tree = m_model->device(index).kind == HostDevice::Kind::Usb ? m_usbTree : m_pciTree;
    m_tabs->setCurrentIndex(tree == m_usbTree ? UsbTab : PciTab);
    tree->setCurrentIndex(index);
    return true;
}

bool AddHostDeviceDialog::selectVirtualFunction(const QString &pciAddress)
{
    const HostDevice vf = m_model->deviceByAddress(pciAddress);
    const int pf = m_pfCombo->findData(vf.physicalFunction);
    if (pf < 0)
        return false;
    m_tabs->setCurrentIndex(SriovTab);
    m_pfCombo->setCurrentIndex(pf);
    for (int i = 0; i < m_vfList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_vfList->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == pciAddress) {
            if (!(item->flags() & Qt::ItemIsEnabled))
                return false; // another VM has it
            m_vfList->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString AddHostDeviceDialog::randomMac()
{
    // QEMU's locally administered prefix, as libvirt and virt-manager use.
    const quint32 r = QRandomGenerator::global()->generate();
    return QStringLiteral("52:54:00:%1:%2:%3")
        .arg((r >> 16) & 0xff, 2, 16, QLatin1Char('0'))
        .arg((r >> 8) & 0xff, 2, 16, QLatin1Char('0'))
        .arg(r & 0xff, 2, 16, QLatin1Char('0'));
}

void AddHostDeviceDialog::loadDomain()
{
    if (!m_connection)
        return;
    m_connection->domainXml(m_uuid, true).then(this, [this](const Result<QString> &r) {
        if (!r)
            return;
        m_inDomain = HostdevXml::devicesIn(r.value());
        if (const DomainInfo *info = m_connection->domainModel()->find(m_uuid))
            m_domainName = info->name;
        setWindowTitle(tr("Add Host Device to %1").arg(m_domainName));
        updatePci();
        updateSriov();
        updateUsb();
    });
    m_connection->networks().then(this, [this](const Result<QVector<NetworkInfo>> &r) {
        if (!r)
            return;
        for (const NetworkInfo &n : r.value()) {
            if (n.forwardMode == QLatin1String("hostdev") && m_poolCombo->findText(n.name) < 0)
                m_poolCombo->addItem(n.name);
        }
        updateButtons();
    });
}

void AddHostDeviceDialog::loadReadiness()
{
    if (!m_connection)
        return;
    m_connection->passthroughReadiness().then(this, [this](const Result<QVector<PassthroughReadiness::Check>> &r) {
        if (!r)
            return;
        QStringList failed;
        for (const PassthroughReadiness::Check &c : r.value()) {
            if (c.outcome == PassthroughReadiness::Outcome::Fail)
                failed << QStringLiteral("%1 — %2").arg(c.title, c.fix);
        }
        if (failed.isEmpty())
            return;
        m_banner->showMessage(Banner::Kind::Warning,
                              tr("This host is not ready for passthrough yet:\n%1").arg(failed.join(QLatin1Char('\n'))));
        m_banner->show();
    });
}

namespace {

bool inDomain(const QVector<HostdevRequest> &list, const QString &address)
{
    for (const HostdevRequest &r : list) {
        if (r.kind != HostdevRequest::Kind::Usb && r.hostAddress == address)
            return true;
    }
    return false;
}

} // namespace

void AddHostDeviceDialog::updatePci()
{
    const QModelIndex current = m_pciTree->currentIndex();
    m_wholeGroup->hide();
    m_detach->setEnabled(false);
    m_reattach->setEnabled(false);
    if (!current.isValid() || m_model->nodeType(current) == HostDeviceModel::NodeType::UsbRoot) {
        m_pciInfo->setText(m_model->isLoaded() ? tr("Choose a device or an IOMMU group.") : tr("Reading the host's devices…"));
        updateButtons();
        return;
    }
    const bool groupRow = m_model->nodeType(current) == HostDeviceModel::NodeType::Group;
    const HostDevice chosen = m_model->device(current);
    const IommuGroup group = m_model->group(current);
    const QVector<HostDevice> endpoints = group.endpoints();
    QStringList html;

    if (!groupRow && chosen.isBridge()) {
        html << tr("<b>%1</b> is a PCI bridge. Bridges stay with the host: they connect the other devices of "
                   "group %2 and do not stop them from being passed through.")
                    .arg(esc(HostDeviceModel::displayName(chosen)))
                    .arg(group.number);
    } else if (group.number < 0) {
        html << tr("<b>The host's IOMMU is off</b>, so no device can be passed through. Turn on VT-d (Intel) or "
                   "AMD-Vi in the firmware and add <tt>intel_iommu=on</tt> or <tt>amd_iommu=on</tt> to the kernel "
                   "command line.");
    } else {
        if (!groupRow)
            //: %1 is the device name, %2 its PCI address, %3 its device class (e.g. VGA compatible controller)
            html << tr("<b>%1</b> (%2), %3.")
                        .arg(esc(HostDeviceModel::displayName(chosen)), esc(chosen.address),
                             esc(HostDeviceModel::className(chosen.pciClass)));
        if (endpoints.size() > 1) {
            QStringList names;
            for (const HostDevice &d : endpoints)
                names << QStringLiteral("%1 %2").arg(esc(d.address), esc(HostDeviceModel::displayName(d)));
            html << tr("IOMMU group %1 has %n device(s) that must go to the same VM together:", nullptr, int(endpoints.size()))
                        .arg(group.number)
                    + QStringLiteral("<br>") + names.join(QLatin1String("<br>"));
            //: Check box; only shown when the group has two or more devices; %1 is the group number
            m_wholeGroup->setText(tr("Add all %n devices of IOMMU group %1", nullptr, int(endpoints.size())).arg(group.number));
            m_wholeGroup->setVisible(!groupRow);
        }
        const int bridges = int(group.devices.size() - endpoints.size());
        if (bridges > 0)
            html << tr("The group's %n bridge(s) stay with the host and are not added.", nullptr, bridges);
        QStringList users;
        for (const HostDevice &d : endpoints) {
            for (const QString &u : d.usedBy) {
                if (u != m_domainName && !users.contains(u))
                    users << u;
            }
        }
        if (!users.isEmpty())
            html << QStringLiteral("<span style='color:#b35900'>%1</span>")
                        .arg(tr("Already used by %1: only one of these VMs can run at a time.").arg(esc(users.join(QLatin1String(", ")))));
        const QVector<HostDevice> blockers = group.blockers();
        if (!blockers.isEmpty()) {
            QStringList names;
            for (const HostDevice &d : blockers)
                //: %1 is a PCI device, %2 the host kernel driver it is bound to
                names << tr("%1 (driver %2)").arg(esc(d.address), esc(d.driver));
            html << QStringLiteral("<span style='color:#b00020'>%1</span>")
                        .arg(tr("Still bound to host drivers: %1. Bind them to vfio-pci now, or keep \"managed\" on so "
                                "libvirt does it when the VM starts (a graphics card the host's display uses must be "
                                "freed from its driver first).")
                                 .arg(names.join(QLatin1String(", "))));
        }
        m_detach->setEnabled(GroupBinding::canBind(group, true));
        m_reattach->setEnabled(GroupBinding::canBind(group, false));
    }
    m_pciInfo->setText(html.join(QLatin1String("<br><br>")));
    updateButtons();
}

void AddHostDeviceDialog::updateSriov()
{
    const QString selected = m_pfCombo->currentData().toString();
    QSignalBlocker block(m_pfCombo);
    m_pfCombo->clear();
    for (const HostDevice &d : m_model->devices()) {
        if (d.sriov == HostDevice::SriovRole::PhysicalFunction)
            m_pfCombo->addItem(QStringLiteral("%1 — %2").arg(d.address, HostDeviceModel::displayName(d)), d.address);
    }
    if (int i = m_pfCombo->findData(selected); i >= 0)
        m_pfCombo->setCurrentIndex(i);
    const QString currentVf = m_vfList->currentItem() ? m_vfList->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_vfList->clear();
    const HostDevice pf = m_model->deviceByAddress(m_pfCombo->currentData().toString());
    int free = 0;
    for (const HostDevice &vf : m_model->virtualFunctionsOf(pf)) {
        auto *item = new QTreeWidgetItem(m_vfList, {QStringLiteral("%1 %2").arg(vf.address, HostDeviceModel::displayName(vf)),
                                                    //: Host driver column: libvirt did not name a driver for this function
                                                    vf.driver.isEmpty() ? tr("none reported") : vf.driver,
                                                    vf.usedBy.join(QLatin1String(", "))});
        item->setData(0, Qt::UserRole, vf.address);
        const bool used = !vf.usedBy.isEmpty() || inDomain(m_inDomain, vf.address);
        if (used)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        else
            ++free;
        if (vf.address == currentVf && !used)
            m_vfList->setCurrentItem(item);
    }
    if (m_pfCombo->count() == 0)
        m_sriovInfo->setText(tr("This host has no SR-IOV network card with virtual functions. A card that supports "
                                "SR-IOV gets its functions with: echo 4 > /sys/class/net/<interface>/device/sriov_numvfs"));
    else
        m_sriovInfo->setText(tr("%n free virtual function(s). A pool network hands a free one to each guest "
                                "interface when the VM starts, so VMs need no fixed addresses.",
                                nullptr, free));
    m_createPool->setEnabled(!pf.name.isEmpty());
    updateButtons();
}

void AddHostDeviceDialog::updateUsb()
{
    const HostDevice d = m_model->device(m_usbTree->currentIndex());
    if (d.kind != HostDevice::Kind::Usb) {
        m_usbInfo->setText(m_model->usbRoot().isValid() ? tr("Choose a USB device.") : tr("The host lists no USB devices."));
    } else if (!d.usedBy.isEmpty()) {
        m_usbInfo->setText(tr("Already used by %1.").arg(d.usedBy.join(QLatin1String(", "))));
    } else {
        m_usbInfo->setText(tr("%1, vendor %2 product %3, bus %4 device %5.")
                               .arg(HostDeviceModel::displayName(d), d.vendorId, d.productId)
                               .arg(d.usbBus)
                               .arg(d.usbDevice));
    }
    updateButtons();
}

QVector<HostdevRequest> AddHostDeviceDialog::requests() const
{
    QVector<HostdevRequest> list;
    switch (Tab(m_tabs->currentIndex())) {
    case PciTab: {
        const QModelIndex current = m_pciTree->currentIndex();
        if (!current.isValid() || m_model->nodeType(current) == HostDeviceModel::NodeType::UsbRoot)
            return {};
        const IommuGroup group = m_model->group(current);
        if (group.number < 0)
            return {};
        const bool groupRow = m_model->nodeType(current) == HostDeviceModel::NodeType::Group;
        const HostDevice d = m_model->device(current);
        if (!groupRow && d.isBridge())
            return {}; // explained, never added
        const QVector<HostDevice> chosen = groupRow || m_wholeGroup->isChecked() ? group.endpoints() : QVector<HostDevice>{d};
        for (const HostDevice &function : chosen) {
            if (inDomain(m_inDomain, function.address))
                continue;
            HostdevRequest r;
            r.kind = HostdevRequest::Kind::Pci;
            r.hostAddress = function.address;
            r.managed = m_managed->isChecked();
            list << r;
        }
        break;
    }
    case SriovTab: {
        HostdevRequest r;
        if (m_fromPool->isChecked()) {
            if (m_poolCombo->currentText().isEmpty())
                return {};
            r.kind = HostdevRequest::Kind::NetworkInterface;
            r.network = m_poolCombo->currentText();
            r.mac = m_mac->text();
        } else {
            const QTreeWidgetItem *item = m_vfList->currentItem();
            if (!item || !(item->flags() & Qt::ItemIsEnabled))
                return {};
            r.hostAddress = item->data(0, Qt::UserRole).toString();
            r.kind = m_asInterface->isChecked() ? HostdevRequest::Kind::SriovInterface : HostdevRequest::Kind::Pci;
            if (m_asInterface->isChecked())
                r.mac = m_mac->text();
        }
        if (r.kind != HostdevRequest::Kind::Pci && !m_mac->hasAcceptableInput())
            return {};
        list << r;
        break;
    }
    case UsbTab: {
        const HostDevice d = m_model->device(m_usbTree->currentIndex());
        if (d.kind != HostDevice::Kind::Usb)
            return {};
        HostdevRequest r;
        r.kind = HostdevRequest::Kind::Usb;
        if (m_usbById->isChecked()) {
            r.usbVendorId = d.vendorId;
            r.usbProductId = d.productId;
        } else {
            r.usbBus = d.usbBus;
            r.usbDevice = d.usbDevice;
        }
        list << r;
        break;
    }
    }
    return list;
}

void AddHostDeviceDialog::updateButtons()
{
    const int n = int(requests().size());
    m_addButton->setEnabled(n > 0 && !m_busy);
    //: Dialog button when two or more devices are chosen
    m_addButton->setText(n > 1 ? tr("Add %n Devices", nullptr, n) : tr("Add"));
    m_mac->setEnabled(!m_asHostdev->isChecked());
    m_poolCombo->setEnabled(m_fromPool->isChecked());
}

void AddHostDeviceDialog::bindSelected(bool toVfio)
{
    GroupBinding::bind(this, m_connection, m_model->group(m_pciTree->currentIndex()), toVfio, [this] { m_model->reload(); });
}

void AddHostDeviceDialog::add()
{
    const QVector<HostdevRequest> devices = requests();
    if (devices.isEmpty() || !m_connection || m_busy)
        return;
    m_busy = true;
    updateButtons();
    m_connection->updateDefinition(m_uuid, [devices](QDomDocument &doc) { return HostdevXml::addDevices(doc, devices); })
        .then(this, [this, devices](const VoidResult &r) {
            m_busy = false;
            if (!r) {
                updateButtons();
                MessageBox::error(this, tr("Add Host Device"), tr("The device could not be added to %1.").arg(m_domainName),
                                  r.error().message, tr("Nothing was changed; the choice is still here to try again."));
                return;
            }
            emit devicesAdded(devices);
            accept();
        });
}

void AddHostDeviceDialog::createPool(const QString &name)
{
    const HostDevice pf = m_model->deviceByAddress(m_pfCombo->currentData().toString());
    createVfPool(this, m_connection, name, pf.virtualFunctions, [this](const QString &created) {
        if (created.isEmpty())
            return;
        if (m_poolCombo->findText(created) < 0)
            m_poolCombo->addItem(created);
        m_poolCombo->setCurrentText(created);
        m_fromPool->setChecked(true);
        updateButtons();
    });
}

QString AddHostDeviceDialog::askPoolName(QWidget *parent, const QString &pfAddress, int functions)
{
    const QString suggested = QStringLiteral("sriov-%1").arg(QString(pfAddress).replace(QLatin1Char(':'), QLatin1Char('-')).replace(QLatin1Char('.'), QLatin1Char('-')));
    bool ok = false;
    const QString name = QInputDialog::getText(
        parent, tr("Create Pool Network"),
        tr("A libvirt network that hands each guest interface one of the %n free virtual function(s) of %1.\nName:",
           nullptr, functions)
            .arg(pfAddress),
        QLineEdit::Normal, suggested, &ok);
    return ok ? name.trimmed() : QString();
}

void AddHostDeviceDialog::createVfPool(QWidget *parent, Connection *connection, const QString &name,
                                       const QStringList &vfAddresses, const std::function<void(const QString &)> &done)
{
    if (!connection || vfAddresses.isEmpty() || name.isEmpty()) {
        done({});
        return;
    }
    QPointer<QWidget> guard = parent;
    connection->defineNetwork(HostdevXml::vfPoolNetworkXml(name, vfAddresses))
        .then(parent, [guard, done, name](const Result<QString> &r) {
            if (!r) {
                MessageBox::error(guard, tr("Create Pool Network"), tr("The network %1 could not be created.").arg(name),
                                  r.error().message);
                done({});
                return;
            }
            done(r.value());
        });
}
