#pragma once

#include <QSqlDatabase>

namespace kehu {

// Connection settings for one bulk write (an import, demo data), restored afterwards.
// A 32 MB page cache: on 2 M orders 16–32 MB write as fast as 128 MB when the indexes that
// grow in random order are built at the end (see DeferredIndexes), and keep the process near
// 130 MB instead of 300 MB, since SQLite's sorter sizes its memory by the cache. Foreign keys
// are not checked per row: the writer looks every id up itself, or checks them all before
// committing. The pragmas only take effect outside a transaction: construct this before the
// WriteTransaction, so it is restored after the commit or rollback.
class BulkSettings
{
public:
    explicit BulkSettings(const QSqlDatabase &db);
    ~BulkSettings();

    BulkSettings(const BulkSettings &) = delete;
    BulkSettings &operator=(const BulkSettings &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace kehu
