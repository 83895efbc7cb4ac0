#include "importjob.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace kehu {

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        Outcome outcome = m_watcher.result(); // a copy: a taken future can no longer be waited for
        m_result = std::move(outcome.result);
        m_error = outcome.error;
        Q_EMIT finished();
    });
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

void ImportJob::start(const QString &databasePath, const QString &filePath, ImportOptions options)
{
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_result = {};
    m_error.clear();
    auto cancelled = m_cancelled;
    QPointer<ImportJob> self(this);
    options.progress = [cancelled, self](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        QMetaObject::invokeMethod(
                self.data(), [self, percent] { if (self) Q_EMIT self->progressed(percent); }, Qt::QueuedConnection);
        return !cancelled->load();
    };
    m_watcher.setFuture(QtConcurrent::run([databasePath, filePath, options] {
        Outcome outcome;
        try {
            Database::Options dbOptions;
            dbOptions.mode = Database::OpenMode::MustExist;
            Database db(databasePath, dbOptions);
            outcome.result = Importer(db).run(filePath, options);
        } catch (const StorageError &error) {
            outcome.error = error.message();
        }
        return outcome;
    }));
}

void ImportJob::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

} // namespace kehu
