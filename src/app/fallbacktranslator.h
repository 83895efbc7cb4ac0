#pragma once

#include <QTranslator>

namespace kehu {

// Kehu's translations, with a second look-up for strings lupdate filed under another context.
// The domain and storage layers translate through helper functions
// (QCoreApplication::translate("kehu::Storage", …) inside `kehu::sql`, "kehu::CustomerValidator"
// in a free function), and lupdate names such strings after the enclosing namespace ("kehu",
// "kehu::sql"). A miss in the asked context is therefore retried in those contexts.
class FallbackTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace kehu
