// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/postpreview.h"

#include "models/domain/platform.h"
#include "models/domain/richtextfacets.h"
#include "models/domain/textlength.h"
#include "models/domain/twittertext.h"
#include "ui/calendar/calendarstyle.h"
#include "ui/media/thumbnails.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Almanac {

namespace {

constexpr int PreviewThumb = 120;

// The number of characters of `text` that fit the limit by the platform's count.
qsizetype fittingPrefix(const Platform &platform, const QString &text)
{
    qsizetype low = 0, high = text.size();
    while (low < high) {
        const qsizetype mid = (low + high + 1) / 2;
        if (TextLength::measure(platform, text.left(mid).toUtf8()) <= platform.textLimit)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

// A stretch of a post's text the network draws in its link colour: UTF-16 indices, end exclusive.
struct Colored
{
    qsizetype start = 0, end = 0;
};

// The links, @mentions and #tags X draws: links as twitter-text finds them (as
// X counts them: bare domains too), mentions and tags by its rules (a mention
// followed by "@", a remote Mastodon one, is not one).
QList<Colored> coloredForX(const QString &text)
{
    static const QRegularExpression mention(
        QStringLiteral("(?<![A-Za-z0-9_!#$%&*@\\x{FF20}])[@\\x{FF20}][A-Za-z0-9_]{1,20}+(?![@\\x{FF20}\\x{00C0}-\\x{024F}]|://)"));
    static const QRegularExpression tag(QStringLiteral("(?<![&\\p{L}\\p{M}\\p{Nd}_])[#\\x{FF03}][\\p{L}\\p{M}\\p{Nd}_]++(?![#\\x{FF03}]|://)"),
                                        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression letter(QStringLiteral("\\p{L}"), QRegularExpression::UseUnicodePropertiesOption);
    QList<Colored> found;
    for (const TwitterText::Range &r : TwitterText::extractUrls(text))
        found.append({r.start, r.end});
    for (const QRegularExpression *rule : {&mention, &tag})
        for (auto it = rule->globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (rule == &tag && !m.captured(0).contains(letter))
                continue; // #2026 is no tag
            found.append({m.capturedStart(0), m.capturedEnd(0)});
        }
    return found;
}

// What Bluesky's apps turn into facets (what Almanac publishes as facets too).
QList<Colored> coloredForBluesky(const QString &text)
{
    QList<Colored> found;
    for (const TextFacet &f : findFacets(text))
        found.append({f.start, f.end});
    return found;
}

// Elsewhere: links with their scheme (punctuation after them left out), @mentions
// (a Mastodon one with its server) and #tags holding a letter.
QList<Colored> coloredElsewhere(const QString &text)
{
    static const QRegularExpression tokens(QStringLiteral("https?://\\S+|(?<![\\w@])@\\w+(?:[.-]\\w+)*(?:@\\w+(?:[.-]\\w+)+)?"
                                                          "|(?<![\\w#])#\\w*[^\\W\\d_]\\w*"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QList<Colored> found;
    for (auto it = tokens.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        qsizetype end = m.capturedEnd(0);
        while (end > m.capturedStart(0) && QStringView(u".,;:!?\"')").contains(text.at(end - 1)))
            --end;
        found.append({m.capturedStart(0), end});
    }
    return found;
}

// The first link of `text` as `platform` finds it (the one its card is for):
// Bluesky's by its facets, X's by twitter-text (a bare domain too, as https),
// elsewhere a link with its scheme. Empty: none.
QString firstLink(const Platform &platform, const QString &text)
{
    if (platform.id == u"bluesky") {
        for (const TextFacet &f : findFacets(text))
            if (f.kind == TextFacet::Kind::Link)
                return f.value;
        return {};
    }
    if (platform.counting == TextCounting::XWeighted) {
        const QList<TwitterText::Range> urls = TwitterText::extractUrls(text);
        if (urls.isEmpty())
            return {};
        const QString link = text.sliced(urls.first().start, urls.first().end - urls.first().start);
        const bool scheme = link.startsWith(QLatin1StringView("http://"), Qt::CaseInsensitive)
            || link.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive);
        return scheme ? link : QStringLiteral("https://") + link;
    }
    for (const Colored &c : coloredElsewhere(text))
        if (text.at(c.start) == u'h')
            return text.sliced(c.start, c.end - c.start);
    return {};
}

// The text as HTML, each colored stretch (as `platform` finds them) in `color`,
// up to `fits`; what follows is marked as past the limit.
QString linkified(const Platform &platform, const QString &text, qsizetype fits, const QString &color)
{
    QList<Colored> colored = platform.counting == TextCounting::XWeighted ? coloredForX(text)
        : platform.id == u"bluesky"                                          ? coloredForBluesky(text)
                                                                             : coloredElsewhere(text);
    std::sort(colored.begin(), colored.end(), [](const Colored &a, const Colored &b) { return a.start < b.start; });
    QString html;
    qsizetype at = 0;
    for (const Colored &c : std::as_const(colored)) {
        const qsizetype end = qMin(c.end, fits);
        if (c.start < at || c.start >= end)
            continue; // inside a link already, or past the limit
        html += text.sliced(at, c.start - at).toHtmlEscaped();
        html += QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, text.sliced(c.start, end - c.start).toHtmlEscaped());
        at = end;
    }
    html += text.sliced(at, qMax<qsizetype>(0, fits - at)).toHtmlEscaped();
    if (fits < text.size())
        html += QStringLiteral("<span style=\"background-color:#f4b6b0;color:#5c0b05\">%1</span>")
                    .arg(text.sliced(fits).toHtmlEscaped());
    return html;
}

// The colour each network gives links (X's and Threads' are not their black badges).
QString linkColorOf(const Platform &platform)
{
    if (platform.id == u"x")
        return QStringLiteral("#1d9bf0");
    if (platform.id == u"threads")
        return QStringLiteral("#0095f6");
    return CalendarStyle::platformColor(platform.id).name();
}

QPixmap avatar(const Platform &platform, const QString &name, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(CalendarStyle::platformColor(platform.id));
    p.drawEllipse(QRectF(0, 0, size, size));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(size / 2);
    p.setFont(font);
    p.setPen(Qt::white);
    QString letters = name.trimmed();
    while (letters.startsWith(u'@'))
        letters.remove(0, 1);
    const QString initial = letters.isEmpty() ? platform.displayName.left(1) : letters.left(1).toUpper();
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initial);
    return pixmap;
}

// "ALT" in a corner, as the networks mark a described picture.
QPixmap withAltBadge(QPixmap picture)
{
    QPainter p(&picture);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(11);
    p.setFont(font);
    const QRectF badge(4, picture.height() / picture.devicePixelRatio() - 20, 30, 16);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 190));
    p.drawRoundedRect(badge, 3, 3);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, QStringLiteral("ALT"));
    return picture;
}

} // namespace

