// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/accountsdialog.h"

#include "ui/mainwindow/appearance.h"
#include "app/net/httpclient.h"
#include "app/publish/publisher.h"
#include "app/secrets/secretstore.h"
#include "models/domain/endpointpolicy.h"
#include "models/domain/platform.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/validation/postrules.h"
#include "ui/calendar/calendarstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Almanac {

namespace {

// The platforms Almanac publishes to itself, in the order the kind menu lists them.
const QStringList LocalPlatforms{QStringLiteral("bluesky"), QStringLiteral("mastodon"), QStringLiteral("webhook"),
                                 QStringLiteral("discord"), QStringLiteral("slack")};

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

} // namespace

AccountsDialog::AccountsDialog(Database &database, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_http(new HttpClient(this))
    , m_accounts(new QListWidget)
    , m_kind(new QComboBox)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit)
    , m_handle(new QLineEdit)
    , m_url(new QLineEdit)
    , m_secret(new QLineEdit)
    , m_hint(new QLabel)
    , m_limits(new QLabel)
    , m_status(new QLabel)
    , m_test(new QPushButton(tr("&Test Connection")))
    , m_save(new QPushButton(tr("&Save Account")))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Publishing Accounts"));
    Appearance::fitToScreen(this, QSize(780, 500));
    m_accounts->setObjectName(QStringLiteral("accountList"));
    m_accounts->setIconSize(QSize(16, 16));
    // Long names ("Mastodon — Acme Coffee (@acme@…) (through OpenPost)") wrap
    // rather than hide behind a sideways scroll bar.
    m_accounts->setWordWrap(true);
    m_accounts->setResizeMode(QListView::Adjust);
    m_accounts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_kind->setObjectName(QStringLiteral("accountKind"));
    for (const QString &id : LocalPlatforms)
        if (const Platform *p = PlatformCatalog::find(id))
            m_kind->addItem(CalendarStyle::platformIcon(id), p->displayName, id);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_handle->setObjectName(QStringLiteral("accountHandle"));
    m_url->setObjectName(QStringLiteral("accountUrl"));
    m_secret->setObjectName(QStringLiteral("accountSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_hint->setObjectName(QStringLiteral("accountHint"));
    m_hint->setWordWrap(true);
    m_hint->setOpenExternalLinks(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_limits->setObjectName(QStringLiteral("accountLimits"));
    m_limits->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // it quotes what servers answer
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_test->setObjectName(QStringLiteral("testAccountButton"));
    m_save->setObjectName(QStringLiteral("saveAccountButton"));
    m_save->setDefault(true);

    auto *newAccount = new QPushButton(tr("N&ew Account"));
    newAccount->setObjectName(QStringLiteral("newAccountButton"));
    auto *left = new QVBoxLayout;
    auto *accountsLabel = new QLabel(tr("Accounts Almanac publishes to:"));
    accountsLabel->setBuddy(m_accounts);
    m_accounts->setAccessibleName(accountsLabel->text()); // a list takes no name from its buddy
    left->addWidget(accountsLabel);
    left->addWidget(m_accounts, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newAccount);
    m_remove = new QPushButton(tr("&Remove…"));
    m_remove->setObjectName(QStringLiteral("removeAccountButton"));
    m_remove->setToolTip(tr("Stop publishing to the selected account and forget its password"));
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::askAndRemove);
    listButtons->addWidget(m_remove);
    left->addLayout(listButtons);

    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Handle:"), m_handle);
    m_form->addRow(tr("&URL:"), m_url);
    m_form->addRow(tr("&Secret:"), m_secret);
    m_form->addRow(QString(), m_hint);
    m_form->addRow(tr("Limits:"), m_limits);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addStretch(1);
    actions->addWidget(m_save);
    m_form->addRow(actions);
    auto *accountBox = new QGroupBox(tr("Account"));
    accountBox->setLayout(m_form);

    auto *top = new QHBoxLayout;
    top->addLayout(left, 2);
    top->addWidget(accountBox, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(connectStrip());
    layout->addLayout(top, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newAccount, &QPushButton::clicked, this, [this] {
        m_status->setText(intro()); // what was said of the account shown before is not about this one
        startNew(kind());
    });
    connect(m_accounts, &QListWidget::currentRowChanged, this, [this] {
        m_status->setText(intro()); // (reload() changes the row without a word)
        showAccount();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AccountsDialog::adaptFormToKind);
    connect(m_test, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(m_save, &QPushButton::clicked, this, &AccountsDialog::save);

    reload();
    if (m_accounts->count() == 0)
        showAccount();
    m_status->setText(intro());
}

QString AccountsDialog::intro()
{
    return tr("Almanac publishes to these accounts itself, at the scheduled minute, while the window or almanacd runs "
              "(Settings, Publishing). Passwords and tokens go into the system keychain, never into Almanac's files.");
}

AccountsDialog::~AccountsDialog() = default;

QString AccountsDialog::limitsKey(const Integration &account)
{
    return account.platform + u' ' + account.serviceUrl;
}

QWidget *AccountsDialog::connectStrip()
{
    auto *strip = new QGroupBox(tr("Connect an account"));
    strip->setObjectName(QStringLiteral("connectStrip"));
    auto *row = new QHBoxLayout(strip);
    for (const QString &id : LocalPlatforms) {
        const Platform *p = PlatformCatalog::find(id);
        if (!p)
            continue;
        auto *button = new QToolButton;
        button->setObjectName(QStringLiteral("connect_%1").arg(id));
        button->setIcon(CalendarStyle::platformIcon(id));
        button->setIconSize(QSize(24, 24));
        button->setText(p->displayName);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setAutoRaise(true);
        button->setToolTip(tr("Add a %1 account that Almanac publishes to itself").arg(p->displayName));
        connect(button, &QToolButton::clicked, this, [this, id] { startNew(id); });
        row->addWidget(button);
    }
    row->addSpacing(12);
    auto *hosted = new QLabel(tr("X, Instagram, LinkedIn, TikTok and the rest go through a hosted scheduler "
                                 "(OpenPost, PostEverywhere or bundle.social): <a href=\"#hosted\">set one up</a>."));
    hosted->setObjectName(QStringLiteral("connectHosted"));
    hosted->setWordWrap(true);
    connect(hosted, &QLabel::linkActivated, this, [this] {
        Q_EMIT hostedSchedulersRequested();
        accept();
    });
    row->addWidget(hosted, 1);
    return strip;
}

void AccountsDialog::startNew(const QString &platform)
{
    m_accounts->setCurrentRow(-1);
    m_accounts->clearSelection();
    showAccount();
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(platform)));
    m_name->setFocus();
}

void AccountsDialog::reload(const QString &select)
{
    const QString keep = select.isEmpty() && selected() ? selected()->id : select;
    const QSignalBlocker blocker(m_accounts);
    m_accounts->clear();
    const QList<Integration> all = IntegrationRepository(m_database.connection()).list();
    // "Bluesky — @acme.bsky.social", or "Mastodon — Acme (@acme@mastodon.social)" where the name says more.
    auto textOf = [](const Integration &in) {
        auto bare = [](const QString &s) { return s.startsWith(u'@') ? s.mid(1) : s; };
        const QString handle = bare(in.handle);
        // The handle as the account writes it ("@acme.bsky.social", or a page's name).
        if (in.name.isEmpty() || bare(in.name) == handle)
            return QStringLiteral("%1 — %2").arg(platformName(in), handle.isEmpty() ? in.id : in.handle);
        QString text = QStringLiteral("%1 — %2").arg(platformName(in), in.name);
        if (!handle.isEmpty())
            text += QStringLiteral(" (%1)").arg(in.handle);
        return text;
    };
    int local = 0;
    for (const Integration &in : all) {
        if (in.provider != u"local" || !LocalPlatforms.contains(in.platform))
            continue;
        auto *item = new QListWidgetItem(CalendarStyle::platformIcon(in.platform), textOf(in), m_accounts);
        item->setToolTip(item->text());
        item->setData(Qt::UserRole, in.id);
        ++local;
        if (in.id == keep)
            m_accounts->setCurrentItem(item);
    }
    // The accounts a hosted scheduler publishes to, greyed, so none seems lost:
    // they are changed where that scheduler is.
    for (const Integration &in : all) {
        if (in.provider == u"local")
            continue;
        const QString provider = providerDisplayName(in.provider);
        auto *item = new QListWidgetItem(CalendarStyle::platformIcon(in.platform),
                                         tr("%1 (through %2)").arg(textOf(in), provider), m_accounts);
        item->setFlags(Qt::NoItemFlags);
        item->setToolTip(tr("%1 publishes to this account for Almanac: change it in Hosted Schedulers.").arg(provider));
    }
    if (!m_accounts->currentItem() && local && keep.isEmpty())
        m_accounts->setCurrentRow(0);
    showAccount();
}

std::optional<Integration> AccountsDialog::selected() const
{
    const QListWidgetItem *item = m_accounts->currentItem();
    return item ? IntegrationRepository(m_database.connection()).find(item->data(Qt::UserRole).toString()) : std::nullopt;
}

QString AccountsDialog::kind() const
{
    return m_kind->currentData().toString();
}

void AccountsDialog::showAccount()
{
    const std::optional<Integration> account = selected();
    if (account)
        m_kind->setCurrentIndex(m_kind->findData(account->platform));
    m_kind->setEnabled(!account); // an account's platform is what its posts were written for
    m_name->setText(account ? account->name : QString());
    m_handle->setText(account ? account->handle : QString());
    m_url->setText(account ? account->serviceUrl : QString()); // empty for a webhook: its URL is in the keychain
    m_secret->clear();
    adaptFormToKind();
    // Whether the keychain holds one is not asked here (it can block): either
    // way, an empty field changes nothing.
    if (account && keepsUrlInKeychain(account->platform))
        m_url->setPlaceholderText(tr("empty: the system keychain keeps what it has"));
    if (account)
        m_secret->setPlaceholderText(tr("empty: the system keychain keeps what it has"));
    m_save->setText(account ? tr("&Save Changes") : tr("&Add Account"));
    if (m_remove)
        m_remove->setEnabled(account.has_value());
    showLimits();
}

void AccountsDialog::showLimits()
{
    const std::optional<Integration> account = selected();
    const Platform *platform = account ? PlatformCatalog::find(account->platform) : nullptr;
    const bool shown = platform && platform->serverSetsLimits;
    m_form->setRowVisible(m_limits, shown);
    if (!shown)
        return;
    // What every check counts by for this account (PostRules applies the same).
    const Platform counted = withLimits(*platform, account->limits);
    const QString words = account->limits.isEmpty()
        ? tr("Mastodon's own until the instance is read (on saving or Test Connection): %1 characters a post, a link "
             "counting %2, %3 pictures or videos.")
        : tr("As the instance says: %1 characters a post, a link counting %2, %3 pictures or videos.");
    m_limits->setText(words.arg(counted.textLimit).arg(counted.urlWeight).arg(counted.maxMedia));
}

void AccountsDialog::askAndRemove()
{
    const std::optional<Integration> account = selected();
    if (!account)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove Account"),
                    tr("Remove %1 from Almanac?").arg(account->name.isEmpty() ? account->id : account->name),
                    QMessageBox::Cancel, this);
    ask.setInformativeText(tr("Almanac stops publishing to it and its password leaves the keychain. Posts already "
                              "published there keep it in their history; adding it again later brings it back."));
    QPushButton *remove = ask.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() == remove)
        removeAccount(account->id);
}

