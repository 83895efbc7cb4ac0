#pragma once

#include <QCoreApplication>
#include <QString>

class QApplication;

namespace kehu {

// The interface language: chosen in Settings ▸ Language (QSettings "language": "", "zh_CN" or
// "en"), empty meaning the system's. Installed once at start; a change takes effect on restart.
class AppLanguage
{
    Q_DECLARE_TR_FUNCTIONS(kehu::AppLanguage)

public:
    static QString setting();                 // "", "zh_CN" or "en"
    static void setSetting(const QString &language);
    // "zh_CN" or "en": the setting, else LANGUAGE / the system locale (zh* gives Chinese).
    static QString effective();
    // "zh" or "en", for the names of list items.
    static QString listLanguage();
    // Loads Kehu's and Qt's translations for effective() and sets the default QLocale.
    static void install(QCoreApplication &app);
};

} // namespace kehu
