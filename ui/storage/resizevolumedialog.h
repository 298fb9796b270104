#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;

// A volume's new capacity; the page decides what a smaller one means.
class ResizeVolumeDialog final : public QDialog
{
    Q_OBJECT

public:
    ResizeVolumeDialog(const QString &name, qint64 capacity, QWidget *parent = nullptr);

    qint64 capacity() const;
    void setCapacity(qint64 bytes);

private:
    QDoubleSpinBox *m_capacity;
    QLabel *m_current;
};
