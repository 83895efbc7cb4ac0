#include "importrowparser.h"

#include "customervalidator.h"
#include "importvalues.h"

#include <QCoreApplication>
#include <QStringList>

namespace kehu {
namespace {

// Declares this file's translation context so lupdate files its messages where the
// translator looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::Import)
};

template<typename Enum>
QString allowedKeys()
{
    QStringList keys;
    for (Enum value : allValues<Enum>()) {
        if (!toKey(value).isEmpty())
            keys << toKey(value);
    }
    return keys.join(QStringLiteral(", "));
}

} // namespace

// One row being read: the fields by column, and the errors found in it.
class ImportRowParser::Row
{
public:
    using Words = std::vector<std::vector<std::pair<std::string, int>>>;

    Row(const ImportMapping &mapping, const CsvRecord &record, std::vector<ImportError> &errors, Words &words)
        : m_mapping(mapping)
        , m_words(words)
        , m_record(record)
        , m_errors(errors)
    {
        const auto headerFields = size_t(mapping.headers.size());
        for (size_t extra = headerFields; extra < record.fields.size(); ++extra) {
            if (!importvalues::trimmed(record.fields[extra]).isEmpty()) {
                failAt(Text::tr("field %1").arg(extra + 1),
                       Text::tr("this line has %1 fields but the header has %2; is a value with a comma not in quotes?")
                               .arg(record.fields.size())
                               .arg(headerFields));
                break;
            }
        }
    }

    bool ok() const { return m_failures == 0; }
    bool present(int column) const { return m_mapping.has(column); }

    QByteArrayView raw(int column) const
    {
        return present(column) ? importvalues::trimmed(m_record.field(m_mapping.fieldOf(column))) : QByteArrayView();
    }
    QString text(int column) const
    {
        const QByteArrayView bytes = raw(column);
        return bytes.isEmpty() ? QString() : QString::fromUtf8(bytes);
    }

    void fail(int column, const QString &message) { failAt(m_mapping.headerOf(column), message); }
    void failAt(const QString &column, const QString &message)
    {
        m_errors.push_back({m_record.line, column, message});
        ++m_failures;
    }

    // A required value: an error when empty.
    bool require(int column)
    {
        if (!raw(column).isEmpty())
            return true;
        fail(column, Text::tr("a value is required"));
        return false;
    }
    QString requiredText(int column) { return require(column) ? text(column) : QString(); }
    void requiredBytes(int column, std::string &out)
    {
        const QByteArrayView bytes = require(column) ? raw(column) : QByteArrayView();
        out.assign(bytes.data(), size_t(bytes.size()));
    }

    QDate date(int column, bool required)
    {
        const QByteArrayView bytes = raw(column);
        if (bytes.isEmpty()) {
            if (required)
                fail(column, Text::tr("a date is required"));
            return {};
        }
        if (const auto date = importvalues::parseDate(bytes))
            return *date;
        fail(column, Text::tr("'%1' is not a date (use 2024-03-05, 2024/3/5 or 2024.3.5)").arg(QString::fromUtf8(bytes)));
        return {};
    }
    QDate yearOrDate(int column)
    {
        const QByteArrayView bytes = raw(column);
        if (bytes.isEmpty())
            return {};
        if (const auto date = importvalues::parseYearOrDate(bytes))
            return *date;
        fail(column, Text::tr("'%1' is neither a year nor a date (use 2015 or 2015-03-05)").arg(QString::fromUtf8(bytes)));
        return {};
    }
    QDateTime timestamp(int column)
    {
        const QByteArrayView bytes = raw(column);
        if (bytes.isEmpty())
            return {};
        if (const auto time = importvalues::parseTimestamp(bytes))
            return *time;
        fail(column, Text::tr("'%1' is not a date and time (use 2024-03-05T08:30:00Z or 2024-03-05)").arg(QString::fromUtf8(bytes)));
        return {};
    }
    std::optional<qint64> integer(int column, bool required)
    {
        const QByteArrayView bytes = raw(column);
        if (bytes.isEmpty()) {
            if (required)
                fail(column, Text::tr("a number is required"));
            return std::nullopt;
        }
        if (const auto value = importvalues::parseInteger(bytes))
            return value;
        fail(column, Text::tr("'%1' is not a whole number").arg(QString::fromUtf8(bytes)));
        return std::nullopt;
    }
    std::optional<Money> money(int column, bool required)
    {
        const QByteArrayView bytes = raw(column);
        if (bytes.isEmpty()) {
            if (required)
                fail(column, Text::tr("an amount is required"));
            return std::nullopt;
        }
        if (const auto value = importvalues::parseMoney(bytes))
            return value;
        fail(column, Text::tr("'%1' is not an amount (use 1234.56, 1,234.56 or ¥1,234.56)").arg(QString::fromUtf8(bytes)));
        return std::nullopt;
    }
    template<typename Enum>
    Enum vocabulary(int column, Enum fallback, bool required = false)
    {
        const QByteArrayView bytes = raw(column);
        if (size_t(column) >= m_words.size())
            m_words.resize(size_t(column) + 1);
        std::vector<std::pair<std::string, int>> &known = m_words[size_t(column)];
        for (const auto &[word, value] : known) {
            if (!bytes.isEmpty() && QByteArrayView(word.data(), qsizetype(word.size())) == bytes)
                return Enum(value);
        }
        const QString value = text(column);
        if (value.isEmpty() && required) {
            fail(column, Text::tr("a value is required (one of: %1)").arg(allowedKeys<Enum>()));
            return fallback;
        }
        if (value.isEmpty())
            return fallback;
        if (const auto parsed = enumFromText<Enum>(value)) {
            known.emplace_back(std::string(bytes.data(), size_t(bytes.size())), int(*parsed));
            return *parsed;
        }
        fail(column, Text::tr("'%1' is not one of: %2").arg(value, allowedKeys<Enum>()));
        return fallback;
    }

private:
    const ImportMapping &m_mapping;
    Words &m_words;
    const CsvRecord &m_record;
    std::vector<ImportError> &m_errors;
    int m_failures = 0;
};

