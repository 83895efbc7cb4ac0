#include "followupsshowcommand.h"

#include "texttable.h"

#include "storage/customerrepository.h"
#include "storage/followupagenda.h"
#include "storage/followuprepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::FollowUpsShowCommand", text);
}

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

FollowUpsShowCommand::FollowUpsShowCommand()
    : Command(QStringLiteral("followups show"),
              tr("Show a customer's follow-up log, latest first, with when the next follow-up is due (as of today\n"
                 "or the --as-of day)."))
{
}

QList<QCommandLineOption> FollowUpsShowCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("as-of"), tr("The day to judge the next follow-up by (default: today)."),
                               QStringLiteral("DATE")),
            QCommandLineOption(QStringLiteral("format"), tr("Output format: table (default), csv or json."),
                               QStringLiteral("table|csv|json"), QStringLiteral("table"))};
}

int FollowUpsShowCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(tr("Unknown format '%1': use table, csv or json.").arg(format));
    m_asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("as-of"))) {
        m_asOf = QDate::fromString(parser.value(QStringLiteral("as-of")).trimmed(), Qt::ISODate);
        if (!m_asOf.isValid())
            return usageError(tr("--as-of needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("as-of"))));
    }
    return Done;
}

int FollowUpsShowCommand::run(Database &db, const QCommandLineParser &parser)
{
    const QString code = parser.positionalArguments().constFirst().trimmed();
    CustomerRepository customers(db);
    const std::optional<qint64> id = customers.idOfCode(code);
    if (!id) {
        err() << tr("kehu-cli followups show: there is no customer with the code '%1'.").arg(code) << Qt::endl;
        return Refused;
    }
    const Customer customer = customers.load(*id);
    const std::vector<FollowUp> log = FollowUpRepository(db).forCustomer(*id);
    const std::optional<FollowUpDue> due = FollowUpAgenda(db).dueOf(*id, m_asOf);

    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("json")) {
        QJsonArray entries;
        for (const FollowUp &f : log) {
            entries.append(QJsonObject{
                    {QStringLiteral("id"), f.id},
                    {QStringLiteral("date"), dateValue(f.date)},
                    {QStringLiteral("channel"), toKey(f.channel)},
                    {QStringLiteral("staff"), f.staff},
                    {QStringLiteral("contact"), textValue(f.contact)},
                    {QStringLiteral("content"), f.content},
                    {QStringLiteral("outcome"), textValue(f.outcome)},
                    {QStringLiteral("next"), dateValue(f.nextDate)},
            });
        }
        const QJsonObject object{
                {QStringLiteral("code"), customer.code},
                {QStringLiteral("name"), customer.name},
                {QStringLiteral("archived"), customer.isArchived()},
                {QStringLiteral("last"), dateValue(due ? due->last : QDate())},
                {QStringLiteral("due"), dateValue(due ? due->due : QDate())},
                {QStringLiteral("overdue"), due && due->overdue},
                {QStringLiteral("follow_ups"), entries},
        };
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Done;
    }
    const bool csv = format == QLatin1String("csv");
    TextTable table(csv ? QStringList{QStringLiteral("date"), QStringLiteral("channel"), QStringLiteral("staff"),
                                      QStringLiteral("contact"), QStringLiteral("content"), QStringLiteral("outcome"),
                                      QStringLiteral("next")}
                        : QStringList{tr("Date"), tr("Channel"), tr("Staff"), tr("Contact"), tr("Content"), tr("Outcome"),
                                      tr("Next")});
    for (const FollowUp &f : log)
        table.addRow({isoDate(f.date), toKey(f.channel), f.staff, f.contact, f.content, f.outcome, isoDate(f.nextDate)});
    if (csv) {
        table.writeCsv(out());
        return Done;
    }
    out() << customer.code << ' ' << customer.name << '\n';
    if (due)
        out() << tr("Last follow-up: %1. Next due: %2%3.")
                         .arg(due->last.isValid() ? isoDate(due->last) : tr("none"), isoDate(due->due),
                              due->overdue ? tr(" (overdue by %1 days)").arg(due->daysOverdue) : QString())
              << '\n';
    else
        out() << tr("Archived: no follow-up is due.") << '\n';
    out() << '\n';
    table.writeAligned(out());
    return Done;
}

} // namespace kehu::cli