void AccountsDialog::removeAccount(const QString &id)
{
    if (auto r = IntegrationRepository(m_database.connection()).remove(id); !r)
        return say(false, r.error());
    // The account is gone from every list either way; a keychain that will not
    // let go of the password is said, not hidden.
    const Result<void> forgotten = m_secrets ? m_secrets->removeIntegrationSecret(id) : Result<void>();
    reload();
    showAccount();
    if (!forgotten)
        say(false, tr("Removed %1, but its password is still in the keychain: %2").arg(id, forgotten.error()));
    else
        say(true, tr("Removed %1.").arg(id));
    Q_EMIT changed();
}

void AccountsDialog::adaptFormToKind()
{
    const QString k = kind();
    const bool hooked = k == u"discord" || k == u"slack"; // the webhook URL is the secret
    m_form->setRowVisible(m_handle, k == u"bluesky");
    m_form->setRowVisible(m_url, !hooked);
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    if (k == u"bluesky") {
        label(m_url, tr("Ser&vice URL:"));
        label(m_secret, tr("App &password:"));
        m_handle->setPlaceholderText(QStringLiteral("yourname.bsky.social"));
        m_url->setPlaceholderText(QStringLiteral("https://bsky.social"));
        m_secret->setPlaceholderText(QStringLiteral("xxxx-xxxx-xxxx-xxxx"));
        m_hint->setText(tr("Use an app password, not your account password: in Bluesky, Settings → Privacy and security → "
                           "App passwords. Leave the service URL empty for bsky.social; give your PDS if you host your own."));
    } else if (k == u"mastodon") {
        label(m_url, tr("&Instance URL:"));
        label(m_secret, tr("Access t&oken:"));
        m_url->setPlaceholderText(QStringLiteral("https://mastodon.social"));
        m_secret->setPlaceholderText(QString());
        m_hint->setText(tr("On your instance: Preferences → Development → New application, with the scopes "
                           "write:statuses and write:media; paste its access token here."));
    } else if (k == u"webhook") {
        label(m_url, tr("&Webhook URL:"));
        label(m_secret, tr("Si&gning secret:"));
        m_url->setPlaceholderText(QStringLiteral("https://example.com/hooks/almanac"));
        m_secret->setPlaceholderText(tr("optional; without one, unsigned"));
        m_hint->setText(tr("Almanac sends each post to this address as JSON. With a signing secret, every request is "
                           "signed (the Standard Webhooks way) so your receiver can check that it came from Almanac and "
                           "is not an old one sent again; without one, anyone who learns the address can post as "
                           "Almanac. The address and the secret are kept in the system keychain."));
    } else {
        label(m_secret, tr("&Webhook URL:"));
        m_secret->setPlaceholderText(k == u"discord" ? QStringLiteral("https://discord.com/api/webhooks/…")
                                                     : QStringLiteral("https://hooks.slack.com/services/…"));
        m_hint->setText(k == u"discord"
                            ? tr("In Discord: Server Settings → Integrations → Webhooks → New Webhook → Copy Webhook URL. "
                                 "Whoever has the URL can post, so it is kept in the keychain.")
                            : tr("In Slack: create an app with Incoming Webhooks and add one to the channel. "
                                 "Whoever has the URL can post, so it is kept in the keychain."));
    }
    m_name->setPlaceholderText(PlatformCatalog::find(k) ? PlatformCatalog::find(k)->displayName : QString());
}

