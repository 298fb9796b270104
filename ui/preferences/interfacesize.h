#pragma once

#include <QByteArray>
#include <QList>

// "Interface size" in Preferences: a zoom of all of QVirt's windows through
// Qt's own scale factor (QT_SCALE_FACTOR), which Qt reads once, when the
// application object is made; a change applies at the next start. A factor
// the user gave Qt in the environment (QT_SCALE_FACTOR or
// QT_SCREEN_SCALE_FACTORS) wins over the preference.
namespace InterfaceSize {

// Qt's scale variables as QVirt found them in its environment.
struct Environment
{
    QByteArray scaleFactor;        // QT_SCALE_FACTOR
    QByteArray screenScaleFactors; // QT_SCREEN_SCALE_FACTORS

    static Environment current();
    // The variable that decides Qt's scale instead of the preference, or
    // nullptr when neither is set.
    const char *overridingVariable() const;
    QByteArray overridingValue() const;
};

// The sizes offered, in percent of Qt's own size.
QList<int> choices();

// The size kept in the settings, in percent (100 when none or not offered).
int saved();
void save(int percent);

// What to set QT_SCALE_FACTOR to for `percent`: empty when it is to stay as it
// is (the environment decides, or 100 %).
QByteArray scaleFactorFor(int percent, const Environment &environment);

// Before the QApplication exists (the organisation and application names
// set): sets QT_SCALE_FACTOR from the saved size unless the environment
// decides, and remembers what it found and did.
void applyAtStartup();

// The environment QVirt started in, before applyAtStartup() set anything
// (the current one when it was not called).
Environment startupEnvironment();

// The size this run has, in percent: what applyAtStartup() applied (100 when
// nothing).
int applied();

} // namespace InterfaceSize
