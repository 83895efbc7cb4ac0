#include "complaintrepository.h"

#include "complaintschema.h"
#include "complaintsettings.h"
#include "database.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include "domain/complaintworkflow.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace kehu {
namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT c.id, c.number, c.customer_id, cu.code, cu.name, c.channel, c.category, c.severity, c.description,"
    " c.order_no, c.product_model, c.state, c.escalated, c.received_at, c.received_by, c.assigned_by,"
    " c.department, c.handler, c.root_cause, c.handling, c.corrective_action, c.closed_at, c.review_due,"
    " c.reopen_count FROM complaints c JOIN customers cu ON cu.id = c.customer_id");

// A stored timestamp ("2026-01-05T01:00:00Z") as local wall time with its offset from UTC. The
// zone's offset is looked up once per quarter of an hour (offsets change only on such
// boundaries): converting each of a hundred thousand steps with toLocalTime() asks the C library,
// which checks the zone file every time.
QDateTime localTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    QDateTime utc;
    if (text.size() == 20 && text.at(19) == QLatin1Char('Z')) {
        auto number = [&text](int from, int length) { return QStringView(text).mid(from, length).toInt(); };
        utc = QDateTime(QDate(number(0, 4), number(5, 2), number(8, 2)), QTime(number(11, 2), number(14, 2), number(17, 2)),
                        Qt::UTC);
    } else {
        utc = QDateTime::fromString(text, Qt::ISODate).toUTC();
    }
    if (!utc.isValid())
        return utc;
    thread_local QHash<qint64, int> offsets;
    const qint64 quarter = utc.toSecsSinceEpoch() / 900;
    auto it = offsets.constFind(quarter);
    if (it == offsets.constEnd())
        it = offsets.insert(quarter, utc.toLocalTime().offsetFromUtc());
    return utc.toOffsetFromUtc(*it);
}

QString fieldsJson(const QMap<QString, QString> &fields)
{
    QJsonObject object;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> fieldsFromJson(const QString &json)
{
    QMap<QString, QString> fields;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        fields.insert(it.key(), it.value().toString());
    return fields;
}

Complaint fromRow(const QSqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.customerId = q.value(2).toLongLong();
    c.customerCode = q.value(3).toString();
    c.customerName = q.value(4).toString();
    c.channel = complaintChannelFromKey(q.value(5).toString()).value_or(ComplaintChannel::Phone);
    c.category = complaintCategoryFromKey(q.value(6).toString()).value_or(ComplaintCategory::Other);
    c.severity = complaintSeverityFromKey(q.value(7).toString()).value_or(ComplaintSeverity::Normal);
    c.description = q.value(8).toString();
    c.orderNo = q.value(9).toString();
    c.productModel = q.value(10).toString();
    c.state = complaintStateFromKey(q.value(11).toString()).value_or(ComplaintState::Received);
    c.escalated = q.value(12).toBool();
    c.receivedAt = localTime(q.value(13));
    c.receivedBy = q.value(14).toString();
    c.assignedBy = q.value(15).toString();
    c.department = q.value(16).toString();
    c.handler = q.value(17).toString();
    c.rootCause = q.value(18).toString();
    c.handling = q.value(19).toString();
    c.correctiveAction = q.value(20).toString();
    c.closedAt = localTime(q.value(21));
    c.reviewDue = localTime(q.value(22));
    c.reopenCount = q.value(23).toInt();
    return c;
}

void insertStep(const QSqlDatabase &db, qint64 complaintId, int position, const ComplaintStepRecord &step)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral(
        "INSERT INTO complaint_steps (complaint_id, position, step, taken_at, taken_by, fields) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(complaintId);
    query.addBindValue(position);
    query.addBindValue(toKey(step.step));
    query.addBindValue(sql::timestampValue(step.at));
    query.addBindValue(step.by);
    query.addBindValue(fieldsJson(step.fields));
    sql::exec(query);
}

[[noreturn]] void refuse(const QString &message)
{
    throw StorageError(StorageError::Kind::Refused, message);
}

} // namespace

ComplaintRepository::ComplaintRepository(const Database &db)
    : m_db(db)
{
}