Integration AccountsDialog::fromForm() const
{
    Integration in = selected().value_or(Integration{});
    in.platform = kind();
    in.provider = QStringLiteral("local");
    in.handle = m_handle->isVisibleTo(this) ? m_handle->text().trimmed().remove(QRegularExpression(QStringLiteral("^@"))) : QString();
    in.serviceUrl = m_url->isVisibleTo(this) ? m_url->text().trimmed() : QString();
    in.name = m_name->text().trimmed();
    if (in.name.isEmpty())
        in.name = !in.handle.isEmpty() ? in.handle
                  : !in.serviceUrl.isEmpty() ? QUrl(in.serviceUrl).host()
                                             : PlatformCatalog::find(in.platform)->displayName;
    return in;
}

QString AccountsDialog::validate(const Integration &account, bool isNew) const
{
    const QString secret = m_secret->text().trimmed();
    if (account.platform == u"bluesky") {
        if (!account.handle.contains(u'.'))
            return tr("Enter the Bluesky handle, like yourname.bsky.social.");
        if (!account.serviceUrl.isEmpty() && !isWebUrl(account.serviceUrl))
            return tr("\"%1\" is not a service URL; leave it empty for bsky.social, or give one like https://pds.example.com.")
                .arg(account.serviceUrl);
        if (isNew && secret.isEmpty())
            return tr("Enter an app password for %1.").arg(account.handle);
    } else if (account.platform == u"webhook" && !isNew && account.serviceUrl.isEmpty()) {
        return {}; // the URL stays as the keychain has it
    } else if (account.platform == u"mastodon" || account.platform == u"webhook") {
        if (!isWebUrl(account.serviceUrl))
            return account.platform == u"mastodon" ? tr("Enter the instance's URL, like https://mastodon.social.")
                                                   : tr("Enter the webhook's URL, starting with https://.");
        if (account.platform == u"mastodon" && isNew && secret.isEmpty())
            return tr("Enter the access token of the application you made on %1.").arg(QUrl(account.serviceUrl).host());
    } else if ((isNew || !secret.isEmpty()) && !isWebUrl(secret)) {
        return tr("Paste the incoming webhook's URL, starting with https://.");
    } else if (!secret.isEmpty()) {
        return EndpointPolicy::endpointRefusal(QUrl(secret, QUrl::StrictMode));
    }
    if (!account.serviceUrl.isEmpty())
        return EndpointPolicy::endpointRefusal(QUrl(account.serviceUrl, QUrl::StrictMode));
    return {};
}

