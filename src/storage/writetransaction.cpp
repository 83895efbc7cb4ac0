#include "writetransaction.h"

#include "sqlsupport.h"

#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace kehu {

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        spdlog::error("rollback failed: {}", rollback.lastError().text().toStdString());
}

void WriteTransaction::commit()
{
    sql::exec(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace kehu