Complaint ComplaintRepository::add(const QString &customerCode, const ComplaintStepRecord &add)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);

    QSqlQuery customer = sql::prepare(db, QStringLiteral("SELECT id, name, archived_at FROM customers WHERE code = ?"));
    customer.addBindValue(customerCode.trimmed());
    sql::exec(customer);
    if (!customer.next())
        refuse(tr("There is no customer with the code %1.").arg(customerCode.trimmed()));
    if (!customer.value(2).isNull())
        refuse(tr("The customer %1 is archived.").arg(customerCode.trimmed()));

    ComplaintStepRecord record = add;
    record.step = ComplaintStep::Add;
    const QString orderNo = record.field(QStringLiteral("order")).trimmed();
    if (!orderNo.isEmpty()) {
        QSqlQuery order = sql::prepare(db, QStringLiteral("SELECT customer_id, product_model FROM orders WHERE order_no = ?"));
        order.addBindValue(orderNo);
        sql::exec(order);
        if (!order.next() || order.value(0).toLongLong() != customer.value(0).toLongLong())
            refuse(tr("The customer %1 has no order %2.").arg(customerCode.trimmed(), orderNo));
        if (record.field(QStringLiteral("product")).trimmed().isEmpty())
            record.fields.insert(QStringLiteral("product"), order.value(1).toString());
    }

    QString refusal;
    Complaint c = ComplaintWorkflow::received(record, &refusal);
    if (!refusal.isEmpty())
        refuse(refusal);
    c.customerId = customer.value(0).toLongLong();
    c.customerCode = customerCode.trimmed();
    c.customerName = customer.value(1).toString();

    const int year = c.receivedAt.date().year();
    QSqlQuery next = sql::prepare(db, QStringLiteral("SELECT COALESCE(MAX(sequence), 0) + 1 FROM complaints WHERE year = ?"));
    next.addBindValue(year);
    sql::exec(next);
    next.next();
    const int sequence = next.value(0).toInt();
    c.number = complaintNumber(year, sequence);

    QSqlQuery insert = sql::prepare(db, QStringLiteral(
        "INSERT INTO complaints (number, year, sequence, customer_id, channel, category, severity, description,"
        " order_no, product_model, state, escalated, received_at, received_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(c.number);
    insert.addBindValue(year);
    insert.addBindValue(sequence);
    insert.addBindValue(c.customerId);
    insert.addBindValue(toKey(c.channel));
    insert.addBindValue(toKey(c.category));
    insert.addBindValue(toKey(c.severity));
    insert.addBindValue(c.description);
    insert.addBindValue(sql::textValue(c.orderNo));
    insert.addBindValue(sql::textValue(c.productModel));
    insert.addBindValue(toKey(c.state));
    insert.addBindValue(c.escalated ? 1 : 0);
    insert.addBindValue(sql::timestampValue(c.receivedAt));
    insert.addBindValue(c.receivedBy);
    sql::exec(insert);
    c.id = insert.lastInsertId().toLongLong();
    insertStep(db, c.id, 0, c.history.front());
    transaction.commit();
    return c;
}

Complaint ComplaintRepository::takeStep(const QString &number, const ComplaintStepRecord &step)
{
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    // Read inside the write lock: whoever came first has already moved the complaint on.
    const Complaint before = load(number);
    const ComplaintSettings settings(m_db);
    const ComplaintRules rules = settings.rules();

    const ComplaintTransition transition = ComplaintWorkflow::transition(before.state, step.step);
    if (!transition)
        refuse(QStringLiteral("%1: %2").arg(before.number, transition.refusal));
    ComplaintStepRecord record = step;
    if (record.step == ComplaintStep::Assign && !record.field(QStringLiteral("department")).trimmed().isEmpty()) {
        const std::optional<QString> department = settings.departmentName(record.field(QStringLiteral("department")));
        if (!department)
            refuse(tr("There is no department %1 in the list.").arg(record.field(QStringLiteral("department")).trimmed()));
        record.fields.insert(QStringLiteral("department"), *department);
    }
    const QString refusal = ComplaintWorkflow::checkStep(before, record, rules);
    if (!refusal.isEmpty())
        refuse(QStringLiteral("%1: %2").arg(before.number, refusal));
    const Complaint after = ComplaintWorkflow::applyStep(before, record, rules);

    QSqlQuery update = sql::prepare(db, QStringLiteral(
        "UPDATE complaints SET state = ?, assigned_by = ?, department = ?, handler = ?, root_cause = ?, handling = ?,"
        " corrective_action = ?, closed_at = ?, review_due = ?, reopen_count = ? WHERE id = ? AND state = ?"));
    update.addBindValue(toKey(after.state));
    update.addBindValue(sql::textValue(after.assignedBy));
    update.addBindValue(sql::textValue(after.department));
    update.addBindValue(sql::textValue(after.handler));
    update.addBindValue(sql::textValue(after.rootCause));
    update.addBindValue(sql::textValue(after.handling));
    update.addBindValue(sql::textValue(after.correctiveAction));
    update.addBindValue(sql::timestampValue(after.closedAt));
    update.addBindValue(sql::timestampValue(after.reviewDue));
    update.addBindValue(after.reopenCount);
    update.addBindValue(after.id);
    update.addBindValue(toKey(before.state));
    sql::exec(update);
    if (update.numRowsAffected() != 1)
        refuse(tr("%1 was changed by someone else; nothing was written.").arg(before.number));
    insertStep(db, after.id, int(after.history.size()) - 1, after.history.back());
    transaction.commit();
    return after;
}

Complaint ComplaintRepository::load(const QString &number) const
{
    std::vector<Complaint> found = select(QStringLiteral("c.number = ?"), { number.trimmed() });
    if (found.empty())
        throw StorageError(StorageError::Kind::NotFound, tr("There is no complaint %1.").arg(number.trimmed()));
    return found.front();
}

Complaint ComplaintRepository::load(qint64 id) const
{
    std::vector<Complaint> found = select(QStringLiteral("c.id = ?"), { id });
    if (found.empty())
        throw StorageError(StorageError::Kind::NotFound, tr("The complaint no longer exists."));
    return found.front();
}

std::vector<Complaint> ComplaintRepository::list(const ComplaintQuery &query) const
{
    QStringList where;
    QVariantList values;
    if (query.state) {
        where << QStringLiteral("c.state = ?");
        values << toKey(*query.state);
    }
    if (query.openOnly)
        where << QStringLiteral("c.state <> 'closed'");
    if (query.customerId > 0) {
        where << QStringLiteral("c.customer_id = ?");
        values << query.customerId;
    }
    if (query.receivedFrom.isValid()) {
        where << QStringLiteral("c.received_at >= ?");
        values << sql::timestampValue(QDateTime(query.receivedFrom, QTime(0, 0)));
    }
    if (query.receivedTo.isValid()) {
        where << QStringLiteral("c.received_at < ?");
        values << sql::timestampValue(QDateTime(query.receivedTo.addDays(1), QTime(0, 0)));
    }
    return select(where.join(QStringLiteral(" AND ")), values);
}

std::vector<Complaint> ComplaintRepository::select(const QString &where, const QVariantList &values) const
{
    const QSqlDatabase db = m_db.connection();
    const QString condition = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    QSqlQuery query = sql::prepare(db, SelectColumns + condition + QStringLiteral(" ORDER BY c.received_at DESC, c.id DESC"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    sql::exec(query);
    std::vector<Complaint> complaints;
    QHash<qint64, size_t> index;
    while (query.next()) {
        complaints.push_back(fromRow(query));
        index.insert(complaints.back().id, complaints.size() - 1);
    }
    if (complaints.empty())
        return complaints;

    // The steps of the same complaints in one pass.
    QSqlQuery steps = sql::prepare(db, QStringLiteral(
        "SELECT s.complaint_id, s.step, s.taken_at, s.taken_by, s.fields FROM complaint_steps s"
        " WHERE s.complaint_id IN (SELECT c.id FROM complaints c JOIN customers cu ON cu.id = c.customer_id%1)"
        " ORDER BY s.complaint_id, s.position").arg(condition));
    for (const QVariant &value : values)
        steps.addBindValue(value);
    sql::exec(steps);
    while (steps.next()) {
        const auto it = index.constFind(steps.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        ComplaintStepRecord record;
        record.step = complaintStepFromKey(steps.value(1).toString()).value_or(ComplaintStep::Add);
        record.at = localTime(steps.value(2));
        record.by = steps.value(3).toString();
        record.fields = fieldsFromJson(steps.value(4).toString());
        complaints[*it].history.push_back(std::move(record));
    }
    return complaints;
}

void ComplaintRepository::requireComplaint(qint64 id) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("SELECT 1 FROM complaints WHERE id = ?"));
    query.addBindValue(id);
    sql::exec(query);
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, tr("The complaint no longer exists."));
}

void ComplaintRepository::addComment(qint64 complaintId, const QDateTime &at, const QString &by, const QString &text)
{
    if (text.trimmed().isEmpty())
        refuse(tr("A comment needs some text."));
    WriteTransaction transaction(m_db.connection());
    requireComplaint(complaintId);
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
        "INSERT INTO complaint_comments (complaint_id, written_at, written_by, text) VALUES (?, ?, ?, ?)"));
    query.addBindValue(complaintId);
    query.addBindValue(sql::timestampValue(at));
    query.addBindValue(by);
    query.addBindValue(text.trimmed());
    sql::exec(query);
    transaction.commit();
}

