// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings/languages.h"

#include "models/domain/trcache.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace Almanac {

QList<Languages::Language> Languages::available()
{
    // Names in their own language: someone who cannot read the current one
    // still finds theirs.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QLocale Languages::localeFor(const QString &choice)
{
    auto spoken = [](const QLocale &locale) {
        for (const Language &l : available())
            if (QLocale(l.code).language() == locale.language())
                return true;
        return false;
    };
    if (!choice.isEmpty()) {
        const QLocale chosen(choice);
        if (spoken(chosen)) {
            // The system's country when it speaks the chosen language (de_AT stays de_AT).
            const QLocale system = QLocale::system();
            return system.language() == chosen.language() ? system : chosen;
        }
    }
    const QLocale system = QLocale::system();
    // The UI languages in the user's order of preference, the first Almanac speaks.
    for (const QString &name : system.uiLanguages()) {
        const QLocale candidate(name);
        if (spoken(candidate))
            return candidate.language() == system.language() ? system : candidate;
    }
    return QLocale(QLocale::English, system.territory() == QLocale::AnyTerritory ? QLocale::UnitedStates
                                                                                 : system.territory());
}

QLocale Languages::install(const QString &choice)
{
    const QLocale locale = localeFor(choice);
    QLocale::setDefault(locale);
    watchLanguageChanges(); // messages translated once per thread follow what is installed below
    // Qt's catalog first: Almanac's, installed after, is searched first.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // English has a catalog too: its plural forms ("1 post", "2 posts").
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("almanac"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return locale;
}

} // namespace Almanac
