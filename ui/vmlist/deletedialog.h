#pragma once

#include "domainref.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Confirms deleting domains and lets the user opt in to deleting their disk
// images, every layer of each disk's backing chain listed separately.
class DeleteDialog final : public QDialog
{
    Q_OBJECT

public:
    DeleteDialog(const DomainRefs &domains, QWidget *parent = nullptr);

    // Paths chosen for deletion, by domain UUID.
    QHash<QString, QStringList> chosenPaths() const;

signals:
    void confirmed(const DomainRefs &domains, const QHash<QString, QStringList> &paths);

private:
    void addStorage(const DomainRef &domain, const QVector<DiskStorage> &disks);
    void storageFailed(const DomainRef &domain, const QString &error);
    void loadingDone();

    DomainRefs m_domains;
    int m_pending = 0;
    QLabel *m_status;
    QCheckBox *m_deleteStorage;
    QTreeWidget *m_tree;
    QPushButton *m_delete;
};
