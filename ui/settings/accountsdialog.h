// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/integration.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Almanac {

class HttpClient;

class Database;
class Publisher;
class SecretStore;

// The accounts Almanac publishes to itself (Bluesky, Mastodon, webhooks,
// Discord, Slack): add one or change one, its secret going straight into the
// keychain, and test the connection with what the form holds before saving.
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(Database &database, SecretStore *secrets, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    void testConnection();
    void save();
    // Removes the account (IntegrationRepository::remove) and its secret; without asking (tests).
    void removeAccount(const QString &id);

Q_SIGNALS:
    // An account was added or changed.
    void changed();
    // "X, Instagram, LinkedIn…": those go through a hosted scheduler.
    void hostedSchedulersRequested();

private:
    static QString intro(); // what the status line says until something happens
    void reload(const QString &select = {});
    void showAccount();      // the selected account in the form, or an empty one for a new account
    // An empty form for a new account of `platform`, focused where the user starts.
    void startNew(const QString &platform);
    // What can be connected, first: one button per platform, and the hosted schedulers.
    QWidget *connectStrip();
    void askAndRemove();
    void adaptFormToKind();  // which fields and labels the chosen kind has
    void showLimits();       // the selected account's limits, where its server sets them
    QString kind() const;
    std::optional<Integration> selected() const;
    Integration fromForm() const;
    QString validate(const Integration &account, bool isNew) const; // empty when it can be saved
    void say(bool ok, const QString &message);
    // Which server a test's limits came from: the platform and its URL.
    static QString limitsKey(const Integration &account);
    // After a save without a test: the limits the account's server sets, read
    // and kept with it (Mastodon's instance says its own); `said` is what the save said.
    void readLimits(const Integration &account, const QString &said);
    // Keeps limits `readFrom`'s server said with the stored account `stored`,
    // if it is still on that server; true when they were new and kept.
    bool keepLimits(const Integration &stored, const Integration &readFrom, const PlatformLimits &limits);

    Database &m_database;
    SecretStore *m_secrets;
    HttpClient *m_http; // Test Connection goes through the front door too
    std::unique_ptr<Publisher> m_tester; // alive while a test runs
    std::unique_ptr<Publisher> m_limitsReader; // alive while a saved account's limits are read
    QListWidget *m_accounts;
    QComboBox *m_kind;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QLineEdit *m_handle;
    QLineEdit *m_url;
    QLineEdit *m_secret;
    QLabel *m_hint;
    QLabel *m_limits; // a Mastodon account's limits, as its instance said them
    QLabel *m_status;
    QPushButton *m_remove = nullptr;
    QPushButton *m_test;
    QPushButton *m_save;
    std::pair<QString, PlatformLimits> m_testedLimits; // the last test's server (limitsKey) and what it allows
};

} // namespace Almanac
