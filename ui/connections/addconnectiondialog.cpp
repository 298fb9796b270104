#include "addconnectiondialog.h"
#include "ui_addconnectiondialog.h"

#include "connectionuri.h"

#include <QEvent>
#include <QFileDialog>
#include <QPushButton>

AddConnectionDialog::AddConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddConnectionDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddConnectionDialog::reject);
    fillCombos();
    connect(m_ui->hypervisorCombo, &QComboBox::currentIndexChanged, this, &AddConnectionDialog::updateForm);
    connect(m_ui->transportCombo, &QComboBox::currentIndexChanged, this, &AddConnectionDialog::updateForm);
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, &AddConnectionDialog::updateForm);
    connect(m_ui->hostEdit, &QLineEdit::textChanged, this, &AddConnectionDialog::updateForm);
    connect(m_ui->testFileEdit, &QLineEdit::textChanged, this, &AddConnectionDialog::updateForm);
    connect(m_ui->customUriCheck, &QCheckBox::toggled, this, &AddConnectionDialog::updateForm);
    connect(m_ui->uriEdit, &QLineEdit::textEdited, m_ui->errorLabel, &QLabel::clear);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Test Driver Host File"), {}, tr("XML files (*.xml)"));
        if (!file.isEmpty())
            m_ui->testFileEdit->setText(file);
    });
    updateForm();
}

AddConnectionDialog::~AddConnectionDialog() = default;

void AddConnectionDialog::fillCombos()
{
    const int hypervisor = qMax(0, m_ui->hypervisorCombo->currentIndex());
    const int transport = qMax(0, m_ui->transportCombo->currentIndex());
    const QSignalBlocker b1(m_ui->hypervisorCombo);
    const QSignalBlocker b2(m_ui->transportCombo);
    m_ui->hypervisorCombo->clear();
    m_ui->hypervisorCombo->addItem(tr("QEMU/KVM"), int(ConnectionUri::Hypervisor::QemuSystem));
    m_ui->hypervisorCombo->addItem(tr("QEMU/KVM user session"), int(ConnectionUri::Hypervisor::QemuSession));
    //: Hypervisor choice: libvirt's built-in test driver, a fake host for trying QVirt out
    m_ui->hypervisorCombo->addItem(tr("Test driver"), int(ConnectionUri::Hypervisor::Test));
    m_ui->transportCombo->clear();
    //: Transport choice: connect to libvirt on this machine (no network)
    m_ui->transportCombo->addItem(tr("Local"), int(ConnectionUri::Transport::Local));
    m_ui->transportCombo->addItem(tr("SSH (ssh command)"), int(ConnectionUri::Transport::Ssh));
    m_ui->transportCombo->addItem(tr("SSH (libssh, asks for passwords here)"), int(ConnectionUri::Transport::Libssh));
    //: Transport choice: libvirt's TLS-encrypted TCP transport
    m_ui->transportCombo->addItem(tr("TLS"), int(ConnectionUri::Transport::Tls));
    m_ui->transportCombo->addItem(tr("TCP (unencrypted)"), int(ConnectionUri::Transport::Tcp));
    m_ui->hypervisorCombo->setCurrentIndex(hypervisor);
    m_ui->transportCombo->setCurrentIndex(transport);
}

QString AddConnectionDialog::uri() const
{
    if (m_ui->customUriCheck->isChecked())
        return m_ui->uriEdit->text().trimmed();
    ConnectionUri::Parts parts;
    parts.hypervisor = ConnectionUri::Hypervisor(m_ui->hypervisorCombo->currentData().toInt());
    parts.transport = parts.hypervisor == ConnectionUri::Hypervisor::Test
                          ? ConnectionUri::Transport::Local
                          : ConnectionUri::Transport(m_ui->transportCombo->currentData().toInt());
    parts.user = m_ui->userEdit->text();
    parts.host = m_ui->hostEdit->text();
    parts.testFile = m_ui->testFileEdit->text().trimmed();
    return ConnectionUri::build(parts);
}

bool AddConnectionDialog::autoconnect() const
{
    return m_ui->autoconnectCheck->isChecked();
}

void AddConnectionDialog::updateForm()
{
    const bool custom = m_ui->customUriCheck->isChecked();
    const bool test = ConnectionUri::Hypervisor(m_ui->hypervisorCombo->currentData().toInt()) == ConnectionUri::Hypervisor::Test;
    const bool remote = !test && ConnectionUri::Transport(m_ui->transportCombo->currentData().toInt()) != ConnectionUri::Transport::Local;
    m_ui->hypervisorCombo->setEnabled(!custom);
    m_ui->transportCombo->setEnabled(!custom && !test);
    m_ui->userEdit->setEnabled(!custom && remote);
    m_ui->hostEdit->setEnabled(!custom && remote);
    m_ui->testFileEdit->setEnabled(!custom && test);
    m_ui->browseButton->setEnabled(!custom && test);
    m_ui->uriEdit->setReadOnly(!custom);
    if (!custom)
        m_ui->uriEdit->setText(uri());
    m_ui->errorLabel->clear();
}

void AddConnectionDialog::accept()
{
    const QString problem = ConnectionUri::validate(uri());
    if (!problem.isEmpty()) {
        m_ui->errorLabel->setText(tr("Cannot use \"%1\": %2").arg(uri(), problem));
        return;
    }
    QDialog::accept();
}

void AddConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
    }
    QDialog::changeEvent(event);
}
