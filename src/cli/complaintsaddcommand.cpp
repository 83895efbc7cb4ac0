#include "complaintsaddcommand.h"

#include "complaintjson.h"
#include "complaintstepcommand.h"

#include "storage/complaintrepository.h"

#include <QCoreApplication>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::ComplaintsAddCommand", text);
}

const char *const Required[] = { "customer", "category", "severity", "channel", "text" };

} // namespace

ComplaintsAddCommand::ComplaintsAddCommand()
    : Command(QStringLiteral("complaints add"), tr("Record a complaint as received; prints its number."))
{
}

QList<QCommandLineOption> ComplaintsAddCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("customer"), tr("The customer's code (required)."), QStringLiteral("CODE")),
        QCommandLineOption(QStringLiteral("category"), tr("quality, delivery, service, price or other (required)."), QStringLiteral("C")),
        QCommandLineOption(QStringLiteral("severity"), tr("normal or major (required); major is escalated at once."), QStringLiteral("normal|major")),
        QCommandLineOption(QStringLiteral("channel"), tr("phone, visit, email or online (required)."), QStringLiteral("CH")),
        QCommandLineOption(QStringLiteral("text"), tr("What the customer says (required)."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("order"), tr("The order concerned, one of the customer's."), QStringLiteral("NO")),
        QCommandLineOption(QStringLiteral("product"), tr("The product model (default: the order's)."), QStringLiteral("MODEL")),
        ComplaintStepCommand::atOption(),
        ComplaintStepCommand::byOption(),
    };
}

QString ComplaintsAddCommand::synopsis() const
{
    return QStringLiteral("--customer CODE --category C --severity normal|major --channel CH --text TEXT [--order NO] "
                          "[--product MODEL] [--at TIME] [--by NAME]");
}

int ComplaintsAddCommand::validate(const QCommandLineParser &parser)
{
    for (const char *name : Required) {
        if (parser.value(QString::fromLatin1(name)).trimmed().isEmpty())
            return usageError(tr("Missing --%1.").arg(QString::fromLatin1(name)));
    }
    if (!complaintCategoryFromKey(parser.value(QStringLiteral("category"))))
        return usageError(tr("Unknown category '%1': use quality, delivery, service, price or other.").arg(parser.value(QStringLiteral("category"))));
    if (!complaintSeverityFromKey(parser.value(QStringLiteral("severity"))))
        return usageError(tr("Unknown severity '%1': use normal or major.").arg(parser.value(QStringLiteral("severity"))));
    if (!complaintChannelFromKey(parser.value(QStringLiteral("channel"))))
        return usageError(tr("Unknown channel '%1': use phone, visit, email or online.").arg(parser.value(QStringLiteral("channel"))));
    QString error;
    const std::optional<QDateTime> at = ComplaintStepCommand::atOf(parser, &error);
    if (!at)
        return usageError(error);
    m_at = *at;
    return Done;
}

int ComplaintsAddCommand::run(Database &db, const QCommandLineParser &parser)
{
    ComplaintStepRecord add;
    add.step = ComplaintStep::Add;
    add.at = m_at;
    QString error;
    add.by = ComplaintStepCommand::byOf(parser, &error);
    if (add.by.isEmpty()) {
        err() << error << Qt::endl;
        return Refused;
    }
    add.fields = {
        { QStringLiteral("channel"), parser.value(QStringLiteral("channel")) },
        { QStringLiteral("category"), parser.value(QStringLiteral("category")) },
        { QStringLiteral("severity"), parser.value(QStringLiteral("severity")) },
        { QStringLiteral("description"), parser.value(QStringLiteral("text")) },
        { QStringLiteral("order"), parser.value(QStringLiteral("order")) },
        { QStringLiteral("product"), parser.value(QStringLiteral("product")) },
    };
    const Complaint c = ComplaintRepository(db).add(parser.value(QStringLiteral("customer")), add);
    out() << c.number << Qt::endl;
    if (c.escalated)
        err() << tr("%1 is major: escalated to the emergency team.").arg(c.number) << Qt::endl;
    return Done;
}

} // namespace kehu::cli
