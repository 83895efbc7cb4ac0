#pragma once

#include "csvreader.h"
#include "importerror.h"
#include "importrecords.h"
#include "importschema.h"

#include <QDate>

#include <string>
#include <utility>
#include <vector>

namespace kehu {

// Turns one CSV record into the typed record of its kind, checking everything a row can say
// about itself: required values, dates, numbers, vocabularies, negative quantities, the
// customer-file rules of validateCustomer. Every problem of the row is appended to `errors`
// (the file's line and the column as its header names it); returns whether the row is sound.
// Checks that need the database (does the customer exist?) are the storage layer's.
class ImportRowParser
{
public:
    // `today` bounds dates that cannot be in the future (the start of cooperation, reviews).
    ImportRowParser(const ImportMapping &mapping, QDate today);

    bool parse(const CsvRecord &row, CustomerRecord &out, std::vector<ImportError> &errors) const;
    bool parse(const CsvRecord &row, ContactRecord &out, std::vector<ImportError> &errors) const;
    bool parse(const CsvRecord &row, OrderRecord &out, std::vector<ImportError> &errors) const;
    bool parse(const CsvRecord &row, PaymentRecord &out, std::vector<ImportError> &errors) const;
    bool parse(const CsvRecord &row, ServiceCostRecord &out, std::vector<ImportError> &errors) const;

private:
    class Row;

    const ImportMapping &m_mapping;
    QDate m_today;
    // Per column, the vocabulary words met so far and their values: a file repeats a handful
    // of them on every row, and matching one against every value's names cost more than the
    // rest of the field's work.
    mutable std::vector<std::vector<std::pair<std::string, int>>> m_words;
};

} // namespace kehu
