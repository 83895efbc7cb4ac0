#include "importtargets.h"

#include "codeindex.h"
#include "customermonthsums.h"
#include "referencelistrepository.h"
#include "sqlitestatement.h"

#include "domain/importvalues.h"
#include "domain/textkeys.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

#include <string>
#include <unordered_map>
#include <utility>

namespace kehu {
namespace {

// Declares this file's translation context so lupdate files its messages where the
// translator looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::Import)
};

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Tells rows that were in the table before the import from rows the import added, by rowid:
// SQLite gives a new row max(rowid) + 1, so the import's rows follow the old maximum in order.
// Keeps each added row's line so a duplicate can name the line it repeats.
class RowLedger
{
public:
    enum class Origin { Before, New, ThisImport };

    RowLedger(sqlite3 *db, const char *table)
    {
        SqliteStatement max(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(QLatin1String(table)));
        max.step();
        m_base = max.int64(0);
        max.reset();
    }

    qint64 base() const { return m_base; }
    Origin origin(qint64 id) const
    {
        if (id <= m_base)
            return Origin::Before;
        return id == m_base + qint64(m_lines.size()) + 1 ? Origin::New : Origin::ThisImport;
    }
    void recordNew(qint64 line) { m_lines.push_back(quint32(line)); }
    qint64 lineOf(qint64 id) const
    {
        const qint64 index = id - m_base - 1;
        return index >= 0 && index < qint64(m_lines.size()) ? m_lines[size_t(index)] : 0;
    }

private:
    qint64 m_base = 0;
    std::vector<quint32> m_lines; // 4 bytes a row: 2 M orders need 8 MB
};

// Every customer's code and id, loaded once: rows of contacts, orders and service costs find
// their customer here instead of querying per row.
CodeIndex loadCustomerIds(sqlite3 *db)
{
    CodeIndex ids;
    SqliteStatement count(db, "SELECT count(*) FROM customers");
    count.step();
    ids.reserve(size_t(count.int64(0)));
    count.reset();
    SqliteStatement query(db, "SELECT code, id FROM customers");
    while (query.step() == SqliteStatement::Step::Row)
        ids.insert(query.text(0), query.int64(1));
    query.reset();
    return ids;
}

QByteArrayView bytes(const std::string &text)
{
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

QString unknownCustomer(const QString &code)
{
    return Text::tr("there is no customer with the code %1 in the database; import the customers first").arg(code);
}

QString upsertHint()
{
    return Text::tr("(import in upsert mode to update it)");
}

} // namespace

void ImportErrorList::add(ImportError error)
{
    ++m_count;
    if (m_count <= m_limit)
        m_errors.push_back(std::move(error));
}

ImportTarget::ImportTarget(ImportContext &context)
    : m_context(context)
    , m_parser(context.mapping, context.today)
{
}

ImportTarget::~ImportTarget() = default;

bool ImportTarget::keepRowErrors()
{
    const bool none = m_rowErrors.empty();
    for (ImportError &error : m_rowErrors)
        m_context.errors.add(std::move(error));
    m_rowErrors.clear();
    return none;
}

void ImportTarget::fail(qint64 line, int column, const QString &message)
{
    m_context.errors.add({line, m_context.mapping.headerOf(column), message});
}

namespace {

// Customers: code is the key. Lists resolve by name; see Importer for which may be added.
class CustomerTarget : public ImportTarget
{
public:
    explicit CustomerTarget(ImportContext &context)
        : ImportTarget(context)
        , m_lists(ReferenceListRepository(context.database).load())
        , m_ledger(context.db, "customers")
        , m_write(context.db, writeStatement(context))
        , m_find(context.db, "SELECT id FROM customers WHERE code = ?")
        , m_addManager(context.db,
                       "INSERT INTO account_managers (name, position)"
                       " VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM account_managers))")
        , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8())
    {
    }

