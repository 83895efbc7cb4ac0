#include "followupscadencecommand.h"

#include "storage/followupsettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::FollowUpsCadenceCommand", text);
}

const char *const ClassOptions[3] = {"a", "b", "c"};

} // namespace

FollowUpsCadenceCommand::FollowUpsCadenceCommand()
    : Command(QStringLiteral("followups cadence"),
              tr("Show how often customers of each ABC class are followed up, in days, or change it with\n"
                 "--a, --b and --c (%1 to %2 days; default A 30, B 90, C 365).")
                      .arg(FollowUpCadence::MinDays)
                      .arg(FollowUpCadence::MaxDays))
{
}

QList<QCommandLineOption> FollowUpsCadenceCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("a"), tr("Days between follow-ups of A customers."), QStringLiteral("DAYS")),
        QCommandLineOption(QStringLiteral("b"), tr("Days between follow-ups of B customers."), QStringLiteral("DAYS")),
        QCommandLineOption(QStringLiteral("c"), tr("Days between follow-ups of C customers."), QStringLiteral("DAYS")),
        QCommandLineOption(QStringLiteral("format"), tr("Output format: table (default) or json."),
                           QStringLiteral("table|json"), QStringLiteral("table")),
    };
}

int FollowUpsCadenceCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tr("Unknown format '%1': use table or json.").arg(format));
    for (int i = 0; i < 3; ++i) {
        m_days[i].reset();
        const QString option = QString::fromLatin1(ClassOptions[i]);
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        const int days = parser.value(option).trimmed().toInt(&ok);
        if (!ok || days < FollowUpCadence::MinDays || days > FollowUpCadence::MaxDays)
            return usageError(tr("--%1 needs a number of days from %2 to %3, not '%4'.")
                                      .arg(option)
                                      .arg(FollowUpCadence::MinDays)
                                      .arg(FollowUpCadence::MaxDays)
                                      .arg(parser.value(option)));
        m_days[i] = days;
    }
    return Done;
}

int FollowUpsCadenceCommand::run(Database &db, const QCommandLineParser &parser)
{
    FollowUpSettings settings(db);
    FollowUpCadence cadence = settings.cadence();
    bool changed = false;
    for (int i = 0; i < 3; ++i) {
        if (m_days[i]) {
            cadence.days[size_t(i)] = *m_days[i];
            changed = true;
        }
    }
    if (changed)
        settings.setCadence(cadence);
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        const QJsonObject object{{QStringLiteral("A"), cadence.days[0]},
                                 {QStringLiteral("B"), cadence.days[1]},
                                 {QStringLiteral("C"), cadence.days[2]}};
        out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
        return Done;
    }
    out() << tr("Follow-up cadence: A every %1 days, B every %2 days, C every %3 days.")
                     .arg(cadence.days[0])
                     .arg(cadence.days[1])
                     .arg(cadence.days[2])
          << Qt::endl;
    return Done;
}

} // namespace kehu::cli
