#pragma once

#include <QWidget>

class VolumeTransfer;
class QVBoxLayout;

// The uploads and downloads under way, one row each (what moves where, a
// progress bar, Cancel), inline under the volume list; hidden when none runs.
class TransferPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TransferPanel(QWidget *parent = nullptr);

    // Takes the transfer over (it is deleted with its row when it ends).
    void add(VolumeTransfer *transfer, const QString &description);
    int count() const;

signals:
    // A transfer ended; error is empty when it succeeded or was cancelled.
    void transferFinished(bool ok, bool cancelled, const QString &description, const QString &error);

private:
    QVBoxLayout *m_rows;
};
