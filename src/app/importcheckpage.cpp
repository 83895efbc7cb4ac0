#include "importcheckpage.h"

#include "importjob.h"
#include "importwizard.h"

#include "storage/database.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace kehu {

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every row is checked before anything is written."));
    auto *layout = new QVBoxLayout(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    layout->addWidget(m_progress);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("importCheckVerdict"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    m_errors = new QPlainTextEdit(this);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setReadOnly(true);
    m_errors->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_errors, 1);
    m_job = new ImportJob(this);
    connect(m_job, &ImportJob::progressed, m_progress, &QProgressBar::setValue);
    connect(m_job, &ImportJob::finished, this, &ImportCheckPage::showResult);
}

void ImportCheckPage::initializePage()
{
    m_passed = false;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_errors->clear();
    m_verdict->setText(tr("Checking %1…").arg(QFileInfo(m_wizard->filePath).fileName()));
    m_job->start(m_wizard->database().path(), m_wizard->filePath, m_wizard->options(true));
    Q_EMIT completeChanged();
}

void ImportCheckPage::cleanupPage()
{
    m_job->cancel();
}

bool ImportCheckPage::isChecking() const
{
    return m_job->isRunning();
}

void ImportCheckPage::showResult()
{
    m_progress->setVisible(false);
    const ImportResult &result = m_job->result();
    const QString file = QFileInfo(m_wizard->filePath).fileName();
    if (!m_job->error().isEmpty()) {
        m_verdict->setText(tr("The database could not be read: %1").arg(m_job->error()));
    } else if (result.status == ImportResult::Status::Unreadable) {
        m_verdict->setText(result.problem);
    } else if (result.status == ImportResult::Status::Rejected) {
        m_verdict->setText(tr("%1 error(s) in %2 rows; nothing will be written. Fix the file and import it again.")
                                   .arg(QLocale().toString(result.errorCount), QLocale().toString(result.rows)));
        QStringList lines;
        for (const ImportError &error : result.errors)
            lines << QStringLiteral("%1:%2: %3: %4").arg(file, QString::number(error.line), error.column, error.message);
        if (result.errorCount > qint64(result.errors.size()))
            lines << tr("… and %1 more").arg(QLocale().toString(result.errorCount - qint64(result.errors.size())));
        m_errors->setPlainText(lines.join(QLatin1Char('\n')));
    } else if (result.status == ImportResult::Status::Imported) {
        m_passed = true;
        m_verdict->setText(tr("No errors in %1 rows: %2 to add, %3 to update. Click Next to import.")
                                   .arg(QLocale().toString(result.rows), QLocale().toString(result.added),
                                        QLocale().toString(result.updated)));
        m_errors->setPlainText(result.warnings.join(QLatin1Char('\n')));
    }
    Q_EMIT completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_passed;
}

} // namespace kehu
