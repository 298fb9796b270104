#pragma once

#include <QPointer>
#include <QWidget>

class Banner;
class Connection;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class StoragePoolModel;
class StorageVolumeModel;
class TransferPanel;
struct TransferRequest;

// The host window's Storage page: the host's storage pools (state, autostart,
// type, folder, sizes) with their actions, the chosen pool's details and
// capacity bar, and its volumes (filtered, sorted) with theirs: new (qcow2,
// raw, overlay on a backing volume), resize, wipe, delete, upload and
// download with progress and Cancel.
class HostStoragePage final : public QWidget
{
    Q_OBJECT

public:
    explicit HostStoragePage(Connection *connection, QWidget *parent = nullptr);

    StoragePoolModel *poolModel() const { return m_pools; }
    StorageVolumeModel *volumeModel() const { return m_volumes; }
    QSortFilterProxyModel *volumeProxy() const { return m_volumeProxy; }
    QTreeView *poolView() const { return m_poolView; }
    QTreeView *volumeView() const { return m_volumeView; }
    TransferPanel *transfers() const { return m_transfers; }
    QString currentPool() const { return m_currentPool; }
    void selectPool(const QString &name);
    void selectVolume(const QString &path);
    // Starts a transfer as the Upload and Download buttons do, after their file dialogs.
    void startTransfer(const TransferRequest &request);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void poolSelected();
    void updateDetails();
    void updateButtons();
    QString currentVolumePath() const;

    void newPool();
    void startStopPool(bool start);
    void setAutostart(bool on);
    void refreshPool();
    void deletePool();
    void newVolume();
    void resizeVolume();
    void wipeVolume();
    void deleteVolume();
    void upload(bool intoSelected);
    void download();
    void volumeMenu(const QPoint &pos);
    // Shows failure of an action on the page (a message box: the user asked).
    void failed(const QString &title, const QString &what, const QString &reason);

    QPointer<Connection> m_connection;
    StoragePoolModel *m_pools;
    StorageVolumeModel *m_volumes;
    QSortFilterProxyModel *m_volumeProxy;
    Banner *m_banner;
    QLabel *m_poolsTitle;
    QTreeView *m_poolView;
    QPushButton *m_newPool;
    QPushButton *m_startPool;
    QPushButton *m_stopPool;
    QCheckBox *m_autostart;
    QPushButton *m_refreshPool;
    QPushButton *m_deletePool;
    QLabel *m_details;
    QProgressBar *m_capacityBar;
    QLabel *m_volumesTitle;
    QLineEdit *m_filter;
    QTreeView *m_volumeView;
    QPushButton *m_newVolume;
    QPushButton *m_resize;
    QPushButton *m_wipe;
    QPushButton *m_deleteVolume;
    QPushButton *m_upload;
    QMenu *m_uploadMenu;
    QPushButton *m_download;
    TransferPanel *m_transfers;
    QString m_currentPool;
    QString m_selectAfterLoad;
    bool m_shown = false;
};
