// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/composerdialog.h"

#include "ui/composer/deliverystatus.h"

#include "ui/mainwindow/appearance.h"
#include "app/settings/appsettings.h"

#include "models/domain/clock.h"
#include "models/domain/platform.h"
#include "models/domain/textlength.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/postrepository.h"
#include "models/store/schedulerepository.h"
#include "models/validation/postrules.h"
#include "ui/calendar/calendarstyle.h"
#include "ui/calendar/datetimetyping.h"
#include "ui/calendar/postcommands.h"
#include "ui/composer/keeppostquestion.h"
#include "ui/composer/mediastrip.h"
#include "ui/composer/platformtab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Almanac {

namespace {

QLabel *errorLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(CalendarStyle::errorStyleSheet());
    label->hide();
    return label;
}

void showLines(QLabel *label, const QStringList &lines)
{
    label->setText(lines.join(u'\n'));
    label->setVisible(!lines.isEmpty());
}

const QStringList &postTypes()
{
    static const QStringList types{QStringLiteral("post"), QStringLiteral("thread"), QStringLiteral("reel"),
                                   QStringLiteral("story")};
    return types;
}

} // namespace

ComposerDialog::ComposerDialog(Database &database, QUndoStack *undoStack, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_undo(undoStack)
    , m_clock(zone)
    , m_accounts(new QListWidget)
    , m_accountsError(errorLabel(QStringLiteral("error_integrations")))
    , m_tabs(new QTabWidget)
    , m_base(new QPlainTextEdit)
    , m_baseCounter(new QLabel)
    , m_baseError(errorLabel(QStringLiteral("error_content")))
    , m_type(new QComboBox)
    , m_typeError(errorLabel(QStringLiteral("error_post_type")))
    , m_tags(new QLineEdit)
    , m_when(new QDateTimeEdit)
    , m_zone(new QLabel)
    , m_whenError(errorLabel(QStringLiteral("error_schedule_at")))
    , m_whenNote(new QLabel)
    , m_noDate(new QCheckBox(tr("&No date yet")))
    , m_media(new MediaStrip)
    , m_mediaError(errorLabel(QStringLiteral("error_media")))
    , m_saveDraft(new QPushButton(tr("Save &Draft")))
    , m_schedule(new QPushButton(tr("&Schedule")))
    , m_publishNow(new QPushButton(tr("&Publish Now")))
    , m_duplicate(new QPushButton(tr("D&uplicate")))
    , m_delete(new QPushButton(tr("De&lete")))
    , m_delivery(new DeliveryStatus)
{
    setObjectName(QStringLiteral("composer"));
    setWindowTitle(tr("New Post"));
    setAcceptDrops(true);
    Appearance::fitToScreen(this, QSize(980, 760));
    m_integrations = IntegrationRepository(m_database.connection()).list();

    m_accounts->setObjectName(QStringLiteral("integrationList"));
    m_accounts->setAccessibleName(tr("Accounts to post to"));
    m_accounts->setViewMode(QListView::ListMode);
    m_accounts->setFlow(QListView::LeftToRight);
    m_accounts->setWrapping(true);
    m_accounts->setResizeMode(QListView::Adjust);
    m_accounts->setSpacing(2);
    // Three rows of accounts at a glance (more scroll), and the dialog still fits a 1280x720 screen.
    m_accounts->setFixedHeight(3 * (fontMetrics().height() + 12) + 6);
    buildAccounts();

    m_base->setObjectName(QStringLiteral("baseText"));
    m_base->setAccessibleName(tr("Text for every platform"));
    m_base->setPlaceholderText(tr("What do you want to say? Each platform's tab can have a text of its own."));
    m_base->setTabChangesFocus(true);
    m_baseCounter->setObjectName(QStringLiteral("baseCounter"));
    m_baseCounter->setToolTip(tr("Each platform counts in its own way: X counts a link as 23 and most emoji as 2; "
                                 "Mastodon counts a link as 23 and a mention of another server's account by its name "
                                 "alone; Bluesky counts what you see and caps the bytes too."));
    m_baseCounter->setTextFormat(Qt::RichText);
    m_baseCounter->setWordWrap(true);
    auto *baseTab = new QWidget;
    baseTab->setObjectName(QStringLiteral("tab_all"));
    auto *baseLayout = new QVBoxLayout(baseTab);
    baseLayout->addWidget(m_base, 1);
    baseLayout->addWidget(m_baseCounter);
    baseLayout->addWidget(m_baseError);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(baseTab, tr("All Platforms"));

    m_type->setObjectName(QStringLiteral("postType"));
    const QStringList typeLabels{tr("Post"), tr("Thread"), tr("Reel"), tr("Story")};
    for (qsizetype i = 0; i < postTypes().size(); ++i)
        m_type->addItem(typeLabels.at(i), postTypes().at(i));
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("launch, q3"));
    m_when->setObjectName(QStringLiteral("scheduleEdit"));
    m_when->setTimeSpec(Qt::UTC); // holds wall-clock time in the user's zone; WallClock converts
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + u' ' + shortTimeFormat());
    DateTimeTyping::install(m_when);
    m_zone->setObjectName(QStringLiteral("zoneLabel"));
    m_zone->setText(QString::fromUtf8(zone.id()));
    m_noDate->setObjectName(QStringLiteral("noDateCheck"));
    m_noDate->setToolTip(tr("Keep the draft without a date: it waits in the Unscheduled Drafts panel until you "
                            "drag it onto a day."));
    m_whenNote->setObjectName(QStringLiteral("note_schedule_at"));
    m_whenNote->setWordWrap(true);
    m_whenNote->setForegroundRole(QPalette::PlaceholderText);
    m_whenNote->hide();

    auto *details = new QFormLayout;
    details->addRow(tr("Post &type:"), m_type);
    details->addRow(QString(), m_typeError);
    details->addRow(tr("T&ags:"), m_tags);
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_when);
    whenRow->addWidget(m_zone);
    whenRow->addSpacing(12);
    whenRow->addWidget(m_noDate);
    whenRow->addStretch();
    auto *whenLabel = new QLabel(tr("&When:"));
    whenLabel->setBuddy(m_when);
    details->addRow(whenLabel, whenRow);
    details->addRow(QString(), m_whenError);
    details->addRow(QString(), m_whenNote);
    details->addRow(tr("&Media:"), m_media);
    details->addRow(QString(), m_mediaError);

    m_saveDraft->setObjectName(QStringLiteral("saveDraftButton"));
    m_schedule->setObjectName(QStringLiteral("scheduleButton"));
    m_publishNow->setObjectName(QStringLiteral("publishNowButton"));
    m_publishNow->setToolTip(tr("Queue the post to be published right away"));
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_duplicate->setToolTip(tr("Keep this post and start a copy of it"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_duplicate->setVisible(false);
    m_delete->setVisible(false);
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Enter in a field never presses a button (keyPressEvent); Ctrl+Enter schedules.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_schedule->isVisible() && m_schedule->isEnabled()) {
                m_schedule->click();
            } else if (!m_textTouched) { // asked to schedule: every reason why not is said now
                m_textTouched = true;
                revalidate();
            }
        });
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addWidget(m_duplicate);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_saveDraft);
    buttons->addWidget(m_publishNow);
    buttons->addWidget(m_schedule);

    auto *accountsLabel = new QLabel(tr("P&ost to:"));
    accountsLabel->setBuddy(m_accounts);
    connect(m_delivery, &DeliveryStatus::sendAgainChosen, this, [this](const QString &id) { deliveryChoice(id, false); });
    connect(m_delivery, &DeliveryStatus::wentOutChosen, this, [this](const QString &id) { deliveryChoice(id, true); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_delivery);
    layout->addWidget(accountsLabel);
    layout->addWidget(m_accounts);
    if (m_integrations.isEmpty()) {
        auto *connectAccount = new QPushButton(tr("&Connect an Account…"));
        connectAccount->setObjectName(QStringLiteral("connectAccountButton"));
        connect(connectAccount, &QPushButton::clicked, this, &ComposerDialog::connectAccountRequested);
        layout->addWidget(connectAccount, 0, Qt::AlignLeft);
    }
    layout->addWidget(m_accountsError);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(details);
    layout->addLayout(buttons);

    connect(m_accounts, &QListWidget::itemChanged, this, [this] {
        syncTabs();
        revalidate();
    });
    connect(m_base, &QPlainTextEdit::textChanged, this, [this] {
        for (PlatformTab *tab : std::as_const(m_platformTabs))
            tab->setBaseText(m_base->toPlainText());
        m_textTouched = m_textTouched || !m_loading;
        revalidate();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ComposerDialog::revalidate);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &ComposerDialog::revalidate);
    connect(m_noDate, &QCheckBox::toggled, this, [this](bool noDate) {
        m_when->setEnabled(!noDate);
        revalidate();
    });
    connect(m_media, &MediaStrip::changed, this, &ComposerDialog::revalidate);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_saveDraft, &QPushButton::clicked, this, [this] { save(Action::SaveDraft); });
    connect(m_schedule, &QPushButton::clicked, this, [this] { save(Action::Schedule); });
    connect(m_publishNow, &QPushButton::clicked, this, [this] { save(Action::PublishNow); });
    connect(m_duplicate, &QPushButton::clicked, this, &ComposerDialog::duplicate);
    connect(m_delete, &QPushButton::clicked, this, &ComposerDialog::remove);
}

