// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace Almanac {

struct Platform;

// A thread edited as its parts: one box per post of the thread, each with its
// own count against the platform's limit. Parts are added at the end, merged
// into the part above (nothing typed is thrown away), or joined back into one
// post.
class ThreadEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ThreadEditor(const Platform &platform, QWidget *parent = nullptr);

    void setParts(const QStringList &parts);
    // The parts as written; empty parts are left out.
    QStringList parts() const;
    int partCount() const { return int(m_parts.size()); }
    // "Add Part" and "Make One Post", for the owner to place beside its counter.
    QWidget *buttons() const { return m_buttons; }

Q_SIGNALS:
    void changed();
    // "Make One Post": the parts become one text again.
    void joinRequested();

private:
    struct Part
    {
        QWidget *box;
        QLabel *title;
        QLabel *counter;
        QPlainTextEdit *text;
        QPushButton *merge;
    };
    void addPart(const QString &text);
    void mergeIntoPrevious(int index);
    // Numbers, counts and names each part after a change of their number.
    void renumber();
    void count(const Part &part);

    const Platform &m_platform;
    QVBoxLayout *m_list;
    QWidget *m_buttons;
    QList<Part> m_parts;
};

} // namespace Almanac
