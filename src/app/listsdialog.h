#pragma once

#include "domain/referencelists.h"

#include <QDialog>

class QTableWidget;
class QTabWidget;

namespace kehu {

class Database;

// Edits the four reference lists (sales centers, regions with their center, industries,
// account managers). Every change goes to the database at once through
// ReferenceListRepository; a refused change (a name taken, an item in use) is explained.
class ListsDialog : public QDialog
{
    Q_OBJECT

public:
    ListsDialog(const Database &db, const QString &language, QWidget *parent = nullptr);

    bool changed() const { return m_changed; }

private:
    QWidget *makeTab(ListKind kind);
    void reload();
    void fill(ListKind kind);
    void addItem(ListKind kind);
    void removeItem(ListKind kind);
    void storeRow(ListKind kind, int row);
    bool run(const QString &what, const std::function<void()> &action);

    const Database &m_db;
    QString m_language;
    ReferenceLists m_lists;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_tables[4] = {};
    bool m_filling = false;
    bool m_changed = false;
};

} // namespace kehu
