#include "newvmpages.h"
#include "newvmwizard.h"
#include "volumepicker.h"

#include "filename.h"
#include "imageheader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace {

enum StackPage { PathPage, TreePage, NoSourcePage };
constexpr qint64 kRemoteHeadBytes = 4 * 1024 * 1024; // see OsDatabase: what media detection reads

} // namespace

SourcePage::SourcePage(NewVmWizard *wizard)
    : m_wizard(wizard)
    , m_stack(new QStackedWidget(this))
    , m_sourceLabel(new QLabel(this))
    , m_media(new QComboBox(this))
    , m_browseLocal(new QPushButton(this))
    , m_browseStorage(new QPushButton(this))
    , m_url(new QLineEdit(this))
    , m_kernelArgs(new QLineEdit(this))
    , m_urlLabel(new QLabel(this))
    , m_argsLabel(new QLabel(this))
    , m_noSource(new QLabel(this))
    , m_autodetect(new QCheckBox(this))
    , m_detection(new QLabel(this))
    , m_osSearch(new QLineEdit(this))
    , m_includeEol(new QCheckBox(this))
    , m_osList(new QListWidget(this))
    , m_osLabel(new QLabel(this))
    , m_detectTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("sourcePage"));
    m_media->setObjectName(QStringLiteral("sourcePath"));
    m_media->setEditable(true);
    m_media->setInsertPolicy(QComboBox::NoInsert);
    m_media->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_browseLocal->setObjectName(QStringLiteral("sourceBrowseLocal"));
    m_browseStorage->setObjectName(QStringLiteral("sourceBrowseStorage"));
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_kernelArgs->setObjectName(QStringLiteral("sourceKernelArgs"));
    m_autodetect->setObjectName(QStringLiteral("osAutodetect"));
    m_detection->setObjectName(QStringLiteral("osDetection"));
    m_detection->setWordWrap(true);
    m_osSearch->setObjectName(QStringLiteral("osSearch"));
    m_osSearch->setClearButtonEnabled(true);
    m_includeEol->setObjectName(QStringLiteral("osIncludeEol"));
    m_osList->setObjectName(QStringLiteral("osList"));
    m_osLabel->setObjectName(QStringLiteral("osChosen"));
    m_osLabel->setWordWrap(true);
    m_noSource->setWordWrap(true);
    m_autodetect->setChecked(true);
    m_sourceLabel->setBuddy(m_media);
    m_urlLabel->setBuddy(m_url);
    m_argsLabel->setBuddy(m_kernelArgs);

    auto *pathPage = new QWidget(m_stack);
    auto *pathLayout = new QVBoxLayout(pathPage);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    pathLayout->addWidget(m_sourceLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_media, 1);
    row->addWidget(m_browseLocal);
    row->addWidget(m_browseStorage);
    pathLayout->addLayout(row);
    auto *treePage = new QWidget(m_stack);
    auto *treeLayout = new QFormLayout(treePage);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addRow(m_urlLabel, m_url);
    treeLayout->addRow(m_argsLabel, m_kernelArgs);
    m_stack->addWidget(pathPage);
    m_stack->addWidget(treePage);
    m_stack->addWidget(m_noSource);

    auto *osBox = new QGroupBox(this);
    osBox->setObjectName(QStringLiteral("osGroup"));
    auto *osLayout = new QVBoxLayout(osBox);
    osLayout->addWidget(m_autodetect);
    osLayout->addWidget(m_detection);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_osSearch, 1);
    searchRow->addWidget(m_includeEol);
    osLayout->addLayout(searchRow);
    osLayout->addWidget(m_osList, 1);
    osLayout->addWidget(m_osLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    layout->addWidget(osBox, 1);

    m_detectTimer->setSingleShot(true);
    m_detectTimer->setInterval(600);
    connect(m_detectTimer, &QTimer::timeout, this, &SourcePage::detect);
    connect(m_media, &QComboBox::currentTextChanged, this, &SourcePage::sourceEdited);
    connect(m_url, &QLineEdit::textChanged, this, &SourcePage::sourceEdited);
    connect(m_autodetect, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            detect();
        else
            showDetection({}, false);
    });
    connect(m_osSearch, &QLineEdit::textChanged, this, &SourcePage::fillOsList);
    connect(m_includeEol, &QCheckBox::toggled, this, &SourcePage::fillOsList);
    connect(m_osList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item || !m_wizard->osDatabase())
            return;
        const QString id = item->data(Qt::UserRole).toString();
        // A choice by hand ends automatic detection: it would overwrite the choice.
        if (m_osList->hasFocus())
            m_autodetect->setChecked(false);
        m_wizard->setOs(id.isEmpty() ? std::nullopt : m_wizard->osDatabase()->byId(id));
    });
    connect(m_wizard, &NewVmWizard::osChanged, this, [this]() {
        const auto &os = m_wizard->os();
        m_osLabel->setText(os ? tr("Operating system: %1").arg(os->name) : tr("Operating system: generic (QVirt chooses widely supported devices)"));
    });
    connect(m_browseLocal, &QPushButton::clicked, this, &SourcePage::browseLocal);
    connect(m_browseStorage, &QPushButton::clicked, this, &SourcePage::browseStorage);
}

