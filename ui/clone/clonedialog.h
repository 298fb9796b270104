#pragma once

#include "clonespec.h"
#include "result.h"

#include <QDialog>
#include <QPointer>

class Connection;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

// Clones a VM: one clone or several by a name pattern, full (disks copied,
// with progress and Cancel) or linked (qcow2 overlays on the original's
// images), with a choice per disk of copying, sharing or leaving it out.
// Shown with open(); reads the VM again by UUID, never keeps a model pointer.
class CloneDialog final : public QDialog
{
    Q_OBJECT

public:
    CloneDialog(Connection *connection, const QString &uuid, QWidget *parent = nullptr);

    // The clones' names as the dialog would make them now.
    QStringList cloneNames() const;
    // While a clone is made: cancels it (what it made is deleted) and stays open.
    void reject() override;

signals:
    // "Open the clone": the window shows this VM of connection.
    void openRequested(Connection *connection, const QString &uuid);
    void cloned(const QStringList &names);

private:
    void loadPlan();
    void showPlan(const Result<ClonePlan> &plan);
    void fillDisks();
    void updateState();
    void startClone();
    void onProgress(const CloneProgress &progress);
    void onFinished(const Result<CloneOutcome> &outcome);
    void addFolderAsPool();
    CloneDiskAction actionOf(int row) const;
    bool linked() const;

    QPointer<Connection> m_connection;
    QString m_uuid;
    ClonePlan m_plan;
    bool m_loaded = false;
    QString m_jobId;      // the job under way; empty when none
    QStringList m_madeUuids;
    QLabel *m_intro;
    QLabel *m_note;
    QLineEdit *m_name;
    QSpinBox *m_count;
    QLabel *m_names;
    QRadioButton *m_full;
    QRadioButton *m_linked;
    QLabel *m_linkedNote;
    QTreeWidget *m_disks;
    QPushButton *m_addPool;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_clone;
    QPushButton *m_cancel;
    QPushButton *m_open;
};