ImportRowParser::ImportRowParser(const ImportMapping &mapping, QDate today)
    : m_mapping(mapping)
    , m_today(today)
{
}

bool ImportRowParser::parse(const CsvRecord &record, CustomerRecord &out, std::vector<ImportError> &errors) const
{
    using namespace CustomerColumn;
    Row row(m_mapping, record, errors, m_words);
    out = CustomerRecord();
    out.line = record.line;
    Customer &c = out.customer;
    c.code = row.requiredText(Code);
    c.name = row.requiredText(Name);
    c.address = row.text(Address);
    out.region = row.requiredText(Region);
    c.phone = row.text(Phone);
    c.website = row.text(Website);
    if (const auto employees = row.integer(Employees, false))
        c.employees = int(std::clamp<qint64>(*employees, -1, std::numeric_limits<int>::max()));
    c.revenueBand = row.text(RevenueBand);
    c.ownership = row.vocabulary(CustomerColumn::Ownership, kehu::Ownership::Unspecified);
    out.industry = row.requiredText(Industry);
    c.reputation = row.text(Reputation);
    c.productionCapacity = row.text(ProductionCapacity);
    c.annualSales = row.money(AnnualSales, false);
    c.industryPosition = row.text(IndustryPosition);
    c.creditStatus = row.text(CreditStatus);
    c.strengths = row.text(Strengths);
    c.weaknesses = row.text(Weaknesses);
    // The column is required so a file states it; a blank cell means not known, as in the app.
    c.customerSince = row.yearOrDate(CustomerSince);
    c.mainProducts = row.text(MainProducts);
    if (const auto days = row.integer(PaymentTermsDays, false))
        c.paymentTermsDays = int(std::clamp<qint64>(*days, -1, 100000));
    c.relationship = row.vocabulary(CustomerColumn::Relationship, kehu::Relationship::Unspecified);
    c.category = row.vocabulary(CustomerColumn::Category, kehu::Category::Unspecified);
    out.accountManager = row.text(AccountManager);
    out.salesCenter = row.text(SalesCenter);
    c.status = row.vocabulary(Status, CustomerStatus::Draft);
    c.verifiedBy = row.text(VerifiedBy);
    c.verifiedAt = row.timestamp(VerifiedAt);
    c.lastReviewed = row.date(LastReviewed, false);
    c.archivedAt = row.timestamp(ArchivedAt);

    // The app's rules for a customer file. Region and industry are names here, checked above
    // and resolved by the storage layer; stand-in ids let the other rules run now.
    Customer checked = c;
    checked.regionId = checked.industryId = 1;
    if (!row.ok())
        return false;
    for (const FieldError &error : validateCustomer(checked, m_today)) {
        static const std::vector<std::pair<QString, int>> columnOfField{
                {QStringLiteral("code"), Code}, {QStringLiteral("name"), Name}, {QStringLiteral("phone"), Phone},
                {QStringLiteral("employees"), Employees}, {QStringLiteral("annual_sales"), AnnualSales},
                {QStringLiteral("payment_terms_days"), PaymentTermsDays},
                {QStringLiteral("customer_since"), CustomerSince}, {QStringLiteral("last_reviewed"), LastReviewed},
                {QStringLiteral("verified_by"), VerifiedBy}};
        int column = Code;
        for (const auto &[field, index] : columnOfField) {
            if (field == error.field)
                column = index;
        }
        if (column == VerifiedBy && !row.present(VerifiedBy))
            column = Status;
        row.fail(column, error.message);
    }
    return row.ok();
}

