// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

#include <atomic>
#include <functional>
#include <memory>

namespace Almanac {

// Says how far the work is (0..1); false: the user stopped it.
using WorkerProgress = std::function<bool(double fraction)>;

// Runs `work` on a worker thread with a window-modal progress dialog (shown
// after 300 ms) whose Stop button makes the progress callback return false.
// `done` runs on the GUI thread with the result, whichever way it ended.
template <typename T>
void runWithProgress(QWidget *parent, const QString &label, std::function<T(const WorkerProgress &)> work,
                     std::function<void(const T &)> done)
{
    auto *dialog = new QProgressDialog(label, QProgressDialog::tr("Stop"), 0, 1000, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto stop = std::make_shared<std::atomic_bool>(false);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [stop] { *stop = true; });
    QPointer<QProgressDialog> shown(dialog);
    auto *watcher = new QFutureWatcher<T>(parent);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, watcher, [watcher, shown, done] {
        if (shown)
            shown->close();
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([work, stop, shown] {
        return work([stop, shown](double fraction) {
            QMetaObject::invokeMethod(qApp, [shown, fraction] {
                if (shown)
                    shown->setValue(int(fraction * 1000));
            });
            return !*stop;
        });
    }));
}

} // namespace Almanac
