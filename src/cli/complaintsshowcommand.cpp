#include "complaintsshowcommand.h"

#include "complaintjson.h"
#include "texttable.h"

#include "storage/complaintrepository.h"
#include "storage/complaintsettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::ComplaintsShowCommand", text);
}

} // namespace

ComplaintsShowCommand::ComplaintsShowCommand()
    : Command(QStringLiteral("complaints show"), tr("Show a complaint: its values, targets and every step."))
{
}

QList<QCommandLineOption> ComplaintsShowCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("format"), tr("table or json (default: table)."), QStringLiteral("table|json"),
            QStringLiteral("table")),
        QCommandLineOption(QStringLiteral("as-of"), tr("Evaluate the targets at this time instead of now."), QStringLiteral("TIME")),
    };
}

int ComplaintsShowCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tr("Unknown format '%1': use table or json.").arg(format));
    m_asOf = QDateTime::currentDateTime();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const auto asOf = parseLocalTime(parser.value(QStringLiteral("as-of")));
        if (!asOf)
            return usageError(tr("--as-of needs a time as 2026-01-05T09:00:00, not '%1'.").arg(parser.value(QStringLiteral("as-of"))));
        m_asOf = *asOf;
    }
    return Done;
}

int ComplaintsShowCommand::run(Database &db, const QCommandLineParser &parser)
{
    const Complaint c = ComplaintRepository(db).load(parser.positionalArguments().constFirst());
    const ComplaintRules rules = ComplaintSettings(db).rules();
    const ComplaintRepository repository(db);
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonObject object = complaintObject(c, rules, m_asOf, true);
        QJsonArray comments;
        for (const ComplaintComment &comment : repository.comments(c.id)) {
            comments.append(QJsonObject { { QStringLiteral("at"), localIso(comment.at) }, { QStringLiteral("by"), comment.by },
                { QStringLiteral("text"), comment.text } });
        }
        QJsonArray attachments;
        for (const ComplaintAttachment &a : repository.attachments(c.id)) {
            attachments.append(QJsonObject { { QStringLiteral("at"), localIso(a.at) }, { QStringLiteral("by"), a.by },
                { QStringLiteral("file_name"), a.fileName }, { QStringLiteral("mime_type"), a.mimeType },
                { QStringLiteral("size"), double(a.size) } });
        }
        object.insert(QStringLiteral("comments"), comments);
        object.insert(QStringLiteral("attachments"), attachments);
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Done;
    }
    TextTable fields({ tr("Field"), tr("Value") });
    fields.addRow({ tr("Number"), c.number });
    fields.addRow({ tr("Customer"), c.customerCode + QLatin1Char(' ') + c.customerName });
    fields.addRow({ tr("State"), toKey(c.state) });
    fields.addRow({ tr("Category"), toKey(c.category) });
    fields.addRow({ tr("Severity"), toKey(c.severity) + (c.escalated ? tr(" (escalated)") : QString()) });
    fields.addRow({ tr("Channel"), toKey(c.channel) });
    fields.addRow({ tr("Order"), c.orderNo });
    fields.addRow({ tr("Product"), c.productModel });
    fields.addRow({ tr("Description"), c.description });
    fields.addRow({ tr("Department"), c.department });
    fields.addRow({ tr("Handler"), c.handler });
    fields.addRow({ tr("Root cause"), c.rootCause });
    fields.addRow({ tr("Corrective action"), c.correctiveAction });
    fields.addRow({ tr("Review due"), localIso(c.reviewDue) });
    fields.writeAligned(out());

    out() << Qt::endl;
    TextTable targets({ tr("Target"), tr("Due"), tr("Met"), tr("Left"), tr("Overdue") });
    for (const TargetStatus &t : evaluateTargets(c, rules, m_asOf)) {
        targets.addRow({ t.name() + (t.current ? QStringLiteral(" *") : QString()), localIso(t.due), localIso(t.metAt),
            formatDuration(t.secondsLeft), t.overdue ? tr("overdue") : QString() });
    }
    targets.writeAligned(out());

    out() << Qt::endl;
    TextTable history({ tr("Step"), tr("At"), tr("By"), tr("Details") });
    for (const ComplaintStepRecord &step : c.history) {
        QStringList details;
        for (auto it = step.fields.begin(); it != step.fields.end(); ++it)
            details << it.key() + QLatin1Char('=') + it.value();
        history.addRow({ toKey(step.step), localIso(step.at), step.by, details.join(QStringLiteral("; ")) });
    }
    history.writeAligned(out());
    return Done;
}

} // namespace kehu::cli