    void add(const CsvRecord &record) override
    {
        using namespace CustomerColumn;
        const bool parsed = m_parser.parse(record, m_record, m_rowErrors);
        if (!keepRowErrors() || !parsed)
            return;
        const Customer &c = m_record.customer;
        const qint64 line = m_record.line;
        const ListItem *region = find(ListKind::Region, m_record.region, line, Region);
        const ListItem *industry = find(ListKind::Industry, m_record.industry, line, Industry);
        const ListItem *center = m_record.salesCenter.isEmpty()
                ? nullptr
                : find(ListKind::SalesCenter, m_record.salesCenter, line, SalesCenter);
        if (!region || !industry || (!m_record.salesCenter.isEmpty() && !center))
            return;
        const qint64 managerId = m_record.accountManager.isEmpty() ? 0 : managerOf(m_record.accountManager);
        // A center that differs from the region's is a choice by hand; the same one follows the region.
        const qint64 centerId = center ? center->id : region->salesCenterId;
        const bool manual = center && center->id != region->salesCenterId;

        const QByteArray code = c.code.toUtf8();
        // Text the parser only trimmed is bound as the file's bytes, without a round trip
        // through QString (a conversion and a copy for each of a dozen fields).
        auto text = [&](int column) { return rawText(record, column); };
        m_write.bindRequiredText(code).bindText(text(Name)).bindText(nameKey(c.name)).bindText(text(Address))
                .bindInt(region->id).bindText(text(Phone)).bindText(phoneKey(c.phone)).bindText(text(Website));
        c.employees ? m_write.bindInt(*c.employees) : m_write.bindNull();
        m_write.bindText(text(RevenueBand)).bindText(toKey(c.ownership)).bindInt(industry->id).bindText(text(Reputation))
                .bindText(text(ProductionCapacity));
        c.annualSales ? m_write.bindInt(c.annualSales->fen()) : m_write.bindNull();
        m_write.bindText(text(IndustryPosition)).bindText(text(CreditStatus)).bindText(text(Strengths)).bindText(text(Weaknesses))
                .bindDate(c.customerSince).bindText(text(MainProducts));
        c.paymentTermsDays ? m_write.bindInt(*c.paymentTermsDays) : m_write.bindNull();
        m_write.bindText(toKey(c.relationship)).bindText(toKey(c.category));
        managerId ? m_write.bindInt(managerId) : m_write.bindNull();
        centerId ? m_write.bindInt(centerId) : m_write.bindNull();
        m_write.bindInt(manual ? 1 : 0).bindText(toKey(c.status)).bindText(text(VerifiedBy))
                .bindTimestamp(c.verifiedAt)
                .bindDate(c.lastReviewed)
                .bindTimestamp(c.archivedAt)
                .bindRequiredText(m_now).bindRequiredText(m_now);
        written(code, line);
    }

    const char *table() const override { return "customers"; }

