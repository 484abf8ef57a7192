// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/composer/keeppostquestion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Almanac::KeepPostQuestion {

// The words are the composer's, in its translation context.
void ask(QWidget *composer, bool editing, std::function<void()> saveDraft, std::function<void()> discard)
{
    if (composer->findChild<QMessageBox *>(QStringLiteral("keepPostBox")))
        return; // already asking
    auto *box = new QMessageBox(QMessageBox::Question, QCoreApplication::translate("Almanac::ComposerDialog", "Keep This Post?"),
                                editing ? QCoreApplication::translate("Almanac::ComposerDialog", "You changed this post. Save the changes as a draft before closing?")
                                        : QCoreApplication::translate("Almanac::ComposerDialog", "This post is not saved yet. Save it as a draft before closing?"),
                                QMessageBox::NoButton, composer);
    box->setObjectName(QStringLiteral("keepPostBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *save = box->addButton(QCoreApplication::translate("Almanac::ComposerDialog", "Save &Draft"), QMessageBox::AcceptRole);
    save->setObjectName(QStringLiteral("keepSaveDraft"));
    QPushButton *drop = box->addButton(QCoreApplication::translate("Almanac::ComposerDialog", "Dis&card"), QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("keepDiscard"));
    QPushButton *keepEditing = box->addButton(QCoreApplication::translate("Almanac::ComposerDialog", "&Keep Editing"), QMessageBox::RejectRole);
    keepEditing->setObjectName(QStringLiteral("keepEditing"));
    box->setDefaultButton(save);
    box->setEscapeButton(keepEditing);
    QObject::connect(box, &QMessageBox::buttonClicked, composer,
                     [save, drop, saveDraft = std::move(saveDraft), discard = std::move(discard)](QAbstractButton *clicked) {
                         if (clicked == save)
                             saveDraft();
                         else if (clicked == drop)
                             discard();
                     });
    box->open();
}

} // namespace Almanac::KeepPostQuestion