void AccountsDialog::say(bool ok, const QString &message)
{
    m_status->setText((ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + message);
}

void AccountsDialog::testConnection()
{
    const std::optional<Integration> existing = selected();
    Integration account = fromForm();
    if (account.id.isEmpty())
        account.id = QStringLiteral("test");
    if (const QString problem = validate(account, !existing); !problem.isEmpty())
        return say(false, problem);
    QString secret = m_secret->text().trimmed();
    if (secret.isEmpty() && existing) {
        const Result<QString> stored = m_secrets->integrationSecret(existing->id);
        if (!stored && account.platform != u"webhook")
            return say(false, stored.error());
        secret = stored ? stored.value() : QString();
    }
    if (keepsUrlInKeychain(account.platform) && account.serviceUrl.isEmpty() && existing) {
        const Result<QString> url = m_secrets->webhookUrl(existing->id);
        if (!url)
            return say(false, url.error());
        account.serviceUrl = url.value();
    }
    m_tester = makePublisher(account.platform, 15000);
    m_test->setEnabled(false);
    m_status->setText(tr("Connecting…"));
    m_tester->testConnection(account, secret, m_http, [this, account, existing](const ConnectionCheck &check) {
        m_test->setEnabled(true);
        say(check.ok, check.message);
        if (!check.ok || check.limits.isEmpty())
            return;
        // The server's own limits are kept with the account: the composer and every check count by them.
        m_testedLimits = {limitsKey(account), check.limits};
        if (existing)
            keepLimits(*existing, account, check.limits);
    });
}

void AccountsDialog::save()
{
    const std::optional<Integration> existing = selected();
    Integration account = fromForm();
    if (const QString problem = validate(account, !existing); !problem.isEmpty())
        return say(false, problem);
    IntegrationRepository integrations(m_database.connection());
    if (!existing) {
        // An ID that says what it is, unique in the store: "bluesky-yourname", "mastodon-mastodon.social-2".
        QString base = account.platform + u'-'
            + (account.handle.isEmpty() ? (account.serviceUrl.isEmpty() ? account.name : QUrl(account.serviceUrl).host())
                                        : account.handle.section(u'.', 0, 0));
        base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.:@-]")), QStringLiteral("-"));
        account.id = base.left(120);
        for (int n = 2; integrations.find(account.id); ++n)
            account.id = QStringLiteral("%1-%2").arg(base.left(120)).arg(n);
    }
    // The limits the last test read from this server, else those the account
    // had on it; on another server, none until they are read (below).
    const bool tested = m_testedLimits.first == limitsKey(account);
    if (tested)
        account.limits = m_testedLimits.second;
    else if (existing && limitsKey(*existing) == limitsKey(account))
        account.limits = existing->limits;
    else
        account.limits = {};
    if (auto r = existing ? integrations.update(account) : integrations.add(account); !r)
        return say(false, r.error());
    if (keepsUrlInKeychain(account.platform) && !account.serviceUrl.isEmpty()) {
        if (auto r = m_secrets->setWebhookUrl(account.id, account.serviceUrl); !r) {
            reload(account.id);
            return say(false, tr("%1 was saved, but its URL was not stored: %2").arg(account.name, r.error()));
        }
    }
    const QString secret = m_secret->text().trimmed();
    if (!secret.isEmpty()) {
        if (auto r = m_secrets->setIntegrationSecret(account.id, secret); !r) {
            reload(account.id);
            return say(false, tr("%1 was saved, but its secret was not stored: %2").arg(account.name, r.error()));
        }
    }
    reload(account.id);
    QString said = existing ? tr("Saved %1.").arg(account.name)
                            : tr("Added %1 (ID %2). Posts to it are published at their time.").arg(account.name, account.id);
    if (const QString note = EndpointPolicy::loopbackNote(QUrl(account.serviceUrl)); !note.isEmpty())
        said += u' ' + note;
    if (account.platform == u"webhook" && secret.isEmpty() && !existing)
        said += u' ' + tr("Its posts go out unsigned until you give it a signing secret.");
    say(true, said);
    Q_EMIT changed();
    if (!tested)
        readLimits(account, said);
}

