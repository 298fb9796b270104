#include "hardwareform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

HardwareForm::HardwareForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
{
    // Rows at the top, at their own height; the space left stays below them.
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(m_form);
    outer->addStretch(1);
}

void HardwareForm::watch(QWidget *field)
{
    if (auto *e = qobject_cast<QLineEdit *>(field))
        connect(e, &QLineEdit::textEdited, this, &HardwareForm::edited);
    else if (auto *c = qobject_cast<QComboBox *>(field)) {
        connect(c, &QComboBox::currentIndexChanged, this, &HardwareForm::edited);
        connect(c, &QComboBox::editTextChanged, this, &HardwareForm::edited);
    } else if (auto *s = qobject_cast<QSpinBox *>(field))
        connect(s, &QSpinBox::valueChanged, this, &HardwareForm::edited);
    else if (auto *b = qobject_cast<QCheckBox *>(field))
        connect(b, &QCheckBox::toggled, this, &HardwareForm::edited);
    else if (auto *t = qobject_cast<QPlainTextEdit *>(field))
        connect(t, &QPlainTextEdit::textChanged, this, &HardwareForm::edited);
}
