#pragma once

#include "storage/importer.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace kehu {

// Runs one Importer::run off the GUI thread on a Database of its own, reporting progress and
// taking a cancel request; the importer is all-or-nothing, so a cancelled run writes nothing.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    void start(const QString &databasePath, const QString &filePath, ImportOptions options);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const ImportResult &result() const { return m_result; }
    QString error() const { return m_error; } // the database failed; empty otherwise

Q_SIGNALS:
    void progressed(int percent);
    void finished();

private:
    struct Outcome
    {
        ImportResult result;
        QString error;
    };

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    ImportResult m_result;
    QString m_error;
};

} // namespace kehu
