// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/importing/csvimporter.h"
#include "models/csv/csvdialect.h"

#include <QTimeZone>
#include <QWizard>

#include <memory>

namespace Almanac {

class Database;
class ImportPreviewModel;

// The CSV import wizard: choose or drop a file, map its columns, see every row
// judged (fix cells, exclude rows), confirm (every row becomes a post, or none
// does), and the result with Undo. The pages share what was chosen through it.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, MapPageId, PreviewPageId, ConfirmPageId, ResultPageId };

    ImportWizard(Database &database, const QTimeZone &userZone, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Starts on a file (dropped, opened from the desktop): a readable one goes
    // straight on to the mapping, a refused one stays on the first page saying why.
    void openFile(const QString &path);

    Database &database() const { return m_database; }
    const QTimeZone &userZone() const { return m_userZone; }

    // The file, and what a first look at it found.
    void setFile(const QString &path, const CsvProbe &probe);
    const QString &filePath() const { return m_path; }
    const CsvProbe &probe() const { return m_probe; }

    // The mapping page's choices: the dialect, what each column is read as, and
    // the zone of times written without an offset.
    struct Mapping
    {
        CsvDialect dialect = CsvDialect::OpenPost;
        QStringList columnNames;
        QTimeZone zone;
        DateOrder dateOrder = DateOrder::Unknown; // Unknown: as the file shows
    };
    void setMapping(const Mapping &mapping) { m_mapping = mapping; }
    // The order the file's own dates show (Unknown: they do not), for the
    // preview's fixed cells; the import reads the whole file for it again.
    DateOrder fileDateOrder() const { return m_fileDateOrder; }
    void setFileDateOrder(DateOrder order) { m_fileDateOrder = order; }
    const Mapping &mapping() const { return m_mapping; }
    DialectMapping dialectMapping() const;

    // The preview of the current mapping; the page that judges the rows makes it.
    void setPreviewModel(std::unique_ptr<ImportPreviewModel> model);
    ImportPreviewModel *previewModel() const { return m_preview.get(); }

    // An import of the file with the choices made so far (and the preview's
    // fixes and exclusions).
    ImportOptions importOptions(bool dryRun) const;

    void setImported(const ImportOutcome &outcome);
    // Escape and Cancel: close at once unless cells were fixed or rows left out
    // and not imported yet; then ask (Discard Fixes, Keep Editing).
    void reject() override;
    // Undo Import of this wizard's import ended (the window ran it).
    void importUndone(qint64 importId, bool undone);
    const ImportOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    // The import is in the store: the window shows its posts.
    void imported(qint64 importId);
    void undoImportRequested(qint64 importId);
    void historyRequested();
    void fileChosen(const QString &path); // a readable file was chosen (for File → Open Recent)

private:
    Database &m_database;
    QTimeZone m_userZone;
    QString m_path;
    CsvProbe m_probe;
    Mapping m_mapping;
    DateOrder m_fileDateOrder = DateOrder::Unknown;
    std::unique_ptr<ImportPreviewModel> m_preview;
    ImportOutcome m_outcome;
};

} // namespace Almanac
