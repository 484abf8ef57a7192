// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/keeppostquestion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Almanac::KeepPostQuestion {

Work workOf(bool editing, bool wasScheduled, bool canSchedule)
{
    if (!editing)
        return Work::NewPost;
    if (!wasScheduled)
        return Work::ChangedDraft;
    return canSchedule ? Work::ChangedScheduled : Work::ChangedScheduledInvalid;
}

// The words are the composer's, in its translation context.
void ask(QWidget *composer, Work work, const QString &when, std::function<void()> save, std::function<void()> discard)
{
    if (composer->findChild<QMessageBox *>(QStringLiteral("keepPostBox")))
        return; // already asking
    QString question, saveText;
    switch (work) {
    case Work::NewPost:
        question = QCoreApplication::translate("Almanac::ComposerDialog",
                                               "This post is not saved yet. Save it as a draft before closing?");
        saveText = QCoreApplication::translate("Almanac::ComposerDialog", "Save &Draft");
        break;
    case Work::ChangedDraft:
        question = QCoreApplication::translate("Almanac::ComposerDialog",
                                               "You changed this post. Save the changes as a draft before closing?");
        saveText = QCoreApplication::translate("Almanac::ComposerDialog", "Save &Draft");
        break;
    case Work::ChangedScheduled:
        question = QCoreApplication::translate("Almanac::ComposerDialog",
                                               "You changed this scheduled post. Save the changes? It stays scheduled "
                                               "for %1.")
                       .arg(when);
        saveText = QCoreApplication::translate("Almanac::ComposerDialog", "&Save Changes");
        break;
    case Work::ChangedScheduledInvalid:
        question = QCoreApplication::translate("Almanac::ComposerDialog",
                                               "You changed this scheduled post, and as it is now it cannot go out "
                                               "(the composer says why). Saved as a draft, it comes off the schedule "
                                               "and is not published.");
        saveText = QCoreApplication::translate("Almanac::ComposerDialog", "Save as &Draft");
        break;
    }
    auto *box = new QMessageBox(QMessageBox::Question,
                                QCoreApplication::translate("Almanac::ComposerDialog", "Keep This Post?"), question,
                                QMessageBox::NoButton, composer);
    box->setObjectName(QStringLiteral("keepPostBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *saving = box->addButton(saveText, QMessageBox::AcceptRole);
    saving->setObjectName(QStringLiteral("keepSaveDraft"));
    QPushButton *drop = box->addButton(work == Work::NewPost
                                           ? QCoreApplication::translate("Almanac::ComposerDialog", "Dis&card")
                                           : QCoreApplication::translate("Almanac::ComposerDialog", "Dis&card Changes"),
                                       QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("keepDiscard"));
    QPushButton *keepEditing
        = box->addButton(QCoreApplication::translate("Almanac::ComposerDialog", "&Keep Editing"), QMessageBox::RejectRole);
    keepEditing->setObjectName(QStringLiteral("keepEditing"));
    // Taking a post off the schedule is never what Enter does.
    box->setDefaultButton(work == Work::ChangedScheduledInvalid ? keepEditing : saving);
    box->setEscapeButton(keepEditing);
    QObject::connect(box, &QMessageBox::buttonClicked, composer,
                     [saving, drop, save = std::move(save), discard = std::move(discard)](QAbstractButton *clicked) {
                         if (clicked == saving)
                             save();
                         else if (clicked == drop)
                             discard();
                     });
    box->open();
}

} // namespace Almanac::KeepPostQuestion
