#pragma once

#include "storage/customerrepository.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

class QWidget;

namespace kehu {

// Asks whether to save a new customer although files that look like the same company exist.
// Returns true for "Save anyway". Tests replace it with a function that answers at once.
using DuplicateConfirmation = std::function<bool(QWidget *parent, const std::vector<DuplicateCandidate> &)>;

class DuplicatePrompt
{
    Q_DECLARE_TR_FUNCTIONS(kehu::DuplicatePrompt)

public:
    // The message box; its objectName is "duplicateWarning".
    static bool ask(QWidget *parent, const std::vector<DuplicateCandidate> &candidates);
    // The listing shown in it: "C00042 苏州华美洗涤有限公司 (same name)", one per line.
    static QString describe(const std::vector<DuplicateCandidate> &candidates);
};

} // namespace kehu
