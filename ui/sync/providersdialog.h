// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Almanac {

class HttpClient;

class Database;
class SecretStore;

// Hosted scheduler accounts: add one (kind, base URL, rate limit, team, API key
// into the keychain), set an account's key again, test the connection, and map the remote accounts it lists
// onto local ones (each added as an integration syncing through the provider).
class ProvidersDialog final : public QDialog
{
    Q_OBJECT

public:
    ProvidersDialog(Database &database, SecretStore *secrets, QWidget *parent = nullptr);

    void testConnection();

Q_SIGNALS:
    // A provider account or an integration was added, or a key stored.
    void changed();
    // A provider account's key was stored or replaced (changed() follows).
    void keyChanged();

private:
    void reload();
    void save();
    void addRemoteAccount(int row);
    void setKeyOfSelected(); // a key missing, mistyped or replaced at the provider
    QString selectedProvider() const;
    // What an OpenPost key says of itself (a test or a live key), as a sentence to add.
    static QString keyMode(const QString &key);

    Database &m_database;
    SecretStore *m_secrets;
    HttpClient *m_http; // Test Connection goes through the front door too
    QListWidget *m_providers;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_baseUrl;
    QSpinBox *m_rateLimit;
    QLineEdit *m_teamId;
    QLineEdit *m_key;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_setKey;
    QTableWidget *m_remote;
};

} // namespace Almanac
