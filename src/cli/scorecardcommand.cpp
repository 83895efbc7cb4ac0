#include "scorecardcommand.h"

#include "texttable.h"

#include "storage/scorecardreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::ScorecardCommand", text);
}

const QStringList Formats{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")};

// The JSON keys, also the CSV header.
const QStringList Keys{QStringLiteral("manager"), QStringLiteral("customers"), QStringLiteral("class_a"),
                       QStringLiteral("class_b"), QStringLiteral("class_c"), QStringLiteral("sales"),
                       QStringLiteral("profit"), QStringLiteral("margin"), QStringLiteral("follow_ups_done"),
                       QStringLiteral("follow_ups_due"), QStringLiteral("follow_up_rate"),
                       QStringLiteral("follow_ups_overdue"), QStringLiteral("complaints"),
                       QStringLiteral("mean_resolution_hours"), QStringLiteral("reopen_rate"),
                       QStringLiteral("mean_satisfaction"), QStringLiteral("mean_loyalty")};

// Ratios and means to four decimals: more would only be noise from the division.
double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

QJsonValue optionalValue(std::optional<double> value)
{
    return value ? QJsonValue(rounded(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString text(std::optional<double> value, const QString &none)
{
    return value ? QString::number(rounded(*value)) : none;
}

QString percent(std::optional<double> value, const QString &none)
{
    return value ? QString::number(*value * 100.0, 'f', 1) + QStringLiteral(" %") : none;
}

QString managerName(const ScorecardRow &row)
{
    return row.accountManagerId == 0 ? tr("(no account manager)") : row.manager;
}

} // namespace

ScorecardCommand::ScorecardCommand()
    : Command(QStringLiteral("scorecard"),
              tr("The account managers' scorecard over a period (default: the 12 months up to today): per manager\n"
                 "the active customers and their ABC classes (by profit over the period), sales, profit and margin,\n"
                 "follow-ups logged in the period against those the cadence of each customer's class asks for\n"
                 "(period days / cadence days, rounded), customers overdue on the period's last day, complaints\n"
                 "received in the period with mean hours to closing and reopen rate, and the mean satisfaction and\n"
                 "loyalty of the customers' latest answered surveys (null where there is nothing to average)."))
{
}

QList<QCommandLineOption> ScorecardCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("from"), tr("First day of the period (default: 12 months before --to)."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("to"), tr("Last day of the period, included (default: today)."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("format"), tr("Output format: table (default), csv or json."),
                           QStringLiteral("table|csv|json"), QStringLiteral("table")),
    };
}

int ScorecardCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (!Formats.contains(format))
        return usageError(tr("Unknown format '%1': use table, csv or json.").arg(format));
    QDate to = QDate::currentDate();
    if (parser.isSet(QStringLiteral("to"))) {
        to = QDate::fromString(parser.value(QStringLiteral("to")).trimmed(), Qt::ISODate);
        if (!to.isValid())
            return usageError(tr("--to needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("to"))));
    }
    m_period = Period::lastTwelveMonths(to);
    if (parser.isSet(QStringLiteral("from"))) {
        m_period.from = QDate::fromString(parser.value(QStringLiteral("from")).trimmed(), Qt::ISODate);
        if (!m_period.from.isValid())
            return usageError(tr("--from needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("from"))));
    }
    if (!m_period.isValid())
        return usageError(tr("The period ends (%1) before it starts (%2).")
                                  .arg(m_period.to.toString(Qt::ISODate), m_period.from.toString(Qt::ISODate)));
    return Done;
}

int ScorecardCommand::run(Database &db, const QCommandLineParser &parser)
{
    const std::vector<ScorecardRow> rows = ScorecardReader(db).rows(m_period);
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("json")) {
        QJsonArray managers;
        for (const ScorecardRow &row : rows) {
            managers.append(QJsonObject{
                    {QStringLiteral("manager"), row.accountManagerId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(row.manager)},
                    {QStringLiteral("customers"), row.customers},
                    {QStringLiteral("class_a"), row.customersByClass[0]},
                    {QStringLiteral("class_b"), row.customersByClass[1]},
                    {QStringLiteral("class_c"), row.customersByClass[2]},
                    {QStringLiteral("sales"), row.sales.yuan()},
                    {QStringLiteral("profit"), row.profit.yuan()},
                    {QStringLiteral("margin"), optionalValue(row.margin)},
                    {QStringLiteral("follow_ups_done"), row.followUpsDone},
                    {QStringLiteral("follow_ups_due"), row.followUpsDue},
                    {QStringLiteral("follow_up_rate"), optionalValue(row.followUpRate)},
                    {QStringLiteral("follow_ups_overdue"), row.followUpsOverdue},
                    {QStringLiteral("complaints"), optionalValue(row.complaints)},
                    {QStringLiteral("mean_resolution_hours"), optionalValue(row.meanResolutionHours)},
                    {QStringLiteral("reopen_rate"), optionalValue(row.reopenRate)},
                    {QStringLiteral("mean_satisfaction"), optionalValue(row.meanSatisfaction)},
                    {QStringLiteral("mean_loyalty"), optionalValue(row.meanLoyalty)},
            });
        }
        const QJsonObject document{{QStringLiteral("from"), m_period.from.toString(Qt::ISODate)},
                                   {QStringLiteral("to"), m_period.to.toString(Qt::ISODate)},
                                   {QStringLiteral("managers"), managers}};
        out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return Done;
    }
    if (format == QLatin1String("csv")) {
        TextTable table(Keys);
        for (const ScorecardRow &row : rows) {
            const QString none;
            table.addRow({row.accountManagerId == 0 ? QString() : row.manager, QString::number(row.customers),
                          QString::number(row.customersByClass[0]), QString::number(row.customersByClass[1]),
                          QString::number(row.customersByClass[2]), row.sales.toPlainString(), row.profit.toPlainString(),
                          text(row.margin, none), QString::number(row.followUpsDone), QString::number(row.followUpsDue),
                          text(row.followUpRate, none), QString::number(row.followUpsOverdue),
                          row.complaints ? QString::number(*row.complaints) : none, text(row.meanResolutionHours, none),
                          text(row.reopenRate, none), text(row.meanSatisfaction, none), text(row.meanLoyalty, none)});
        }
        table.writeCsv(out());
        return Done;
    }
    const QString none = QStringLiteral("—");
    TextTable table({tr("Manager"), tr("Customers"), tr("A"), tr("B"), tr("C"), tr("Sales"), tr("Profit"), tr("Margin"),
                     tr("Follow-ups"), tr("Due"), tr("Done %"), tr("Overdue"), tr("Complaints"), tr("Resolution h"),
                     tr("Reopened"), tr("Satisfaction"), tr("Loyalty")});
    for (int column = 1; column < 17; ++column)
        table.setAlignment(column, TextTable::Align::Right);
    for (const ScorecardRow &row : rows) {
        table.addRow({managerName(row), QString::number(row.customers), QString::number(row.customersByClass[0]),
                      QString::number(row.customersByClass[1]), QString::number(row.customersByClass[2]),
                      row.sales.toPlainString(), row.profit.toPlainString(), percent(row.margin, none),
                      QString::number(row.followUpsDone), QString::number(row.followUpsDue),
                      percent(row.followUpRate, none), QString::number(row.followUpsOverdue),
                      row.complaints ? QString::number(*row.complaints) : none,
                      row.meanResolutionHours ? QString::number(*row.meanResolutionHours, 'f', 1) : none,
                      percent(row.reopenRate, none),
                      row.meanSatisfaction ? QString::number(*row.meanSatisfaction, 'f', 2) : none,
                      row.meanLoyalty ? QString::number(*row.meanLoyalty, 'f', 2) : none});
    }
    out() << tr("Scorecard %1 – %2").arg(m_period.from.toString(Qt::ISODate), m_period.to.toString(Qt::ISODate)) << "\n\n";
    table.writeAligned(out());
    return Done;
}

} // namespace kehu::cli
