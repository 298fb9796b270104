#include "preferencesdialog.h"

#include "connectionmanager.h"
#include "interfacesize.h"
#include "language.h"
#include "statshistory.h"
#include "statssettingsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace {
const int kHistoryChoices[] = {600, 3600, 6 * 3600}; // seconds
} // namespace

PreferencesDialog::PreferencesDialog(ConnectionManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_sizeLabel(new QLabel(this))
    , m_size(new QComboBox(this))
    , m_sizeNote(new QLabel(this))
    , m_manager(manager)
    , m_statsGroup(new QGroupBox(this))
    , m_intervalLabel(new QLabel(m_statsGroup))
    , m_interval(new QDoubleSpinBox(m_statsGroup))
    , m_metricsLabel(new QLabel(m_statsGroup))
    , m_cpu(new QCheckBox(m_statsGroup))
    , m_memory(new QCheckBox(m_statsGroup))
    , m_disk(new QCheckBox(m_statsGroup))
    , m_network(new QCheckBox(m_statsGroup))
    , m_host(new QCheckBox(m_statsGroup))
    , m_historyLabel(new QLabel(m_statsGroup))
    , m_history(new QComboBox(m_statsGroup))
    , m_statsNote(new QLabel(m_statsGroup))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_languageLabel->setBuddy(m_language);
    m_languageNote->setWordWrap(true);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));

    // The first entry is filled by retranslate(); the others are each
    // language's own name, the same in every UI language.
    m_language->addItem(QString(), QString());
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::chosen())));
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        Language::save(code);
        Language::apply(code);
    });

    // Interface size: Qt's scale factor, read when QVirt starts.
    m_size->setObjectName(QStringLiteral("interfaceSizeCombo"));
    m_sizeLabel->setBuddy(m_size);
    m_sizeNote->setObjectName(QStringLiteral("interfaceSizeNote"));
    m_sizeNote->setWordWrap(true);
    for (int percent : InterfaceSize::choices())
        m_size->addItem(QString(), percent);
    m_size->setCurrentIndex(qMax(0, m_size->findData(InterfaceSize::saved())));
    m_size->setEnabled(!InterfaceSize::startupEnvironment().overridingVariable());
    connect(m_size, &QComboBox::currentIndexChanged, this, [this] {
        InterfaceSize::save(m_size->currentData().toInt());
        updateSizeNote();
    });

    // Statistics: what every connection samples, how often, and how long.
    m_statsGroup->setObjectName(QStringLiteral("statsGroup"));
    m_interval->setObjectName(QStringLiteral("statsInterval"));
    m_interval->setRange(0, 60);
    m_interval->setDecimals(1);
    m_interval->setSingleStep(0.5);
    m_interval->setKeyboardTracking(false); // one change per edit, not per digit
    m_intervalLabel->setBuddy(m_interval);
    m_cpu->setObjectName(QStringLiteral("statsCpu"));
    m_memory->setObjectName(QStringLiteral("statsMemory"));
    m_disk->setObjectName(QStringLiteral("statsDisk"));
    m_network->setObjectName(QStringLiteral("statsNetwork"));
    m_host->setObjectName(QStringLiteral("statsHost"));
    m_history->setObjectName(QStringLiteral("statsHistory"));
    for (int seconds : kHistoryChoices)
        m_history->addItem(QString(), seconds);
    m_historyLabel->setBuddy(m_history);
    m_statsNote->setObjectName(QStringLiteral("statsNote"));
    m_statsNote->setWordWrap(true);

    const StatsSettings current = m_manager ? m_manager->statsSettings() : StatsSettingsStore::load();
    m_interval->setValue(current.intervalMs / 1000.0);
    m_cpu->setChecked(current.has(StatsSettings::Cpu));
    m_memory->setChecked(current.has(StatsSettings::Memory));
    m_disk->setChecked(current.has(StatsSettings::Disk));
    m_network->setChecked(current.has(StatsSettings::Network));
    m_host->setChecked(current.has(StatsSettings::Host));
    int historyIndex = m_history->findData(current.historySeconds);
    if (historyIndex < 0) {
        m_history->addItem(QString(), current.historySeconds); // a value set elsewhere stays
        historyIndex = m_history->count() - 1;
    }
    m_history->setCurrentIndex(historyIndex);

    connect(m_interval, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        if (seconds > 0 && seconds * 1000 < StatsSettings::kMinIntervalMs) {
            const QSignalBlocker block(m_interval);
            m_interval->setValue(StatsSettings::kMinIntervalMs / 1000.0);
        }
        applyStats();
    });
    for (QCheckBox *box : {m_cpu, m_memory, m_disk, m_network, m_host})
        connect(box, &QCheckBox::toggled, this, &PreferencesDialog::applyStats);
    connect(m_history, &QComboBox::currentIndexChanged, this, &PreferencesDialog::applyStats);

    auto *metrics = new QGridLayout;
    metrics->setContentsMargins(0, 0, 0, 0);
    metrics->addWidget(m_cpu, 0, 0);
    metrics->addWidget(m_memory, 0, 1);
    metrics->addWidget(m_disk, 0, 2);
    metrics->addWidget(m_network, 1, 0);
    metrics->addWidget(m_host, 1, 1, 1, 2);
    auto *statsForm = new QFormLayout(m_statsGroup);
    statsForm->addRow(m_intervalLabel, m_interval);
    statsForm->addRow(m_metricsLabel, metrics);
    statsForm->addRow(m_historyLabel, m_history);
    statsForm->addRow(m_statsNote);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_languageNote);
    form->addRow(m_sizeLabel, m_size);
    form->addRow(m_sizeNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_statsGroup);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("QVirt Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    //: The language entry that follows the LANG/LANGUAGE environment; %1 is that language's own name.
    m_language->setItemText(0, tr("System default (%1)").arg(Language::nativeName(
        Language::available().contains(QLocale::system().name()) ? QLocale::system().name()
        : QLocale::system().name().section(QLatin1Char('_'), 0, 0))));
    m_languageNote->setText(tr("Every open window switches to the new language at once. "
                               "QVirt carries its own Chinese, Japanese and Korean glyphs, so the text stays readable "
                               "on a server without those fonts, also through ssh -X."));

    //: Preferences: how large QVirt draws its text, icons and windows (a zoom)
    m_sizeLabel->setText(tr("Interface si&ze:"));
    //: Accessible name of the choice of how large QVirt draws its windows
    m_size->setAccessibleName(tr("Interface size"));
    for (int i = 0; i < m_size->count(); ++i) {
        //: An interface size in percent, e.g. "150 %"; %1 is the number. Write the percent sign as your language does.
        m_size->setItemText(i, tr("%1 %").arg(QLocale().toString(m_size->itemData(i).toInt())));
    }
    updateSizeNote();

    //: Group of settings in Preferences: CPU, memory, disk and network figures sampled from the hosts
    m_statsGroup->setTitle(tr("Statistics"));
    m_intervalLabel->setText(tr("Sampling &interval:"));
    //: The sampling interval's value when sampling is switched off
    m_interval->setSpecialValueText(tr("Off", "statistics sampling"));
    //: Unit after the sampling interval's number, with its leading space: seconds
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Sampling interval in seconds"));
    //: Label before the checkboxes that choose which figures are sampled
    m_metricsLabel->setText(tr("Sample:"));
    //: Statistics to sample: the VMs' processor usage
    m_cpu->setText(tr("&CPU usage"));
    //: Statistics to sample: the VMs' memory in use
    m_memory->setText(tr("&Memory"));
    //: Statistics to sample: bytes the VMs read and write on their disks
    m_disk->setText(tr("&Disk I/O"));
    //: Statistics to sample: bytes the VMs receive and send on their network interfaces
    m_network->setText(tr("&Network I/O"));
    //: Statistics to sample: the host's own CPU, memory and memory sharing (KSM)
    m_host->setText(tr("&Host"));
    m_historyLabel->setText(tr("Full-resolution &history:"));
    for (int i = 0; i < m_history->count(); ++i) {
        const int seconds = m_history->itemData(i).toInt();
        QString text;
        switch (seconds) {
        //: Length of the statistics history kept at full resolution
        case 600: text = tr("10 minutes"); break;
        //: Length of the statistics history kept at full resolution
        case 3600: text = tr("1 hour"); break;
        //: Length of the statistics history kept at full resolution
        case 6 * 3600: text = tr("6 hours"); break;
        //: Length of the statistics history kept at full resolution; %1 is a number of minutes
        default: text = tr("%1 minutes").arg(seconds / 60); break;
        }
        m_history->setItemText(i, text);
    }
    updateStatsNote();
}

