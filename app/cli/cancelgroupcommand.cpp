// SPDX-License-Identifier: GPL-3.0-or-later
// cancel-group GROUP_ID: withdraws an OpenPost group from the provider.
#include "app/cli/command.h"
#include "app/sync/syncengine.h"

#include <QEventLoop>

namespace Almanac {

int CancelGroupCommand::run(const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(u'-'))
        return usage(tr("cancel-group needs exactly one GROUP_ID"));
    const QString group = args.first();
    SyncEngine engine(storePath(), secrets(), SyncEngine::Options {});
    if (auto r = engine.open(); !r)
        return fail(r.error());
    QEventLoop loop;
    Result<int> outcome = 0;
    bool answered = false;
    engine.operations().cancelGroup(group, [&](const Result<int> &r) {
        outcome = r;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    if (!outcome) {
        note(tr("almanac-cli: the group %1 was not cancelled: %2\n").arg(group, outcome.error()));
        return ValidationFailed;
    }
    say(tr("cancelled the group %1: %2 destinations\n").arg(group).arg(outcome.value()));
    return Success;
}

} // namespace Almanac
