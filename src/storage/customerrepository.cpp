#include "customerrepository.h"

#include "database.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include "domain/customervalidator.h"
#include "domain/textkeys.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace kehu {
namespace {

// Declares this file's translation context so lupdate files its messages where the
// translator looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::CustomerRepository)
};

const QString CustomerColumns = QStringLiteral(
        "code, name, name_key, address, region_id, phone, phone_key, website, employees, revenue_band,"
        " ownership, industry_id, reputation, production_capacity, annual_sales, industry_position,"
        " credit_status, strengths, weaknesses, customer_since, main_products, payment_terms_days,"
        " relationship, category, account_manager_id, sales_center_manual, status, verified_by,"
        " verified_at, last_reviewed, sales_center_id");

// The center follows the region unless it was chosen by hand (the last bound value).
const QString CenterExpression = QStringLiteral(
        "CASE WHEN :manual THEN :center ELSE (SELECT sales_center_id FROM regions WHERE id = :region) END");

template<typename Enum>
Enum enumValue(const QVariant &value, Enum fallback)
{
    return enumFromText<Enum>(value.toString()).value_or(fallback);
}

QVariant enumKey(const QString &key)
{
    return sql::textValue(key);
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant optionalValue(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

} // namespace

CustomerRepository::CustomerRepository(const Database &db)
    : m_db(db)
{
}

void CustomerRepository::validate(const Customer &customer) const
{
    const auto errors = validateCustomer(customer, QDate::currentDate());
    if (!errors.empty())
        throw StorageError(StorageError::Kind::Refused,
                           Text::tr("Customer %1 was not saved: %2").arg(customer.code, errors.front().message));
}

void CustomerRepository::bindFields(QSqlQuery &q, const Customer &c) const
{
    q.bindValue(QStringLiteral(":code"), c.code.trimmed());
    q.bindValue(QStringLiteral(":name"), c.name.trimmed());
    q.bindValue(QStringLiteral(":name_key"), nameKey(c.name));
    q.bindValue(QStringLiteral(":address"), sql::textValue(c.address));
    q.bindValue(QStringLiteral(":region"), sql::idValue(c.regionId));
    q.bindValue(QStringLiteral(":phone"), sql::textValue(c.phone));
    q.bindValue(QStringLiteral(":phone_key"), sql::textValue(phoneKey(c.phone)));
    q.bindValue(QStringLiteral(":website"), sql::textValue(c.website));
    q.bindValue(QStringLiteral(":employees"), optionalValue(c.employees));
    q.bindValue(QStringLiteral(":revenue_band"), sql::textValue(c.revenueBand));
    q.bindValue(QStringLiteral(":ownership"), enumKey(toKey(c.ownership)));
    q.bindValue(QStringLiteral(":industry"), sql::idValue(c.industryId));
    q.bindValue(QStringLiteral(":reputation"), sql::textValue(c.reputation));
    q.bindValue(QStringLiteral(":production_capacity"), sql::textValue(c.productionCapacity));
    q.bindValue(QStringLiteral(":annual_sales"), c.annualSales ? QVariant(c.annualSales->fen()) : QVariant(QMetaType::fromType<qlonglong>()));
    q.bindValue(QStringLiteral(":industry_position"), sql::textValue(c.industryPosition));
    q.bindValue(QStringLiteral(":credit_status"), sql::textValue(c.creditStatus));
    q.bindValue(QStringLiteral(":strengths"), sql::textValue(c.strengths));
    q.bindValue(QStringLiteral(":weaknesses"), sql::textValue(c.weaknesses));
    q.bindValue(QStringLiteral(":customer_since"), sql::dateValue(c.customerSince));
    q.bindValue(QStringLiteral(":main_products"), sql::textValue(c.mainProducts));
    q.bindValue(QStringLiteral(":payment_terms_days"), optionalValue(c.paymentTermsDays));
    q.bindValue(QStringLiteral(":relationship"), enumKey(toKey(c.relationship)));
    q.bindValue(QStringLiteral(":category"), enumKey(toKey(c.category)));
    q.bindValue(QStringLiteral(":manager"), sql::idValue(c.accountManagerId));
    q.bindValue(QStringLiteral(":manual"), c.salesCenterManual ? 1 : 0);
    q.bindValue(QStringLiteral(":center"), sql::idValue(c.salesCenterId));
    q.bindValue(QStringLiteral(":status"), toKey(c.status));
    q.bindValue(QStringLiteral(":verified_by"), sql::textValue(c.verifiedBy));
    q.bindValue(QStringLiteral(":verified_at"), sql::timestampValue(c.verifiedAt));
    q.bindValue(QStringLiteral(":last_reviewed"), sql::dateValue(c.lastReviewed));
}

void CustomerRepository::create(Customer &customer)
{
    validate(customer);
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    if (idOfCode(customer.code.trimmed()))
        throw StorageError(StorageError::Kind::Conflict, Text::tr("The code %1 is already taken by another customer.").arg(customer.code));

    QSqlQuery insert = sql::prepare(db, QStringLiteral(
            "INSERT INTO customers (%1, created_at, updated_at) VALUES ("
            ":code, :name, :name_key, :address, :region, :phone, :phone_key, :website, :employees, :revenue_band,"
            " :ownership, :industry, :reputation, :production_capacity, :annual_sales, :industry_position,"
            " :credit_status, :strengths, :weaknesses, :customer_since, :main_products, :payment_terms_days,"
            " :relationship, :category, :manager, :manual, :status, :verified_by, :verified_at, :last_reviewed,"
            " %2, :now, :now)").arg(CustomerColumns, CenterExpression));
    bindFields(insert, customer);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    insert.bindValue(QStringLiteral(":now"), sql::timestampValue(now));
    sql::exec(insert);
    customer.id = insert.lastInsertId().toLongLong();
    writeChildren(customer);
    transaction.commit();
    customer.createdAt = customer.updatedAt = now.toLocalTime();
    if (!customer.salesCenterManual)
        customer.salesCenterId = load(customer.id).salesCenterId;
}

void CustomerRepository::update(Customer &customer)
{
    validate(customer);
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    requireExists(customer.id);
    const std::optional<qint64> holder = idOfCode(customer.code.trimmed());
    if (holder && *holder != customer.id)
        throw StorageError(StorageError::Kind::Conflict, Text::tr("The code %1 is already taken by another customer.").arg(customer.code));

    QSqlQuery query = sql::prepare(db, QStringLiteral(
            "UPDATE customers SET code = :code, name = :name, name_key = :name_key, address = :address,"
            " region_id = :region, phone = :phone, phone_key = :phone_key, website = :website,"
            " employees = :employees, revenue_band = :revenue_band, ownership = :ownership,"
            " industry_id = :industry, reputation = :reputation, production_capacity = :production_capacity,"
            " annual_sales = :annual_sales, industry_position = :industry_position, credit_status = :credit_status,"
            " strengths = :strengths, weaknesses = :weaknesses, customer_since = :customer_since,"
            " main_products = :main_products, payment_terms_days = :payment_terms_days,"
            " relationship = :relationship, category = :category, account_manager_id = :manager,"
            " sales_center_manual = :manual, status = :status, verified_by = :verified_by,"
            " verified_at = :verified_at, last_reviewed = :last_reviewed, sales_center_id = %1,"
            " updated_at = :now WHERE id = :id").arg(CenterExpression));
    bindFields(query, customer);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    query.bindValue(QStringLiteral(":now"), sql::timestampValue(now));
    query.bindValue(QStringLiteral(":id"), customer.id);
    sql::exec(query);
    writeChildren(customer);
    transaction.commit();
    customer.updatedAt = now.toLocalTime();
    if (!customer.salesCenterManual)
        customer.salesCenterId = load(customer.id).salesCenterId;
}

// Contacts and competitors are part of the file: saving the file replaces them.
void CustomerRepository::writeChildren(const Customer &customer) const
{
    const QSqlDatabase db = m_db.connection();
    for (const QString &table : {QStringLiteral("contacts"), QStringLiteral("competitors")}) {
        QSqlQuery clear = sql::prepare(db, QStringLiteral("DELETE FROM %1 WHERE customer_id = ?").arg(table));
        clear.addBindValue(customer.id);
        sql::exec(clear);
    }
    QSqlQuery contact = sql::prepare(db, QStringLiteral(
            "INSERT INTO contacts (customer_id, position, name, title, role, phone, phone_key, email, wechat)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const Contact &c : customer.contacts) {
        contact.addBindValue(customer.id);
        contact.addBindValue(position++);
        contact.addBindValue(c.name.trimmed());
        contact.addBindValue(sql::textValue(c.title));
        contact.addBindValue(sql::textValue(toKey(c.role)));
        contact.addBindValue(sql::textValue(c.phone));
        contact.addBindValue(sql::textValue(phoneKey(c.phone)));
        contact.addBindValue(sql::textValue(c.email));
        contact.addBindValue(sql::textValue(c.wechat));
        sql::exec(contact);
    }
    QSqlQuery competitor = sql::prepare(db, QStringLiteral(
            "INSERT INTO competitors (customer_id, position, name, note) VALUES (?, ?, ?, ?)"));
    position = 0;
    for (const Competitor &c : customer.competitors) {
        competitor.addBindValue(customer.id);
        competitor.addBindValue(position++);
        competitor.addBindValue(c.name.trimmed());
        competitor.addBindValue(sql::textValue(c.note));
        sql::exec(competitor);
    }
}

Customer CustomerRepository::load(qint64 id) const
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT id, %1, created_at, updated_at, archived_at FROM customers WHERE id = ?")
                                               .arg(CustomerColumns));
    query.addBindValue(id);
    sql::exec(query);
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, Text::tr("There is no customer with id %1.").arg(id));

    int i = 0;
    auto next = [&query, &i]() { return query.value(i++); };
    Customer c;
    c.id = next().toLongLong();
    c.code = next().toString();
    c.name = next().toString();
    next(); // name_key
    c.address = next().toString();
    c.regionId = next().toLongLong();
    c.phone = next().toString();
    next(); // phone_key
    c.website = next().toString();
    c.employees = optionalInt(next());
    c.revenueBand = next().toString();
    c.ownership = enumValue(next(), Ownership::Unspecified);
    c.industryId = next().toLongLong();
    c.reputation = next().toString();
    c.productionCapacity = next().toString();
    const QVariant annualSales = next();
    if (!annualSales.isNull())
        c.annualSales = Money::fromFen(annualSales.toLongLong());
    c.industryPosition = next().toString();
    c.creditStatus = next().toString();
    c.strengths = next().toString();
    c.weaknesses = next().toString();
    c.customerSince = sql::toDate(next());
    c.mainProducts = next().toString();
    c.paymentTermsDays = optionalInt(next());
    c.relationship = enumValue(next(), Relationship::Unspecified);
    c.category = enumValue(next(), Category::Unspecified);
    c.accountManagerId = next().toLongLong();
    c.salesCenterManual = next().toBool();
    c.status = enumValue(next(), CustomerStatus::Draft);
    c.verifiedBy = next().toString();
    c.verifiedAt = sql::toTimestamp(next()).toLocalTime();
    c.lastReviewed = sql::toDate(next());
    c.salesCenterId = next().toLongLong();
    c.createdAt = sql::toTimestamp(next()).toLocalTime();
    c.updatedAt = sql::toTimestamp(next()).toLocalTime();
    c.archivedAt = sql::toTimestamp(next()).toLocalTime();

    QSqlQuery contacts = sql::prepare(db, QStringLiteral(
            "SELECT id, name, title, role, phone, email, wechat FROM contacts WHERE customer_id = ? ORDER BY position, id"));
    contacts.addBindValue(id);
    sql::exec(contacts);
    while (contacts.next()) {
        c.contacts.push_back({contacts.value(0).toLongLong(), contacts.value(1).toString(), contacts.value(2).toString(),
                              enumValue(contacts.value(3), ContactRole::Unspecified), contacts.value(4).toString(),
                              contacts.value(5).toString(), contacts.value(6).toString()});
    }
    QSqlQuery competitors = sql::prepare(db, QStringLiteral(
            "SELECT id, name, note FROM competitors WHERE customer_id = ? ORDER BY position, id"));
    competitors.addBindValue(id);
    sql::exec(competitors);
    while (competitors.next())
        c.competitors.push_back({competitors.value(0).toLongLong(), competitors.value(1).toString(), competitors.value(2).toString()});
    return c;
}

