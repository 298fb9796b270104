#pragma once

#include "storagepoolinfo.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// A new volume in a pool: qcow2 or raw, its size, and optionally a backing
// volume it is an overlay on (picked among the pool's volumes).
class NewVolumeDialog final : public QDialog
{
    Q_OBJECT

public:
    NewVolumeDialog(const QString &pool, const QVector<StorageVolumeInfo> &volumes, qint64 available,
                    QWidget *parent = nullptr);

    VolumeRequest request() const;

private:
    void backingChanged();
    void validate();

    QString m_pool;
    QVector<StorageVolumeInfo> m_backings;
    QStringList m_names;
    qint64 m_available;
    QLineEdit *m_name;
    QComboBox *m_format;
    QDoubleSpinBox *m_capacity;
    QCheckBox *m_useBacking;
    QComboBox *m_backing;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};
