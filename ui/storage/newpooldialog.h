#pragma once

#include "storagepoolinfo.h"

#include <QDialog>
#include <QPointer>

class Connection;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// A new storage pool: its type (those the host supports), and the fields the
// type has (target path, source host, source folder or name, device, format).
class NewPoolDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit NewPoolDialog(Connection *connection, QWidget *parent = nullptr);

    PoolRequest request() const;
    bool startNow() const;
    bool autostart() const;
    // Selects a pool type (tests, and the type list once it arrives).
    void setType(const QString &type);

private:
    void updateFields();
    void validate();

    QPointer<Connection> m_connection;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_target;
    QLineEdit *m_sourceHost;
    QLineEdit *m_sourceDir;
    QLineEdit *m_sourceDevice;
    QLineEdit *m_sourceName;
    QComboBox *m_sourceFormat;
    QCheckBox *m_start;
    QCheckBox *m_autostart;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};
