#include "interfacesize.h"

#include <QSettings>

#include <optional>

namespace InterfaceSize {
namespace {

const QLatin1String kSettingsKey("ui/interfaceSize");
constexpr char kScaleFactor[] = "QT_SCALE_FACTOR";
constexpr char kScreenScaleFactors[] = "QT_SCREEN_SCALE_FACTORS";

struct Startup
{
    Environment environment;
    int applied = 100;
};

std::optional<Startup> &startup()
{
    static std::optional<Startup> s;
    return s;
}

} // namespace

Environment Environment::current()
{
    return {qgetenv(kScaleFactor), qgetenv(kScreenScaleFactors)};
}

const char *Environment::overridingVariable() const
{
    if (!scaleFactor.trimmed().isEmpty())
        return kScaleFactor;
    if (!screenScaleFactors.trimmed().isEmpty())
        return kScreenScaleFactors;
    return nullptr;
}

QByteArray Environment::overridingValue() const
{
    return !scaleFactor.trimmed().isEmpty() ? scaleFactor : screenScaleFactors;
}

QList<int> choices()
{
    return {100, 125, 150, 175, 200};
}

int saved()
{
    const int percent = QSettings().value(kSettingsKey, 100).toInt();
    return choices().contains(percent) ? percent : 100;
}

void save(int percent)
{
    QSettings settings;
    if (percent == 100 || !choices().contains(percent))
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, percent);
}

QByteArray scaleFactorFor(int percent, const Environment &environment)
{
    if (environment.overridingVariable() || percent == 100 || !choices().contains(percent))
        return {};
    return QByteArray::number(percent / 100.0, 'g', 4);
}

void applyAtStartup()
{
    Startup s;
    s.environment = Environment::current();
    const int percent = saved();
    const QByteArray factor = scaleFactorFor(percent, s.environment);
    if (!factor.isEmpty()) {
        qputenv(kScaleFactor, factor);
        s.applied = percent;
    }
    startup() = s;
}

Environment startupEnvironment()
{
    return startup() ? startup()->environment : Environment::current();
}

int applied()
{
    return startup() ? startup()->applied : 100;
}

} // namespace InterfaceSize