    void finish() override
    {
        if (m_addedManagers.isEmpty())
            return;
        constexpr int Named = 10;
        QString names = m_addedManagers.mid(0, Named).join(QStringLiteral(", "));
        if (m_addedManagers.size() > Named)
            names += Text::tr(" and %1 more").arg(m_addedManagers.size() - Named);
        m_context.warnings << Text::tr("%1 new account managers added: %2").arg(m_addedManagers.size()).arg(names);
    }

private:
    static QString writeStatement(const ImportContext &context)
    {
        using namespace CustomerColumn;
        QString sql = QStringLiteral(
                "INSERT INTO customers (code, name, name_key, address, region_id, phone, phone_key, website, employees,"
                " revenue_band, ownership, industry_id, reputation, production_capacity, annual_sales, industry_position,"
                " credit_status, strengths, weaknesses, customer_since, main_products, payment_terms_days, relationship,"
                " category, account_manager_id, sales_center_id, sales_center_manual, status, verified_by, verified_at,"
                " last_reviewed, archived_at, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        if (context.mode == ImportMode::Insert)
            return sql;
        // Upsert changes only what the file has columns for: a file of codes and phone numbers
        // must not blank every other field.
        static const std::vector<std::pair<int, const char *>> assignments{
                {Name, "name = excluded.name, name_key = excluded.name_key"},
                {Address, "address = excluded.address"},
                {Region, "region_id = excluded.region_id"},
                {Phone, "phone = excluded.phone, phone_key = excluded.phone_key"},
                {Website, "website = excluded.website"},
                {Employees, "employees = excluded.employees"},
                {RevenueBand, "revenue_band = excluded.revenue_band"},
                {CustomerColumn::Ownership, "ownership = excluded.ownership"},
                {Industry, "industry_id = excluded.industry_id"},
                {Reputation, "reputation = excluded.reputation"},
                {ProductionCapacity, "production_capacity = excluded.production_capacity"},
                {AnnualSales, "annual_sales = excluded.annual_sales"},
                {IndustryPosition, "industry_position = excluded.industry_position"},
                {CreditStatus, "credit_status = excluded.credit_status"},
                {Strengths, "strengths = excluded.strengths"},
                {Weaknesses, "weaknesses = excluded.weaknesses"},
                {CustomerSince, "customer_since = excluded.customer_since"},
                {MainProducts, "main_products = excluded.main_products"},
                {PaymentTermsDays, "payment_terms_days = excluded.payment_terms_days"},
                {CustomerColumn::Relationship, "relationship = excluded.relationship"},
                {CustomerColumn::Category, "category = excluded.category"},
                {AccountManager, "account_manager_id = excluded.account_manager_id"},
                {SalesCenter, "sales_center_id = excluded.sales_center_id, sales_center_manual = excluded.sales_center_manual"},
                {Status, "status = excluded.status"},
                {VerifiedBy, "verified_by = excluded.verified_by"},
                {VerifiedAt, "verified_at = excluded.verified_at"},
                {LastReviewed, "last_reviewed = excluded.last_reviewed"},
                {ArchivedAt, "archived_at = excluded.archived_at"},
        };
        QStringList set;
        for (const auto &[column, assignment] : assignments) {
            if (context.mapping.has(column))
                set << QLatin1String(assignment);
        }
        // A new region moves the customer to its center unless the center was chosen by hand.
        if (context.mapping.has(Region) && !context.mapping.has(SalesCenter))
            set << QStringLiteral("sales_center_id = CASE WHEN customers.sales_center_manual THEN customers.sales_center_id"
                                  " ELSE excluded.sales_center_id END");
        set << QStringLiteral("updated_at = excluded.updated_at");
        return sql + QStringLiteral(" ON CONFLICT(code) DO UPDATE SET ") + set.join(QStringLiteral(", "))
                + QStringLiteral(" RETURNING id");
    }

    // A column's value as the parser reads text: trimmed; empty when the file lacks the column.
    QByteArrayView rawText(const CsvRecord &record, int column) const
    {
        const ImportMapping &mapping = m_context.mapping;
        return mapping.has(column) ? importvalues::trimmed(record.field(mapping.fieldOf(column))) : QByteArrayView();
    }

    // Names repeat on every row: each is matched against its list once.
    const ListItem *find(ListKind kind, const QString &name, qint64 line, int column)
    {
        QHash<QString, ListItem> &known = m_known[size_t(kind)];
        const auto cached = known.constFind(name);
        if (cached != known.constEnd())
            return &cached.value();
        if (const ListItem *item = m_lists.findByName(kind, name))
            return &known.insert(name, *item).value();
        if (kind == ListKind::AccountManager)
            return nullptr;
        QStringList names;
        for (const ListItem &item : m_lists.items(kind))
            names << item.name;
        fail(line, column, Text::tr("'%1' is not in the list; use one of: %2").arg(name, names.join(QStringLiteral(", "))));
        return nullptr;
    }

    qint64 managerOf(const QString &name)
    {
        if (const ListItem *item = find(ListKind::AccountManager, name, 0, 0))
            return item->id;
        m_addManager.bindText(name).run();
        const qint64 id = m_addManager.lastInsertId();
        m_lists.accountManagers.push_back({id, name, {}, 0});
        m_known[size_t(ListKind::AccountManager)].insert(name, m_lists.accountManagers.back());
        m_addedManagers << name;
        return id;
    }

    void written(const QByteArray &code, qint64 line)
    {
        using namespace CustomerColumn;
        const SqliteStatement::Step step = m_write.step();
        if (step == SqliteStatement::Step::Row) { // upsert: the id of the row written
            const qint64 id = m_write.int64(0);
            m_write.reset();
            classify(id, code, line);
            return;
        }
        m_write.reset();
        if (step == SqliteStatement::Step::Done) {
            m_ledger.recordNew(line);
            ++m_added;
            return;
        }
        // Insert mode: the code is taken, by a customer of the database or of this file.
        m_find.bindRequiredText(code);
        const qint64 id = m_find.step() == SqliteStatement::Step::Row ? m_find.int64(0) : 0;
        m_find.reset();
        if (id == 0)
            fail(line, Code, Text::tr("the database refused this customer"));
        else
            classify(id, code, line);
    }

    void classify(qint64 id, const QByteArray &code, qint64 line)
    {
        using namespace CustomerColumn;
        switch (m_ledger.origin(id)) {
        case RowLedger::Origin::New:
            m_ledger.recordNew(line);
            ++m_added;
            break;
        case RowLedger::Origin::Before:
            if (m_context.mode == ImportMode::Upsert)
                ++m_updated;
            else
                fail(line, Code, Text::tr("customer %1 is already in the database %2").arg(QString::fromUtf8(code), upsertHint()));
            break;
        case RowLedger::Origin::ThisImport:
            fail(line, Code, Text::tr("customer %1 appears twice in the file: also on line %2")
                                     .arg(QString::fromUtf8(code))
                                     .arg(m_ledger.lineOf(id)));
            break;
        }
    }

    ReferenceLists m_lists;
    std::array<QHash<QString, ListItem>, 4> m_known; // by ListKind
    RowLedger m_ledger;
    SqliteStatement m_write;
    SqliteStatement m_find;
    SqliteStatement m_addManager;
    QByteArray m_now;
    CustomerRecord m_record;
    QStringList m_addedManagers;
};

// Contacts: the key is the customer and the contact's name.
class ContactTarget : public ImportTarget
{
public:
    explicit ContactTarget(ImportContext &context)
        : ImportTarget(context)
        , m_customers(loadCustomerIds(context.db))
        , m_ledger(context.db, "contacts")
        , m_insert(context.db,
                   "INSERT INTO contacts (customer_id, position, name, title, role, phone, phone_key, email, wechat)"
                   " VALUES (?1, (SELECT coalesce(max(position), -1) + 1 FROM contacts WHERE customer_id = ?1),"
                   " ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        , m_find(context.db, "SELECT id FROM contacts WHERE customer_id = ? AND name = ? AND id <= ? LIMIT 1")
        , m_update(context.db, updateStatement(context.mapping))
    {
    }

    void add(const CsvRecord &record) override
    {
        using namespace ContactColumn;
        const bool parsed = m_parser.parse(record, m_record, m_rowErrors);
        if (!keepRowErrors() || !parsed)
            return;
        const qint64 line = m_record.line;
        const qint64 customerId = m_customers.find(QByteArrayView(m_record.customerCode.toUtf8()));
        if (customerId == 0) {
            fail(line, CustomerCode, unknownCustomer(m_record.customerCode));
            return;
        }
        const Contact &c = m_record.contact;
        const std::string key = std::to_string(customerId) + '\x1f' + c.name.toStdString();
        const auto [seen, firstTime] = m_seen.emplace(key, line);
        if (!firstTime) {
            fail(line, Name, Text::tr("contact %1 of customer %2 appears twice in the file: also on line %3")
                                     .arg(c.name, m_record.customerCode)
                                     .arg(seen->second));
            return;
        }
        m_find.bindInt(customerId).bindText(c.name).bindInt(m_ledger.base());
        const qint64 existing = m_find.step() == SqliteStatement::Step::Row ? m_find.int64(0) : 0;
        m_find.reset();
        if (existing && m_context.mode == ImportMode::Insert) {
            fail(line, Name, Text::tr("customer %1 already has a contact named %2 %3").arg(m_record.customerCode, c.name, upsertHint()));
            return;
        }
        if (existing) {
            bindUpdate(c);
            m_update.bindInt(existing).run();
            ++m_updated;
            return;
        }
        m_insert.bindInt(customerId).bindText(c.name).bindText(c.title).bindText(toKey(c.role)).bindText(c.phone)
                .bindText(phoneKey(c.phone)).bindText(c.email).bindText(c.wechat);
        if (m_insert.run() != SqliteStatement::Step::Done) {
            fail(line, Name, Text::tr("the database refused this contact"));
            return;
        }
        ++m_added;
    }

private:
    static QString updateStatement(const ImportMapping &mapping)
    {
        using namespace ContactColumn;
        QStringList set{QStringLiteral("name = name")};
        if (mapping.has(Title))
            set << QStringLiteral("title = ?");
        if (mapping.has(Role))
            set << QStringLiteral("role = ?");
        if (mapping.has(Phone))
            set << QStringLiteral("phone = ?, phone_key = ?");
        if (mapping.has(Email))
            set << QStringLiteral("email = ?");
        if (mapping.has(Wechat))
            set << QStringLiteral("wechat = ?");
        return QStringLiteral("UPDATE contacts SET %1 WHERE id = ?").arg(set.join(QStringLiteral(", ")));
    }

    void bindUpdate(const Contact &c)
    {
        using namespace ContactColumn;
        const ImportMapping &mapping = m_context.mapping;
        if (mapping.has(Title))
            m_update.bindText(c.title);
        if (mapping.has(Role))
            m_update.bindText(toKey(c.role));
        if (mapping.has(Phone))
            m_update.bindText(c.phone).bindText(phoneKey(c.phone));
        if (mapping.has(Email))
            m_update.bindText(c.email);
        if (mapping.has(Wechat))
            m_update.bindText(c.wechat);
    }

    CodeIndex m_customers;
    RowLedger m_ledger;
    SqliteStatement m_insert;
    SqliteStatement m_find;
    SqliteStatement m_update;
    ContactRecord m_record;
    std::unordered_map<std::string, qint64> m_seen;
};

// Orders: the order number is the key. The hot path of big imports: no QString per row, and
// in insert mode rows go RowsPerInsert at a time in one statement, since a statement's own
// work (starting, opening the table and its unique index, seeking from their roots) costs
// more than the row it inserts. A batch that a constraint refuses is undone by SQLite and its
// rows go again one by one, which finds and names the offending row.
class OrderTarget : public ImportTarget
{
public:
    explicit OrderTarget(ImportContext &context)
        : ImportTarget(context)
        , m_customers(loadCustomerIds(context.db))
        , m_ledger(context.db, "orders")
        , m_write(context.db, writeStatement(context, 1))
        , m_find(context.db, "SELECT id FROM orders WHERE order_no = ?")
    {
        if (context.mode == ImportMode::Insert) {
            m_many = std::make_unique<SqliteStatement>(context.db, writeStatement(context, RowsPerInsert));
            m_batch.resize(RowsPerInsert);
        } else {
            m_batch.resize(1);
        }
    }

