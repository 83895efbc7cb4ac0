#include "fallbacktranslator.h"

#include <cstring>

namespace kehu {

QString FallbackTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    const QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!found.isEmpty() || !context || std::strncmp(context, "kehu::", 6) != 0)
        return found;
    for (const char *fallback : {"kehu", "kehu::sql"}) {
        const QString again = QTranslator::translate(fallback, sourceText, disambiguation, n);
        if (!again.isEmpty())
            return again;
    }
    return {};
}

} // namespace kehu
