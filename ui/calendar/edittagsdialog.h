// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace Almanac {

// Edit > Edit Tags: tags to add to and to take off the selected posts. The
// tags already in use are offered: a click adds one to the Add field.
class EditTagsDialog final : public QDialog
{
    Q_OBJECT

public:
    EditTagsDialog(int postCount, const QStringList &tagsInUse, QWidget *parent = nullptr);
    QStringList tagsToAdd() const;
    QStringList tagsToRemove() const;
    // Tags as typed: separated by commas, semicolons or spaces, a leading # dropped, each once.
    static QStringList splitTags(const QString &text);

private:
    QLineEdit *m_add;
    QLineEdit *m_remove;
};

} // namespace Almanac
