#pragma once

#include "osdatabase.h"

#include <QWizardPage>

class NewVmWizard;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QDoubleSpinBox;

// A form label for field: its accelerator moves the focus there, and it names
// the field for screen readers. setBuddyText() finds it again by that link.
QLabel *buddyLabel(QWidget *field);
void setBuddyText(QWidget *field, const QString &text);

// Step 1: how the OS gets onto the VM.
class MethodPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit MethodPage(NewVmWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    void retranslate();
    void hostLoaded();

private:
    NewVmWizard *m_wizard;
    QButtonGroup *m_methods;
    QRadioButton *m_local, *m_tree, *m_import, *m_pxe, *m_empty;
    QLabel *m_hostLabel;
};

// Step 2: the ISO, tree or image, and the operating system on it.
class SourcePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourcePage(NewVmWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void retranslate();
    void osDatabaseLoaded();
    // Where a network install tree keeps its kernel and initrd (from detection).
    QString treeKernel() const { return m_treeKernel; }
    QString treeInitrd() const { return m_treeInitrd; }

private:
    QString source() const;
    void sourceEdited();
    void detect();
    void fillOsList();
    void browseLocal();
    void browseStorage();
    void showDetection(const QString &text, bool error);

    NewVmWizard *m_wizard;
    QStackedWidget *m_stack;
    QLabel *m_sourceLabel;
    QComboBox *m_media;
    QPushButton *m_browseLocal, *m_browseStorage;
    QLineEdit *m_url, *m_kernelArgs;
    QLabel *m_urlLabel, *m_argsLabel;
    QLabel *m_noSource;
    QCheckBox *m_autodetect;
    QLabel *m_detection;
    QLineEdit *m_osSearch;
    QCheckBox *m_includeEol;
    QListWidget *m_osList;
    QLabel *m_osLabel;
    QTimer *m_detectTimer;
    int m_detectGeneration = 0;
    QString m_detectedFor;
    QString m_treeKernel, m_treeInitrd;
    QString m_importFormat;
};

// Step 3: memory, CPUs, chipset, firmware, TPM.
class ResourcesPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ResourcesPage(NewVmWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    void retranslate();

private:
    void updateHints();

    NewVmWizard *m_wizard;
    QSpinBox *m_memory, *m_cpus;
    QLabel *m_memoryHint, *m_cpuHint;
    QComboBox *m_chipset, *m_firmware;
    QCheckBox *m_secureBoot, *m_tpm;
    QLabel *m_firmwareHint, *m_tpmHint, *m_osHint;
    QString m_initializedFor;
};

// Step 4: the VM's disk.
class StoragePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit StoragePage(NewVmWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void retranslate();

private:
    void fillPools();
    void updateHints();
    void createDefaultPool();
    void browseStorage();

    NewVmWizard *m_wizard;
    QRadioButton *m_new, *m_existing, *m_none;
    QComboBox *m_pool, *m_format, *m_bus;
    QDoubleSpinBox *m_size;
    QComboBox *m_path;
    QPushButton *m_browse, *m_createPool;
    QLabel *m_poolHint, *m_importLabel, *m_busHint;
    QString m_initializedFor;
};

// Step 5: network and display.
class NetworkPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit NetworkPage(NewVmWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    void retranslate();
    // The inactive network the user chose to start with the VM; empty when none.
    QString networkToStart() const;

private:
    void fillSources();
    void updateHints();

    NewVmWizard *m_wizard;
    QComboBox *m_source, *m_model, *m_listen, *m_video;
    QLineEdit *m_mac, *m_password;
    QCheckBox *m_startNetwork;
    QLabel *m_sourceHint, *m_displayHint, *m_bridgeHelp;
    QString m_initializedFor;
};

// Step 6: the name, a summary, customize before install.
class SummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(NewVmWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    void retranslate();
    bool customize() const;
    bool startAfter() const;

private:
    void updateSummary();
    QString nameProblem() const;

    NewVmWizard *m_wizard;
    QLineEdit *m_name;
    QLabel *m_nameHint;
    QTextBrowser *m_summary;
    QCheckBox *m_customize, *m_start;
};
