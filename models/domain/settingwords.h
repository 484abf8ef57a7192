// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/platform.h"

#include <QCoreApplication>
#include <QString>

namespace Almanac {

// A platform setting and its values as people say them ("Who can reply",
// "People you mention"), for forms; files and services keep the keys
// (`who_can_reply`, `mentionedUsers`).
class SettingWords final
{
    Q_DECLARE_TR_FUNCTIONS(SettingWords)

public:
    static QString label(const SettingField &field);
    static QString valueLabel(const SettingField &field, const QString &value);
};

} // namespace Almanac
