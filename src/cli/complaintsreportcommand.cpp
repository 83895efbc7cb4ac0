#include "complaintsreportcommand.h"

#include "complaintjson.h"
#include "texttable.h"

#include "storage/complaintrepository.h"
#include "storage/complaintsettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::ComplaintsReportCommand", text);
}

std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString hours(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

ComplaintsReportCommand::ComplaintsReportCommand()
    : Command(QStringLiteral("complaints report"),
              tr("The figures for the quality meeting over the complaints received in a period (default: the last 12 months)."))
{
}

QList<QCommandLineOption> ComplaintsReportCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("from"), tr("First day, YYYY-MM-DD."), QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("to"), tr("Last day, YYYY-MM-DD (default: today)."), QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("by"), tr("Count by category, cause, product, customer or department (default: category)."),
            QStringLiteral("category|cause|product|customer|department"), QStringLiteral("category")),
        QCommandLineOption(QStringLiteral("as-of"), tr("Evaluate targets and reviews at this time instead of now."), QStringLiteral("TIME")),
        QCommandLineOption(QStringLiteral("format"), tr("table or json (default: table)."), QStringLiteral("table|json"),
            QStringLiteral("table")),
    };
}

int ComplaintsReportCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tr("Unknown format '%1': use table or json.").arg(format));
    const auto dimension = complaintDimensionFromKey(parser.value(QStringLiteral("by")));
    if (!dimension)
        return usageError(tr("Unknown dimension '%1': use category, cause, product, customer or department.").arg(parser.value(QStringLiteral("by"))));
    m_dimension = *dimension;
    m_asOf = QDateTime::currentDateTime();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const auto asOf = parseLocalTime(parser.value(QStringLiteral("as-of")));
        if (!asOf)
            return usageError(tr("--as-of needs a time as 2026-01-05T09:00:00, not '%1'.").arg(parser.value(QStringLiteral("as-of"))));
        m_asOf = *asOf;
    }
    QDate to = m_asOf.date();
    if (parser.isSet(QStringLiteral("to"))) {
        const auto date = parseDate(parser.value(QStringLiteral("to")));
        if (!date)
            return usageError(tr("--to needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("to"))));
        to = *date;
    }
    m_period = Period::lastTwelveMonths(to);
    if (parser.isSet(QStringLiteral("from"))) {
        const auto date = parseDate(parser.value(QStringLiteral("from")));
        if (!date)
            return usageError(tr("--from needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("from"))));
        m_period.from = *date;
    }
    if (!m_period.isValid())
        return usageError(tr("The period ends before it starts."));
    return Done;
}

int ComplaintsReportCommand::run(Database &db, const QCommandLineParser &parser)
{
    const ComplaintRules rules = ComplaintSettings(db).rules();
    // Reviews due come from every complaint, the rest from the period's.
    const std::vector<Complaint> all = ComplaintRepository(db).list();
    const ComplaintReport report = buildComplaintReport(all, m_period, m_dimension, rules, m_asOf);
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        out() << QString::fromUtf8(QJsonDocument(reportObject(report, m_dimension)).toJson(QJsonDocument::Indented));
        return Done;
    }
    out() << tr("Complaints received %1 … %2: %3 (%4 open, %5 escalated)")
                 .arg(m_period.from.toString(Qt::ISODate), m_period.to.toString(Qt::ISODate))
                 .arg(report.total)
                 .arg(report.open)
                 .arg(report.escalated)
          << Qt::endl
          << Qt::endl;
    TextTable rows({ toKey(m_dimension), tr("Count"), tr("Share"), tr("Cumulative") });
    for (int column = 1; column <= 3; ++column)
        rows.setAlignment(column, TextTable::Align::Right);
    for (const ComplaintCount &row : report.rows) {
        QString name = row.key.isEmpty() ? QStringLiteral("—") : row.key;
        if (m_dimension == ComplaintDimension::Customer)
            name += QLatin1Char(' ') + row.label;
        rows.addRow({ name, QString::number(row.count), percent(row.share), percent(row.cumulativeShare) });
    }
    rows.writeAligned(out());

    out() << Qt::endl << tr("Root causes (Pareto):") << Qt::endl;
    TextTable pareto({ tr("Cause"), tr("Count"), tr("Share"), tr("Cumulative") });
    for (const ComplaintCount &row : report.causePareto)
        pareto.addRow({ row.key, QString::number(row.count), percent(row.share), percent(row.cumulativeShare) });
    pareto.writeAligned(out());

    out() << Qt::endl;
    TextTable steps({ tr("Step"), tr("Count"), tr("Mean h"), tr("P90 h") });
    for (const StepDuration &d : report.stepTimes)
        steps.addRow({ toKey(d.step), QString::number(d.count), hours(d.meanHours), hours(d.p90Hours) });
    steps.writeAligned(out());

    out() << Qt::endl;
    TextTable targets({ tr("Target"), tr("Decided"), tr("Overdue"), tr("Rate") });
    for (const TargetRate &r : report.overdueRates)
        targets.addRow({ toKey(r.target), QString::number(r.decided), QString::number(r.overdue), percent(r.rate) });
    targets.writeAligned(out());

    out() << Qt::endl
          << tr("Reopened: %1 of %2 reported (%3)").arg(report.reopen.reopened).arg(report.reopen.reported).arg(percent(report.reopen.rate))
          << Qt::endl;
    out() << tr("Corrective actions due for review: %1").arg(report.reviewsDue.size()) << Qt::endl;
    for (const ReviewDue &r : report.reviewsDue)
        out() << QStringLiteral("  %1  %2  %3  %4").arg(r.number, localIso(r.due), r.customerCode, r.action) << Qt::endl;
    return Done;
}

} // namespace kehu::cli
