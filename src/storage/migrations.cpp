#include "migrations.h"

#include "complaintschema.h"
#include "database.h"
#include "domain/referencelists.h"
#include "orderrollups.h"
#include "sqlsupport.h"
#include "surveyschema.h"
#include "writetransaction.h"

#include <QStringList>

#include <vector>

namespace kehu {
namespace {

using Step = void (*)(const QSqlDatabase &);

// Vocabulary columns are checked with OR chains rather than IN lists: SQLite evaluates a
// CHECK's IN list of more than two values by building a temporary index on every insert,
// which made bulk inserts several times slower.

void runAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements)
        sql::exec(db, statement);
}

void insertDefaultLists(const QSqlDatabase &db)
{
    const ReferenceLists defaults = defaultReferenceLists();
    auto insert = [&db](const QString &table, const ListItem &item, int position) {
        QSqlQuery query = sql::prepare(db, QStringLiteral("INSERT INTO %1 (name, name_en, position) VALUES (?, ?, ?)").arg(table));
        query.addBindValue(item.name);
        query.addBindValue(sql::textValue(item.nameEn));
        query.addBindValue(position);
        sql::exec(query);
        return query.lastInsertId().toLongLong();
    };
    std::vector<qint64> centerIds;
    int position = 0;
    for (const ListItem &center : defaults.salesCenters)
        centerIds.push_back(insert(QStringLiteral("sales_centers"), center, ++position));
    position = 0;
    for (const ListItem &region : defaults.regions) {
        const qint64 id = insert(QStringLiteral("regions"), region, ++position);
        QSqlQuery link = sql::prepare(db, QStringLiteral("UPDATE regions SET sales_center_id = ? WHERE id = ?"));
        link.addBindValue(centerIds.at(size_t(region.salesCenterId - 1)));
        link.addBindValue(id);
        sql::exec(link);
    }
    position = 0;
    for (const ListItem &industry : defaults.industries)
        insert(QStringLiteral("industries"), industry, ++position);
}

