#include "complaintstepcommand.h"

#include "domain/loginname.h"

#include "complaintjson.h"

#include "storage/complaintrepository.h"

#include <QCoreApplication>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::ComplaintStepCommand", text);
}

QString descriptionOf(ComplaintStep step)
{
    switch (step) {
    case ComplaintStep::Assign:
        return tr("received → assigned: name the responsible department.");
    case ComplaintStep::Start:
        return tr("assigned → in_progress: someone handles it, perhaps on site.");
    case ComplaintStep::Resolve:
        return tr("in_progress → resolved: root cause, handling and corrective action (required for quality complaints).");
    case ComplaintStep::Report:
        return tr("resolved → awaiting_verdict: the customer has been told how and when.");
    case ComplaintStep::Accept:
        return tr("awaiting_verdict → closed: the customer is satisfied.");
    case ComplaintStep::Reject:
        return tr("awaiting_verdict → in_progress: the customer is not satisfied (a reopening).");
    case ComplaintStep::Review:
        return tr("closed: review the corrective action from its review date; not effective records a new action.");
    default:
        return {};
    }
}

// The step's own options: name, value name, description, required.
struct StepOption
{
    const char *name;
    const char *valueName;
    const char *description;
    bool required;
};

std::vector<StepOption> stepOptions(ComplaintStep step)
{
    switch (step) {
    case ComplaintStep::Assign:
        return { { "dept", "D", QT_TRANSLATE_NOOP("kehu::cli::ComplaintStepCommand", "The responsible department, in Chinese or English (required)."), true } };
    case ComplaintStep::Start:
        return { { "handler", "NAME", QT_TRANSLATE_NOOP("kehu::cli::ComplaintStepCommand", "Who handles it (default: --by)."), false },
            { "onsite", "TIME", QT_TRANSLATE_NOOP("kehu::cli::ComplaintStepCommand", "When someone is or was on site."), false } };
    case ComplaintStep::Resolve:
        return { { "cause", "TEXT", QT_TRANSLATE_NOOP("kehu::cli::ComplaintStepCommand", "The root cause (required)."), true },
            { "handling", "TEXT", QT_TRANSLATE_NOOP("kehu::cli::ComplaintStepCommand", "What was done (required)."), true },
            { "action", "TEXT", QT_TRANSLATE_NOOP("kehu::cli::ComplaintStepCommand", "The corrective action (required for quality complaints)."), false } };
    case ComplaintStep::Report:
        return { { "note", "TEXT", QT_TRANSLATE_NOOP("kehu::cli::ComplaintStepCommand", "How the customer was told."), false } };
    case ComplaintStep::Accept:
        return { { "note", "TEXT", QT_TRANSLATE_NOOP("kehu::cli::ComplaintStepCommand", "What the customer said."), false } };
    case ComplaintStep::Reject:
        return { { "note", "TEXT", QT_TRANSLATE_NOOP("kehu::cli::ComplaintStepCommand", "Why the customer is not satisfied (required)."), true } };
    case ComplaintStep::Review:
        return { { "effective", "yes|no", QT_TRANSLATE_NOOP("kehu::cli::ComplaintStepCommand", "Whether the corrective action worked (required)."), true },
            { "note", "TEXT", QT_TRANSLATE_NOOP("kehu::cli::ComplaintStepCommand", "What the review found."), false },
            { "action", "TEXT", QT_TRANSLATE_NOOP("kehu::cli::ComplaintStepCommand", "The new corrective action when not effective (default: the note)."), false } };
    default:
        return {};
    }
}

// The option's name as the step's field key in the history.
QString fieldKey(const QString &option)
{
    if (option == QLatin1String("dept"))
        return QStringLiteral("department");
    return option;
}

} // namespace

ComplaintStepCommand::ComplaintStepCommand(ComplaintStep step)
    : Command(QStringLiteral("complaints ") + toKey(step), descriptionOf(step))
    , m_step(step)
{
}

QCommandLineOption ComplaintStepCommand::atOption()
{
    return QCommandLineOption(QStringLiteral("at"), tr("When it happened, as 2026-01-05T09:00:00 local time (default: now)."),
        QStringLiteral("TIME"));
}