PostPreview::PostPreview(const Platform &platform, QWidget *parent)
    : QFrame(parent)
    , m_platform(platform)
    , m_avatar(new QLabel)
    , m_header(new QLabel)
    , m_text(new QLabel)
    , m_media(new QGridLayout)
    , m_card(new QLabel)
{
    setObjectName(QStringLiteral("preview_%1").arg(platform.id));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    m_header->setObjectName(QStringLiteral("previewAuthor_%1").arg(platform.id));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_media->setSpacing(4);
    m_card->setObjectName(QStringLiteral("previewCard_%1").arg(platform.id));
    m_card->setFrameShape(QFrame::StyledPanel);
    m_card->setTextFormat(Qt::RichText);
    m_card->setWordWrap(true);
    m_card->setMargin(6);
    m_card->hide();
    auto *author = new QHBoxLayout;
    author->addWidget(m_avatar);
    author->addWidget(m_header, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(author);
    layout->addWidget(m_text);
    layout->addLayout(m_media);
    layout->addWidget(m_card);
    layout->addStretch();
    // A picture at a link, or one still being read, shows once it has come.
    connect(&Thumbnails::instance(), &Thumbnails::ready, this, [this](const QString &reference) {
        if (std::any_of(m_shownMedia.cbegin(), m_shownMedia.cend(), [&](const MediaRef &m) { return m.url == reference; }))
            showMedia();
    });
}

void PostPreview::show(const PreviewAuthor &author, const QStringList &parts, const QList<MediaRef> &media, bool linkCard)
{
    const int icon = 2 * fontMetrics().height() + 4;
    // The name in bold, the handle below it; an account known only by its handle shows it once.
    const QString name = !author.name.isEmpty() ? author.name : !author.handle.isEmpty() ? author.handle : tr("Your account");
    auto bare = [](QString s) { return s.remove(u'@').trimmed(); };
    const QString handle = author.name.isEmpty() || bare(author.name) == bare(author.handle) ? QString() : author.handle;
    m_avatar->setPixmap(avatar(m_platform, name, icon, devicePixelRatioF()));
    m_avatar->setFixedSize(icon, icon);
    m_header->setText(QStringLiteral("<b>%1</b><br><span style=\"color:gray\">%2</span>")
                          .arg(name.toHtmlEscaped(),
                               (handle.isEmpty() ? m_platform.displayName : tr("%1 on %2").arg(handle, m_platform.displayName))
                                   .toHtmlEscaped()));

    const QString link = linkColorOf(m_platform);
    QStringList blocks;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        QString html = linkified(m_platform, part, fittingPrefix(m_platform, part), link);
        html.replace(u'\n', QStringLiteral("<br>"));
        if (parts.size() > 1)
            html = QStringLiteral("<p><span style=\"color:gray\">%1</span><br>%2</p>")
                       .arg(tr("Post %1 of %2").arg(i + 1).arg(parts.size()), html);
        blocks.append(html);
    }
    m_text->setText(blocks.join(QString()));

    m_shownMedia = media;
    showMedia();
    showLinkCard(parts, linkCard);
}