void ComposerDialog::showEvent(QShowEvent *event)
{
    // No button looks as if Enter would press it: none may be a default one. (As
    // it shows, a dialog makes its first such button the default: Add Files, or
    // a platform tab's Split into Thread.)
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);
    QDialog::showEvent(event);
}

void ComposerDialog::buildAccounts()
{
    // The icon says the platform; where two accounts would read alike (one
    // handle on X and Threads, two "Acme" on Mastodon), the words say it too,
    // then the account's id.
    auto label = [](const Integration &in, int level) {
        return level == 0 ? accountLabel(in)
            : level == 1  ? tr("%1 on %2").arg(accountLabel(in), platformName(in))
                          : tr("%1 on %2 (%3)").arg(accountLabel(in), platformName(in), in.id);
    };
    QList<int> levels(m_integrations.size(), 0);
    for (int level = 0; level < 2; ++level) {
        QHash<QString, int> readAs;
        for (qsizetype i = 0; i < m_integrations.size(); ++i)
            ++readAs[label(m_integrations.at(i), levels.at(i))];
        for (qsizetype i = 0; i < m_integrations.size(); ++i)
            if (levels.at(i) == level && readAs.value(label(m_integrations.at(i), level)) > 1)
                levels[i] = level + 1;
    }
    for (qsizetype i = 0; i < m_integrations.size(); ++i) {
        const Integration &in = m_integrations.at(i);
        auto *item = new QListWidgetItem(CalendarStyle::platformIcon(in.platform), label(in, levels.at(i)), m_accounts);
        item->setData(Qt::UserRole, in.id);
        item->setToolTip(destinationName(in));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_integrations.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No account is connected yet: connect one to post to."), m_accounts);
        item->setFlags(Qt::NoItemFlags);
    }
}

