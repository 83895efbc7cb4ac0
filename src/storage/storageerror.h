#pragma once

#include <QString>

#include <stdexcept>

namespace kehu {

// The one exception type of the storage layer. `message()` is a sentence for the user that
// names the file or record concerned; `detail()` carries the database's own error text.
class StorageError : public std::runtime_error
{
public:
    enum class Kind {
        CannotOpen, // the file cannot be opened as a Kehu database; it was left as it was
        Locked,     // another program holds the database; nothing was written
        NotFound,   // the record does not exist
        Conflict,   // a unique key is taken
        Refused,    // a rule forbids the change; nothing was written
        Failed,     // anything else the database reported
    };

    StorageError(Kind kind, const QString &message, const QString &detail = {});

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
};

} // namespace kehu
