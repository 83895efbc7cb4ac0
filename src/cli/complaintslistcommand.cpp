#include "complaintslistcommand.h"

#include "complaintjson.h"
#include "texttable.h"

#include "storage/complaintrepository.h"
#include "storage/complaintsettings.h"
#include "storage/customerrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::ComplaintsListCommand", text);
}

} // namespace

ComplaintsListCommand::ComplaintsListCommand()
    : Command(QStringLiteral("complaints list"), tr("List complaints, newest first; --overdue lists those past their current target."))
{
}

QList<QCommandLineOption> ComplaintsListCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("state"), tr("Only complaints in this state."), QStringLiteral("S")),
        QCommandLineOption(QStringLiteral("customer"), tr("Only this customer's complaints."), QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("overdue"), tr("Only open complaints past their current target, most overdue first.")),
        QCommandLineOption(QStringLiteral("as-of"), tr("Evaluate the targets at this time instead of now."), QStringLiteral("TIME")),
        QCommandLineOption(QStringLiteral("format"), tr("table or json (default: table)."), QStringLiteral("table|json"),
            QStringLiteral("table")),
    };
}

int ComplaintsListCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tr("Unknown format '%1': use table or json.").arg(format));
    m_state.reset();
    if (parser.isSet(QStringLiteral("state"))) {
        m_state = complaintStateFromKey(parser.value(QStringLiteral("state")));
        if (!m_state) {
            return usageError(tr("Unknown state '%1': use received, assigned, in_progress, resolved, awaiting_verdict or closed.")
                                  .arg(parser.value(QStringLiteral("state"))));
        }
    }
    m_asOf = QDateTime::currentDateTime();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const auto asOf = parseLocalTime(parser.value(QStringLiteral("as-of")));
        if (!asOf)
            return usageError(tr("--as-of needs a time as 2026-01-05T09:00:00, not '%1'.").arg(parser.value(QStringLiteral("as-of"))));
        m_asOf = *asOf;
    }
    return Done;
}

int ComplaintsListCommand::run(Database &db, const QCommandLineParser &parser)
{
    ComplaintQuery query;
    query.state = m_state;
    if (parser.isSet(QStringLiteral("customer"))) {
        const std::optional<qint64> id = CustomerRepository(db).idOfCode(parser.value(QStringLiteral("customer")).trimmed());
        if (!id) {
            err() << tr("There is no customer with the code %1.").arg(parser.value(QStringLiteral("customer")).trimmed()) << Qt::endl;
            return Refused;
        }
        query.customerId = *id;
    }
    const bool overdueOnly = parser.isSet(QStringLiteral("overdue"));
    if (overdueOnly)
        query.openOnly = true;
    const ComplaintRules rules = ComplaintSettings(db).rules();
    std::vector<Complaint> complaints = ComplaintRepository(db).list(query);
    if (overdueOnly) {
        std::erase_if(complaints, [&](const Complaint &c) { return !isOverdue(c, rules, m_asOf); });
        std::stable_sort(complaints.begin(), complaints.end(), [&](const Complaint &a, const Complaint &b) {
            return currentTarget(a, rules, m_asOf)->secondsLeft < currentTarget(b, rules, m_asOf)->secondsLeft;
        });
    }

    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const Complaint &c : complaints)
            array.append(complaintObject(c, rules, m_asOf, false));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    TextTable table({ tr("Number"), tr("Customer"), tr("Received"), tr("Category"), tr("Severity"), tr("State"),
        tr("Department"), tr("Target"), tr("Left") });
    table.setAlignment(8, TextTable::Align::Right);
    for (const Complaint &c : complaints) {
        const std::optional<TargetStatus> target = currentTarget(c, rules, m_asOf);
        table.addRow({ c.number, c.customerCode, localIso(c.receivedAt), toKey(c.category),
            toKey(c.severity) + (c.escalated ? QStringLiteral("!") : QString()), toKey(c.state), c.department,
            target ? target->name() : QString(),
            target ? (target->overdue ? tr("overdue %1").arg(formatDuration(-target->secondsLeft)) : formatDuration(target->secondsLeft))
                   : QString() });
    }
    table.writeAligned(out());
    err() << QCoreApplication::translate("kehu::cli::ComplaintsListCommand", "%n complaint(s).", nullptr, table.rowCount()) << Qt::endl;
    return Done;
}

} // namespace kehu::cli
