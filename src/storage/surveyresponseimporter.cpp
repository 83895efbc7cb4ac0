#include "surveyresponseimporter.h"

#include "customerrepository.h"
#include "database.h"
#include "surveyrepository.h"

#include "domain/csvdialectdetector.h"
#include "domain/csvreader.h"
#include "domain/surveyresponseparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlQuery>

namespace kehu {
namespace {

constexpr qint64 HeadSize = 64 * 1024;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::Import)
};

} // namespace

SurveyResponseImporter::SurveyResponseImporter(const Database &db)
    : m_db(db)
{
}

ImportResult SurveyResponseImporter::run(const QString &path, const QString &campaignName,
                                         std::optional<TextEncoding> encoding, int maxErrors)
{
    ImportResult result;
    const QString name = QDir::toNativeSeparators(path);
    auto unreadable = [&result](const QString &problem) {
        result.status = ImportResult::Status::Unreadable;
        result.problem = problem;
        return result;
    };

    SurveyRepository surveys(m_db);
    const std::optional<SurveyCampaign> campaign = surveys.findCampaign(campaignName);
    if (!campaign)
        return unreadable(Text::tr("There is no campaign named '%1'.").arg(campaignName));
    const SurveyTemplate surveyTemplate = surveys.templateById(campaign->templateId);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(Text::tr("%1 cannot be opened: %2.").arg(name, file.errorString()));
    const QByteArray head = file.read(HeadSize);
    const auto detected = CsvDialectDetector::detect(head, file.atEnd());
    if (detected.verdict == CsvDialectDetector::Verdict::Empty)
        return unreadable(Text::tr("%1 is empty.").arg(name));
    if (detected.verdict != CsvDialectDetector::Verdict::Csv
        && !(encoding && detected.verdict == CsvDialectDetector::Verdict::NotText))
        return unreadable(Text::tr("%1 is not a CSV file of UTF-8 or GB18030 text.").arg(name));
    result.dialect = detected.dialect;
    if (encoding) {
        result.dialect.encoding = *encoding;
        if (detected.verdict == CsvDialectDetector::Verdict::NotText)
            result.dialect.delimiter = CsvDialectDetector::detectDelimiter(head);
    }
    file.seek(0);
    CsvReader reader(&file, result.dialect);
    CsvRecord record;
    if (!reader.next(record))
        return unreadable(reader.error() ? Text::tr("%1 cannot be read: line %2: %3.").arg(name).arg(reader.error()->line).arg(reader.error()->message)
                                         : Text::tr("%1 is empty.").arg(name));
    QStringList header;
    for (QByteArrayView field : record.fields)
        header << QString::fromUtf8(field).trimmed();
    const SurveyResponseParser parser(surveyTemplate, header);
    if (!parser.headerProblem().isEmpty())
        return unreadable(QStringLiteral("%1: %2.").arg(name, parser.headerProblem()));
    if (!parser.unknownHeaders().isEmpty())
        result.warnings << Text::tr("ignored columns: %1").arg(parser.unknownHeaders().join(QStringLiteral(", ")));
    const QString codeHeader = [&header] {
        for (const QString &h : header) {
            const QString key = h.toLower();
            if (key == QLatin1String("customer_code") || key == QStringLiteral("客户编码") || key == QStringLiteral("编码")
                || key == QStringLiteral("客户代码") || key == QStringLiteral("客户编号"))
                return h;
        }
        return QStringLiteral("customer_code");
    }();

    QHash<QString, qint64> targeted; // code → customer id
    for (const SurveyTarget &target : surveys.targets(campaign->id))
        targeted.insert(target.code, target.customerId);
    CustomerRepository customers(m_db);
    QHash<QString, qint64> firstLine; // code → line of its first row
    std::vector<ImportError> errors;
    std::vector<std::pair<qint64, SurveyAnswers>> responses;
    SurveyResponseRecord response;
    while (reader.next(record)) {
        ++result.rows;
        if (!parser.parse(record, response, errors))
            continue;
        const auto known = targeted.constFind(response.customerCode);
        if (known == targeted.constEnd()) {
            errors.push_back({record.line, codeHeader,
                              customers.idOfCode(response.customerCode)
                                      ? Text::tr("customer %1 is not targeted by the campaign %2").arg(response.customerCode, campaign->name)
                                      : Text::tr("there is no customer %1").arg(response.customerCode)});
            continue;
        }
        if (firstLine.contains(response.customerCode)) {
            errors.push_back({record.line, codeHeader,
                              Text::tr("customer %1 already has a row on line %2").arg(response.customerCode).arg(firstLine.value(response.customerCode))});
            continue;
        }
        firstLine.insert(response.customerCode, record.line);
        responses.emplace_back(*known, response.answers);
    }
    if (reader.error())
        errors.push_back(*reader.error());
    result.errorCount = qint64(errors.size());
    if (!errors.empty()) {
        if (int(errors.size()) > maxErrors)
            errors.resize(size_t(maxErrors));
        result.errors = std::move(errors);
        result.status = ImportResult::Status::Rejected;
        return result;
    }
    const int before = surveys.saveResponses(campaign->id, responses);
    result.updated = before;
    result.added = qint64(responses.size()) - before;
    result.status = ImportResult::Status::Imported;
    return result;
}

} // namespace kehu
