// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/threadeditor.h"

#include "models/domain/platform.h"
#include "models/domain/textlength.h"
#include "ui/calendar/calendarstyle.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Almanac {

ThreadEditor::ThreadEditor(const Platform &platform, QWidget *parent)
    : QWidget(parent)
    , m_platform(platform)
    , m_list(new QVBoxLayout)
    , m_buttons(new QWidget)
{
    setObjectName(QStringLiteral("thread_%1").arg(platform.id));
    auto *listWidget = new QWidget;
    m_list->setContentsMargins(0, 0, 0, 0);
    auto *listLayout = new QVBoxLayout(listWidget);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(m_list);
    listLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(listWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *add = new QPushButton(tr("Add &Part"));
    add->setObjectName(QStringLiteral("addPart_%1").arg(platform.id));
    connect(add, &QPushButton::clicked, this, [this] {
        addPart(QString());
        renumber();
        m_parts.last().text->setFocus();
        Q_EMIT changed();
    });
    auto *join = new QPushButton(tr("Make &One Post"));
    join->setObjectName(QStringLiteral("joinThread_%1").arg(platform.id));
    join->setToolTip(tr("Join the parts into one post for %1.").arg(platform.displayName));
    connect(join, &QPushButton::clicked, this, &ThreadEditor::joinRequested);
    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(add);
    buttons->addWidget(join);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
}

void ThreadEditor::setParts(const QStringList &parts)
{
    while (!m_parts.isEmpty())
        delete m_parts.takeLast().box;
    for (const QString &part : parts)
        addPart(part);
    if (m_parts.isEmpty())
        addPart(QString());
    renumber();
}

QStringList ThreadEditor::parts() const
{
    QStringList out;
    for (const Part &part : m_parts)
        if (const QString text = part.text->toPlainText().trimmed(); !text.isEmpty())
            out.append(text);
    return out;
}

void ThreadEditor::addPart(const QString &text)
{
    Part part;
    part.box = new QWidget;
    part.title = new QLabel;
    part.counter = new QLabel;
    part.counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    part.text = new QPlainTextEdit(text);
    part.text->setTabChangesFocus(true);
    part.text->setFixedHeight(part.text->fontMetrics().lineSpacing() * 3 + 12);
    part.merge = new QPushButton(tr("Merge Up"));
    part.merge->setToolTip(tr("Move this part's text to the end of the part above, and remove this part."));
    auto *header = new QHBoxLayout;
    header->addWidget(part.title);
    header->addWidget(part.counter, 1);
    header->addWidget(part.merge);
    auto *box = new QVBoxLayout(part.box);
    box->setContentsMargins(0, 0, 0, 4);
    box->addLayout(header);
    box->addWidget(part.text);
    m_list->addWidget(part.box);
    QPlainTextEdit *edit = part.text;
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
        for (const Part &p : std::as_const(m_parts))
            if (p.text == edit)
                count(p);
        Q_EMIT changed();
    });
    QPushButton *merge = part.merge;
    connect(merge, &QPushButton::clicked, this, [this, merge] {
        for (int i = 0; i < m_parts.size(); ++i)
            if (m_parts.at(i).merge == merge)
                return mergeIntoPrevious(i);
    });
    m_parts.append(part);
}

void ThreadEditor::mergeIntoPrevious(int index)
{
    if (index <= 0 || index >= m_parts.size())
        return;
    const Part gone = m_parts.takeAt(index);
    QPlainTextEdit *above = m_parts.at(index - 1).text;
    const QString moved = gone.text->toPlainText().trimmed();
    if (!moved.isEmpty()) {
        const QString kept = above->toPlainText().trimmed();
        above->setPlainText(kept.isEmpty() ? moved : kept + u'\n' + moved);
    }
    gone.box->hide(); // gone at once; deleted once its button's click is over
    gone.box->deleteLater();
    renumber();
    above->setFocus();
    above->moveCursor(QTextCursor::End);
    Q_EMIT changed();
}

void ThreadEditor::renumber()
{
    const int total = int(m_parts.size());
    for (int i = 0; i < total; ++i) {
        const Part &part = m_parts.at(i);
        part.title->setText(tr("<b>Post %1 of %2</b>").arg(i + 1).arg(total));
        part.text->setObjectName(QStringLiteral("threadPart_%1_%2").arg(m_platform.id).arg(i));
        part.text->setAccessibleName(tr("Post %1 of the thread on %2").arg(i + 1).arg(m_platform.displayName));
        part.merge->setObjectName(QStringLiteral("mergePart_%1_%2").arg(m_platform.id).arg(i));
        part.merge->setVisible(i > 0);
        count(part);
    }
}

void ThreadEditor::count(const Part &part)
{
    const int length = TextLength::measure(m_platform, part.text->toPlainText().trimmed().toUtf8());
    const bool over = length > m_platform.textLimit;
    part.counter->setText(QStringLiteral("%1 / %2").arg(length).arg(m_platform.textLimit));
    part.counter->setStyleSheet(over ? CalendarStyle::errorStyleSheet() + QStringLiteral("; font-weight: bold")
                                     : QString());
    part.counter->setToolTip(over ? tr("Too long for %1: it accepts at most %2 characters per post.")
                                        .arg(m_platform.displayName)
                                        .arg(m_platform.textLimit)
                                  : QString());
}

} // namespace Almanac
