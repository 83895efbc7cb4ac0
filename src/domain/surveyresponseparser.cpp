#include "surveyresponseparser.h"

#include "importschema.h"

#include <QCoreApplication>

namespace kehu {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::Import)
};

bool isCodeHeader(const QString &key)
{
    static const QStringList names{QStringLiteral("customer_code"), QStringLiteral("客户编码"), QStringLiteral("编码"),
                                   QStringLiteral("客户代码"), QStringLiteral("客户编号")};
    return names.contains(key);
}

} // namespace

SurveyResponseParser::SurveyResponseParser(const SurveyTemplate &surveyTemplate, const QStringList &header)
    : m_template(surveyTemplate)
    , m_header(header)
    , m_fieldOfItem(surveyTemplate.items.size(), -1)
{
    for (int field = 0; field < header.size(); ++field) {
        const QString key = ImportSchema::normalizedHeader(header.at(field));
        if (key.isEmpty())
            continue;
        if (isCodeHeader(key) && m_codeField < 0) {
            m_codeField = field;
            continue;
        }
        bool found = false;
        for (size_t i = 0; i < surveyTemplate.items.size(); ++i) {
            if (surveyTemplate.items[i].key == key && m_fieldOfItem[i] < 0) {
                m_fieldOfItem[i] = field;
                found = true;
                break;
            }
        }
        if (!found)
            m_unknown << header.at(field);
    }
    QStringList keys;
    bool anyItem = false;
    for (size_t i = 0; i < surveyTemplate.items.size(); ++i) {
        keys << surveyTemplate.items[i].key;
        anyItem = anyItem || m_fieldOfItem[i] >= 0;
    }
    if (m_codeField < 0)
        m_problem = Text::tr("the first line must name the column customer_code (客户编码)");
    else if (!anyItem)
        m_problem = Text::tr("the first line names none of the template's items %1").arg(keys.join(QStringLiteral(", ")));
}

bool SurveyResponseParser::parse(const CsvRecord &row, SurveyResponseRecord &out, std::vector<ImportError> &errors) const
{
    const size_t before = errors.size();
    out = SurveyResponseRecord();
    out.line = row.line;
    if (row.fields.size() > size_t(m_header.size())) {
        errors.push_back({row.line, Text::tr("field %1").arg(m_header.size() + 1),
                          Text::tr("this line has %1 fields but the header has %2; is a value with a comma not in quotes?")
                                  .arg(row.fields.size())
                                  .arg(m_header.size())});
    }
    out.customerCode = QString::fromUtf8(row.field(m_codeField)).trimmed();
    if (out.customerCode.isEmpty())
        errors.push_back({row.line, m_header.at(m_codeField), Text::tr("a value is required")});
    for (size_t i = 0; i < m_template.items.size(); ++i) {
        const int field = m_fieldOfItem[i];
        if (field < 0)
            continue;
        const SurveyItem &item = m_template.items[i];
        const QString text = QString::fromUtf8(row.field(field)).trimmed();
        if (text.isEmpty())
            continue; // not answered
        if (!item.isScored()) {
            out.answers.comment = text;
            continue;
        }
        bool ok = false;
        const int score = text.toInt(&ok);
        if (!ok || !item.inScale(score)) {
            errors.push_back({row.line, m_header.at(field),
                              Text::tr("'%1' is not a score from %2 to %3").arg(text).arg(item.scaleMin).arg(item.scaleMax)});
            continue;
        }
        out.answers.scores[item.key] = score;
    }
    return errors.size() == before;
}

} // namespace kehu
