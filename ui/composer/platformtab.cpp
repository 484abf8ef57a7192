// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/platformtab.h"

#include "models/domain/platform.h"
#include "models/domain/settingwords.h"
#include "models/domain/textlength.h"
#include "models/domain/threadtext.h"
#include "ui/calendar/calendarstyle.h"
#include "ui/composer/postpreview.h"
#include "ui/composer/threadeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Almanac {

PlatformTab::PlatformTab(const Platform &platform, QWidget *parent)
    : QWidget(parent)
    , m_platform(platform)
    , m_override(new QCheckBox(tr("Write a different te&xt for %1").arg(platform.displayName)))
    , m_text(new QPlainTextEdit)
    , m_editors(new QStackedWidget)
    , m_counter(new QLabel)
    , m_limitNote(new QLabel)
    , m_errors(new QLabel)
    , m_preview(new PostPreview(platform))
{
    const QString id = platform.id;
    setObjectName(QStringLiteral("tab_%1").arg(id));
    m_override->setObjectName(QStringLiteral("override_%1").arg(id));
    m_text->setObjectName(QStringLiteral("text_%1").arg(id));
    m_text->setAccessibleName(tr("Text for %1").arg(platform.displayName));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_counter->setObjectName(QStringLiteral("counter_%1").arg(id));
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_limitNote->setObjectName(QStringLiteral("limitNote_%1").arg(id));
    m_limitNote->setWordWrap(true);
    m_limitNote->setForegroundRole(QPalette::PlaceholderText);
    m_limitNote->hide();
    m_errors->setObjectName(QStringLiteral("error_%1").arg(id));
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(CalendarStyle::errorStyleSheet());
    m_errors->hide();

    auto *editor = new QWidget;
    auto *left = new QVBoxLayout(editor);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_override);
    m_editors->addWidget(m_text);
    left->addWidget(m_editors, 1);
    auto *counterRow = new QHBoxLayout;
    if (platform.supportsThreads) {
        m_thread = new ThreadEditor(platform);
        m_editors->addWidget(m_thread);
        connect(m_thread, &ThreadEditor::changed, this, &PlatformTab::changed);
        connect(m_thread, &ThreadEditor::joinRequested, this, &PlatformTab::joinThread);
        m_split = new QPushButton(tr("Split into T&hread"));
        m_split->setObjectName(QStringLiteral("split_%1").arg(id));
        m_split->setToolTip(tr("Make %1's text a thread of numbered posts that each fit its limit. The other "
                               "platforms keep one post.")
                                .arg(platform.displayName));
        counterRow->addWidget(m_split);
        counterRow->addWidget(m_thread->buttons());
        m_thread->buttons()->hide();
        connect(m_split, &QPushButton::clicked, this, &PlatformTab::splitIntoThread);
    }
    counterRow->addWidget(m_counter, 1);
    left->addLayout(counterRow);
    left->addWidget(m_limitNote);
    left->addWidget(m_errors);
    if (!platform.openPostSettings.isEmpty() || !platform.localSettings.isEmpty()) {
        m_settingsBox = new QGroupBox(tr("%1 settings").arg(platform.displayName));
        m_settingsForm = new QFormLayout(m_settingsBox);
        buildSettings(m_settingsForm);
        left->addWidget(m_settingsBox);
    }

    auto *previewColumn = new QWidget;
    auto *right = new QVBoxLayout(previewColumn);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(new QLabel(tr("<b>Preview</b>")));
    // A long thread with pictures scrolls rather than squeezing its parts onto each other.
    auto *previewScroll = new QScrollArea;
    previewScroll->setWidget(m_preview);
    previewScroll->setWidgetResizable(true);
    previewScroll->setFrameShape(QFrame::NoFrame);
    previewScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    right->addWidget(previewScroll, 1);
    previewColumn->setMinimumWidth(fontMetrics().averageCharWidth() * 42); // a post as wide as a phone shows it

    auto *split = new QSplitter;
    split->addWidget(editor);
    split->addWidget(previewColumn);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_override, &QCheckBox::toggled, this, [this](bool own) {
        m_text->setReadOnly(!own);
        m_showingBase = !own;
        if (!own) {
            showText(QString()); // the base text is one post here; a thread is this platform's own
            m_text->setPlainText(m_base);
        } else {
            m_text->setFocus();
        }
        Q_EMIT changed();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_showingBase)
            Q_EMIT changed();
    });
}