QStringList ComposerDialog::checkedIntegrations() const
{
    QStringList ids;
    for (int i = 0; i < m_accounts->count(); ++i)
        if (m_accounts->item(i)->checkState() == Qt::Checked)
            ids.append(m_accounts->item(i)->data(Qt::UserRole).toString());
    return ids;
}

// The platform as its accounts' servers limit it: the strictest of their own
// limits (a Mastodon instance's), else the platform's rule.
const Platform &ComposerDialog::limitedPlatform(const Platform &platform)
{
    // An account its server has not described is at the platform's own limits.
    std::optional<Platform> strictest;
    for (const Integration &in : std::as_const(m_integrations)) {
        if (in.platform != platform.id)
            continue;
        const Platform own = withLimits(platform, in.limits);
        if (!strictest || own.textLimit < strictest->textLimit)
            strictest = own;
    }
    return strictest && strictest->textLimit != platform.textLimit ? m_limitedPlatforms.emplace_back(*strictest) : platform;
}

// Where an account's server sets its own limits and one of them has not been
// read yet, the count is the platform's usual limit: said, with how to read it.
QString ComposerDialog::limitNote(const Platform &platform) const
{
    if (!platform.serverSetsLimits)
        return {};
    const bool unread = std::any_of(m_integrations.cbegin(), m_integrations.cend(), [&](const Integration &in) {
        return in.platform == platform.id && in.limits.isEmpty();
    });
    return unread ? tr("%1 is %2's usual limit; an instance may allow more or less. Almanac reads your instance's own "
                       "when the account is saved or tested in Publishing Accounts.")
                        .arg(QLocale().toString(platform.textLimit), platform.displayName)
                  : QString();
}

