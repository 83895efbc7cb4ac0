#include "applanguage.h"

#include <QTranslator>

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace kehu {
namespace {

QString s_effective; // fixed by install(): the interface does not switch while running

QString fromSystem()
{
    // QLocale::system() follows LC_ALL / LC_MESSAGES / LANG; LANGUAGE (a priority list) is only
    // in uiLanguages() on some setups, so it is read first, as gettext does.
    const QString language = qEnvironmentVariable("LANGUAGE").section(u':', 0, 0);
    const QString name = !language.isEmpty() ? language : QLocale::system().uiLanguages().value(0, QLocale::system().name());
    return name.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace

QString AppLanguage::setting()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void AppLanguage::setSetting(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

QString AppLanguage::effective()
{
    if (!s_effective.isEmpty())
        return s_effective;
    const QString chosen = setting();
    return chosen.isEmpty() ? fromSystem() : chosen;
}

QString AppLanguage::listLanguage()
{
    return effective() == QLatin1String("zh_CN") ? QStringLiteral("zh") : QStringLiteral("en");
}

void AppLanguage::install(QCoreApplication &app)
{
    s_effective.clear();
    s_effective = effective();
    const bool chinese = s_effective == QLatin1String("zh_CN");
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates));

    auto *kehu = new QTranslator(&app);
    if (kehu->load(QStringLiteral(":/i18n/kehu_%1.qm").arg(s_effective)))
        QCoreApplication::installTranslator(kehu);
    else
        spdlog::warn("no translation for {}", s_effective.toStdString());
    if (chinese) {
        // Qt's own strings: the buttons of message boxes and dialogs.
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    spdlog::info("interface language {}", s_effective.toStdString());
}

} // namespace kehu
