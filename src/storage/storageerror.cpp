#include "storageerror.h"

namespace kehu {

StorageError::StorageError(Kind kind, const QString &message, const QString &detail)
    : std::runtime_error((detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')')).toStdString())
    , m_kind(kind)
    , m_message(message)
    , m_detail(detail)
{
}

} // namespace kehu
