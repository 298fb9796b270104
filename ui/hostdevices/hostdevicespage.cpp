#include "hostdevicespage.h"

#include "addhostdevicedialog.h"
#include "banner.h"
#include "connection.h"
#include "groupbinding.h"
#include "hostdevicemodel.h"
#include "hostdevicetree.h"
#include "messagebox.h"
#include "readinessview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

HostDevicesPage::HostDevicesPage(Connection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_model(connection->hostDeviceModel())
    , m_banner(new Banner(this))
    , m_readinessTitle(new QLabel(this))
    , m_readiness(new ReadinessView(this))
    , m_devicesTitle(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_detach(new QPushButton(this))
    , m_reattach(new QPushButton(this))
    , m_pool(new QPushButton(this))
    , m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("hostDevicesPage"));
    m_banner->hide();
    m_tree->setObjectName(QStringLiteral("hostDeviceTree"));
    setUpHostDeviceTree(m_tree, m_model);
    m_detach->setObjectName(QStringLiteral("detachButton"));
    m_reattach->setObjectName(QStringLiteral("reattachButton"));
    m_pool->setObjectName(QStringLiteral("createPoolButton"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_devicesTitle->setBuddy(m_tree);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_readinessTitle);
    topLayout->addWidget(m_readiness);
    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_devicesTitle);
    bottomLayout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_detach);
    buttons->addWidget(m_reattach);
    buttons->addWidget(m_pool);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    bottomLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    m_readiness->setMinimumHeight(120);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_model, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_model, &HostDeviceModel::loaded, this, [this] {
        m_banner->hide();
        updateButtons();
    });
    connect(m_model, &HostDeviceModel::loadFailed, this, [this](const QString &error) {
        m_banner->showMessage(Banner::Kind::Error, tr("The host's devices could not be listed: %1").arg(error));
        m_banner->show();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &HostDevicesPage::updateButtons);
    connect(m_detach, &QPushButton::clicked, this, [this] { bind(true); });
    connect(m_reattach, &QPushButton::clicked, this, [this] { bind(false); });
    connect(m_refresh, &QPushButton::clicked, this, &HostDevicesPage::reload);
    connect(m_pool, &QPushButton::clicked, this, [this] {
        if (!m_model)
            return;
        const HostDevice pf = m_model->device(m_tree->currentIndex());
        const QString pool = AddHostDeviceDialog::askPoolName(this, pf.address, int(pf.virtualFunctions.size()));
        if (pool.isEmpty())
            return;
        AddHostDeviceDialog::createVfPool(this, m_connection, pool, pf.virtualFunctions, [this](const QString &name) {
            if (!name.isEmpty())
                MessageBox::information(this, tr("Create Pool Network"),
                                        tr("The network %1 is running. Give a VM an interface on it to hand it a free virtual function.").arg(name));
        });
    });
    connect(connection, &Connection::stateChanged, this, [this](ConnectionState s) {
        if (s == ConnectionState::Connected && m_shown)
            reload();
    });
    m_tree->expandAll();
    retranslate();
}

void HostDevicesPage::showEvent(QShowEvent *event)
{
    // Nothing is read from the host until the page is first looked at.
    if (!std::exchange(m_shown, true))
        reload();
    QWidget::showEvent(event);
}

HostDeviceModel *HostDevicesPage::model() const
{
    return m_model;
}

void HostDevicesPage::reload()
{
    if (!m_connection || m_connection->state() != ConnectionState::Connected) {
        m_readiness->setMessage(m_connection ? Connection::stateName(m_connection->state()) : QString());
        return;
    }
    m_model->reload();
    checkReadiness();
}

void HostDevicesPage::checkReadiness()
{
    if (!m_connection || m_connection->state() != ConnectionState::Connected)
        return;
    //: Passthrough readiness: the host is being checked
    m_readiness->setMessage(tr("Checking…"));
    m_connection->passthroughReadiness().then(this, [this](const Result<QVector<PassthroughReadiness::Check>> &r) {
        if (r)
            m_readiness->setChecks(r.value());
        else
            m_readiness->setMessage(tr("The host could not be checked: %1").arg(r.error().message));
    });
}

void HostDevicesPage::retranslate()
{
    m_readinessTitle->setText(tr("<b>Ready for PCI passthrough?</b>"));
    m_devicesTitle->setText(tr("<b>&Devices by IOMMU group</b> (everything in a group goes to one VM together)"));
    m_detach->setText(tr("&Bind Group to vfio-pci"));
    m_reattach->setText(tr("&Give Group Back to Host"));
    m_pool->setText(tr("Create SR-IOV &Pool Network…"));
    //: Button: read the host's devices again
    m_refresh->setText(tr("&Refresh"));
    m_tree->setAccessibleName(tr("Host devices by IOMMU group"));
}

void HostDevicesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The checks' findings and fixes are written in the language of the
        // moment they were made.
        if (m_shown)
            checkReadiness();
    }
    QWidget::changeEvent(event);
}

void HostDevicesPage::updateButtons()
{
    if (!m_model)
        return; // the connection was removed
    const QModelIndex current = m_tree->currentIndex();
    const IommuGroup group = m_model->group(current);
    m_detach->setEnabled(GroupBinding::canBind(group, true));
    m_reattach->setEnabled(GroupBinding::canBind(group, false));
    const HostDevice d = m_model->device(current);
    m_pool->setEnabled(d.sriov == HostDevice::SriovRole::PhysicalFunction && !d.virtualFunctions.isEmpty());
}

void HostDevicesPage::bind(bool toVfio)
{
    if (!m_model)
        return;
    GroupBinding::bind(this, m_connection, m_model->group(m_tree->currentIndex()), toVfio, [this] { reload(); });
}
