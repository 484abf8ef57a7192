// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace Almanac {

// The languages Almanac speaks, and putting one into effect: Almanac's own
// catalog (built into the program from translations/*.ts) and Qt's (buttons and
// dialogs of Qt itself, from the system's Qt translations).
class Languages final
{
    Q_DECLARE_TR_FUNCTIONS(Languages)

public:
    struct Language
    {
        QString code;       // "de"
        QString nativeName; // "Deutsch"
    };
    static QList<Language> available();

    // The locale Almanac speaks for a choice ("" = the system's; a system
    // language Almanac has no catalog for, or the C locale, gives English).
    static QLocale localeFor(const QString &choice);
    // Installs the catalogs for `choice` on the application (once, at start)
    // and makes its locale the default for numbers and dates; returns it.
    static QLocale install(const QString &choice);
};

} // namespace Almanac