QCommandLineOption ComplaintStepCommand::byOption()
{
    return QCommandLineOption(QStringLiteral("by"), tr("Who did it (default: the login name)."), QStringLiteral("NAME"));
}

std::optional<QDateTime> ComplaintStepCommand::atOf(const QCommandLineParser &parser, QString *error)
{
    if (!parser.isSet(QStringLiteral("at")))
        return QDateTime::currentDateTime();
    const auto at = parseLocalTime(parser.value(QStringLiteral("at")));
    if (!at)
        *error = tr("--at needs a time as 2026-01-05T09:00:00, not '%1'.").arg(parser.value(QStringLiteral("at")));
    return at;
}

QString ComplaintStepCommand::byOf(const QCommandLineParser &parser, QString *error)
{
    const QString by = (parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by")) : kehu::loginName()).trimmed();
    if (by.isEmpty())
        *error = tr("Give --by NAME: the login name is not known.");
    return by;
}

QList<QCommandLineOption> ComplaintStepCommand::options() const
{
    QList<QCommandLineOption> list;
    for (const StepOption &option : stepOptions(m_step)) {
        list << QCommandLineOption(QString::fromLatin1(option.name),
            QCoreApplication::translate("kehu::cli::ComplaintStepCommand", option.description),
            QString::fromLatin1(option.valueName));
    }
    list << atOption() << byOption();
    return list;
}

QString ComplaintStepCommand::synopsis() const
{
    // NUMBER first and required options without brackets, as users write them.
    QStringList parts { QStringLiteral("NUMBER") };
    for (const StepOption &option : stepOptions(m_step)) {
        const QString text = QStringLiteral("--%1 %2").arg(QString::fromLatin1(option.name), QString::fromLatin1(option.valueName));
        parts << (option.required ? text : QStringLiteral("[%1]").arg(text));
    }
    parts << QStringLiteral("[--at TIME]") << QStringLiteral("[--by NAME]");
    return parts.join(QLatin1Char(' '));
}

int ComplaintStepCommand::validate(const QCommandLineParser &parser)
{
    m_fields.clear();
    for (const StepOption &option : stepOptions(m_step)) {
        const QString name = QString::fromLatin1(option.name);
        const QString value = parser.value(name).trimmed();
        if (option.required && value.isEmpty())
            return usageError(tr("Missing --%1.").arg(name));
        if (!value.isEmpty())
            m_fields.insert(fieldKey(name), value);
    }
    if (m_fields.contains(QStringLiteral("onsite"))) {
        const auto onsite = parseLocalTime(m_fields.value(QStringLiteral("onsite")));
        if (!onsite)
            return usageError(tr("--onsite needs a time as 2026-01-05T09:00:00, not '%1'.").arg(m_fields.value(QStringLiteral("onsite"))));
        m_fields.insert(QStringLiteral("onsite"), localIso(*onsite));
    }
    if (m_step == ComplaintStep::Review) {
        const QString effective = m_fields.value(QStringLiteral("effective"));
        if (effective != QLatin1String("yes") && effective != QLatin1String("no"))
            return usageError(tr("--effective is yes or no, not '%1'.").arg(effective));
        if (effective == QLatin1String("no") && !m_fields.contains(QStringLiteral("action")) && m_fields.contains(QStringLiteral("note")))
            m_fields.insert(QStringLiteral("action"), m_fields.value(QStringLiteral("note")));
    }
    QString error;
    const std::optional<QDateTime> at = atOf(parser, &error);
    if (!at)
        return usageError(error);
    m_at = *at;
    return Done;
}

int ComplaintStepCommand::run(Database &db, const QCommandLineParser &parser)
{
    ComplaintStepRecord record;
    record.step = m_step;
    record.at = m_at;
    QString error;
    record.by = byOf(parser, &error);
    if (record.by.isEmpty()) {
        err() << error << Qt::endl;
        return Refused;
    }
    record.fields = m_fields;
    const Complaint after = ComplaintRepository(db).takeStep(parser.positionalArguments().constFirst(), record);
    out() << after.number << QStringLiteral(": ") << toKey(after.state) << Qt::endl;
    return Done;
}

} // namespace kehu::cli
