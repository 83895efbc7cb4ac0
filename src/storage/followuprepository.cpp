#include "followuprepository.h"

#include "database.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace kehu {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::FollowUpRepository)
};

// created_at is an ISO UTC timestamp; the day it falls on here.
QDate localDay(const QVariant &timestamp)
{
    const QDateTime at = sql::toTimestamp(timestamp);
    return at.isValid() ? at.toLocalTime().date() : QDate();
}

} // namespace

FollowUpRepository::FollowUpRepository(const Database &db)
    : m_db(db)
{
}

void FollowUpRepository::add(FollowUp &followUp)
{
    const std::vector<FieldError> errors = validateFollowUp(followUp);
    if (!errors.empty()) {
        QStringList messages;
        for (const FieldError &error : errors)
            messages << error.message;
        throw StorageError(StorageError::Kind::Refused, messages.join(u' '));
    }
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    QSqlQuery customer = sql::prepare(db, QStringLiteral("SELECT archived_at FROM customers WHERE id = ?"));
    customer.addBindValue(followUp.customerId);
    sql::exec(customer);
    if (!customer.next())
        throw StorageError(StorageError::Kind::NotFound, Text::tr("There is no customer with id %1.").arg(followUp.customerId));
    if (!customer.value(0).isNull())
        throw StorageError(StorageError::Kind::Refused,
                           Text::tr("The customer is archived; restore it before logging a follow-up."));
    customer.finish();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery insert = sql::prepare(db, QStringLiteral(
            "INSERT INTO follow_ups (customer_id, date, channel, staff, contact, content, outcome, next_date, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(followUp.customerId);
    insert.addBindValue(sql::dateValue(followUp.date));
    insert.addBindValue(toKey(followUp.channel));
    insert.addBindValue(followUp.staff.trimmed());
    insert.addBindValue(sql::textValue(followUp.contact.trimmed()));
    insert.addBindValue(followUp.content.trimmed());
    insert.addBindValue(sql::textValue(followUp.outcome.trimmed()));
    insert.addBindValue(sql::dateValue(followUp.nextDate));
    insert.addBindValue(sql::timestampValue(now));
    sql::exec(insert);
    transaction.commit();
    followUp.id = insert.lastInsertId().toLongLong();
    followUp.staff = followUp.staff.trimmed();
    followUp.contact = followUp.contact.trimmed();
    followUp.content = followUp.content.trimmed();
    followUp.outcome = followUp.outcome.trimmed();
    followUp.createdAt = QDateTime::fromString(now.toString(Qt::ISODate), Qt::ISODate);
}

std::vector<FollowUp> FollowUpRepository::forCustomer(qint64 customerId) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT id, date, channel, staff, contact, content, outcome, next_date, created_at FROM follow_ups"
            " WHERE customer_id = ? ORDER BY date DESC, id DESC"));
    query.addBindValue(customerId);
    sql::exec(query);
    std::vector<FollowUp> log;
    while (query.next()) {
        FollowUp f;
        f.id = query.value(0).toLongLong();
        f.customerId = customerId;
        f.date = sql::toDate(query.value(1));
        f.channel = followUpChannelFromKey(query.value(2).toString()).value_or(FollowUpChannel::Phone);
        f.staff = query.value(3).toString();
        f.contact = query.value(4).toString();
        f.content = query.value(5).toString();
        f.outcome = query.value(6).toString();
        f.nextDate = sql::toDate(query.value(7));
        f.createdAt = sql::toTimestamp(query.value(8));
        log.push_back(std::move(f));
    }
    return log;
}

std::vector<FollowUpLatest> FollowUpRepository::latest(QDate asOf) const
{
    // One index seek per customer on follow_ups(customer_id, date).
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT c.id, c.created_at, f.date, f.next_date FROM customers c"
            " LEFT JOIN follow_ups f ON f.id = (SELECT id FROM follow_ups WHERE customer_id = c.id AND date <= ?"
            "  ORDER BY date DESC, id DESC LIMIT 1)"
            " WHERE c.archived_at IS NULL ORDER BY c.id"));
    query.setForwardOnly(true);
    query.addBindValue(sql::dateValue(asOf));
    sql::exec(query);
    std::vector<FollowUpLatest> rows;
    while (query.next()) {
        FollowUpLatest row;
        row.customerId = query.value(0).toLongLong();
        row.created = localDay(query.value(1));
        row.lastDate = sql::toDate(query.value(2));
        row.lastNextDate = sql::toDate(query.value(3));
        rows.push_back(row);
    }
    return rows;
}

std::unordered_map<qint64, int> FollowUpRepository::countsByCustomer(const Period &period) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT customer_id, count(*) FROM follow_ups WHERE date BETWEEN ? AND ? GROUP BY customer_id"));
    query.setForwardOnly(true);
    query.addBindValue(sql::dateValue(period.from));
    query.addBindValue(sql::dateValue(period.to));
    sql::exec(query);
    std::unordered_map<qint64, int> counts;
    while (query.next())
        counts.emplace(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

int FollowUpRepository::count() const
{
    QSqlQuery query = sql::exec(m_db.connection(), QStringLiteral("SELECT count(*) FROM follow_ups"));
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace kehu
