// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/trcache.h"
#include "models/validation/rowvalidator.h"

namespace Almanac {

// Rows of bundle.social's CSV import (seed 003): a team, a title, a required
// time and status, platforms by their bundle.social names, and each
// platform's text, media and settings in columns of its own prefix.
class BundleRowValidator final : public RowValidator
{
    ALMANAC_DECLARE_TR_FUNCTIONS(BundleRowValidator)

public:
    BundleRowValidator(const DialectMapping &mapping, ValidationContext context);
    Post normalize(Fields fields, const RowVerdict &verdict) const override;

private:
    void judge(Fields fields, RowVerdict &v) const override;
};

} // namespace Almanac
