#include "importrunpage.h"

#include "importjob.h"
#include "importwizard.h"

#include "storage/database.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace kehu {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Import"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    layout->addWidget(m_progress);
    m_cancel = new QPushButton(tr("&Cancel the import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    m_job = new ImportJob(this);
    connect(m_job, &ImportJob::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &ImportJob::finished, this, &ImportRunPage::showResult);
    connect(m_cancel, &QPushButton::clicked, m_job, &ImportJob::cancel);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_summary->setText(tr("Importing…"));
    m_job->start(m_wizard->database().path(), m_wizard->filePath, m_wizard->options(false));
    Q_EMIT completeChanged();
}

bool ImportRunPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportRunPage::showResult()
{
    m_done = true;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    const ImportResult &result = m_job->result();
    if (!m_job->error().isEmpty()) {
        m_summary->setText(tr("The import failed: %1\nNothing was written.").arg(m_job->error()));
    } else if (result.status == ImportResult::Status::Cancelled) {
        m_summary->setText(tr("The import was cancelled. Nothing was written."));
    } else if (result.status != ImportResult::Status::Imported) {
        m_summary->setText(tr("The import was refused (%1 error(s)). Nothing was written.")
                                   .arg(QLocale().toString(result.errorCount)) + QLatin1Char('\n') + result.problem);
    } else {
        m_wizard->setImported();
        QString text = tr("Imported %1 rows: %2 added, %3 updated.")
                               .arg(QLocale().toString(result.rows), QLocale().toString(result.added),
                                    QLocale().toString(result.updated));
        if (!result.warnings.isEmpty())
            text += QLatin1Char('\n') + result.warnings.join(QLatin1Char('\n'));
        m_summary->setText(text);
    }
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

} // namespace kehu
