#pragma once

#include "migrationspec.h"
#include "result.h"

#include <QDialog>
#include <QPointer>

class Banner;
class Connection;
class ConnectionManager;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

// Moves one VM to the host of another open connection: live while it runs,
// offline when it is shut off; its disks shared, copied whole or only their
// top layers. Shows libvirt's progress and cancels. The dialog keeps the
// VM's UUID and its connection's pointer guarded, never a model row.
class MigrateDialog final : public QDialog
{
    Q_OBJECT

public:
    MigrateDialog(ConnectionManager *manager, Connection *source, const QString &uuid, const QString &name,
                  bool running, QWidget *parent = nullptr);

    // For tests: the options the form describes, and the destination picked.
    MigrationOptions options() const;
    Connection *destination() const;
    bool isMoving() const { return m_moving; }

signals:
    // The move ended: succeeded, failed or cancelled (for tests).
    void finished(bool moved);

protected:
    void reject() override;

private:
    void fillDestinations();
    void loadSubject();
    // Auto-converge and post-copy are QEMU's: offered when both hosts run it.
    void checkHypervisors();
    void updateForm();
    void start();
    void showProgress(const MigrationProgress &p);
    void moveEnded(const Result<MigrationOutcome> &r);

    ConnectionManager *m_manager;
    QPointer<Connection> m_source;
    QString m_uuid;
    QString m_name;
    bool m_running;
    bool m_moving = false;
    bool m_finished = false;
    MigrationSubject m_subject;
    bool m_subjectLoaded = false;
    bool m_bothQemu = true;
    int m_hypervisorQuery = 0;

    Banner *m_banner;
    QLabel *m_intro;
    QComboBox *m_destination;
    QLabel *m_noDestination;
    QRadioButton *m_shared;
    QRadioButton *m_copyFull;
    QRadioButton *m_copyTop;
    QLabel *m_disks;
    QCheckBox *m_createPools;
    QRadioButton *m_direct;
    QRadioButton *m_tunnelled;
    QLineEdit *m_peerUri;
    QCheckBox *m_persistent;
    QCheckBox *m_keepSource;
    QGroupBox *m_advanced;
    QSpinBox *m_bandwidth;
    QSpinBox *m_downtime;
    QCheckBox *m_autoConverge;
    QCheckBox *m_postCopy;
    QCheckBox *m_unsafe;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_migrate;
    QPushButton *m_switchPostCopy;
};
