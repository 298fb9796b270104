#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

// QVirt's own Chinese, Japanese and Korean glyphs: subsets of Noto Sans CJK cut
// at build time and compiled in, so a server without CJK fonts (what ssh -X
// draws with) still shows every menu and every CJK VM name.
namespace CjkFonts {

enum class Region { SimplifiedChinese, TraditionalChinese, Japanese, Korean };

// True when the fonts the system has (and QVirt already loaded) draw the
// region's sample text without a missing glyph.
bool covered(Region region);

// Loads the subset of every region the system cannot draw (nothing when it
// can), then orders the fallbacks for `language` (zh_CN, zh_TW, ja, ko, or
// anything else): Han characters take the regional forms the reader expects.
// Safe to call again when the language changes.
void install(const QString &language);

// The characters of `text` that `font` (with every fallback Qt would use)
// draws as the missing-glyph box; empty when all of it is readable.
QString missingCharacters(const QFont &font, const QString &text);

// The family names QVirt loaded, in fallback order; empty when the system's
// fonts were enough.
QStringList loadedFamilies();

} // namespace CjkFonts
