#include "cjkfonts.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGlyphRun>
#include <QHash>
#include <QTextLayout>

namespace CjkFonts {
namespace {

struct RegionFont
{
    Region region;
    const char *resource;   // cut by resources/fonts/cjk_charset.py + hb-subset
    const char *sample;     // characters only this region's fonts are sure to have
};

// The samples use the region's own forms (简/簡, 仮, hangul), so a system with
// only a Japanese font still gets the simplified-Chinese subset.
const RegionFont kFonts[] = {
    {Region::SimplifiedChinese, ":/fonts/qvirt-cjk-sc.otf", "\xe8\x99\x9a\xe6\x8b\x9f\xe6\x9c\xba\xe5\xbf\xab\xe7\x85\xa7\xe7\xae\x80\xe4\xbd\x93"}, // 虚拟机快照简体
    {Region::TraditionalChinese, ":/fonts/qvirt-cjk-tc.otf", "\xe8\x99\x9b\xe6\x93\xac\xe6\xa9\x9f\xe5\x99\xa8\xe5\xbf\xab\xe7\x85\xa7\xe7\xb9\x81\xe9\xab\x94"}, // 虛擬機器快照繁體
    {Region::Japanese, ":/fonts/qvirt-cjk-jp.otf", "\xe4\xbb\xae\xe6\x83\xb3\xe3\x83\x9e\xe3\x82\xb7\xe3\x83\xb3\xe3\x81\xae\xe8\xa8\xad\xe5\xae\x9a"}, // 仮想マシンの設定
    {Region::Korean, ":/fonts/qvirt-cjk-kr.otf", "\xea\xb0\x80\xec\x83\x81 \xeb\xa8\xb8\xec\x8b\xa0 \xec\x84\xa4\xec\xa0\x95"}, // 가상 머신 설정
};

QHash<Region, QString> &loaded()
{
    static QHash<Region, QString> families;
    return families;
}

QStringList &baseFamilies()
{
    static QStringList families; // the application font's families before QVirt added its own
    return families;
}


const RegionFont &fontFor(Region region)
{
    for (const RegionFont &f : kFonts) {
        if (f.region == region)
            return f;
    }
    Q_UNREACHABLE();
}

// Han characters shared by several regions come from the first family that
// has them, so the reader's own region goes first.
QList<Region> preferenceFor(const QString &language)
{
    if (language.startsWith(QLatin1String("zh_TW")) || language.startsWith(QLatin1String("zh_HK"))
        || language.startsWith(QLatin1String("zh_Hant")))
        return {Region::TraditionalChinese, Region::SimplifiedChinese, Region::Japanese, Region::Korean};
    if (language.startsWith(QLatin1String("ja")))
        return {Region::Japanese, Region::SimplifiedChinese, Region::TraditionalChinese, Region::Korean};
    if (language.startsWith(QLatin1String("ko")))
        return {Region::Korean, Region::TraditionalChinese, Region::SimplifiedChinese, Region::Japanese};
    return {Region::SimplifiedChinese, Region::TraditionalChinese, Region::Japanese, Region::Korean};
}

} // namespace

QString missingCharacters(const QFont &font, const QString &text)
{
    // Character by character: which fallback Qt picks is per character, and
    // a glyph run does not say (before Qt 6.5) which characters it holds.
    QString missing;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString character = text.mid(i, length);
        i += length - 1;
        if (character.at(0).isSpace() || character.at(0).category() == QChar::Other_Control
            || character.at(0).category() == QChar::Other_Format || missing.contains(character))
            continue;
        QTextLayout layout(character, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns()) {
            if (run.glyphIndexes().contains(0u)) // .notdef: the box
                missing += character;
        }
    }
    return missing;
}

bool covered(Region region)
{
    return missingCharacters(QApplication::font(), QString::fromUtf8(fontFor(region).sample)).isEmpty();
}

void install(const QString &language)
{
    // The family really in use ("DejaVu Sans"), not an alias ("Sans Serif"):
    // in a list Qt would skip an alias and draw Latin text from the CJK subset's fallback.
    if (baseFamilies().isEmpty())
        baseFamilies() = {QFontInfo(QApplication::font()).family()};
    for (const RegionFont &f : kFonts) {
        if (loaded().contains(f.region) || covered(f.region))
            continue;
        const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(f.resource));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (!families.isEmpty())
            loaded().insert(f.region, families.first());
    }
    if (loaded().isEmpty())
        return;
    QStringList families = baseFamilies();
    for (Region r : preferenceFor(language)) {
        if (loaded().contains(r))
            families << loaded().value(r);
    }
    QFont font = QApplication::font();
    font.setFamilies(families);
    QApplication::setFont(font);
}

QStringList loadedFamilies()
{
    QStringList families;
    for (Region r : preferenceFor(QString())) {
        if (loaded().contains(r))
            families << loaded().value(r);
    }
    return families;
}

} // namespace CjkFonts