// One tab per platform among the chosen accounts, in catalog order; a tab
// whose platform is no longer chosen keeps its text until the dialog closes.
void ComposerDialog::syncTabs()
{
    QSet<QString> wanted, local; // the chosen platforms, and those with an account Almanac publishes to itself
    for (const QString &id : checkedIntegrations())
        for (const Integration &in : std::as_const(m_integrations))
            if (in.id == id) {
                wanted.insert(in.platform);
                if (in.provider == u"local")
                    local.insert(in.platform);
            }
    for (const Platform &platform : PlatformCatalog::all()) {
        PlatformTab *tab = m_platformTabs.value(platform.id);
        if (wanted.contains(platform.id) && !tab) {
            tab = new PlatformTab(limitedPlatform(platform));
            tab->setLimitNote(limitNote(platform));
            tab->setBaseText(m_base->toPlainText());
            connect(tab, &PlatformTab::changed, this, &ComposerDialog::revalidate);
            m_platformTabs.insert(platform.id, tab);
        }
        if (!tab)
            continue;
        tab->setLocalSettingsShown(local.contains(platform.id));
        const int index = m_tabs->indexOf(tab);
        if (wanted.contains(platform.id) && index < 0) {
            int position = 1;
            for (const Platform &p : PlatformCatalog::all()) {
                if (&p == &platform)
                    break;
                if (m_tabs->indexOf(m_platformTabs.value(p.id)) >= 0)
                    ++position;
            }
            m_tabs->insertTab(position, tab, CalendarStyle::platformIcon(platform.id), platform.displayName);
        } else if (!wanted.contains(platform.id) && index >= 0) {
            m_tabs->removeTab(index);
        }
    }
}

void ComposerDialog::setScheduledAt(qint64 utc)
{
    const WallClock::Local local = m_clock.toLocal(utc);
    m_when->setDateTime(QDateTime(local.date, QTime(local.minute / 60, local.minute % 60), Qt::UTC));
}

qint64 ComposerDialog::scheduledAt() const
{
    const QDateTime wall = m_when->dateTime();
    return m_clock.toUtc(wall.date(), wall.time().hour() * 60 + wall.time().minute());
}

