// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/post.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace Almanac {

struct Platform;
class PostPreview;
struct PreviewAuthor;
class ThreadEditor;

// One platform's page of the composer: an optional text of its own (seed 001
// platform_overrides) with a live counter by the platform's counting rule, its
// settings form built from the catalog, its errors, and its preview.
class PlatformTab final : public QWidget
{
    Q_OBJECT

public:
    explicit PlatformTab(const Platform &platform, QWidget *parent = nullptr);

    const Platform &platform() const { return m_platform; }
    // The base text, shown (read-only) while the platform has no text of its own.
    void setBaseText(const QString &text);
    QString overrideText() const; // empty when the platform uses the base text
    void setOverrideText(const QString &text);
    QString effectiveText() const;

    QJsonObject settings() const;
    void setSettings(const QJsonObject &settings);

    // Updates the counter and the preview for the post as it stands.
    void refresh(const QString &postType, const PreviewAuthor &author, const QList<MediaRef> &media);
    void setIssues(const QStringList &errors, const QStringList &warnings);
    bool isOverLimit() const { return m_overLimit; }

    // Settings only Almanac's own publishers read (a Bluesky card, a Mastodon
    // content warning) show while an account Almanac publishes to itself is chosen.
    void setLocalSettingsShown(bool shown);
    // Says under the counter where its limit comes from, when that needs saying; empty: nothing.
    void setLimitNote(const QString &note);
    // Whether this platform's own text is a thread, edited part by part.
    bool isThread() const;

Q_SIGNALS:
    void changed();

private:
    void buildSettings(QFormLayout *form);
    void splitIntoThread();
    void joinThread();
    // Shows the parts editor for a text with parts, else the one text box.
    void showText(const QString &text);

    const Platform &m_platform;
    QString m_base;
    QCheckBox *m_override;
    QPlainTextEdit *m_text;
    QStackedWidget *m_editors;         // m_text, or m_thread for a thread
    ThreadEditor *m_thread = nullptr;  // for platforms that have threads
    QLabel *m_counter;
    QLabel *m_limitNote; // where the limit is the platform's usual one until the account's server is read
    QPushButton *m_split = nullptr;
    QLabel *m_errors;
    PostPreview *m_preview;
    QHash<QString, QWidget *> m_settings; // by setting name
    QGroupBox *m_settingsBox = nullptr;
    QFormLayout *m_settingsForm = nullptr;
    QList<QWidget *> m_localEditors; // the editors of the platform's local settings
    bool m_overLimit = false;
    bool m_showingBase = true;
};

} // namespace Almanac
