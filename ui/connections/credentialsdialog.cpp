#include "credentialsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

static QString labelFor(const CredentialField &field)
{
    switch (field.kind) {
    case CredentialField::Kind::UserName:
    case CredentialField::Kind::AuthName: return CredentialsDialog::tr("User name:");
    case CredentialField::Kind::Password: return CredentialsDialog::tr("Password:");
    case CredentialField::Kind::Passphrase: return CredentialsDialog::tr("Password or passphrase:");
    //: Authentication realm (SASL/Kerberos) a host asks for
    case CredentialField::Kind::Realm: return CredentialsDialog::tr("Realm:");
    default: break;
    }
    QString prompt = field.prompt.trimmed();
    if (!prompt.endsWith(QLatin1Char(':')))
        prompt += QLatin1Char(':');
    return prompt;
}

CredentialsDialog::CredentialsDialog(const QString &connectionName, const QVector<CredentialField> &fields, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("credentialsDialog"));
    setWindowTitle(tr("Authentication Required"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 asks for credentials.").arg(connectionName), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (int i = 0; i < fields.size(); ++i) {
        const CredentialField &f = fields.at(i);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("credential%1").arg(i));
        edit->setText(f.defaultValue);
        if (f.isSecret()) {
            edit->setEchoMode(QLineEdit::Password);
            edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        }
        const QString label = labelFor(f);
        edit->setAccessibleName(label);
        if (!f.prompt.isEmpty())
            edit->setToolTip(f.prompt);
        form->addRow(label, edit);
        m_edits.append(edit);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

CredentialsDialog::~CredentialsDialog()
{
    for (QLineEdit *edit : std::as_const(m_edits))
        edit->clear();
}

QStringList CredentialsDialog::answers() const
{
    QStringList list;
    for (const QLineEdit *edit : m_edits)
        list << edit->text();
    return list;
}
