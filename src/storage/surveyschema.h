#pragma once

#include "domain/surveytemplate.h"

#include <QSqlDatabase>

namespace kehu {

// The survey tables (DOMAIN §7), created by one migration, and the insertion of a template
// version, shared by that migration (the default template) and SurveyRepository.
class SurveySchema
{
public:
    static void create(const QSqlDatabase &db);
    // Inserts `surveyTemplate` as given (key and version); returns the new id. In the caller's
    // transaction.
    static qint64 insertTemplate(const QSqlDatabase &db, const SurveyTemplate &surveyTemplate);
};

} // namespace kehu