std::optional<qint64> CustomerRepository::idOfCode(const QString &code) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("SELECT id FROM customers WHERE code = ?"));
    query.addBindValue(code);
    sql::exec(query);
    if (query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

int CustomerRepository::count(bool includeArchived) const
{
    QSqlQuery query = sql::exec(m_db.connection(), includeArchived
                                        ? QStringLiteral("SELECT count(*) FROM customers")
                                        : QStringLiteral("SELECT count(*) FROM customers WHERE archived_at IS NULL"));
    return query.next() ? query.value(0).toInt() : 0;
}

void CustomerRepository::requireExists(qint64 id) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
    query.addBindValue(id);
    sql::exec(query);
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, Text::tr("There is no customer with id %1.").arg(id));
}

void CustomerRepository::markVerified(qint64 id, const QString &by, const QDateTime &at)
{
    if (by.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Refused, Text::tr("A verification must name who verified the file."));
    WriteTransaction transaction(m_db.connection());
    requireExists(id);
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "UPDATE customers SET status = 'verified', verified_by = ?, verified_at = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(by.trimmed());
    query.addBindValue(sql::timestampValue(at));
    query.addBindValue(sql::timestampValue(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    sql::exec(query);
    transaction.commit();
}

void CustomerRepository::markReviewed(qint64 id, QDate on)
{
    WriteTransaction transaction(m_db.connection());
    requireExists(id);
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "UPDATE customers SET last_reviewed = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(sql::dateValue(on));
    query.addBindValue(sql::timestampValue(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    sql::exec(query);
    transaction.commit();
}

void CustomerRepository::archive(qint64 id, const QDateTime &at)
{
    WriteTransaction transaction(m_db.connection());
    requireExists(id);
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "UPDATE customers SET archived_at = ?, updated_at = ? WHERE id = ? AND archived_at IS NULL"));
    query.addBindValue(sql::timestampValue(at));
    query.addBindValue(sql::timestampValue(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    sql::exec(query);
    transaction.commit();
}

void CustomerRepository::restore(qint64 id)
{
    WriteTransaction transaction(m_db.connection());
    requireExists(id);
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "UPDATE customers SET archived_at = NULL, updated_at = ? WHERE id = ?"));
    query.addBindValue(sql::timestampValue(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    sql::exec(query);
    transaction.commit();
}

void CustomerRepository::remove(qint64 id)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    QSqlQuery query = sql::prepare(db, QStringLiteral(
            "SELECT code, status, (SELECT count(*) FROM orders WHERE customer_id = customers.id),"
            " (SELECT count(*) FROM service_costs WHERE customer_id = customers.id)"
            " FROM customers WHERE id = ?"));
    query.addBindValue(id);
    sql::exec(query);
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, Text::tr("There is no customer with id %1.").arg(id));
    const QString code = query.value(0).toString();
    if (query.value(1).toString() != QLatin1String("draft"))
        throw StorageError(StorageError::Kind::Refused,
                           Text::tr("Customer %1 is verified and cannot be deleted; archive it instead.").arg(code));
    if (query.value(2).toInt() > 0 || query.value(3).toInt() > 0)
        throw StorageError(StorageError::Kind::Refused,
                           Text::tr("Customer %1 has orders or service costs and cannot be deleted; archive it instead.").arg(code));
    QSqlQuery remove = sql::prepare(db, QStringLiteral("DELETE FROM customers WHERE id = ?"));
    remove.addBindValue(id);
    sql::exec(remove);
    transaction.commit();
}

std::vector<DuplicateCandidate> CustomerRepository::likelyDuplicates(const QString &name, const QString &phone,
                                                                     qint64 excludeId) const
{
    const QString byName = nameKey(name);
    const QString byPhone = phoneKey(phone);
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT id, code, name, name_key = :name,"
            " :phone <> '' AND (phone_key = :phone OR id IN (SELECT customer_id FROM contacts WHERE phone_key = :phone))"
            " FROM customers"
            " WHERE (name_key = :name OR (:phone <> '' AND phone_key = :phone)"
            "        OR (:phone <> '' AND id IN (SELECT customer_id FROM contacts WHERE phone_key = :phone)))"
            " AND id <> :exclude ORDER BY code"));
    query.bindValue(QStringLiteral(":name"), byName.isEmpty() ? QStringLiteral("\x01") : byName);
    query.bindValue(QStringLiteral(":phone"), byPhone);
    query.bindValue(QStringLiteral(":exclude"), excludeId);
    sql::exec(query);
    std::vector<DuplicateCandidate> found;
    while (query.next()) {
        found.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toBool(), query.value(4).toBool()});
    }
    return found;
}

