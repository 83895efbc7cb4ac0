#pragma once

#include <QString>

namespace kehu {

// One problem found in an import file, for a person to fix in the file: the physical line
// where the record starts (1 is the header), the column as the file's header names it, and
// what is wrong. Printed as "FILE:LINE: column: message".
struct ImportError
{
    qint64 line = 0;
    QString column;
    QString message;

    bool operator==(const ImportError &) const = default;
};

} // namespace kehu
