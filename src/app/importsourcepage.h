#pragma once

#include "domain/importkind.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLineEdit;

namespace kehu {

class ImportWizard;

// The import wizard's first page: which kind of records, which file, insert or upsert.
class ImportSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSourcePage(ImportWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;
    static QString kindTitle(ImportKind kind); // "Customers", "Service costs", translated
    void preset(const QString &file, ImportKind kind); // as if chosen by hand

private:
    void browse();

    ImportWizard *m_wizard = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_file = nullptr;
    QButtonGroup *m_mode = nullptr;
};

} // namespace kehu
