#pragma once

#include "storagepoolinfo.h"

#include <QDialog>
#include <QPointer>

class Connection;
class QComboBox;
class QLabel;
class QTreeWidget;

// Picks a volume from the host's storage pools (works on remote hosts, where
// no local file dialog can see the files).
class VolumePicker final : public QDialog
{
    Q_OBJECT

public:
    VolumePicker(Connection *connection, QWidget *parent = nullptr);

    StorageVolumeInfo selected() const;

signals:
    void picked(const StorageVolumeInfo &volume);

private:
    void loadVolumes();

    QPointer<Connection> m_connection;
    QComboBox *m_pools;
    QTreeWidget *m_volumes;
    QLabel *m_status;
    QVector<StorageVolumeInfo> m_list;
    int m_generation = 0;
};