StatsSettings PreferencesDialog::statsSettings() const
{
    StatsSettings s;
    s.intervalMs = int(std::lround(m_interval->value() * 1000));
    s.metrics = (m_cpu->isChecked() ? StatsSettings::Cpu : 0) | (m_memory->isChecked() ? StatsSettings::Memory : 0)
                | (m_disk->isChecked() ? StatsSettings::Disk : 0) | (m_network->isChecked() ? StatsSettings::Network : 0)
                | (m_host->isChecked() ? StatsSettings::Host : 0);
    s.historySeconds = m_history->currentData().toInt();
    return StatsSettingsStore::sanitized(s);
}

void PreferencesDialog::applyStats()
{
    const StatsSettings s = statsSettings();
    StatsSettingsStore::save(s);
    if (m_manager)
        m_manager->setStatsSettings(s);
    updateStatsNote();
}

void PreferencesDialog::updateStatsNote()
{
    const StatsSettings s = statsSettings();
    const bool on = s.intervalMs > 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_cpu, m_memory, m_disk, m_network, m_host, m_history})
        w->setEnabled(on);
    if (!on) {
        m_statsNote->setText(tr("No statistics are sampled: the graphs and the list's usage columns stay empty."));
        return;
    }
    const QString perGuest = QLocale().formattedDataSize(StatsHistory::bytesPerDomain(s, 1, 1), 1, QLocale::DataSizeSIFormat);
    //: %1 is an amount of memory such as "1.2 MB"
    m_statsNote->setText(tr("Each running virtual machine with one disk and one network interface keeps at most about %1 of history. "
                            "Older figures are kept as one-minute averages for 24 hours.").arg(perGuest));
}

void PreferencesDialog::updateSizeNote()
{
    const InterfaceSize::Environment environment = InterfaceSize::startupEnvironment();
    if (const char *variable = environment.overridingVariable()) {
        //: %1 is an environment variable's name (QT_SCALE_FACTOR), %2 its value (1.5)
        m_sizeNote->setText(tr("%1 is set to %2 in QVirt's environment and decides the interface size. "
                               "Start QVirt without it to choose the size here.")
                                .arg(QString::fromLatin1(variable), QString::fromLocal8Bit(environment.overridingValue())));
    } else if (m_size->currentData().toInt() != InterfaceSize::applied()) {
        m_sizeNote->setText(tr("The new interface size takes effect after QVirt restarts."));
    } else {
        m_sizeNote->setText(tr("Makes text, icons and windows larger. A console at actual size (1:1) stays sharp at every size."));
    }
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
