#include "referencelistrepository.h"

#include "database.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace kehu {
namespace {

// Declares this file's translation context so lupdate files its messages where the
// translator looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::ReferenceListRepository)
};

QString tableOf(ListKind kind)
{
    switch (kind) {
    case ListKind::SalesCenter: return QStringLiteral("sales_centers");
    case ListKind::Region: return QStringLiteral("regions");
    case ListKind::Industry: return QStringLiteral("industries");
    case ListKind::AccountManager: break;
    }
    return QStringLiteral("account_managers");
}

// The customer column that refers to items of this list.
QString customerColumnOf(ListKind kind)
{
    switch (kind) {
    case ListKind::SalesCenter: return QStringLiteral("sales_center_id");
    case ListKind::Region: return QStringLiteral("region_id");
    case ListKind::Industry: return QStringLiteral("industry_id");
    case ListKind::AccountManager: break;
    }
    return QStringLiteral("account_manager_id");
}

} // namespace

ReferenceListRepository::ReferenceListRepository(const Database &db)
    : m_db(db)
{
}

ReferenceLists ReferenceListRepository::load() const
{
    ReferenceLists lists;
    for (ListKind kind : {ListKind::SalesCenter, ListKind::Region, ListKind::Industry, ListKind::AccountManager}) {
        const QString center = kind == ListKind::Region ? QStringLiteral("sales_center_id") : QStringLiteral("0");
        QSqlQuery query = sql::exec(m_db.connection(), QStringLiteral(
                "SELECT id, name, name_en, %1 FROM %2 ORDER BY position, name").arg(center, tableOf(kind)));
        auto &items = lists.items(kind);
        while (query.next())
            items.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                             query.value(3).toLongLong()});
    }
    return lists;
}

void ReferenceListRepository::add(ListKind kind, ListItem &item)
{
    if (item.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Refused, Text::tr("A list entry needs a name."));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    QSqlQuery taken = sql::prepare(db, QStringLiteral("SELECT 1 FROM %1 WHERE name = ?").arg(tableOf(kind)));
    taken.addBindValue(item.name.trimmed());
    sql::exec(taken);
    if (taken.next())
        throw StorageError(StorageError::Kind::Conflict, Text::tr("The list already has an entry named %1.").arg(item.name.trimmed()));
    QSqlQuery insert = sql::prepare(db, QStringLiteral(
            "INSERT INTO %1 (name, name_en, position) VALUES (?, ?, (SELECT COALESCE(max(position), 0) + 1 FROM %1))")
                                                .arg(tableOf(kind)));
    insert.addBindValue(item.name.trimmed());
    insert.addBindValue(sql::textValue(item.nameEn));
    sql::exec(insert);
    item.id = insert.lastInsertId().toLongLong();
    if (kind == ListKind::Region && item.salesCenterId > 0) {
        QSqlQuery link = sql::prepare(db, QStringLiteral("UPDATE regions SET sales_center_id = ? WHERE id = ?"));
        link.addBindValue(item.salesCenterId);
        link.addBindValue(item.id);
        sql::exec(link);
    }
    transaction.commit();
}

void ReferenceListRepository::update(ListKind kind, const ListItem &item)
{
    if (item.name.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Refused, Text::tr("A list entry needs a name."));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    QSqlQuery taken = sql::prepare(db, QStringLiteral("SELECT 1 FROM %1 WHERE name = ? AND id <> ?").arg(tableOf(kind)));
    taken.addBindValue(item.name.trimmed());
    taken.addBindValue(item.id);
    sql::exec(taken);
    if (taken.next())
        throw StorageError(StorageError::Kind::Conflict, Text::tr("The list already has an entry named %1.").arg(item.name.trimmed()));
    QSqlQuery rename = sql::prepare(db, QStringLiteral("UPDATE %1 SET name = ?, name_en = ? WHERE id = ?").arg(tableOf(kind)));
    rename.addBindValue(item.name.trimmed());
    rename.addBindValue(sql::textValue(item.nameEn));
    rename.addBindValue(item.id);
    sql::exec(rename);
    if (rename.numRowsAffected() == 0)
        throw StorageError(StorageError::Kind::NotFound, Text::tr("The list entry no longer exists."));
    if (kind == ListKind::Region) {
        QSqlQuery move = sql::prepare(db, QStringLiteral("UPDATE regions SET sales_center_id = ? WHERE id = ?"));
        move.addBindValue(sql::idValue(item.salesCenterId));
        move.addBindValue(item.id);
        sql::exec(move);
        QSqlQuery follow = sql::prepare(db, QStringLiteral(
                "UPDATE customers SET sales_center_id = ? WHERE region_id = ? AND sales_center_manual = 0"));
        follow.addBindValue(sql::idValue(item.salesCenterId));
        follow.addBindValue(item.id);
        sql::exec(follow);
    }
    transaction.commit();
}

void ReferenceListRepository::remove(ListKind kind, qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    QSqlQuery used = sql::prepare(db, QStringLiteral("SELECT count(*) FROM customers WHERE %1 = ?").arg(customerColumnOf(kind)));
    used.addBindValue(id);
    sql::exec(used);
    const int customers = used.next() ? used.value(0).toInt() : 0;
    if (customers > 0)
        throw StorageError(StorageError::Kind::Refused,
                           Text::tr("%n customer(s) still use this entry; move them to another first.", nullptr, customers));
    QSqlQuery remove = sql::prepare(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableOf(kind)));
    remove.addBindValue(id);
    sql::exec(remove);
    transaction.commit();
}

qint64 ReferenceListRepository::findOrAdd(ListKind kind, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return 0;
    QSqlQuery find = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT id FROM %1 WHERE name = ? OR name_en = ? COLLATE NOCASE ORDER BY name = ? DESC LIMIT 1").arg(tableOf(kind)));
    find.addBindValue(wanted);
    find.addBindValue(wanted);
    find.addBindValue(wanted);
    sql::exec(find);
    if (find.next())
        return find.value(0).toLongLong();
    ListItem item{0, wanted, {}, 0};
    add(kind, item);
    return item.id;
}

} // namespace kehu