void ComposerDialog::startNew(qint64 at)
{
    m_loading = true;
    m_textTouched = false;
    m_original.reset();
    setWindowTitle(tr("New Post"));
    // A new post starts valid: on the accounts chosen in Settings, else those
    // the last saved post went to (those still connected), else every account
    // that takes a post of words alone (Instagram and the like need media), else every one.
    const AppSettings settings;
    auto connected = [this](QStringList ids) {
        ids.removeIf([this](const QString &id) {
            return std::none_of(m_integrations.cbegin(), m_integrations.cend(), [&](const Integration &in) { return in.id == id; });
        });
        return ids;
    };
    QStringList start = connected(settings.defaultIntegrations());
    if (start.isEmpty())
        start = connected(settings.lastUsedIntegrations());
    if (start.isEmpty())
        for (const Integration &in : std::as_const(m_integrations))
            if (const Platform *p = PlatformCatalog::find(in.platform); !p || !p->requiresMedia)
                start.append(in.id);
    if (start.isEmpty())
        for (const Integration &in : std::as_const(m_integrations))
            start.append(in.id);
    for (int i = 0; i < m_accounts->count(); ++i)
        if (QListWidgetItem *item = m_accounts->item(i); item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(start.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    setScheduledAt(at);
    m_noDate->setChecked(false);
    m_duplicate->setVisible(false);
    m_delete->setVisible(false);
    m_loading = false;
    syncTabs();
    revalidate();
    m_pristine = post();
    m_base->setFocus();
}

void ComposerDialog::edit(const Post &post)
{
    m_loading = true;
    m_textTouched = true; // a saved post's text says what is wrong with it at once
    m_original = post;
    setWindowTitle(tr("Edit Post"));
    QStringList targets;
    for (const PostTarget &t : post.targets)
        targets.append(t.integrationId);
    for (int i = 0; i < m_accounts->count(); ++i)
        if (m_accounts->item(i)->flags() & Qt::ItemIsUserCheckable)
            m_accounts->item(i)->setCheckState(targets.contains(m_accounts->item(i)->data(Qt::UserRole).toString())
                                                   ? Qt::Checked
                                                   : Qt::Unchecked);
    syncTabs();
    m_base->setPlainText(post.content);
    for (PlatformTab *tab : std::as_const(m_platformTabs)) {
        tab->setOverrideText(post.platformOverrides.value(tab->platform().id).toString());
        tab->setSettings(post.platformSettings.value(tab->platform().id).toObject());
    }
    m_type->setCurrentIndex(qMax(0, int(postTypes().indexOf(post.postType))));
    m_tags->setText(post.tags.join(QStringLiteral(", ")));
    // An undated draft keeps a time at hand (the next hour) for when the box is cleared.
    setScheduledAt(post.scheduledAt.value_or((Clock::nowSecs() / 3600 + 1) * 3600));
    m_noDate->setChecked(!post.scheduledAt);
    m_media->setMedia(post.media);
    m_duplicate->setVisible(true);
    m_delete->setVisible(true);
    m_loading = false;
    showDelivery(post);
    revalidate();
    m_pristine = this->post();
}

void ComposerDialog::showDelivery(const Post &post)
{
    m_delivery->showPost(post, m_integrations);
    // What went out (or is going out) is history: it opens read-only, and a
    // copy of it is a new post. Publish Now is only for a post that has not gone out.
    m_goneOut = post.status == PostStatus::Published || post.status == PostStatus::Publishing;
    if (!m_goneOut)
        return;
    setWindowTitle(post.status == PostStatus::Published ? tr("Published Post") : tr("Post Going Out"));
    setEditable(false);
}

void ComposerDialog::deliveryChoice(const QString &integrationId, bool wentOut)
{
    if (!m_original)
        return;
    const QString postId = m_original->id;
    if (!wentOut) {
        // The window queues that destination again, as the Failed view's Retry does.
        Q_EMIT sendAgainRequested(postId, integrationId);
    } else {
        if (auto r = ScheduleRepository(m_database.connection()).confirmPublished(postId, integrationId); !r) {
            Q_EMIT message(r.error());
            return;
        }
        Q_EMIT saved(postId); // the calendar and the Failed view show it published
    }
    if (std::optional<Post> now = PostRepository(m_database.connection()).find(postId)) {
        m_original = now;
        showDelivery(*now);
    }
}

void ComposerDialog::setEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_accounts, m_type, m_tags, m_noDate, m_media})
        w->setEnabled(editable);
    // The shared text stays readable (read-only, not greyed); each platform's
    // own fields are locked.
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i) != m_base->parentWidget())
            m_tabs->widget(i)->setEnabled(editable);
    m_when->setEnabled(editable && !m_noDate->isChecked());
    m_base->setReadOnly(!editable);
    m_tags->setPlaceholderText(editable ? tr("launch, q3") : QString()); // an example, never read as its tags
    if (auto *cancel = findChild<QPushButton *>(QStringLiteral("cancelButton")))
        cancel->setText(editable ? tr("Cancel") : tr("Close")); // nothing to cancel in a post that went out
    m_saveDraft->setVisible(editable);
    m_schedule->setVisible(editable);
    m_publishNow->setVisible(editable);
    m_duplicate->setText(editable ? tr("D&uplicate") : tr("Dupli&cate as New Post"));
    if (editable)
        m_delivery->hide();
}