void PlatformTab::buildSettings(QFormLayout *form)
{
    for (const SettingField &field : m_platform.openPostSettings + m_platform.localSettings) {
        QWidget *editor = nullptr;
        switch (field.type) {
        case SettingType::Enum:
        case SettingType::Boolean: {
            auto *combo = new QComboBox;
            // Where Almanac decides what holds, the first entry says what that is.
            const QString byDefault = field.byDefault.isEmpty() ? QString()
                : field.type == SettingType::Boolean         ? (field.byDefault == u"true" ? tr("Yes") : tr("No"))
                                                             : SettingWords::valueLabel(field, field.byDefault);
            combo->addItem(byDefault.isEmpty() ? tr("(default)") : tr("(default: %1)").arg(byDefault), QString());
            if (field.type == SettingType::Boolean) {
                combo->addItem(tr("Yes"), true);
                combo->addItem(tr("No"), false);
            } else {
                for (const QString &value : field.enumValues) { // as words; the service's key in the tooltip
                    combo->addItem(SettingWords::valueLabel(field, value), value);
                    combo->setItemData(combo->count() - 1, value, Qt::ToolTipRole);
                }
            }
            connect(combo, &QComboBox::currentIndexChanged, this, &PlatformTab::changed);
            editor = combo;
            break;
        }
        default: {
            auto *line = new QLineEdit;
            if (field.type == SettingType::TextList)
                line->setPlaceholderText(tr("comma-separated"));
            else if (field.type == SettingType::Url)
                line->setPlaceholderText(QStringLiteral("https://"));
            connect(line, &QLineEdit::textChanged, this, &PlatformTab::changed);
            editor = line;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("setting_%1_%2").arg(m_platform.id, field.name));
        editor->setToolTip(field.name); // the key a CSV file or the service uses
        form->addRow(tr("%1:").arg(SettingWords::label(field)), editor);
        if (m_platform.openPostSetting(field.name) == nullptr)
            m_localEditors.append(editor);
        m_settings.insert(field.name, editor);
    }
}

void PlatformTab::setBaseText(const QString &text)
{
    m_base = text;
    if (m_showingBase && m_text->toPlainText() != text)
        m_text->setPlainText(text);
}

QString PlatformTab::overrideText() const
{
    if (!m_override->isChecked())
        return QString();
    return isThread() ? ThreadText::join(m_thread->parts()) : m_text->toPlainText();
}

void PlatformTab::setOverrideText(const QString &text)
{
    m_override->setChecked(!text.isEmpty());
    if (!text.isEmpty())
        showText(text);
}

QString PlatformTab::effectiveText() const
{
    return m_override->isChecked() ? overrideText() : m_base;
}

void PlatformTab::setLocalSettingsShown(bool shown)
{
    for (QWidget *editor : std::as_const(m_localEditors))
        m_settingsForm->setRowVisible(editor, shown);
    if (m_settingsBox)
        m_settingsBox->setVisible(shown || !m_platform.openPostSettings.isEmpty());
}

bool PlatformTab::isThread() const
{
    return m_thread && m_editors->currentWidget() == m_thread;
}

void PlatformTab::showText(const QString &text)
{
    const QStringList parts = ThreadText::parts(text);
    const bool thread = m_thread && parts.size() > 1;
    if (thread)
        m_thread->setParts(parts);
    else
        m_text->setPlainText(text);
    m_editors->setCurrentWidget(thread ? static_cast<QWidget *>(m_thread) : m_text);
    if (m_split) {
        m_split->setVisible(!thread);
        m_thread->buttons()->setVisible(thread);
    }
}

QJsonObject PlatformTab::settings() const
{
    QJsonObject out;
    for (const SettingField &field : m_platform.openPostSettings + m_platform.localSettings) {
        QWidget *editor = m_settings.value(field.name);
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const QVariant value = combo->currentData();
            if (value.typeId() == QMetaType::Bool)
                out.insert(field.name, value.toBool());
            else if (!value.toString().isEmpty())
                out.insert(field.name, value.toString());
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            const QString text = line->text().trimmed();
            if (text.isEmpty())
                continue;
            if (field.type == SettingType::TextList) {
                QJsonArray items;
                for (const QString &item : text.split(u',', Qt::SkipEmptyParts))
                    items.append(item.trimmed());
                out.insert(field.name, items);
            } else {
                out.insert(field.name, text);
            }
        }
    }
    return out;
}

