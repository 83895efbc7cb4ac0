#include "checkcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::CheckCommand", text);
}

} // namespace

CheckCommand::CheckCommand()
    : Command(QStringLiteral("check"),
        tr("Check the database: SQLite integrity, foreign keys, file identity and schema version.\n"
           "Exits with 1 when it finds problems."))
{
}

QList<QCommandLineOption> CheckCommand::options() const
{
    return { QCommandLineOption(QStringLiteral("format"), tr("Output format: table (default) or json."),
        QStringLiteral("table|json"), QStringLiteral("table")) };
}

int CheckCommand::validate(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tr("Unknown format '%1': use table or json.").arg(format));
    return Done;
}

int CheckCommand::run(Database &db, const QCommandLineParser &parser)
{
    const QStringList problems = db.check();
    const int version = db.schemaVersion();
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        const QJsonObject report {
            { QStringLiteral("file"), QDir::toNativeSeparators(db.path()) },
            { QStringLiteral("schema_version"), version },
            { QStringLiteral("ok"), problems.isEmpty() },
            { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
        };
        out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        return problems.isEmpty() ? Done : Refused;
    }

    out() << tr("file: %1").arg(QDir::toNativeSeparators(db.path())) << '\n';
    out() << tr("schema version: %1").arg(version) << '\n';
    for (const QString &problem : problems)
        out() << problem << '\n';
    if (problems.isEmpty())
        out() << "ok\n";
    else
        err() << QCoreApplication::translate(
            "kehu::cli::CheckCommand", "%n problem(s) found.", nullptr, int(problems.size()))
              << Qt::endl;
    return problems.isEmpty() ? Done : Refused;
}

} // namespace kehu::cli
