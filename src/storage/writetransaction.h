#pragma once

#include <QSqlDatabase>

namespace kehu {

// One write, all or nothing: BEGIN IMMEDIATE on construction takes the write lock up front
// (so a busy database fails before any work), ROLLBACK on destruction unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace kehu