std::vector<ComplaintComment> ComplaintRepository::comments(qint64 complaintId) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
        "SELECT id, written_at, written_by, text FROM complaint_comments WHERE complaint_id = ? ORDER BY written_at, id"));
    query.addBindValue(complaintId);
    sql::exec(query);
    std::vector<ComplaintComment> result;
    while (query.next())
        result.push_back({ query.value(0).toLongLong(), localTime(query.value(1)), query.value(2).toString(),
            query.value(3).toString() });
    return result;
}

qint64 ComplaintRepository::addAttachment(qint64 complaintId, const QDateTime &at, const QString &by,
                                          const QString &fileName, const QString &mimeType, const QByteArray &data)
{
    if (data.size() > ComplaintSchema::MaxAttachmentBytes) {
        refuse(tr("%1 is %2 MB; an attachment may be at most 20 MB.")
                   .arg(fileName)
                   .arg(double(data.size()) / (1024.0 * 1024.0), 0, 'f', 1));
    }
    if (fileName.trimmed().isEmpty())
        refuse(tr("An attachment needs a file name."));
    WriteTransaction transaction(m_db.connection());
    requireComplaint(complaintId);
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
        "INSERT INTO complaint_attachments (complaint_id, added_at, added_by, file_name, mime_type, size, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(complaintId);
    query.addBindValue(sql::timestampValue(at));
    query.addBindValue(by);
    query.addBindValue(fileName.trimmed());
    query.addBindValue(mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : mimeType);
    query.addBindValue(qint64(data.size()));
    query.addBindValue(data);
    sql::exec(query);
    const qint64 id = query.lastInsertId().toLongLong();
    transaction.commit();
    return id;
}

