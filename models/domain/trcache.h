// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Almanac {

// A translation looked up once per thread and language. An import's judging
// threads ask for the same few dozen messages hundreds of thousands of times;
// QCoreApplication::translate takes a lock and converts the text on each.
// Plural forms (n >= 0) are looked up each time: the form depends on n. The
// key is the literal's address, so tr() must be given literals (as lupdate
// needs anyway), never a text built at run time.
QString cachedTranslate(const char *context, const char *sourceText, const char *disambiguation, int n);
// From now on, every thread's cached translations are dropped whenever a
// translator is installed or removed (QEvent::LanguageChange on the
// application). Call on the application's thread once it exists; again is harmless.
void watchLanguageChanges();
// Drops every thread's cached translations now.
void forgetCachedTranslations();

} // namespace Almanac

// Q_DECLARE_TR_FUNCTIONS with cachedTranslate, for the classes whose messages
// are written per row. lupdate reads it as Q_DECLARE_TR_FUNCTIONS (its
// -tr-function-alias in translations/CMakeLists.txt and tst_translations).
#define ALMANAC_DECLARE_TR_FUNCTIONS(context)                                                                        \
public:                                                                                                              \
    static QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1)                    \
    {                                                                                                                \
        return ::Almanac::cachedTranslate(#context, sourceText, disambiguation, n);                                  \
    }                                                                                                                \
                                                                                                                     \
private:
