#include "importcommand.h"

#include "storage/importer.h"
#include "storage/surveyresponseimporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace kehu::cli {
namespace {

constexpr int ErrorsShown = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::ImportCommand", text);
}

} // namespace

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"),
        tr("Import a CSV file of customers, contacts, orders, payments or service costs into an existing\n"
           "database, all or nothing: any error rejects the whole file and writes nothing.\n"
           "Headers in English or Chinese, any column order; UTF-8 or GB18030; comma, tab or semicolon.\n"
           "The columns of each kind: docs/import-format.md.\n"
           "survey-responses FILE --campaign NAME imports a survey campaign's answers: customer_code and one\n"
           "column per item key (quality,delivery,service,price,repurchase,recommend,comment); an empty\n"
           "cell is an item not answered; each row marks its customer answered."))
{
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("mode"),
            tr("insert (default): existing keys are errors; upsert: update records with existing keys."),
            QStringLiteral("insert|upsert"), QStringLiteral("insert")),
        QCommandLineOption(QStringLiteral("encoding"), tr("The file's encoding (default: auto, detected)."),
            QStringLiteral("auto|utf-8|gb18030"), QStringLiteral("auto")),
        QCommandLineOption(QStringLiteral("campaign"), tr("survey-responses only: the campaign the answers belong to."),
            QStringLiteral("NAME")),
    };
}

QStringList ImportCommand::positionalNames() const
{
    return { QStringLiteral("KIND"), QStringLiteral("FILE") };
}

QString ImportCommand::synopsis() const
{
    return QStringLiteral("customers|contacts|orders|payments|service-costs FILE [--mode insert|upsert] "
                          "[--encoding auto|utf-8|gb18030] | survey-responses FILE --campaign NAME");
}

int ImportCommand::validate(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    m_campaign.clear();
    if (positional.at(0) == QLatin1String("survey-responses")) {
        if (!parser.isSet(QStringLiteral("campaign")))
            return usageError(tr("survey-responses needs --campaign NAME."));
        m_campaign = parser.value(QStringLiteral("campaign"));
    }
    const auto kind = importKindFromName(positional.at(0));
    if (!kind && m_campaign.isEmpty())
        return usageError(
            tr("Unknown kind '%1'; use customers, contacts, orders, payments or service-costs.").arg(positional.at(0)));
    m_kind = kind.value_or(ImportKind::Customers);
    m_file = positional.at(1);

    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("insert"))
        m_mode = ImportMode::Insert;
    else if (mode == QLatin1String("upsert"))
        m_mode = ImportMode::Upsert;
    else
        return usageError(tr("--mode is insert or upsert, not '%1'.").arg(mode));

    const QString encoding = parser.value(QStringLiteral("encoding")).toLower();
    if (encoding == QLatin1String("auto"))
        m_encoding.reset();
    else if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
        m_encoding = TextEncoding::Utf8;
    else if (encoding == QLatin1String("gb18030") || encoding == QLatin1String("gbk"))
        m_encoding = TextEncoding::Gb18030;
    else
        return usageError(
            tr("--encoding is auto, utf-8 or gb18030, not '%1'.").arg(parser.value(QStringLiteral("encoding"))));
    return Done;
}

int ImportCommand::run(Database &db, const QCommandLineParser &)
{
    QElapsedTimer timer;
    timer.start();
    ImportOptions options;
    options.kind = m_kind;
    options.mode = m_mode;
    options.encoding = m_encoding;
    options.maxErrors = ErrorsShown;
    const ImportResult result = m_campaign.isEmpty()
        ? Importer(db).run(m_file, options)
        : SurveyResponseImporter(db).run(m_file, m_campaign, m_encoding, ErrorsShown);

    switch (result.status) {
    case ImportResult::Status::Unreadable:
        err() << result.problem << Qt::endl;
        return Refused;
    case ImportResult::Status::Rejected:
        for (const ImportError &error : result.errors) {
            err() << m_file << ':' << error.line << ": ";
            if (!error.column.isEmpty())
                err() << error.column << ": ";
            err() << error.message << Qt::endl;
        }
        if (result.errorCount > qint64(result.errors.size()))
            err() << tr("… and %1 more errors").arg(result.errorCount - qint64(result.errors.size())) << Qt::endl;
        err() << tr("%1: nothing was imported.").arg(m_file) << Qt::endl;
        return Refused;
    case ImportResult::Status::Cancelled:
        err() << tr("%1: the import was cancelled; nothing was imported.").arg(m_file) << Qt::endl;
        return Refused;
    case ImportResult::Status::Imported:
        break;
    }
    for (const QString &warning : result.warnings)
        err() << m_file << ": " << tr("warning: ") << warning << Qt::endl;
    if (result.rows == 0)
        err() << tr("%1 has a header but no rows; nothing was imported.").arg(m_file) << Qt::endl;
    out() << tr("imported %1 rows (%2 added, %3 updated) in %4 s")
                 .arg(result.added + result.updated)
                 .arg(result.added)
                 .arg(result.updated)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Done;
}

} // namespace kehu::cli
