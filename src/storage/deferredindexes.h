#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace kehu {

// A table about to grow several times over loses its secondary indexes for a bulk write and
// gets them back, built in one sorted pass, after the last row: millions of rows inserted in
// random key order into a B-tree cost far more than that. Use inside the write's transaction,
// so a rollback restores them too. Unique indexes stay: they find duplicate keys.
class DeferredIndexes
{
public:
    DeferredIndexes(const QSqlDatabase &db, const QString &table);
    void rebuild();

private:
    QSqlDatabase m_db;
    QStringList m_statements;
};

} // namespace kehu
