#pragma once

#include "hardwareform.h"

#include <QDomDocument>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// A disk or CD-ROM drive: bus, cache, discard; media of a CD-ROM (eject, insert).
class DiskForm final : public HardwareForm
{
    Q_OBJECT
public:
    DiskForm(const DiskInfo &disk, const QDomDocument &doc, const HardwareContext &context, QWidget *parent = nullptr);
    QVector<HardwareChange> changes(QString *error) const override;
private:
    DiskInfo m_loaded;
    QDomDocument m_doc;
    QComboBox *m_bus;
    QComboBox *m_cache;
    QComboBox *m_discard;
    QLineEdit *m_media = nullptr;
};

// A network interface: source, model, MAC, link state.
class NicForm final : public HardwareForm
{
    Q_OBJECT
public:
    NicForm(const NicInfo &nic, const QDomDocument &doc, const HardwareContext &context, QWidget *parent = nullptr);
    QVector<HardwareChange> changes(QString *error) const override;
private:
    NicInfo m_loaded;
    QDomDocument m_doc;
    QComboBox *m_type;
    QLineEdit *m_source;
    QComboBox *m_model;
    QCheckBox *m_link;
};

// Graphics, video, sound, input, serial/console, TPM, watchdog, RNG, USB
// redirection: the attributes their forms edit, everything else kept.
class SimpleDeviceForm final : public HardwareForm
{
    Q_OBJECT
public:
    SimpleDeviceForm(const SimpleDevice &device, const HardwareContext &context, QWidget *parent = nullptr);
    QVector<HardwareChange> changes(QString *error) const override;
private:
    struct Field
    {
        QString path, attribute, loaded;
        QComboBox *edit = nullptr;
    };
    void addField(const QString &label, const char *objectName, const QString &path, const QString &attribute,
                  const QString &loaded, const QStringList &choices);
    SimpleDevice m_loaded;
    QVector<Field> m_fields;
};
