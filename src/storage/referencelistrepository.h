#pragma once

#include "domain/referencelists.h"

namespace kehu {

class Database;

// Reads and edits the four editable lists. A region's sales center carries over to every
// customer of that region whose center was not chosen by hand.
class ReferenceListRepository
{
public:
    explicit ReferenceListRepository(const Database &db);

    ReferenceLists load() const;

    // Adds an item at the end of its list; sets item.id. Conflict when the name is taken.
    void add(ListKind kind, ListItem &item);
    // Renames an item; for a region also moves it (and its customers) to item.salesCenterId.
    void update(ListKind kind, const ListItem &item);
    // Refused while any customer uses the item.
    void remove(ListKind kind, qint64 id);
    // The id of the item of that name, added when missing (for import and demo data).
    qint64 findOrAdd(ListKind kind, const QString &name);

private:
    const Database &m_db;
};

} // namespace kehu
