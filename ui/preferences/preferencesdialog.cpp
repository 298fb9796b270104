#include "preferencesdialog.h"

#include "language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
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

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_languageNote);
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
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}