Post ComposerDialog::post() const
{
    Post p = m_original.value_or(Post());
    p.content = m_base->toPlainText().trimmed();
    p.postType = m_type->currentData().toString();
    p.tags.clear();
    for (QString tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        tag = tag.trimmed();
        if (tag.startsWith(u'#'))
            tag.remove(0, 1);
        if (!tag.isEmpty() && !p.tags.contains(tag))
            p.tags.append(tag);
    }
    p.scheduledAt = m_noDate->isChecked() ? std::nullopt : std::optional(scheduledAt());
    p.media = m_media->media();
    p.platformOverrides = {};
    p.platformSettings = {};
    QList<PostTarget> targets;
    for (const QString &id : checkedIntegrations()) {
        PostTarget t;
        for (const PostTarget &old : p.targets)
            if (old.integrationId == id)
                t = old;
        t.integrationId = id;
        for (const Integration &in : m_integrations)
            if (in.id == id)
                t.platform = in.platform;
        targets.append(t);
        if (PlatformTab *tab = m_platformTabs.value(t.platform); tab && m_tabs->indexOf(tab) >= 0) {
            if (const QString own = tab->overrideText().trimmed(); !own.isEmpty())
                p.platformOverrides.insert(t.platform, own);
            if (const QJsonObject settings = tab->settings(); !settings.isEmpty())
                p.platformSettings.insert(t.platform, settings);
        }
    }
    p.targets = targets;
    return p;
}

void ComposerDialog::revalidate()
{
    if (m_loading)
        return;
    const Post current = post();
    const bool thread = current.postType == u"thread";
    // Counters of the base text, per platform that uses it.
    QStringList counts;
    const QByteArray utf8 = current.content.toUtf8();
    for (PlatformTab *tab : std::as_const(m_platformTabs)) {
        if (m_tabs->indexOf(tab) < 0)
            continue;
        tab->refresh(current.postType, PreviewAuthor::of(m_integrations, checkedIntegrations(), tab->platform().id), current.media);
        if (!tab->overrideText().isEmpty())
            continue;
        const Platform &p = tab->platform();
        const int length = TextLength::measure(p, utf8);
        // Bluesky caps the bytes too: say them once they are what is over.
        const bool tooManyBytes = p.isOverBytes(utf8.size());
        const QString count = tooManyBytes
            ? tr("%1 %2/%3 · %4/%5 bytes").arg(p.displayName.toHtmlEscaped()).arg(length).arg(p.textLimit).arg(utf8.size()).arg(p.byteLimit)
            : QStringLiteral("%1 %2/%3").arg(p.displayName.toHtmlEscaped()).arg(length).arg(p.textLimit);
        counts.append((length > p.textLimit || tooManyBytes) && !(thread && p.supportsThreads)
                          ? QStringLiteral("<span style=\"color:#d73027;font-weight:bold\">%1</span>").arg(count)
                          : count);
    }
    m_baseCounter->setText(counts.join(QStringLiteral(" · ")));

    ValidationContext context;
    context.integrations = m_integrations;
    context.timeZone = m_clock.zone();
    context.now = Clock::nowSecs();
    context.localTimesInWords = true; // as the When field shows them
    RowVerdict verdict;
    if (!m_goneOut) // a post that went out is history, not judged again (its time is in the past by nature)
        PostRules(context).validatePost(current, verdict);
    showIssues(verdict);

    showWallClockGap();
    m_schedule->setEnabled(verdict.isValid() && current.scheduledAt);
    m_schedule->setToolTip(current.scheduledAt ? tr("Schedule the post for its time (Ctrl+Enter)")
                                               : tr("Choose a date to schedule the post"));
    // Publishing now replaces the chosen time, so only the time's own errors may stand.
    m_publishNow->setEnabled(std::all_of(verdict.errors.cbegin(), verdict.errors.cend(), [](const RowIssue &issue) {
        return issue.column == u"schedule_at";
    }));
}

