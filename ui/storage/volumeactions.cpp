// The Storage page's volume actions: new, resize, wipe, delete, upload, download.

#include "hoststoragepage.h"

#include "connection.h"
#include "filename.h"
#include "messagebox.h"
#include "newvolumedialog.h"
#include "resizevolumedialog.h"
#include "storagepoolmodel.h"
#include "storagevolumemodel.h"
#include "transferpanel.h"
#include "volumetransfer.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>

void HostStoragePage::newVolume()
{
    const StoragePoolInfo *p = m_pools->pool(m_currentPool);
    if (!p)
        return;
    auto *dialog = new NewVolumeDialog(p->name, m_volumes->volumes(), p->available, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_connection)
            return;
        const VolumeRequest request = dialog->request();
        m_connection->createStorageVolume(request).then(this, [this, request](const Result<QString> &r) {
            if (!r) {
                failed(tr("New Volume"), tr("The volume %1 could not be made in pool %2.").arg(request.name, request.pool),
                       r.error().message);
                return;
            }
            m_selectAfterLoad = r.value();
            m_volumes->reload();
            m_pools->reload();
        });
    });
    dialog->open();
}

void HostStoragePage::resizeVolume()
{
    const StorageVolumeInfo *v = m_volumes->volume(currentVolumePath());
    if (!v)
        return;
    const QString path = v->path;
    const qint64 old = v->capacity;
    const QString format = v->format;
    auto *dialog = new ResizeVolumeDialog(v->name, v->capacity, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path, old, format] {
        const qint64 capacity = dialog->capacity();
        auto resize = [this, path](qint64 bytes, bool shrink) {
            if (!m_connection)
                return;
            m_connection->resizeStorageVolume(path, bytes, shrink).then(this, [this, path](const VoidResult &r) {
                m_volumes->reload();
                m_pools->reload();
                if (!r)
                    failed(tr("Resize"), tr("%1 could not be resized.").arg(FileName::display(path)), r.error().message);
            });
        };
        if (capacity >= old) {
            resize(capacity, false);
            return;
        }
        if (format != QLatin1String("raw")) {
            failed(tr("Resize"), tr("%1 cannot be made smaller.").arg(FileName::display(path)),
                   tr("Only raw volumes can be shrunk here; a %1 volume would lose the guest's data past the new end.").arg(format));
            return;
        }
        MessageBox::confirm(this, tr("Shrink Volume"),
                            tr("Shrink %1 from %2 to %3? Whatever the guest keeps past %3 is lost, and a file system "
                               "that is not shrunk first in the guest will be damaged.")
                                .arg(FileName::display(path), StoragePoolModel::formatBytes(old),
                                     StoragePoolModel::formatBytes(capacity)),
                            tr("Shrink"), this, [resize, capacity](bool confirmed) {
                                if (confirmed)
                                    resize(capacity, true);
                            });
    });
    dialog->open();
}

void HostStoragePage::wipeVolume()
{
    const QString path = currentVolumePath();
    if (path.isEmpty())
        return;
    MessageBox::confirm(this, tr("Wipe Volume"),
                        tr("Overwrite all data in %1 with zeros? This cannot be undone.").arg(FileName::display(path)),
                        tr("Wipe"), this, [this, path](bool confirmed) {
                            if (!confirmed || !m_connection)
                                return;
                            m_connection->wipeStorageVolume(path).then(this, [this, path](const VoidResult &r) {
                                m_volumes->reload();
                                if (!r)
                                    failed(tr("Wipe Volume"), tr("%1 could not be wiped.").arg(FileName::display(path)),
                                           r.error().message);
                            });
                        });
}

void HostStoragePage::deleteVolume()
{
    const QString path = currentVolumePath();
    if (path.isEmpty())
        return;
    const QStringList users = m_volumes->usersOf(path);
    const QString text = users.isEmpty()
        ? tr("Delete %1? The file is removed from the host.").arg(FileName::display(path))
        : tr("Delete %1? The file is removed from the host, and these virtual machines use it: %2. They will not start "
             "until their disk is changed.").arg(FileName::display(path), users.join(QStringLiteral(", ")));
    MessageBox::confirm(this, tr("Delete Volume"), text, tr("Delete"), this, [this, path](bool confirmed) {
        if (!confirmed || !m_connection)
            return;
        m_connection->deleteStorageVolume(path).then(this, [this, path](const VoidResult &r) {
            m_volumes->reload();
            m_pools->reload();
            if (!r)
                failed(tr("Delete Volume"), tr("%1 could not be deleted.").arg(FileName::display(path)), r.error().message);
        });
    });
}

void HostStoragePage::startTransfer(const TransferRequest &request)
{
    if (!m_connection)
        return;
    const bool upload = request.direction == TransferRequest::Direction::Upload;
    const QString volume = upload && request.volumePath.isEmpty()
        ? request.newVolume.pool + QLatin1Char('/') + request.newVolume.name
        : FileName::display(request.volumePath);
    const QString description = upload ? tr("Uploading %1 into %2").arg(request.localFile, volume)
                                       : tr("Downloading %1 into %2").arg(volume, request.localFile);
    m_transfers->add(m_connection->transferVolume(request, nullptr), description);
}

void HostStoragePage::upload(bool intoSelected)
{
    const QString pool = m_currentPool;
    const QString target = intoSelected ? currentVolumePath() : QString();
    if (pool.isEmpty() || (intoSelected && target.isEmpty()))
        return;
    auto *dialog = new QFileDialog(this, tr("Choose a File to Upload"));
    dialog->setObjectName(QStringLiteral("uploadFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, pool, target](const QString &file) {
        TransferRequest request;
        request.direction = TransferRequest::Direction::Upload;
        request.localFile = file;
        request.volumePath = target;
        request.newVolume.pool = pool;
        request.newVolume.name = QFileInfo(file).fileName();
        // Bytes as they are: an image keeps its own format.
        const QString suffix = QFileInfo(file).suffix().toLower();
        request.newVolume.format = suffix == QLatin1String("qcow2") ? suffix : QStringLiteral("raw");
        startTransfer(request);
    });
    dialog->open();
}

void HostStoragePage::download()
{
    const StorageVolumeInfo *v = m_volumes->volume(currentVolumePath());
    if (!v)
        return;
    const QString path = v->path;
    auto *dialog = new QFileDialog(this, tr("Download %1 to").arg(FileName::display(v->name)), v->name);
    dialog->setObjectName(QStringLiteral("downloadFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this, path](const QString &file) {
        TransferRequest request;
        request.direction = TransferRequest::Direction::Download;
        request.localFile = file;
        request.volumePath = path;
        startTransfer(request);
    });
    dialog->open();
}

void HostStoragePage::volumeMenu(const QPoint &pos)
{
    if (!m_volumeView->indexAt(pos).isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_resize->text(), this, &HostStoragePage::resizeVolume);
    menu->addAction(m_wipe->text(), this, &HostStoragePage::wipeVolume);
    menu->addAction(m_download->text(), this, &HostStoragePage::download);
    menu->addAction(tr("Upload a File into This Volume…"), this, [this] { upload(true); });
    menu->addSeparator();
    menu->addAction(m_deleteVolume->text(), this, &HostStoragePage::deleteVolume);
    menu->popup(m_volumeView->viewport()->mapToGlobal(pos));
}
