// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/deliverystatus.h"

#include "models/domain/platform.h"

#include <QDesktopServices>
#include <QUrl>

#include <algorithm>

namespace Almanac {

namespace {

// The choices a failed destination offers, as links: the choice, then the destination.
constexpr QLatin1StringView SendAgain("almanac-choice:send-again/");
constexpr QLatin1StringView WentOut("almanac-choice:went-out/");

QString choiceLink(QLatin1StringView choice, const QString &integrationId)
{
    return choice + QString::fromLatin1(QUrl::toPercentEncoding(integrationId));
}

} // namespace

DeliveryStatus::DeliveryStatus(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("deliveryStatus"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setOpenExternalLinks(false); // its own links are choices
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QLabel::linkActivated, this, &DeliveryStatus::choose);
    hide();
}

void DeliveryStatus::showPost(const Post &post, const QList<Integration> &integrations)
{
    QStringList lines;
    // Only the choices shown here act (a link from elsewhere in the text, a
    // platform's address say, never does).
    m_offered.clear();
    auto offer = [this](const QString &link) {
        m_offered.insert(link);
        return link;
    };
    for (const PostTarget &t : post.targets) {
        const auto in = std::find_if(integrations.cbegin(), integrations.cend(),
                                     [&](const Integration &i) { return i.id == t.integrationId; });
        const Platform *platform = PlatformCatalog::find(t.platform);
        const QString name = in != integrations.cend() && !in->name.isEmpty() ? in->name : t.integrationId;
        const QString platformName = platform ? platform->displayName : t.platform;
        const QString account = (name == platformName ? name : name + QStringLiteral(" (") + platformName + u')').toHtmlEscaped();
        switch (t.status) {
        case PostStatus::Published: {
            // The address comes from a platform or a provider: a link only when it is a web page.
            const QUrl live(t.platformPostUrl);
            const bool web = live.isValid() && (live.scheme() == u"https" || live.scheme() == u"http");
            QString line = !web ? tr("✓ Published to %1.").arg(account)
                                : tr("✓ Published to %1: <a href=\"%2\">see the post</a>.")
                                      .arg(account, live.toString(QUrl::FullyEncoded).toHtmlEscaped());
            if (!t.note.isEmpty()) // what went out otherwise than the preview showed
                line += u' ' + t.note.toHtmlEscaped();
            lines.append(line);
            break;
        }
        case PostStatus::Publishing: lines.append(tr("… Going out to %1 now.").arg(account)); break;
        case PostStatus::Failed:
            // The reason, and the user's choices: an unknown outcome at a
            // destination that cannot dedupe is theirs to settle (docs/delivery.md).
            lines.append(t.unconfirmed
                             ? tr("? Not known whether it reached %1: %2 Check the account, then: "
                                  "<a href=\"%3\">It Went Out</a> or <a href=\"%4\">Send It Again</a>.")
                                   .arg(account, t.lastError.toHtmlEscaped(), offer(choiceLink(WentOut, t.integrationId)),
                                        offer(choiceLink(SendAgain, t.integrationId)))
                             : tr("✗ Not published to %1: %2 <a href=\"%3\">Send It Again</a>.")
                                   .arg(account, t.lastError.toHtmlEscaped(), offer(choiceLink(SendAgain, t.integrationId))));
            break;
        default: break;
        }
    }
    setText(lines.join(QStringLiteral("<br>")));
    setVisible(!lines.isEmpty());
}

void DeliveryStatus::choose(const QString &link)
{
    const QUrl url(link);
    if (url.scheme() == u"https" || url.scheme() == u"http") { // a live post's page
        QDesktopServices::openUrl(url);
        return;
    }
    if (!m_offered.contains(link))
        return;
    const bool sendAgain = link.startsWith(SendAgain);
    const QString integrationId =
        QUrl::fromPercentEncoding(link.mid(sendAgain ? SendAgain.size() : WentOut.size()).toLatin1());
    if (sendAgain)
        Q_EMIT sendAgainChosen(integrationId);
    else
        Q_EMIT wentOutChosen(integrationId);
}

} // namespace Almanac