    const char *table() const override { return "orders"; }

    void add(const CsvRecord &record) override
    {
        using namespace OrderColumn;
        OrderRecord &o = m_batch[size_t(m_pending)];
        const bool parsed = m_parser.parse(record, o, m_rowErrors);
        if (!m_rowErrors.empty())
            flush(); // the errors of the rows before this one come first
        if (!keepRowErrors() || !parsed)
            return;
        if (!m_many) {
            const qint64 customerId = m_customers.find(bytes(o.customerCode));
            if (customerId == 0) {
                fail(o.line, CustomerCode, unknownCustomer(fromUtf8(o.customerCode)));
                return;
            }
            m_customerIds[0] = customerId;
            writeOne(0);
            return;
        }
        // The customer is looked up when the batch is written, together with the batch's
        // other rows: see flush().
        if (++m_pending == RowsPerInsert)
            flush();
    }

    void finish() override { flush(); }

private:
    static constexpr int RowsPerInsert = 64;

    static QString writeStatement(const ImportContext &context, int rows)
    {
        QString sql = QStringLiteral("INSERT INTO orders (order_no, customer_id, date, product_model, quantity, amount, cost, due_date)"
                                     " VALUES (?,?,?,?,?,?,?,?)");
        for (int row = 1; row < rows; ++row)
            sql += QStringLiteral(", (?,?,?,?,?,?,?,?)");
        if (context.mode == ImportMode::Upsert) {
            sql += QStringLiteral(" ON CONFLICT(order_no) DO UPDATE SET customer_id = excluded.customer_id,"
                                  " date = excluded.date, product_model = excluded.product_model,"
                                  " quantity = excluded.quantity, amount = excluded.amount, cost = excluded.cost");
            if (context.mapping.has(OrderColumn::DueDate))
                sql += QStringLiteral(", due_date = excluded.due_date");
            sql += QStringLiteral(" RETURNING id");
        }
        return sql;
    }

