#include "deletedialog.h"

#include "filename.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int PathRole = Qt::UserRole + 1;
constexpr int UuidRole = Qt::UserRole + 2;
}

DeleteDialog::DeleteDialog(const DomainRefs &domains, QWidget *parent)
    : QDialog(parent)
    , m_domains(domains)
    , m_status(new QLabel(this))
    , m_deleteStorage(new QCheckBox(tr("Also delete the selected disk images"), this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("deleteDialog"));
    setWindowTitle(tr("Delete Virtual Machines"));
    resize(720, 420);

    QStringList names;
    QStringList running;
    for (const DomainRef &d : domains) {
        names << d.info.name;
        if (isActive(d.info.state))
            running << d.info.name;
    }
    QString text = tr("Delete %1? Its definition, managed save, snapshot metadata and UEFI variables are removed.",
                      nullptr, int(domains.size())).arg(names.join(QStringLiteral(", ")));
    if (!running.isEmpty())
        text += QStringLiteral("\n\n") + tr("Running now, will be forced off first: %1").arg(running.join(QStringLiteral(", ")));
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);

    m_deleteStorage->setObjectName(QStringLiteral("deleteStorageCheck"));
    m_deleteStorage->setChecked(false);
    m_tree->setObjectName(QStringLiteral("storageTree"));
    m_tree->setAccessibleName(tr("Disk images"));
    //: Column header: path of a disk image file
    m_tree->setHeaderLabels({tr("Image"), /*: Column header: disk image format (qcow2, raw ...), not the verb */ tr("Format"), tr("Used by other virtual machines")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setEnabled(false);
    m_status->setObjectName(QStringLiteral("storageStatus"));
    m_status->setText(tr("Looking up the disk images and their backing chains…"));
    connect(m_deleteStorage, &QCheckBox::toggled, m_tree, &QWidget::setEnabled);

    auto *buttons = new QDialogButtonBox(this);
    //: Button: delete the virtual machines (and the ticked disk images)
    m_delete = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        emit confirmed(m_domains, chosenPaths());
        accept();
    });
    m_delete->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_deleteStorage);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    m_pending = int(domains.size());
    for (const DomainRef &d : domains) {
        d.connection->storageOf(d.info.uuid).then(this, [this, d](const Result<QVector<DiskStorage>> &r) {
            if (r)
                addStorage(d, r.value());
            else
                storageFailed(d, r.error().message);
            if (--m_pending == 0)
                loadingDone();
        });
    }
}

void DeleteDialog::addStorage(const DomainRef &domain, const QVector<DiskStorage> &disks)
{
    QTreeWidgetItem *parent = nullptr;
    if (m_domains.size() > 1) {
        parent = new QTreeWidgetItem(m_tree, {domain.info.name});
        parent->setFirstColumnSpanned(true);
    }
    for (const DiskStorage &disk : disks) {
        const QString label = disk.device == QLatin1String("cdrom") ? tr("%1 (CD/DVD)").arg(disk.target)
                                                                    //: %1 is a disk's target name (vda), %2 its device type (disk, floppy ...)
                                                                    : tr("%1 (%2)").arg(disk.target, disk.device);
        auto *diskItem = parent ? new QTreeWidgetItem(parent, {label}) : new QTreeWidgetItem(m_tree, {label});
        diskItem->setFirstColumnSpanned(true);
        for (int i = 0; i < disk.chain.size(); ++i) {
            const DiskImage &img = disk.chain.at(i);
            // A name that is not UTF-8 is shown escaped; PathRole keeps its bytes for the deletion.
            const QString name = FileName::display(img.path);
            const QString shown = i == 0 ? name : tr("%1 (backing file)").arg(name);
            auto *item = new QTreeWidgetItem(diskItem, {shown, img.format, img.usedBy.join(QStringLiteral(", "))});
            item->setData(0, PathRole, img.path);
            item->setData(0, UuidRole, domain.info.uuid);
            // Opt-in per image: disks yes, shared media and images others use, no.
            const bool suggested = disk.device == QLatin1String("disk") && img.usedBy.isEmpty() && !img.path.startsWith(QLatin1String("/dev/"));
            item->setCheckState(0, suggested ? Qt::Checked : Qt::Unchecked);
            if (!img.usedBy.isEmpty())
                item->setToolTip(2, tr("Deleting this image breaks the virtual machines that use it."));
        }
    }
    m_tree->expandAll();
}

void DeleteDialog::storageFailed(const DomainRef &domain, const QString &error)
{
    auto *item = new QTreeWidgetItem(m_tree, {tr("%1: the disk images could not be listed: %2").arg(domain.info.name, error)});
    item->setFirstColumnSpanned(true);
}

void DeleteDialog::loadingDone()
{
    int images = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->data(0, PathRole).toString().isEmpty())
            ++images;
    }
    m_status->setText(images ? tr("%n disk image(s) found. Nothing is deleted unless you tick the box above.", nullptr, images)
                             : tr("No disk images found."));
    m_deleteStorage->setEnabled(images > 0);
    m_delete->setEnabled(true);
}

QHash<QString, QStringList> DeleteDialog::chosenPaths() const
{
    QHash<QString, QStringList> paths;
    if (!m_deleteStorage->isChecked())
        return paths;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString path = (*it)->data(0, PathRole).toString();
        if (!path.isEmpty() && (*it)->checkState(0) == Qt::Checked) {
            QStringList &list = paths[(*it)->data(0, UuidRole).toString()];
            if (!list.contains(path))
                list << path;
        }
    }
    return paths;
}
