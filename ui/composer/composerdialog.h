// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/integration.h"
#include "models/domain/post.h"
#include "models/domain/wallclock.h"
#include "ui/composer/postpreview.h"

#include <QDialog>
#include <QMap>

#include <QSet>

#include <deque>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace Almanac {

class Database;
class DeliveryStatus;
class MediaStrip;
class PlatformTab;
struct RowVerdict;

// Writes one post for every chosen account at once: a base text, a tab per
// platform with its own text, counter, settings and preview, media, a thread
// when the text is long, and a time in the user's zone. The post is judged by
// the same PostRules as a CSV row, live, and each error is shown next to its
// field. Saving is one undoable transaction.
class ComposerDialog final : public QDialog
{
    Q_OBJECT

public:
    ComposerDialog(Database &database, QUndoStack *undoStack, const QTimeZone &zone, QWidget *parent = nullptr);

    // A new post at a UTC instant, for every connected account.
    void startNew(qint64 scheduledAt);
    void edit(const Post &post);
    // The post as the fields describe it now.
    Post post() const;
    bool isEditing() const { return m_original.has_value(); }
    // Something differs from what the composer opened with (a copy is new work).
    bool hasChanges() const;
    // Escape and Cancel: close at once when nothing changed, else ask (Save
    // Draft, Discard, Keep Editing).
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void saved(const QString &postId);
    void message(const QString &text);
    // The user chose to send one failed destination of the post again.
    void sendAgainRequested(const QString &postId, const QString &integrationId);
    // No account is connected, and the user asked to connect one.
    void connectAccountRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum class Action { SaveDraft, Schedule, PublishNow };
    void buildAccounts();
    // The user's choice for a failed destination: send it again, or it went out.
    void deliveryChoice(const QString &integrationId, bool wentOut);
    void syncTabs();
    void revalidate();
    void showWallClockGap();
    void showIssues(const RowVerdict &verdict);
    void save(Action action);
    void duplicate();
    // Says where an opened post went and why a destination failed; makes a post
    // that went out read-only (its copy can be edited: Duplicate as New Post).
    void showDelivery(const Post &post);
    // A post that went out is read-only (false); its copy is editable again (true).
    void setEditable(bool editable);
    void remove();
    void setScheduledAt(qint64 utc);
    qint64 scheduledAt() const;
    QStringList checkedIntegrations() const;
    const Platform &limitedPlatform(const Platform &platform);
    QString limitNote(const Platform &platform) const;

    Database &m_database;
    QUndoStack *m_undo;
    WallClock m_clock;
    QList<Integration> m_integrations;
    std::deque<Platform> m_limitedPlatforms; // the tabs' platforms as accounts' servers limit them
    std::optional<Post> m_original;
    Post m_pristine; // the fields as opened, for hasChanges()
    bool m_loading = false;
    bool m_textTouched = false; // the user wrote in (or cleared) the shared text
    bool m_saving = false;    // a save is under way: a second press does nothing
    bool m_goneOut = false;   // the post is published or publishing: it opens read-only

    QListWidget *m_accounts;
    QLabel *m_accountsError;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_base;
    QLabel *m_baseCounter;
    QLabel *m_baseError;
    QComboBox *m_type;
    QLabel *m_typeError;
    QLineEdit *m_tags;
    QDateTimeEdit *m_when;
    QLabel *m_zone;
    QLabel *m_whenError;
    QLabel *m_whenNote;
    QCheckBox *m_noDate;
    MediaStrip *m_media;
    QLabel *m_mediaError;
    QPushButton *m_saveDraft;
    QPushButton *m_schedule;
    QPushButton *m_publishNow;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    DeliveryStatus *m_delivery; // where the post went, and the choices for a failed destination
    QMap<QString, PlatformTab *> m_platformTabs; // by platform id
};

} // namespace Almanac
