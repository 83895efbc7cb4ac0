#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace kehu {

class ImportJob;
class ImportWizard;

// The import wizard's third page: checks the whole file against the database off the GUI
// thread (a dry run that is rolled back) and lists every error as FILE:LINE: column: message.
// Only a file without errors goes on to the import.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isChecking() const;

private:
    void showResult();

    ImportWizard *m_wizard = nullptr;
    ImportJob *m_job = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_verdict = nullptr;
    QPlainTextEdit *m_errors = nullptr;
    bool m_passed = false;
};

} // namespace kehu
