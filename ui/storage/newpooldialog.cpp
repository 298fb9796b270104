#include "newpooldialog.h"

#include "connection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewPoolDialog::NewPoolDialog(Connection *connection, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_sourceHost(new QLineEdit(this))
    , m_sourceDir(new QLineEdit(this))
    , m_sourceDevice(new QLineEdit(this))
    , m_sourceName(new QLineEdit(this))
    , m_sourceFormat(new QComboBox(this))
    , m_start(new QCheckBox(tr("Start the pool now"), this))
    , m_autostart(new QCheckBox(tr("Start the pool with the host"), this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newPoolDialog"));
    setWindowTitle(tr("New Storage Pool"));
    setMinimumWidth(480);
    m_name->setObjectName(QStringLiteral("poolName"));
    m_type->setObjectName(QStringLiteral("poolType"));
    m_target->setObjectName(QStringLiteral("poolTargetPath"));
    m_sourceHost->setObjectName(QStringLiteral("poolSourceHost"));
    m_sourceDir->setObjectName(QStringLiteral("poolSourceDir"));
    m_sourceDevice->setObjectName(QStringLiteral("poolSourceDevice"));
    m_sourceName->setObjectName(QStringLiteral("poolSourceName"));
    m_sourceFormat->setObjectName(QStringLiteral("poolSourceFormat"));
    m_sourceFormat->setEditable(true);
    m_start->setObjectName(QStringLiteral("poolStartNow"));
    m_autostart->setObjectName(QStringLiteral("poolAutostart"));
    m_start->setChecked(true);
    m_autostart->setChecked(true);
    m_hint->setObjectName(QStringLiteral("poolHint"));
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createPoolButton"));

    m_target->setPlaceholderText(QStringLiteral("/var/lib/libvirt/images/pool"));
    //: Placeholder: the name or address of an NFS or iSCSI server
    m_sourceHost->setPlaceholderText(tr("server.example.com"));
    m_sourceDevice->setPlaceholderText(QStringLiteral("/dev/sdb"));

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Type:"), m_type);
    m_form->addRow(tr("Target &path:"), m_target);
    //: Field of a network pool: the server that exports the storage
    m_form->addRow(tr("Source &host:"), m_sourceHost);
    //: Field of a netfs pool: the exported folder on the server
    m_form->addRow(tr("Source &folder:"), m_sourceDir);
    //: Field of a pool: the block device (or iSCSI target IQN) that holds it
    m_form->addRow(tr("Source &device:"), m_sourceDevice);
    //: Field of a logical pool: the volume group; of rbd/gluster: the pool or volume name
    m_form->addRow(tr("Source na&me:"), m_sourceName);
    //: Field of fs/netfs/disk pools: the file system or partition table format
    m_form->addRow(tr("Source f&ormat:"), m_sourceFormat);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_start);
    layout->addWidget(m_autostart);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    for (const QString &type : fallbackPoolTypes())
        m_type->addItem(type, type);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewPoolDialog::updateFields);
    for (QLineEdit *edit : {m_name, m_target, m_sourceHost, m_sourceDir, m_sourceDevice, m_sourceName})
        connect(edit, &QLineEdit::textChanged, this, &NewPoolDialog::validate);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (m_type->currentData().toString() == QLatin1String("dir") && !m_target->isModified())
            m_target->setText(QStringLiteral("/var/lib/libvirt/images/") + name);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();

    if (connection) {
        connection->storagePoolTypes().then(this, [this](const Result<QStringList> &r) {
            const QStringList types = r ? r.value() : fallbackPoolTypes();
            const QString current = m_type->currentData().toString();
            m_type->blockSignals(true);
            m_type->clear();
            for (const QString &type : types)
                m_type->addItem(type, type);
            m_type->blockSignals(false);
            setType(types.contains(current) ? current : types.value(0));
            updateFields();
        });
    }
}

void NewPoolDialog::setType(const QString &type)
{
    const int i = m_type->findData(type);
    if (i >= 0)
        m_type->setCurrentIndex(i);
}

void NewPoolDialog::updateFields()
{
    const QString type = m_type->currentData().toString();
    const int fields = poolFields(type);
    const std::pair<QWidget *, int> rows[] = {
        {m_target, PoolTargetPath}, {m_sourceHost, PoolSourceHost}, {m_sourceDir, PoolSourceDir},
        {m_sourceDevice, PoolSourceDevice}, {m_sourceName, PoolSourceName}, {m_sourceFormat, PoolSourceFormat}};
    for (const auto &[widget, field] : rows)
        m_form->setRowVisible(widget, (fields & field) != 0);
    m_sourceFormat->clear();
    m_sourceFormat->addItems(poolSourceFormats(type));
    if (type == QLatin1String("iscsi"))
        m_target->setPlaceholderText(QStringLiteral("/dev/disk/by-path"));
    else if (type == QLatin1String("logical"))
        m_target->setPlaceholderText(QStringLiteral("/dev/vg0"));
    else
        m_target->setPlaceholderText(QStringLiteral("/var/lib/libvirt/images/pool"));
    if (type == QLatin1String("iscsi") || type == QLatin1String("iscsi-direct"))
        //: Placeholder of the source device field of an iSCSI pool
        m_sourceDevice->setPlaceholderText(tr("iqn.2024-01.com.example:target"));
    else
        m_sourceDevice->setPlaceholderText(QStringLiteral("/dev/sdb"));
    validate();
}

void NewPoolDialog::validate()
{
    const QString type = m_type->currentData().toString();
    const int fields = poolFields(type);
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the pool a name.");
    else if ((type == QLatin1String("dir") || type == QLatin1String("fs") || type == QLatin1String("netfs"))
             && !m_target->text().startsWith(QLatin1Char('/')))
        problem = tr("Give the folder on the host where the pool's volumes are kept, as an absolute path.");
    else if ((fields & PoolSourceHost) && m_sourceHost->text().trimmed().isEmpty())
        problem = tr("Give the server that holds the storage.");
    else if ((fields & PoolSourceDir) && m_sourceDir->text().trimmed().isEmpty())
        problem = tr("Give the folder the server exports.");
    else if (type == QLatin1String("fs") && m_sourceDevice->text().trimmed().isEmpty())
        problem = tr("Give the block device that holds the file system.");
    else if (type == QLatin1String("logical") && m_sourceName->text().trimmed().isEmpty()
             && m_sourceDevice->text().trimmed().isEmpty())
        problem = tr("Give the volume group's name, or a device to make it on.");
    m_hint->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

PoolRequest NewPoolDialog::request() const
{
    PoolRequest r;
    r.type = m_type->currentData().toString();
    r.name = m_name->text().trimmed();
    r.targetPath = m_target->text().trimmed();
    r.sourceHost = m_sourceHost->text().trimmed();
    r.sourceDir = m_sourceDir->text().trimmed();
    r.sourceDevice = m_sourceDevice->text().trimmed();
    r.sourceName = m_sourceName->text().trimmed();
    r.sourceFormat = m_sourceFormat->currentText().trimmed();
    return r;
}

bool NewPoolDialog::startNow() const
{
    return m_start->isChecked();
}

bool NewPoolDialog::autostart() const
{
    return m_autostart->isChecked();
}
