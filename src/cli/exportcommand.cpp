#include "exportcommand.h"

#include "storage/exporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::ExportCommand", text);
}

} // namespace

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"),
        tr("Write every customer, contact, order, payment or service cost as a CSV file that 'import' reads\n"
           "back: English headers, CRLF line ends. --encoding gb18030 for Excel on Chinese Windows;\n"
           "--bom so Excel recognises UTF-8. The file is replaced only once it is complete."))
{
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("encoding"), tr("The file's encoding (default: utf-8)."),
            QStringLiteral("utf-8|gb18030"), QStringLiteral("utf-8")),
        QCommandLineOption(QStringLiteral("bom"), tr("Start a UTF-8 file with a byte order mark, as Excel needs.")),
    };
}

QStringList ExportCommand::positionalNames() const
{
    return { QStringLiteral("KIND"), QStringLiteral("FILE") };
}

QString ExportCommand::synopsis() const
{
    return QStringLiteral("customers|contacts|orders|payments|service-costs FILE [--encoding utf-8|gb18030] [--bom]");
}

int ExportCommand::validate(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const auto kind = importKindFromName(positional.at(0));
    if (!kind)
        return usageError(
            tr("Unknown kind '%1'; use customers, contacts, orders, payments or service-costs.").arg(positional.at(0)));
    m_kind = *kind;
    m_file = positional.at(1);
    const QString encoding = parser.value(QStringLiteral("encoding")).toLower();
    if (encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"))
        m_encoding = TextEncoding::Utf8;
    else if (encoding == QLatin1String("gb18030"))
        m_encoding = TextEncoding::Gb18030;
    else
        return usageError(
            tr("--encoding is utf-8 or gb18030, not '%1'.").arg(parser.value(QStringLiteral("encoding"))));
    m_bom = parser.isSet(QStringLiteral("bom"));
    if (m_bom && m_encoding != TextEncoding::Utf8)
        return usageError(tr("--bom is for UTF-8 files only."));
    return Done;
}

int ExportCommand::run(Database &db, const QCommandLineParser &)
{
    QElapsedTimer timer;
    timer.start();
    ExportOptions options;
    options.kind = m_kind;
    options.encoding = m_encoding;
    options.bom = m_bom;
    const ExportResult result = Exporter(db).write(m_file, options);
    out() << tr("exported %1 rows to %2 in %3 s")
                 .arg(result.rows)
                 .arg(m_file)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return Done;
}

} // namespace kehu::cli
