#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace kehu {

class ImportJob;
class ImportWizard;

// The import wizard's last page: imports the file off the GUI thread with a progress bar and
// Cancel (a cancelled import writes nothing), then says how many records were added and updated.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;

private:
    void showResult();

    ImportWizard *m_wizard = nullptr;
    ImportJob *m_job = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    bool m_done = false;
};

} // namespace kehu
