#pragma once

#include "importer.h"

namespace kehu {

class Database;

// Imports a campaign's answers from a CSV file (`customer_code` plus one column per item
// key), all or nothing, like Importer: the encoding and delimiter are detected, every row is
// checked (scores on their item's scale, known customer codes, customers the campaign
// targets, each customer once) and any error writes nothing. An imported row marks the
// customer answered, replacing answers it had (counted as updated).
class SurveyResponseImporter
{
public:
    explicit SurveyResponseImporter(const Database &db);

    // `campaign` is the campaign's name. A missing campaign is an Unreadable result with the
    // problem named. Throws StorageError only for the database itself.
    ImportResult run(const QString &path, const QString &campaign, std::optional<TextEncoding> encoding = {},
                     int maxErrors = 1000);

private:
    const Database &m_db;
};

} // namespace kehu
