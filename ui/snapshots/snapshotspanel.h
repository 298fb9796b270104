#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class Connection;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;
class SnapshotTreeModel;

// A VM's Snapshots page: the snapshot tree joined with each disk's backing
// chain, details of the selection, and the actions valid for it (invalid ones
// disabled with the reason as tooltip).
class SnapshotsPanel final : public QWidget
{
    Q_OBJECT

public:
    SnapshotsPanel(Connection *connection, const QString &uuid, QWidget *parent = nullptr);

    SnapshotTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void activate();

signals:
    // The whole VM state (memory and devices) to a file and back, as in the VM menu.
    void saveStateRequested();
    void restoreStateRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void createSnapshot();
    void takeSnapshot(const struct SnapshotRequest &request, const std::function<void(struct SnapshotRequest)> &offerExternal);
    void revert();
    void remove();
    void merge(bool pull);
    void jobChanged(const struct BlockJob &job);
    QString selectedSnapshot() const;

    QPointer<Connection> m_connection;
    QString m_uuid;
    SnapshotTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_details;
    QPushButton *m_create;
    QPushButton *m_revert;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QPushButton *m_commit;
    QPushButton *m_pull;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QCheckBox *m_deleteMerged;
    QPushButton *m_saveState;
    QPushButton *m_restoreState;
    QString m_jobDisk;
    bool m_loadedOnce = false;
};
