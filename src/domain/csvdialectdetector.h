#pragma once

#include "csvdialect.h"

#include <QByteArrayView>

namespace kehu {

// Guesses how a CSV file is written from its first bytes, so people never have to know
// what "encoding" means: valid UTF-8 wins (with or without a BOM), anything else that
// decodes as GB18030 is GB18030, and the delimiter is the one of comma, tab and semicolon
// that splits the first lines into the same number of fields. Also recognises files that
// are not CSV at all, so the import can say so in one sentence.
class CsvDialectDetector
{
public:
    enum class Verdict {
        Csv,         // dialect holds the guess
        Empty,       // nothing but white space (or a BOM)
        Spreadsheet, // an .xlsx or .xls workbook, not saved as CSV
        Utf16,       // Excel's "Unicode text": UTF-16 with a BOM
        Binary,      // NUL or control bytes: not a text file
        NotText,     // neither UTF-8 nor GB18030
    };

    struct Result
    {
        Verdict verdict = Verdict::Csv;
        CsvDialect dialect;
    };

    // `head` is the start of the file (64 KiB is plenty); `wholeFile` says it is all of it,
    // so a multi-byte sequence cut at its end is an error rather than the cut of the sample.
    static Result detect(QByteArrayView head, bool wholeFile);

    // The delimiter that splits the first records of `text` most consistently; ',' when
    // none of the three occurs (a file of one column).
    static char detectDelimiter(QByteArrayView text);

    // The length of the longest prefix of `bytes` made of complete, valid UTF-8 sequences.
    // `invalid` is set when it stops at a malformed byte rather than at a sequence cut by
    // the end of `bytes`.
    static qsizetype validUtf8Prefix(QByteArrayView bytes, bool *invalid);
};

} // namespace kehu