// 1: the editable lists, settings, and the customer file with contacts and competitors.
void createCustomerFile(const QSqlDatabase &db)
{
    runAll(db, {
        QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE sales_centers (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " name_en TEXT, position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE regions (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " name_en TEXT, position INTEGER NOT NULL DEFAULT 0,"
                       " sales_center_id INTEGER REFERENCES sales_centers(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE TABLE industries (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " name_en TEXT, position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE account_managers (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " name_en TEXT, position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
                "CREATE TABLE customers ("
                " id INTEGER PRIMARY KEY,"
                " code TEXT NOT NULL UNIQUE,"
                " name TEXT NOT NULL,"
                " name_key TEXT NOT NULL,"
                " address TEXT,"
                " region_id INTEGER REFERENCES regions(id),"
                " phone TEXT,"
                " phone_key TEXT,"
                " website TEXT,"
                " employees INTEGER CHECK (employees >= 0),"
                " revenue_band TEXT,"
                " ownership TEXT CHECK (ownership = 'state_owned' OR ownership = 'private' OR ownership = 'foreign' OR ownership = 'joint_venture'),"
                " industry_id INTEGER REFERENCES industries(id),"
                " reputation TEXT,"
                " production_capacity TEXT,"
                " annual_sales INTEGER CHECK (annual_sales >= 0),"
                " industry_position TEXT,"
                " credit_status TEXT,"
                " strengths TEXT,"
                " weaknesses TEXT,"
                " customer_since TEXT,"
                " main_products TEXT,"
                " payment_terms_days INTEGER CHECK (payment_terms_days BETWEEN 0 AND 365),"
                " relationship TEXT CHECK (relationship = 'transactional' OR relationship = 'supply' OR relationship = 'partnership' OR relationship = 'strategic_alliance'),"
                " category TEXT CHECK (category = 'key' OR category = 'general' OR category = 'potential' OR category = 'competitor_customer'),"
                " account_manager_id INTEGER REFERENCES account_managers(id),"
                " sales_center_id INTEGER REFERENCES sales_centers(id),"
                " sales_center_manual INTEGER NOT NULL DEFAULT 0,"
                " status TEXT NOT NULL DEFAULT 'draft' CHECK (status = 'draft' OR status = 'verified'),"
                " verified_by TEXT,"
                " verified_at TEXT,"
                " last_reviewed TEXT,"
                " created_at TEXT NOT NULL,"
                " updated_at TEXT NOT NULL,"
                " archived_at TEXT)"),
        QStringLiteral("CREATE INDEX customers_name_key ON customers(name_key)"),
        QStringLiteral("CREATE INDEX customers_phone_key ON customers(phone_key) WHERE phone_key IS NOT NULL"),
        QStringLiteral("CREATE INDEX customers_region ON customers(region_id)"),
        QStringLiteral("CREATE INDEX customers_industry ON customers(industry_id)"),
        QStringLiteral("CREATE INDEX customers_center ON customers(sales_center_id)"),
        QStringLiteral("CREATE INDEX customers_manager ON customers(account_manager_id)"),
        QStringLiteral("CREATE TABLE contacts ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " name TEXT NOT NULL, title TEXT,"
                       " role TEXT CHECK (role = 'decision_maker' OR role = 'manager' OR role = 'purchaser' OR role = 'technical' OR role = 'finance'),"
                       " phone TEXT, phone_key TEXT, email TEXT, wechat TEXT)"),
        QStringLiteral("CREATE INDEX contacts_customer ON contacts(customer_id)"),
        QStringLiteral("CREATE INDEX contacts_phone_key ON contacts(phone_key) WHERE phone_key IS NOT NULL"),
        QStringLiteral("CREATE TABLE competitors ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " name TEXT NOT NULL, note TEXT)"),
        QStringLiteral("CREATE INDEX competitors_customer ON competitors(customer_id)"),
    });
    insertDefaultLists(db);
}

// 2: orders, payments against them, and service costs (DOMAIN §2). Amounts in fen.
void createTransactions(const QSqlDatabase &db)
{
    runAll(db, {
        QStringLiteral("CREATE TABLE orders ("
                       " id INTEGER PRIMARY KEY,"
                       " order_no TEXT NOT NULL UNIQUE,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                       " date TEXT NOT NULL,"
                       " product_model TEXT NOT NULL,"
                       " quantity INTEGER NOT NULL CHECK (quantity >= 0),"
                       " amount INTEGER NOT NULL,"
                       " cost INTEGER NOT NULL,"
                       " due_date TEXT)"),
        // Covers per-customer figures over a period without touching the table.
        QStringLiteral("CREATE INDEX orders_customer_date ON orders(customer_id, date, amount, cost)"),
        QStringLiteral("CREATE TABLE payments ("
                       " id INTEGER PRIMARY KEY,"
                       " order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,"
                       " date TEXT NOT NULL,"
                       " amount INTEGER NOT NULL CHECK (amount > 0))"),
        QStringLiteral("CREATE INDEX payments_order ON payments(order_id)"),
        QStringLiteral("CREATE TABLE service_costs ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                       " date TEXT NOT NULL,"
                       " category TEXT NOT NULL CHECK (category = 'entertainment' OR category = 'travel' OR category = 'samples' OR category = 'other'),"
                       " amount INTEGER NOT NULL CHECK (amount >= 0),"
                       " note TEXT)"),
        QStringLiteral("CREATE INDEX service_costs_customer ON service_costs(customer_id, date)"),
    });
}

// 3: the ABC rule (DOMAIN §3) sums a period's orders for every customer. orders_customer_date
// reaches them only customer by customer; an index led by the date reads a year of orders as
// one range, with everything the sums need in the index itself.
void indexOrdersByDate(const QSqlDatabase &db)
{
    sql::exec(db, QStringLiteral("CREATE INDEX orders_date_customer ON orders(date, customer_id, amount, cost)"));
}

// 4: the ABC rule reads code, name and list ids of every active customer. The table's rows
// carry the whole file (addresses, strengths, ...), six times the pages of this index.
void indexCustomersForAbc(const QSqlDatabase &db)
{
    sql::exec(db, QStringLiteral("CREATE INDEX customers_abc ON customers(archived_at, code, name, region_id,"
                                 " industry_id, sales_center_id, account_manager_id)"));
}

// 5: monthly sales and profit per customer, kept by triggers on every write to orders, so the
// ABC rule reads a year as about half as many rows (see OrderRollups).
void rollUpOrdersByMonth(const QSqlDatabase &db)
{
    OrderRollups::createTable(db);
    OrderRollups::rebuild(db);
    OrderRollups::createTriggers(db);
}

// 6: the complaint workflow (DOMAIN §6): complaints, their steps, comments, attachments and
// the responsible departments.
void createComplaints(const QSqlDatabase &db)
{
    ComplaintSchema::create(db);
}

// 7: satisfaction surveys (DOMAIN §7): versioned templates, campaigns with their targeted
// customers and answers, and improvement actions; the default template as version 1.
void createSurveys(const QSqlDatabase &db)
{
    SurveySchema::create(db);
}

// 6: the follow-up log (DOMAIN §8). The contact is kept as text: a customer's contacts are
// written afresh, under new ids, whenever the file is saved.
void createFollowUps(const QSqlDatabase &db)
{
    runAll(db, {
        QStringLiteral("CREATE TABLE follow_ups ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " date TEXT NOT NULL,"
                       " channel TEXT NOT NULL CHECK (channel = 'visit' OR channel = 'phone' OR channel = 'online'),"
                       " staff TEXT NOT NULL,"
                       " contact TEXT,"
                       " content TEXT NOT NULL,"
                       " outcome TEXT,"
                       " next_date TEXT,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX follow_ups_customer_date ON follow_ups(customer_id, date)"),
    });
}

const std::vector<Step> &steps()
{
    static const std::vector<Step> all{
        &createCustomerFile,
        &createTransactions,
        &indexOrdersByDate,
        &indexCustomersForAbc,
        &rollUpOrdersByMonth,
        &createComplaints,
        &createSurveys,
        &createFollowUps,
    };
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return int(steps().size());
}

void Migrations::run(const QSqlDatabase &db, int fromVersion, int toVersion)
{
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        WriteTransaction transaction(db);
        steps().at(size_t(version - 1))(db);
        sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
        transaction.commit();
    }
}

} // namespace kehu
