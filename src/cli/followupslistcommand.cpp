#include "followupslistcommand.h"

#include "texttable.h"

#include "storage/followupagenda.h"
#include "storage/referencelistrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::FollowUpsListCommand", text);
}

const QStringList Formats{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")};

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString validNames(const std::vector<ListItem> &items)
{
    QStringList names;
    for (const ListItem &item : items)
        names << (item.nameEn.isEmpty() ? item.name : QStringLiteral("%1 (%2)").arg(item.name, item.nameEn));
    return names.isEmpty() ? tr("(the list is empty)") : names.join(QStringLiteral(", "));
}

} // namespace

FollowUpsListCommand::FollowUpsListCommand()
    : Command(QStringLiteral("followups list"),
              tr("List the active customers whose follow-up is due in the week (Monday to Sunday) of the as-of day\n"
                 "or earlier, earliest first. The next follow-up is due on the next date logged with the latest\n"
                 "one, or else on the latest one's date (the day the file was created when there is none) plus\n"
                 "the cadence of the customer's ABC class (by profit over the 12 months up to the as-of day;\n"
                 "default A 30, B 90, C 365 days). Overdue: due before the as-of day."))
{
}

QList<QCommandLineOption> FollowUpsListCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("manager"), tr("Only customers of this account manager."), QStringLiteral("M")),
        QCommandLineOption(QStringLiteral("overdue"), tr("Only the overdue ones.")),
        QCommandLineOption(QStringLiteral("as-of"), tr("The day to judge by (default: today)."), QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("format"), tr("Output format: table (default), csv or json."),
                           QStringLiteral("table|csv|json"), QStringLiteral("table")),
    };
}

QString FollowUpsListCommand::synopsis() const
{
    return QStringLiteral("[--manager M] [--overdue] [--as-of DATE] [--format table|csv|json]");
}

int FollowUpsListCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (!Formats.contains(format))
        return usageError(tr("Unknown format '%1': use table, csv or json.").arg(format));
    m_asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("as-of"))) {
        m_asOf = QDate::fromString(parser.value(QStringLiteral("as-of")).trimmed(), Qt::ISODate);
        if (!m_asOf.isValid())
            return usageError(tr("--as-of needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("as-of"))));
    }
    return Done;
}

int FollowUpsListCommand::run(Database &db, const QCommandLineParser &parser)
{
    const ReferenceLists lists = ReferenceListRepository(db).load();
    qint64 managerId = -1;
    if (parser.isSet(QStringLiteral("manager"))) {
        const ListItem *item = lists.findByName(ListKind::AccountManager, parser.value(QStringLiteral("manager")).trimmed());
        if (!item) {
            err() << tr("kehu-cli followups list: there is no account manager named '%1'. Valid names: %2")
                             .arg(parser.value(QStringLiteral("manager")), validNames(lists.accountManagers))
                  << Qt::endl;
            return Refused;
        }
        managerId = item->id;
    }
    std::vector<FollowUpDue> due = FollowUpAgenda(db).due(m_asOf, parser.isSet(QStringLiteral("overdue")));
    if (managerId >= 0)
        std::erase_if(due, [managerId](const FollowUpDue &d) { return d.accountManagerId != managerId; });

    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("json")) {
        out() << '[';
        const char *separator = "\n";
        for (const FollowUpDue &d : due) {
            const QJsonObject object{
                    {QStringLiteral("code"), d.code},
                    {QStringLiteral("name"), d.name},
                    {QStringLiteral("manager"), lists.nameOf(ListKind::AccountManager, d.accountManagerId)},
                    {QStringLiteral("class"), toKey(d.abcClass)},
                    {QStringLiteral("last"), dateValue(d.last)},
                    {QStringLiteral("due"), dateValue(d.due)},
                    {QStringLiteral("days_overdue"), d.daysOverdue},
                    {QStringLiteral("overdue"), d.overdue},
            };
            out() << separator << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            separator = ",\n";
        }
        out() << (due.empty() ? "]\n" : "\n]\n");
        return Done;
    }
    const bool csv = format == QLatin1String("csv");
    TextTable table(csv ? QStringList{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("manager"),
                                      QStringLiteral("class"), QStringLiteral("last"), QStringLiteral("due"),
                                      QStringLiteral("days_overdue"), QStringLiteral("overdue")}
                        : QStringList{tr("Code"), tr("Name"), tr("Manager"), tr("Class"), tr("Last"), tr("Due"),
                                      tr("Days overdue")});
    table.setAlignment(6, TextTable::Align::Right);
    for (const FollowUpDue &d : due) {
        QStringList cells{d.code, d.name, lists.nameOf(ListKind::AccountManager, d.accountManagerId), toKey(d.abcClass),
                          isoDate(d.last), isoDate(d.due), d.overdue ? QString::number(d.daysOverdue) : QString()};
        if (csv) {
            cells[6] = QString::number(d.daysOverdue);
            cells << (d.overdue ? QStringLiteral("true") : QStringLiteral("false"));
        }
        table.addRow(cells);
    }
    if (csv) {
        table.writeCsv(out());
        return Done;
    }
    table.writeAligned(out());
    out().flush();
    const auto overdue = std::count_if(due.begin(), due.end(), [](const FollowUpDue &d) { return d.overdue; });
    err() << tr("%1 due by %2, %3 of them overdue, as of %4.")
                     .arg(due.size())
                     .arg(isoWeekOf(m_asOf).to.toString(Qt::ISODate))
                     .arg(overdue)
                     .arg(m_asOf.toString(Qt::ISODate))
          << Qt::endl;
    return Done;
}

} // namespace kehu::cli
