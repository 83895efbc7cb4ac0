#pragma once

#include "csvreader.h"
#include "importerror.h"
#include "surveytemplate.h"

#include <QStringList>

#include <vector>

namespace kehu {

// One row of a survey-responses file: whose answers, and which.
struct SurveyResponseRecord
{
    qint64 line = 0;
    QString customerCode;
    SurveyAnswers answers;
};

// Reads the rows of a survey-responses CSV file against a campaign's template: a
// `customer_code` column (or 客户编码) and one column per item key, e.g.
// quality,delivery,service,price,repurchase,recommend,comment. An empty cell is an item not
// answered; a score must be a whole number on the item's scale. Checks that need the
// database (does the customer exist, is it targeted) are the storage layer's.
class SurveyResponseParser
{
public:
    SurveyResponseParser(const SurveyTemplate &surveyTemplate, const QStringList &header);

    // One sentence when the header cannot be used (no customer_code, no item column); else empty.
    QString headerProblem() const { return m_problem; }
    // Headers naming neither customer_code nor an item: ignored.
    QStringList unknownHeaders() const { return m_unknown; }

    // Appends every problem of the row to `errors`; returns whether the row is sound.
    bool parse(const CsvRecord &row, SurveyResponseRecord &out, std::vector<ImportError> &errors) const;

private:
    const SurveyTemplate &m_template;
    QStringList m_header;
    int m_codeField = -1;
    std::vector<int> m_fieldOfItem; // per template item: the file's field, or -1
    QStringList m_unknown;
    QString m_problem;
};

} // namespace kehu
