#pragma once

#include "hardwarechange.h"

#include <QFormLayout>
#include <QWidget>

class QFormLayout;

// What every form of the hardware editor knows besides the definition.
struct HardwareContext
{
    bool running = false;   // the VM runs: changes may apply live
    bool draft = false;     // no domain behind the editor
    int hostCpus = 0;       // 0: not known (yet)
    quint64 hostMemoryKiB = 0;
    QString hostCpuModel;
};

// One page of the hardware editor: fields loaded from the parsed definition,
// and the changes they make as values. Structural changes (eject, insert)
// go out at once through changeRequested() and the editor rebuilds its forms.
class HardwareForm : public QWidget
{
    Q_OBJECT

public:
    explicit HardwareForm(QWidget *parent = nullptr);

    // The changes the fields make against what was loaded; error says why they
    // cannot be applied (and the editor then applies nothing).
    virtual QVector<HardwareChange> changes(QString *error) const = 0;

signals:
    void edited();
    void changeRequested(const HardwareChange &change);

protected:
    QFormLayout *form() const { return m_form; }
    // Adds a row with a label and accessible name.
    template<typename W>
    W *addRow(const QString &label, W *field, const char *objectName);
    void watch(QWidget *field);

private:
    QFormLayout *m_form;
};

template<typename W>
W *HardwareForm::addRow(const QString &label, W *field, const char *objectName)
{
    field->setObjectName(QLatin1String(objectName));
    field->setAccessibleName(label);
    m_form->addRow(label, field);
    watch(field);
    return field;
}
