#pragma once

#include "statstypes.h"

#include <QDialog>

class ConnectionManager;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;

// QVirt's preferences. A change applies at once (the language switches every
// open window; statistics settings go to every connection of `manager`) and
// is remembered; the interface size applies at the next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(ConnectionManager *manager, QWidget *parent = nullptr);

    // What the statistics controls show now.
    StatsSettings statsSettings() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyStats();
    void updateStatsNote();
    void updateSizeNote();

    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLabel *m_sizeLabel;
    QComboBox *m_size;
    QLabel *m_sizeNote;
    ConnectionManager *m_manager;
    QGroupBox *m_statsGroup;
    QLabel *m_intervalLabel;
    QDoubleSpinBox *m_interval;
    QLabel *m_metricsLabel;
    QCheckBox *m_cpu;
    QCheckBox *m_memory;
    QCheckBox *m_disk;
    QCheckBox *m_network;
    QCheckBox *m_host;
    QLabel *m_historyLabel;
    QComboBox *m_history;
    QLabel *m_statsNote;
    QDialogButtonBox *m_buttons;
};
