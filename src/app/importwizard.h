#pragma once

#include "storage/importer.h"

#include <QWizard>

namespace kehu {

class Database;

// File ▸ Import…: picks the kind of records and the file, shows the detected encoding,
// delimiter and column mapping (all changeable) with the first rows, checks the whole file off
// the GUI thread and lists every error before anything is written, then imports it with a
// progress bar and Cancel, and sums up. Holds what the pages choose; each page is its own class.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePage, FormatPage, CheckPage, RunPage };

    ImportWizard(const Database &db, QWidget *parent = nullptr);

    const Database &database() const { return m_db; }
    // Starts on `file` of `kind` and goes on up to `page` while the pages allow it (the app's
    // --import-file option, for screenshots and support).
    void start(const QString &file, ImportKind kind, PageId page);
    // The options the check and the import run with; `dryRun` set for the check.
    ImportOptions options(bool dryRun) const;
    bool imported() const { return m_imported; } // the database changed

    // Chosen on the pages.
    QString filePath;
    ImportKind kind = ImportKind::Customers;
    ImportMode mode = ImportMode::Insert;
    std::optional<TextEncoding> encoding;
    std::optional<char> delimiter;
    std::optional<ImportMapping> mapping;

    void setImported() { m_imported = true; }

private:
    const Database &m_db;
    bool m_imported = false;
};

} // namespace kehu
