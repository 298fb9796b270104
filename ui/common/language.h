#pragma once

#include <QString>
#include <QStringList>

// The language of QVirt's windows: its own and Qt's catalogues for one locale,
// switched at run time (every open window gets QEvent::LanguageChange and
// retranslates itself), and remembered between runs.
namespace Language {

// The languages QVirt ships, as locale names: "en", "zh_CN", "zh_TW", "ja", "ko".
QStringList available();
// The language's own name for itself ("简体中文"), never translated.
QString nativeName(const QString &code);

// Installs the catalogues for `code`; an empty code follows the system
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Loads QVirt's CJK glyphs when the
// system's fonts need them.
void apply(const QString &code);
// The code apply() was last given (empty: the system's).
QString chosen();
// The language the catalogues are in now ("en" when none matched).
QString effective();

// The choice kept in the settings (empty: follow the system).
QString saved();
void save(const QString &code);

} // namespace Language
