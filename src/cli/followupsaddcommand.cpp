#include "followupsaddcommand.h"

#include "domain/loginname.h"
#include "storage/customerrepository.h"
#include "storage/followuprepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::FollowUpsAddCommand", text);
}

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

FollowUpsAddCommand::FollowUpsAddCommand()
    : Command(QStringLiteral("followups add"),
              tr("Log a follow-up of a customer: the date, the channel (visit, phone or online), who followed up\n"
                 "(default: the login name), whom they spoke to, what about, what came of it and, optionally,\n"
                 "when to follow up next (not before the date). A contact who is not on the customer's file is\n"
                 "logged as typed, with a note."))
{
}

QList<QCommandLineOption> FollowUpsAddCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("customer"), tr("The customer's code (required)."), QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("date"), tr("The day of the follow-up, YYYY-MM-DD (required)."),
                           QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("channel"), tr("visit, phone or online (required)."),
                           QStringLiteral("visit|phone|online")),
        QCommandLineOption(QStringLiteral("staff"), tr("Who followed up (default: the login name)."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("contact"), tr("Whom they spoke to."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("content"), tr("What was discussed (required)."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("outcome"), tr("What came of it."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("next"), tr("When to follow up next, YYYY-MM-DD."), QStringLiteral("DATE")),
        QCommandLineOption(QStringLiteral("format"), tr("Output format: table (default) or json."),
                           QStringLiteral("table|json"), QStringLiteral("table")),
    };
}

QString FollowUpsAddCommand::synopsis() const
{
    return QStringLiteral("--customer CODE --date DATE --channel visit|phone|online [--staff NAME] [--contact NAME]"
                          " --content TEXT [--outcome TEXT] [--next DATE] [--format table|json]");
}

int FollowUpsAddCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tr("Unknown format '%1': use table or json.").arg(format));
    for (const char *required : {"customer", "date", "channel", "content"}) {
        if (parser.value(QString::fromLatin1(required)).trimmed().isEmpty())
            return usageError(tr("--%1 is required.").arg(QString::fromLatin1(required)));
    }
    m_followUp = FollowUp();
    m_followUp.date = QDate::fromString(parser.value(QStringLiteral("date")).trimmed(), Qt::ISODate);
    if (!m_followUp.date.isValid())
        return usageError(tr("--date needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("date"))));
    if (parser.isSet(QStringLiteral("next"))) {
        m_followUp.nextDate = QDate::fromString(parser.value(QStringLiteral("next")).trimmed(), Qt::ISODate);
        if (!m_followUp.nextDate.isValid())
            return usageError(tr("--next needs a date as YYYY-MM-DD, not '%1'.").arg(parser.value(QStringLiteral("next"))));
    }
    const auto channel = followUpChannelFromKey(parser.value(QStringLiteral("channel")));
    if (!channel)
        return usageError(tr("Unknown channel '%1': use visit, phone or online.").arg(parser.value(QStringLiteral("channel"))));
    m_followUp.channel = *channel;
    m_followUp.staff = parser.isSet(QStringLiteral("staff")) ? parser.value(QStringLiteral("staff")).trimmed()
                                                            : loginName();
    m_followUp.contact = parser.value(QStringLiteral("contact")).trimmed();
    m_followUp.content = parser.value(QStringLiteral("content")).trimmed();
    m_followUp.outcome = parser.value(QStringLiteral("outcome")).trimmed();
    return Done;
}

int FollowUpsAddCommand::run(Database &db, const QCommandLineParser &parser)
{
    const QString code = parser.value(QStringLiteral("customer")).trimmed();
    CustomerRepository customers(db);
    const std::optional<qint64> id = customers.idOfCode(code);
    if (!id) {
        err() << tr("kehu-cli followups add: there is no customer with the code '%1'.").arg(code) << Qt::endl;
        return Refused;
    }
    FollowUp followUp = m_followUp;
    followUp.customerId = *id;
    const std::vector<FieldError> errors = validateFollowUp(followUp);
    if (!errors.empty()) {
        for (const FieldError &error : errors) {
            const QString message = error.field == QLatin1String("staff")
                    ? tr("Give who followed up with --staff (the login name is not known).")
                    : error.message;
            err() << tr("kehu-cli followups add: %1").arg(message) << Qt::endl;
        }
        return Refused;
    }
    const Customer customer = customers.load(*id);
    if (!followUp.contact.isEmpty()) {
        const bool known = std::any_of(customer.contacts.begin(), customer.contacts.end(), [&](const Contact &c) {
            return c.name.trimmed().compare(followUp.contact, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            err() << tr("Note: %1 is not among the contacts of %2; logged as typed.").arg(followUp.contact, code)
                  << Qt::endl;
    }
    FollowUpRepository(db).add(followUp);

    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        const QJsonObject object{
                {QStringLiteral("id"), followUp.id},
                {QStringLiteral("customer"), code},
                {QStringLiteral("date"), dateValue(followUp.date)},
                {QStringLiteral("channel"), toKey(followUp.channel)},
                {QStringLiteral("staff"), followUp.staff},
                {QStringLiteral("contact"), textValue(followUp.contact)},
                {QStringLiteral("content"), followUp.content},
                {QStringLiteral("outcome"), textValue(followUp.outcome)},
                {QStringLiteral("next"), dateValue(followUp.nextDate)},
        };
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Done;
    }
    out() << tr("Logged follow-up %1 of %2 %3 on %4 (%5 by %6).")
                     .arg(followUp.id)
                     .arg(code, customer.name, followUp.date.toString(Qt::ISODate), toKey(followUp.channel), followUp.staff);
    if (followUp.nextDate.isValid())
        out() << ' ' << tr("Next follow-up: %1.").arg(followUp.nextDate.toString(Qt::ISODate));
    out() << Qt::endl;
    return Done;
}

} // namespace kehu::cli