void SourcePage::retranslate()
{
    setTitle(tr("Installation source and operating system"));
    m_browseLocal->setText(tr("&Browse…"));
    m_browseStorage->setText(tr("Browse the host's &storage…"));
    m_urlLabel->setText(tr("&URL:"));
    m_url->setPlaceholderText(tr("For example: https://deb.debian.org/debian/dists/bookworm/main/installer-amd64/"));
    m_argsLabel->setText(tr("&Kernel arguments:"));
    m_kernelArgs->setPlaceholderText(tr("Optional, for example: console=ttyS0 auto=true"));
    m_autodetect->setText(tr("&Detect the operating system from the installation source"));
    m_osSearch->setPlaceholderText(tr("Search operating systems, for example: debian 12, win11, rhel"));
    m_osSearch->setAccessibleName(tr("Search operating systems"));
    m_osList->setAccessibleName(tr("Operating systems"));
    m_includeEol->setText(tr("Include &end-of-life systems"));
    m_media->setAccessibleName(tr("Path on the host"));
    if (auto *box = findChild<QGroupBox *>(QStringLiteral("osGroup")))
        box->setTitle(tr("Operating system"));
    initializePage();
}

void SourcePage::initializePage()
{
    const VmSpec::InstallMethod method = m_wizard->spec().method;
    const bool local = m_wizard->connection() && m_wizard->connection()->isLocal();
    m_browseLocal->setVisible(local);
    switch (method) {
    case VmSpec::InstallMethod::LocalMedia: {
        m_stack->setCurrentIndex(PathPage);
        m_sourceLabel->setText(tr("ISO image or CD-ROM device on the host:"));
        const QStringList recent = QSettings().value(QStringLiteral("newvm/recentMedia")).toStringList();
        const QString current = m_media->currentText();
        const QSignalBlocker block(m_media);
        m_media->clear();
        m_media->addItems(recent);
        m_media->setEditText(current);
        break;
    }
    case VmSpec::InstallMethod::ImportDisk:
        m_stack->setCurrentIndex(PathPage);
        m_sourceLabel->setText(tr("Existing disk image on the host:"));
        break;
    case VmSpec::InstallMethod::NetworkTree: {
        m_stack->setCurrentIndex(TreePage);
        // The trees used before, offered as the user types.
        const QStringList recent = QSettings().value(QStringLiteral("newvm/recentTrees")).toStringList();
        auto *completer = new QCompleter(recent, m_url);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        delete m_url->completer();
        m_url->setCompleter(completer);
        break;
    }
    case VmSpec::InstallMethod::Pxe:
        m_stack->setCurrentIndex(NoSourcePage);
        m_noSource->setText(tr("The VM boots from the network. Choose the operating system the PXE server installs, so QVirt picks devices it has drivers for."));
        break;
    case VmSpec::InstallMethod::Empty:
        m_stack->setCurrentIndex(NoSourcePage);
        m_noSource->setText(tr("The VM is created without an operating system. Choose the one you will put on it, so QVirt picks devices it has drivers for."));
        break;
    }
    const bool detectable = method == VmSpec::InstallMethod::LocalMedia || method == VmSpec::InstallMethod::NetworkTree;
    m_autodetect->setVisible(detectable);
    m_detection->setVisible(detectable);
    if (detectable && m_autodetect->isChecked() && m_detectedFor != source())
        m_detectTimer->start();
    emit completeChanged();
}

QString SourcePage::source() const
{
    switch (m_wizard->spec().method) {
    case VmSpec::InstallMethod::LocalMedia:
    case VmSpec::InstallMethod::ImportDisk:
        return m_media->currentText().trimmed();
    case VmSpec::InstallMethod::NetworkTree:
        return m_url->text().trimmed();
    default:
        return {};
    }
}

void SourcePage::sourceEdited()
{
    m_importFormat.clear();
    if (m_wizard->spec().method == VmSpec::InstallMethod::ImportDisk && m_wizard->connection() && m_wizard->connection()->isLocal()) {
        const QString path = source();
        QtConcurrent::run([path]() {
            const auto header = ImageHeaders::read(FileName::toNative(path));
            return header ? header->format : QString();
        }).then(this, [this, path](const QString &format) {
            if (path == source() && m_importFormat.isEmpty())
                m_importFormat = format;
        });
    }
    if (m_autodetect->isChecked() && m_autodetect->isVisible())
        m_detectTimer->start();
    emit completeChanged();
}

void SourcePage::showDetection(const QString &text, bool error)
{
    m_detection->setText(text);
    m_detection->setProperty("error", error);
}

