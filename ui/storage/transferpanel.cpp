#include "transferpanel.h"

#include "volumetransfer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

TransferPanel::TransferPanel(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("transferPanel"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    hide();
}

int TransferPanel::count() const
{
    return m_rows->count();
}

void TransferPanel::add(VolumeTransfer *transfer, const QString &description)
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("transferRow"));
    transfer->setParent(row);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(description, row);
    auto *bar = new QProgressBar(row);
    bar->setObjectName(QStringLiteral("transferProgress"));
    bar->setAccessibleName(description);
    bar->setRange(0, 0);
    auto *cancel = new QPushButton(tr("Cancel"), row);
    cancel->setObjectName(QStringLiteral("transferCancel"));
    //: %1 says what is transferred (Uploading x into y)
    cancel->setAccessibleName(tr("Cancel: %1").arg(description));
    layout->addWidget(label, 1);
    layout->addWidget(bar, 1);
    layout->addWidget(cancel);
    m_rows->addWidget(row);
    show();

    connect(cancel, &QPushButton::clicked, transfer, [transfer, cancel] {
        cancel->setEnabled(false);
        transfer->cancel();
    });
    connect(transfer, &VolumeTransfer::progress, bar, [bar](qint64 done, qint64 total) {
        // QProgressBar counts in int: per mille of the total.
        const int value = total > 0 ? int(done * 1000 / total) : 0;
        if (bar->maximum() != 1000)
            bar->setRange(0, 1000);
        if (bar->value() != value)
            bar->setValue(value);
    });
    connect(transfer, &VolumeTransfer::finished, this,
            [this, row, description](bool ok, bool cancelled, const QString &error, const QString &) {
                row->hide();
                m_rows->removeWidget(row);
                row->deleteLater();
                if (m_rows->count() == 0)
                    hide();
                emit transferFinished(ok, cancelled, description, error);
            });
}
