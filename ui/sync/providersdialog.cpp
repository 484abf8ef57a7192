// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/providersdialog.h"

#include "ui/mainwindow/appearance.h"
#include "app/net/httpclient.h"
#include "app/secrets/secretstore.h"
#include "app/sync/syncengine.h"
#include "models/domain/platform.h"
#include "models/store/database.h"
#include "models/store/integrationrepository.h"
#include "models/store/providerrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Almanac {

ProvidersDialog::ProvidersDialog(Database &database, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_http(new HttpClient(this))
    , m_providers(new QListWidget)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_baseUrl(new QLineEdit)
    , m_rateLimit(new QSpinBox)
    , m_teamId(new QLineEdit)
    , m_key(new QLineEdit)
    , m_status(new QLabel)
    , m_test(new QPushButton(tr("&Test Connection")))
    , m_setKey(new QPushButton(tr("&Set API Key…")))
    , m_remote(new QTableWidget)
{
    setObjectName(QStringLiteral("providersDialog"));
    setWindowTitle(tr("Hosted Schedulers"));
    Appearance::fitToScreen(this, QSize(760, 560));
    m_providers->setObjectName(QStringLiteral("providerList"));
    m_providers->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("providerName"));
    m_name->setPlaceholderText(tr("agency"));
    m_kind->setObjectName(QStringLiteral("providerKind"));
    for (const QString &provider : providerNames())
        if (provider != u"local")
            m_kind->addItem(providerDisplayName(provider), provider);
    m_baseUrl->setObjectName(QStringLiteral("providerBaseUrl"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.openpost.so"));
    m_rateLimit->setObjectName(QStringLiteral("providerRateLimit"));
    m_rateLimit->setRange(1, 100000);
    m_rateLimit->setValue(300);
    m_rateLimit->setSuffix(tr(" requests a minute"));
    m_teamId->setObjectName(QStringLiteral("providerTeam"));
    m_teamId->setPlaceholderText(tr("bundle.social only"));
    m_key->setObjectName(QStringLiteral("providerKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("stored in the system keychain, never in Almanac's files"));
    m_status->setObjectName(QStringLiteral("providerStatus"));
    m_status->setWordWrap(true);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_setKey->setObjectName(QStringLiteral("setProviderKeyButton"));
    m_setKey->setToolTip(tr("Store the account's API key again: one that was never stored, mistyped, or replaced "
                            "at the provider"));
    m_remote->setObjectName(QStringLiteral("remoteAccounts"));
    m_remote->setAccessibleName(tr("Accounts at the provider"));
    m_remote->setColumnCount(3);
    m_remote->setHorizontalHeaderLabels({tr("Remote account"), tr("Platform"), QString()});
    m_remote->verticalHeader()->hide();
    m_remote->horizontalHeader()->setStretchLastSection(true);
    m_remote->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *add = new QPushButton(tr("&Add Provider"));
    add->setObjectName(QStringLiteral("addProviderButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Rate limit:"), m_rateLimit);
    form->addRow(tr("T&eam:"), m_teamId);
    form->addRow(tr("API ke&y:"), m_key);
    form->addRow(QString(), add);
    auto *addBox = new QGroupBox(tr("Add a provider"));
    addBox->setLayout(form);
    auto *left = new QVBoxLayout;
    auto *providersLabel = new QLabel(tr("Providers:"));
    providersLabel->setBuddy(m_providers);
    m_providers->setAccessibleName(providersLabel->text()); // a list takes no name from its buddy
    left->addWidget(providersLabel);
    left->addWidget(m_providers, 1);
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_test);
    accountButtons->addWidget(m_setKey);
    left->addLayout(accountButtons);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addWidget(addBox, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_remote, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ProvidersDialog::save);
    connect(m_test, &QPushButton::clicked, this, &ProvidersDialog::testConnection);
    connect(m_setKey, &QPushButton::clicked, this, &ProvidersDialog::setKeyOfSelected);
    connect(m_providers, &QListWidget::currentRowChanged, this, [this] {
        m_test->setEnabled(!selectedProvider().isEmpty());
        m_setKey->setEnabled(m_test->isEnabled());
        m_remote->setRowCount(0);
        m_status->setText(tr("Test the connection to list the provider's accounts, then add the ones to post to."));
    });
    reload();
    if (m_status->text().isEmpty())
        m_status->setText(tr("Add the account you have at a hosted scheduler; Almanac then syncs the posts of the "
                             "integrations that go through it."));
}

void ProvidersDialog::reload()
{
    const QString keep = selectedProvider();
    m_providers->clear();
    for (const ProviderAccount &a : ProviderRepository(m_database.connection()).list()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(a.name, a.baseUrl), m_providers);
        item->setData(Qt::UserRole, a.name);
        if (a.name == keep)
            m_providers->setCurrentItem(item);
    }
    if (!m_providers->currentItem() && m_providers->count())
        m_providers->setCurrentRow(0);
    if (m_providers->count() == 0) { // a blank list says nothing: say what to do
        auto *none = new QListWidgetItem(tr("None yet. Fill in \"Add a provider\" with the account you have at "
                                            "OpenPost, PostEverywhere or bundle.social."),
                                         m_providers);
        none->setFlags(Qt::NoItemFlags);
        none->setData(Qt::ToolTipRole, none->text());
    }
    m_test->setEnabled(!selectedProvider().isEmpty());
    m_setKey->setEnabled(m_test->isEnabled());
}

QString ProvidersDialog::selectedProvider() const
{
    return m_providers->currentItem() ? m_providers->currentItem()->data(Qt::UserRole).toString() : QString();
}

void ProvidersDialog::save()
{
    ProviderAccount account;
    account.name = m_name->text().trimmed();
    account.kind = m_kind->currentData().toString();
    account.baseUrl = m_baseUrl->text().trimmed();
    account.rateLimit = m_rateLimit->value();
    account.teamId = m_teamId->text().trimmed();
    if (m_key->text().isEmpty()) {
        m_status->setText(tr("Enter the provider's API key; it goes into the system keychain."));
        return;
    }
    if (auto r = ProviderRepository(m_database.connection()).add(account); !r) {
        m_status->setText(r.error());
        return;
    }
    const QString mode = keyMode(m_key->text());
    if (auto r = m_secrets->setProviderKey(account.name, m_key->text()); !r)
        m_status->setText(tr("The provider was added, but its key was not stored: %1").arg(r.error()));
    else
        m_status->setText(tr("Added %1. Test the connection to see its accounts.").arg(account.name) + mode);
    m_key->clear();
    m_name->clear();
    reload();
    for (int i = 0; i < m_providers->count(); ++i)
        if (m_providers->item(i)->data(Qt::UserRole).toString() == account.name)
            m_providers->setCurrentRow(i);
    Q_EMIT changed();
}

void ProvidersDialog::setKeyOfSelected()
{
    const QString name = selectedProvider();
    if (name.isEmpty())
        return;
    bool entered = false;
    const QString key = QInputDialog::getText(this, tr("API Key of %1").arg(name),
                                              tr("The API key of %1. It goes into the system keychain, in the place "
                                                 "of the one there, if any:")
                                                  .arg(name),
                                              QLineEdit::Password, QString(), &entered)
                            .trimmed();
    if (!entered)
        return;
    if (key.isEmpty()) {
        m_status->setText(tr("No key was entered: the keychain keeps what it had for %1.").arg(name));
        return;
    }
    if (auto r = m_secrets->setProviderKey(name, key); !r) {
        m_status->setText(tr("The key of %1 was not stored: %2").arg(name, r.error()));
        return;
    }
    m_status->setText(tr("The key of %1 is in the system keychain. Test the connection to check it.").arg(name)
                      + keyMode(key));
    Q_EMIT keyChanged(); // sync reads it at once
    Q_EMIT changed();
}

QString ProvidersDialog::keyMode(const QString &key)
{
    // OpenPost's keys say their mode (seed 004): a test key publishes nothing for real.
    if (key.startsWith(QLatin1String("op_test_")))
        return tr(" It is a test key: nothing is published for real with it.");
    if (key.startsWith(QLatin1String("op_live_")))
        return tr(" It is a live key: posts go out for real.");
    return {};
}

void ProvidersDialog::testConnection()
{
    const std::optional<ProviderAccount> account = ProviderRepository(m_database.connection()).find(selectedProvider());
    if (!account)
        return;
    const std::shared_ptr<SyncProvider> provider = makeSyncProvider(*account);
    const std::optional<HttpCall> call = provider ? provider->testCall() : std::nullopt;
    if (!call) {
        m_status->setText(tr("%1's API has no read-only call to test with; the key is checked at the first sync.").arg(account->name));
        return;
    }
    const Result<QString> key = m_secrets->providerKey(account->name);
    if (!key) {
        m_status->setText(key.error());
        return;
    }
    HttpRequest request;
    request.url = QUrl(account->baseUrl + call->path);
    request.method = call->method;
    provider->authorize(request, key.value());
    request.transferTimeoutMs = 15000;
    request.deadlineMs = 30000;
    m_status->setText(tr("Connecting to %1…").arg(account->baseUrl));
    m_test->setEnabled(false);
    m_http->send(std::move(request), [this, provider, name = account->name](const HttpResponse &reply) {
        m_test->setEnabled(true);
        const HttpReply r = HttpReply::from(reply);
        if (r.status < 200 || r.status >= 300) {
            m_status->setText(tr("%1 did not accept the connection: %2")
                                  .arg(name, r.status ? SyncProvider::unsuccessful(r).message : r.networkError));
            return;
        }
        const QList<std::pair<QString, QString>> accounts = provider->remoteAccounts(r.body);
        m_status->setText(accounts.isEmpty() ? tr("Connected to %1.").arg(name)
                                             : tr("Connected to %1: %Ln account(s). Add the ones to post to.", nullptr,
                                                  int(accounts.size())).arg(name));
        m_remote->setRowCount(int(accounts.size()));
        const QList<Integration> local = IntegrationRepository(m_database.connection()).list();
        for (int i = 0; i < accounts.size(); ++i) {
            const QString id = accounts.at(i).first;
            const QString platform = accounts.at(i).second;
            m_remote->setItem(i, 0, new QTableWidgetItem(id));
            const Platform *p = PlatformCatalog::find(platform);
            auto *platformItem = new QTableWidgetItem(p ? p->displayName : platform);
            platformItem->setData(Qt::UserRole, platform);
            m_remote->setItem(i, 1, platformItem);
            const bool mapped = std::any_of(local.cbegin(), local.cend(), [&](const Integration &in) {
                return in.providerAccount == name && in.remoteId == id;
            });
            auto *addButton = new QPushButton(mapped ? tr("Added") : tr("Add"));
            addButton->setObjectName(QStringLiteral("addRemote_%1").arg(i));
            addButton->setEnabled(!mapped && p);
            connect(addButton, &QPushButton::clicked, this, [this, i] { addRemoteAccount(i); });
            m_remote->setCellWidget(i, 2, addButton);
        }
    });
}

void ProvidersDialog::addRemoteAccount(int row)
{
    Integration in;
    in.remoteId = m_remote->item(row, 0)->text();
    const Platform *p = PlatformCatalog::find(m_remote->item(row, 1)->data(Qt::UserRole).toString());
    if (!p)
        return;
    in.platform = p->id;
    in.providerAccount = selectedProvider();
    in.id = QStringLiteral("%1_%2").arg(in.providerAccount, in.remoteId);
    in.name = QStringLiteral("%1 (%2)").arg(p->displayName, in.providerAccount);
    if (auto r = IntegrationRepository(m_database.connection()).add(in); !r) {
        m_status->setText(r.error());
        return;
    }
    if (auto *button = qobject_cast<QPushButton *>(m_remote->cellWidget(row, 2))) {
        button->setText(tr("Added"));
        button->setEnabled(false);
    }
    m_status->setText(tr("Added %1: posts to it now sync through %2.").arg(in.name, in.providerAccount));
    Q_EMIT changed();
}

} // namespace Almanac