    // Binds the batch's row `row`. Its dates are written into the row's own buffers and bound
    // without a copy: SQLite's copy of bound text (a malloc per value) cost more than the date.
    void bind(SqliteStatement &statement, size_t row)
    {
        const OrderRecord &o = m_batch[row];
        char *date = m_dates[row].data();
        char *dueDate = date + 10;
        importvalues::writeIsoDate(o.date, date);
        statement.bindRequiredText(o.orderNo).bindInt(m_customerIds[row]).bindRequiredText(QByteArrayView(date, 10))
                .bindRequiredText(o.productModel).bindInt(o.quantity).bindInt(o.amount.fen()).bindInt(o.cost.fen());
        if (o.dueDate.isValid()) {
            importvalues::writeIsoDate(o.dueDate, dueDate);
            statement.bindRequiredText(QByteArrayView(dueDate, 10));
        } else {
            statement.bindNull();
        }
    }

    // Writes the pending rows: as one statement when the batch is full and every customer is
    // known, else one by one in file order, naming each unknown customer where it comes.
    void flush()
    {
        const int count = std::exchange(m_pending, 0);
        if (count == 0)
            return;
        // The rows' customers: their slots are loaded together, then read.
        for (int row = 0; row < count; ++row)
            m_customers.prefetch(bytes(m_batch[size_t(row)].customerCode));
        bool customersKnown = true;
        for (int row = 0; row < count; ++row) {
            m_customerIds[size_t(row)] = m_customers.find(bytes(m_batch[size_t(row)].customerCode));
            customersKnown = customersKnown && m_customerIds[size_t(row)] != 0;
        }
        if (count == RowsPerInsert && customersKnown) {
            for (int row = 0; row < count; ++row)
                bind(*m_many, size_t(row));
            if (m_many->run() == SqliteStatement::Step::Done) {
                // SQLite numbers the rows in the order of the VALUES, as the ledger expects.
                if (m_context.monthSums) {
                    for (int row = 0; row < count; ++row)
                        m_context.monthSums->prefetch(m_customerIds[size_t(row)], m_batch[size_t(row)].date);
                }
                for (int row = 0; row < count; ++row)
                    added(m_batch[size_t(row)], m_customerIds[size_t(row)]);
                return;
            }
        }
        for (int row = 0; row < count; ++row) {
            const OrderRecord &o = m_batch[size_t(row)];
            if (m_customerIds[size_t(row)] == 0)
                fail(o.line, OrderColumn::CustomerCode, unknownCustomer(fromUtf8(o.customerCode)));
            else
                writeOne(size_t(row));
        }
    }