void PlatformTab::setSettings(const QJsonObject &settings)
{
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
        QWidget *editor = m_settings.value(it.key());
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const int index = it.value().isBool() ? combo->findData(it.value().toBool())
                                                  : combo->findData(it.value().toString());
            combo->setCurrentIndex(qMax(0, index));
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            QStringList items;
            if (it.value().isArray())
                for (const QJsonValue &v : it.value().toArray())
                    items.append(v.toString());
            line->setText(it.value().isArray() ? items.join(QStringLiteral(", ")) : it.value().toVariant().toString());
        }
    }
}

void PlatformTab::setLimitNote(const QString &note)
{
    m_limitNote->setText(note);
    m_limitNote->setVisible(!note.isEmpty());
}

void PlatformTab::refresh(const QString &postType, const PreviewAuthor &author, const QList<MediaRef> &media)
{
    const QString text = effectiveText().trimmed();
    const QStringList parts = ThreadText::partsToPublish(m_platform.supportsThreads, postType, text);
    QStringList counts;
    m_overLimit = false;
    bool overBytes = false;
    for (const QString &part : parts) {
        const QByteArray utf8 = part.toUtf8();
        const int length = TextLength::measure(m_platform, utf8);
        // Bluesky also caps the bytes: a text of emoji can be 120 characters and too long.
        const bool tooManyBytes = m_platform.isOverBytes(utf8.size());
        m_overLimit = m_overLimit || length > m_platform.textLimit || tooManyBytes;
        overBytes = overBytes || tooManyBytes;
        counts.append(tooManyBytes ? tr("%1 / %2 · %3 / %4 bytes").arg(length).arg(m_platform.textLimit).arg(utf8.size()).arg(m_platform.byteLimit)
                                   : QStringLiteral("%1 / %2").arg(length).arg(m_platform.textLimit));
    }
    // A thread's parts have their own counts: here, how many posts it makes.
    m_counter->setText(isThread() ? tr("%Ln post(s) in the thread", nullptr, int(parts.size()))
                                  : counts.join(QStringLiteral(" · ")));
    m_counter->setProperty("overLimit", m_overLimit);
    m_counter->setStyleSheet(m_overLimit ? QStringLiteral("color: #d73027; font-weight: bold") : QString());
    m_counter->setToolTip(overBytes    ? tr("Too long for %1: it accepts at most %2 characters and %3 bytes per post.")
                                               .arg(m_platform.displayName)
                                               .arg(m_platform.textLimit)
                                               .arg(m_platform.byteLimit)
                          : m_overLimit ? tr("Too long for %1: it accepts at most %2 characters per post, counted as %1 "
                                             "counts them.")
                                              .arg(m_platform.displayName)
                                              .arg(m_platform.textLimit)
                                        : QString());
    QList<MediaRef> mine;
    for (const MediaRef &m : media)
        if (m.platform.isEmpty() || m.platform == m_platform.id)
            mine.append(m);
    m_preview->show(author, parts, mine, settings().value(u"link_card").toBool(true));
}

void PlatformTab::setIssues(const QStringList &errors, const QStringList &warnings)
{
    QStringList lines;
    for (const QString &e : errors)
        lines.append(tr("The text %1").arg(e));
    for (const QString &w : warnings)
        lines.append(tr("Note: %1").arg(w));
    m_errors->setText(lines.join(u'\n'));
    m_errors->setVisible(!lines.isEmpty());
}

void PlatformTab::splitIntoThread()
{
    QStringList parts = ThreadText::split(ThreadText::parts(effectiveText()).join(u' '), m_platform);
    if (parts.size() < 2) // a text that fits: a thread of it and an empty second post to write
        parts.append(QString());
    m_override->setChecked(true);
    m_showingBase = false;
    m_thread->setParts(parts);
    m_editors->setCurrentWidget(m_thread);
    m_split->hide();
    m_thread->buttons()->show();
    Q_EMIT changed();
}

void PlatformTab::joinThread()
{
    const QString whole = m_thread->parts().join(QStringLiteral("\n\n"));
    showText(QString());
    m_text->setPlainText(whole);
    m_text->setFocus();
    Q_EMIT changed();
}

} // namespace Almanac