std::vector<CustomerSummary> CustomerRepository::summaries(const SummaryQuery &request) const
{
    const QSqlDatabase db = m_db.connection();
    const QString where = request.includeArchived ? QString() : QStringLiteral(" WHERE c.archived_at IS NULL");
    const QString limit = request.limit >= 0 ? QStringLiteral(" LIMIT %1").arg(request.limit) : QString();

    QSqlQuery query = sql::exec(db, QStringLiteral(
            "SELECT c.id, c.code, c.name, c.region_id, c.industry_id, c.sales_center_id, c.account_manager_id,"
            " c.category, c.status, c.archived_at IS NOT NULL, COALESCE(c.last_reviewed, substr(c.created_at, 1, 10)),"
            " c.phone, (SELECT group_concat(ct.name || ' ' || COALESCE(ct.phone, ''), ' ') FROM contacts ct WHERE ct.customer_id = c.id)"
            " FROM customers c%1 ORDER BY c.code%2").arg(where, limit));
    std::vector<CustomerSummary> rows;
    QHash<qint64, size_t> rowOfId;
    while (query.next()) {
        CustomerSummary s;
        s.id = query.value(0).toLongLong();
        s.code = query.value(1).toString();
        s.name = query.value(2).toString();
        s.regionId = query.value(3).toLongLong();
        s.industryId = query.value(4).toLongLong();
        s.salesCenterId = query.value(5).toLongLong();
        s.accountManagerId = query.value(6).toLongLong();
        s.category = enumValue(query.value(7), Category::Unspecified);
        s.status = enumValue(query.value(8), CustomerStatus::Draft);
        s.archived = query.value(9).toBool();
        s.reviewedOn = sql::toDate(query.value(10));
        s.phone = query.value(11).toString();
        s.contactText = query.value(12).toString();
        rowOfId.insert(s.id, rows.size());
        rows.push_back(std::move(s));
    }

    // Summing per customer in SQL returns one row per customer instead of one per order.
    const QString subset = request.limit >= 0
            ? QStringLiteral(" AND customer_id IN (SELECT id FROM customers c%1 ORDER BY code%2)").arg(where, limit)
            : QString();
    QSqlQuery sums = sql::prepare(db, QStringLiteral(
            "SELECT customer_id, sum(amount), sum(amount - cost) FROM orders"
            " WHERE date BETWEEN ? AND ?%1 GROUP BY customer_id").arg(subset));
    sums.addBindValue(sql::dateValue(request.period.from));
    sums.addBindValue(sql::dateValue(request.period.to));
    sql::exec(sums);
    while (sums.next()) {
        const auto it = rowOfId.constFind(sums.value(0).toLongLong());
        if (it == rowOfId.cend())
            continue;
        rows[*it].sales = Money::fromFen(sums.value(1).toLongLong());
        rows[*it].profit = Money::fromFen(sums.value(2).toLongLong());
    }
    return rows;
}

} // namespace kehu