void AccountsDialog::readLimits(const Integration &account, const QString &said)
{
    m_limitsReader = makePublisher(account.platform, 15000);
    if (!m_limitsReader)
        return;
    const QString shown = m_status->text(); // what the save said, as shown
    m_limitsReader->readLimits(account, m_http, [this, account, said, shown](std::optional<PlatformLimits> limits) {
        if (!limits || !keepLimits(account, account, *limits))
            return;
        // Said only while nothing newer is: the user may have gone on to another account.
        if (m_status->text() == shown)
            say(true, said + u' '
                    + tr("Its server takes up to %Ln characters per post; Almanac counts by that.", nullptr,
                         limits->maxCharacters));
    });
}

bool AccountsDialog::keepLimits(const Integration &stored, const Integration &readFrom, const PlatformLimits &limits)
{
    IntegrationRepository integrations(m_database.connection());
    const std::optional<Integration> now = integrations.find(stored.id);
    // Only if the account is still on the server that said them (it may have
    // moved while the answer came), and they are news.
    if (!now || limitsKey(*now) != limitsKey(readFrom) || now->limits == limits)
        return false;
    if (auto r = integrations.setLimits(stored.id, limits); !r) {
        say(false, tr("%1 was saved, but its server's limits were not: %2").arg(now->name, r.error()));
        return false;
    }
    Q_EMIT changed(); // the list and what the user typed stay as they are: only the limits' line follows
    if (const std::optional<Integration> shown = selected(); shown && shown->id == stored.id)
        showLimits();
    return true;
}

} // namespace Almanac