void SourcePage::detect()
{
    const QString where = source();
    const int generation = ++m_detectGeneration;
    m_treeKernel.clear();
    m_treeInitrd.clear();
    if (where.isEmpty()) {
        showDetection({}, false);
        return;
    }
    m_detectedFor = where;
    showDetection(tr("Detecting the operating system…"), false);
    auto answer = [this, generation, where](const Result<OsDetection> &r) {
        if (generation != m_detectGeneration)
            return;
        if (!r) {
            showDetection(r.error().message, true);
            return;
        }
        const OsDetection &d = r.value();
        m_treeKernel = d.kernelPath;
        m_treeInitrd = d.initrdPath;
        showDetection(tr("Detected: %1").arg(d.os.name), false);
        m_wizard->setOs(d.os);
        fillOsList();
        emit completeChanged();
    };
    if (m_wizard->spec().method == VmSpec::InstallMethod::NetworkTree) {
        detectTree(where).then(this, answer);
        return;
    }
    Connection *connection = m_wizard->connection();
    if (!connection)
        return;
    if (connection->isLocal()) {
        detectMedia(where).then(this, answer);
        return;
    }
    // A remote host's ISO: its first megabytes, through libvirt, are what libosinfo reads.
    auto file = std::make_shared<QTemporaryFile>();
    if (!file->open()) {
        showDetection(tr("QVirt could not make a temporary file to read the ISO image into."), true);
        return;
    }
    connection->downloadVolumeHead(where, kRemoteHeadBytes, file->fileName()).then(this, [this, generation, file, answer](const VoidResult &r) {
        if (generation != m_detectGeneration)
            return;
        if (!r) {
            showDetection(tr("The ISO image could not be read through libvirt: %1 Only images in a storage pool can be read on a remote host.").arg(r.error().message), true);
            return;
        }
        detectMedia(file->fileName()).then(this, [file, answer](const Result<OsDetection> &d) { answer(d); });
    });
}

void SourcePage::osDatabaseLoaded()
{
    fillOsList();
}

void SourcePage::fillOsList()
{
    const auto db = m_wizard->osDatabase();
    const QSignalBlocker block(m_osList);
    m_osList->clear();
    if (!db) {
        m_osList->addItem(tr("Loading the operating system list…"));
        return;
    }
    auto *generic = new QListWidgetItem(tr("Generic or unknown operating system"), m_osList);
    generic->setData(Qt::UserRole, QString());
    const QString current = m_wizard->os() ? m_wizard->os()->id : QString();
    if (current.isEmpty())
        m_osList->setCurrentItem(generic);
    for (const OsEntry &os : db->search(m_osSearch->text(), m_includeEol->isChecked(), 300)) {
        auto *item = new QListWidgetItem(os.name, m_osList);
        item->setData(Qt::UserRole, os.id);
        item->setToolTip(os.id);
        if (os.id == current)
            m_osList->setCurrentItem(item);
    }
}

void SourcePage::browseLocal()
{
    auto *dialog = new QFileDialog(this, m_wizard->spec().method == VmSpec::InstallMethod::ImportDisk ? tr("Choose a Disk Image") : tr("Choose an ISO Image"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(m_wizard->spec().method == VmSpec::InstallMethod::ImportDisk
                               ? QStringList{tr("Disk images (*.qcow2 *.img *.raw *.vmdk *.vdi)"), tr("All files (*)")}
                               : QStringList{tr("ISO images (*.iso)"), tr("All files (*)")});
    dialog->setDirectory(QStringLiteral("/var/lib/libvirt/images"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_media->setEditText(file); });
    dialog->open();
}

void SourcePage::browseStorage()
{
    auto *picker = new VolumePicker(m_wizard->connection(), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &VolumePicker::picked, this, [this](const StorageVolumeInfo &volume) {
        m_media->setEditText(FileName::display(volume.path));
        if (m_wizard->spec().method == VmSpec::InstallMethod::ImportDisk)
            m_importFormat = volume.format;
    });
    picker->open();
}

bool SourcePage::isComplete() const
{
    switch (m_wizard->spec().method) {
    case VmSpec::InstallMethod::LocalMedia:
    case VmSpec::InstallMethod::ImportDisk:
        return !source().isEmpty();
    case VmSpec::InstallMethod::NetworkTree: {
        const QUrl url(source());
        return url.isValid() && QStringList{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ftp"), QStringLiteral("file")}.contains(url.scheme());
    }
    default:
        return true;
    }
}

bool SourcePage::validatePage()
{
    VmSpec &spec = m_wizard->spec();
    spec.mediaPath.clear();
    spec.treeUrl.clear();
    switch (spec.method) {
    case VmSpec::InstallMethod::LocalMedia:
        spec.mediaPath = source();
        break;
    case VmSpec::InstallMethod::ImportDisk:
        spec.storage = VmSpec::Storage::Existing;
        spec.diskPath = source();
        spec.diskFormat = m_importFormat.isEmpty() ? QStringLiteral("qcow2") : m_importFormat;
        if (spec.diskFormat != QLatin1String("qcow2") && spec.diskFormat != QLatin1String("raw") && !m_importFormat.isEmpty())
            spec.diskFormat = m_importFormat;
        break;
    case VmSpec::InstallMethod::NetworkTree:
        spec.treeUrl = source();
        spec.kernelArgs = m_kernelArgs->text().trimmed();
        break;
    default:
        break;
    }
    return true;
}