    void writeOne(size_t row)
    {
        const OrderRecord &o = m_batch[row];
        const qint64 customerId = m_customerIds[row];
        bind(m_write, row);
        const SqliteStatement::Step step = m_write.step();
        qint64 id = 0;
        if (step == SqliteStatement::Step::Row) {
            id = m_write.int64(0);
        } else if (step == SqliteStatement::Step::Done) {
            m_write.reset();
            added(o, customerId);
            return;
        }
        m_write.reset();
        if (step == SqliteStatement::Step::Constraint) {
            m_find.bindRequiredText(o.orderNo);
            id = m_find.step() == SqliteStatement::Step::Row ? m_find.int64(0) : 0;
            m_find.reset();
        }
        classify(o, id, customerId);
    }

    void added(const OrderRecord &o, qint64 customerId)
    {
        m_ledger.recordNew(o.line);
        ++m_added;
        if (m_context.monthSums)
            m_context.monthSums->add(customerId, o.date, o.amount.fen(), o.cost.fen());
    }

    void classify(const OrderRecord &o, qint64 id, qint64 customerId)
    {
        using namespace OrderColumn;
        if (id == 0) {
            fail(o.line, OrderNo, Text::tr("the database refused this order"));
            return;
        }
        switch (m_ledger.origin(id)) {
        case RowLedger::Origin::New:
            added(o, customerId);
            break;
        case RowLedger::Origin::Before:
            if (m_context.mode == ImportMode::Upsert)
                ++m_updated;
            else
                fail(o.line, OrderNo, Text::tr("order %1 is already in the database %2").arg(fromUtf8(o.orderNo), upsertHint()));
            break;
        case RowLedger::Origin::ThisImport:
            fail(o.line, OrderNo, Text::tr("order %1 appears twice in the file: also on line %2")
                                          .arg(fromUtf8(o.orderNo))
                                          .arg(m_ledger.lineOf(id)));
            break;
        }
    }

