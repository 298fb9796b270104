#pragma once

#include "connection.h"

#include <QDialog>
#include <QVector>

class QLineEdit;

// Asks what libvirt's auth callback needs (user name, password, passphrase).
// Nothing typed is kept after the answer is handed to the connection.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT

public:
    CredentialsDialog(const QString &connectionName, const QVector<CredentialField> &fields, QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    QStringList answers() const;

private:
    QVector<QLineEdit *> m_edits;
};
