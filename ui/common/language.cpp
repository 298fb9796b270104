#include "language.h"

#include "cjkfonts.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace Language {
namespace {

struct State
{
    QString chosen;
    QString effective = QStringLiteral("en");
    QList<QPointer<QTranslator>> translators;
};

State &state()
{
    static State s;
    return s;
}

const QLatin1String kSettingsKey("ui/language");

QTranslator *load(const QLocale &locale, const QString &name, const QString &directory)
{
    auto *t = new QTranslator(qApp);
    if (t->load(locale, name, QStringLiteral("_"), directory))
        return t;
    delete t;
    return nullptr;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("ja"), QStringLiteral("ko")};
}

QString nativeName(const QString &code)
{
    // Each language in its own words, as a reader looks for it in a list.
    if (code == QLatin1String("zh_CN"))
        return QString::fromUtf8("\xe7\xae\x80\xe4\xbd\x93\xe4\xb8\xad\xe6\x96\x87"); // 简体中文
    if (code == QLatin1String("zh_TW"))
        return QString::fromUtf8("\xe7\xb9\x81\xe9\xab\x94\xe4\xb8\xad\xe6\x96\x87\xef\xbc\x88\xe5\x8f\xb0\xe7\x81\xa3\xef\xbc\x89"); // 繁體中文（台灣）
    if (code == QLatin1String("ja"))
        return QString::fromUtf8("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"); // 日本語
    if (code == QLatin1String("ko"))
        return QString::fromUtf8("\xed\x95\x9c\xea\xb5\xad\xec\x96\xb4"); // 한국어
    return QStringLiteral("English");
}

void apply(const QString &code)
{
    State &s = state();
    s.chosen = code;
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);

    // Removing and installing each send LanguageChange; windows retranslate
    // once the last catalogue is in (Qt compresses the posted events).
    for (const QPointer<QTranslator> &t : std::as_const(s.translators)) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    s.translators.clear();

    // A catalogue installed later is asked first: English plural forms at the
    // bottom, then Qt's own strings, then QVirt's.
    QList<QTranslator *> fresh;
    if (auto *plurals = new QTranslator(qApp); plurals->load(QStringLiteral(":/i18n/qvirt_en.qm")))
        fresh << plurals;
    else
        delete plurals;
    fresh << load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QTranslator *own = load(locale, QStringLiteral("qvirt"), QStringLiteral(":/i18n"));
    fresh << own;
    s.effective = QStringLiteral("en");
    if (own) {
        // The file name says which catalogue matched ("…/qvirt_zh_TW.qm").
        const QString file = own->filePath();
        const int from = file.indexOf(QLatin1String("qvirt_")) + 6;
        s.effective = file.mid(from, file.lastIndexOf(QLatin1Char('.')) - from);
    }
    for (QTranslator *t : std::as_const(fresh)) {
        if (t) {
            QCoreApplication::installTranslator(t);
            s.translators << t;
        }
    }
    QLocale::setDefault(locale);
    CjkFonts::install(s.effective);
}

QString chosen()
{
    return state().chosen;
}

QString effective()
{
    return state().effective;
}

QString saved()
{
    const QString code = QSettings().value(kSettingsKey).toString();
    return available().contains(code) ? code : QString();
}

void save(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, code);
}

} // namespace Language