    CodeIndex m_customers;
    RowLedger m_ledger;
    SqliteStatement m_write;
    SqliteStatement m_find;
    std::unique_ptr<SqliteStatement> m_many; // insert mode only
    std::vector<OrderRecord> m_batch;         // rows parsed, not yet written
    std::array<qint64, RowsPerInsert> m_customerIds{};
    std::array<std::array<char, 20>, RowsPerInsert> m_dates{}; // ISO date and due date per row
    int m_pending = 0;
};

// Payments have no key of their own: insert adds every row; upsert counts a payment that is
// already stored (same order, date and amount) as updated instead of adding it twice, so
// importing the same file again changes nothing.
class PaymentTarget : public ImportTarget
{
public:
    explicit PaymentTarget(ImportContext &context)
        : ImportTarget(context)
        , m_ledger(context.db, "payments")
        , m_order(context.db, "SELECT id FROM orders WHERE order_no = ?")
        , m_same(context.db, "SELECT 1 FROM payments WHERE order_id = ? AND date = ? AND amount = ? AND id <= ? LIMIT 1")
        , m_insert(context.db, "INSERT INTO payments (order_id, date, amount) VALUES (?,?,?)")
    {
    }

    void add(const CsvRecord &record) override
    {
        using namespace PaymentColumn;
        const bool parsed = m_parser.parse(record, m_record, m_rowErrors);
        if (!keepRowErrors() || !parsed)
            return;
        const PaymentRecord &p = m_record;
        m_order.bindRequiredText(p.orderNo);
        const qint64 orderId = m_order.step() == SqliteStatement::Step::Row ? m_order.int64(0) : 0;
        m_order.reset();
        if (orderId == 0) {
            fail(p.line, OrderNo, Text::tr("there is no order %1 in the database; import the orders first").arg(fromUtf8(p.orderNo)));
            return;
        }
        if (m_context.mode == ImportMode::Upsert) {
            m_same.bindInt(orderId).bindDate(p.date).bindInt(p.amount.fen()).bindInt(m_ledger.base());
            const bool stored = m_same.step() == SqliteStatement::Step::Row;
            m_same.reset();
            if (stored) {
                ++m_updated;
                return;
            }
        }
        if (m_insert.bindInt(orderId).bindDate(p.date).bindInt(p.amount.fen()).run() != SqliteStatement::Step::Done) {
            fail(p.line, Amount, Text::tr("the database refused this payment"));
            return;
        }
        ++m_added;
    }

private:
    RowLedger m_ledger;
    SqliteStatement m_order;
    SqliteStatement m_same;
    SqliteStatement m_insert;
    PaymentRecord m_record;
};

// Service costs, like payments, have no key: upsert matches customer, date, category and
// amount, and updates the note.
class ServiceCostTarget : public ImportTarget
{
public:
    explicit ServiceCostTarget(ImportContext &context)
        : ImportTarget(context)
        , m_customers(loadCustomerIds(context.db))
        , m_ledger(context.db, "service_costs")
        , m_same(context.db,
                 "SELECT id FROM service_costs WHERE customer_id = ? AND date = ? AND category = ? AND amount = ?"
                 " AND id <= ? LIMIT 1")
        , m_note(context.db, "UPDATE service_costs SET note = ? WHERE id = ?")
        , m_insert(context.db, "INSERT INTO service_costs (customer_id, date, category, amount, note) VALUES (?,?,?,?,?)")
    {
    }

