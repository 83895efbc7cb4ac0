#pragma once

namespace kehu {

// The encodings Chinese offices' CSV files come in: UTF-8 (Excel's "CSV UTF-8", WPS, most
// programs) and GB18030, a superset of GBK, which Excel on Chinese Windows writes as "CSV".
enum class TextEncoding { Utf8, Gb18030 };

// How a CSV file is written: encoding, field delimiter, and whether it starts with a UTF-8 BOM.
struct CsvDialect
{
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    bool bom = false;

    bool operator==(const CsvDialect &) const = default;
};

} // namespace kehu
