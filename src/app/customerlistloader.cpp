#include "customerlistloader.h"

#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace kehu {

CustomerListLoader::CustomerListLoader(QObject *parent)
    : QObject(parent)
{
}

CustomerListLoader::~CustomerListLoader()
{
    waitForFinished();
}

CustomerListLoader::Result CustomerListLoader::load(const QString &databasePath, const Period &period)
{
    Result result;
    try {
        Database::Options options;
        options.mode = Database::OpenMode::MustExist;
        Database db(databasePath, options);
        SummaryQuery query;
        query.period = period;
        result.data = CustomerListData::fromSummaries(CustomerRepository(db).summaries(query));
    } catch (const StorageError &error) {
        result.error = error.message();
    }
    return result;
}

void CustomerListLoader::start(const QString &databasePath, const Period &period)
{
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Result>(this);
    m_watchers.append(watcher);
    ++m_running;
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation] {
        --m_running;
        m_watchers.removeOne(watcher);
        watcher->deleteLater();
        Result result = watcher->future().takeResult();
        if (generation != m_generation)
            return; // a newer load is on its way
        if (!result.error.isEmpty()) {
            spdlog::error("loading the customer list failed: {}", result.error.toStdString());
            Q_EMIT failed(result.error);
            return;
        }
        m_data = std::move(result.data);
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run([databasePath, period] { return load(databasePath, period); }));
}

void CustomerListLoader::waitForFinished()
{
    for (QFutureWatcher<Result> *watcher : std::as_const(m_watchers))
        watcher->waitForFinished();
}

} // namespace kehu