void PostPreview::showMedia()
{
    while (QLayoutItem *item = m_media->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<MediaRef> &media = m_shownMedia;
    const int shown = int(qMin<qsizetype>(media.size(), qMax(1, m_platform.maxMedia)));
    const int columns = shown <= 1 ? 1 : 2;
    for (int i = 0; i < shown; ++i) {
        const MediaRef &m = media.at(i);
        auto *thumb = new QLabel;
        thumb->setObjectName(QStringLiteral("previewMedia_%1_%2").arg(m_platform.id).arg(i));
        const QPixmap picture = Thumbnails::instance().get(m.url, PreviewThumb);
        thumb->setPixmap(m.altText.isEmpty() ? picture : withAltBadge(picture));
        thumb->setToolTip(m.altText.isEmpty() ? tr("No alt text: select the picture in Media and describe it, so "
                                                   "people who cannot see it know what it shows.")
                                              : tr("Alt text: %1").arg(m.altText));
        thumb->setAccessibleDescription(m.altText);
        m_media->addWidget(thumb, i / columns, i % columns);
    }
    if (media.size() > shown) {
        auto *more = new QLabel(tr("%Ln more not shown: %1 shows at most %2", nullptr, int(media.size() - shown))
                                    .arg(m_platform.displayName)
                                    .arg(m_platform.maxMedia));
        more->setWordWrap(true);
        m_media->addWidget(more, (shown + columns - 1) / columns, 0, 1, columns);
    }
}

void PostPreview::showLinkCard(const QStringList &parts, bool wanted)
{
    // A post with media shows its media; without, the networks draw the first link
    // as a card: the link as the network finds it (trailing punctuation left out).
    const QString first = firstLink(m_platform, parts.join(u'\n'));
    const QUrl url(first, QUrl::StrictMode);
    if (!wanted || first.isEmpty() || !url.isValid() || url.host().isEmpty()) {
        m_card->hide();
        return;
    }
    if (!m_shownMedia.isEmpty()) { // said, so the card is not thought lost
        m_card->setText(QStringLiteral("<small><i>%1</i></small>")
                            .arg(tr("No link card: with pictures, %1 shows them instead.").arg(m_platform.displayName)));
        m_card->setToolTip({});
        m_card->show();
        return;
    }
    // The card's title and picture are the page's, read when the post goes out:
    // the preview shows where it will point and says so, rather than guess.
    const int width = qMax(160, contentsRect().width() - 4 * m_card->margin() - 16);
    m_card->setText(QStringLiteral("<b>%1</b><br><span style=\"color:gray\">%2</span><br><small><i>%3</i></small>")
                        .arg(fontMetrics().elidedText(url.host(), Qt::ElideMiddle, width).toHtmlEscaped(),
                             fontMetrics().elidedText(url.toDisplayString(), Qt::ElideMiddle, width).toHtmlEscaped(),
                             tr("Link card: its title and picture are read from the page when the post goes out.")));
    const bool canTurnOff = std::any_of(m_platform.localSettings.cbegin(), m_platform.localSettings.cend(),
                                        [](const SettingField &f) { return f.name == u"link_card"; });
    m_card->setToolTip(canTurnOff ? tr("The card %1 shows for the link. Turn it off in %1 settings below the text.")
                                        .arg(m_platform.displayName)
                                  : tr("The card %1 shows for the link.").arg(m_platform.displayName));
    m_card->show();
}

QString PostPreview::html() const
{
    return m_text->text();
}

PreviewAuthor PreviewAuthor::of(const QList<Integration> &integrations, const QStringList &chosenIds, const QString &platform)
{
    for (const QString &id : chosenIds)
        for (const Integration &in : integrations)
            if (in.id == id && in.platform == platform) {
                const QString handle = in.handle.isEmpty() || in.handle.startsWith(u'@') ? in.handle : u'@' + in.handle;
                return {in.name.isEmpty() && handle.isEmpty() ? in.id : in.name, handle};
            }
    return {};
}

} // namespace Almanac
