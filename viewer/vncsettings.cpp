#include "vncsettings.h"

#include <QCoreApplication>

QString VncSettings::encodingsString(Encoding encoding, bool localLink)
{
    switch (encoding) {
    case Encoding::Raw: return QStringLiteral("raw copyrect");
    case Encoding::Zrle: return QStringLiteral("zrle copyrect raw");
    case Encoding::Tight: return QStringLiteral("tight zrle copyrect raw");
    case Encoding::Automatic: break;
    }
    return localLink ? QStringLiteral("raw copyrect") : QStringLiteral("tight zrle copyrect raw");
}

QString VncSettings::encodingName(Encoding encoding)
{
    switch (encoding) {
    //: VNC encoding choice: QVirt picks one by the kind of link
    case Encoding::Automatic: return QCoreApplication::translate("VncSettings", "Automatic");
    //: VNC encoding name; usually left untranslated
    case Encoding::Raw: return QCoreApplication::translate("VncSettings", "Raw");
    case Encoding::Zrle: return QCoreApplication::translate("VncSettings", "ZRLE");
    case Encoding::Tight: return QCoreApplication::translate("VncSettings", "Tight");
    }
    return {};
}