std::vector<ComplaintAttachment> ComplaintRepository::attachments(qint64 complaintId) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
        "SELECT id, added_at, added_by, file_name, mime_type, size FROM complaint_attachments"
        " WHERE complaint_id = ? ORDER BY added_at, id"));
    query.addBindValue(complaintId);
    sql::exec(query);
    std::vector<ComplaintAttachment> result;
    while (query.next())
        result.push_back({ query.value(0).toLongLong(), localTime(query.value(1)), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong() });
    return result;
}

QByteArray ComplaintRepository::attachmentData(qint64 attachmentId) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("SELECT data FROM complaint_attachments WHERE id = ?"));
    query.addBindValue(attachmentId);
    sql::exec(query);
    if (!query.next())
        throw StorageError(StorageError::Kind::NotFound, tr("The attachment no longer exists."));
    return query.value(0).toByteArray();
}

ComplaintRate ComplaintRepository::rate(qint64 customerId, const Period &period) const
{
    ComplaintRate rate;
    QSqlQuery complaints = sql::prepare(m_db.connection(), QStringLiteral(
        "SELECT COUNT(*) FROM complaints WHERE customer_id = ? AND received_at >= ? AND received_at < ?"));
    complaints.addBindValue(customerId);
    complaints.addBindValue(sql::timestampValue(QDateTime(period.from, QTime(0, 0))));
    complaints.addBindValue(sql::timestampValue(QDateTime(period.to.addDays(1), QTime(0, 0))));
    sql::exec(complaints);
    if (complaints.next())
        rate.complaints = complaints.value(0).toInt();
    QSqlQuery orders = sql::prepare(m_db.connection(), QStringLiteral(
        "SELECT COUNT(*) FROM orders WHERE customer_id = ? AND date >= ? AND date <= ?"));
    orders.addBindValue(customerId);
    orders.addBindValue(sql::dateValue(period.from));
    orders.addBindValue(sql::dateValue(period.to));
    sql::exec(orders);
    if (orders.next())
        rate.orders = orders.value(0).toInt();
    return rate;
}

QHash<QString, QString> ComplaintRepository::customerNames() const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("SELECT code, name FROM customers WHERE archived_at IS NULL"));
    sql::exec(query);
    QHash<QString, QString> names;
    while (query.next())
        names.insert(query.value(0).toString(), query.value(1).toString());
    return names;
}

} // namespace kehu