bool ImportRowParser::parse(const CsvRecord &record, ContactRecord &out, std::vector<ImportError> &errors) const
{
    using namespace ContactColumn;
    Row row(m_mapping, record, errors, m_words);
    out = ContactRecord();
    out.line = record.line;
    out.customerCode = row.requiredText(CustomerCode);
    Contact &c = out.contact;
    c.name = row.requiredText(Name);
    c.title = row.text(Title);
    c.role = row.vocabulary(Role, ContactRole::Unspecified);
    c.phone = row.text(Phone);
    if (!c.phone.isEmpty() && !isPlausiblePhone(c.phone))
        row.fail(Phone, Text::tr("'%1' does not look like a phone number").arg(c.phone));
    c.email = row.text(Email);
    if (!c.email.isEmpty() && !isPlausibleEmail(c.email))
        row.fail(Email, Text::tr("'%1' does not look like an e-mail address").arg(c.email));
    c.wechat = row.text(Wechat);
    return row.ok();
}

bool ImportRowParser::parse(const CsvRecord &record, OrderRecord &out, std::vector<ImportError> &errors) const
{
    using namespace OrderColumn;
    Row row(m_mapping, record, errors, m_words);
    out.line = record.line;
    row.requiredBytes(OrderNo, out.orderNo);
    row.requiredBytes(CustomerCode, out.customerCode);
    out.date = row.date(Date, true);
    row.requiredBytes(ProductModel, out.productModel);
    out.quantity = row.integer(Quantity, true).value_or(0);
    if (out.quantity < 0)
        row.fail(Quantity, Text::tr("the quantity cannot be negative (%1)").arg(out.quantity));
    out.amount = row.money(Amount, true).value_or(Money());
    out.cost = row.money(Cost, true).value_or(Money());
    out.dueDate = row.date(DueDate, false);
    if (out.dueDate.isValid() && out.date.isValid() && out.dueDate < out.date)
        row.fail(DueDate, Text::tr("the due date %1 is before the order date %2")
                                  .arg(out.dueDate.toString(Qt::ISODate), out.date.toString(Qt::ISODate)));
    return row.ok();
}

bool ImportRowParser::parse(const CsvRecord &record, PaymentRecord &out, std::vector<ImportError> &errors) const
{
    using namespace PaymentColumn;
    Row row(m_mapping, record, errors, m_words);
    out.line = record.line;
    row.requiredBytes(OrderNo, out.orderNo);
    out.date = row.date(Date, true);
    const auto amount = row.money(Amount, true);
    out.amount = amount.value_or(Money());
    if (amount && amount->fen() <= 0)
        row.fail(Amount, Text::tr("a payment must be above zero, not %1").arg(amount->toPlainString()));
    return row.ok();
}

bool ImportRowParser::parse(const CsvRecord &record, ServiceCostRecord &out, std::vector<ImportError> &errors) const
{
    using namespace ServiceCostColumn;
    Row row(m_mapping, record, errors, m_words);
    out.line = record.line;
    row.requiredBytes(CustomerCode, out.customerCode);
    out.date = row.date(Date, true);
    out.category = row.vocabulary(ServiceCostColumn::Category, ServiceCostCategory::Other, true);
    const auto amount = row.money(Amount, true);
    out.amount = amount.value_or(Money());
    if (amount && amount->fen() < 0)
        row.fail(Amount, Text::tr("a service cost cannot be negative (%1)").arg(amount->toPlainString()));
    out.note = row.text(Note);
    return row.ok();
}

} // namespace kehu
