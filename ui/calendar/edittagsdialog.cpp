// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/calendar/edittagsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUrl>

namespace Almanac {

EditTagsDialog::EditTagsDialog(int postCount, const QStringList &tagsInUse, QWidget *parent)
    : QDialog(parent)
    , m_add(new QLineEdit)
    , m_remove(new QLineEdit)
{
    setObjectName(QStringLiteral("tagsDialog"));
    setWindowTitle(tr("Edit Tags"));
    m_add->setObjectName(QStringLiteral("addTags"));
    m_add->setPlaceholderText(tr("launch, #q3"));
    m_remove->setObjectName(QStringLiteral("removeTags"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Change the tags of %Ln selected post(s). Separate tags with commas or spaces.",
                               nullptr, postCount)));
    form->addRow(tr("&Add:"), m_add);
    if (!tagsInUse.isEmpty()) {
        QStringList links;
        for (const QString &tag : tagsInUse.mid(0, 24))
            links.append(QStringLiteral("<a href=\"%1\">#%2</a>")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(tag)), tag.toHtmlEscaped()));
        auto *inUse = new QLabel(links.join(QStringLiteral(" · ")));
        inUse->setObjectName(QStringLiteral("tagsInUse"));
        inUse->setWordWrap(true);
        inUse->setTextFormat(Qt::RichText);
        inUse->setToolTip(tr("Click a tag to add it."));
        connect(inUse, &QLabel::linkActivated, this, [this](const QString &link) {
            const QString tag = QUrl::fromPercentEncoding(link.toUtf8());
            QStringList tags = splitTags(m_add->text());
            if (!tags.contains(tag))
                tags.append(tag);
            m_add->setText(tags.join(QStringLiteral(", ")));
        });
        form->addRow(tr("In use:"), inUse);
    }
    form->addRow(tr("&Remove:"), m_remove);
    form->addRow(buttons);
    resize(420, sizeHint().height());
}

QStringList EditTagsDialog::tagsToAdd() const
{
    return splitTags(m_add->text());
}

QStringList EditTagsDialog::tagsToRemove() const
{
    return splitTags(m_remove->text());
}

QStringList EditTagsDialog::splitTags(const QString &text)
{
    QStringList tags;
    for (QString t : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        if (t.startsWith(u'#'))
            t.remove(0, 1);
        if (!t.isEmpty() && !tags.contains(t))
            tags.append(t);
    }
    return tags;
}

} // namespace Almanac