void ComposerDialog::showWallClockGap()
{
    // A time the clocks skip (spring forward) cannot be kept: say which time the
    // post will go out at instead of moving it silently.
    const QDateTime wall = m_when->dateTime();
    const int minute = wall.time().hour() * 60 + wall.time().minute();
    const bool skipped = !m_noDate->isChecked() && !m_clock.exists(wall.date(), minute);
    if (skipped) {
        const WallClock::Local actual = m_clock.toLocal(scheduledAt());
        m_whenNote->setText(tr("%1 does not exist on %2 in %3: the clocks go forward. The post will go out at %4.")
                                .arg(shortTime(minute), QLocale().toString(wall.date(), QLocale::ShortFormat),
                                     m_zone->text(), shortTime(actual.minute)));
    }
    m_whenNote->setVisible(skipped);
}

void ComposerDialog::showIssues(const RowVerdict &verdict)
{
    QHash<QString, QStringList> errors, warnings;
    for (const RowIssue &issue : verdict.errors)
        errors[issue.column.section(u'.', 0, 0)].append(issue.message);
    for (const RowIssue &issue : verdict.warnings)
        warnings[issue.column.section(u'.', 0, 0)].append(issue.message);
    // The rules speak of a field ("is empty, but …"): each line names its field.
    auto named = [&errors](const QString &field, const QString &label) {
        QStringList lines;
        for (const QString &message : errors.value(field))
            lines.append(tr("%1 %2").arg(label, message));
        return lines;
    };
    showLines(m_whenError, named(QStringLiteral("schedule_at"), tr("The time")));
    showLines(m_accountsError, named(QStringLiteral("integrations"), tr("Accounts:")));
    // What is wrong with the shared text for a platform that posts it is said here
    // too, not only on that platform's tab: it is why Schedule is greyed out.
    QStringList &sharedText = errors[QStringLiteral("content")];
    for (PlatformTab *tab : std::as_const(m_platformTabs))
        if (m_tabs->indexOf(tab) >= 0 && tab->overrideText().isEmpty())
            for (const RowIssue &issue : verdict.errors)
                if (issue.column == tab->platform().id)
                    sharedText.append(issue.message);
    sharedText.removeDuplicates();
    // A new post's empty text is not an error yet: Schedule waits for words,
    // and the field's placeholder says what goes there.
    if (!m_textTouched && m_base->toPlainText().isEmpty())
        sharedText.clear();
    showLines(m_baseError, named(QStringLiteral("content"), tr("The text")));
    showLines(m_typeError, named(QStringLiteral("post_type"), tr("The post type:")));
    showLines(m_mediaError, named(QStringLiteral("media"), tr("Media")));
    for (PlatformTab *tab : std::as_const(m_platformTabs)) {
        const QString id = tab->platform().id;
        tab->setIssues(errors.value(id), warnings.value(id));
        if (const int index = m_tabs->indexOf(tab); index >= 0)
            m_tabs->setTabIcon(index, errors.contains(id) || tab->isOverLimit()
                                          ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                          : CalendarStyle::platformIcon(id));
    }
}

void ComposerDialog::save(Action action)
{
    if (m_saving || m_goneOut) // a second press while the first is saved, or a post that went out: nothing
        return;
    m_saving = true;
    Post p = post();
    bool publishNow = false;
    switch (action) {
    case Action::SaveDraft: p.status = PostStatus::Draft; break;
    case Action::Schedule: p.status = PostStatus::Scheduled; break;
    case Action::PublishNow:
        p.status = PostStatus::Scheduled;
        p.scheduledAt = Clock::nowSecs();
        publishNow = true;
        break;
    }
    for (PostTarget &t : p.targets)
        if (t.status != PostStatus::Published) // where it went out already, it stays out: never a second time
            t.status = p.status;
    auto command = std::make_unique<SavePostCommand>(m_database, m_original, p, publishNow);
    SavePostCommand *written = command.get();
    if (auto r = PostCommand::push(*m_undo, std::move(command)); !r) {
        m_saving = false;
        QMessageBox::warning(this, tr("Cannot save the post"), r.error());
        return;
    }
    const QString when = m_when->text();
    switch (action) {
    case Action::SaveDraft: Q_EMIT message(tr("Draft saved.")); break;
    case Action::Schedule: Q_EMIT message(tr("Scheduled for %1 (%2).").arg(when, m_zone->text())); break;
    case Action::PublishNow: Q_EMIT message(tr("Queued to publish now.")); break;
    }
    AppSettings().setLastUsedIntegrations(checkedIntegrations()); // where the next new post starts
    Q_EMIT saved(written->postId());
    accept();
}