    void add(const CsvRecord &record) override
    {
        using namespace ServiceCostColumn;
        const bool parsed = m_parser.parse(record, m_record, m_rowErrors);
        if (!keepRowErrors() || !parsed)
            return;
        const ServiceCostRecord &s = m_record;
        const qint64 customerId = m_customers.find(bytes(s.customerCode));
        if (customerId == 0) {
            fail(s.line, CustomerCode, unknownCustomer(fromUtf8(s.customerCode)));
            return;
        }
        const QString category = toKey(s.category);
        if (m_context.mode == ImportMode::Upsert) {
            m_same.bindInt(customerId).bindDate(s.date).bindText(category).bindInt(s.amount.fen()).bindInt(m_ledger.base());
            const qint64 existing = m_same.step() == SqliteStatement::Step::Row ? m_same.int64(0) : 0;
            m_same.reset();
            if (existing) {
                if (m_context.mapping.has(Note))
                    m_note.bindText(s.note).bindInt(existing).run();
                ++m_updated;
                return;
            }
        }
        if (m_insert.bindInt(customerId).bindDate(s.date).bindText(category).bindInt(s.amount.fen()).bindText(s.note).run()
            != SqliteStatement::Step::Done) {
            fail(s.line, Amount, Text::tr("the database refused this service cost"));
            return;
        }
        ++m_added;
    }

private:
    CodeIndex m_customers;
    RowLedger m_ledger;
    SqliteStatement m_same;
    SqliteStatement m_note;
    SqliteStatement m_insert;
    ServiceCostRecord m_record;
};

} // namespace

std::unique_ptr<ImportTarget> ImportTarget::create(ImportKind kind, ImportContext &context)
{
    switch (kind) {
    case ImportKind::Customers:
        return std::make_unique<CustomerTarget>(context);
    case ImportKind::Contacts:
        return std::make_unique<ContactTarget>(context);
    case ImportKind::Orders:
        return std::make_unique<OrderTarget>(context);
    case ImportKind::Payments:
        return std::make_unique<PaymentTarget>(context);
    case ImportKind::ServiceCosts:
        break;
    }
    return std::make_unique<ServiceCostTarget>(context);
}

} // namespace kehu
