#pragma once

#include "storage/importer.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace kehu {

class ImportWizard;

// The import wizard's second page: the detected encoding and delimiter (changeable), which
// field of the file feeds which column (changeable), and the first rows as read.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFormatPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void inspect();
    void showMapping();
    void showPreview();
    void mappingEdited();
    void updateMissing();

    ImportWizard *m_wizard = nullptr;
    ImportPreview m_preview;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_problem = nullptr;
    QTableWidget *m_mapping = nullptr;
    QTableWidget *m_rows = nullptr;
    bool m_filling = false;
};

} // namespace kehu
