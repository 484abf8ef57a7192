// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/trcache.h"
#include "models/validation/rowvalidator.h"

#include <optional>

namespace Almanac {

// Rows of the OpenPost dialect (seed 001, with Almanac's own columns): one
// shared text, integrations by id or platform, an optional time, media links,
// and per-platform texts and settings as JSON cells.
class OpenPostRowValidator final : public RowValidator
{
    ALMANAC_DECLARE_TR_FUNCTIONS(OpenPostRowValidator)

public:
    OpenPostRowValidator(const DialectMapping &mapping, ValidationContext context);
    Post normalize(Fields fields, const RowVerdict &verdict) const override;

private:
    void judge(Fields fields, RowVerdict &v) const override;
    // A JSON cell ({platform: ...}); nullopt (with the error, when v is given)
    // when it is not an object keyed by platform ids. An empty cell is an empty object.
    std::optional<QJsonObject> platformObject(Fields fields, int column, RowVerdict *v) const;
};

} // namespace Almanac