bool ComposerDialog::hasChanges() const
{
    const Post now = post();
    auto ids = [](const Post &p) {
        QStringList out;
        for (const PostTarget &t : p.targets)
            out.append(t.integrationId);
        return out;
    };
    return now.content != m_pristine.content || now.postType != m_pristine.postType || now.tags != m_pristine.tags
        || now.scheduledAt != m_pristine.scheduledAt || now.media != m_pristine.media
        || now.platformOverrides != m_pristine.platformOverrides
        || now.platformSettings != m_pristine.platformSettings || ids(now) != ids(m_pristine);
}

void ComposerDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter in a field (a media link, alt text, tags) does that field's work and
    // never presses a button: a post goes out only when asked, with a click,
    // Enter on the focused button, or Ctrl+Enter. (A dialog's default button had
    // scheduled an unfinished post to every ticked account as its picture was
    // added; with none, Qt makes the first button default: Add Files.)
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ControlModifier)) {
        if (auto *focused = qobject_cast<QPushButton *>(focusWidget()); focused && focused->isEnabled())
            focused->click(); // Enter on a button presses that one, as Space does
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void ComposerDialog::reject()
{
    // A new post with no words, media or tags holds nothing to keep, whatever
    // its time or accounts.
    const Post now = post();
    const bool empty = !isEditing() && now.content.isEmpty() && now.media.isEmpty() && now.tags.isEmpty()
                       && now.platformOverrides.isEmpty();
    if (m_goneOut || m_saving || empty || !hasChanges())
        return QDialog::reject();
    using KeepPostQuestion::Work;
    const Work work = KeepPostQuestion::workOf(isEditing(), isEditing() && m_original->status == PostStatus::Scheduled,
                                               m_schedule->isEnabled());
    // Saving closes the composer once saved; a scheduled post stays scheduled.
    KeepPostQuestion::ask(
        this, work, m_when->text(),
        [this, work] { save(work == Work::ChangedScheduled ? Action::Schedule : Action::SaveDraft); },
        [this] { QDialog::reject(); });
}

void ComposerDialog::duplicate()
{
    // The copy starts from what the fields say now, a week later by the wall
    // clock (the field holds wall-clock time), as a new post.
    m_original.reset();
    if (m_goneOut) { // the copy of a published post is editable again
        m_goneOut = false;
        setEditable(true);
        if (scheduledAt() < Clock::nowSecs()) // it went out in the past: the copy goes a week from now (below)
            setScheduledAt(Clock::nowSecs());
    }
    m_when->setDateTime(m_when->dateTime().addDays(7));
    m_pristine = Post(); // a copy not saved yet is work
    setWindowTitle(tr("New Post (Copy)"));
    m_duplicate->setVisible(false);
    m_delete->setVisible(false);
    revalidate();
}

void ComposerDialog::remove()
{
    if (!m_original)
        return;
    auto command = std::make_unique<DeletePostsCommand>(m_database, QStringList{m_original->id});
    if (auto r = PostCommand::push(*m_undo, std::move(command)); !r) {
        QMessageBox::warning(this, tr("Cannot delete the post"), r.error());
        return;
    }
    Q_EMIT message(m_goneOut ? tr("Post deleted from Almanac; where it was published, it stays up: delete it there "
                                  "too if it should go. Undo (Ctrl+Z) brings it back here.")
                             : tr("Post deleted. Undo (Ctrl+Z) brings it back."));
    accept();
}

void ComposerDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ComposerDialog::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    event->acceptProposedAction();
    m_media->addUrls(event->mimeData()->urls());
}

} // namespace Almanac
