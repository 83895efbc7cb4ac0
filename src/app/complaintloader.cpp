#include "complaintloader.h"

#include "storage/complaintrepository.h"
#include "storage/complaintsettings.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace kehu {

ComplaintLoader::ComplaintLoader(QObject *parent)
    : QObject(parent)
{
}

ComplaintLoader::~ComplaintLoader()
{
    waitForFinished();
}

ComplaintData ComplaintLoader::read(const QString &databasePath)
{
    ComplaintData data;
    try {
        Database::Options options;
        options.mode = Database::OpenMode::MustExist;
        Database db(databasePath, options);
        const ComplaintSettings settings(db);
        data.rules = settings.rules();
        data.emergencyTeam = settings.emergencyTeam();
        data.departments = settings.departments();
        data.complaints = std::make_shared<const std::vector<Complaint>>(ComplaintRepository(db).list());
    } catch (const StorageError &error) {
        data.error = error.message();
    }
    return data;
}

void ComplaintLoader::load(const QString &databasePath)
{
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<ComplaintData>(this);
    m_watchers.append(watcher);
    ++m_running;
    connect(watcher, &QFutureWatcher<ComplaintData>::finished, this, [this, watcher, generation] {
        --m_running;
        m_watchers.removeOne(watcher);
        watcher->deleteLater();
        ComplaintData data = watcher->future().takeResult();
        if (generation != m_generation)
            return;
        if (!data.error.isEmpty()) {
            spdlog::error("loading complaints failed: {}", data.error.toStdString());
            Q_EMIT failed(data.error);
            return;
        }
        m_data = std::move(data);
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run([databasePath] {
        QElapsedTimer timer;
        timer.start();
        ComplaintData data = read(databasePath);
        spdlog::info("read {} complaints in {} ms", data.complaints->size(), timer.elapsed());
        return data;
    }));
}

void ComplaintLoader::waitForFinished()
{
    for (QFutureWatcher<ComplaintData> *watcher : std::as_const(m_watchers))
        watcher->waitForFinished();
}

} // namespace kehu
