#pragma once

#include "domain/surveyreport.h"
#include "domain/surveytemplate.h"

#include <QString>

namespace kehu {

// How the app names survey things in the interface's language: the default template's items
// by key (a custom item shows its stored label), groupings and action statuses.
class SurveyText
{
public:
    static QString itemLabel(const SurveyItem &item);
    static QString itemLabel(const SurveyTemplate &surveyTemplate, const QString &key);
    static QString grouping(SurveyGrouping grouping);
    static QString status(ActionStatus status);
    static QString score(std::optional<double> value, int decimals = 1); // "70.4", "–"
    static QString change(std::optional<double> value, int decimals = 1); // "+3.1", "−2.0", "–"
};

} // namespace kehu
