#include "resizevolumedialog.h"

#include "filename.h"
#include "storagepoolmodel.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr double kMiB = 1024.0 * 1024.0;
}

ResizeVolumeDialog::ResizeVolumeDialog(const QString &name, qint64 capacity, QWidget *parent)
    : QDialog(parent)
    , m_capacity(new QDoubleSpinBox(this))
    , m_current(new QLabel(this))
{
    setObjectName(QStringLiteral("resizeVolumeDialog"));
    setWindowTitle(tr("Resize %1").arg(FileName::display(name)));
    m_capacity->setObjectName(QStringLiteral("resizeCapacity"));
    m_capacity->setDecimals(0);
    m_capacity->setRange(1, 64.0 * 1024 * 1024);
    //: Unit after the new size of a volume
    m_capacity->setSuffix(tr(" MiB"));
    m_capacity->setValue(double(capacity) / kMiB);
    m_current->setText(tr("Now: %1").arg(StoragePoolModel::formatBytes(capacity)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Resize"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("resizeButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("&New capacity:"), m_capacity);
    form->addRow(QString(), m_current);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Growing a volume does not grow the file system inside it: do that in the guest afterwards."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 ResizeVolumeDialog::capacity() const
{
    return qint64(m_capacity->value() * kMiB);
}

void ResizeVolumeDialog::setCapacity(qint64 bytes)
{
    m_capacity->setValue(double(bytes) / kMiB);
}
