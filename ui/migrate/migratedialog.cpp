#include "migratedialog.h"

#include "banner.h"
#include "connection.h"
#include "connectionmanager.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(qMax<qint64>(0, n), 1, QLocale::DataSizeTraditionalFormat);
}

QLabel *hint(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

MigrateDialog::MigrateDialog(ConnectionManager *manager, Connection *source, const QString &uuid, const QString &name,
                             bool running, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_source(source)
    , m_uuid(uuid)
    , m_name(name)
    , m_running(running)
    , m_banner(new Banner(this))
    , m_intro(hint(this))
    , m_destination(new QComboBox(this))
    , m_noDestination(hint(this))
    , m_shared(new QRadioButton(this))
    , m_copyFull(new QRadioButton(this))
    , m_copyTop(new QRadioButton(this))
    , m_disks(hint(this))
    , m_createPools(new QCheckBox(this))
    , m_direct(new QRadioButton(this))
    , m_tunnelled(new QRadioButton(this))
    , m_peerUri(new QLineEdit(this))
    , m_persistent(new QCheckBox(this))
    , m_keepSource(new QCheckBox(this))
    , m_advanced(new QGroupBox(this))
    , m_bandwidth(new QSpinBox(this))
    , m_downtime(new QSpinBox(this))
    , m_autoConverge(new QCheckBox(this))
    , m_postCopy(new QCheckBox(this))
    , m_unsafe(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(hint(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("migrateDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    //: Window title; %1 is the name of a virtual machine
    setWindowTitle(tr("Migrate %1 — QVirt").arg(name));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_intro->setObjectName(QStringLiteral("migrateIntro"));
    m_intro->setText(running ? tr("%1 runs on %2. It keeps running while it moves to the destination host.").arg(name, source->displayName())
                             : tr("%1 is shut off on %2. Its definition moves to the destination host, and its disks too if you copy them.").arg(name, source->displayName()));
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_destination->setObjectName(QStringLiteral("migrateDestination"));
    form->addRow(tr("Destination host:"), m_destination);
    m_noDestination->setObjectName(QStringLiteral("migrateNoDestination"));
    m_noDestination->setText(tr("No other host is connected. Connect to the destination host first (File ▸ Add Connection…)."));
    form->addRow(m_noDestination);
    layout->addLayout(form);

    auto *storage = new QGroupBox(tr("Disks"), this);
    auto *storageLayout = new QVBoxLayout(storage);
    m_shared->setObjectName(QStringLiteral("migrateShared"));
    m_shared->setText(tr("Both hosts share the disks (NFS, iSCSI, Ceph…)"));
    m_copyFull->setObjectName(QStringLiteral("migrateCopyFull"));
    m_copyFull->setText(tr("Copy every disk to the destination host"));
    m_copyTop->setObjectName(QStringLiteral("migrateCopyTop"));
    m_copyTop->setText(tr("Copy only the top layer of each disk (its backing files are on the destination already)"));
    auto *storageGroup = new QButtonGroup(this);
    for (QRadioButton *b : {m_shared, m_copyFull, m_copyTop}) {
        storageGroup->addButton(b);
        storageLayout->addWidget(b);
    }
    m_copyFull->setChecked(true);
    m_disks->setObjectName(QStringLiteral("migrateDisks"));
    m_disks->setVisible(false);
    storageLayout->addWidget(m_disks);
    m_createPools->setObjectName(QStringLiteral("migrateCreatePools"));
    m_createPools->setText(tr("Create storage pools on the destination for folders it has none for"));
    m_createPools->setChecked(true);
    storageLayout->addWidget(m_createPools);
    layout->addWidget(storage);

    auto *transport = new QGroupBox(tr("Connection"), this);
    auto *transportLayout = new QFormLayout(transport);
    m_direct->setObjectName(QStringLiteral("migrateDirect"));
    m_direct->setText(tr("Directly between the hosts (fastest)"));
    m_tunnelled->setObjectName(QStringLiteral("migrateTunnelled"));
    m_tunnelled->setText(tr("Through libvirt's connection (one port, encrypted when libvirt's is)"));
    auto *transportGroup = new QButtonGroup(this);
    transportGroup->addButton(m_direct);
    transportGroup->addButton(m_tunnelled);
    m_direct->setChecked(true);
    transportLayout->addRow(m_direct);
    transportLayout->addRow(m_tunnelled);
    m_peerUri->setObjectName(QStringLiteral("migratePeerUri"));
    m_peerUri->setPlaceholderText(tr("The destination connection's address"));
    m_peerUri->setToolTip(tr("When tunnelled, the source host's libvirt connects to the destination itself. Give the address it reaches it by, if it differs from this connection's."));
    transportLayout->addRow(tr("Destination as the source host reaches it:"), m_peerUri);
    layout->addWidget(transport);

    m_persistent->setObjectName(QStringLiteral("migratePersistent"));
    m_persistent->setText(tr("Keep the virtual machine defined on the destination after it stops"));
    m_persistent->setChecked(true);
    m_keepSource->setObjectName(QStringLiteral("migrateKeepSource"));
    m_keepSource->setText(tr("Keep its definition on this host too"));
    layout->addWidget(m_persistent);
    layout->addWidget(m_keepSource);

    m_advanced->setObjectName(QStringLiteral("migrateAdvanced"));
    m_advanced->setTitle(tr("Advanced"));
    auto *advanced = new QFormLayout(m_advanced);
    m_bandwidth->setObjectName(QStringLiteral("migrateBandwidth"));
    m_bandwidth->setRange(0, 100000);
    //: Bandwidth limit of a migration in mebibytes per second
    m_bandwidth->setSuffix(tr(" MiB/s"));
    //: Shown in the bandwidth box when it is 0
    m_bandwidth->setSpecialValueText(tr("No limit"));
    advanced->addRow(tr("Bandwidth limit:"), m_bandwidth);
    m_downtime->setObjectName(QStringLiteral("migrateDowntime"));
    m_downtime->setRange(0, 60000);
    //: Milliseconds
    m_downtime->setSuffix(tr(" ms"));
    //: Shown in the longest-pause box when it is 0
    m_downtime->setSpecialValueText(tr("libvirt's default"));
    advanced->addRow(tr("Longest pause of the guest:"), m_downtime);
    m_autoConverge->setObjectName(QStringLiteral("migrateAutoConverge"));
    m_autoConverge->setText(tr("Slow the guest down if its memory changes faster than it can move (auto-converge)"));
    advanced->addRow(m_autoConverge);
    m_postCopy->setObjectName(QStringLiteral("migratePostCopy"));
    m_postCopy->setText(tr("Run it on the destination after the first pass; the rest of its memory follows (post-copy)"));
    m_postCopy->setToolTip(tr("If either host or the link between them fails during post-copy, the guest is lost. Both hosts need QEMU with userfaultfd."));
    advanced->addRow(m_postCopy);
    m_unsafe->setObjectName(QStringLiteral("migrateUnsafe"));
    m_unsafe->setText(tr("Move even where libvirt cannot tell that the disks are shared (unsafe)"));
    advanced->addRow(m_unsafe);
    layout->addWidget(m_advanced);

    m_progress->setObjectName(QStringLiteral("migrateProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Migration progress"));
    m_progress->setVisible(false);
    m_switchPostCopy = new QPushButton(tr("Switch to Post-Copy"), this);
    m_switchPostCopy->setObjectName(QStringLiteral("migrateSwitchPostCopy"));
    m_switchPostCopy->setVisible(false);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_switchPostCopy);
    layout->addLayout(progressRow);
    m_status->setObjectName(QStringLiteral("migrateStatus"));
    layout->addWidget(m_status);

    m_migrate = m_buttons->addButton(tr("Migrate"), QDialogButtonBox::AcceptRole);
    m_migrate->setObjectName(QStringLiteral("migrateButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("migrateCancel"));
    layout->addWidget(m_buttons);
    connect(m_migrate, &QPushButton::clicked, this, &MigrateDialog::start);
    connect(m_switchPostCopy, &QPushButton::clicked, this, [this] {
        if (m_source)
            m_source->startPostCopy(m_uuid);
        m_switchPostCopy->setEnabled(false);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MigrateDialog::reject);

    for (QAbstractButton *b : {static_cast<QAbstractButton *>(m_shared), static_cast<QAbstractButton *>(m_copyFull),
                               static_cast<QAbstractButton *>(m_copyTop), static_cast<QAbstractButton *>(m_tunnelled),
                               static_cast<QAbstractButton *>(m_direct), static_cast<QAbstractButton *>(m_persistent)})
        connect(b, &QAbstractButton::toggled, this, &MigrateDialog::updateForm);
    connect(m_destination, &QComboBox::currentIndexChanged, this, &MigrateDialog::updateForm);
    connect(m_destination, &QComboBox::currentIndexChanged, this, &MigrateDialog::checkHypervisors);
    connect(source, &Connection::migrationProgressed, this, &MigrateDialog::showProgress);
    connect(manager, &ConnectionManager::connectionStateChanged, this, &MigrateDialog::fillDestinations);
    connect(manager, &ConnectionManager::connectionRemoved, this, &MigrateDialog::fillDestinations);

    fillDestinations();
    loadSubject();
    checkHypervisors();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

void MigrateDialog::fillDestinations()
{
    if (m_moving)
        return;
    const QString current = m_destination->currentData().toString();
    const QSignalBlocker block(m_destination);
    m_destination->clear();
    for (int i = 0; i < m_manager->count(); ++i) {
        Connection *c = m_manager->at(i);
        if (c == m_source || c->state() != ConnectionState::Connected)
            continue;
        //: A destination host in the migrate dialog: %1 its name, %2 its connection URI
        m_destination->addItem(tr("%1 (%2)").arg(c->displayName(), c->uri()), c->uri());
    }
    const int again = m_destination->findData(current);
    if (again >= 0)
        m_destination->setCurrentIndex(again);
    updateForm();
}

void MigrateDialog::loadSubject()
{
    if (!m_source)
        return;
    m_source->migrationSubject(m_uuid).then(this, [this](const Result<MigrationSubject> &r) {
        if (!r) {
            m_banner->showMessage(Banner::Kind::Error, tr("The definition of %1 could not be read: %2").arg(m_name, r.error().message));
            return;
        }
        m_subject = r.value();
        m_subjectLoaded = true;
        updateForm();
    });
}

void MigrateDialog::checkHypervisors()
{
    Connection *dest = destination();
    if (!m_source || !dest)
        return;
    const int query = ++m_hypervisorQuery;
    const QString destUri = dest->uri();
    m_source->hostInfo().then(this, [this, query, destUri](const Result<HostInfo> &here) {
        Connection *there = m_manager->find(destUri);
        if (query != m_hypervisorQuery || !there)
            return;
        const bool hereQemu = here && here.value().hypervisor.compare(QLatin1String("QEMU"), Qt::CaseInsensitive) == 0;
        there->hostInfo().then(this, [this, query, hereQemu](const Result<HostInfo> &r) {
            if (query != m_hypervisorQuery)
                return;
            m_bothQemu = hereQemu && r && r.value().hypervisor.compare(QLatin1String("QEMU"), Qt::CaseInsensitive) == 0;
            updateForm();
        });
    });
}

void MigrateDialog::updateForm()
{
    const bool copying = !m_shared->isChecked();
    const bool haveDestination = m_destination->count() > 0;
    m_noDestination->setVisible(!haveDestination);
    m_destination->setEnabled(haveDestination && !m_moving);
    m_createPools->setEnabled(copying);
    m_peerUri->setEnabled(m_tunnelled->isChecked());
    // An offline move always defines the VM there: there is nothing to run.
    m_persistent->setEnabled(m_running);
    if (!m_running)
        m_persistent->setChecked(true);
    m_keepSource->setEnabled(m_persistent->isChecked());
    for (QWidget *w : {static_cast<QWidget *>(m_downtime), static_cast<QWidget *>(m_bandwidth)})
        w->setEnabled(m_running && !m_moving);
    for (QCheckBox *b : {m_autoConverge, m_postCopy}) {
        b->setEnabled(m_running && m_bothQemu && !m_moving);
        if (!m_bothQemu)
            b->setChecked(false);
    }
    if (!m_bothQemu)
        m_autoConverge->setToolTip(tr("Both hosts need QEMU for this."));

    QString refusal;
    if (m_subjectLoaded) {
        QStringList copied, shared;
        for (const MigrationDisk &d : std::as_const(m_subject.disks)) {
            if (d.path.isEmpty())
                continue;
            (d.copied && copying ? copied : shared) << QStringLiteral("%1 (%2)").arg(d.target, d.path);
        }
        QStringList lines;
        if (!copied.isEmpty())
            lines << tr("Copied: %1").arg(copied.join(QStringLiteral(", ")));
        if (!shared.isEmpty())
            lines << tr("Used where they are (both hosts must reach them): %1").arg(shared.join(QStringLiteral(", ")));
        if (m_subject.uefi)
            lines << tr("Its UEFI variables (NVRAM) stay on this host; the destination starts with fresh ones unless the file is there too.");
        m_disks->setText(lines.join(QLatin1Char('\n')));
        m_disks->setVisible(!lines.isEmpty());
        if (m_running && !m_subject.hostDevices.isEmpty())
            refusal = tr("%1 cannot move while it runs: host devices are passed through to it (%2), and their state cannot move with it. Shut it down and move it offline, or remove the devices from it first.")
                          .arg(m_name, m_subject.hostDevices.join(QStringLiteral(", ")));
    }
    if (!refusal.isEmpty())
        m_banner->showMessage(Banner::Kind::Error, refusal);
    m_migrate->setEnabled(!m_moving && !m_finished && haveDestination && m_subjectLoaded && refusal.isEmpty() && m_source);
}

MigrationOptions MigrateDialog::options() const
{
    MigrationOptions o;
    o.transport = m_tunnelled->isChecked() ? MigrationOptions::Transport::Tunnelled : MigrationOptions::Transport::Direct;
    o.storage = m_shared->isChecked() ? MigrationOptions::Storage::Shared
              : m_copyTop->isChecked() ? MigrationOptions::Storage::Incremental
                                       : MigrationOptions::Storage::Full;
    o.persistent = m_persistent->isChecked();
    o.keepSource = m_keepSource->isChecked() && o.persistent;
    o.bandwidthMiBs = m_bandwidth->value();
    o.maxDowntimeMs = m_downtime->value();
    o.autoConverge = m_autoConverge->isChecked();
    o.postCopy = m_postCopy->isChecked();
    o.createPools = m_createPools->isChecked();
    o.unsafe = m_unsafe->isChecked();
    o.peerUri = m_peerUri->text().trimmed();
    return o;
}

Connection *MigrateDialog::destination() const
{
    return m_manager->find(m_destination->currentData().toString());
}

void MigrateDialog::start()
{
    Connection *dest = destination();
    if (!m_source || !dest)
        return;
    m_moving = true;
    m_banner->hide();
    const MigrationOptions o = options();
    for (QWidget *w : findChildren<QGroupBox *>())
        w->setEnabled(false);
    for (QWidget *w : {static_cast<QWidget *>(m_persistent), static_cast<QWidget *>(m_keepSource), static_cast<QWidget *>(m_destination)})
        w->setEnabled(false);
    m_migrate->setEnabled(false);
    m_switchPostCopy->setVisible(o.postCopy && m_running);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Preparing the move of %1 to %2…").arg(m_name, dest->displayName()));
    m_source->migrate(m_uuid, dest, o).then(this, [this](const Result<MigrationOutcome> &r) { moveEnded(r); });
}

void MigrateDialog::showProgress(const MigrationProgress &p)
{
    if (p.uuid != m_uuid || !m_moving)
        return;
    QStringList lines;
    switch (p.phase) {
    case MigrationProgress::Phase::Preparing:
        lines << tr("Checking both hosts and preparing the disks on the destination…");
        break;
    case MigrationProgress::Phase::Storage:
        lines << tr("Copying the disks: %1 of %2.").arg(bytes(p.diskProcessed), bytes(p.diskTotal));
        break;
    case MigrationProgress::Phase::Memory:
        if (p.dataTotal > 0)
            lines << tr("Moving memory: %1 of %2 moved, %3 left.").arg(bytes(p.dataProcessed), bytes(p.dataTotal), bytes(p.dataRemaining));
        else
            lines << tr("Starting the move…");
        break;
    case MigrationProgress::Phase::PostCopy:
        lines << tr("Post-copy: %1 runs on the destination; %2 of its memory still follows. The move cannot be cancelled now.").arg(m_name, bytes(p.dataRemaining));
        break;
    case MigrationProgress::Phase::Finishing:
        lines << tr("Finishing on the destination…");
        break;
    }
    if (p.dirtyRate >= 0)
        //: %1 is an amount of data such as "12.5 MiB", %2 a number of passes
        lines << tr("The guest changes %1 of memory a second; pass %2.").arg(bytes(p.dirtyRate)).arg(qMax(1, p.iteration));
    if (p.bytesPerSecond > 0)
        lines << tr("Transfer rate: %1 a second.").arg(bytes(p.bytesPerSecond));
    m_status->setText(lines.join(QLatin1Char('\n')));
    if (p.dataTotal > 0 && p.dataProcessed >= 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), p.dataProcessed * 1000 / p.dataTotal, qint64(1000))));
    }
    if (p.phase == MigrationProgress::Phase::PostCopy) {
        m_switchPostCopy->setEnabled(false);
        if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
            cancel->setEnabled(false);
    }
}

void MigrateDialog::moveEnded(const Result<MigrationOutcome> &r)
{
    m_moving = false;
    m_progress->setRange(0, 1000);
    m_switchPostCopy->setVisible(false);
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setEnabled(true);
    if (!r) {
        // Every choice stays as it was: change one and try again.
        m_progress->setVisible(false);
        m_status->clear();
        for (QWidget *w : findChildren<QGroupBox *>())
            w->setEnabled(true);
        m_persistent->setEnabled(true);
        m_banner->showMessage(Banner::Kind::Error, r.error().message);
        fillDestinations();
        emit finished(false);
        return;
    }
    m_finished = true;
    if (r.value().cancelled) {
        m_progress->setVisible(false);
        m_status->setText(tr("The move was cancelled. %1 is on this host, as it was.").arg(m_name));
    } else {
        m_progress->setValue(1000);
        QStringList lines;
        lines << tr("%1 is now on the destination host.").arg(m_name);
        if (!r.value().poolsCreated.isEmpty())
            lines << tr("Storage pools made there: %1.").arg(r.value().poolsCreated.join(QStringLiteral(", ")));
        if (!r.value().leftOnSource.isEmpty())
            lines << tr("Its disk images stay on this host; delete them when it runs well there: %1").arg(r.value().leftOnSource.join(QStringLiteral(", ")));
        m_status->setText(lines.join(QLatin1Char('\n')));
    }
    m_migrate->setEnabled(false);
    if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(tr("Close"));
    emit finished(!r.value().cancelled);
}

void MigrateDialog::reject()
{
    if (m_moving) {
        // Cancel asks libvirt to stop; the dialog closes once it has.
        if (m_source)
            m_source->cancelMigration(m_uuid);
        m_status->setText(tr("Cancelling the move of %1…").arg(m_name));
        if (QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel))
            cancel->setEnabled(false);
        return;
    }
    QDialog::reject();
}
