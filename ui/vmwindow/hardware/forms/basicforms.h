#pragma once

#include "hardwareform.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

// Name, title, description, machine type and firmware.
class OverviewForm final : public HardwareForm
{
    Q_OBJECT
public:
    OverviewForm(const HardwareInfo &info, const HardwareContext &context, QWidget *parent = nullptr);
    QVector<HardwareChange> changes(QString *error) const override;
private:
    OverviewInfo m_loaded;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_machine;
    QComboBox *m_firmware;
};

// vCPU count (maximum and plugged), CPU mode and model, topology.
class CpuForm final : public HardwareForm
{
    Q_OBJECT
public:
    CpuForm(const HardwareInfo &info, const HardwareContext &context, QWidget *parent = nullptr);
    QVector<HardwareChange> changes(QString *error) const override;
private:
    void updateMode();
    CpuInfo m_loaded;
    QSpinBox *m_maximum;
    QSpinBox *m_current;
    QComboBox *m_mode;
    QLineEdit *m_model;
    QCheckBox *m_manualTopology;
    QSpinBox *m_sockets;
    QSpinBox *m_cores;
    QSpinBox *m_threads;
    QLabel *m_problem;
};

class MemoryForm final : public HardwareForm
{
    Q_OBJECT
public:
    MemoryForm(const HardwareInfo &info, const HardwareContext &context, QWidget *parent = nullptr);
    QVector<HardwareChange> changes(QString *error) const override;
private:
    MemoryInfo m_loaded;
    QSpinBox *m_maximum;
    QSpinBox *m_current;
};

// Boot order of disks and NICs, the boot menu, direct kernel boot.
class BootForm final : public HardwareForm
{
    Q_OBJECT
public:
    BootForm(const HardwareInfo &info, const HardwareContext &context, QWidget *parent = nullptr);
    QVector<HardwareChange> changes(QString *error) const override;
private:
    QVector<DeviceKey> order() const;
    void move(int delta);
    QVector<DeviceKey> m_loadedOrder;
    BootInfo m_loaded;
    QListWidget *m_list;
    QCheckBox *m_menu;
    QLineEdit *m_kernel, *m_initrd, *m_cmdline, *m_dtb;
};
