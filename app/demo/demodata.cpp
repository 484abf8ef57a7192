// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo/demodata.h"

#include "models/domain/wallclock.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "models/store/providerrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace Almanac::DemoData {

namespace {

} // namespace

Result<void> fill(Database &database, qint64 now, const QTimeZone &zone)
{
    // Almanac publishes to Bluesky and Mastodon itself; the rest go through a
    // hosted scheduler, as they would for a real team (its address is one that
    // never answers: the demo sends nothing anywhere).
    const struct
    {
        const char *id, *platform, *handle, *provider;
    } accounts[] = {
        {"int_x_acme", "x", "@acmecoffee", "openpost"},
        {"int_bsky_acme", "bluesky", "@acme.bsky.social", "local"},
        {"int_masto_acme", "mastodon", "@acme@mastodon.social", "local"},
        {"int_li_acme", "linkedin", "Acme Coffee Roasters", "openpost"},
        {"int_ig_acme", "instagram", "@acme.coffee", "openpost"},
        {"int_threads_acme", "threads", "@acme.coffee", "openpost"},
    };
    const QStringList texts{
        QCoreApplication::translate("DemoData", "New single origin from Huila is in: notes of red apple, panela and cocoa. Back in stock today."),
        QCoreApplication::translate("DemoData", "Brewing tip: grind a little finer when your pour-over drains in under three minutes."),
        QCoreApplication::translate("DemoData", "We are at the Saturday market from 8 to 1. Come say hi and try the cold brew flight!"),
        QCoreApplication::translate("DemoData", "Behind the scenes: roasting day at the warehouse #roasting"),
        QCoreApplication::translate("DemoData", "Our barista team is hiring. Part time, weekends, great coffee guaranteed."),
        QCoreApplication::translate("DemoData", "Customer question of the week: does dark roast have more caffeine? Short answer: no."),
        QCoreApplication::translate("DemoData", "Autumn blend is back: a cosy mix of Brazil and Ethiopia for the colder mornings."),
        QCoreApplication::translate("DemoData", "Thank you for 10,000 followers! A free bag goes to three of you this Friday."),
        QCoreApplication::translate("DemoData", "Workshop: latte art for beginners, Thursday 6 pm. Eight seats left."),
        QCoreApplication::translate("DemoData", "How we pick our farms: direct trade, visits every harvest, prices above fair trade."),
    };
    const QStringList tags{QStringLiteral("launch"), QStringLiteral("tips"), QStringLiteral("events"),
                           QStringLiteral("hiring"), QStringLiteral("community")};

    Transaction transaction(database.connection());
    ProviderAccount openPost;
    openPost.name = QStringLiteral("acme-openpost");
    openPost.kind = QStringLiteral("openpost");
    openPost.baseUrl = QStringLiteral("https://openpost.invalid");
    openPost.createdAt = now;
    if (auto r = ProviderRepository(database.connection()).add(openPost); !r)
        return r;
    IntegrationRepository integrations(database.connection());
    for (const auto &a : accounts) {
        Integration in;
        in.id = QString::fromLatin1(a.id);
        in.platform = QString::fromLatin1(a.platform);
        in.provider = QString::fromLatin1(a.provider);
        if (in.provider != u"local")
            in.providerAccount = openPost.name;
        in.handle = QString::fromUtf8(a.handle);
        in.name = in.handle;
        in.createdAt = now;
        if (auto r = integrations.add(in); !r)
            return r;
    }

    QRandomGenerator random(20261124);
    const WallClock clock(zone);
    const WallClock::Local today = clock.toLocal(now);
    PostRepository posts(database.connection());
    int textIndex = 0;
    for (int day = -20; day <= 45; ++day) {
        const QDate date = today.date.addDays(day);
        const int count = date.dayOfWeek() >= 6 ? int(random.bounded(2)) : 2 + int(random.bounded(4));
        for (int k = 0; k < count; ++k) {
            Post post;
            post.content = texts.at(textIndex++ % texts.size());
            const int minute = (8 + int(random.bounded(11))) * 60 + 15 * int(random.bounded(4));
            post.scheduledAt = clock.toUtc(date, minute);
            const bool past = *post.scheduledAt <= now;
            post.status = past ? (random.bounded(12) == 0 ? PostStatus::Failed : PostStatus::Published)
                               : (random.bounded(5) == 0 ? PostStatus::Draft : PostStatus::Scheduled);
            if (random.bounded(3) == 0)
                post.tags.append(tags.at(int(random.bounded(int(tags.size())))));
            const int first = int(random.bounded(int(std::size(accounts))));
            const int targets = 1 + int(random.bounded(3));
            for (int t = 0; t < targets; ++t) {
                const auto &a = accounts[(first + t) % std::size(accounts)];
                PostTarget target;
                target.integrationId = QString::fromLatin1(a.id);
                target.platform = QString::fromLatin1(a.platform);
                target.status = post.status;
                if (post.status == PostStatus::Failed)
                    target.lastError = QString::fromLatin1(a.provider) == u"local"
                        ? QCoreApplication::translate("DemoData", "The account's token has expired; reconnect it.")
                        : QCoreApplication::translate("DemoData", "OpenPost could not post it: the account's sign-in has "
                                                                  "expired there; reconnect it at OpenPost.");
                post.targets.append(target);
                if (target.platform == u"instagram")
                    post.media.append({QStringLiteral("https://cdn.example.com/acme/%1.jpg").arg(textIndex), {}, {}});
            }
            if (random.bounded(4) == 0)
                post.platformOverrides.insert(post.targets.first().platform,
                                              QString(post.content + QStringLiteral(" #coffee #acme")));
            if (auto r = posts.insert(post); !r)
                return r;
        }
    }
    // Ideas without a date yet, waiting in the Unscheduled Drafts panel.
    const QStringList ideas{
        QCoreApplication::translate("DemoData", "Idea: a photo series on the people who grow our beans, one farm a week."),
        QCoreApplication::translate("DemoData", "Idea: poll which single origin should come back next month."),
        QCoreApplication::translate("DemoData", "Idea: a 60-second video on dialling in espresso at home."),
    };
    for (int i = 0; i < ideas.size(); ++i) {
        Post post;
        post.content = ideas.at(i);
        post.status = PostStatus::Draft;
        const auto &a = accounts[(i * 2) % std::size(accounts)];
        post.targets.append({QString::fromLatin1(a.id), QString::fromLatin1(a.platform), PostStatus::Draft, {}, {}, 0, {}, 0, false});
        if (auto r = posts.insert(post); !r)
            return r;
    }
    // The demo's story is a team already in sync: nothing of it waits to go to
    // the hosted scheduler (whose address never answers).
    QSqlQuery outbox(database.connection());
    if (!outbox.exec(QStringLiteral("DELETE FROM outbox")))
        return sqlError(QCoreApplication::translate("DemoData", "Could not set up the demo"), outbox.lastError());
    return transaction.commit();
}

} // namespace Almanac::DemoData
